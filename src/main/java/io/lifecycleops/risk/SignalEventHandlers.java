package io.lifecycleops.risk;

import io.lifecycleops.account.SignalArithmetic.TicketStatus;
import io.lifecycleops.intake.CloudEvent;
import io.lifecycleops.intake.EventHandler;
import io.lifecycleops.intake.EventReceipt;
import io.lifecycleops.intake.EventStatus;
import io.lifecycleops.web.FieldErrors;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code support.ticket} and {@code conversation.message}: each fact is stored for the account, and its followers
 * hear of it if the signals now say something else ({@link SignalNews}).
 */
@Configuration
class SignalEventHandlers {

  /** A fact stamped further ahead than this is a clock or mapping error at the sender, not a signal. */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  @Bean
  EventHandler<SupportTicket> supportTicketEvents(SignalNews news, SupportHandoffs handoffs) {
    return new Handler<>("support.ticket", SupportTicket.class, SupportTicket::at, news,
        ticket -> news.signals().ticket(ticket.accountId(), ticket.ticketId(), ticket.status(), ticket.priority(),
            ticket.subject(), ticket.at()), SupportTicket::accountId,
        // CS hears of what support escalates while it onboards the customer or runs a risk play (this one included).
        ticket -> {
          if (ticket.status() == TicketStatus.ESCALATED) {
            handoffs.ticketEscalated(ticket);
          }
        });
  }

  @Bean
  EventHandler<ConversationMessage> conversationMessageEvents(SignalNews news) {
    return new Handler<>("conversation.message", ConversationMessage.class, ConversationMessage::at, news,
        message -> news.signals().message(message.accountId(), message.conversationId(), message.direction(),
            message.from(), message.at(), message.sentiment()), ConversationMessage::accountId, message -> {});
  }

  record Handler<D extends Record>(String type, Class<D> dataType, java.util.function.Function<D, Instant> at,
      SignalNews news, Consumer<D> store, java.util.function.Function<D, String> account, Consumer<D> then)
      implements EventHandler<D> {

    @Override
    public void check(D data, FieldErrors errors) {
      Instant when = at.apply(data);
      if (when != null && when.isAfter(news.now().plus(CLOCK_SKEW))) {
        errors.add("data.at", "must not be in the future");
      }
    }

    @Override
    public EventReceipt handle(CloudEvent event, D data) {
      store.accept(data);
      news.tellFollowers(account.apply(data));
      then.accept(data);
      return new EventReceipt(event.id(), EventStatus.RECORDED, null);
    }
  }
}
