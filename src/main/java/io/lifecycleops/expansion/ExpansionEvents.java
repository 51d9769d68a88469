package io.lifecycleops.expansion;

import io.lifecycleops.ownership.KnownAccount;
import io.lifecycleops.web.SubjectId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** The data of the expansion events. */
final class ExpansionEvents {

  /** {@code usage.signal}: product analytics saw a reason to expand. */
  record UsageSignal(
      @NotBlank @SubjectId @KnownAccount String accountId,
      @NotNull UsageSignalKind signal,
      @Size(max = 2000) String note) {}

  /** {@code expansion.request}: someone (usually the CSM) asks for an expansion. */
  record ExpansionRequest(
      @NotBlank @SubjectId @KnownAccount String accountId,
      @NotBlank(message = "is required: who asks for the expansion") @Size(max = 200) String requestedBy,
      @Size(max = 2000) String note) {}

  /** {@code expansion.closed}: the expansion opportunity was won (with its additional ARR) or lost. */
  record ExpansionClosed(
      @NotBlank @SubjectId @KnownAccount String accountId,
      @NotNull(message = "must be WON or LOST") Outcome outcome,
      @Positive Double amount) {}

  enum Outcome { WON, LOST }

  private ExpansionEvents() {}
}
