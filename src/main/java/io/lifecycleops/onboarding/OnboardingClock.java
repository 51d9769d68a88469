package io.lifecycleops.onboarding;

import static io.lifecycleops.onboarding.ClosedWonToOnboardingProcess.Variables.*;

import io.lifecycleops.sla.WorkingCalendar;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Onboarding deadlines the model's timers use: the time-to-first-value target counts calendar days from the close. */
@Component("onboardingClock")
public class OnboardingClock {

  public Date firstValueDueAt(VariableScope scope) {
    Date closedWonAt = CLOSED_WON_AT.from(scope);
    String target = FIRST_VALUE_TARGET.from(scope);
    return Date.from(closedWonAt.toInstant().plus(WorkingCalendar.length(target, Duration.ofDays(1))));
  }
}
