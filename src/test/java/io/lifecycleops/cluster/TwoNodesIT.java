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
import io.lifecycleops.support.ProcessScenario;
import io.lifecycleops.support.ServiceNode;
import io.lifecycleops.support.TestPostgres;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two service nodes on one PostgreSQL database: 500 leads whose breach timers come due at the same
 * moment are escalated exactly once each, by both nodes together; duplicate events sent to both
 * nodes at once start one process.
 */
@PostgresIT
class TwoNodesIT {

  static final int LEADS = 500;
  static TestPostgres.Server server;
  static String jdbcUrl;
  static ServiceNode nodeA;
  static ServiceNode nodeB;

  @BeforeAll
  static void startTwoNodes() {
    server = TestPostgres.serverForTests();
    jdbcUrl = TestPostgres.freshDatabase(TwoNodesIT.class.getSimpleName());
    // One after the other: the first node creates the schema, deployment and demo users.
    nodeA = new ServiceNode("node-a", server, jdbcUrl).start();
    nodeB = new ServiceNode("node-b", server, jdbcUrl).start();
  }

  @AfterAll
  static void stopNodes() throws InterruptedException {
    if (nodeA != null) nodeA.close();
    if (nodeB != null) nodeB.close();
  }

  private static <T> List<T> inParallel(int threads, List<Callable<T>> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<T> results = new ArrayList<>();
      for (Future<T> f : pool.invokeAll(work)) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void simultaneousBreachesAreEscalatedExactlyOnceEachAndBothNodesShareTheWork() throws Exception {
    List<Callable<Integer>> posts = new ArrayList<>();
    for (int i = 0; i < LEADS; i++) {
      ApiClient api = (i % 2 == 0 ? nodeA : nodeB).api();
      String event = mql("evt-" + UUID.randomUUID(), "TWO-" + i);
      posts.add(() -> api.postEvent(event).statusCode());
    }
    assertThat(inParallel(6, posts)).containsOnly(202);

    // Make every breach timer due now, the way time passing would.
    // The breach timers: the handoff task's timeouts whose job definition names the SLA's due instant.
    List<String> breachTimers = all(nodeA.api(), "/engine-rest/job-definition?activityIdIn=" + QUALIFY_LEAD).stream()
        .filter(definition -> definition.get("jobConfiguration").asText().contains(SlaTimers.BREACH))
        .map(definition -> definition.get("id").asText()).toList();
    List<JsonNode> jobs = pendingJobs(breachTimers);
    // The other test of this class may have added a lead of its own: every open breach timer counts.
    assertThat(jobs).hasSizeGreaterThanOrEqualTo(LEADS);
    final long breaches = jobs.size();
    String now = "{\"duedate\":\"" + OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1)
        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")) + "\"}";
    List<Callable<Integer>> due = new ArrayList<>();
    for (JsonNode job : jobs) {
      ApiClient api = nodeA.api();
      due.add(() -> api.put("/engine-rest/job/" + job.get("id").asText() + "/duedate", now, ApiClient.basic("demo", "demo")).statusCode());
    }
    assertThat(inParallel(4, due)).containsOnly(204);

    await("all breaches escalated").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2))
        .until(() -> count(server, jdbcUrl, "select count(*) from lifecycle_event where type = 'SLA_BREACHED'") >= breaches
            && pendingJobs(breachTimers).isEmpty());

    String resolveKey = HandoffElements.RESOLVE_ESCALATION;
    assertThat(json(nodeB.api().get("/engine-rest/task/count?taskDefinitionKey=" + resolveKey)).get("count").asLong())
        .isEqualTo(breaches);
    assertThat(count(server, jdbcUrl, "select count(*) from lifecycle_event where type = 'SLA_BREACHED'")).isEqualTo(breaches);
    assertThat(count(server, jdbcUrl, "select count(distinct subject) from lifecycle_event where type = 'SLA_BREACHED'"))
        .isEqualTo(breaches);
    assertThat(count(server, jdbcUrl, "select count(*) from lifecycle_event where type = 'ESCALATION_RAISED'")).isEqualTo(breaches);

    // Read the job log in the database: paging through the REST list without a stable order may repeat or skip entries.
    String definitions = breachTimers.stream().map(id -> "'" + id.replace("'", "") + "'").collect(Collectors.joining(","));
    Map<String, Long> byHost = new java.util.TreeMap<>();
    for (String host : List.of("node-a", "node-b")) {
      long succeeded = count(server, jdbcUrl, "select count(*) from act_hi_job_log where job_state_ = 2 and hostname_ = ?"
          + " and job_def_id_ in (" + definitions + ")", host);
      if (succeeded > 0) {
        byHost.put(host, succeeded);
      }
    }
    assertThat(count(server, jdbcUrl, "select count(*) from act_hi_job_log where job_state_ = 2 and job_def_id_ in (" + definitions + ")"))
        .as("successful breach jobs on any host").isEqualTo(breaches);
    assertThat(byHost.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(breaches);
    assertThat(byHost).containsOnlyKeys("node-a", "node-b");
    assertThat(byHost.get("node-a")).as("node-a's share of %s", byHost).isPositive();
    assertThat(byHost.get("node-b")).as("node-b's share of %s", byHost).isPositive();
  }

  private List<JsonNode> pendingJobs(List<String> jobDefinitions) {
    List<JsonNode> jobs = new ArrayList<>();
    for (String definition : jobDefinitions) {
      jobs.addAll(all(nodeA.api(), "/engine-rest/job?sortBy=jobId&sortOrder=asc&jobDefinitionId=" + definition));
    }
    return jobs;
  }

  @Test
  void theSameEventPostedByTenThreadsToBothNodesStartsOneInstance() throws Exception {
    String leadId = ProcessScenario.newLeadId();
    String event = mql("evt-" + UUID.randomUUID(), leadId);
    List<Callable<HttpResponse<String>>> posts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ApiClient api = (i % 2 == 0 ? nodeA : nodeB).api();
      posts.add(() -> api.postEvent(event));
    }
    List<HttpResponse<String>> answers = inParallel(10, posts);

    assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(202);
    Set<String> instances = answers.stream().map(a -> json(a).get("processInstanceId").asText()).collect(Collectors.toCollection(HashSet::new));
    assertThat(instances).hasSize(1);
    assertThat(json(nodeA.api().get("/engine-rest/history/process-instance/count?processInstanceBusinessKey=" + leadId))
        .get("count").asLong()).isEqualTo(1);
    assertThat(count(server, jdbcUrl, "select count(*) from lifecycle_event where subject = ? and type = 'STAGE_ENTERED'", leadId))
        .isEqualTo(1);
  }

  @Test
  void tenDifferentEventsForOneNewLeadOnBothNodesAtOnceStartOneProcess() throws Exception {
    String leadId = ProcessScenario.newLeadId();
    List<Callable<HttpResponse<String>>> posts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ApiClient api = (i % 2 == 0 ? nodeA : nodeB).api();
      String event = mql("evt-" + UUID.randomUUID(), leadId);
      posts.add(() -> api.postEvent(event));
    }
    List<HttpResponse<String>> answers = inParallel(10, posts);

    assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(202);
    assertThat(answers).extracting(a -> json(a).get("status").asText()).containsOnlyOnce("STARTED");
    assertThat(json(nodeA.api().get("/engine-rest/history/process-instance/count?processInstanceBusinessKey=" + leadId))
        .get("count").asLong()).isEqualTo(1);
    // A later lookup of "the running process of this lead" finds exactly one.
    assertThat(json(nodeB.api().get("/engine-rest/process-instance/count?businessKey=" + leadId)).get("count").asLong())
        .isEqualTo(1);
  }
}
