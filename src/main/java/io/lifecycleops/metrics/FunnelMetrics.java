package io.lifecycleops.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The lead funnel as a cohort: of the MQLs that entered in the period (one per lead-to-opportunity instance), how
 * many reached SQL, an opportunity and a won deal by now, and how many were recycled or disqualified.
 */
@Component
class FunnelMetrics {

  /** The dimensions a funnel can be cut or filtered by, and their column in metric_lead. */
  static final List<String> DIMENSIONS = List.of("segment", "region", "source");
  static final List<String> STAGES = List.of("MQL", "SQL", "OPPORTUNITY", "CLOSED_WON");

  private final JdbcTemplate jdbc;

  FunnelMetrics(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  record Stage(String stage, long count, Double conversionFromPrevious) {}

  record Funnel(String group, List<Stage> stages, long recycled, long disqualified) {}

  /** One funnel ({@code stages}, {@code recycled}, {@code disqualified}), or one per value of {@code groupBy}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Answer(LocalDate from, LocalDate to, Map<String, String> filters, String groupBy, List<Stage> stages, Long recycled,
      Long disqualified, List<Funnel> groups) implements CsvExport {

    @Override
    public List<String> csvHeader() {
      return List.of("group", "stage", "count", "conversionFromPrevious");
    }

    @Override
    public List<List<Object>> csvRows() {
      List<List<Object>> rows = new ArrayList<>();
      for (Funnel funnel : groups != null ? groups : List.of(new Funnel(null, stages, recycled, disqualified))) {
        funnel.stages().forEach(s -> rows.add(java.util.Arrays.asList(funnel.group(), s.stage(), s.count(),
            s.conversionFromPrevious())));
        rows.add(java.util.Arrays.asList(funnel.group(), "RECYCLED", funnel.recycled(), null));
        rows.add(java.util.Arrays.asList(funnel.group(), "DISQUALIFIED", funnel.disqualified(), null));
      }
      return rows;
    }
  }

  /** {@code filters}: dimension -> value (only known dimensions); {@code groupBy}: a dimension or null for one funnel. */
  Answer of(MetricsPeriod period, Map<String, String> filters, String groupBy) {
    StringBuilder where = new StringBuilder(" where mql_at >= ? and mql_at < ?");
    List<Object> args = new ArrayList<>(List.of(period.start(), period.end()));
    filters.forEach((dimension, value) -> {
      where.append(" and ").append(column(dimension)).append(" = ?");
      args.add(value);
    });
    String group = groupBy == null ? "'all'" : "coalesce(" + column(groupBy) + ", 'UNKNOWN')";
    List<Funnel> funnels = jdbc.query("select " + group + " as grp, count(*) as mql, count(sql_at) as sqls,"
            + " count(opportunity_at) as opportunities, count(closed_won_at) as won, count(recycled_at) as recycled,"
            + " count(disqualified_at) as disqualified from metric_lead" + where
            + (groupBy == null ? "" : " group by " + group + " order by 1"),
        (rs, n) -> funnel(groupBy == null ? null : rs.getString("grp"), rs.getLong("mql"), rs.getLong("sqls"),
            rs.getLong("opportunities"), rs.getLong("won"), rs.getLong("recycled"), rs.getLong("disqualified")),
        args.toArray());
    if (groupBy == null && funnels.isEmpty()) {
      funnels = List.of(funnel(null, 0, 0, 0, 0, 0, 0));
    }
    if (groupBy == null) {
      Funnel all = funnels.get(0);
      return new Answer(period.from(), period.to(), filters, null, all.stages(), all.recycled(), all.disqualified(), null);
    }
    return new Answer(period.from(), period.to(), filters, groupBy, null, null, null, funnels);
  }

  private static Funnel funnel(String group, long mql, long sql, long opportunity, long won, long recycled, long disqualified) {
    long[] counts = {mql, sql, opportunity, won};
    List<Stage> stages = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      stages.add(new Stage(STAGES.get(i), counts[i], i == 0 ? null : Ratios.of(counts[i], counts[i - 1])));
    }
    return new Funnel(group, stages, recycled, disqualified);
  }

  /** The column of a dimension: only names from {@link #DIMENSIONS} reach SQL. */
  private static String column(String dimension) {
    if (!DIMENSIONS.contains(dimension)) {
      throw new IllegalArgumentException("not a funnel dimension: " + dimension);
    }
    return dimension;
  }
}
