package io.lifecycleops.renewal;

import static io.lifecycleops.renewal.RenewalProcess.Variables.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.lifecycleops.account.AccountHealthRecords;
import io.lifecycleops.account.AccountHealthRecords.Health;
import io.lifecycleops.account.Contracts;
import io.lifecycleops.intake.CloudEvent;
import io.lifecycleops.intake.EventHandler;
import io.lifecycleops.intake.EventReceipt;
import io.lifecycleops.intake.EventStatus;
import io.lifecycleops.ownership.AccountDirectory;
import io.lifecycleops.process.RunningInstances;
import io.lifecycleops.web.ApiProblem;
import io.lifecycleops.web.FieldError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code renewal.closed} and {@code account.health}. */
@Configuration
class RenewalEventHandlers {

  static final Set<String> TRENDS = Set.of("UP", "FLAT", "DOWN");
  static final Set<String> CHURN_REASONS = Set.of("PRICE", "PRODUCT_GAPS", "COMPETITOR", "NO_ADOPTION", "BUDGET_CUT", "ACQUIRED", "OTHER");

  @Bean
  EventHandler renewalClosedEvents(RuntimeService runtime, Contracts contracts, RunningInstances instances) {
    return new EventHandler() {
      @Override
      public String type() {
        return "renewal.closed";
      }

      @Override
      public List<FieldError> validate(CloudEvent event) {
        JsonNode d = event.data();
        List<FieldError> errors = new ArrayList<>();
        String contractId = text(d, "contractId", errors);
        String accountId = text(d, "accountId", errors);
        var contract = contractId == null ? null : contracts.byId(contractId).orElse(null);
        if (contract != null && !contract.accountId().equals(accountId)) {
          errors.add(new FieldError("data.contractId", "is not a contract of this account"));
        }
        String outcome = d.path("outcome").asText(null);
        if (!RenewalProcess.RENEWED.equals(outcome) && !RenewalProcess.CHURNED.equals(outcome)) {
          errors.add(new FieldError("data.outcome", "must be RENEWED or CHURNED"));
        } else if (RenewalProcess.RENEWED.equals(outcome)) {
          JsonNode arr = d.get(RENEWED_ARR);
          if (arr == null || !arr.isNumber() || arr.asDouble() < 0) {
            errors.add(new FieldError("data." + RENEWED_ARR, "is required for RENEWED and must be a number >= 0"));
          }
          try {
            LocalDate end = LocalDate.parse(d.path(NEW_TERM_END).asText(""));
            if (contract != null && !end.isAfter(contract.termEnd())) {
              errors.add(new FieldError("data." + NEW_TERM_END, "must be after the current term's end " + contract.termEnd()));
            }
          } catch (DateTimeParseException e) {
            errors.add(new FieldError("data." + NEW_TERM_END, "is required for RENEWED (a date such as 2028-11-30)"));
          }
        } else if (!CHURN_REASONS.contains(d.path("reason").asText(""))) {
          errors.add(new FieldError("data.reason", "is required for CHURNED, one of " + CHURN_REASONS));
        }
        if (contractId != null && contract == null) {
          // A well-formed outcome for a contract nobody knows is a 404, never a silent no-op.
          if (errors.isEmpty()) {
            throw ApiProblem.notFound("contract", contractId);
          }
          errors.add(0, new FieldError("data.contractId", "is not a known contract"));
        }
        return errors;
      }

      @Override
      public EventReceipt handle(CloudEvent event) {
        JsonNode d = event.data();
        String contractId = d.get("contractId").asText();
        ProcessInstance renewal = instances.query(RenewalProcess.KEY, d.get("accountId").asText())
            .variableValueEquals(CONTRACT_ID, contractId).singleResult();
        if (renewal == null) {
          return EventReceipt.unchanged(event.id(), EventStatus.NO_OPEN_RENEWAL, null,
              "contract " + contractId + " has no open renewal (its outcome is already known)");
        }
        Map<String, Object> outcome = new HashMap<>();
        outcome.put(OUTCOME, d.get("outcome").asText());
        if (RenewalProcess.RENEWED.equals(d.get("outcome").asText())) {
          outcome.put(RENEWED_ARR, d.get(RENEWED_ARR).asDouble());
          outcome.put(NEW_TERM_END, d.get(NEW_TERM_END).asText());
        } else {
          outcome.put(CHURN_REASON, d.get("reason").asText());
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
  EventHandler accountHealthEvents(AccountDirectory accounts, AccountHealthRecords health, RenewalRisk risk) {
    return new EventHandler() {
      @Override
      public String type() {
        return "account.health";
      }

      @Override
      public List<FieldError> validate(CloudEvent event) {
        JsonNode d = event.data();
        List<FieldError> errors = new ArrayList<>();
        String accountId = text(d, "accountId", errors);
        if (accountId != null && accounts.byId(accountId).isEmpty()) {
          errors.add(new FieldError("data.accountId", "is not a known account"));
        }
        if (d.hasNonNull("usageTrend") && !TRENDS.contains(d.get("usageTrend").asText())) {
          errors.add(new FieldError("data.usageTrend", "must be one of " + TRENDS));
        }
        if (d.hasNonNull("seatUtilization") && (!d.get("seatUtilization").isNumber() || d.get("seatUtilization").asDouble() < 0)) {
          errors.add(new FieldError("data.seatUtilization", "must be a number >= 0 (1.0 = every seat used)"));
        }
        for (String count : List.of("openEscalations", "ticketReopenCount")) {
          if (d.hasNonNull(count) && (!d.get(count).isIntegralNumber() || d.get(count).asInt() < 0)) {
            errors.add(new FieldError("data." + count, "must be an integer >= 0"));
          }
        }
        if (d.hasNonNull("championChanged") && !d.get("championChanged").isBoolean()) {
          errors.add(new FieldError("data.championChanged", "must be true or false"));
        }
        if (d.hasNonNull("nps") && (!d.get("nps").isIntegralNumber() || d.get("nps").asInt() < -100 || d.get("nps").asInt() > 100)) {
          errors.add(new FieldError("data.nps", "must be an integer from -100 to 100"));
        }
        return errors;
      }

      @Override
      public EventReceipt handle(CloudEvent event) {
        JsonNode d = event.data();
        String accountId = d.get("accountId").asText();
        health.save(accountId, new Health(
            d.hasNonNull("usageTrend") ? d.get("usageTrend").asText() : null,
            d.hasNonNull("seatUtilization") ? d.get("seatUtilization").asDouble() : null,
            d.path("openEscalations").asInt(0), d.path("ticketReopenCount").asInt(0),
            d.path("championChanged").asBoolean(false),
            d.hasNonNull("nps") ? d.get("nps").asInt() : null));
        int reassessed = risk.reassessOpenRenewals(accountId);
        return new EventReceipt(event.id(), reassessed > 0 ? EventStatus.RISK_CHANGED : EventStatus.RECORDED, null);
      }
    };
  }

  private static String text(JsonNode d, String field, List<FieldError> errors) {
    JsonNode node = d.get(field);
    if (node == null || !node.isTextual() || node.asText().isBlank()) {
      errors.add(new FieldError("data." + field, "is required and must be a non-empty string"));
      return null;
    }
    return node.asText();
  }
}
