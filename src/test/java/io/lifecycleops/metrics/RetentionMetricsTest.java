package io.lifecycleops.metrics;

import static io.lifecycleops.ledger.LedgerEventType.REVENUE;
import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.ledger.LifecycleLedger;
import io.lifecycleops.ownership.AccountDirectory;
import io.lifecycleops.support.ProcessTest;
import io.lifecycleops.support.TestClock;
import io.lifecycleops.web.FieldErrors;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Retention for the first half of 2026 on hand-built contracts and revenue, in EUR: A renews with a 20k uplift; B
 * renews with a 10k downsell; C expands by a 5k deal in January, then churns its 30k contract (PRICE) in February; D's
 * first contract starts in February (a new customer: excluded, its expansion too); F was imported today with a
 * contract that began in 2025. E pays in USD.
 */
@ProcessTest
class RetentionMetricsTest {

  @Autowired RetentionMetrics retention;
  @Autowired LifecycleLedger ledger;
  @Autowired TestClock clock;
  @Autowired JdbcTemplate jdbc;
  @Autowired AccountDirectory accounts;
  HandBuiltLedger facts;

  @BeforeEach
  void firstHalf() {
    HandBuiltLedger.clear(jdbc);
    facts = new HandBuiltLedger(ledger, clock);
    contract("A", "EUR", 100000, "2025-07-01", "2026-06-30");
    revenue("A", "2026-06-30T12:00:00Z", "RENEWAL", 120000, "EUR", "contractId", "ctr-A", "previousArr", 100000);
    revenue("A", "2026-06-30T12:00:00Z", "EXPANSION", 20000, "EUR", "contractId", "ctr-A", "source", "RENEWAL_UPLIFT");
    contract("B", "EUR", 50000, "2025-10-01", "2026-09-30");
    revenue("B", "2026-05-15T12:00:00Z", "RENEWAL", 40000, "EUR", "contractId", "ctr-B");
    revenue("B", "2026-05-15T12:00:00Z", "CONTRACTION", 10000, "EUR", "contractId", "ctr-B");
    contract("C", "EUR", 30000, "2025-03-01", "2026-02-28");
    revenue("C", "2026-01-15T12:00:00Z", "EXPANSION", 5000, "EUR", "source", "EXPANSION_DEAL", "periodStart", "2026-01-15",
        "periodEnd", "2026-02-28");
    revenue("C", "2026-02-28T12:00:00Z", "CHURN", 30000, "EUR", "contractId", "ctr-C", "reason", "PRICE");
    contract("D", "EUR", 40000, "2026-02-01", "2027-01-31");
    revenue("D", "2026-04-01T12:00:00Z", "EXPANSION", 10000, "EUR", "source", "EXPANSION_DEAL", "periodStart", "2026-04-01",
        "periodEnd", "2027-01-31");
    contract("E", "USD", 70000, "2025-06-01", "2026-05-31");
    contract("F", "EUR", 60000, "2025-01-01", "2026-12-31");   // booked today, whenever its term began
  }

  private void contract(String account, String currency, int arr, String start, String end) {
    String accountId = "acct-ret-" + account;
    accounts.ensure(accountId, "Customer " + account, null, null);
    jdbc.update("insert into contract (id, account_id, arr, currency, term_start, term_end, status, created_at)"
            + " values (?, ?, ?, ?, ?, ?, 'ACTIVE', ?)", "ctr-" + account, accountId, BigDecimal.valueOf(arr), currency,
        Date.valueOf(LocalDate.parse(start)), Date.valueOf(LocalDate.parse(end)), Timestamp.from(Instant.now()));
  }

  private void revenue(String account, String at, String kind, int arr, String currency, Object... more) {
    Object[] details = new Object[8 + more.length];
    Object[] base = {"kind", kind, "arr", BigDecimal.valueOf(arr).setScale(2), "currency", currency, "periodStart",
        at.substring(0, 10)};
    System.arraycopy(base, 0, details, 0, 8);
    System.arraycopy(more, 0, details, 8, more.length);
    facts.at(at, "acct-ret-" + account, "pi-rev-" + account, "renewal", REVENUE, "RENEWED", details);
  }

  private static MetricsPeriod period(String from, String to) {
    return MetricsPeriod.parse(from, to, new FieldErrors());
  }

  @Test
  void grossAndNetRetentionOfTheCustomersAtThePeriodsStart() {
    RetentionMetrics.Answer eur = retention.of(period("2026-01-01", "2026-06-30"), "EUR");

    assertThat(eur.startingArr()).isEqualByComparingTo("240000");     // A 100k + B 50k + C 30k + F 60k
    assertThat(eur.expansion()).isEqualByComparingTo("25000");        // A's uplift + C's deal, not D's
    assertThat(eur.contraction()).isEqualByComparingTo("10000");
    assertThat(eur.churn()).isEqualByComparingTo("30000");
    assertThat(eur.churnByReason()).containsOnlyKeys("PRICE");
    assertThat(eur.churnByReason().get("PRICE")).isEqualByComparingTo("30000");
    assertThat(eur.grr()).isEqualTo(0.8333);                          // (240 - 10 - 30) / 240
    assertThat(eur.nrr()).isEqualTo(0.9375);                          // (240 + 25 - 10 - 30) / 240
    assertThat(eur.accounts()).isEqualTo(new RetentionMetrics.Accounts(4, 1));
  }

  @Test
  void eachCurrencyIsItsOwnAnswer() {
    RetentionMetrics.Answer usd = retention.of(period("2026-01-01", "2026-06-30"), "USD");

    assertThat(usd.startingArr()).isEqualByComparingTo("70000");
    assertThat(usd.grr()).isEqualTo(1.0);
    assertThat(usd.nrr()).isEqualTo(1.0);
  }

  @Test
  void anExpansionDealRunningAtThePeriodsStartIsStartingArr() {
    RetentionMetrics.Answer february = retention.of(period("2026-02-01", "2026-02-28"), "EUR");

    // A, B, C with its January deal, D (its contract starts on the 1st), F; C churns.
    assertThat(february.startingArr()).isEqualByComparingTo("285000");
    assertThat(february.churn()).isEqualByComparingTo("30000");
    assertThat(february.expansion()).isEqualByComparingTo("0");
  }

  @Test
  void withoutCustomersAtTheStartThereIsNoRate() {
    RetentionMetrics.Answer before = retention.of(period("2020-01-01", "2020-12-31"), "EUR");

    assertThat(before.startingArr()).isEqualByComparingTo("0");
    assertThat(before.grr()).isNull();
    assertThat(before.nrr()).isNull();
    assertThat(before.churnByReason()).isEqualTo(Map.of());
  }

  @Test
  void anExpansionDealWithoutAnEndIsNoStartingArrOnceTheAccountHasNoContract() {
    revenue("C", "2026-07-15T12:00:00Z", "EXPANSION", 5000, "EUR", "source", "EXPANSION_DEAL", "periodStart", "2026-07-15");

    RetentionMetrics.Answer later = retention.of(period("2028-01-01", "2028-01-31"), "EUR");

    assertThat(later.startingArr()).isEqualByComparingTo("0");
    assertThat(later.accounts().starting()).isZero();
  }
}
