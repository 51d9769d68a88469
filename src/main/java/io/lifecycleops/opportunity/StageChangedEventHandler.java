package io.lifecycleops.opportunity;

import static io.lifecycleops.opportunity.OpportunityToCloseProcess.Variables.*;

import io.lifecycleops.account.Opportunities;
import io.lifecycleops.account.OpportunityStage;
import io.lifecycleops.intake.CloudEvent;
import io.lifecycleops.intake.EventHandler;
import io.lifecycleops.intake.EventReceipt;
import io.lifecycleops.intake.EventStatus;
import io.lifecycleops.opportunity.DealCriteria.Criterion;
import io.lifecycleops.process.RunningInstances;
import io.lifecycleops.web.FieldErrors;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * {@code opportunity.stage_changed}: the CRM moves a deal that runs here. The move goes through the deal's stage
 * work like the owner's own: when exit criteria are missing the deal stays, its owner gets "Complete stage criteria",
 * and the answer names what is missing.
 */
@Component
public class StageChangedEventHandler implements EventHandler<StageChanged> {

  public static final String TYPE = "opportunity.stage_changed";

  private final RunningInstances instances;
  private final RuntimeService runtime;
  private final Opportunities opportunities;
  private final DealCriteria criteria;
  private final DealStages stages;

  public StageChangedEventHandler(RunningInstances instances, RuntimeService runtime, Opportunities opportunities,
      DealCriteria criteria, DealStages stages) {
    this.instances = instances;
    this.runtime = runtime;
    this.opportunities = opportunities;
    this.criteria = criteria;
    this.stages = stages;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public Class<StageChanged> dataType() {
    return StageChanged.class;
  }

  @Override
  public void check(StageChanged move, FieldErrors errors) {
    if (move.opportunityId() != null && !errors.names("data.opportunityId")
        && instances.of(OpportunityToCloseProcess.KEY, move.opportunityId()).isEmpty()) {
      errors.add("data.opportunityId", opportunities.byId(move.opportunityId()).isPresent()
          ? "is a deal that is closed already" : "is not a deal this service runs (send opportunity.created first)");
    }
    if (move.criteria() != null) {
      Set<String> known = criteria.all().stream().map(Criterion::name).collect(Collectors.toSet());
      move.criteria().forEach((name, value) -> {
        if (!known.contains(name)) {
          errors.add("data.criteria." + name, "is not a criterion of opportunity-exit-criteria; known: "
              + known.stream().sorted().toList());
        } else if (!(value instanceof Boolean) && !(value instanceof String)) {
          errors.add("data.criteria." + name, "must be true, false or a note");
        }
      });
    }
    if (move.stage() == OpportunityStage.CLOSED_LOST && !errors.names("data.lostReason")
        && !stages.knownLostReason(move.lostReason())) {
      errors.add("data.lostReason", move.lostReason() == null ? "is required to close a deal lost"
          : "is not a reason of lost-reasons (e.g. PRICE, COMPETITOR, NO_DECISION, TIMING, FIT, OTHER)");
    }
    if (move.stage() == OpportunityStage.CLOSED_WON) {
      if (move.termStart() == null) {
        errors.addUnlessNamed("data.termStart", "is required to close a deal won");
      }
      if (move.termEnd() == null) {
        errors.addUnlessNamed("data.termEnd", "is required to close a deal won");
      } else if (move.termStart() != null && !move.termEnd().isAfter(move.termStart())) {
        errors.add("data.termEnd", "must be after termStart");
      }
    }
  }

  @Override
  public EventReceipt handle(CloudEvent event, StageChanged move) {
    ProcessInstance deal = instances.of(OpportunityToCloseProcess.KEY, move.opportunityId()).orElseThrow();
    Map<String, Object> variables = new HashMap<>();
    REQUESTED_STAGE.put(variables, move.stage().name());
    AMOUNT.put(variables, move.amount());
    CURRENCY.put(variables, move.currency());
    CLOSE_DATE.put(variables, move.closeDate() == null ? null : move.closeDate().toString());
    LOST_REASON.put(variables, move.lostReason());
    LOST_NOTE.put(variables, move.lostNote());
    TERM_START.put(variables, move.termStart() == null ? null : move.termStart().toString());
    TERM_END.put(variables, move.termEnd() == null ? null : move.termEnd().toString());
    if (move.criteria() != null) {
      variables.putAll(move.criteria());
    }
    variables.values().removeIf(java.util.Objects::isNull);
    stages.requestMove(deal.getId(), variables);
    boolean stays = opportunities.byId(move.opportunityId()).map(o -> !o.stage().equals(move.stage().name())).orElse(false);
    if (!stays) {
      return new EventReceipt(event.id(), EventStatus.APPLIED, deal.getId());
    }
    String missing = MISSING_CRITERIA.from(runtime, deal.getId());
    List<String> names = missing == null || missing.isBlank() ? List.of() : List.of(missing.split(","));
    return new EventReceipt(event.id(), EventStatus.EXIT_CRITERIA_MISSING, deal.getId(), null, names);
  }
}
