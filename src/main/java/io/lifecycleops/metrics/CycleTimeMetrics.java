package io.lifecycleops.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.lifecycleops.account.OpportunityStage;
import io.lifecycleops.ledger.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Time in stage: of the stays in a stage that ended in the period (a STAGE_ENTERED closed by its STAGE_LEFT, in one
 * process instance), per process and stage the count, median, 90th percentile and mean in calendar hours, and for
 * stays that waited on a handoff the median and 90th percentile in that handoff's business hours. Deal stages
 * (opportunity-to-close) included; a stage a deal skipped has no stay.
 */
@Component
class CycleTimeMetrics {

  /** Stages in lifecycle order, then deal stages in theirs. */
  private static final List<String> ORDER = Stream.concat(Arrays.stream(Stage.values()).map(Enum::name),
      Arrays.stream(OpportunityStage.values()).map(Enum::name)).distinct().toList();

  private final JdbcTemplate jdbc;

  CycleTimeMetrics(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Business hours only for stays that waited on a handoff (null where none did). */
  record StageTime(String process, String stage, long count, Double p50Hours, Double p90Hours, Double meanHours,
      Double p50BusinessHours, Double p90BusinessHours) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Answer(LocalDate from, LocalDate to, String process, String segment, List<StageTime> stages) implements CsvExport {

    @Override
    public List<String> csvHeader() {
      return List.of("process", "stage", "count", "p50Hours", "p90Hours", "meanHours", "p50BusinessHours", "p90BusinessHours");
    }

    @Override
    public List<List<Object>> csvRows() {
      return stages.stream().map(s -> Arrays.<Object>asList(s.process(), s.stage(), s.count(), s.p50Hours(), s.p90Hours(),
          s.meanHours(), s.p50BusinessHours(), s.p90BusinessHours())).toList();
    }
  }

  Answer of(MetricsPeriod period, String process, String segment) {
    StringBuilder where = new StringBuilder(" where left_at >= ? and left_at < ?");
    List<Object> args = new ArrayList<>(List.of(period.start(), period.end()));
    if (process != null) {
      where.append(" and process_key = ?");
      args.add(process);
    }
    if (segment != null) {
      where.append(" and segment = ?");
      args.add(segment);
    }
    List<StageTime> stages = new ArrayList<>(jdbc.query("select process_key, stage, count(*) as n,"
            + " percentile_cont(0.5) within group (order by hours) as p50,"
            + " percentile_cont(0.9) within group (order by hours) as p90, avg(hours) as mean,"
            + " percentile_cont(0.5) within group (order by business_hours) as p50b,"
            + " percentile_cont(0.9) within group (order by business_hours) as p90b"
            + " from metric_stage_visit" + where + " group by process_key, stage",
        (rs, n) -> new StageTime(rs.getString("process_key"), rs.getString("stage"), rs.getLong("n"),
            Ratios.column(rs, "p50", 2), Ratios.column(rs, "p90", 2), Ratios.column(rs, "mean", 2),
            Ratios.column(rs, "p50b", 2), Ratios.column(rs, "p90b", 2)),
        args.toArray()));
    stages.sort(Comparator.comparing((StageTime s) -> String.valueOf(s.process()))
        .thenComparing(s -> ORDER.contains(s.stage()) ? ORDER.indexOf(s.stage()) : ORDER.size())
        .thenComparing(StageTime::stage));
    return new Answer(period.from(), period.to(), process, segment, stages);
  }
}
