package io.lifecycleops.renewal;

import io.lifecycleops.account.ChurnReason;
import io.lifecycleops.web.SubjectId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;

/** The data of a {@code renewal.closed} event: RENEWED with the new ARR and term end, or CHURNED with a reason. */
record RenewalClosed(
    @NotBlank @SubjectId String accountId,
    @NotBlank @SubjectId String contractId,
    @NotNull(message = "must be RENEWED or CHURNED") RenewalOutcome outcome,
    @PositiveOrZero Double renewedArr,
    LocalDate newTermEnd,
    ChurnReason reason) {}
