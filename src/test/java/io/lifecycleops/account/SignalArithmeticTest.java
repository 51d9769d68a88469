package io.lifecycleops.account;

import static io.lifecycleops.account.SignalArithmetic.Direction.INBOUND;
import static io.lifecycleops.account.SignalArithmetic.Direction.OUTBOUND;
import static io.lifecycleops.account.SignalArithmetic.TicketStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.account.SignalArithmetic.Horizon;
import io.lifecycleops.account.SignalArithmetic.Message;
import io.lifecycleops.account.SignalArithmetic.Signals;
import io.lifecycleops.account.SignalArithmetic.TicketUpdate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a support desk's tickets and a shared inbox's threads say about an account over 30 days. */
class SignalArithmeticTest {

  static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
  static final Horizon HORIZON = new Horizon(Duration.ofDays(30), Duration.ofDays(90));

  static Instant daysAgo(double days) {
    return NOW.minus(Duration.ofMinutes(Math.round(days * 1440)));
  }

  private static Signals of(List<TicketUpdate> tickets, List<Message> messages) {
    return SignalArithmetic.of(tickets, messages, NOW, HORIZON);
  }

  @Test
  void reopeningsAndEscalationsCountInTheWindowAndATicketIsOpenUntilSolved() {
    List<TicketUpdate> tickets = List.of(
        new TicketUpdate(1, "T-1", OPENED, daysAgo(40)),
        new TicketUpdate(2, "T-1", REOPENED, daysAgo(35)),   // before the window
        new TicketUpdate(3, "T-1", REOPENED, daysAgo(10)),
        new TicketUpdate(4, "T-1", ESCALATED, daysAgo(9)),
        new TicketUpdate(5, "T-2", OPENED, daysAgo(5)),
        new TicketUpdate(6, "T-2", SOLVED, daysAgo(4)),
        new TicketUpdate(7, "T-3", SOLVED, daysAgo(2)),
        new TicketUpdate(8, "T-3", REOPENED, daysAgo(1)));

    Signals signals = of(tickets, List.of());

    assertThat(signals.reopenings()).isEqualTo(2);
    assertThat(signals.escalations()).isEqualTo(1);
    assertThat(signals.openTickets()).as("T-1 escalated, T-3 reopened after it was solved").isEqualTo(2);
  }

  @Test
  void aSolvedTicketWhoseUpdatesArriveOutOfOrderIsSolved() {
    List<TicketUpdate> arrived = List.of(
        new TicketUpdate(1, "T-9", SOLVED, daysAgo(1)),
        new TicketUpdate(2, "T-9", OPENED, daysAgo(3)));

    assertThat(of(arrived, List.of()).openTickets()).isZero();
  }

  @Test
  void theCustomersReplyDelayCountsFromOurLastMessageAndAThreadWaitingOnThemIsUnanswered() {
    List<Message> messages = List.of(
        new Message(1, "C-1", OUTBOUND, daysAgo(20), null),
        new Message(2, "C-1", OUTBOUND, daysAgo(19), null),          // a nudge: the clock counts from here
        new Message(3, "C-1", INBOUND, daysAgo(18.5), -0.5),         // 12 hours later
        new Message(4, "C-2", OUTBOUND, daysAgo(10), null),
        new Message(5, "C-2", INBOUND, daysAgo(9.75), 0.1),          // 6 hours later
        new Message(6, "C-2", OUTBOUND, daysAgo(9 + 16.0 / 24), null), // we write again 2 hours after them
        new Message(7, "C-3", OUTBOUND, daysAgo(15), null));         // never answered

    Signals signals = of(List.of(), messages);

    assertThat(signals.customerReplyHours()).isEqualTo(9.0);
    assertThat(signals.unansweredThreads()).as("C-2's last word is ours, and C-3 was never answered").isEqualTo(2);
    assertThat(signals.longestUnansweredDays()).isEqualTo(15.0);
    assertThat(signals.sentiment()).isEqualTo(-0.2);
  }

