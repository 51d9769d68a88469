package io.lifecycleops.opportunity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lifecycleops.access.Caller;
import io.lifecycleops.access.Callers;
import io.lifecycleops.account.Opportunities;
import io.lifecycleops.intake.EventIntake;
import io.lifecycleops.intake.EventReceipt;
import io.lifecycleops.intake.EventStatus;
import io.lifecycleops.web.ApiProblem;
import io.lifecycleops.web.FieldError;
import io.lifecycleops.web.FieldErrors;
import io.lifecycleops.web.JsonRecords;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An AE opens a deal they sourced ({@code POST /api/opportunities}, through the event intake like opportunity.created,
 * so the same checks, idempotency and transaction apply), and anyone who may see a deal reads it.
 */
@RestController
class OpportunityController {

  private final EventIntake intake;
  private final JsonRecords records;
  private final DealDesk desk;
  private final Opportunities opportunities;
  private final DealViews views;
  private final ObjectMapper json;

  OpportunityController(EventIntake intake, JsonRecords records, DealDesk desk, Opportunities opportunities,
      DealViews views, ObjectMapper json) {
    this.intake = intake;
    this.records = records;
    this.desk = desk;
    this.opportunities = opportunities;
    this.views = views;
    this.json = json;
  }

  @PostMapping("/api/opportunities")
  ResponseEntity<DealViews.DealView> open(@RequestBody(required = false) JsonNode body) {
    Caller caller = Callers.current().orElseThrow();
    OpportunityCreated given = records.valid(body, OpportunityCreated.class, "The deal is not valid.");
    // The id becomes the deal process's business key, which access rules read: only the service makes one here.
    if (given.opportunityId() != null && !caller.isAdmin()) {
      throw new ApiProblem(HttpStatus.BAD_REQUEST, "Invalid request", "The service makes the deal's id.",
          List.of(new FieldError("opportunityId", "is made by the service; leave it out (the CRM sends opportunity.created)")));
    }
    OpportunityCreated deal = given.withIds(UUID.randomUUID().toString(), caller.userId());
    if (!deal.owner().equals(caller.userId()) && !caller.isAdmin()
        && !caller.managedProcesses().contains(OpportunityToCloseProcess.KEY)) {
      throw ApiProblem.forbidden("opportunities:create",
          "Reps open deals they own; only managers of opportunity-to-close open deals for " + deal.owner() + ".");
    }
    FieldErrors errors = new FieldErrors();
    OpportunityCreatedEventHandler.checkOwner(desk, deal, errors, "");
    boolean manager = caller.isAdmin() || caller.managedProcesses().contains(OpportunityToCloseProcess.KEY);
    if (!manager && errors.isEmpty() && desk.existsUnowned(deal.accountId())) {
      errors.add("accountId", "is a known account nobody owns yet (its lead may still be qualified); a sales manager opens"
          + " deals on it");
    }
    if (!errors.isEmpty()) {
      throw new ApiProblem(HttpStatus.BAD_REQUEST, "Invalid request", "The deal is not valid.", errors.list());
    }
    if (opportunities.byId(deal.opportunityId()).isPresent()) {
      throw new ApiProblem(HttpStatus.CONFLICT, "Opportunity exists", "Opportunity " + deal.opportunityId()
          + " exists already; move it with its task or opportunity.stage_changed.");
    }
    ObjectNode event = json.createObjectNode();
    event.put("specversion", "1.0");
    event.put("id", "api-opportunity:" + deal.opportunityId());
    event.put("type", OpportunityCreatedEventHandler.TYPE);
    event.put("source", "/api/opportunities");
    event.set("data", json.valueToTree(deal));
    EventReceipt receipt = intake.accept(event);
    if (receipt.status() != EventStatus.STARTED) {
      throw new ApiProblem(HttpStatus.CONFLICT, "Opportunity exists", "Opportunity " + deal.opportunityId() + " exists already.");
    }
    return ResponseEntity.created(URI.create("/api/opportunities/" + deal.opportunityId()))
        .body(views.of(deal.opportunityId()));
  }

  @GetMapping("/api/opportunities/{id}")
  DealViews.DealView read(@PathVariable String id) {
    return views.of(id);
  }
}
