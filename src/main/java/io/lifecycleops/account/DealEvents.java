package io.lifecycleops.account;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How the deal capability and its neighbours meet (they never import each other): application events published in
 * the transaction of the fact, so the follower acts with it or not at all.
 */
public final class DealEvents {

  /** An AE accepted a lead, or an expansion was pursued: the opportunity (stored, in DISCOVERY) is now worked stage by stage. */
  public record OpportunityOpened(String opportunityId, String accountId, String accountName, String owner,
      String segment, String region) {}

  /** A deal run here was won: the account's onboarding starts (once) with this contract. */
  public record DealWon(String opportunityId, String accountId, String accountName, String segment, String owner,
      BigDecimal arr, String currency, LocalDate termStart, LocalDate termEnd) {}

  /** The CRM reported a deal won (opportunity.closed_won): if it runs here, it closes won without a second onboarding. */
  public record ClosedWonReported(String opportunityId, String accountId) {}

  /** An expansion deal run here closed: the account's expansion process books it (EXPANSION revenue when won). */
  public record ExpansionDealClosed(String opportunityId, String accountId, boolean won, BigDecimal amount) {}

  /** The CRM reported an expansion closed (expansion.closed): if its deal runs here, it closes here too. */
  public record ExpansionClosedReported(String opportunityId, String accountId, boolean won, Double amount) {}

  private DealEvents() {}
}
