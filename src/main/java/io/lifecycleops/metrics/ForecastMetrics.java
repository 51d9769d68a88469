package io.lifecycleops.metrics;

import io.lifecycleops.account.OpportunityStage;
import io.lifecycleops.decision.Decisions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The deals closing in the period, per currency: open pipeline (close date in the period) by stage and by forecast
 * category, deals won in the period as CLOSED, the stage-weighted forecast sum(amount x P(won | stage)) and the
 * category rollups. P(won | stage) is the share of the deals that left the stage within the look-back and have closed
 * since that were won, once at least min-sample of them closed; before that, stage-probability's default.
 */
@Component
class ForecastMetrics {

  static final String DEFAULTS = "stage-probability";
  static final String DEAL_PROCESS = "opportunity-to-close";
  static final List<String> OPEN_STAGES = Arrays.stream(OpportunityStage.values()).filter(s -> !s.isClosed())
      .map(Enum::name).toList();

  private final JdbcTemplate jdbc;
  private final Decisions decisions;
  private final Clock clock;
  private final Duration lookBack;
  private final int minSample;

  ForecastMetrics(JdbcTemplate jdbc, Decisions decisions, Clock clock,
      @Value("${lifecycle.metrics.forecast.look-back:P365D}") Duration lookBack,
      @Value("${lifecycle.metrics.forecast.min-sample:20}") int minSample) {
    this.jdbc = jdbc;
    this.decisions = decisions;
    this.clock = clock;
    this.lookBack = lookBack;
    this.minSample = minSample;
  }

  /** Where a stage's win probability came from: the deals' own history, or the table's default. */
  record Probability(String stage, double probability, String source, long sampleSize, long won) {}

  record StageLine(String stage, long deals, BigDecimal amount, double probability, String probabilitySource,
      BigDecimal weighted) {}

  record CategoryLine(String category, long deals, BigDecimal amount) {}

  record Rollups(BigDecimal commit, BigDecimal bestCase, BigDecimal pipeline) {}

  record CurrencyForecast(String currency, List<StageLine> byStage, List<CategoryLine> byCategory, BigDecimal weightedForecast,
      Rollups rollups) {}

  record Answer(LocalDate from, LocalDate to, String owner, String segment, List<Probability> probabilities,
      List<CurrencyForecast> currencies) implements CsvExport {

    @Override
    public List<String> csvHeader() {
      return List.of("currency", "kind", "name", "deals", "amount", "probability", "probabilitySource", "weighted");
    }

    @Override
    public List<List<Object>> csvRows() {
      List<List<Object>> rows = new ArrayList<>();
      for (CurrencyForecast c : currencies) {
        c.byStage().forEach(s -> rows.add(Arrays.asList(c.currency(), "stage", s.stage(), s.deals(), s.amount(),
            s.probability(), s.probabilitySource(), s.weighted())));
        c.byCategory().forEach(k -> rows.add(Arrays.asList(c.currency(), "category", k.category(), k.deals(), k.amount(),
            null, null, null)));
        rows.add(Arrays.asList(c.currency(), "forecast", "weighted", null, null, null, null, c.weightedForecast()));
        rows.add(Arrays.asList(c.currency(), "rollup", "commit", null, c.rollups().commit(), null, null, null));
        rows.add(Arrays.asList(c.currency(), "rollup", "bestCase", null, c.rollups().bestCase(), null, null, null));
        rows.add(Arrays.asList(c.currency(), "rollup", "pipeline", null, c.rollups().pipeline(), null, null, null));
      }
      return rows;
    }
  }

