package io.lifecycleops.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.lifecycleops.decision.Decisions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HandoffRoutingTest {

  private final Decisions decisions = mock(Decisions.class);
  private final HandoffRouting routing = new HandoffRouting(decisions);

  @Test
  void aHandoffOfAnOlderModelVersionThatStillNamesLeadRoutingIsRoutedByHandoffRouting() {
    when(decisions.decideFor(isNull(), eq(HandoffRouting.DECISION), any())).thenReturn(new Decisions.Decided(
        HandoffRouting.DECISION, "Handoff routing", 1, Map.of(), Map.of(), List.of(),
        List.of(Map.of("assignment", "ROUND_ROBIN", "openTaskCap", 25, "taskPriority", 80))));

    HandoffRoute route = routing.route("lead-routing", "QUALIFY_LEAD", Map.of("priority", "HOT"));

    assertThat(route).isEqualTo(new HandoffRoute(HandoffRoute.Assignment.ROUND_ROBIN, 25, 80,
        new Decisions.Because(HandoffRouting.DECISION, 1, "")));
  }
}
