package io.lifecycleops.advocacy;

import static io.lifecycleops.advocacy.AdvocacyProcess.Variables.*;

import io.lifecycleops.account.AccountHealthRecords;
import io.lifecycleops.account.AccountHealthRecords.Health;
import io.lifecycleops.account.AccountMoment;
import io.lifecycleops.decision.DecisionSubject;
import io.lifecycleops.decision.Decisions;
import io.lifecycleops.identity.Actors;
import io.lifecycleops.intake.SubjectLocks;
import io.lifecycleops.ledger.LedgerEntry;
import io.lifecycleops.ledger.LedgerEventType;
import io.lifecycleops.ledger.LifecycleLedger;
import io.lifecycleops.ownership.Account;
import io.lifecycleops.ownership.AccountDirectory;
import io.lifecycleops.process.RunningInstances;
import io.lifecycleops.process.StartVariables;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Asks a healthy customer for advocacy at the moments that matter: the account becomes ADOPTING (first value),
 * renews, or reports its health. advocacy-eligibility decides (no open risk play, a promoter, not asked within the
 * cool-down); one open ask per account. Also the model's ledger steps, as {@code ${advocacyAsks...}}.
 */
@Component("advocacyAsks")
public class AdvocacyAsks {

  static final String DECISION = "advocacy-eligibility";
  /** The moments after which an ask may follow. */
  static final Set<String> ASKING_STAGES = Set.of("ADOPTING", "RENEWED");
  /** The risk capability's process, by key: an open play rules an ask out. */
  static final String RISK_PLAY = "risk-play";

  private final AccountDirectory accounts;
  private final AccountHealthRecords health;
  private final RunningInstances instances;
  private final Decisions decisions;
  private final LifecycleLedger ledger;
  private final RuntimeService runtime;
  private final Actors actors;
  private final SubjectLocks locks;

  public AdvocacyAsks(AccountDirectory accounts, AccountHealthRecords health, RunningInstances instances, Decisions decisions,
      LifecycleLedger ledger, RuntimeService runtime, Actors actors, SubjectLocks locks) {
    this.locks = locks;
    this.accounts = accounts;
    this.health = health;
    this.instances = instances;
    this.decisions = decisions;
    this.ledger = ledger;
    this.runtime = runtime;
    this.actors = actors;
  }

  @EventListener
  public void moment(AccountMoment moment) {
    if (moment.kind() == AccountMoment.Kind.STAGE_ENTERED && !ASKING_STAGES.contains(moment.stage())) {
      return;
    }
    Account account = accounts.byId(moment.accountId()).orElse(null);
    if (account == null || account.owner() == null) {
      return;
    }
    // A task completed in Tasklist and an event may both reach here for one account at once: under the account's
    // lock (the one its events take), the second sees the first's ask.
    locks.lock(account.id());
    if (instances.of(AdvocacyProcess.KEY, account.id()).isPresent()) {
      return;
    }
    Map<String, Object> verdict = decisions.decideFor(DecisionSubject.of(account.id()), DECISION, facts(account)).required();
    if (!Boolean.TRUE.equals(verdict.get("eligible"))) {
      return;
    }
    String because = moment.kind() == AccountMoment.Kind.STAGE_ENTERED ? moment.stage() : moment.kind().name();
    var start = new AdvocacyProcess.Start(account.id(), account.name(), account.segment(), account.region(), account.owner(),
        account.name(), because, String.valueOf(verdict.get("reason")));
    runtime.startProcessInstanceByKey(AdvocacyProcess.KEY, account.id(), StartVariables.of(start));
  }

  Map<String, Object> facts(Account account) {
    Health latest = health.of(account.id());
    Map<String, Object> facts = new HashMap<>();
    facts.put("stage", account.stage());
    facts.put("openRiskPlay", instances.of(RISK_PLAY, account.id()).isPresent());
    facts.put("latestNpsAnswer", latest.latestNpsAnswer());
    facts.put("usageTrend", latest.usageTrend());
    facts.put("seatUtilization", latest.seatUtilization());
    facts.put("daysSinceLastAsk", ledger.timeline(account.id()).stream()
        .filter(entry -> entry.type() == LedgerEventType.ADVOCACY_ASKED)
        .max(Comparator.comparing(LedgerEntry::occurredAt))
        .map(last -> (int) Duration.between(last.occurredAt(), ledger.now()).toDays()).orElse(null));
    return facts;
  }

  /** "Record the ask": ADVOCACY_ASKED with why. */
  public void asked(DelegateExecution execution) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("askedBecause", ASKED_BECAUSE.from(execution));
    details.put("eligibleBecause", ELIGIBLE_BECAUSE.from(execution));
    details.put("owner", ACCOUNT_OWNER.from(execution));
    ledger.append(execution, LedgerEventType.ADVOCACY_ASKED, actors.current(), details);
  }

  /** "Record the answer": ADVOCACY_AGREED with what the customer agreed to, or ADVOCACY_DECLINED. */
  public void answered(DelegateExecution execution) {
    AdvocacyProcess.Outcome outcome = AdvocacyProcess.Outcome.valueOf(ADVOCACY_OUTCOME.from(execution));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("outcome", outcome.name());
    details.put("notes", ADVOCACY_NOTES.from(execution));
    ledger.append(execution, outcome == AdvocacyProcess.Outcome.DECLINED ? LedgerEventType.ADVOCACY_DECLINED
        : LedgerEventType.ADVOCACY_AGREED, actors.current(), details);
  }
}
