package io.lifecycleops.expansion;

import static io.lifecycleops.expansion.ExpansionProcess.Variables.*;

import io.lifecycleops.account.DealEvents.ExpansionClosedReported;
import io.lifecycleops.expansion.ExpansionEvents.ExpansionClosed;
import io.lifecycleops.expansion.ExpansionEvents.ExpansionRequest;
import io.lifecycleops.expansion.ExpansionEvents.Outcome;
import io.lifecycleops.expansion.ExpansionEvents.UsageSignal;
import io.lifecycleops.intake.CloudEvent;
import io.lifecycleops.intake.EventHandler;
import io.lifecycleops.intake.EventReceipt;
import io.lifecycleops.intake.EventStatus;
import io.lifecycleops.process.RunningInstances;
import io.lifecycleops.web.FieldErrors;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code usage.signal}, {@code expansion.request} and {@code expansion.closed}. */
@Configuration
class ExpansionEventHandlers {

  /** The signal an expansion.request is, for expansion-qualification. */
  static final String CSM_REQUEST = "CSM_REQUEST";

  @Bean
  EventHandler<UsageSignal> usageSignalEvents(ExpansionSignals signals) {
    return new Handler<>("usage.signal", UsageSignal.class,
        (event, usage) -> signals.receive(event.id(), usage.accountId(), usage.signal().name(), usage.note()));
  }

  @Bean
  EventHandler<ExpansionRequest> expansionRequestEvents(ExpansionSignals signals) {
    return new Handler<>("expansion.request", ExpansionRequest.class,
        (event, request) -> signals.receive(event.id(), request.accountId(), CSM_REQUEST,
            request.requestedBy() + (request.note() != null ? ": " + request.note() : "")));
  }

  /** A usage signal or request is always taken: {@link ExpansionSignals} decides what it starts. */
  record Handler<D extends Record>(String type, Class<D> dataType, BiFunction<CloudEvent, D, EventReceipt> receive)
      implements EventHandler<D> {

    @Override
    public EventReceipt handle(CloudEvent event, D data) {
      return receive.apply(event, data);
    }
  }

  @Bean
  EventHandler<ExpansionClosed> expansionClosedEvents(RuntimeService runtime, RunningInstances instances,
      ApplicationEventPublisher events) {
    return new EventHandler<>() {
      @Override
      public String type() {
        return "expansion.closed";
      }

      @Override
      public Class<ExpansionClosed> dataType() {
        return ExpansionClosed.class;
      }

      @Override
      public void check(ExpansionClosed closed, FieldErrors errors) {
        if (closed.outcome() == Outcome.WON && closed.amount() == null && !errors.names("data.amount")) {
          errors.add("data.amount", "is required for WON and must be a number > 0 (additional ARR)");
        }
      }

      @Override
      public EventReceipt handle(CloudEvent event, ExpansionClosed closed) {
        ProcessInstance open = instances.of(ExpansionProcess.KEY, closed.accountId()).orElse(null);
        if (open == null || EXPANSION_OPPORTUNITY_ID.from(runtime, open.getId()) == null) {
          return EventReceipt.unchanged(event.id(), EventStatus.NO_OPEN_EXPANSION_OPPORTUNITY, open == null ? null : open.getId(),
              "account " + closed.accountId() + " has no open expansion opportunity");
        }
        // Its deal closes in opportunity-to-close too; the booking below is the only one.
        events.publishEvent(new ExpansionClosedReported(EXPANSION_OPPORTUNITY_ID.from(runtime, open.getId()),
            closed.accountId(), closed.outcome() == Outcome.WON, closed.amount()));
        Map<String, Object> outcome = new HashMap<>();
        OUTCOME.put(outcome, closed.outcome().name());
        if (closed.amount() != null) {
          WON_AMOUNT.put(outcome, closed.amount());
        }
        runtime.setVariables(open.getId(), outcome);
        return new EventReceipt(event.id(), EventStatus.APPLIED, open.getId());
      }
    };
  }
}
