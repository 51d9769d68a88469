package io.lifecycleops.renewal;

import io.lifecycleops.account.AccountHealthRecords.Health;
import io.lifecycleops.account.UsageTrend;
import io.lifecycleops.ownership.KnownAccount;
import io.lifecycleops.web.SubjectId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import org.hibernate.validator.constraints.Range;

/**
 * The data of an {@code account.health} event: the latest health signals of a known account; {@code nps} is the
 * account's score (-100..100), {@code latestNpsAnswer} its contact's latest survey answer (0..10).
 */
record AccountHealthReport(
    @NotBlank @SubjectId @KnownAccount String accountId,
    UsageTrend usageTrend,
    @PositiveOrZero(message = "must be a number >= 0 (1.0 = every seat used)") Double seatUtilization,
    @PositiveOrZero Integer openEscalations,
    @PositiveOrZero Integer ticketReopenCount,
    Boolean championChanged,
    @Range(min = -100, max = 100) Integer nps,
    @Range(min = 0, max = 10) Integer latestNpsAnswer) {

  Health health() {
    return new Health(usageTrend == null ? null : usageTrend.name(), seatUtilization,
        openEscalations == null ? 0 : openEscalations, ticketReopenCount == null ? 0 : ticketReopenCount,
        Boolean.TRUE.equals(championChanged), nps, latestNpsAnswer);
  }
}
