package io.lifecycleops.account;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The opportunity book. */
@Component
public class Opportunities {

  public record Opportunity(String id, String accountId, String leadId, String name, String stage, String owner) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public Opportunities(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public Opportunity open(String accountId, String leadId, String name, String owner, String processInstanceId) {
    String id = UUID.randomUUID().toString();
    jdbc.update(
        "insert into opportunity (id, account_id, lead_id, name, stage, owner, process_instance_id, created_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?)",
        id,
        accountId,
        leadId,
        name,
        OpportunityStage.DISCOVERY.name(),
        owner,
        processInstanceId,
        Timestamp.from(clock.instant()));
    return byId(id).orElseThrow();
  }

  /** An expansion opportunity of an existing customer, with the additional ARR expected. */
  public Opportunity openExpansion(String accountId, String name, String owner, BigDecimal amount, String currency,
      String processInstanceId) {
    String id = UUID.randomUUID().toString();
    jdbc.update(
        "insert into opportunity (id, account_id, lead_id, name, stage, owner, process_instance_id, created_at, kind, amount, currency)"
            + " values (?, ?, null, ?, ?, ?, ?, ?, 'EXPANSION', ?, ?)",
        id, accountId, name, OpportunityStage.DISCOVERY.name(), owner, processInstanceId, Timestamp.from(clock.instant()),
        amount, currency);
    return byId(id).orElseThrow();
  }

  public void moveTo(String id, OpportunityStage stage) {
    jdbc.update("update opportunity set stage = ? where id = ?", stage.name(), id);
  }

  /** The process instance that opened the opportunity (lead-to-opportunity, expansion), if any. */
  public Optional<String> processInstanceOf(String id) {
    return jdbc.query("select process_instance_id from opportunity where id = ?", (rs, n) -> rs.getString(1), id)
        .stream().filter(java.util.Objects::nonNull).findFirst();
  }

  public Optional<Opportunity> byId(String id) {
    return jdbc.query(
            "select id, account_id, lead_id, name, stage, owner from opportunity where id = ?",
            (rs, n) ->
                new Opportunity(
                    rs.getString("id"),
                    rs.getString("account_id"),
                    rs.getString("lead_id"),
                    rs.getString("name"),
                    rs.getString("stage"),
                    rs.getString("owner")),
            id)
        .stream()
        .findFirst();
  }
}
