package io.lifecycleops.cluster;

import static io.lifecycleops.cluster.ClusterFixture.*;
import static io.lifecycleops.lead.LeadToOpportunityProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.lifecycleops.sla.HandoffElements;
import io.lifecycleops.support.SlaTimers;
import io.lifecycleops.support.ApiClient;
import io.lifecycleops.support.PostgresIT;
import io.lifecycleops.support.ServiceNode;
import io.lifecycleops.support.TestPostgres;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * kill -9 a node while events stream in: after the restart every event that was answered 2xx is
 * there exactly once (inbound_event, process instance, ledger), nothing is half-applied, and timers
 * that came due while the node was down fire once it is back.
 */
@PostgresIT
class NodeCrashIT {

  @Test
  void acknowledgedEventsSurviveKillDashNineAndOverdueTimersFireAfterRestart() throws Exception {
    TestPostgres.Server server = TestPostgres.serverForTests();
    String jdbcUrl = TestPostgres.freshDatabase(NodeCrashIT.class.getSimpleName());
    ServiceNode node = new ServiceNode("crash-node", server, jdbcUrl).start();
    try {
      crashWithOverdueTimersAndRestart(server, jdbcUrl, node);
    } finally {
      node.close(); // already killed when the scenario got that far
    }
  }

  private void crashWithOverdueTimersAndRestart(TestPostgres.Server server, String jdbcUrl, ServiceNode node) throws Exception {
    ApiClient api = node.api();

    Map<String, String> acknowledged = new ConcurrentHashMap<>(); // event id -> lead id
    Map<String, String> unanswered = new ConcurrentHashMap<>();
    AtomicBoolean posting = new AtomicBoolean(true);
    AtomicInteger sequence = new AtomicInteger();
    CountDownLatch enoughAcknowledged = new CountDownLatch(60);
    ExecutorService senders = Executors.newFixedThreadPool(4);
    for (int t = 0; t < 4; t++) {
      senders.submit(() -> {
        while (posting.get()) {
          String leadId = "CRASH-" + sequence.incrementAndGet();
          String eventId = "evt-" + UUID.randomUUID();
          try {
            HttpResponse<String> answer = api.postEvent(mql(eventId, leadId));
            if (answer.statusCode() / 100 == 2) {
              acknowledged.put(eventId, leadId);
              enoughAcknowledged.countDown();
            } else {
              unanswered.put(eventId, leadId);
            }
          } catch (RuntimeException connectionLost) {
            unanswered.put(eventId, leadId);
            posting.set(false);
          }
        }
        return null;
      });
    }
    assertThat(enoughAcknowledged.await(90, TimeUnit.SECONDS)).isTrue();

    // Three acknowledged leads: their breach timers are hours away while the node runs.
    List<String> overdueLeads = new ArrayList<>(acknowledged.values()).subList(0, 3);
    List<String> breachTimers = new ArrayList<>();
    for (String leadId : overdueLeads) {
      String pi = json(api.get("/engine-rest/process-instance?businessKey=" + leadId)).get(0).get("id").asText();
      // The handoff task's timeout timer whose date is the SLA's due instant (its job definition names it).
      for (JsonNode timer : json(api.get("/engine-rest/job?processInstanceId=" + pi + "&activityId=" + QUALIFY_LEAD))) {
        String definition = json(api.get("/engine-rest/job-definition/" + timer.get("jobDefinitionId").asText()))
            .get("jobConfiguration").asText();
        if (definition.contains(SlaTimers.BREACH)) {
          breachTimers.add(timer.get("id").asText());
        }
      }
    }

    node.kill();
    posting.set(false);
    senders.shutdown();
    assertThat(senders.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

    // While no node runs, the three timers come due (a minute ago); none of them has fired.
    Timestamp aMinuteAgo = Timestamp.from(Instant.now().minusSeconds(60));
    for (String job : breachTimers) {
      assertThat(update(server, jdbcUrl, "update act_ru_job set duedate_ = ? where id_ = ?", aMinuteAgo, job)).isEqualTo(1);
    }
    for (String leadId : overdueLeads) {
      assertThat(count(server, jdbcUrl, "select count(*) from lifecycle_event where subject = ? and type = 'SLA_BREACHED'", leadId))
          .as("%s breached before the restart", leadId).isZero();
    }

    ServiceNode restarted = new ServiceNode("crash-node-restarted", server, jdbcUrl).start();
    try {
      ApiClient after = restarted.api();
      for (Map.Entry<String, String> event : acknowledged.entrySet()) {
        String leadId = event.getValue();
        assertThat(count(server, jdbcUrl, "select count(*) from inbound_event where id = ?", event.getKey()))
            .as("inbound event %s", event.getKey()).isEqualTo(1);
        assertThat(json(after.get("/engine-rest/history/process-instance/count?processInstanceBusinessKey=" + leadId))
            .get("count").asLong()).as("instances of %s", leadId).isEqualTo(1);
        assertThat(count(server, jdbcUrl,
            "select count(*) from lifecycle_event where subject = ? and type in ('STAGE_ENTERED', 'HANDOFF_SENT', 'SLA_STARTED')", leadId))
            .as("ledger rows of %s", leadId).isEqualTo(3);
      }
      // An event in flight at the kill is either wholly there or wholly absent.
      for (Map.Entry<String, String> event : unanswered.entrySet()) {
        long stored = count(server, jdbcUrl, "select count(*) from inbound_event where id = ?", event.getKey());
        long instances = json(after.get("/engine-rest/history/process-instance/count?processInstanceBusinessKey=" + event.getValue()))
            .get("count").asLong();
        long ledger = count(server, jdbcUrl, "select count(*) from lifecycle_event where subject = ?", event.getValue());
        List<Long> presence = List.of(stored, instances, Math.min(ledger, 1L));
        assertThat(presence).as("in-flight event %s (inbound, instance, ledger)", event.getKey())
            .isIn(List.of(0L, 0L, 0L), List.of(1L, 1L, 1L));
      }
      // The restarted node acquires the overdue timers at its first acquisitions.
      await("overdue breach timers fire after the restart").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
          .until(() -> overdueLeads.stream().allMatch(leadId ->
              count(server, jdbcUrl, "select count(*) from lifecycle_event where subject = ? and type = 'SLA_BREACHED'", leadId) == 1));
      JsonNode escalations = json(after.get("/engine-rest/task?taskDefinitionKey=" + HandoffElements.RESOLVE_ESCALATION));
      assertThat(escalations).hasSize(3);
    } finally {
      restarted.close();
    }
  }
}
