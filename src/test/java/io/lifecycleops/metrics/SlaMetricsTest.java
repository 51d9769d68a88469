package io.lifecycleops.metrics;

import static io.lifecycleops.ledger.LedgerEventType.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.ledger.LifecycleLedger;
import io.lifecycleops.support.ProcessTest;
import io.lifecycleops.support.TestClock;
import io.lifecycleops.web.FieldErrors;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * SLA attainment on a hand-built ledger of "Qualify lead" handoffs for sdr-emea in November: t1 met in 30 business
 * minutes (alex); t2 missed in 300, escalated, the escalation resolved 60 minutes later (alex); t3 still open and
 * breached (bea); t4 open and warned (bea); t5 cancelled; t6 paused; and one "Accept handoff" met in 90 minutes.
 */
@ProcessTest
class SlaMetricsTest {

  static final String LEAD = "lead-to-opportunity";

  @Autowired SlaMetrics sla;
  @Autowired LifecycleLedger ledger;
  @Autowired TestClock clock;
  @Autowired JdbcTemplate jdbc;
  HandBuiltLedger facts;

  @BeforeEach
  void ledgerOfNovember() {
    HandBuiltLedger.clear(jdbc);
    facts = new HandBuiltLedger(ledger, clock);
    sent("t1", "QUALIFY_LEAD", "sdr-emea", "alex", "2026-11-02T09:00:00Z", "2026-11-02T10:00:00Z");
    facts.at("2026-11-02T09:30:00Z", "L1", "pi-t1", LEAD, SLA_MET, "MQL", "handoff", "QUALIFY_LEAD", "taskId", "t1",
        "completedBy", "alex", "dueAt", "2026-11-02T10:00:00Z", "elapsedBusinessMinutes", 30);

    sent("t2", "QUALIFY_LEAD", "sdr-emea", "alex", "2026-11-03T09:00:00Z", "2026-11-03T10:00:00Z");
    facts.at("2026-11-03T10:00:00Z", "L2", "pi-t2", LEAD, SLA_BREACHED, "MQL", "handoff", "QUALIFY_LEAD", "taskId", "t2");
    facts.at("2026-11-03T10:00:00Z", "L2", "pi-t2", LEAD, ESCALATION_RAISED, "MQL", "handoff", "QUALIFY_LEAD", "taskId", "t2",
        "level", 1, "group", "sdr-managers");
    facts.at("2026-11-03T11:00:00Z", "L2", "pi-t2", LEAD, ESCALATION_RESOLVED, "MQL", "handoff", "Qualify lead", "taskId", "t2",
        "level", 1, "resolution", "NUDGED_OWNER");
    facts.at("2026-11-03T14:00:00Z", "L2", "pi-t2", LEAD, SLA_MISSED, "MQL", "handoff", "QUALIFY_LEAD", "taskId", "t2",
        "completedBy", "alex", "dueAt", "2026-11-03T10:00:00Z", "elapsedBusinessMinutes", 300);

    sent("t3", "QUALIFY_LEAD", "sdr-emea", "bea", "2026-11-20T09:00:00Z", "2026-11-20T10:00:00Z");
    sent("t4", "QUALIFY_LEAD", "sdr-emea", "bea", "2026-11-30T09:00:00Z", "2026-11-30T13:00:00Z");
    sent("t5", "QUALIFY_LEAD", "sdr-emea", "bea", "2026-11-04T09:00:00Z", "2026-11-04T10:00:00Z");
    facts.at("2026-11-04T09:10:00Z", "L5", "pi-t5", LEAD, HANDOFF_CANCELLED, "MQL", "handoff", "QUALIFY_LEAD", "taskId", "t5");
    sent("t6", "QUALIFY_LEAD", "sdr-emea", "bea", "2026-11-05T09:00:00Z", "2026-11-05T10:00:00Z");
    facts.at("2026-11-05T09:10:00Z", "L6", "pi-t6", LEAD, SLA_PAUSED, "MQL", "handoff", "QUALIFY_LEAD", "taskId", "t6");

    sent("a1", "ACCEPT_HANDOFF", "ae-enterprise", "olivia", "2026-11-02T11:00:00Z", "2026-11-02T15:00:00Z");
    facts.at("2026-11-02T12:30:00Z", "La", "pi-a1", LEAD, SLA_MET, "SQL", "handoff", "ACCEPT_HANDOFF", "taskId", "a1",
        "completedBy", "olivia", "dueAt", "2026-11-02T15:00:00Z", "elapsedBusinessMinutes", 90);
    clock.set(Instant.parse("2026-11-30T12:00:00Z"));   // t4's warning (75%) is at 12:00
  }

