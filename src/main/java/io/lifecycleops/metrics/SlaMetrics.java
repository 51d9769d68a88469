package io.lifecycleops.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * SLA attainment per handoff, team or assignee: of the handoffs completed in the period, how many met their deadline
 * (as it stood when they were done: extended by a manager, moved by a pause), their response in business minutes,
 * how many were escalated and how fast escalations raised in the period were resolved; and the handoffs open now by
 * state. A cancelled handoff (its process moved on) is neither met nor missed nor open.
 */
@Component
class SlaMetrics {

  /** The row kinds and the expression that names a handoff's row: who finished it, or who holds it now. */
  static final Map<String, String[]> GROUP_BY = Map.of(
      "handoff", new String[] {"h.handoff", "h.handoff"},
      "group", new String[] {"h.team", "h.team"},
      "assignee", new String[] {"coalesce(h.completed_by, h.assignee)", "h.assignee"});

  /**
   * The state of an open handoff (neither done nor cancelled) at the instant bound twice to its parameters: paused
   * (the customer has the ball), breached (past its deadline), warned (past its warning), else on_time.
   */
  static final String OPEN_STATE = "case when h.paused_at is not null then 'paused' when h.due_at <= ? then 'breached'"
      + " when h.warning_at <= ? then 'warned' else 'on_time' end";
  static final String OPEN = "h.completed_at is null and h.cancelled_at is null";

  private final JdbcTemplate jdbc;
  private final Clock clock;

  SlaMetrics(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  record Open(long onTime, long warned, long breached, long paused) {}

  record Row(String key, long completed, long met, long missed, Double attainment, Double p50ResponseMinutes,
      Double p90ResponseMinutes, long escalationsRaised, Double escalationRate, Double p50EscalationResolveMinutes, Open open) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Answer(LocalDate from, LocalDate to, String groupBy, List<Row> rows) implements CsvExport {

    @Override
    public List<String> csvHeader() {
      return List.of(groupBy, "completed", "met", "missed", "attainment", "p50ResponseMinutes", "p90ResponseMinutes",
          "escalationsRaised", "escalationRate", "p50EscalationResolveMinutes", "openOnTime", "openWarned", "openBreached",
          "openPaused");
    }

    @Override
    public List<List<Object>> csvRows() {
      return rows.stream().map(r -> Arrays.<Object>asList(r.key(), r.completed(), r.met(), r.missed(), r.attainment(),
          r.p50ResponseMinutes(), r.p90ResponseMinutes(), r.escalationsRaised(), r.escalationRate(),
          r.p50EscalationResolveMinutes(), r.open().onTime(), r.open().warned(), r.open().breached(), r.open().paused()))
          .toList();
    }
  }

  private static final class Tally {
    long completed, met, missed, escalated, raised, onTime, warned, breached, paused;
    Double p50, p90, p50Resolve;
  }

  Answer of(MetricsPeriod period, String groupBy) {
    String done = GROUP_BY.get(groupBy)[0];
    String now = GROUP_BY.get(groupBy)[1];
    Map<String, Tally> rows = new TreeMap<>();
    jdbc.query("select " + done + " as k, count(*) as n, sum(case when h.met then 1 else 0 end) as met,"
            + " sum(case when h.escalations > 0 then 1 else 0 end) as escalated,"
            + " percentile_cont(0.5) within group (order by h.response_business_minutes) as p50,"
            + " percentile_cont(0.9) within group (order by h.response_business_minutes) as p90"
            + " from metric_handoff h where h.completed_at >= ? and h.completed_at < ? group by " + done,
        rs -> {
          Tally t = rows.computeIfAbsent(key(rs.getString("k")), k -> new Tally());
          t.completed = rs.getLong("n");
          t.met = rs.getLong("met");
          t.missed = t.completed - t.met;
          t.escalated = rs.getLong("escalated");
          t.p50 = Ratios.column(rs, "p50", 1);
          t.p90 = Ratios.column(rs, "p90", 1);
        }, period.start(), period.end());
    jdbc.query("select " + done + " as k, count(*) as n from metric_escalation e join metric_handoff h on h.task_id = e.task_id"
            + " where e.raised_at >= ? and e.raised_at < ? group by " + done,
        rs -> {
          rows.computeIfAbsent(key(rs.getString("k")), k -> new Tally()).raised = rs.getLong("n");
        }, period.start(), period.end());
    // An escalation closed because its process ended was not resolved by anyone: not a resolution time.
    jdbc.query("select " + done + " as k, percentile_cont(0.5) within group (order by e.resolve_minutes) as p50"
            + " from metric_escalation e join metric_handoff h on h.task_id = e.task_id where e.resolved_at >= ?"
            + " and e.resolved_at < ? and e.resolution <> 'CLOSED_WITH_PROCESS' group by " + done,
        rs -> {
          rows.computeIfAbsent(key(rs.getString("k")), k -> new Tally()).p50Resolve = Ratios.column(rs, "p50", 1);
        }, period.start(), period.end());
    Timestamp at = Timestamp.from(clock.instant());
    jdbc.query("select k, state, count(*) as n from (select " + now + " as k, " + OPEN_STATE + " as state"
            + " from metric_handoff h where " + OPEN + ") open_handoff group by k, state",
        rs -> {
          Tally t = rows.computeIfAbsent(key(rs.getString("k")), k -> new Tally());
          long n = rs.getLong("n");
          switch (rs.getString("state")) {
            case "paused" -> t.paused = n;
            case "breached" -> t.breached = n;
            case "warned" -> t.warned = n;
            default -> t.onTime = n;
          }
        }, at, at);
    List<Row> answer = new ArrayList<>();
    rows.forEach((key, t) -> answer.add(new Row(key, t.completed, t.met, t.missed, Ratios.of(t.met, t.completed),
        t.completed == 0 ? null : t.p50, t.completed == 0 ? null : t.p90, t.raised, Ratios.of(t.escalated, t.completed),
        t.p50Resolve, new Open(t.onTime, t.warned, t.breached, t.paused))));
    return new Answer(period.from(), period.to(), groupBy, answer);
  }

  private static String key(String value) {
    return value == null ? "NONE" : value;
  }
}
