package io.lifecycleops.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.lifecycleops.ledger.LifecycleLedger;
import io.lifecycleops.support.ProcessTest;
import io.lifecycleops.support.TestClock;
import io.lifecycleops.web.FieldErrors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Time in stage on a hand-built ledger: deal X skips EVALUATION (DISCOVERY 10 h, PROPOSAL 20 h, won); deal Y stays
 * 30 h in DISCOVERY and 5 h in EVALUATION, then is lost; a lead spends 18 h (2 business hours) as an MQL waiting on
 * its handoff; deal Z leaves DISCOVERY in
 * December, outside the period.
 */
@ProcessTest
class CycleTimeMetricsTest {

  static final String DEAL = "opportunity-to-close";

  @Autowired CycleTimeMetrics cycleTimes;
  @Autowired LifecycleLedger ledger;
  @Autowired TestClock clock;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void ledgerOfNovember() {
    HandBuiltLedger.clear(jdbc);
    HandBuiltLedger facts = new HandBuiltLedger(ledger, clock);
    facts.move("2026-11-02T08:00:00Z", "X", "pi-X", DEAL, null, "DISCOVERY");
    facts.move("2026-11-02T18:00:00Z", "X", "pi-X", DEAL, "DISCOVERY", "PROPOSAL");
    facts.move("2026-11-03T14:00:00Z", "X", "pi-X", DEAL, "PROPOSAL", "CLOSED_WON");

    facts.move("2026-11-02T00:00:00Z", "Y", "pi-Y", DEAL, null, "DISCOVERY");
    facts.move("2026-11-03T06:00:00Z", "Y", "pi-Y", DEAL, "DISCOVERY", "EVALUATION");
    facts.move("2026-11-03T11:00:00Z", "Y", "pi-Y", DEAL, "EVALUATION", "CLOSED_LOST");

    // The lead waits on "Qualify lead" (EMEA hours, 9-17 Berlin) from Thursday 16:00 to Friday 10:00 in Berlin.
    facts.move("2026-11-05T15:00:00Z", "L", "pi-L", "lead-to-opportunity", null, "MQL");
    facts.at("2026-11-05T15:00:01Z", "L", "pi-L", "lead-to-opportunity", io.lifecycleops.ledger.LedgerEventType.HANDOFF_SENT,
        "MQL", "handoff", "QUALIFY_LEAD", "taskId", "t-L", "group", "sdr-emea");
    facts.at("2026-11-05T15:00:01Z", "L", "pi-L", "lead-to-opportunity", io.lifecycleops.ledger.LedgerEventType.SLA_STARTED,
        "MQL", "handoff", "QUALIFY_LEAD", "taskId", "t-L", "calendar", "EMEA");
    facts.move("2026-11-06T09:00:00Z", "L", "pi-L", "lead-to-opportunity", "MQL", "SAL");

    facts.move("2026-11-30T00:00:00Z", "Z", "pi-Z", DEAL, null, "DISCOVERY");
    facts.move("2026-12-01T00:00:00Z", "Z", "pi-Z", DEAL, "DISCOVERY", "EVALUATION");
  }

  private static MetricsPeriod november() {
    return MetricsPeriod.parse("2026-11-01", "2026-11-30", new FieldErrors());
  }

  @Test
  void stagesAStayLeftInThePeriodWithMedianNinetiethPercentileAndMean() {
    CycleTimeMetrics.Answer answer = cycleTimes.of(november(), null, null);

    assertThat(answer.stages()).extracting(CycleTimeMetrics.StageTime::process, CycleTimeMetrics.StageTime::stage,
            CycleTimeMetrics.StageTime::count, CycleTimeMetrics.StageTime::p50Hours, CycleTimeMetrics.StageTime::p90Hours,
            CycleTimeMetrics.StageTime::meanHours, CycleTimeMetrics.StageTime::p50BusinessHours)
        .containsExactly(
            tuple("lead-to-opportunity", "MQL", 1L, 18.0, 18.0, 18.0, 2.0),   // 16-17 on Thursday, 9-10 on Friday
            // 10 h and 30 h: the median between them, the 90th percentile 10 + 0.9 x 20.
            tuple(DEAL, "DISCOVERY", 2L, 20.0, 28.0, 20.0, null),   // no handoff: no business hours
            tuple(DEAL, "EVALUATION", 1L, 5.0, 5.0, 5.0, null),
            tuple(DEAL, "PROPOSAL", 1L, 20.0, 20.0, 20.0, null));
  }

  @Test
  void oneProcessOnlyAndNothingInAnEmptyPeriod() {
    assertThat(cycleTimes.of(november(), "lead-to-opportunity", null).stages())
        .singleElement().satisfies(s -> assertThat(s.stage()).isEqualTo("MQL"));
    assertThat(cycleTimes.of(MetricsPeriod.parse("2026-01-01", "2026-01-31", new FieldErrors()), null, null).stages()).isEmpty();
  }
}
