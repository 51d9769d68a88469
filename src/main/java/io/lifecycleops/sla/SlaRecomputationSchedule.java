package io.lifecycleops.sla;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code lifecycle.sla.recompute.resume-check}, and once at start, a node that runs jobs takes over an SLA
 * recomputation whose node stopped (crash, restart): it goes on from its last finished batch.
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "camunda.bpm.job-execution.enabled", havingValue = "true", matchIfMissing = true)
class SlaRecomputationSchedule {

  private final SlaRecomputations runs;

  SlaRecomputationSchedule(SlaRecomputations runs) {
    this.runs = runs;
  }

  @Scheduled(initialDelay = 0, fixedDelayString = "${lifecycle.sla.recompute.resume-check:PT30S}")
  void resumeAbandoned() {
    runs.resumeAbandoned();
  }
}
