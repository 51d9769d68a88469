package io.lifecycleops.renewal;

import static io.lifecycleops.renewal.RenewalProcess.Variables.*;

import io.lifecycleops.account.AccountHealthRecords;
import io.lifecycleops.account.AccountMoment;
import io.lifecycleops.account.ChurnReason;
import io.lifecycleops.account.Contracts;
import io.lifecycleops.intake.CloudEvent;
import io.lifecycleops.intake.EventHandler;
import io.lifecycleops.intake.EventReceipt;
import io.lifecycleops.intake.EventStatus;
import io.lifecycleops.process.RunningInstances;
import io.lifecycleops.web.ApiProblem;
import io.lifecycleops.web.FieldErrors;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code renewal.closed} and {@code account.health}. */
@Configuration
class RenewalEventHandlers {

  @Bean
  EventHandler<RenewalClosed> renewalClosedEvents(RuntimeService runtime, Contracts contracts, RunningInstances instances) {
    return new EventHandler<>() {
      @Override
      public String type() {
        return "renewal.closed";
      }

      @Override
      public Class<RenewalClosed> dataType() {
        return RenewalClosed.class;
      }

      @Override
      public void check(RenewalClosed closed, FieldErrors errors) {
        var contract = closed.contractId() == null || errors.names("data.contractId") ? null
            : contracts.byId(closed.contractId()).orElse(null);
        if (contract != null && !contract.accountId().equals(closed.accountId())) {
          errors.add("data.contractId", "is not a contract of this account");
        }
        if (closed.outcome() == RenewalOutcome.RENEWED) {
          if (closed.renewedArr() == null && !errors.names("data." + RENEWED_ARR)) {
            errors.add("data." + RENEWED_ARR, "is required for RENEWED and must be a number >= 0");
          }
          if (closed.newTermEnd() == null && !errors.names("data." + NEW_TERM_END)) {
            errors.add("data." + NEW_TERM_END, "is required for RENEWED (a date such as 2028-11-30)");
          } else if (contract != null && closed.newTermEnd() != null && !closed.newTermEnd().isAfter(contract.termEnd())) {
            errors.add("data." + NEW_TERM_END, "must be after the current term's end " + contract.termEnd());
          }
        } else if (closed.outcome() == RenewalOutcome.CHURNED && closed.reason() == null && !errors.names("data.reason")) {
          errors.add("data.reason", "is required for CHURNED, one of " + Arrays.toString(ChurnReason.values()));
        }
        if (closed.contractId() != null && !errors.names("data.contractId") && contract == null) {
          // A well-formed outcome for a contract nobody knows is a 404, never a silent no-op.
          if (errors.isEmpty()) {
            throw ApiProblem.notFound("contract", closed.contractId());
          }
          errors.addFirst("data.contractId", "is not a known contract");
        }
      }

      @Override
      public EventReceipt handle(CloudEvent event, RenewalClosed closed) {
        String contractId = closed.contractId();
        ProcessInstance renewal = instances.query(RenewalProcess.KEY, closed.accountId())
            .variableValueEquals(CONTRACT_ID.name(), contractId).singleResult();
        if (renewal == null) {
          return EventReceipt.unchanged(event.id(), EventStatus.NO_OPEN_RENEWAL, null,
              "contract " + contractId + " has no open renewal (its outcome is already known)");
        }
        Map<String, Object> outcome = new HashMap<>();
        OUTCOME.put(outcome, closed.outcome().name());
        if (closed.outcome() == RenewalOutcome.RENEWED) {
          RENEWED_ARR.put(outcome, closed.renewedArr());
          NEW_TERM_END.put(outcome, closed.newTermEnd().toString());
        } else {
          CHURN_REASON.put(outcome, closed.reason().name());
        }
        boolean asleep = !runtime.createExecutionQuery().processInstanceId(renewal.getId())
            .activityId(RenewalProcess.Elements.WINDOW_OPENS).list().isEmpty();
        if (asleep) {
          // Renewed (or churned) before the window opened, as early renewals are: end the sleeping renewal with it.
          runtime.createProcessInstanceModification(renewal.getId())
              .cancelAllForActivity(RenewalProcess.Elements.WINDOW_OPENS)
              .startBeforeActivity(RenewalProcess.Elements.RENEWED_OR_CHURNED)
              .setVariables(outcome)
              .execute();
          return new EventReceipt(event.id(), EventStatus.APPLIED_EARLY, renewal.getId());
        }
        runtime.setVariables(renewal.getId(), outcome);
        return new EventReceipt(event.id(), EventStatus.APPLIED, renewal.getId());
      }
    };
  }

  @Bean
  EventHandler<AccountHealthReport> accountHealthEvents(AccountHealthRecords health, RenewalRisk risk,
      ApplicationEventPublisher events) {
    return new EventHandler<>() {
      @Override
      public String type() {
        return "account.health";
      }

      @Override
      public Class<AccountHealthReport> dataType() {
        return AccountHealthReport.class;
      }

      @Override
      public EventReceipt handle(CloudEvent event, AccountHealthReport report) {
        health.save(report.accountId(), report.health());
        int reassessed = risk.reassessOpenRenewals(report.accountId());
        events.publishEvent(new AccountMoment(report.accountId(), AccountMoment.Kind.HEALTH_REPORTED, null));
        return new EventReceipt(event.id(), reassessed > 0 ? EventStatus.RISK_CHANGED : EventStatus.RECORDED, null);
      }
    };
  }
}
