package io.lifecycleops.opportunity;

import io.lifecycleops.account.Opportunities;
import io.lifecycleops.account.Opportunities.Opportunity;
import io.lifecycleops.handoff.HandoffRoute;
import io.lifecycleops.handoff.HandoffRouting;
import io.lifecycleops.handoff.TaskNames;
import io.lifecycleops.opportunity.OpportunityToCloseProcess.Handoffs;
import io.lifecycleops.opportunity.OpportunityToCloseProcess.Variables;
import io.lifecycleops.ownership.RaciAssignment;
import io.lifecycleops.ownership.RaciTable;
import io.lifecycleops.ownership.TeamTenants;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The deal owner's standing task, "Advance Discovery — Northwind": not a handoff (it lasts the whole stage, and a
 * deal sitting too long goes to its manager as a stalled deal instead of an SLA breach). Assigned to the deal's
 * owner in their team (raci's ADVANCE_DEAL row), due when the stage goes stale, prioritised by handoff-routing.
 */
@Component("advanceDealTaskListener")
public class AdvanceDealTaskListener implements TaskListener {

  private final Opportunities opportunities;
  private final RaciTable raci;
  private final HandoffRouting routing;
  private final TeamTenants teams;
  private final DealClock clock;

  public AdvanceDealTaskListener(Opportunities opportunities, RaciTable raci, HandoffRouting routing, TeamTenants teams,
      DealClock clock) {
    this.opportunities = opportunities;
    this.raci = raci;
    this.routing = routing;
    this.teams = teams;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution scope = task.getExecution();
    Opportunity deal = opportunities.byId(scope.getProcessBusinessKey()).orElseThrow();
    Map<String, Object> facts = scope.getVariables();
    RaciAssignment owners = raci.forHandoff(Handoffs.ADVANCE_DEAL, facts);
    HandoffRoute route = routing.route(HandoffRouting.DECISION, Handoffs.ADVANCE_DEAL, facts);
    teams.assign(task, owners.responsibleGroup(), deal.owner());
    task.addCandidateGroup(owners.responsibleGroup());
    task.setAssignee(deal.owner());
    task.setDueDate(clock.staleAt(scope));
    task.setPriority(route.taskPriority());
    task.setName(TaskNames.fit("Advance " + readable(deal.stage()) + " — " + Variables.ACCOUNT_NAME.from(scope)));
  }

  /** NEGOTIATION reads "Negotiation". */
  static String readable(String stage) {
    String words = stage.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
