package io.lifecycleops.opportunity;

import io.lifecycleops.account.OpportunityStage;
import io.lifecycleops.web.SubjectId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;

/**
 * The data of {@code opportunity.stage_changed}: the CRM moved a deal. Criteria are named as
 * opportunity-exit-criteria spells them ({@code pain}, {@code champion}, ...), each {@code true}/{@code false} or a
 * note (a note that is not blank counts as met). A loss needs {@code lostReason} (a lost-reasons code); a win the
 * contract's {@code termStart} and {@code termEnd}.
 */
public record StageChanged(
    @NotBlank @SubjectId String opportunityId,
    @NotNull OpportunityStage stage,
    @Positive Double amount,
    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD or EUR") String currency,
    LocalDate closeDate,
    @Size(max = 20, message = "must have at most {max} criteria") Map<String, Object> criteria,
    @Size(max = 40) String lostReason,
    @Size(max = 2000) String lostNote,
    LocalDate termStart,
    LocalDate termEnd) {}
