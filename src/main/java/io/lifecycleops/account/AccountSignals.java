package io.lifecycleops.account;

import io.lifecycleops.account.SignalArithmetic.Direction;
import io.lifecycleops.account.SignalArithmetic.Horizon;
import io.lifecycleops.account.SignalArithmetic.Message;
import io.lifecycleops.account.SignalArithmetic.Signals;
import io.lifecycleops.account.SignalArithmetic.TicketStatus;
import io.lifecycleops.account.SignalArithmetic.TicketUpdate;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An account's conversation and support facts, and what they say over the rolling window. Threads whose last
 * message is older than the window are left out of the reply arithmetic, but a thread still waiting on the customer
 * counts until {@code lifecycle.signals.thread-waits} has passed; a ticket counts as open until it is solved.
 *
 * <p>What the account's followers last heard is kept with the moment time alone will change it (a fact leaving the
 * window, a silence reaching another day): {@link #refresh} answers whether there is news, and
 * {@link #dueForRecheck} lists the accounts whose signals the clock has moved.
 */
@Component
public class AccountSignals {

  private static final String UNKNOWN = "unknown";

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final Horizon horizon;

  public AccountSignals(JdbcTemplate jdbc, Clock clock, @Value("${lifecycle.signals.window:P30D}") Duration window,
      @Value("${lifecycle.signals.thread-waits:P90D}") Duration threadWaits) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.horizon = new Horizon(window, threadWaits);
  }

  public void ticket(String accountId, String ticketId, TicketStatus status, String priority, String subject, Instant at) {
    jdbc.update("insert into support_ticket_update (account_id, ticket_id, status, priority, subject, occurred_at)"
        + " values (?, ?, ?, ?, ?, ?)", accountId, ticketId, status.name(), priority, subject, Timestamp.from(at));
  }

  public void message(String accountId, String conversationId, Direction direction, String sender, Instant at,
      Double sentiment) {
    jdbc.update("insert into conversation_message (account_id, conversation_id, direction, sender, sent_at, sentiment)"
        + " values (?, ?, ?, ?, ?, ?)", accountId, conversationId, direction.name(), sender, Timestamp.from(at), sentiment);
  }

  /** The signals now. */
  public Signals of(String accountId) {
    Instant now = clock.instant();
    return SignalArithmetic.of(tickets(accountId), messages(accountId, now), now, horizon);
  }

  /**
   * The signals now, if they say something else than what the account's followers last heard (nothing, for an
   * account never heard of); either way the next moment time alone changes them is noted for {@link #dueForRecheck}.
   * Call it holding the account's subject lock, as the event intake does.
   */
  public Optional<Signals> refresh(String accountId) {
    Instant now = clock.instant();
    List<TicketUpdate> tickets = tickets(accountId);
    List<Message> messages = messages(accountId, now);
    Signals signals = SignalArithmetic.of(tickets, messages, now, horizon);
    Instant next = SignalArithmetic.nextChange(tickets, messages, now, horizon);
    String heard = jdbc.query("select heard from account_signal_state where account_id = ?",
        rs -> rs.next() ? rs.getString(1) : null, accountId);
    String news = signals.fingerprint();
    Timestamp recheckAt = next == null ? null : Timestamp.from(next);
    if (heard == null) {
      jdbc.update("insert into account_signal_state (account_id, heard, recheck_at, heard_at) values (?, ?, ?, ?)",
          accountId, news, recheckAt, Timestamp.from(now));
    } else {
      jdbc.update("update account_signal_state set heard = ?, recheck_at = ?, heard_at = ? where account_id = ?", news,
          recheckAt, Timestamp.from(now), accountId);
    }
    // Never heard, or heard before this was kept (V11 marks those 'unknown'): as if nothing had been said.
    String before = heard == null || UNKNOWN.equals(heard) ? quiet(now).fingerprint() : heard;
    return before.equals(news) ? Optional.empty() : Optional.of(signals);
  }

  /** Up to {@code limit} accounts whose signals time has changed since they were last heard, the longest due first. */
  public List<String> dueForRecheck(int limit) {
    return jdbc.queryForList("select account_id from account_signal_state where recheck_at <= ? order by recheck_at"
        + " fetch first " + limit + " rows only", String.class, Timestamp.from(clock.instant()));
  }

  /** Whether the account is still due: another node may have rechecked it while this one waited for its lock. */
  public boolean isDueForRecheck(String accountId) {
    return Boolean.TRUE.equals(jdbc.query("select recheck_at from account_signal_state where account_id = ?",
        rs -> rs.next() && rs.getTimestamp(1) != null && !rs.getTimestamp(1).toInstant().isAfter(clock.instant()),
        accountId));
  }

  public Duration window() {
    return horizon.window();
  }

  private Signals quiet(Instant now) {
    return SignalArithmetic.of(List.of(), List.of(), now, horizon);
  }

  private List<TicketUpdate> tickets(String accountId) {
    return jdbc.query("select seq, ticket_id, status, occurred_at from support_ticket_update where account_id = ?",
        (rs, n) -> new TicketUpdate(rs.getLong("seq"), rs.getString("ticket_id"), TicketStatus.valueOf(rs.getString("status")),
            rs.getTimestamp("occurred_at").toInstant()), accountId);
  }

  /** Only threads with a message in the window, or whose last message (ours) may still wait on the customer. */
  private List<Message> messages(String accountId, Instant now) {
    return jdbc.query(
        "select seq, conversation_id, direction, sent_at, sentiment from conversation_message where account_id = ?"
            + " and conversation_id in (select conversation_id from conversation_message where account_id = ? and sent_at >= ?"
            + " union select m.conversation_id from conversation_message m where m.account_id = ? and m.direction = 'OUTBOUND'"
            + " and m.sent_at >= ? and not exists (select 1 from conversation_message later where later.account_id = m.account_id"
            + " and later.conversation_id = m.conversation_id and later.sent_at > m.sent_at))",
        (rs, n) -> new Message(rs.getLong("seq"), rs.getString("conversation_id"), Direction.valueOf(rs.getString("direction")),
            rs.getTimestamp("sent_at").toInstant(), (Double) rs.getObject("sentiment")),
        accountId, accountId, Timestamp.from(now.minus(horizon.window())), accountId,
        Timestamp.from(now.minus(horizon.threadWaits())));
  }
}
