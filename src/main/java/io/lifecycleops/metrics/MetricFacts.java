package io.lifecycleops.metrics;

import io.lifecycleops.ledger.LedgerEntry;
import io.lifecycleops.sla.WorkingCalendars;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps the metrics' read models (V12) from ledger rows, one row at a time: leads for the funnel, stage visits for
 * cycle times and win rates, handoffs and escalations for SLA attainment, revenue facts for retention. Works on any
 * {@link JdbcTemplate}: the live projection's, or the migration's connection when it replays the ledger. Details
 * come as written (Java values) or as read back from JSON (numbers and strings), so values are read loosely.
 */
final class MetricFacts {

  private final JdbcTemplate jdbc;
  private final WorkingCalendars calendars;

  MetricFacts(JdbcTemplate jdbc, WorkingCalendars calendars) {
    this.jdbc = jdbc;
    this.calendars = calendars;
  }

  void project(LedgerEntry fact) {
    Map<String, Object> d = fact.details();
    Timestamp at = Timestamp.from(fact.occurredAt());
    String pi = fact.processInstanceId();
    switch (fact.type()) {
      case STAGE_ENTERED -> {
        entered(fact, at, pi, d);
      }
      case STAGE_LEFT -> {
        if (pi != null) {
          left(pi, fact.stage(), fact.occurredAt());
        }
      }
      case LEAD_SCORED -> {
        jdbc.update("update metric_lead set segment = ?, region = ?, source = ? where process_instance_id = ?",
            text(d, "segment"), text(d, "region"), text(d, "source"), pi);
        jdbc.update("update metric_stage_visit set segment = ? where process_instance_id = ? and segment is null",
            text(d, "segment"), pi);
      }
      case HANDOFF_SENT -> jdbc.update("insert into metric_handoff (task_id, process_instance_id, process_key, subject, handoff,"
              + " team, assignee, sent_at) values (?, ?, ?, ?, ?, ?, ?, ?)", text(d, "taskId"), pi, fact.processKey(),
          fact.subject(), text(d, "handoff"), text(d, "group"), text(d, "assignee"), at);
      case SLA_STARTED -> jdbc.update("update metric_handoff set calendar = ?, warning_at = ?, due_at = ? where task_id = ?",
          text(d, "calendar"), instant(d, "warningAt"), instant(d, "dueAt"), text(d, "taskId"));
      case SLA_WARNED -> jdbc.update("update metric_handoff set warned_at = ?, assignee = coalesce(?, assignee) where task_id = ?",
          at, text(d, "assignee"), text(d, "taskId"));
      case SLA_BREACHED -> jdbc.update("update metric_handoff set breached_at = coalesce(breached_at, ?) where task_id = ?", at,
          text(d, "taskId"));
      case SLA_PAUSED -> jdbc.update("update metric_handoff set paused_at = ? where task_id = ?", at, text(d, "taskId"));
      // A pause, an extension or a recompute moves the deadline and the warning with it.
      case SLA_RESUMED -> jdbc.update("update metric_handoff set paused_at = null, due_at = coalesce(?, due_at),"
          + " warning_at = coalesce(?, warning_at) where task_id = ?", instant(d, "dueAt"), instant(d, "warningAt"), text(d, "taskId"));
      case SLA_ADJUSTED -> jdbc.update("update metric_handoff set due_at = coalesce(?, due_at), warning_at = coalesce(?, warning_at)"
          + " where task_id = ?", instant(d, "dueAt"), instant(d, "warningAt"), text(d, "taskId"));
      case SLA_MET, SLA_MISSED -> jdbc.update("update metric_handoff set completed_at = ?, completed_by = ?, met = ?,"
              + " response_business_minutes = ?, due_at = coalesce(?, due_at), paused_at = null where task_id = ?",
          at, text(d, "completedBy"), fact.type() == io.lifecycleops.ledger.LedgerEventType.SLA_MET,
          number(d, "elapsedBusinessMinutes") == null ? null : number(d, "elapsedBusinessMinutes").longValue(),
          instant(d, "dueAt"), text(d, "taskId"));
      case HANDOFF_CANCELLED -> jdbc.update("update metric_handoff set cancelled_at = ? where task_id = ? and completed_at is null",
          at, text(d, "taskId"));
      // The manager answered a stalled deal: its stale clock counts again from now, as the process's does.
      case DEAL_REVIEWED -> jdbc.update("update metric_stage_visit set stale_since = ? where process_instance_id = ?"
          + " and left_at is null", at, pi);
      case TASK_MOVED -> jdbc.update("update metric_handoff set assignee = ? where task_id = ?", text(d, "to"), text(d, "taskId"));
      case ESCALATION_RAISED -> {
        int level = number(d, "level") == null ? 1 : number(d, "level").intValue();
        jdbc.update("insert into metric_escalation (task_id, level, raised_at) values (?, ?, ?)", text(d, "taskId"), level, at);
        jdbc.update("update metric_handoff set escalations = escalations + 1 where task_id = ?", text(d, "taskId"));
      }
      case ESCALATION_RESOLVED -> {
        String taskId = text(d, "taskId");
        int level = number(d, "level") == null ? 1 : number(d, "level").intValue();
        List<Open> open = jdbc.query("select id, raised_at from metric_escalation where task_id = ? and level = ?"
            + " and resolved_at is null order by raised_at desc", OPEN, taskId, level);
        if (!open.isEmpty()) {
          jdbc.update("update metric_escalation set resolved_at = ?, resolve_minutes = ?, resolution = ? where id = ?", at,
              minutes(open.get(0).since(), fact.occurredAt()), text(d, "resolution"), open.get(0).id());
        }
        if (text(d, "assignedTo") != null) {
          jdbc.update("update metric_handoff set assignee = ? where task_id = ?", text(d, "assignedTo"), taskId);
        }
      }
      case REVENUE -> jdbc.update("insert into metric_revenue (account_id, kind, arr, currency, period_start, period_end,"
              + " booked_at, reason, source, contract_id, opportunity_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          fact.subject(), text(d, "kind"), amount(d, "arr"), text(d, "currency"), date(d, "periodStart"), date(d, "periodEnd"), at,
          text(d, "reason"), text(d, "source"), text(d, "contractId"), text(d, "opportunityId"));
      default -> {}
    }
  }

