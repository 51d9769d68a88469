package io.lifecycleops.account;

import io.lifecycleops.account.SignalArithmetic.Direction;
import io.lifecycleops.account.SignalArithmetic.Message;
import io.lifecycleops.account.SignalArithmetic.Signals;
import io.lifecycleops.account.SignalArithmetic.TicketStatus;
import io.lifecycleops.account.SignalArithmetic.TicketUpdate;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An account's conversation and support facts, and what they say over the rolling window. Threads whose last
 * message is older than the window are left out of the reply arithmetic but a thread still waiting on the customer
 * counts however old its last message is; a ticket counts as open until it is solved.
 */
@Component
public class AccountSignals {

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final Duration window;

  public AccountSignals(JdbcTemplate jdbc, Clock clock, @Value("${lifecycle.signals.window:P30D}") Duration window) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.window = window;
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
    List<TicketUpdate> tickets = jdbc.query(
        "select seq, ticket_id, status, occurred_at from support_ticket_update where account_id = ?",
        (rs, n) -> new TicketUpdate(rs.getLong("seq"), rs.getString("ticket_id"), TicketStatus.valueOf(rs.getString("status")),
            rs.getTimestamp("occurred_at").toInstant()), accountId);
    // Only threads with a message in the window, or still waiting on the customer, can change what the window says.
    List<Message> messages = jdbc.query(
        "select seq, conversation_id, direction, sent_at, sentiment from conversation_message where account_id = ?"
            + " and conversation_id in (select conversation_id from conversation_message where account_id = ? and sent_at >= ?"
            + " union select m.conversation_id from conversation_message m where m.account_id = ? and m.direction = 'OUTBOUND'"
            + " and not exists (select 1 from conversation_message later where later.account_id = m.account_id"
            + " and later.conversation_id = m.conversation_id and later.sent_at > m.sent_at))",
        (rs, n) -> new Message(rs.getLong("seq"), rs.getString("conversation_id"), Direction.valueOf(rs.getString("direction")),
            rs.getTimestamp("sent_at").toInstant(), (Double) rs.getObject("sentiment")),
        accountId, accountId, Timestamp.from(now.minus(window)), accountId);
    return SignalArithmetic.of(tickets, messages, now, window);
  }

  public Duration window() {
    return window;
  }
}
