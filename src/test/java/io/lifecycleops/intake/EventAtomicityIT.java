package io.lifecycleops.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lifecycleops.decision.DecisionAnswered;
import io.lifecycleops.lead.LeadMqlEventHandler;
import io.lifecycleops.support.ApiClient;
import io.lifecycleops.support.CloudEvents;
import io.lifecycleops.support.PostgresIT;
import io.lifecycleops.support.ProcessScenario;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** A failure anywhere while accepting an event leaves nothing behind, and the sender can retry. */
@PostgresIT
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventAtomicityIT {

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;
  /** Runs after the lead was matched to an account, as each of its tables is evaluated. */
  @MockitoSpyBean DecisionAnswered scoring;
  @MockitoSpyBean LeadMqlEventHandler mqlHandler;

  private ObjectNode mql(String eventId, String leadId) {
    return CloudEvents.event(eventId, "lead.mql", "crm", ProcessScenario.hotEnterpriseLead(leadId));
  }

  @Test
  void concurrentUpdateConflictIsRetriedNotSurfaced() throws Exception {
    ApiClient api = new ApiClient(port);
    String leadId = ProcessScenario.newLeadId();
    doThrow(new OptimisticLockingException("simulated concurrent update"))
        .doThrow(new OptimisticLockingException("simulated concurrent update"))
        .doCallRealMethod()
        .when(mqlHandler).handle(any(), any());

    HttpResponse<String> answer = api.postEvent(mql("evt-" + UUID.randomUUID(), leadId).toString());

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(leadId).count()).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from lifecycle_event where subject = ?", Integer.class, leadId)).isEqualTo(4);   // MQL entered, scored, handoff sent, SLA started
  }

  @Test
  void failingDelegateLeavesNoEventNoInstanceAndNoLedgerRowsAndTheRetrySucceeds() throws Exception {
    ApiClient api = new ApiClient(port);
    String eventId = "evt-" + UUID.randomUUID();
    String leadId = ProcessScenario.newLeadId();
    ObjectNode event = mql(eventId, leadId);
    doThrow(new IllegalStateException("scoring service down")).when(scoring).notify(any());

    HttpResponse<String> failed = api.postEvent(event.toString());

    assertThat(failed.statusCode()).isEqualTo(500);
    assertThat(jdbc.queryForObject("select count(*) from inbound_event where id = ?", Integer.class, eventId)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from lifecycle_event where subject = ?", Integer.class, leadId)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from account where domain = ?", Integer.class,
        leadId.toLowerCase() + ".example.com")).isZero();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(leadId).count()).isZero();

    doCallRealMethod().when(scoring).notify(any());
    HttpResponse<String> retried = api.postEvent(event.toString());

    assertThat(retried.statusCode()).isEqualTo(202);
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(leadId).count()).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from lifecycle_event where subject = ?", Integer.class, leadId)).isEqualTo(4);   // MQL entered, scored, handoff sent, SLA started
  }
}
