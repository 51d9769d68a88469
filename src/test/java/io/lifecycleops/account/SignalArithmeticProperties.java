package io.lifecycleops.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.account.SignalArithmetic.Direction;
import io.lifecycleops.account.SignalArithmetic.Horizon;
import io.lifecycleops.account.SignalArithmetic.Message;
import io.lifecycleops.account.SignalArithmetic.Signals;
import io.lifecycleops.account.SignalArithmetic.TicketStatus;
import io.lifecycleops.account.SignalArithmetic.TicketUpdate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the signal arithmetic over random threads and tickets, arriving in any order. */
class SignalArithmeticProperties {

  static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
  static final Horizon HORIZON = new Horizon(Duration.ofDays(30), Duration.ofDays(90));

  @Provide
  Arbitrary<List<Message>> messages() {
    Arbitrary<Message> message = Combinators.combine(
        Arbitraries.of("C-1", "C-2", "C-3", "C-4"),
        Arbitraries.of(Direction.values()),
        Arbitraries.integers().between(0, 60 * 24 * 60),                 // minutes before now, up to 60 days
        Arbitraries.doubles().between(-1, 1).ofScale(2).injectNull(0.3))
        .as((thread, direction, minutesAgo, sentiment) -> new Message(0, thread, direction,
            NOW.minus(Duration.ofMinutes(minutesAgo)), sentiment));
    return message.list().ofMaxSize(40).map(SignalArithmeticProperties::numbered);
  }

  @Provide
  Arbitrary<List<TicketUpdate>> tickets() {
    Arbitrary<TicketUpdate> update = Combinators.combine(
        Arbitraries.of("T-1", "T-2", "T-3"),
        Arbitraries.of(TicketStatus.values()),
        Arbitraries.integers().between(0, 60 * 24 * 60))
        .as((ticket, status, minutesAgo) -> new TicketUpdate(0, ticket, status, NOW.minus(Duration.ofMinutes(minutesAgo))));
    return update.list().ofMaxSize(30).map(list -> IntStream.range(0, list.size())
        .mapToObj(i -> new TicketUpdate(i + 1, list.get(i).ticketId(), list.get(i).status(), list.get(i).at())).toList());
  }

  private static List<Message> numbered(List<Message> list) {
    return IntStream.range(0, list.size()).mapToObj(i -> new Message(i + 1, list.get(i).conversationId(),
        list.get(i).direction(), list.get(i).at(), list.get(i).sentiment())).toList();
  }

  @Property
  void theOrderFactsArriveInChangesNothing(@ForAll("tickets") List<TicketUpdate> tickets,
      @ForAll("messages") List<Message> messages, @ForAll long seed) {
    List<TicketUpdate> ticketsShuffled = new ArrayList<>(tickets);
    List<Message> messagesShuffled = new ArrayList<>(messages);
    Collections.shuffle(ticketsShuffled, new Random(seed));
    Collections.shuffle(messagesShuffled, new Random(seed + 1));

    assertThat(SignalArithmetic.of(ticketsShuffled, messagesShuffled, NOW, HORIZON))
        .isEqualTo(SignalArithmetic.of(tickets, messages, NOW, HORIZON));
  }

  @Property
  void aThreadIsUnansweredExactlyWhenOurMessageIsItsLast(@ForAll("messages") List<Message> messages) {
    Map<String, Message> last = messages.stream().collect(Collectors.toMap(Message::conversationId, m -> m,
        (a, b) -> Comparator.comparing(Message::at).thenComparingLong(Message::seq).compare(a, b) >= 0 ? a : b));
    long ours = last.values().stream().filter(m -> m.direction() == Direction.OUTBOUND).count();

    Signals signals = SignalArithmetic.of(List.of(), messages, NOW, HORIZON);

    assertThat(signals.unansweredThreads()).isEqualTo(ours);
    assertThat(signals.longestUnansweredDays() == null).isEqualTo(ours == 0);
  }

  @Property
  void averagesLieWithinWhatTheyAverage(@ForAll("messages") List<Message> messages) {
    Signals signals = SignalArithmetic.of(List.of(), messages, NOW, HORIZON);

    if (signals.sentiment() != null) {
      assertThat(signals.sentiment()).isBetween(-1.0, 1.0);
    }
    if (signals.customerReplyHours() != null) {
      assertThat(signals.customerReplyHours()).isBetween(0.0, 60 * 24.0);
    }
    if (signals.firstResponseHours() != null) {
      assertThat(signals.firstResponseHours()).isBetween(0.0, 60 * 24.0);
    }
  }

  @Property
  void factsBeforeTheWindowCountOnlyForWhatIsStillOpen(@ForAll("tickets") List<TicketUpdate> tickets) {
    Signals signals = SignalArithmetic.of(tickets, List.of(), NOW, HORIZON);
    long inWindow = tickets.stream().filter(t -> !t.at().isBefore(NOW.minus(HORIZON.window()))).count();
    long ticketCount = tickets.stream().map(TicketUpdate::ticketId).distinct().count();

    assertThat(signals.reopenings() + signals.escalations()).isLessThanOrEqualTo((int) inWindow);
    assertThat(signals.openTickets()).isLessThanOrEqualTo((int) ticketCount);
  }

  @Property
  void timeAloneChangesNothingHeardBeforeTheNextChange(@ForAll("tickets") List<TicketUpdate> tickets,
      @ForAll("messages") List<Message> messages, @ForAll @net.jqwik.api.constraints.DoubleRange(min = 0, max = 1) double share) {
    Instant next = SignalArithmetic.nextChange(tickets, messages, NOW, HORIZON);
    Instant until = next == null ? NOW.plus(Duration.ofDays(400)) : next;
    Instant later = NOW.plusMillis((long) (Duration.between(NOW, until).toMillis() * share * 0.999));

    assertThat(SignalArithmetic.of(tickets, messages, later, HORIZON).fingerprint())
        .isEqualTo(SignalArithmetic.of(tickets, messages, NOW, HORIZON).fingerprint());
  }
}
