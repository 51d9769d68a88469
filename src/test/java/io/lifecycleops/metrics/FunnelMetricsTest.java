package io.lifecycleops.metrics;

import static io.lifecycleops.ledger.LedgerEventType.LEAD_SCORED;
import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.ledger.LifecycleLedger;
import io.lifecycleops.support.ProcessTest;
import io.lifecycleops.support.TestClock;
import io.lifecycleops.web.FieldErrors;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The funnel on a hand-built ledger of October's MQLs: A (enterprise, webinar) is won; B (SMB, webinar) is recycled;
 * C (enterprise, ads) is disqualified; D (enterprise, its account already owned) goes straight to an opportunity,
 * which is not won yet; E entered in September.
 */
@ProcessTest
class FunnelMetricsTest {

  static final String LEAD = "lead-to-opportunity";
  static final String DEAL = "opportunity-to-close";

  @Autowired FunnelMetrics funnel;
  @Autowired LifecycleLedger ledger;
  @Autowired TestClock clock;
  @Autowired JdbcTemplate jdbc;
  HandBuiltLedger facts;

  @BeforeEach
  void october() {
    HandBuiltLedger.clear(jdbc);
    facts = new HandBuiltLedger(ledger, clock);
    lead("A", "2026-10-01T09:00:00Z", "ENTERPRISE", "EMEA", "webinar");
    facts.move("2026-10-02T09:00:00Z", "A", "pi-A", LEAD, "MQL", "SAL");
    facts.move("2026-10-02T09:00:00Z", "A", "pi-A", LEAD, "SAL", "SQL");
    facts.move("2026-10-03T09:00:00Z", "A", "pi-A", LEAD, "SQL", "OPPORTUNITY", "opportunityId", "opp-A");
    facts.move("2026-10-03T09:05:00Z", "opp-A", "pi-deal-A", DEAL, null, "DISCOVERY");
    facts.move("2026-11-20T09:00:00Z", "opp-A", "pi-deal-A", DEAL, "DISCOVERY", "CLOSED_WON", "opportunityId", "opp-A");

    lead("B", "2026-10-05T09:00:00Z", "SMB", "AMER", "webinar");
    facts.move("2026-10-06T09:00:00Z", "B", "pi-B", LEAD, "MQL", "NURTURE", "reason", "NOT_NOW");

    lead("C", "2026-10-10T09:00:00Z", "ENTERPRISE", "AMER", "ads");
    facts.move("2026-10-11T09:00:00Z", "C", "pi-C", LEAD, "MQL", "DISQUALIFIED", "reason", "NO_BUDGET");

    lead("D", "2026-10-31T23:59:00Z", "ENTERPRISE", "EMEA", "ads");
    facts.move("2026-11-01T10:00:00Z", "D", "pi-D", LEAD, "MQL", "OPPORTUNITY", "opportunityId", "opp-D");

    lead("E", "2026-09-30T23:59:00Z", "ENTERPRISE", "EMEA", "webinar");
    facts.move("2026-10-01T10:00:00Z", "E", "pi-E", LEAD, "MQL", "SAL");
  }

  private void lead(String id, String at, String segment, String region, String source) {
    facts.move(at, id, "pi-" + id, LEAD, null, "MQL");
    facts.at(at, id, "pi-" + id, LEAD, LEAD_SCORED, "MQL", "segment", segment, "region", region, "source", source);
  }

  private static MetricsPeriod period(String from, String to) {
    return MetricsPeriod.parse(from, to, new FieldErrors());
  }

  @Test
  void ofOctobersMqlsHalfReachedSqlAndOneWasWon() {
    FunnelMetrics.Answer october = funnel.of(period("2026-10-01", "2026-10-31"), Map.of(), null);

    assertThat(october.stages()).extracting(FunnelMetrics.Stage::stage, FunnelMetrics.Stage::count,
            FunnelMetrics.Stage::conversionFromPrevious)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("MQL", 4L, null),
            org.assertj.core.groups.Tuple.tuple("SQL", 2L, 0.5),          // A, and D with its opportunity
            org.assertj.core.groups.Tuple.tuple("OPPORTUNITY", 2L, 1.0),
            org.assertj.core.groups.Tuple.tuple("CLOSED_WON", 1L, 0.5));   // A, won in November: by now
    assertThat(october.recycled()).isEqualTo(1);
    assertThat(october.disqualified()).isEqualTo(1);
  }

  @Test
  void oneFunnelPerSegmentAndFiltersBySource() {
    FunnelMetrics.Answer bySegment = funnel.of(period("2026-10-01", "2026-10-31"), Map.of(), "segment");

    assertThat(bySegment.groups()).extracting(FunnelMetrics.Funnel::group).containsExactly("ENTERPRISE", "SMB");
    FunnelMetrics.Funnel enterprise = bySegment.groups().get(0);
    assertThat(enterprise.stages()).extracting(FunnelMetrics.Stage::count).containsExactly(3L, 2L, 2L, 1L);
    assertThat(enterprise.stages().get(1).conversionFromPrevious()).isEqualTo(0.6667);
    assertThat(enterprise.disqualified()).isEqualTo(1);
    assertThat(bySegment.groups().get(1).recycled()).isEqualTo(1);

    FunnelMetrics.Answer webinar = funnel.of(period("2026-10-01", "2026-10-31"), Map.of("source", "webinar"), null);
    assertThat(webinar.stages()).extracting(FunnelMetrics.Stage::count).containsExactly(2L, 1L, 1L, 1L);
  }

  @Test
  void anEmptyPeriodHasZeroCountsAndNoConversions() {
    FunnelMetrics.Answer empty = funnel.of(period("2025-01-01", "2025-01-31"), Map.of(), null);

    assertThat(empty.stages()).extracting(FunnelMetrics.Stage::count).containsExactly(0L, 0L, 0L, 0L);
    assertThat(empty.stages()).extracting(FunnelMetrics.Stage::conversionFromPrevious).containsOnlyNulls();
  }

  @Test
  void aSingleLeadIsAFunnelOfOne() {
    FunnelMetrics.Answer lastDay = funnel.of(period("2026-10-31", "2026-10-31"), Map.of(), null);

    assertThat(lastDay.stages()).extracting(FunnelMetrics.Stage::count).containsExactly(1L, 1L, 1L, 0L);
    assertThat(lastDay.stages().get(3).conversionFromPrevious()).isEqualTo(0.0);
  }

  @Test
  void aWinTheCrmReportsOnTheAccountCountsForTheLeadOnce() {
    facts.at("2026-12-01T09:00:00Z", "acct-D", "pi-onboarding-D", "closed-won-to-onboarding",
        io.lifecycleops.ledger.LedgerEventType.STAGE_ENTERED, "CLOSED_WON", "opportunityId", "opp-D");
    facts.at("2026-12-02T09:00:00Z", "acct-A", "pi-onboarding-A", "closed-won-to-onboarding",
        io.lifecycleops.ledger.LedgerEventType.STAGE_ENTERED, "CLOSED_WON", "opportunityId", "opp-A");

    assertThat(funnel.of(period("2026-10-01", "2026-10-31"), Map.of(), null).stages().get(3).count()).isEqualTo(2);
  }

  @Test
  void aLongSourceIsKeptAndFiltersTheFunnel() {
    String source = "partner-newsletter/" + "x".repeat(170);
    lead("F", "2026-10-20T09:00:00Z", "SMB", "EMEA", source);

    assertThat(funnel.of(period("2026-10-01", "2026-10-31"), Map.of("source", source), null).stages().get(0).count())
        .isEqualTo(1);
  }
}
