package io.lifecycleops.metrics;

import io.lifecycleops.decision.Decisions;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What is stuck now, oldest first: handoffs past their deadline (not paused, not done) and open deals past their
 * stage's stale-stage limit, with who holds them, how late, and where to open them (the Cockpit instance, the
 * Tasklist task).
 */
@Component
class StuckWork {

  static final String STALE_STAGE = "stale-stage";

  private final JdbcTemplate jdbc;
  private final Decisions decisions;
  private final Clock clock;
  private final String baseUrl;

  StuckWork(JdbcTemplate jdbc, Decisions decisions, Clock clock, @Value("${lifecycle.base-url}") String baseUrl) {
    this.jdbc = jdbc;
    this.decisions = decisions;
    this.clock = clock;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** One stuck thing: a HANDOFF (its task) or a DEAL (its stage). */
  record Item(String kind, String name, String subject, String owner, String team, Instant lateSince, long minutesLate,
      String cockpit, String tasklist) {}

  record Answer(Instant at, java.time.LocalDate from, java.time.LocalDate to, int limit, List<Item> items) implements CsvExport {

    @Override
    public List<String> csvHeader() {
      return List.of("kind", "name", "subject", "owner", "team", "lateSince", "minutesLate", "cockpit", "tasklist");
    }

    @Override
    public List<List<Object>> csvRows() {
      return items.stream().map(i -> Arrays.<Object>asList(i.kind(), i.name(), i.subject(), i.owner(), i.team(), i.lateSince(),
          i.minutesLate(), i.cockpit(), i.tasklist())).toList();
    }
  }

  /** Everything late now, or ({@code period} not null) what became late within the period and still is. */
  Answer now(MetricsPeriod period, int limit) {
    Instant now = clock.instant();
    Instant from = period == null ? Instant.EPOCH : period.start().toInstant();
    Instant to = period == null || period.end().toInstant().isAfter(now) ? now : period.end().toInstant();
    List<Item> items = new ArrayList<>(jdbc.query("select task_id, process_instance_id, subject, handoff, team, assignee, due_at"
            + " from metric_handoff where completed_at is null and cancelled_at is null and paused_at is null and due_at >= ?"
            + " and due_at < ? order by due_at fetch first " + limit + " rows only",
        (rs, n) -> {
          Instant due = rs.getTimestamp("due_at").toInstant();
          return new Item("HANDOFF", rs.getString("handoff"), rs.getString("subject"), rs.getString("assignee"),
              rs.getString("team"), due, Duration.between(due, now).toMinutes(), cockpit(rs.getString("process_instance_id")),
              baseUrl + "/camunda/app/tasklist/default/#/?task=" + rs.getString("task_id"));
        }, Timestamp.from(from), Timestamp.from(to)));
    items.addAll(staleDeals(now, from, to, limit));
    items.sort(Comparator.comparing(Item::lateSince));
    return new Answer(now, period == null ? null : period.from(), period == null ? null : period.to(), limit,
        List.copyOf(items.subList(0, Math.min(limit, items.size()))));
  }

  /**
   * Deals still in an open stage whose stale clock (from entering it, or from the manager's last review of it as
   * stalled) started longer ago than stale-stage allows for the stage and the deal's segment.
   */
  private List<Item> staleDeals(Instant now, Instant from, Instant to, int limit) {
    List<Item> stale = new ArrayList<>();
    Map<String, Duration> limits = new HashMap<>();
    List<Map<String, Object>> kinds = jdbc.queryForList("select distinct stage, segment from opportunity"
        + " where stage in (" + String.join(", ", java.util.Collections.nCopies(ForecastMetrics.OPEN_STAGES.size(), "?"))
        + ")", ForecastMetrics.OPEN_STAGES.toArray());
    for (Map<String, Object> kind : kinds) {
      String stage = (String) kind.get("stage");
      String segment = (String) kind.get("segment");
      Map<String, Object> facts = new HashMap<>();
      facts.put("stage", stage);
      facts.put("segment", segment);
      Duration days = limits.computeIfAbsent(stage + "/" + segment, k -> Duration.ofDays(
          ((Number) decisions.required(STALE_STAGE, facts).get("staleAfterDays")).longValue()));
      List<Object> args = new ArrayList<>(List.of(ForecastMetrics.DEAL_PROCESS, stage));
      if (segment != null) {
        args.add(segment);
      }
      args.addAll(List.of(Timestamp.from(from.minus(days)), Timestamp.from(to.minus(days))));
      stale.addAll(jdbc.query("select v.subject, v.process_instance_id, v.stale_since, o.owner from metric_stage_visit v"
              + " join opportunity o on o.id = v.subject and o.stage = v.stage where v.process_key = ? and v.stage = ?"
              + " and v.left_at is null and " + (segment == null ? "o.segment is null" : "o.segment = ?")
              + " and v.stale_since >= ? and v.stale_since < ? order by v.stale_since fetch first " + limit + " rows only",
          (rs, n) -> {
            Instant staleAt = rs.getTimestamp("stale_since").toInstant().plus(days);
            return new Item("DEAL", stage, rs.getString("subject"), rs.getString("owner"), null, staleAt,
                Duration.between(staleAt, now).toMinutes(), cockpit(rs.getString("process_instance_id")), null);
          }, args.toArray()));
    }
    return stale;
  }

  private String cockpit(String processInstanceId) {
    return processInstanceId == null ? null : baseUrl + "/camunda/app/cockpit/default/#/process-instance/" + processInstanceId;
  }
}
