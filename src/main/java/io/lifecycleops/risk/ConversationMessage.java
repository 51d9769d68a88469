package io.lifecycleops.risk;

import io.lifecycleops.account.SignalArithmetic.Direction;
import io.lifecycleops.ownership.KnownAccount;
import io.lifecycleops.web.SubjectId;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * The data of {@code conversation.message}: a message in a thread with a known account, ours (OUTBOUND) or the
 * customer's (INBOUND), with the sentiment a shared inbox may score it with (-1 unhappy .. 1 happy).
 */
public record ConversationMessage(
    @NotBlank @SubjectId @KnownAccount String accountId,
    @NotBlank @SubjectId String conversationId,
    @NotNull Direction direction,
    @Size(max = 320) String from,
    @NotNull Instant at,
    @DecimalMin(value = "-1", message = "must be between -1 and 1") @DecimalMax(value = "1", message = "must be between -1 and 1")
    Double sentiment) {}
