package io.lifecycleops.opportunity;

import io.lifecycleops.account.Segment;
import io.lifecycleops.identity.KnownUser;
import io.lifecycleops.web.CountryCode;
import io.lifecycleops.web.SubjectId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A new deal: the data of {@code opportunity.created} (the CRM's deals) and the body of {@code POST
 * /api/opportunities} (an AE's own sourced deal, which may leave {@code opportunityId} and {@code owner} out: the
 * service makes an id, and the caller owns it).
 */
public record OpportunityCreated(
    @SubjectId String opportunityId,
    @NotBlank @SubjectId String accountId,
    @NotBlank @Size(max = 500) String accountName,
    @NotBlank @Size(max = 500) String name,
    @NotNull @Positive Double amount,
    @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD or EUR") String currency,
    @NotNull LocalDate closeDate,
    @Size(max = 200) @KnownUser String owner,
    @NotNull Segment segment,
    @CountryCode String country) {

  public OpportunityCreated withIds(String id, String ownerIfNone) {
    return new OpportunityCreated(opportunityId == null ? id : opportunityId, accountId, accountName, name, amount,
        currency, closeDate, owner == null ? ownerIfNone : owner, segment, country);
  }
}
