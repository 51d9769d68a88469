package io.lifecycleops.account;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** Contracts: one per term, ACTIVE until renewed (a new contract follows) or churned. */
@Component
public class Contracts {

  public enum Status { ACTIVE, RENEWED, CHURNED }

  public record Contract(String id, String accountId, String opportunityId, BigDecimal arr, String currency,
      LocalDate termStart, LocalDate termEnd, Integer seats, Status status, String previousContractId) {}

  private static final RowMapper<Contract> ROW = (rs, n) -> new Contract(rs.getString("id"), rs.getString("account_id"),
      rs.getString("opportunity_id"), rs.getBigDecimal("arr"), rs.getString("currency"),
      rs.getDate("term_start").toLocalDate(), rs.getDate("term_end").toLocalDate(),
      (Integer) rs.getObject("seats"), Status.valueOf(rs.getString("status")), rs.getString("previous_contract_id"));

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public Contracts(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public Contract open(String accountId, String opportunityId, BigDecimal arr, String currency, LocalDate termStart,
      LocalDate termEnd, Integer seats, String previousContractId) {
    String id = "ctr-" + UUID.randomUUID();
    jdbc.update("insert into contract (id, account_id, opportunity_id, arr, currency, term_start, term_end, seats, status,"
            + " previous_contract_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)",
        id, accountId, opportunityId, arr, currency, Date.valueOf(termStart), Date.valueOf(termEnd), seats, previousContractId,
        Timestamp.from(clock.instant()));
    return byId(id).orElseThrow();
  }

  public Optional<Contract> byId(String id) {
    return jdbc.query("select * from contract where id = ?", ROW, id).stream().findFirst();
  }

  public List<Contract> ofAccount(String accountId) {
    return jdbc.query("select * from contract where account_id = ? order by term_end", ROW, accountId);
  }

  public void close(String id, Status status) {
    jdbc.update("update contract set status = ? where id = ?", status.name(), id);
  }
}
