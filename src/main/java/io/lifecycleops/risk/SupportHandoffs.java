package io.lifecycleops.risk;

import io.lifecycleops.identity.Actors;
import io.lifecycleops.ledger.Stage;
import io.lifecycleops.ownership.Account;
import io.lifecycleops.ownership.AccountDirectory;
import io.lifecycleops.process.RunningInstances;
import io.lifecycleops.process.StartVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Work handed between support and customer success, each as one handoff so "who owns this now" has one answer: a
 * ticket support escalated on an account in onboarding or with an open risk play goes to its CSM as "Review
 * escalated ticket"; an issue a CSM hands over goes to support as "Accept customer issue", with the context package
 * (the account, its owner, the open risk play's signals).
 */
@Component
public class SupportHandoffs {

  private final RuntimeService runtime;
  private final RunningInstances instances;
  private final AccountDirectory accounts;
  private final Actors actors;

  public SupportHandoffs(RuntimeService runtime, RunningInstances instances, AccountDirectory accounts, Actors actors) {
    this.runtime = runtime;
    this.instances = instances;
    this.accounts = accounts;
    this.actors = actors;
  }

  /**
   * A ticket support escalated: the CSM reviews it if the account onboards or has an open risk play, once while the
   * review is open (a desk that escalates the same ticket again adds nothing to the CSM's work).
   */
  public ProcessInstance ticketEscalated(SupportTicket ticket) {
    Account account = accounts.byId(ticket.accountId()).orElseThrow();
    ProcessInstance underReview = runtime.createProcessInstanceQuery().processDefinitionKey(SupportHandoffProcess.KEY)
        .processInstanceBusinessKey(account.id())
        .variableValueEquals(SupportHandoffProcess.Variables.TICKET_ID.name(), ticket.ticketId()).list().stream()
        .findFirst().orElse(null);
    if (underReview != null) {
      return underReview;
    }
    String openRisk = openRiskSignals(account.id());
    if (!Stage.of(account.stage()).filter(Stage::isOnboarding).isPresent() && openRisk == null) {
      return null;
    }
    var start = new SupportHandoffProcess.Start(account.id(), account.name(), account.segment(), account.region(),
        account.owner(), account.name() + " — ticket " + ticket.ticketId(), ticket.ticketId(), ticket.subject(),
        ticket.priority(), null, null, null, openRisk);
    return runtime.startProcessInstanceByMessage(SupportHandoffProcess.TICKET_ESCALATED, account.id(), StartVariables.of(start));
  }

  /** A CSM (or a manager) hands a customer issue to support. */
  public ProcessInstance handToSupport(String accountId, String issue, String details) {
    Account account = accounts.byId(accountId).orElseThrow();
    var start = new SupportHandoffProcess.Start(account.id(), account.name(), account.segment(), account.region(),
        account.owner(), account.name(), null, null, null, issue, details, actors.current(), openRiskSignals(account.id()));
    return runtime.startProcessInstanceByMessage(SupportHandoffProcess.HANDED_TO_SUPPORT, account.id(), StartVariables.of(start));
  }

  private String openRiskSignals(String accountId) {
    return instances.of(RiskPlayProcess.KEY, accountId)
        .map(play -> RiskPlayProcess.Variables.RISK_SIGNAL_LABELS.from(runtime, play.getId())).orElse(null);
  }
}
