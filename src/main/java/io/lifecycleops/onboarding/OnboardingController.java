package io.lifecycleops.onboarding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lifecycleops.account.Opportunities;
import io.lifecycleops.intake.EventIntake;
import io.lifecycleops.intake.EventReceipt;
import io.lifecycleops.intake.EventStatus;
import io.lifecycleops.onboarding.OnboardingMilestones.Milestone;
import io.lifecycleops.web.ApiProblem;
import io.lifecycleops.web.FieldError;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Closed-won for an opportunity the lead process created, and milestones confirmed by the CSM. Both
 * go through the event intake, so they get the same validation, idempotency and transaction.
 */
@RestController
class OnboardingController {

  private final EventIntake intake;
  private final Opportunities opportunities;
  private final OnboardingMilestones milestones;
  private final ObjectMapper json;

  OnboardingController(EventIntake intake, Opportunities opportunities, OnboardingMilestones milestones, ObjectMapper json) {
    this.intake = intake;
    this.opportunities = opportunities;
    this.milestones = milestones;
    this.json = json;
  }

  /** Same payload as opportunity.closed_won; the account, opportunity and AE come from the opportunity. Once per opportunity. */
  @PostMapping("/api/opportunities/{id}/closed-won")
  ResponseEntity<EventReceipt> closedWon(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
    var opportunity = opportunities.byId(id).orElseThrow(() ->
        ApiProblem.notFound("opportunity", id));
    ObjectNode data = body != null && body.isObject() ? ((ObjectNode) body).deepCopy() : json.createObjectNode();
    data.put("accountId", opportunity.accountId());
    data.put("opportunityId", opportunity.id());
    if (!data.hasNonNull("accountName")) {
      data.put("accountName", opportunity.name());
    }
    data.put("accountExecutive", opportunity.owner());
    ObjectNode event = json.createObjectNode();
    event.put("specversion", "1.0");
    event.put("id", "opportunity-closed-won:" + id);
    event.put("type", ClosedWonEventHandler.TYPE);
    event.put("source", "/api/opportunities/" + id + "/closed-won");
    event.set("data", data);
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(intake.accept(event));
  }

  record MilestoneRequest(Integer activeUsers) {}

  /** The CSM confirms a milestone: technical-setup or first-value (with activeUsers). */
  @PostMapping("/api/accounts/{accountId}/milestones/{milestone}")
  EventReceipt confirm(@PathVariable String accountId, @PathVariable String milestone,
      @RequestBody(required = false) MilestoneRequest request) {
    Milestone which = switch (milestone) {
      case "technical-setup" -> Milestone.TECHNICAL_SETUP_DONE;
      case "first-value" -> Milestone.FIRST_VALUE;
      default -> throw new ApiProblem(HttpStatus.NOT_FOUND, "No such milestone",
          "Milestones are technical-setup and first-value, not '" + milestone + "'.");
    };
    Integer users = request == null ? null : request.activeUsers();
    if (which == Milestone.FIRST_VALUE && (users == null || users < 0)) {
      throw new ApiProblem(HttpStatus.BAD_REQUEST, "Invalid request", "First value needs the number of active users.",
          List.of(new FieldError("activeUsers", "is required and must be >= 0")));
    }
    String pi = milestones.reach(accountId, which, users);
    return new EventReceipt(null, pi == null ? EventStatus.KEPT_UNTIL_ONBOARDING : EventStatus.APPLIED, pi);
  }
}
