package io.lifecycleops.expansion;

import static io.lifecycleops.expansion.ExpansionProcess.Variables.*;

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
      Map<String, Object> v = runtime.getVariables(pi.getId(), List.of(SIGNALS, PLAY, OWNER_ROLE, EXPANSION_OPPORTUNITY_ID, EXPANSION_AMOUNT));
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("processInstanceId", pi.getId());
      // Every signal from the JSON history (the task's text shows only the newest that fit).
      List<String> history = ExpansionSignals.historyOf(runtime, pi.getId());
      view.put("signals", !history.isEmpty() ? history
          : v.get(SIGNALS) == null ? List.of() : List.of(v.get(SIGNALS).toString().split("\n")));
      view.put("play", v.get(PLAY));
      view.put("ownerRole", v.get(OWNER_ROLE));
      view.put("opportunityId", v.get(EXPANSION_OPPORTUNITY_ID));
      view.put("amount", v.get(EXPANSION_AMOUNT));
      expansions.add(view);
    }
    return Map.of("openExpansions", expansions);
  }
}
