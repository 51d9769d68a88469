package io.lifecycleops.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The latest health signals of each account, as renewal-risk reads them. */
@Component
public class AccountHealthRecords {

  /**
   * {@code nps} is the account's Net Promoter Score (-100..100, promoters' share minus detractors'); {@code
   * latestNpsAnswer} is its contact's latest answer to the survey question (0..10: 9 or 10 is a promoter).
   */
  public record Health(String usageTrend, Double seatUtilization, int openEscalations, int ticketReopenCount,
      boolean championChanged, Integer nps, Integer latestNpsAnswer) {

    public static final Health UNKNOWN = new Health(null, null, 0, 0, false, null, null);

    /** The facts renewal-risk takes, by its input names. */
    public Map<String, Object> facts() {
      Map<String, Object> facts = new HashMap<>();
      facts.put("usageTrend", usageTrend);
      facts.put("seatUtilization", seatUtilization);
      facts.put("openEscalations", openEscalations);
      facts.put("ticketReopenCount", ticketReopenCount);
      facts.put("championChanged", championChanged);
      facts.put("nps", nps);
      return facts;
    }
  }

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public AccountHealthRecords(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public Health of(String accountId) {
    return jdbc.query("select * from account_health where account_id = ?", (rs, n) -> new Health(rs.getString("usage_trend"),
            (Double) rs.getObject("seat_utilization"), rs.getInt("open_escalations"), rs.getInt("ticket_reopen_count"),
            rs.getBoolean("champion_changed"), (Integer) rs.getObject("nps"), (Integer) rs.getObject("latest_nps_answer")),
            accountId)
        .stream().findFirst().orElse(Health.UNKNOWN);
  }

  public void save(String accountId, Health health) {
    Timestamp now = Timestamp.from(clock.instant());
    int updated = jdbc.update("update account_health set usage_trend = ?, seat_utilization = ?, open_escalations = ?,"
            + " ticket_reopen_count = ?, champion_changed = ?, nps = ?, latest_nps_answer = ?, updated_at = ?"
            + " where account_id = ?",
        health.usageTrend(), health.seatUtilization(), health.openEscalations(), health.ticketReopenCount(),
        health.championChanged(), health.nps(), health.latestNpsAnswer(), now, accountId);
    if (updated == 0) {
      jdbc.update("insert into account_health (account_id, usage_trend, seat_utilization, open_escalations, ticket_reopen_count,"
              + " champion_changed, nps, latest_nps_answer, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          accountId, health.usageTrend(), health.seatUtilization(), health.openEscalations(), health.ticketReopenCount(),
          health.championChanged(), health.nps(), health.latestNpsAnswer(), now);
    }
  }
}
