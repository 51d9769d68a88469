package io.lifecycleops.handoff;

import com.fasterxml.jackson.databind.JsonNode;
import io.lifecycleops.sla.HandoffSlaAdjustments;
import io.lifecycleops.sla.HandoffSlaAdjustments.OpenHandoff;
import io.lifecycleops.sla.SlaClock;
import io.lifecycleops.sla.SlaClocks;
import io.lifecycleops.sla.SlaStateException;
import io.lifecycleops.web.ApiProblem;
import io.lifecycleops.web.JsonRecords;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The SLA of an open handoff: read it, pause it while waiting on the customer, resume it (recomputing every open
 * handoff is {@link SlaRecomputationController}'s).
 */
@RestController
class HandoffSlaController {

  private final HandoffSlaAdjustments adjustments;
  private final SlaClocks clocks;
  private final Clock clock;
  private final JsonRecords records;

  HandoffSlaController(HandoffSlaAdjustments adjustments, SlaClocks clocks, Clock clock, JsonRecords records) {
    this.records = records;
    this.adjustments = adjustments;
    this.clocks = clocks;
    this.clock = clock;
  }

  record SlaView(String taskId, String handoff, String assignee, String calendar, Instant startedAt, Instant warningAt,
      Instant dueAt, Instant secondLevelAt, boolean paused, Instant pausedAt, long pausedBusinessMinutes,
      long elapsedBusinessMinutes) {}

  record PauseRequest(@NotBlank(message = PAUSE_REASON) @Size(max = 500, message = PAUSE_REASON) String reason) {}

  static final String PAUSE_REASON = "is required, at most 500 characters";

  @GetMapping("/api/handoffs/{taskId}/sla")
  SlaView sla(@PathVariable String taskId) {
    return view(open(taskId));
  }

  @PostMapping("/api/handoffs/{taskId}/sla/pause")
  SlaView pause(@PathVariable String taskId, @RequestBody(required = false) JsonNode body) {
    String reason = records.valid(body, PauseRequest.class, "Say why the handoff waits on the customer.").reason();
    OpenHandoff open = open(taskId);
    try {
      adjustments.pause(open, reason.trim());
    } catch (SlaStateException e) {
      throw new ApiProblem(HttpStatus.CONFLICT, "SLA already paused", e.getMessage());
    }
    return view(open(taskId));
  }

  @PostMapping("/api/handoffs/{taskId}/sla/resume")
  SlaView resume(@PathVariable String taskId) {
    OpenHandoff open = open(taskId);
    try {
      adjustments.resume(open);
    } catch (SlaStateException e) {
      throw new ApiProblem(HttpStatus.CONFLICT, "SLA not paused", e.getMessage());
    }
    return view(open(taskId));
  }

  private OpenHandoff open(String taskId) {
    return adjustments.find(taskId).orElseThrow(() -> ApiProblem.notFound("open handoff", taskId));
  }

  private SlaView view(OpenHandoff open) {
    SlaClock sla = open.clock();
    return new SlaView(open.task().getId(), open.handoff(), open.task().getAssignee(), sla.calendarId(), sla.startedAt(),
        sla.warningAt(), sla.dueAt(), sla.secondLevelAt(), sla.isPaused(), sla.pausedAt(), sla.paused().toMinutes(),
        sla.elapsed(clocks.calendarOf(sla), clock.instant()).toMinutes());
  }
}
