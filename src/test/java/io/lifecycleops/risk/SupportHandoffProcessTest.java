package io.lifecycleops.risk;

import static io.lifecycleops.ledger.LedgerEventType.HANDOFF_SENT;
import static io.lifecycleops.risk.SupportHandoffProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.ownership.AccountDirectory;
import io.lifecycleops.support.EventSender;
import io.lifecycleops.support.ProcessScenario;
import io.lifecycleops.support.ProcessTest;
import io.lifecycleops.support.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Support and CS hand work to each other, each hand-over one handoff on an SLA with one owner. */
@ProcessTest
class SupportHandoffProcessTest {

  @Autowired EventSender events;
  @Autowired ProcessScenario scenario;
  @Autowired TestClock clock;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired AccountDirectory accounts;
  @Autowired SupportHandoffs handoffs;

  @BeforeEach
  void mondayMorning() {
    clock.set(TestClock.MONDAY_10_BERLIN);
  }

  private String customer() {
    return events.newCustomer("MID_MARKET", 60000);
  }

  private void ticket(String accountId, String ticketId, String status) {
    events.send("support.ticket", Map.of("accountId", accountId, "ticketId", ticketId, "status", status, "priority", "HIGH",
        "subject", "SSO login loops", "at", clock.instant().minus(Duration.ofMinutes(30)).toString()));
  }

  private List<ProcessInstance> handoffsOf(String accountId) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(SupportHandoffProcess.KEY)
        .processInstanceBusinessKey(accountId).list();
  }

  private List<String> candidateGroups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
        .map(IdentityLink::getGroupId).toList();
  }

  @Test
  void aTicketSupportEscalatesWhileTheCustomerOnboardsGoesToItsCsm() {
    String accountId = customer();

    ticket(accountId, "T-5", "ESCALATED");

    ProcessInstance handoff = handoffsOf(accountId).get(0);
    Task review = scenario.task(handoff.getId(), REVIEW_ESCALATED_TICKET);
    assertThat(review.getAssignee()).isEqualTo(accounts.byId(accountId).orElseThrow().owner());
    assertThat(review.getName()).contains("ticket T-5");
    assertThat(review.getDueDate()).as("on an SLA").isNotNull();
    assertThat(scenario.variable(handoff.getId(), "ticketSubject")).isEqualTo("SSO login loops");
    assertThat(scenario.ledger(accountId, HANDOFF_SENT)).anySatisfy(e -> assertThat(e.details())
        .containsEntry("handoff", "REVIEW_ESCALATED_TICKET"));
  }

  @Test
  void aTicketEscalatedAgainWhileItsReviewIsOpenIsReviewedOnce() {
    String accountId = customer();
    ticket(accountId, "T-5", "ESCALATED");
    ticket(accountId, "T-5", "ESCALATED");
    ticket(accountId, "T-8", "ESCALATED");

    assertThat(handoffsOf(accountId)).extracting(p -> scenario.variable(p.getId(), "ticketId"))
        .containsExactlyInAnyOrder("T-5", "T-8");

    ProcessInstance first = handoffsOf(accountId).stream().filter(p -> "T-5".equals(scenario.variable(p.getId(), "ticketId")))
        .findFirst().orElseThrow();
    scenario.complete(first.getId(), REVIEW_ESCALATED_TICKET, scenario.task(first.getId(), REVIEW_ESCALATED_TICKET).getAssignee(),
        Map.of());
    ticket(accountId, "T-5", "ESCALATED");
    assertThat(handoffsOf(accountId)).as("escalated again after the CSM reviewed it").hasSize(2);
  }

  @Test
  void aTicketEscalatedOnAnAdoptingCustomerWithoutARiskPlayStaysWithSupport() {
    String accountId = customer();
    accounts.setStage(accountId, "ADOPTING");

    ticket(accountId, "T-6", "ESCALATED");
    ticket(accountId, "T-7", "REOPENED");

    assertThat(handoffsOf(accountId)).isEmpty();
  }

  @Test
  void aTicketEscalatedDuringARiskPlayGoesToTheCsmWithThePlaysSignals() {
    String accountId = customer();
    accounts.setStage(accountId, "ADOPTING");
    ticket(accountId, "T-1", "ESCALATED");
    assertThat(handoffsOf(accountId)).as("one escalation is no play yet").isEmpty();

    ticket(accountId, "T-2", "ESCALATED");   // the second opens a play, and CS reviews the ticket

    assertThat(handoffsOf(accountId)).hasSize(1);
    assertThat(scenario.variable(handoffsOf(accountId).get(0).getId(), "openRiskSignals"))
        .isEqualTo("2 or more escalations in 30 days");
  }

  @Test
  void aCsmHandsAnIssueToSupportWhoAcceptsItOnAnSla() {
    String accountId = customer();

    ProcessInstance handoff = handoffs.handToSupport(accountId, "SSO login loops for the finance team", "Since Friday's IdP change");

    Task accept = scenario.task(handoff.getId(), ACCEPT_CUSTOMER_ISSUE);
    assertThat(candidateGroups(accept)).containsExactly("support-leads");
    assertThat(accept.getAssignee()).as("round-robin among support leads").isIn("sara", "sven");
    assertThat(accept.getDueDate()).isNotNull();
    assertThat(scenario.variable(handoff.getId(), "issue")).isEqualTo("SSO login loops for the finance team");

    scenario.complete(handoff.getId(), ACCEPT_CUSTOMER_ISSUE, accept.getAssignee(), Map.of("supportTicketId", "T-42"));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(handoff.getId()).count()).isZero();
  }
}
