package io.lifecycleops.onboarding;

import io.lifecycleops.intake.CloudEvent;
import io.lifecycleops.intake.EventHandler;
import io.lifecycleops.intake.EventReceipt;
import io.lifecycleops.intake.EventStatus;
import io.lifecycleops.onboarding.OnboardingMilestones.Milestone;
import io.lifecycleops.web.FieldErrors;
import io.lifecycleops.web.SubjectId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code onboarding.technical_setup_done} {accountId} and {@code onboarding.first_value} {accountId, activeUsers}. */
@Configuration
class MilestoneEventHandlers {

  @Bean
  EventHandler<MilestoneReached> technicalSetupDoneEvents(OnboardingMilestones milestones) {
    return new MilestoneEvent("onboarding.technical_setup_done", Milestone.TECHNICAL_SETUP_DONE, milestones);
  }

  @Bean
  EventHandler<MilestoneReached> firstValueEvents(OnboardingMilestones milestones) {
    return new MilestoneEvent("onboarding.first_value", Milestone.FIRST_VALUE, milestones);
  }

  /** The data of both milestone events; first value also says how many users are active. */
  record MilestoneReached(@NotBlank @SubjectId String accountId, @PositiveOrZero Integer activeUsers) {}

  record MilestoneEvent(String type, Milestone milestone, OnboardingMilestones milestones) implements EventHandler<MilestoneReached> {

    @Override
    public Class<MilestoneReached> dataType() {
      return MilestoneReached.class;
    }

    @Override
    public void check(MilestoneReached reached, FieldErrors errors) {
      if (milestone == Milestone.FIRST_VALUE && reached.activeUsers() == null && !errors.names("data.activeUsers")) {
        errors.add("data.activeUsers", "is required and must be an integer >= 0");
      }
    }

    @Override
    public EventReceipt handle(CloudEvent event, MilestoneReached reached) {
      String pi = milestones.reach(reached.accountId(), milestone, reached.activeUsers());
      return new EventReceipt(event.id(), pi == null ? EventStatus.KEPT_UNTIL_ONBOARDING : EventStatus.APPLIED, pi);
    }
  }
}
