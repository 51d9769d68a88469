package io.lifecycleops.account;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The arithmetic of an account's conversation and support signals over a rolling window, from the facts alone: the
 * result does not depend on the order the facts arrived in (each thread and ticket is read in the order its facts
 * happened; ties keep the order of {@code seq}, the order they were stored in).
 */
public final class SignalArithmetic {

  public enum Direction { INBOUND, OUTBOUND }

  public enum TicketStatus { OPENED, REOPENED, ESCALATED, SOLVED }

  /** One message of a thread: we wrote (OUTBOUND) or the customer did (INBOUND). */
  public record Message(long seq, String conversationId, Direction direction, Instant at, Double sentiment) {}

  /** One change of a support ticket. */
  public record TicketUpdate(long seq, String ticketId, TicketStatus status, Instant at) {}

  /**
   * What the signals say over {@code [from, to]}: reopenings and escalations in the window; tickets open now; the
   * customer's average reply delay (from our last message to their next one) over replies in the window; threads
   * whose last message is ours, and the longest such wait; our average first response to a customer's message in
   * the window; the customer's average sentiment in the window. Averages are null without a case.
   */
  public record Signals(Instant from, Instant to, int reopenings, int escalations, int openTickets,
      Double customerReplyHours, int unansweredThreads, Double longestUnansweredDays, Double firstResponseHours,
      Double sentiment) {

    /**
     * What followers of the signals hear: every figure, the longest wait in whole days (so a silence is heard once a
     * day, not every minute). Two signals with the same fingerprint say the same thing.
     */
    public String fingerprint() {
      return "reopenings=" + reopenings + ";escalations=" + escalations + ";openTickets=" + openTickets
          + ";customerReplyHours=" + customerReplyHours + ";unansweredThreads=" + unansweredThreads
          + ";daysWithoutReply=" + (longestUnansweredDays == null ? null : (long) Math.floor(longestUnansweredDays))
          + ";firstResponseHours=" + firstResponseHours + ";sentiment=" + sentiment;
    }
  }

  /**
   * How far the arithmetic looks back: reopenings, escalations, replies, first responses and sentiment count over
   * {@code window}; a thread whose last message is ours counts as waiting on the customer for {@code threadWaits}
   * after it, and is taken as closed after that (a shared inbox does not say when a conversation ended).
   */
  public record Horizon(Duration window, Duration threadWaits) {}

  private SignalArithmetic() {}

  public static Signals of(List<TicketUpdate> tickets, List<Message> messages, Instant to, Horizon horizon) {
    Instant from = to.minus(horizon.window());
    int reopenings = 0;
    int escalations = 0;
    for (TicketUpdate update : tickets) {
      if (within(update.at(), from, to)) {
        reopenings += update.status() == TicketStatus.REOPENED ? 1 : 0;
        escalations += update.status() == TicketStatus.ESCALATED ? 1 : 0;
      }
    }
    int open = 0;
    for (List<TicketUpdate> ticket : grouped(tickets, TicketUpdate::ticketId, Comparator.comparing(TicketUpdate::at)
        .thenComparingLong(TicketUpdate::seq)).values()) {
      open += ticket.get(ticket.size() - 1).status() == TicketStatus.SOLVED ? 0 : 1;
    }

    List<Duration> replies = new ArrayList<>();
    List<Duration> firstResponses = new ArrayList<>();
    List<Double> sentiments = new ArrayList<>();
    int unanswered = 0;
    Duration longestWait = null;
    for (List<Message> thread : grouped(messages, Message::conversationId, Comparator.comparing(Message::at)
        .thenComparingLong(Message::seq)).values()) {
      Instant ourLast = null;       // our latest message since the customer last wrote
      Instant theirFirst = null;    // the customer's first message since we last wrote
      for (Message message : thread) {
        if (message.direction() == Direction.OUTBOUND) {
          if (theirFirst != null && within(theirFirst, from, to)) {
            firstResponses.add(Duration.between(theirFirst, message.at()));
          }
          theirFirst = null;
          ourLast = message.at();
        } else {
          if (ourLast != null && within(message.at(), from, to)) {
            replies.add(Duration.between(ourLast, message.at()));
          }
          ourLast = null;
          if (theirFirst == null) {
            theirFirst = message.at();
          }
          if (message.sentiment() != null && within(message.at(), from, to)) {
            sentiments.add(message.sentiment());
          }
        }
      }
      if (waiting(ourLast, to, horizon)) {
        unanswered++;
        Duration wait = Duration.between(ourLast, to);
        longestWait = longestWait == null || wait.compareTo(longestWait) > 0 ? wait : longestWait;
      }
    }
    return new Signals(from, to, reopenings, escalations, open, hours(replies), unanswered,
        // Cut, not rounded, so that the whole days reach 14 exactly when the wait does.
        longestWait == null ? null : Math.floor(longestWait.toMinutes() / 1440.0 * 100.0) / 100.0, hours(firstResponses),
        sentiments.isEmpty() ? null : round(sentiments.stream().mapToDouble(Double::doubleValue).average().orElseThrow()));
  }

  /**
   * The first instant after {@code to} at which time alone can change the fingerprint of these facts' signals, or
   * null if only a new fact can: a reopening, escalation or message leaving the window (or a message stamped a little
   * ahead entering it), a wait on the customer reaching its next whole day, a waiting thread taken as closed.
   */
  public static Instant nextChange(List<TicketUpdate> tickets, List<Message> messages, Instant to, Horizon horizon) {
    List<Instant> candidates = new ArrayList<>();
    for (TicketUpdate update : tickets) {
      if (update.status() == TicketStatus.REOPENED || update.status() == TicketStatus.ESCALATED) {
        candidates.add(update.at().isAfter(to) ? update.at() : leaves(update.at(), horizon.window()));
      }
    }
    for (List<Message> thread : grouped(messages, Message::conversationId, Comparator.comparing(Message::at)
        .thenComparingLong(Message::seq)).values()) {
      for (Message message : thread) {
        candidates.add(message.at().isAfter(to) ? message.at() : leaves(message.at(), horizon.window()));
      }
      Message last = thread.get(thread.size() - 1);
      if (last.direction() == Direction.OUTBOUND && waiting(last.at(), to, horizon)) {
        long days = Duration.between(last.at(), to).toDays();
        candidates.add(last.at().plus(Duration.ofDays(days + 1)));
        candidates.add(leaves(last.at(), horizon.threadWaits()));
      }
    }
    return candidates.stream().filter(at -> at.isAfter(to)).min(Comparator.naturalOrder()).orElse(null);
  }

  /** The first whole second at which a fact at {@code at} is older than {@code span}. */
  private static Instant leaves(Instant at, Duration span) {
    return at.plus(span).plusSeconds(1);
  }

  private static boolean waiting(Instant ourLast, Instant to, Horizon horizon) {
    return ourLast != null && !ourLast.isAfter(to) && !ourLast.isBefore(to.minus(horizon.threadWaits()));
  }

  private static boolean within(Instant at, Instant from, Instant to) {
    return !at.isBefore(from) && !at.isAfter(to);
  }

  private static <T> Map<String, List<T>> grouped(List<T> facts, java.util.function.Function<T, String> key,
      Comparator<T> order) {
    return facts.stream().sorted(order).collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
  }

  private static Double hours(List<Duration> durations) {
    return durations.isEmpty() ? null
        : round(durations.stream().mapToLong(Duration::toMinutes).average().orElseThrow() / 60.0);
  }

  private static double round(double value) {
    return Math.round(value * 100.0) / 100.0;
  }
}
