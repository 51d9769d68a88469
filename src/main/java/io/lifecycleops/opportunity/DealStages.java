package io.lifecycleops.opportunity;

import static io.lifecycleops.opportunity.OpportunityToCloseProcess.Variables.*;

import io.lifecycleops.account.Opportunities;
import io.lifecycleops.account.Opportunities.Opportunity;
import io.lifecycleops.account.OpportunityStage;
import io.lifecycleops.decision.DecisionSubject;
import io.lifecycleops.decision.Decisions;
import io.lifecycleops.identity.Actors;
import io.lifecycleops.ledger.LedgerEventType;
import io.lifecycleops.ledger.LifecycleLedger;
import io.lifecycleops.opportunity.DealCriteria.Criterion;
import io.lifecycleops.process.LifecycleVariables;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Moves a deal. A move is a set of variables, from the owner's task or a correlated message alike:
 * {@code requestedStage}, the terms ({@code amount}, {@code closeDate}, {@code ownerCall}), criterion values by the
 * names opportunity-exit-criteria gives them, and what closing needs ({@code lostReason}; {@code termStart},
 * {@code termEnd}). {@link #check} records the criteria and says what the move still lacks; {@link #enter} applies
 * it: stage rows in the ledger with amount and currency, the stored stage, and the forecast category.
 */
@Component
public class DealStages {

  static final String FORECAST = "forecast-category";
  static final String LOST_REASONS = "lost-reasons";

  private final Opportunities opportunities;
  private final DealCriteria criteria;
  private final Decisions decisions;
  private final LifecycleLedger ledger;
  private final Actors actors;
  private final RuntimeService runtime;

  public DealStages(Opportunities opportunities, DealCriteria criteria, Decisions decisions, LifecycleLedger ledger,
      Actors actors, RuntimeService runtime) {
    this.runtime = runtime;
    this.opportunities = opportunities;
    this.criteria = criteria;
    this.decisions = decisions;
    this.ledger = ledger;
    this.actors = actors;
  }

  /**
   * A move from outside the stage's own task (the CRM, a manager's review, a CRM close): the running deal's stage
   * work starts again with these move variables, and {@link #check} and {@link #enter} apply them as for the owner's.
   */
  public void requestMove(String processInstanceId, Map<String, Object> move) {
    runtime.createMessageCorrelation(OpportunityToCloseProcess.MOVE_MESSAGE).processInstanceId(processInstanceId)
        .setVariables(move).correlate();
  }

  /** Records the move's criterion values and sets what it lacks (the criteria, a loss reason, a won deal's term). */
  public List<Criterion> check(DelegateExecution execution) {
    Opportunity deal = deal(execution);
    Map<String, Object> given = new HashMap<>();
    for (Criterion criterion : criteria.all()) {
      Object value = execution.getVariable(criterion.name());
      if (value != null) {
        given.put(criterion.name(), value);
      }
    }
    Map<String, Object> recorded = given.isEmpty() ? deal.criteria() : opportunities.recordCriteria(deal.id(), given);
    OpportunityStage from = deal.currentStage();
    OpportunityStage to = requested(execution, from);
    List<Criterion> missing = new ArrayList<>();
    if (!Boolean.TRUE.equals(CLOSED_ELSEWHERE.from(execution))) {
      missing.addAll(criteria.missing(criteria.required(from, to), recorded));
      missing.addAll(closing(execution, to));
    }
    CRITERIA_MISSING.on(execution).set(!missing.isEmpty());
    MISSING_CRITERIA.on(execution).set(String.join(",", missing.stream().map(Criterion::name).toList()));
    MISSING_CRITERIA_LABELS.on(execution).set(String.join(", ", missing.stream().map(Criterion::label).toList()));
    if (!missing.isEmpty()) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("from", from.name());
      details.put("to", to.name());
      details.put("missing", missing.stream().map(Criterion::name).toList());
      ledger.append(deal.id(), execution.getProcessInstanceId(), LedgerEventType.EXIT_CRITERIA_MISSING, from.name(),
          actors.current(), details);
    }
    return missing;
  }

  /** A loss needs a reason lost-reasons knows; a win needs its contract's term and an amount. */
  private List<Criterion> closing(DelegateExecution execution, OpportunityStage to) {
    List<Criterion> missing = new ArrayList<>();
    if (to == OpportunityStage.CLOSED_LOST && !knownLostReason(LOST_REASON.from(execution))) {
      missing.add(new Criterion(LOST_REASON.name(), "Reason the deal was lost"));
    }
    if (to == OpportunityStage.CLOSED_WON) {
      Opportunity deal = deal(execution);
      if (deal.amount() == null && AMOUNT.from(execution) == null) {
        missing.add(new Criterion(AMOUNT.name(), "Amount (ARR)"));
      }
      if (deal.currency() == null && CURRENCY.from(execution) == null) {
        missing.add(new Criterion(CURRENCY.name(), "Currency of the amount"));
      }
      LocalDate start = date(TERM_START.from(execution));
      LocalDate end = date(TERM_END.from(execution));
      if (start == null) {
        missing.add(new Criterion(TERM_START.name(), "Contract start"));
      }
      if (end == null || (start != null && !end.isAfter(start))) {
        missing.add(new Criterion(TERM_END.name(), "Contract end, after its start"));
      }
    }
    return missing;
  }

  public boolean knownLostReason(String reason) {
    return reason != null && decisions.single(LOST_REASONS, Map.of("reason", reason)).isPresent();
  }

  /**
   * Applies the move checked before: stage rows and the stored stage when it changes (none on the first entry but
   * STAGE_ENTERED), the terms given, and the forecast category, which is written to the ledger when it changes.
   * Leaves the deal's current values in the form variables, so the next task shows them.
   */
  public Opportunity enter(DelegateExecution execution) {
    Opportunity deal = deal(execution);
    String pi = execution.getProcessInstanceId();
    String actor = actors.current();
    BigDecimal amount = AMOUNT.from(execution) == null ? null : BigDecimal.valueOf(AMOUNT.from(execution));
    String currency = CURRENCY.from(execution);
    opportunities.updateTerms(deal.id(), amount, currency == null || currency.isBlank() ? null : currency.strip(),
        date(CLOSE_DATE.from(execution)));
    deal = deal(execution);

    OpportunityStage from = deal.currentStage();
    OpportunityStage to = requested(execution, from);
    String current = LifecycleVariables.STAGE.from(execution);
    if (current == null) {
      ledger.append(deal.id(), pi, LifecycleLedger.processKeyOf(execution), LedgerEventType.STAGE_ENTERED, from.name(), actor,
          terms(deal, null));
      LifecycleVariables.STAGE.on(execution).set(from.name());
      STALE_SINCE.on(execution).set(Date.from(ledger.now()));
    } else if (to != from) {
      ledger.append(deal.id(), pi, LifecycleLedger.processKeyOf(execution), LedgerEventType.STAGE_LEFT, from.name(), actor,
          terms(deal, to));
      opportunities.moveTo(deal.id(), to);
      Map<String, Object> entered = terms(deal, null);
      entered.put("from", from.name());
      entered.put("direction", to.ordinal() > from.ordinal() ? "FORWARD" : "BACK");
      ledger.append(deal.id(), pi, LifecycleLedger.processKeyOf(execution), LedgerEventType.STAGE_ENTERED, to.name(), actor,
          entered);
      LifecycleVariables.STAGE.on(execution).set(to.name());
      STALE_SINCE.on(execution).set(Date.from(ledger.now()));
      if (to == OpportunityStage.CLOSED_LOST) {
        opportunities.lost(deal.id(), LOST_REASON.from(execution));
      }
      deal = deal(execution);
    }
    forecast(execution, deal);
    REQUESTED_STAGE.on(execution).set(null);
    AMOUNT.on(execution).set(deal.amount() == null ? null : deal.amount().doubleValue());
    CURRENCY.on(execution).set(deal.currency());
    CLOSE_DATE.on(execution).set(deal.closeDate() == null ? null : deal.closeDate().toString());
    for (Criterion criterion : criteria.all()) {
      execution.setVariable(criterion.name(), DealCriteria.met(deal.criteria().get(criterion.name())));
    }
    return deal;
  }

  private void forecast(DelegateExecution execution, Opportunity deal) {
    String call = OWNER_CALL.from(execution) != null ? OWNER_CALL.from(execution) : deal.ownerCall();
    boolean met = criteria.missing(criteria.ofStage(deal.currentStage()), deal.criteria()).isEmpty();
    Map<String, Object> facts = new HashMap<>();
    facts.put("stage", deal.stage());
    facts.put("criteriaMet", met);
    facts.put("ownerCall", call);
    String category = String.valueOf(decisions.decideFor(DecisionSubject.of(execution), FORECAST, facts).required().get("category"));
    opportunities.forecast(deal.id(), call, category);
    if (!category.equals(deal.forecastCategory())) {
      Map<String, Object> details = terms(deal, null);
      details.put("from", deal.forecastCategory());
      details.put("category", category);
      details.put("ownerCall", call);
      ledger.append(deal.id(), execution.getProcessInstanceId(), LedgerEventType.FORECAST_CATEGORY_CHANGED, deal.stage(),
          actors.current(), details);
    }
  }

  private static Map<String, Object> terms(Opportunity deal, OpportunityStage to) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("opportunityId", deal.id());
    details.put("accountId", deal.accountId());
    details.put("amount", deal.amount());
    details.put("currency", deal.currency());
    details.put("closeDate", deal.closeDate() == null ? null : deal.closeDate().toString());
    if (to != null) {
      details.put("to", to.name());
    }
    return details;
  }

  /** The stage asked for; none asked (the owner only updated the deal) is the stage it is in. */
  static OpportunityStage requested(DelegateExecution execution, OpportunityStage current) {
    String requested = REQUESTED_STAGE.from(execution);
    return requested == null || requested.isBlank() ? current : OpportunityStage.valueOf(requested);
  }

  Opportunity deal(DelegateExecution execution) {
    String id = execution.getProcessBusinessKey();
    return opportunities.byId(id).orElseThrow(() -> new IllegalStateException("opportunity " + id + " is not stored"));
  }

  static LocalDate date(String text) {
    return text == null || text.isBlank() ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
  }
}
