package io.lifecycleops.onboarding;

import static io.lifecycleops.onboarding.ClosedWonToOnboardingProcess.Variables.*;

import io.lifecycleops.account.DealEvents.ClosedWonReported;
import io.lifecycleops.account.DealEvents.DealWon;
import io.lifecycleops.account.Segment;
import io.lifecycleops.decision.Decisions;
import io.lifecycleops.intake.CloudEvent;
import io.lifecycleops.intake.EventHandler;
import io.lifecycleops.intake.EventReceipt;
import io.lifecycleops.intake.EventStatus;
import io.lifecycleops.ownership.Account;
import io.lifecycleops.ownership.AccountDirectory;
import io.lifecycleops.process.RunningInstances;
import io.lifecycleops.process.StartVariables;
import io.lifecycleops.web.FieldErrors;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code opportunity.closed_won}: the sales-to-CS handoff starts closed-won-to-onboarding, keyed by
 * the account id. The account is created on first sight, owned by the AE who won it. A deal won in
 * opportunity-to-close starts it the same way.
 */
@Component
public class ClosedWonEventHandler implements EventHandler<ClosedWon> {

  public static final String TYPE = "opportunity.closed_won";

  private final RuntimeService runtime;
  private final AccountDirectory accounts;
  private final Decisions decisions;
  private final java.time.Clock clock;
  private final OnboardingMilestones milestones;
  private final RunningInstances instances;
  private final ApplicationEventPublisher events;

  public ClosedWonEventHandler(RuntimeService runtime, AccountDirectory accounts, Decisions decisions,
      java.time.Clock clock, OnboardingMilestones milestones, RunningInstances instances, ApplicationEventPublisher events) {
    this.events = events;
    this.instances = instances;
    this.milestones = milestones;
    this.runtime = runtime;
    this.accounts = accounts;
    this.decisions = decisions;
    this.clock = clock;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public Class<ClosedWon> dataType() {
    return ClosedWon.class;
  }

  @Override
  public void check(ClosedWon deal, FieldErrors errors) {
    if (deal.segment() == null && !errors.names("data." + SEGMENT) && deal.employees() == null && deal.annualRevenue() == null) {
      errors.add("data." + SEGMENT, "is required unless employees or annualRevenue is given");
    }
    if (deal.termStart() != null && deal.termEnd() != null && !deal.termEnd().isAfter(deal.termStart())) {
      errors.add("data." + TERM_END, "must be after termStart");
    }
    if (deal.accountExecutive() == null && !errors.names("data." + AE) && deal.accountId() != null && !errors.names("data." + ACCOUNT_ID)
        && accounts.byId(deal.accountId()).map(Account::owner).orElse(null) == null) {
      errors.add("data." + AE, "is required for an account that has no owner yet");
    }
  }

  @Override
  public EventReceipt handle(CloudEvent event, ClosedWon deal) {
    // A deal run here (opportunity-to-close) closes won with this event; its onboarding is the one started below.
    events.publishEvent(new ClosedWonReported(deal.opportunityId(), deal.accountId()));
    ProcessInstance running = instances.of(ClosedWonToOnboardingProcess.KEY, deal.accountId()).orElse(null);
    if (running != null) {
      return EventReceipt.unchanged(event.id(), EventStatus.ALREADY_ONBOARDING, running.getId(),
          "account " + deal.accountId() + " is already in onboarding");
    }
    return new EventReceipt(event.id(), EventStatus.STARTED, start(deal).getId());
  }

  /** A deal won in opportunity-to-close starts the account's onboarding as the CRM's event does, once. */
  @EventListener
  public void dealWon(DealWon won) {
    if (instances.of(ClosedWonToOnboardingProcess.KEY, won.accountId()).isEmpty()) {
      start(new ClosedWon(won.accountId(), won.opportunityId(), won.accountName(),
          won.segment() == null ? null : Segment.valueOf(won.segment()), null, null, null, won.arr().doubleValue(),
          won.currency(), won.termStart(), won.termEnd(), null, null, null, null, null, null, null, null, won.owner()));
    }
  }

  private ProcessInstance start(ClosedWon deal) {
    String accountId = deal.accountId();
    String country = deal.country() == null ? null : deal.country().toUpperCase(Locale.ROOT);
    Map<String, Object> facts = new HashMap<>();
    facts.put("employees", deal.employees());
    facts.put("annualRevenue", deal.annualRevenue());
    facts.put("country", country);
    String segment = deal.segment() != null ? deal.segment().name()
        : (String) decisions.required("lead-segment", facts).get("segment");
    String region = country == null ? null : (String) decisions.required("lead-region", facts).get("region");

    Account account = accounts.ensure(accountId, deal.accountName(), segment, region);
    String ae = deal.accountExecutive() != null ? deal.accountExecutive() : account.owner();
    if (account.owner() == null) {
      accounts.claimIfUnowned(accountId, ae);
      account = accounts.byId(accountId).orElseThrow();
    }
    // The AE who won it is the owner the transfer to CS starts from.
    var start = new ClosedWonToOnboardingProcess.Start(accountId, deal.opportunityId(), deal.accountName(), segment,
        region != null ? region : account.region(),
        deal.arr(), deal.currency(), deal.termStart().toString(), deal.termEnd().toString(), deal.seats(),
        ClosedWon.joined(deal.products(), ", "), deal.champion(), deal.economicBuyer(), deal.technicalContact(),
        ClosedWon.joined(deal.successCriteria(), "\n"), ClosedWon.joined(deal.commitments(), "\n"),
        deal.implementationDeadline() == null ? null : deal.implementationDeadline().toString(),
        account.owner(), account.owner(), Date.from(clock.instant()), false, false,
        deal.accountName() + " (" + segment + ")");
    Map<String, Object> variables = StartVariables.of(start);
    // Milestones product analytics reported before the deal closed count from the start.
    variables.putAll(milestones.takePending(accountId));
    return runtime.startProcessInstanceByKey(ClosedWonToOnboardingProcess.KEY, accountId, variables);
  }
}
