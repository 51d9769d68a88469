package io.lifecycleops.access;

import io.lifecycleops.web.ApiProblem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles failed logins per client address, on every way in (HTTP Basic on {@code /api} and
 * {@code /engine-rest}, the webapps' login form): after {@code maxFailures} failures within
 * {@code window} that address gets 429 with {@code Retry-After} and its attempts no longer reach the
 * password check. Counting per address, not per user, means a stranger guessing a colleague's
 * password slows down only themselves. Counts are kept per node, in memory.
 */
class LoginThrottle extends OncePerRequestFilter {

  private static final Pattern WEBAPP_LOGIN = Pattern.compile("^/camunda/api/admin/auth/user/[^/]+/login/[^/]+$");
  /** Bounds the memory an attack from many addresses can take; stale entries are dropped first. */
  static final int MAX_ADDRESSES = 100_000;

  private final int maxFailures;
  private final Duration window;
  private final Clock clock;
  private final ProblemResponses problems;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  LoginThrottle(AccessProperties.LoginThrottle settings, Clock clock, ProblemResponses problems) {
    this.maxFailures = settings.maxFailures();
    this.window = settings.window();
    this.clock = clock;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!isLoginAttempt(request)) {
      chain.doFilter(request, response);
      return;
    }
    String address = request.getRemoteAddr();
    Instant now = clock.instant();
    Duration wait = waitFor(address, now);
    if (!wait.isZero()) {
      long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
      response.setHeader("Retry-After", Long.toString(seconds));
      problems.write(request, response, new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "Too many failed logins",
          "Too many failed logins from " + address + "; try again in " + seconds + " s."));
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      recordFailure(address, now);
    }
  }

  private static boolean isLoginAttempt(HttpServletRequest request) {
    return request.getHeader("Authorization") != null
        || ("POST".equals(request.getMethod()) && WEBAPP_LOGIN.matcher(request.getRequestURI()).matches());
  }

  /** How long the address must wait: zero while it has fewer than maxFailures failures in the window. */
  private Duration waitFor(String address, Instant now) {
    Deque<Instant> recent = failures.get(address);
    if (recent == null) {
      return Duration.ZERO;
    }
    synchronized (recent) {
      prune(recent, now);
      if (recent.size() < maxFailures) {
        return Duration.ZERO;
      }
      return Duration.between(now, recent.peekFirst().plus(window));
    }
  }

  private void recordFailure(String address, Instant now) {
    if (failures.size() >= MAX_ADDRESSES) {
      failures.entrySet().removeIf(entry -> {
        synchronized (entry.getValue()) {
          prune(entry.getValue(), now);
          return entry.getValue().isEmpty();
        }
      });
    }
    Deque<Instant> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
    synchronized (recent) {
      prune(recent, now);
      recent.addLast(now);
      while (recent.size() > maxFailures) {
        recent.removeFirst();
      }
    }
  }

  private void prune(Deque<Instant> recent, Instant now) {
    while (!recent.isEmpty() && !recent.peekFirst().plus(window).isAfter(now)) {
      recent.removeFirst();
    }
  }
}
