package io.lifecycleops.ownership;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** Accounts and their single owner. */
@Component
public class AccountDirectory {

  private static final RowMapper<Account> ROW =
      (rs, n) ->
          new Account(
              rs.getString("id"),
              rs.getString("domain"),
              rs.getString("name"),
              rs.getString("owner"),
              rs.getString("stage"),
              rs.getString("segment"),
              rs.getString("region"));

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final InsertOnce insertOnce;
  private final Set<String> personalDomains;

  public AccountDirectory(
      JdbcTemplate jdbc,
      Clock clock,
      InsertOnce insertOnce,
      @Value("${lifecycle.matching.personal-email-domains:}") List<String> personalDomains) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.insertOnce = insertOnce;
    this.personalDomains =
        personalDomains.stream().map(d -> d.trim().toLowerCase()).collect(Collectors.toSet());
  }

  /** A personal mailbox domain (gmail.com, ...) says nothing about the company. */
  public boolean isPersonalDomain(String domain) {
    return domain == null || personalDomains.contains(domain.toLowerCase());
  }

  public Optional<Account> byId(String id) {
    return jdbc.query("select * from account where id = ?", ROW, id).stream().findFirst();
  }

  public Optional<Account> byDomain(String domain) {
    return jdbc.query("select * from account where domain = ?", ROW, domain.toLowerCase()).stream()
        .findFirst();
  }

  /**
   * The account for a company domain, created unowned on first sight. Two leads of a new domain
   * arriving at once end up on the same account.
   */
  public Account matchOrCreate(String domain, String name) {
    String normalized = domain.toLowerCase();
    return byDomain(normalized)
        .orElseGet(
            () -> {
              insertOnce.run(
                  "insert into account (id, domain, name, owner, stage, created_at) values (?, ?, ?, null, null, ?)",
                  UUID.randomUUID().toString(),
                  normalized,
                  name,
                  Timestamp.from(clock.instant()));
              return byDomain(normalized).orElseThrow();
            });
  }

  /** An account without a domain (the lead wrote from a personal mailbox). */
  public Account createWithoutDomain(String name) {
    String id = UUID.randomUUID().toString();
    jdbc.update(
        "insert into account (id, domain, name, owner, stage, created_at) values (?, null, ?, null, null, ?)",
        id,
        name,
        Timestamp.from(clock.instant()));
    return byId(id).orElseThrow();
  }

  /** A customer account as the CRM names it (created on its closed-won), or the existing row. */
  public Account ensure(String id, String name, String segment, String region) {
    insertOnce.run("insert into account (id, domain, name, owner, stage, segment, region, created_at) values (?, null, ?, null, null, ?, ?, ?)",
        id, name, segment, region, Timestamp.from(clock.instant()));
    jdbc.update("update account set segment = coalesce(?, segment), region = coalesce(?, region) where id = ?", segment, region, id);
    return byId(id).orElseThrow();
  }

  public void setStage(String accountId, String stage) {
    jdbc.update("update account set stage = ? where id = ?", stage, accountId);
  }

  /**
   * Gives an unowned account its first owner. Returns false, changing nothing, when someone else
   * got there first: one account, one owner.
   */
  public boolean claimIfUnowned(String accountId, String owner) {
    return jdbc.update("update account set owner = ? where id = ? and owner is null", owner, accountId)
        == 1;
  }
}
