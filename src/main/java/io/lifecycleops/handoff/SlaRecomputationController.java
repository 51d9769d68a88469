package io.lifecycleops.handoff;

import io.lifecycleops.identity.Actors;
import io.lifecycleops.sla.HandoffSlaAdjustments.Change;
import io.lifecycleops.sla.SlaRecomputation;
import io.lifecycleops.sla.SlaRecomputation.Problem;
import io.lifecycleops.sla.SlaRecomputation.Summary;
import io.lifecycleops.sla.SlaRecomputations;
import io.lifecycleops.sla.SlaRecomputations.Run;
import io.lifecycleops.sla.SlaStateException;
import io.lifecycleops.web.ApiProblem;
import java.net.URI;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins (see the access rules) recompute every open handoff under the current handoff-sla table: a dry run lists what
 * would change; the real run is stored at once (202 with its address) and works through the open handoffs in batches
 * in the background, and can be followed, cancelled and resumed.
 */
@RestController
class SlaRecomputationController {

  /** A dry run lists this many changes and problems at most; {@code count} and {@code problemCount} say how many. */
  static final int LISTED = 1000;
  private static final int DRY_RUN_PAGE = 1000;

  private final SlaRecomputation recomputation;
  private final SlaRecomputations runs;
  private final Actors actors;
  private final int dryRunThreads;

  SlaRecomputationController(SlaRecomputation recomputation, SlaRecomputations runs, Actors actors,
      @Value("${lifecycle.sla.recompute.dry-run-threads:2}") int dryRunThreads) {
    this.recomputation = recomputation;
    this.runs = runs;
    this.actors = actors;
    this.dryRunThreads = dryRunThreads;
  }

  /** What a dry run found: {@code count} of the {@code handoffs} open with a running clock would change. */
  record DryRun(boolean dryRun, long handoffs, long count, List<Change> changes, long problemCount, List<Problem> problems) {}

  @PostMapping("/api/admin/sla/recompute")
  ResponseEntity<?> recompute(@RequestParam(defaultValue = "true") boolean dryRun) {
    if (dryRun) {
      Summary found = recomputation.dryRun(DRY_RUN_PAGE, LISTED, dryRunThreads);
      return ResponseEntity.ok(new DryRun(true, found.handoffs(), found.count(), found.changes(), found.problemCount(),
          found.problems()));
    }
    try {
      Run run = runs.start(actors.current());
      return ResponseEntity.accepted().location(address(run)).body(run);
    } catch (SlaStateException e) {
      throw new ApiProblem(HttpStatus.CONFLICT, "A recomputation is running", e.getMessage());
    }
  }

  @GetMapping("/api/admin/sla/recomputations")
  List<Run> latest() {
    return runs.latest(20);
  }

  @GetMapping("/api/admin/sla/recomputations/{id}")
  Run run(@PathVariable String id) {
    return known(id);
  }

  /** Goes on with a failed or cancelled run from its last finished batch. */
  @PostMapping("/api/admin/sla/recomputations/{id}/resume")
  ResponseEntity<Run> resume(@PathVariable String id) {
    known(id);
    try {
      Run run = runs.resume(id);
      return ResponseEntity.accepted().location(address(run)).body(run);
    } catch (SlaStateException e) {
      throw new ApiProblem(HttpStatus.CONFLICT, "Cannot resume the recomputation", e.getMessage());
    }
  }

  /** Stops a running run after its current batch; what it changed stays changed. */
  @PostMapping("/api/admin/sla/recomputations/{id}/cancel")
  Run cancel(@PathVariable String id) {
    known(id);
    try {
      return runs.cancel(id);
    } catch (SlaStateException e) {
      throw new ApiProblem(HttpStatus.CONFLICT, "Cannot cancel the recomputation", e.getMessage());
    }
  }

  private Run known(String id) {
    return runs.find(id).orElseThrow(() -> ApiProblem.notFound("SLA recomputation", id));
  }

  private static URI address(Run run) {
    return URI.create("/api/admin/sla/recomputations/" + run.id());
  }
}