  Answer of(MetricsPeriod period, String owner, String segment) {
    Map<String, Probability> probabilities = probabilities();
    StringBuilder filters = new StringBuilder();
    List<Object> filterArgs = new ArrayList<>();
    if (owner != null) {
      filters.append(" and owner = ?");
      filterArgs.add(owner);
    }
    if (segment != null) {
      filters.append(" and segment = ?");
      filterArgs.add(segment);
    }
    Map<String, Map<String, Object[]>> stages = new TreeMap<>();      // currency -> stage -> {deals, amount}
    Map<String, Map<String, Object[]>> categories = new TreeMap<>();  // currency -> category -> {deals, amount}
    List<Object> open = new ArrayList<>(List.of(Date.valueOf(period.from()), Date.valueOf(period.to())));
    open.addAll(filterArgs);
    jdbc.query("select coalesce(currency, 'NONE') as currency, stage, coalesce(forecast_category, 'PIPELINE') as category,"
            + " count(*) as deals, coalesce(sum(amount), 0) as amount from opportunity where stage in ("
            + placeholders(OPEN_STAGES.size()) + ") and close_date >= ? and close_date <= ?" + filters
            + " group by coalesce(currency, 'NONE'), stage, coalesce(forecast_category, 'PIPELINE')",
        rs -> {
          add(stages, rs.getString("currency"), rs.getString("stage"), rs.getLong("deals"), rs.getBigDecimal("amount"));
          add(categories, rs.getString("currency"), rs.getString("category"), rs.getLong("deals"), rs.getBigDecimal("amount"));
        }, concat(OPEN_STAGES, open));
    // Won when the deal first entered CLOSED_WON here (a later CRM report moves closed_at, never earlier), else when the
    // CRM closed it; closed_at is never before the win, so it narrows the candidates.
    List<Object> won = new ArrayList<>(List.of(DEAL_PROCESS, period.start()));
    won.addAll(filterArgs);
    won.addAll(List.of(period.start(), period.end()));
    jdbc.query("select coalesce(currency, 'NONE') as currency, count(*) as deals, coalesce(sum(amount), 0) as amount"
            + " from (select o.currency, o.amount, coalesce((select min(v.entered_at) from metric_stage_visit v"
            + " where v.subject = o.id and v.process_key = ? and v.stage = 'CLOSED_WON'), o.closed_at) as won_at"
            + " from opportunity o where o.stage = 'CLOSED_WON' and o.closed_at >= ?" + filters + ") won"
            + " where won_at >= ? and won_at < ? group by coalesce(currency, 'NONE')",
        rs -> {
          add(categories, rs.getString("currency"), "CLOSED", rs.getLong("deals"), rs.getBigDecimal("amount"));
          stages.computeIfAbsent(rs.getString("currency"), c -> new LinkedHashMap<>());
        }, won.toArray());
    List<CurrencyForecast> currencies = new ArrayList<>();
    for (String currency : stages.keySet()) {
      List<StageLine> byStage = new ArrayList<>();
      BigDecimal weighted = money(BigDecimal.ZERO);
      for (String stage : OPEN_STAGES) {
        Object[] line = stages.get(currency).get(stage);
        if (line == null) {
          continue;
        }
        Probability p = probabilities.get(stage);
        BigDecimal amount = money((BigDecimal) line[1]);
        BigDecimal stageWeighted = money(amount.multiply(BigDecimal.valueOf(p.probability())));
        weighted = weighted.add(stageWeighted);
        byStage.add(new StageLine(stage, (long) line[0], amount, p.probability(), p.source(), stageWeighted));
      }
      Map<String, Object[]> byCategory = categories.getOrDefault(currency, Map.of());
      List<CategoryLine> categoryLines = new ArrayList<>();
      for (String category : List.of("CLOSED", "COMMIT", "BEST_CASE", "PIPELINE", "OMITTED")) {
        Object[] line = byCategory.get(category);
        categoryLines.add(new CategoryLine(category, line == null ? 0 : (long) line[0],
            line == null ? money(BigDecimal.ZERO) : money((BigDecimal) line[1])));
      }
      BigDecimal closed = categoryLines.get(0).amount();
      BigDecimal commit = closed.add(categoryLines.get(1).amount());
      BigDecimal bestCase = commit.add(categoryLines.get(2).amount());
      currencies.add(new CurrencyForecast(currency, byStage, categoryLines, weighted,
          new Rollups(commit, bestCase, bestCase.add(categoryLines.get(3).amount()))));
    }
    return new Answer(period.from(), period.to(), owner, segment, List.copyOf(probabilities.values()), currencies);
  }

  /** P(won | stage) for every open stage, from the look-back's closed deals or the table. */
  Map<String, Probability> probabilities() {
    Map<String, long[]> history = new LinkedHashMap<>();
    jdbc.query("select v.stage, count(distinct v.subject) as closed,"
            + " count(distinct case when o.stage = 'CLOSED_WON' then v.subject end) as won"
            + " from metric_stage_visit v join opportunity o on o.id = v.subject"
            + " where v.process_key = ? and v.left_at >= ? and o.stage in ('CLOSED_WON', 'CLOSED_LOST') group by v.stage",
        rs -> {
          history.put(rs.getString("stage"), new long[] {rs.getLong("closed"), rs.getLong("won")});
        }, DEAL_PROCESS, Timestamp.from(clock.instant().minus(lookBack)));
    Map<String, Probability> probabilities = new LinkedHashMap<>();
    for (String stage : OPEN_STAGES) {
      long[] seen = history.getOrDefault(stage, new long[] {0, 0});
      if (seen[0] >= minSample) {
        probabilities.put(stage, new Probability(stage, Ratios.of(seen[1], seen[0]), "HISTORY", seen[0], seen[1]));
      } else {
        Number fallback = (Number) decisions.required(DEFAULTS, Map.of("stage", stage)).get("probability");
        probabilities.put(stage, new Probability(stage, fallback.doubleValue(), "TABLE", seen[0], seen[1]));
      }
    }
    return probabilities;
  }

  private static void add(Map<String, Map<String, Object[]>> into, String currency, String key, long deals, BigDecimal amount) {
    Object[] line = into.computeIfAbsent(currency, c -> new LinkedHashMap<>()).computeIfAbsent(key,
        k -> new Object[] {0L, BigDecimal.ZERO});
    line[0] = (long) line[0] + deals;
    line[1] = ((BigDecimal) line[1]).add(amount == null ? BigDecimal.ZERO : amount);
  }

  private static BigDecimal money(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP);
  }

  private static String placeholders(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

  private static Object[] concat(List<?> first, List<?> second) {
    List<Object> all = new ArrayList<>(first);
    all.addAll(second);
    return all.toArray();
  }
}
