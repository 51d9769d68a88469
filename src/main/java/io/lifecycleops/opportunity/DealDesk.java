package io.lifecycleops.opportunity;

import io.lifecycleops.account.Opportunities;
import io.lifecycleops.account.Opportunities.Opportunity;
import io.lifecycleops.decision.Decisions;
import io.lifecycleops.identity.Actors;
import io.lifecycleops.ledger.LedgerEventType;
import io.lifecycleops.ledger.LifecycleLedger;
import io.lifecycleops.ownership.Account;
import io.lifecycleops.ownership.AccountDirectory;
import io.lifecycleops.process.RunningInstances;
import io.lifecycleops.process.StartVariables;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Where every deal starts its stages: an AE's own (POST), the CRM's (opportunity.created) and a lead's accepted
 * handoff. One opportunity-to-close instance per opportunity, keyed by its id; the account keeps one owner.
 */
@Component
public class DealDesk {

  private final Opportunities opportunities;
  private final AccountDirectory accounts;
  private final Decisions decisions;
  private final RuntimeService runtime;
  private final RunningInstances instances;
  private final LifecycleLedger ledger;
  private final Actors actors;

  public DealDesk(Opportunities opportunities, AccountDirectory accounts, Decisions decisions, RuntimeService runtime,
      RunningInstances instances, LifecycleLedger ledger, Actors actors) {
    this.opportunities = opportunities;
    this.accounts = accounts;
    this.decisions = decisions;
    this.runtime = runtime;
    this.instances = instances;
    this.ledger = ledger;
    this.actors = actors;
  }

  /** The account's owner when it is not {@code owner}: a deal on an owned account belongs to its owner. */
  public Optional<String> otherOwner(String accountId, String owner) {
    return accounts.byId(accountId).map(Account::owner).filter(current -> owner != null && !current.equals(owner));
  }

  /** Whether the account is known and has no owner (a rep may not claim it by opening a deal). */
  public boolean existsUnowned(String accountId) {
    return accounts.byId(accountId).map(account -> account.owner() == null).orElse(false);
  }

  /** Stores a new deal (ids and owner filled in) and starts its stages. */
  public ProcessInstance open(OpportunityCreated deal) {
    String country = deal.country() == null ? null : deal.country().toUpperCase(Locale.ROOT);
    String region = country == null ? null
        : String.valueOf(decisions.required("lead-region", Map.of("country", country)).get("region"));
    Account account = accounts.ensure(deal.accountId(), deal.accountName(), deal.segment().name(), region);
    Opportunity opened = opportunities.openDeal(deal.opportunityId(), account.id(), deal.name(), deal.owner(),
        BigDecimal.valueOf(deal.amount()), deal.currency(), deal.closeDate(), deal.segment().name(),
        region != null ? region : account.region());
    accounts.claimIfUnowned(account.id(), deal.owner());
    Map<String, Object> created = new LinkedHashMap<>();
    created.put("opportunityId", opened.id());
    created.put("accountId", account.id());
    created.put("owner", deal.owner());
    created.put("amount", opened.amount());
    created.put("currency", opened.currency());
    created.put("closeDate", String.valueOf(opened.closeDate()));
    ledger.append(opened.id(), null, LedgerEventType.OPPORTUNITY_CREATED, opened.stage(), actors.current(), created);
    return start(opened, account.name());
  }

  /** Starts the stages of a deal already stored (a lead's, created when its AE accepted). */
  public ProcessInstance start(Opportunity deal, String accountName) {
    return instances.of(OpportunityToCloseProcess.KEY, deal.id()).orElseGet(() -> {
      var start = new OpportunityToCloseProcess.Start(deal.id(), deal.accountId(), accountName, deal.name(),
          deal.segment(), deal.region(), deal.owner(), accountName, null, null);
      Map<String, Object> variables = new HashMap<>(StartVariables.of(start));
      return runtime.startProcessInstanceByKey(OpportunityToCloseProcess.KEY, deal.id(), variables);
    });
  }
}
