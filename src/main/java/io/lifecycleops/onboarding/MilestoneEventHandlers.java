package io.lifecycleops.onboarding;

import com.fasterxml.jackson.databind.JsonNode;
import io.lifecycleops.intake.CloudEvent;
import io.lifecycleops.intake.EventHandler;
import io.lifecycleops.intake.EventReceipt;
import io.lifecycleops.intake.EventStatus;
import io.lifecycleops.onboarding.OnboardingMilestones.Milestone;
import io.lifecycleops.web.FieldError;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code onboarding.technical_setup_done} {accountId} and {@code onboarding.first_value} {accountId, activeUsers}. */
@Configuration
class MilestoneEventHandlers {

  @Bean
  EventHandler technicalSetupDoneEvents(OnboardingMilestones milestones) {
    return new MilestoneEvent("onboarding.technical_setup_done", Milestone.TECHNICAL_SETUP_DONE, milestones);
  }

  @Bean
  EventHandler firstValueEvents(OnboardingMilestones milestones) {
    return new MilestoneEvent("onboarding.first_value", Milestone.FIRST_VALUE, milestones);
  }

  record MilestoneEvent(String type, Milestone milestone, OnboardingMilestones milestones) implements EventHandler {

    @Override
    public List<FieldError> validate(CloudEvent event) {
      JsonNode d = event.data();
      List<FieldError> errors = new ArrayList<>();
      if (!d.hasNonNull("accountId") || !d.get("accountId").isTextual() || d.get("accountId").asText().isBlank()) {
        errors.add(new FieldError("data.accountId", "is required and must be a non-empty string"));
      }
      if (milestone == Milestone.FIRST_VALUE) {
        JsonNode users = d.get("activeUsers");
        if (users == null || users.isNull() || !users.isIntegralNumber() || users.asInt() < 0) {
          errors.add(new FieldError("data.activeUsers", "is required and must be an integer >= 0"));
        }
      }
      return errors;
    }

    @Override
    public EventReceipt handle(CloudEvent event) {
      JsonNode d = event.data();
      Integer users = d.hasNonNull("activeUsers") ? d.get("activeUsers").asInt() : null;
      String pi = milestones.reach(d.get("accountId").asText(), milestone, users);
      return new EventReceipt(event.id(), pi == null ? EventStatus.KEPT_UNTIL_ONBOARDING : EventStatus.APPLIED, pi);
    }
  }
}
