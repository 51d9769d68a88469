package io.lifecycleops.risk;

import io.lifecycleops.account.AccountSignals;
import io.lifecycleops.account.AccountSignalsChanged;
import io.lifecycleops.account.SignalArithmetic.Signals;
import io.lifecycleops.account.SignalArithmetic.TicketStatus;
import io.lifecycleops.identity.Actors;
import io.lifecycleops.intake.CloudEvent;
import io.lifecycleops.intake.EventHandler;
import io.lifecycleops.intake.EventReceipt;
import io.lifecycleops.intake.EventStatus;
import io.lifecycleops.ledger.LedgerEventType;
import io.lifecycleops.ledger.LifecycleLedger;
import io.lifecycleops.web.FieldErrors;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code support.ticket} and {@code conversation.message}: each fact is stored for the account; when what the
 * signals say over their window changes, SIGNALS_CHANGED goes to the account's ledger and whoever follows the
 * account's signals (its open renewal's risk) hears of it in the same transaction.
 */
@Configuration
class SignalEventHandlers {

  /** A fact stamped further ahead than this is a clock or mapping error at the sender, not a signal. */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  @Bean
  EventHandler<SupportTicket> supportTicketEvents(Signalling signalling, SupportHandoffs handoffs) {
    return new Handler<>("support.ticket", SupportTicket.class, SupportTicket::at, signalling,
        ticket -> signalling.signals.ticket(ticket.accountId(), ticket.ticketId(), ticket.status(), ticket.priority(),
            ticket.subject(), ticket.at()), SupportTicket::accountId,
        // CS hears of what support escalates while it onboards the customer or runs a risk play (this one included).
        ticket -> {
          if (ticket.status() == TicketStatus.ESCALATED) {
            handoffs.ticketEscalated(ticket);
          }
        });
  }

  @Bean
  EventHandler<ConversationMessage> conversationMessageEvents(Signalling signalling) {
    return new Handler<>("conversation.message", ConversationMessage.class, ConversationMessage::at, signalling,
        message -> signalling.signals.message(message.accountId(), message.conversationId(), message.direction(),
            message.from(), message.at(), message.sentiment()), ConversationMessage::accountId, message -> {});
  }

  /** Stores a fact and tells the account's followers when its signals changed. */
  @org.springframework.stereotype.Component
  static class Signalling {

    final AccountSignals signals;
    private final LifecycleLedger ledger;
    private final Actors actors;
    private final ApplicationEventPublisher events;
    final Clock clock;

    Signalling(AccountSignals signals, LifecycleLedger ledger, Actors actors, ApplicationEventPublisher events, Clock clock) {
      this.signals = signals;
      this.ledger = ledger;
      this.actors = actors;
      this.events = events;
      this.clock = clock;
    }

    EventReceipt record(CloudEvent event, String accountId, Runnable store) {
      Signals before = signals.of(accountId);
      store.run();
      Signals after = signals.of(accountId);
      if (!sameSignals(before, after)) {
        ledger.append(accountId, null, LedgerEventType.SIGNALS_CHANGED, null, actors.current(), details(after));
        events.publishEvent(new AccountSignalsChanged(accountId));
      }
      return new EventReceipt(event.id(), EventStatus.RECORDED, null);
    }

    private static boolean sameSignals(Signals a, Signals b) {
      return a.reopenings() == b.reopenings() && a.escalations() == b.escalations() && a.openTickets() == b.openTickets()
          && Objects.equals(a.customerReplyHours(), b.customerReplyHours()) && a.unansweredThreads() == b.unansweredThreads()
          && Objects.equals(a.firstResponseHours(), b.firstResponseHours()) && Objects.equals(a.sentiment(), b.sentiment());
    }

    private static Map<String, Object> details(Signals signals) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("reopenings", signals.reopenings());
      details.put("escalations", signals.escalations());
      details.put("openTickets", signals.openTickets());
      details.put("customerReplyHours", signals.customerReplyHours());
      details.put("unansweredThreads", signals.unansweredThreads());
      details.put("longestUnansweredDays", signals.longestUnansweredDays());
      details.put("firstResponseHours", signals.firstResponseHours());
      details.put("sentiment", signals.sentiment());
      return details;
    }
  }

  record Handler<D extends Record>(String type, Class<D> dataType, java.util.function.Function<D, Instant> at,
      Signalling signalling, Consumer<D> store, java.util.function.Function<D, String> account, Consumer<D> then)
      implements EventHandler<D> {

    @Override
    public void check(D data, FieldErrors errors) {
      Instant when = at.apply(data);
      if (when != null && when.isAfter(signalling.clock.instant().plus(CLOCK_SKEW))) {
        errors.add("data.at", "must not be in the future");
      }
    }

    @Override
    public EventReceipt handle(CloudEvent event, D data) {
      EventReceipt receipt = signalling.record(event, account.apply(data), () -> store.accept(data));
      then.accept(data);
      return receipt;
    }
  }
}
