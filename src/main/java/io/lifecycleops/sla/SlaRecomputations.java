package io.lifecycleops.sla;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifecycleops.sla.SlaRecomputation.Page;
import io.lifecycleops.sla.SlaRecomputation.Problem;
import java.lang.management.ManagementFactory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An admin's recompute of every open handoff under the current handoff-sla table, run in the background in batches:
 * each batch of open tasks is one transaction holding its changes, its ledger rows and the run's progress, so no
 * transaction spans the whole run and a run goes on from its last batch after a crash, a restart or a failure. One run
 * at a time; the node working on it holds a lease that each batch renews, and a node that finds a running run with an
 * expired lease ({@link #resumeAbandoned}) takes it over.
 */
@Service
public class SlaRecomputations {

  private static final Logger log = LoggerFactory.getLogger(SlaRecomputations.class);
  private static final int KEPT_PROBLEMS = 20;
  private static final int ATTEMPTS_PER_BATCH = 3;

  public enum Status { RUNNING, DONE, FAILED, CANCELLED }

  /** A run as the admin sees it: where it stands, what it changed, what it left alone and why. */
  public record Run(String id, Status status, String requestedBy, Instant requestedAt, Instant finishedAt, long handoffs,
      long changed, long problems, List<Problem> firstProblems, int batches, String afterTaskId, String error) {}

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final SlaRecomputation recomputation;
  /** One run at a time per node: a single worker thread. */
  private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "sla-recomputation");
    thread.setDaemon(true);
    return thread;
  });
  private volatile boolean stopping;
  private final ObjectMapper json;
  private final Clock clock;
  private final int batchSize;
  private final Duration lease;
  private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

  SlaRecomputations(JdbcTemplate jdbc, PlatformTransactionManager transactions, SlaRecomputation recomputation,
      ObjectMapper json, Clock clock,
      @Value("${lifecycle.sla.recompute.batch-size:200}") int batchSize,
      @Value("${lifecycle.sla.recompute.lease:PT2M}") Duration lease) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.recomputation = recomputation;
    this.json = json;
    this.clock = clock;
    this.batchSize = batchSize;
    this.lease = lease;
  }

  /** Stores a new run and starts it in the background; refused while another runs. */
  public Run start(String requestedBy) {
    String id = UUID.randomUUID().toString();
    return launch(id, () -> jdbc.update("insert into sla_recomputation (id, requested_by, requested_at, status, running)"
        + " values (?, ?, ?, ?, 'Y')", id, requestedBy, Timestamp.from(clock.instant()), Status.RUNNING.name()));
  }

  /** Goes on with a failed or cancelled run from its last finished batch. */
  public Run resume(String id) {
    Run run = find(id).orElseThrow(() -> new IllegalArgumentException(id));
    if (run.status() == Status.DONE || run.status() == Status.RUNNING) {
      throw new SlaStateException("recomputation " + id + " is " + run.status().name().toLowerCase());
    }
    return launch(id, () -> jdbc.update("update sla_recomputation set status = ?, running = 'Y', owner = null,"
        + " lease_until = null, error = null, finished_at = null where id = ?", Status.RUNNING.name(), id));
  }

  /** Marks the run running (the unique {@code running} column refuses a second) and drives it in the background. */
  private Run launch(String id, Runnable markRunning) {
    try {
      markRunning.run();
    } catch (DuplicateKeyException running) {
      throw new SlaStateException("recomputation " + running().map(Run::id).orElse("?") + " is still running");
    }
    executor.execute(() -> drive(id));
    return find(id).orElseThrow();
  }

  /** Stops a running run after its current batch (what it changed stays changed). */
  public Run cancel(String id) {
    Run run = find(id).orElseThrow(() -> new IllegalArgumentException(id));
    if (run.status() != Status.RUNNING) {
      throw new SlaStateException("recomputation " + id + " is " + run.status().name().toLowerCase());
    }
    jdbc.update("update sla_recomputation set status = ?, running = null, finished_at = ? where id = ? and status = ?",
        Status.CANCELLED.name(), Timestamp.from(clock.instant()), id, Status.RUNNING.name());
    return find(id).orElseThrow();
  }

  public Optional<Run> find(String id) {
    return jdbc.query("select * from sla_recomputation where id = ?", this::run, id).stream().findFirst();
  }

  public List<Run> latest(int limit) {
    return jdbc.query("select * from sla_recomputation order by requested_at desc fetch first " + Math.max(1, limit)
        + " rows only", this::run);
  }

  private Optional<Run> running() {
    return jdbc.query("select * from sla_recomputation where running = 'Y'", this::run).stream().findFirst();
  }

  /** Takes over running runs whose node stopped renewing its lease (it crashed or was stopped). */
  public void resumeAbandoned() {
    Timestamp now = Timestamp.from(clock.instant());
    for (String id : jdbc.queryForList("select id from sla_recomputation where status = ? and (lease_until is null"
        + " or lease_until < ?)", String.class, Status.RUNNING.name(), now)) {
      executor.execute(() -> drive(id));
    }
  }

  /** On shutdown: no new batch, and the lease is given up so the next node to start goes on at once. */
  @PreDestroy
  void stop() throws InterruptedException {
    stopping = true;
    executor.shutdown();
    executor.awaitTermination(lease.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
    jdbc.update("update sla_recomputation set owner = null, lease_until = null where owner = ?", node);
  }

  /** Runs batches until the run is done, cancelled, failed, or another node holds it. */
  void drive(String id) {
    int failures = 0;
    while (!stopping) {
      try {
        Boolean more = transaction.execute(status -> batch(id));
        if (!Boolean.TRUE.equals(more)) {
          return;
        }
        failures = 0;
      } catch (RuntimeException e) {
        // A rep completing or a timer firing on a handoff of this batch (optimistic locking): the batch is retried.
        if (++failures < ATTEMPTS_PER_BATCH) {
          log.info("SLA recomputation {}: batch failed ({}), retrying", id, e.toString());
          continue;
        }
        log.warn("SLA recomputation {} failed", id, e);
        jdbc.update("update sla_recomputation set status = ?, running = null, error = ?, finished_at = ? where id = ?"
            + " and status = ?", Status.FAILED.name(), String.valueOf(e.getMessage()), Timestamp.from(clock.instant()),
            id, Status.RUNNING.name());
        return;
      }
    }
  }

  /** One batch in the current transaction; false when there is nothing more for this node to do. */
  private boolean batch(String id) {
    Instant now = clock.instant();
    // The claim locks the run's row until the batch commits: a second node waits, then sees the lease held.
    int claimed = jdbc.update("update sla_recomputation set owner = ?, lease_until = ? where id = ? and status = ?"
        + " and (owner is null or owner = ? or lease_until is null or lease_until < ?)",
        node, Timestamp.from(now.plus(lease)), id, Status.RUNNING.name(), node, Timestamp.from(now));
    if (claimed == 0) {
      return false;
    }
    Run run = find(id).orElseThrow();
    Page page = recomputation.page(run.afterTaskId(), batchSize, true, run.requestedBy(), id);
    List<Problem> kept = new ArrayList<>(run.firstProblems());
    page.problems().stream().limit(Math.max(0, KEPT_PROBLEMS - kept.size())).forEach(kept::add);
    boolean last = page.lastTaskId() == null;
    jdbc.update("update sla_recomputation set after_task_id = ?, handoffs = handoffs + ?, changed = changed + ?,"
        + " problems = problems + ?, first_problems = ?, batches = batches + 1, status = ?, running = ?, finished_at = ?,"
        + " owner = ?, lease_until = ? where id = ?",
        last ? run.afterTaskId() : page.lastTaskId(), page.handoffs(), page.changes().size(), page.problems().size(),
        write(kept), (last ? Status.DONE : Status.RUNNING).name(), last ? null : "Y",
        last ? Timestamp.from(clock.instant()) : null, last ? null : node,
        last ? null : Timestamp.from(clock.instant().plus(lease)), id);
    return !last;
  }

  private Run run(ResultSet row, int number) throws SQLException {
    return new Run(row.getString("id"), Status.valueOf(row.getString("status")), row.getString("requested_by"),
        instant(row.getTimestamp("requested_at")), instant(row.getTimestamp("finished_at")), row.getLong("handoffs"),
        row.getLong("changed"), row.getLong("problems"), read(row.getString("first_problems")), row.getInt("batches"),
        row.getString("after_task_id"), row.getString("error"));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private String write(List<Problem> problems) {
    try {
      return json.writeValueAsString(problems);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<Problem> read(String text) {
    if (text == null) {
      return List.of();
    }
    try {
      return json.readValue(text, new TypeReference<List<Problem>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
