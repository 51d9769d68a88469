package io.lifecycleops.expansion;

import static io.lifecycleops.expansion.ExpansionProcess.Variables.*;

import io.lifecycleops.process.ProcessVariable;
import io.lifecycleops.ownership.AccountDetails;
import io.lifecycleops.process.RunningInstances;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** The account's open expansions: signals, play, owner role and the opportunity once qualified. */
@Component
class ExpansionAccountDetails implements AccountDetails {

  private final RuntimeService runtime;
  private final RunningInstances instances;

  ExpansionAccountDetails(RuntimeService runtime, RunningInstances instances) {
    this.instances = instances;
    this.runtime = runtime;
  }

  @Override
  public Map<String, Object> of(String accountId) {
    List<Map<String, Object>> expansions = new ArrayList<>();
    for (ProcessInstance pi : instances.all(ExpansionProcess.KEY, accountId)) {
      Map<String, Object> v = runtime.getVariables(pi.getId(), ProcessVariable.names(SIGNALS, PLAY, OWNER_ROLE, EXPANSION_OPPORTUNITY_ID, EXPANSION_AMOUNT));
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("processInstanceId", pi.getId());
      // Every signal from the JSON history (the task's text shows only the newest that fit).
      List<String> history = ExpansionSignals.historyOf(runtime, pi.getId());
      view.put("signals", !history.isEmpty() ? history
          : SIGNALS.in(v) == null ? List.of() : List.of(SIGNALS.in(v).toString().split("\n")));
      view.put("play", PLAY.in(v));
      view.put("ownerRole", OWNER_ROLE.in(v));
      view.put("opportunityId", EXPANSION_OPPORTUNITY_ID.in(v));
      view.put("amount", EXPANSION_AMOUNT.in(v));
      expansions.add(view);
    }
    return Map.of("openExpansions", expansions);
  }
}