  private void entered(LedgerEntry fact, Timestamp at, String pi, Map<String, Object> d) {
    if (pi == null || fact.stage() == null) {
      return;
    }
    jdbc.update("insert into metric_stage_visit (process_instance_id, process_key, subject, stage, segment, entered_at,"
            + " stale_since) values (?, ?, ?, ?, coalesce((select segment from metric_lead where process_instance_id = ?),"
            + " (select segment from opportunity where id = ?), (select segment from account where id = ?)), ?, ?)",
        pi, fact.processKey(), fact.subject(), fact.stage(), pi, fact.subject(), fact.subject(), at, at);
    // The funnel: lifecycle stages of a lead instance, and the won deal it became (the deal's own CLOSED_WON, or the
    // account's when the CRM reports a win); a lead that skips SAL and SQL (its account has an owner) reached SQL with
    // its opportunity.
    switch (fact.stage()) {
      case "MQL" -> {
        if (jdbc.queryForObject("select count(*) from metric_lead where process_instance_id = ?", Integer.class, pi) == 0) {
          jdbc.update("insert into metric_lead (process_instance_id, lead_id, mql_at) values (?, ?, ?)", pi, fact.subject(), at);
        }
      }
      case "SQL" -> jdbc.update("update metric_lead set sql_at = coalesce(sql_at, ?) where process_instance_id = ?", at, pi);
      case "OPPORTUNITY" -> jdbc.update("update metric_lead set opportunity_at = coalesce(opportunity_at, ?),"
          + " sql_at = coalesce(sql_at, ?), opportunity_id = coalesce(opportunity_id, ?) where process_instance_id = ?",
          at, at, text(d, "opportunityId"), pi);
      case "NURTURE" -> jdbc.update("update metric_lead set recycled_at = coalesce(recycled_at, ?) where process_instance_id = ?",
          at, pi);
      case "DISQUALIFIED" -> jdbc.update("update metric_lead set disqualified_at = coalesce(disqualified_at, ?)"
          + " where process_instance_id = ?", at, pi);
      case "CLOSED_WON" -> {
        if (text(d, "opportunityId") != null) {
          jdbc.update("update metric_lead set closed_won_at = ? where opportunity_id = ? and closed_won_at is null", at,
              text(d, "opportunityId"));
        }
      }
      default -> {}
    }
  }

  private void left(String pi, String stage, Instant at) {
    List<Open> open = jdbc.query("select id, entered_at from metric_stage_visit where process_instance_id = ? and stage = ?"
        + " and left_at is null order by entered_at desc", OPEN, pi, stage);
    if (open.isEmpty()) {
      return;
    }
    Instant entered = open.get(0).since();
    jdbc.update("update metric_stage_visit set left_at = ?, hours = ?, business_hours = ? where id = ?", Timestamp.from(at),
        minutes(entered, at) / 60.0, businessHours(pi, entered, at), open.get(0).id());
  }

  /**
   * A stage that waited on a handoff (one was sent in the instance during the stay) counts its stay in business hours
   * too, in that handoff's SLA calendar; a stay without a handoff, or on plain time, has none.
   */
  private Double businessHours(String pi, Instant entered, Instant left) {
    List<String> calendar = jdbc.queryForList("select calendar from metric_handoff where process_instance_id = ?"
        + " and sent_at >= ? and sent_at <= ? and calendar is not null order by sent_at fetch first 1 rows only", String.class,
        pi, Timestamp.from(entered), Timestamp.from(left));
    if (calendar.isEmpty() || "CALENDAR".equals(calendar.get(0))) {
      return null;
    }
    try {
      return calendars.byId(calendar.get(0)).between(entered, left).toMillis() / 3_600_000.0;
    } catch (IllegalArgumentException noLongerConfigured) {
      return null;
    }
  }

  /** An open stay or escalation: its row and since when. */
  private record Open(long id, Instant since) {}

  private static final org.springframework.jdbc.core.RowMapper<Open> OPEN =
      (rs, n) -> new Open(rs.getLong(1), rs.getTimestamp(2).toInstant());

  private static double minutes(Instant from, Instant to) {
    return Duration.between(from, to).toMillis() / 60000.0;
  }

  private static String text(Map<String, Object> details, String key) {
    Object value = details.get(key);
    return value == null ? null : String.valueOf(value);
  }

  private static Number number(Map<String, Object> details, String key) {
    Object value = details.get(key);
    return value instanceof Number n ? n : value == null ? null : new BigDecimal(String.valueOf(value));
  }

  private static BigDecimal amount(Map<String, Object> details, String key) {
    Object value = details.get(key);
    return value == null ? null : new BigDecimal(String.valueOf(value));
  }

  private static Timestamp instant(Map<String, Object> details, String key) {
    String value = text(details, key);
    return value == null ? null : Timestamp.from(Instant.parse(value));
  }

  private static Date date(Map<String, Object> details, String key) {
    String value = text(details, key);
    return value == null ? null : Date.valueOf(LocalDate.parse(value));
  }
}
