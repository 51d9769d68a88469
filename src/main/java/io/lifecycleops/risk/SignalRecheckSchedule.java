package io.lifecycleops.risk;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs {@link SignalRechecks} every {@code lifecycle.signals.recheck-every} on every node that runs jobs: where the
 * engine's job executor is off (process tests fire timers by hand), so is this.
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "camunda.bpm.job-execution.enabled", havingValue = "true", matchIfMissing = true)
class SignalRecheckSchedule {

  private final SignalRechecks rechecks;

  SignalRecheckSchedule(SignalRechecks rechecks) {
    this.rechecks = rechecks;
  }

  @Scheduled(initialDelayString = "${lifecycle.signals.recheck-every:PT5M}",
      fixedDelayString = "${lifecycle.signals.recheck-every:PT5M}")
  void recheck() {
    rechecks.recheckDue();
  }
}
