package io.lifecycleops.opportunity;

import static io.lifecycleops.opportunity.OpportunityToCloseProcess.Variables.*;

import io.lifecycleops.account.Opportunities;
import io.lifecycleops.account.Opportunities.Opportunity;
import io.lifecycleops.account.OpportunityStage;
import io.lifecycleops.identity.Actors;
import io.lifecycleops.ledger.LedgerEventType;
import io.lifecycleops.ledger.LifecycleLedger;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Stalled deals. {@code ${dealReviews.flag(execution, 'STALE_STAGE')}} (a review timer's listener) records why the
 * manager is asked; {@code ${dealReviews.apply(execution)}} ("Apply the review") carries out their answer: push the
 * close date (the stale clock starts again), move the deal back, or close it lost with a reason. A move goes to the
 * deal's stage work as every other move does, so its rules apply.
 */
@Component("dealReviews")
public class DealReviews {

  public enum Action { PUSH_CLOSE_DATE, MOVE_BACK, CLOSE_LOST }

  private final Opportunities opportunities;
  private final DealStages stages;
  private final LifecycleLedger ledger;
  private final Actors actors;

  public DealReviews(Opportunities opportunities, DealStages stages, LifecycleLedger ledger, Actors actors) {
    this.opportunities = opportunities;
    this.stages = stages;
    this.ledger = ledger;
    this.actors = actors;
  }

  public void flag(DelegateExecution execution, String reason) {
    REVIEW_REASON.on(execution).setLocal(reason);
    Opportunity deal = opportunities.byId(execution.getProcessBusinessKey()).orElseThrow();
    if ("STALE_STAGE".equals(reason)) {
      STALE_FLAGGED_FOR.on(execution).set(STALE_SINCE.from(execution));
    } else {
      CLOSE_DATE_FLAGGED.on(execution).set(String.valueOf(deal.closeDate()));
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("opportunityId", deal.id());
    details.put("reason", reason);
    details.put("stageEnteredAt", deal.stageEnteredAt() == null ? null : deal.stageEnteredAt().toString());
    details.put("closeDate", deal.closeDate() == null ? null : deal.closeDate().toString());
    ledger.append(deal.id(), execution.getProcessInstanceId(), LedgerEventType.DEAL_STALLED, deal.stage(), actors.current(),
        details);
  }

  public void apply(DelegateExecution execution) {
    Opportunity deal = opportunities.byId(execution.getProcessBusinessKey()).orElseThrow();
    Action action = Action.valueOf(REVIEW_ACTION.from(execution));
    Map<String, Object> move = new HashMap<>();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("opportunityId", deal.id());
    details.put("reason", REVIEW_REASON.from(execution));
    details.put("action", action.name());
    switch (action) {
      case PUSH_CLOSE_DATE -> {
        LocalDate closeDate = DealStages.date(NEW_CLOSE_DATE.from(execution));
        details.put("closeDate", String.valueOf(closeDate));
        CLOSE_DATE.put(move, closeDate == null ? null : closeDate.toString());
        REQUESTED_STAGE.put(move, deal.stage());
      }
      case MOVE_BACK -> {
        details.put("to", MOVE_BACK_TO.from(execution));
        REQUESTED_STAGE.put(move, MOVE_BACK_TO.from(execution));
      }
      case CLOSE_LOST -> {
        details.put("lostReason", LOST_REASON.from(execution));
        REQUESTED_STAGE.put(move, OpportunityStage.CLOSED_LOST.name());
        LOST_REASON.put(move, LOST_REASON.from(execution));
      }
    }
    ledger.append(deal.id(), execution.getProcessInstanceId(), LedgerEventType.DEAL_REVIEWED, deal.stage(), actors.current(),
        details);
    // The review answered: the stale clock counts again from now.
    STALE_SINCE.put(move, Date.from(ledger.now()));
    stages.requestMove(execution.getProcessInstanceId(), move);
  }
}
