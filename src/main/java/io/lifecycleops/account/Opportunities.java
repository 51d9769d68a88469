package io.lifecycleops.account;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The opportunity book: every deal, its stage, amount, close date, forecast and the exit criteria recorded for it.
 * Deal stages are moved by opportunity-to-close; this class only stores what it decides.
 */
@Component
public class Opportunities {

  /** A deal as stored; {@code criteria} maps a criterion name (as opportunity-exit-criteria spells it) to its value. */
  public record Opportunity(String id, String accountId, String leadId, String name, String stage, String owner,
      String kind, BigDecimal amount, String currency, LocalDate closeDate, String segment, String region,
      String ownerCall, String forecastCategory, Map<String, Object> criteria, Instant stageEnteredAt,
      String lostReason, Instant createdAt) {

    public OpportunityStage currentStage() {
      return OpportunityStage.valueOf(stage);
    }
  }

  /** {@code kind} of an existing customer's additional deal (the others are NEW). */
  public static final String EXPANSION = "EXPANSION";

  private static final TypeReference<Map<String, Object>> CRITERIA = new TypeReference<>() {};
  private static final String COLUMNS = "id, account_id, lead_id, name, stage, owner, kind, amount, currency, close_date,"
      + " segment, region, owner_call, forecast_category, criteria, stage_entered_at, lost_reason, created_at";

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final ObjectMapper json;

  public Opportunities(JdbcTemplate jdbc, Clock clock, ObjectMapper json) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.json = json;
  }

  public Opportunity open(String accountId, String leadId, String name, String owner, String processInstanceId) {
    String id = UUID.randomUUID().toString();
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.update(
        "insert into opportunity (id, account_id, lead_id, name, stage, owner, process_instance_id, created_at, stage_entered_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id, accountId, leadId, name, OpportunityStage.DISCOVERY.name(), owner, processInstanceId, now, now);
    return byId(id).orElseThrow();
  }

  /** An expansion opportunity of an existing customer, with the additional ARR expected. */
  public Opportunity openExpansion(String accountId, String name, String owner, BigDecimal amount, String currency,
      String processInstanceId) {
    String id = UUID.randomUUID().toString();
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.update(
        "insert into opportunity (id, account_id, lead_id, name, stage, owner, process_instance_id, created_at, kind, amount,"
            + " currency, stage_entered_at) values (?, ?, null, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id, accountId, name, OpportunityStage.DISCOVERY.name(), owner, processInstanceId, now, EXPANSION, amount, currency, now);
    return byId(id).orElseThrow();
  }

  /** A deal an AE sourced or the CRM reported, in DISCOVERY; its id is the caller's (the CRM's) or a new one. */
  public Opportunity openDeal(String id, String accountId, String name, String owner, BigDecimal amount, String currency,
      LocalDate closeDate, String segment, String region) {
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.update(
        "insert into opportunity (id, account_id, lead_id, name, stage, owner, created_at, amount, currency, close_date,"
            + " segment, region, stage_entered_at) values (?, ?, null, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id, accountId, name, OpportunityStage.DISCOVERY.name(), owner, now, amount, currency,
        closeDate == null ? null : Date.valueOf(closeDate), segment, region, now);
    return byId(id).orElseThrow();
  }

  public void moveTo(String id, OpportunityStage stage) {
    jdbc.update("update opportunity set stage = ?, stage_entered_at = ?, closed_at = ? where id = ?", stage.name(),
        Timestamp.from(clock.instant()), stage.isClosed() ? Timestamp.from(clock.instant()) : null, id);
  }

  /** What the deal is judged by: segment and region (a lead's deal learns them from the lead). */
  public void describe(String id, String segment, String region) {
    jdbc.update("update opportunity set segment = coalesce(?, segment), region = coalesce(?, region) where id = ?",
        segment, region, id);
  }

  /** Amount, currency and close date as the owner or the CRM last gave them; null keeps the stored value. */
  public void updateTerms(String id, BigDecimal amount, String currency, LocalDate closeDate) {
    jdbc.update("update opportunity set amount = coalesce(?, amount), currency = coalesce(?, currency),"
        + " close_date = coalesce(?, close_date) where id = ?",
        amount, currency, closeDate == null ? null : Date.valueOf(closeDate), id);
  }

  /** The owner's forecast call (COMMIT, BEST_CASE, PIPELINE, OMIT) and the category the table gave. */
  public void forecast(String id, String ownerCall, String category) {
    jdbc.update("update opportunity set owner_call = ?, forecast_category = ? where id = ?", ownerCall, category, id);
  }

  /** Adds exit-criteria values to the ones recorded (a name given again takes the new value). */
  public Map<String, Object> recordCriteria(String id, Map<String, ?> values) {
    Map<String, Object> criteria = new TreeMap<>(byId(id).map(Opportunity::criteria).orElse(Map.of()));
    criteria.putAll(values);
    jdbc.update("update opportunity set criteria = ? where id = ?", toJson(criteria), id);
    return criteria;
  }

  public void lost(String id, String reason) {
    jdbc.update("update opportunity set lost_reason = ? where id = ?", reason, id);
  }

  /** The process instance that opened the opportunity (lead-to-opportunity, expansion), if any. */
  /** The ids of an account's deals, won, lost or open. */
  public List<String> idsOf(String accountId) {
    return jdbc.queryForList("select id from opportunity where account_id = ? order by id", String.class, accountId);
  }

  public Optional<String> processInstanceOf(String id) {
    return jdbc.query("select process_instance_id from opportunity where id = ?", (rs, n) -> rs.getString(1), id)
        .stream().filter(java.util.Objects::nonNull).findFirst();
  }

  public Optional<Opportunity> byId(String id) {
    return jdbc.query("select " + COLUMNS + " from opportunity where id = ?", (rs, n) -> opportunity(rs), id)
        .stream().findFirst();
  }

  private Opportunity opportunity(ResultSet rs) throws SQLException {
    Date closeDate = rs.getDate("close_date");
    Timestamp entered = rs.getTimestamp("stage_entered_at");
    return new Opportunity(rs.getString("id"), rs.getString("account_id"), rs.getString("lead_id"), rs.getString("name"),
        rs.getString("stage"), rs.getString("owner"), rs.getString("kind"), rs.getBigDecimal("amount"),
        rs.getString("currency"), closeDate == null ? null : closeDate.toLocalDate(), rs.getString("segment"),
        rs.getString("region"), rs.getString("owner_call"), rs.getString("forecast_category"),
        fromJson(rs.getString("criteria")), entered == null ? null : entered.toInstant(), rs.getString("lost_reason"),
        rs.getTimestamp("created_at").toInstant());
  }

  private String toJson(Map<String, Object> criteria) {
    try {
      return json.writeValueAsString(criteria);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("exit criteria are not serialisable: " + criteria, e);
    }
  }

  private Map<String, Object> fromJson(String criteria) {
    try {
      return criteria == null ? Map.of() : Collections.unmodifiableMap(json.readValue(criteria, CRITERIA));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("opportunity holds invalid criteria JSON", e);
    }
  }
}
