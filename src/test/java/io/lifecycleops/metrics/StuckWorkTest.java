package io.lifecycleops.metrics;

import static io.lifecycleops.ledger.LedgerEventType.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.ledger.LifecycleLedger;
import io.lifecycleops.ownership.AccountDirectory;
import io.lifecycleops.support.ProcessTest;
import io.lifecycleops.support.TestClock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stuck work on 4 December, 12:00: handoff h1 was due on 1 December; h2 is not due yet; h3 is late but paused (the
 * customer has the ball); h4 was done late. Deal d1 (SMB) has sat 40 days in DISCOVERY (limit 30); d2 (ENTERPRISE)
 * 40 days in NEGOTIATION (limit 45); d3 31 days in PROPOSAL; d4 40 days in PROPOSAL, reviewed by its manager 5 days ago.
 */
@ProcessTest
class StuckWorkTest {

  static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

  @Autowired StuckWork stuck;
  @Autowired LifecycleLedger ledger;
  @Autowired TestClock clock;
  @Autowired JdbcTemplate jdbc;
  @Autowired AccountDirectory accounts;

  @BeforeEach
  void thursdayNoon() {
    HandBuiltLedger.clear(jdbc);
    jdbc.update("delete from opportunity where id like 'st-%'");
    HandBuiltLedger facts = new HandBuiltLedger(ledger, clock);
    handoff(facts, "h1", "2026-12-01T09:00:00Z", "2026-12-01T10:00:00Z");
    handoff(facts, "h2", "2026-12-04T11:00:00Z", "2026-12-04T15:00:00Z");
    handoff(facts, "h3", "2026-11-30T09:00:00Z", "2026-11-30T10:00:00Z");
    facts.at("2026-11-30T09:30:00Z", "L-h3", "pi-h3", "lead-to-opportunity", SLA_PAUSED, "MQL", "taskId", "h3");
    handoff(facts, "h4", "2026-11-20T09:00:00Z", "2026-11-20T10:00:00Z");
    facts.at("2026-11-21T09:00:00Z", "L-h4", "pi-h4", "lead-to-opportunity", SLA_MISSED, "MQL", "taskId", "h4",
        "completedBy", "alex", "elapsedBusinessMinutes", 480);
    accounts.ensure("acct-stuck", "Stuck Customer", null, null);
    deal(facts, "st-d1", "DISCOVERY", "SMB", 40);
    deal(facts, "st-d2", "NEGOTIATION", "ENTERPRISE", 40);
    deal(facts, "st-d3", "PROPOSAL", "MID_MARKET", 31);
    deal(facts, "st-d4", "PROPOSAL", "MID_MARKET", 40);   // its manager reviewed it 5 days ago: the clock began again
    facts.at(NOW.minus(Duration.ofDays(5)).toString(), "st-d4", "pi-st-d4", null, DEAL_REVIEWED, "PROPOSAL",
        "opportunityId", "st-d4", "reason", "STALE_STAGE", "action", "PUSH_CLOSE_DATE");
    clock.set(NOW);
  }

  private static void handoff(HandBuiltLedger facts, String taskId, String sent, String due) {
    facts.at(sent, "L-" + taskId, "pi-" + taskId, "lead-to-opportunity", HANDOFF_SENT, "MQL", "handoff", "QUALIFY_LEAD",
        "taskId", taskId, "group", "sdr-emea", "assignee", "alex");
    facts.at(sent, "L-" + taskId, "pi-" + taskId, "lead-to-opportunity", SLA_STARTED, "MQL", "taskId", taskId, "warningAt", sent,
        "dueAt", due);
  }

  private void deal(HandBuiltLedger facts, String id, String stage, String segment, int daysInStage) {
    facts.move(NOW.minus(Duration.ofDays(daysInStage)).toString(), id, "pi-" + id, "opportunity-to-close", null, stage);
    jdbc.update("insert into opportunity (id, account_id, name, stage, owner, created_at, segment, stage_entered_at)"
        + " values (?, 'acct-stuck', ?, ?, 'olivia', ?, ?, ?)", id, "Deal " + id, stage, Timestamp.from(NOW), segment,
        Timestamp.from(NOW.minus(Duration.ofDays(daysInStage))));
  }

  @Test
  void lateHandoffsAndStaleDealsOldestFirstWithWhereToOpenThem() {
    StuckWork.Answer answer = stuck.now(null, 100);

    assertThat(answer.items()).extracting(StuckWork.Item::kind, StuckWork.Item::subject).containsExactly(
        org.assertj.core.groups.Tuple.tuple("DEAL", "st-d1"),      // stale since 24 November
        org.assertj.core.groups.Tuple.tuple("HANDOFF", "L-h1"),    // due 1 December
        org.assertj.core.groups.Tuple.tuple("DEAL", "st-d3"));     // stale since 3 December
    StuckWork.Item d1 = answer.items().get(0);
    assertThat(d1.minutesLate()).isEqualTo(Duration.ofDays(10).toMinutes());
    assertThat(d1.owner()).isEqualTo("olivia");
    assertThat(d1.cockpit()).endsWith("/camunda/app/cockpit/default/#/process-instance/pi-st-d1");
    StuckWork.Item h1 = answer.items().get(1);
    assertThat(h1.minutesLate()).isEqualTo(Duration.ofHours(3 * 24 + 2).toMinutes());
    assertThat(h1.owner()).isEqualTo("alex");
    assertThat(h1.tasklist()).endsWith("/camunda/app/tasklist/default/#/?task=h1");
    assertThat(h1.cockpit()).endsWith("/process-instance/pi-h1");
  }

  @Test
  void theLimitKeepsTheOldest() {
    assertThat(stuck.now(null, 1).items()).extracting(StuckWork.Item::subject).containsExactly("st-d1");
  }

  @Test
  void whatBecameLateInAPeriod() {
    StuckWork.Answer december = stuck.now(MetricsPeriod.parse("2026-12-01", "2026-12-31", new io.lifecycleops.web.FieldErrors()), 100);

    assertThat(december.items()).extracting(StuckWork.Item::subject).containsExactly("L-h1", "st-d3");
  }
}