  @Test
  void ourFirstResponseCountsFromTheCustomersFirstUnansweredMessage() {
    List<Message> messages = List.of(
        new Message(1, "C-1", INBOUND, daysAgo(3), null),
        new Message(2, "C-1", INBOUND, daysAgo(2.9), null),
        new Message(3, "C-1", OUTBOUND, daysAgo(2.75), null),   // 6 hours after their first
        new Message(4, "C-1", INBOUND, daysAgo(2), null),
        new Message(5, "C-1", OUTBOUND, daysAgo(2.0 - 2.0 / 24), null)); // 2 hours after

    assertThat(of(List.of(), messages).firstResponseHours()).isEqualTo(4.0);
  }

  @Test
  void nothingSaidIsNoSignal() {
    Signals signals = of(List.of(), List.of(new Message(1, "C-1", INBOUND, daysAgo(45), -1.0)));

    assertThat(signals.customerReplyHours()).isNull();
    assertThat(signals.firstResponseHours()).isNull();
    assertThat(signals.sentiment()).as("sentiment older than the window").isNull();
    assertThat(signals.unansweredThreads()).isZero();
    assertThat(signals.longestUnansweredDays()).isNull();
  }

  @Test
  void aThreadWeWroteLastLongerAgoThanItWaitsIsTakenAsClosed() {
    Signals signals = of(List.of(), List.of(
        new Message(1, "C-1", OUTBOUND, daysAgo(91), null),
        new Message(2, "C-2", OUTBOUND, daysAgo(89), null)));

    assertThat(signals.unansweredThreads()).isEqualTo(1);
    assertThat(signals.longestUnansweredDays()).isEqualTo(89.0);
  }

  @Test
  void aSilenceReachesItsNextWholeDayExactlyThenAndIsHeardOncePerDay() {
    List<Message> messages = List.of(new Message(1, "C-1", OUTBOUND, daysAgo(13.5), null));
    Instant fourteenDays = daysAgo(13.5).plus(Duration.ofDays(14));

    assertThat(SignalArithmetic.nextChange(List.of(), messages, NOW, HORIZON)).isEqualTo(fourteenDays);
    Signals before = SignalArithmetic.of(List.of(), messages, fourteenDays.minusSeconds(60), HORIZON);
    Signals at = SignalArithmetic.of(List.of(), messages, fourteenDays, HORIZON);
    assertThat(before.longestUnansweredDays()).as("cut, not rounded up").isEqualTo(13.99);
    assertThat(at.longestUnansweredDays()).isEqualTo(14.0);
    assertThat(before.fingerprint()).isNotEqualTo(at.fingerprint());
    assertThat(SignalArithmetic.of(List.of(), messages, fourteenDays.plusSeconds(3600), HORIZON).fingerprint())
        .as("an hour more of the same silence is no news").isEqualTo(at.fingerprint());
  }

  @Test
  void aReopeningChangesTheSignalsAgainWhenItLeavesTheWindow() {
    List<TicketUpdate> tickets = List.of(
        new TicketUpdate(1, "T-1", OPENED, daysAgo(29.5)),
        new TicketUpdate(2, "T-1", REOPENED, daysAgo(20)),
        new TicketUpdate(3, "T-1", SOLVED, daysAgo(19)));
    Instant leaves = daysAgo(20).plus(HORIZON.window()).plusSeconds(1);

    assertThat(SignalArithmetic.nextChange(tickets, List.of(), NOW, HORIZON)).as("openings and solutions age out of nothing")
        .isEqualTo(leaves);
    assertThat(SignalArithmetic.of(tickets, List.of(), leaves, HORIZON).reopenings()).isZero();
    assertThat(SignalArithmetic.of(tickets, List.of(), leaves.minusSeconds(2), HORIZON).reopenings()).isOne();
  }

  @Test
  void factsOlderThanTheWindowAndNoWaitingThreadLeaveNothingForTimeToChange() {
    assertThat(SignalArithmetic.nextChange(List.of(new TicketUpdate(1, "T-1", REOPENED, daysAgo(31))),
        List.of(new Message(1, "C-1", INBOUND, daysAgo(40), 0.5)), NOW, HORIZON)).isNull();
  }
}
