package io.lifecycleops.risk;

import io.lifecycleops.account.SignalArithmetic.TicketStatus;
import io.lifecycleops.ownership.KnownAccount;
import io.lifecycleops.web.SubjectId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** The data of {@code support.ticket}: a support desk's ticket of a known account changed. */
public record SupportTicket(
    @NotBlank @SubjectId @KnownAccount String accountId,
    @NotBlank @SubjectId String ticketId,
    @NotNull TicketStatus status,
    @Size(max = 40) String priority,
    @Size(max = 500) String subject,
    @NotNull Instant at) {}