  private void sent(String taskId, String handoff, String team, String assignee, String at, String due) {
    String pi = "pi-" + taskId;
    Instant start = Instant.parse(at);
    Instant dueAt = Instant.parse(due);
    Instant warning = start.plusMillis((long) ((dueAt.toEpochMilli() - start.toEpochMilli()) * 0.75));
    facts.at(at, "L-" + taskId, pi, LEAD, HANDOFF_SENT, "MQL", "handoff", handoff, "taskId", taskId, "group", team,
        "assignee", assignee, "assignment", "ROUND_ROBIN");
    facts.at(at, "L-" + taskId, pi, LEAD, SLA_STARTED, "MQL", "handoff", handoff, "taskId", taskId, "calendar", "EMEA",
        "startedAt", at, "warningAt", warning.toString(), "dueAt", due, "secondLevelAt", dueAt.plusSeconds(3600).toString());
  }

  private static MetricsPeriod november() {
    return MetricsPeriod.parse("2026-11-01", "2026-11-30", new FieldErrors());
  }

  @Test
  void perHandoffAttainmentResponseEscalationsAndWhatIsOpenNow() {
    SlaMetrics.Answer answer = sla.of(november(), "handoff");

    assertThat(answer.rows()).extracting(SlaMetrics.Row::key).containsExactly("ACCEPT_HANDOFF", "QUALIFY_LEAD");
    SlaMetrics.Row qualify = answer.rows().get(1);
    assertThat(qualify.completed()).isEqualTo(2);
    assertThat(qualify.met()).isEqualTo(1);
    assertThat(qualify.missed()).isEqualTo(1);
    assertThat(qualify.attainment()).isEqualTo(0.5);
    assertThat(qualify.p50ResponseMinutes()).isEqualTo(165.0);       // (30 + 300) / 2
    assertThat(qualify.p90ResponseMinutes()).isEqualTo(273.0);       // 30 + 0.9 x 270
    assertThat(qualify.escalationsRaised()).isEqualTo(1);
    assertThat(qualify.escalationRate()).isEqualTo(0.5);
    assertThat(qualify.p50EscalationResolveMinutes()).isEqualTo(60.0);
    assertThat(qualify.open()).isEqualTo(new SlaMetrics.Open(0, 1, 1, 1));   // t4 warned, t3 breached, t6 paused; t5 gone
    SlaMetrics.Row accept = answer.rows().get(0);
    assertThat(accept.attainment()).isEqualTo(1.0);
    assertThat(accept.escalationRate()).isEqualTo(0.0);
    assertThat(accept.p50EscalationResolveMinutes()).isNull();
  }

  @Test
  void perAssigneeByWhoFinishedOrHoldsTheHandoff() {
    SlaMetrics.Answer answer = sla.of(november(), "assignee");

    assertThat(answer.rows()).extracting(SlaMetrics.Row::key).containsExactly("alex", "bea", "olivia");
    assertThat(answer.rows().get(0).attainment()).isEqualTo(0.5);
    SlaMetrics.Row bea = answer.rows().get(1);
    assertThat(bea.completed()).isZero();
    assertThat(bea.attainment()).as("nothing done: no rate").isNull();
    assertThat(bea.open()).isEqualTo(new SlaMetrics.Open(0, 1, 1, 1));
  }

  @Test
  void anEmptyPeriodStillShowsWhatIsOpenNow() {
    SlaMetrics.Answer answer = sla.of(MetricsPeriod.parse("2026-01-01", "2026-01-31", new FieldErrors()), "group");

    assertThat(answer.rows()).singleElement().satisfies(row -> {
      assertThat(row.key()).isEqualTo("sdr-emea");
      assertThat(row.completed()).isZero();
      assertThat(row.open().breached()).isEqualTo(1);
    });
  }

  @Test
  void aHandoffResumedAfterAPauseIsOnTimeAgainUntilItsMovedWarning() {
    sent("r1", "PREPARE_RENEWAL", "account-managers", "maya", "2026-11-30T09:00:00Z", "2026-11-30T13:00:00Z");
    facts.at("2026-11-30T10:00:00Z", "L-r1", "pi-r1", LEAD, SLA_PAUSED, "MQL", "taskId", "r1");
    facts.at("2026-11-30T14:00:00Z", "L-r1", "pi-r1", LEAD, SLA_RESUMED, "MQL", "taskId", "r1", "pausedBusinessMinutes", 240,
        "dueAt", "2026-11-30T17:00:00Z", "warningAt", "2026-11-30T16:00:00Z");
    clock.set(Instant.parse("2026-11-30T14:30:00Z"));

    SlaMetrics.Row renewal = sla.of(november(), "handoff").rows().stream().filter(r -> r.key().equals("PREPARE_RENEWAL"))
        .findFirst().orElseThrow();

    assertThat(renewal.open()).isEqualTo(new SlaMetrics.Open(1, 0, 0, 0));
  }
}
