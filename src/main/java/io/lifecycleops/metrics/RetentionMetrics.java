package io.lifecycleops.metrics;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gross and net revenue retention in one currency (docs/metrics.md): starting ARR from the contracts whose term covers
 * the period's first day, whenever they were booked (plus those accounts' expansion deals running then); expansion,
 * contraction and
 * churn booked in the period for those accounts only, so a customer whose first contract starts inside the period
 * counts in neither.
 */
@Component
class RetentionMetrics {

  private final JdbcTemplate jdbc;
  private final java.time.Period openEndedExpansion;

  RetentionMetrics(JdbcTemplate jdbc,
      @org.springframework.beans.factory.annotation.Value("${lifecycle.metrics.retention.open-ended-expansion:P1Y}")
      java.time.Period openEndedExpansion) {
    this.jdbc = jdbc;
    this.openEndedExpansion = openEndedExpansion;
  }

  record Accounts(long starting, long churned) {}

  record Answer(LocalDate from, LocalDate to, String currency, BigDecimal startingArr, BigDecimal expansion,
      BigDecimal contraction, BigDecimal churn, Map<String, BigDecimal> churnByReason, Double grr, Double nrr,
      Accounts accounts) implements CsvExport {

    @Override
    public List<String> csvHeader() {
      return List.of("measure", "reason", "value");
    }

    @Override
    public List<List<Object>> csvRows() {
      List<List<Object>> rows = new ArrayList<>();
      rows.add(Arrays.asList("startingArr", null, startingArr));
      rows.add(Arrays.asList("expansion", null, expansion));
      rows.add(Arrays.asList("contraction", null, contraction));
      rows.add(Arrays.asList("churn", null, churn));
      churnByReason.forEach((reason, amount) -> rows.add(Arrays.asList("churnByReason", reason, amount)));
      rows.add(Arrays.asList("grr", null, grr));
      rows.add(Arrays.asList("nrr", null, nrr));
      rows.add(Arrays.asList("startingAccounts", null, accounts.starting()));
      rows.add(Arrays.asList("churnedAccounts", null, accounts.churned()));
      return rows;
    }
  }

  private static final String STARTING_ACCOUNTS =
      "select account_id from contract where currency = ? and term_start <= ? and term_end >= ?";

  Answer of(MetricsPeriod period, String currency) {
    Date first = Date.valueOf(period.from());
    // Expansion deals of the starting accounts running on the first day; one without an end (booked while the
    // account had no active contract) runs lifecycle.metrics.retention.open-ended-expansion.
    Map<String, Object> starting = jdbc.queryForMap("select coalesce(sum(arr), 0) as arr from (select arr from contract"
            + " where currency = ? and term_start <= ? and term_end >= ? union all select arr from metric_revenue"
            + " where currency = ? and kind = 'EXPANSION' and source = 'EXPANSION_DEAL' and period_start <= ?"
            + " and (period_end >= ? or period_end is null and period_start > ?) and account_id in (" + STARTING_ACCOUNTS + "))"
            + " running", currency, first, first, currency, first, first, Date.valueOf(period.from().minus(openEndedExpansion)), currency,
        first, first);
    long startingAccounts = jdbc.queryForObject("select count(distinct account_id) from contract where currency = ?"
        + " and term_start <= ? and term_end >= ?", Long.class, currency, first, first);
    BigDecimal startingArr = money(starting.get("arr"));
    Map<String, BigDecimal> byKind = new LinkedHashMap<>(Map.of("EXPANSION", BigDecimal.ZERO.setScale(2),
        "CONTRACTION", BigDecimal.ZERO.setScale(2), "CHURN", BigDecimal.ZERO.setScale(2)));
    Map<String, BigDecimal> churnByReason = new LinkedHashMap<>();
    jdbc.query("select kind, reason, sum(arr) as arr from metric_revenue where currency = ? and booked_at >= ? and booked_at < ?"
            + " and kind in ('EXPANSION', 'CONTRACTION', 'CHURN') and account_id in (" + STARTING_ACCOUNTS + ")"
            + " group by kind, reason order by kind, reason",
        rs -> {
          BigDecimal amount = money(rs.getBigDecimal("arr"));
          byKind.merge(rs.getString("kind"), amount, BigDecimal::add);
          if ("CHURN".equals(rs.getString("kind"))) {
            churnByReason.merge(rs.getString("reason") == null ? "UNKNOWN" : rs.getString("reason"), amount, BigDecimal::add);
          }
        }, currency, period.start(), period.end(), currency, first, first);
    long churned = jdbc.queryForObject("select count(distinct account_id) from metric_revenue where currency = ?"
            + " and booked_at >= ? and booked_at < ? and kind = 'CHURN' and account_id in (" + STARTING_ACCOUNTS + ")",
        Long.class, currency, period.start(), period.end(), currency, first, first);
    BigDecimal expansion = byKind.get("EXPANSION");
    BigDecimal contraction = byKind.get("CONTRACTION");
    BigDecimal churn = byKind.get("CHURN");
    double start = startingArr.doubleValue();
    Double grr = Ratios.of(start - contraction.doubleValue() - churn.doubleValue(), start);
    Double nrr = Ratios.of(start + expansion.doubleValue() - contraction.doubleValue() - churn.doubleValue(), start);
    return new Answer(period.from(), period.to(), currency, startingArr, expansion, contraction, churn, churnByReason,
        grr == null ? null : Math.max(0, grr), nrr == null ? null : Math.max(0, nrr),
        new Accounts(startingAccounts, churned));
  }

  private static BigDecimal money(Object value) {
    return value == null ? BigDecimal.ZERO.setScale(2) : new BigDecimal(String.valueOf(value)).setScale(2,
        java.math.RoundingMode.HALF_UP);
  }
}
