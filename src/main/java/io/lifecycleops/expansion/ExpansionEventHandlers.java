package io.lifecycleops.expansion;

import static io.lifecycleops.expansion.ExpansionProcess.Variables.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.lifecycleops.intake.CloudEvent;
import io.lifecycleops.intake.EventHandler;
import io.lifecycleops.intake.EventReceipt;
import io.lifecycleops.intake.EventStatus;
import io.lifecycleops.ownership.AccountDirectory;
import io.lifecycleops.process.RunningInstances;
import io.lifecycleops.web.FieldError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code usage.signal}, {@code expansion.request} and {@code expansion.closed}. */
@Configuration
class ExpansionEventHandlers {

  static final Set<String> USAGE_SIGNALS = Set.of("SEAT_UTILIZATION_HIGH", "USAGE_OVER_ENTITLEMENT", "NEW_TEAM", "PRODUCT_QUALIFIED");
  static final String CSM_REQUEST = "CSM_REQUEST";

  @Bean
  EventHandler usageSignalEvents(ExpansionSignals signals, AccountDirectory accounts) {
    return new SignalEvent("usage.signal", signals, accounts, true);
  }

  @Bean
  EventHandler expansionRequestEvents(ExpansionSignals signals, AccountDirectory accounts) {
    return new SignalEvent("expansion.request", signals, accounts, false);
  }

  record SignalEvent(String type, ExpansionSignals signals, AccountDirectory accounts, boolean usage) implements EventHandler {

    @Override
    public List<FieldError> validate(CloudEvent event) {
      JsonNode d = event.data();
      List<FieldError> errors = new ArrayList<>();
      knownAccount(d, accounts, errors);
      if (usage && !USAGE_SIGNALS.contains(d.path("signal").asText(""))) {
        errors.add(new FieldError("data.signal", "must be one of " + USAGE_SIGNALS));
      }
      if (!usage && (!d.hasNonNull("requestedBy") || d.get("requestedBy").asText().isBlank())) {
        errors.add(new FieldError("data.requestedBy", "is required: who asks for the expansion"));
      } else if (!usage && d.get("requestedBy").asText().length() > 200) {
        errors.add(new FieldError("data.requestedBy", "must be at most 200 characters"));
      }
      if (d.hasNonNull("note") && d.get("note").asText().length() > 2000) {
        errors.add(new FieldError("data.note", "must be at most 2000 characters"));
      }
      return errors;
    }

    @Override
    public EventReceipt handle(CloudEvent event) {
      JsonNode d = event.data();
      String signal = usage ? d.get("signal").asText() : CSM_REQUEST;
      String note = usage ? d.path("note").asText(null) : d.get("requestedBy").asText() + (d.hasNonNull("note") ? ": " + d.get("note").asText() : "");
      return signals.receive(event.id(), d.get("accountId").asText(), signal, note);
    }
  }

  @Bean
  EventHandler expansionClosedEvents(RuntimeService runtime, AccountDirectory accounts, RunningInstances instances) {
    return new EventHandler() {
      @Override
      public String type() {
        return "expansion.closed";
      }

      @Override
      public List<FieldError> validate(CloudEvent event) {
        JsonNode d = event.data();
        List<FieldError> errors = new ArrayList<>();
        knownAccount(d, accounts, errors);
        String outcome = d.path("outcome").asText("");
        if (!outcome.equals("WON") && !outcome.equals("LOST")) {
          errors.add(new FieldError("data.outcome", "must be WON or LOST"));
        }
        if (outcome.equals("WON") && (!d.hasNonNull("amount") || !d.get("amount").isNumber() || d.get("amount").asDouble() <= 0)) {
          errors.add(new FieldError("data.amount", "is required for WON and must be a number > 0 (additional ARR)"));
        }
        return errors;
      }

      @Override
      public EventReceipt handle(CloudEvent event) {
        JsonNode d = event.data();
        ProcessInstance open = instances.of(ExpansionProcess.KEY, d.get("accountId").asText()).orElse(null);
        if (open == null || runtime.getVariable(open.getId(), EXPANSION_OPPORTUNITY_ID) == null) {
          return EventReceipt.unchanged(event.id(), EventStatus.NO_OPEN_EXPANSION_OPPORTUNITY, open == null ? null : open.getId(),
              "account " + d.get("accountId").asText() + " has no open expansion opportunity");
        }
        Map<String, Object> outcome = new HashMap<>();
        outcome.put(OUTCOME, d.get("outcome").asText());
        if (d.hasNonNull("amount")) {
          outcome.put(WON_AMOUNT, d.get("amount").asDouble());
        }
        runtime.setVariables(open.getId(), outcome);
        return new EventReceipt(event.id(), EventStatus.APPLIED, open.getId());
      }
    };
  }

  static void knownAccount(JsonNode d, AccountDirectory accounts, List<FieldError> errors) {
    JsonNode id = d.get("accountId");
    if (id == null || !id.isTextual() || id.asText().isBlank()) {
      errors.add(new FieldError("data.accountId", "is required and must be a non-empty string"));
    } else if (accounts.byId(id.asText()).isEmpty()) {
      errors.add(new FieldError("data.accountId", "is not a known account"));
    }
  }
}
