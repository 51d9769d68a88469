package io.lifecycleops.renewal;

import static io.lifecycleops.renewal.RenewalProcess.Variables.*;

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

/** The account's open renewals: contract, window, risk and forecast category. */
@Component
class RenewalAccountDetails implements AccountDetails {

  private final RuntimeService runtime;
  private final RunningInstances instances;

  RenewalAccountDetails(RuntimeService runtime, RunningInstances instances) {
    this.instances = instances;
    this.runtime = runtime;
  }

  @Override
  public Map<String, Object> of(String accountId) {
    List<Map<String, Object>> renewals = new ArrayList<>();
    for (ProcessInstance pi : instances.all(RenewalProcess.KEY, accountId)) {
      Map<String, Object> v = runtime.getVariables(pi.getId(),
          ProcessVariable.names(CONTRACT_ID, TERM_END, RENEWAL_WINDOW_OPENS_AT, WINDOW_OPEN, RISK, FORECAST_CATEGORY, ARR, CURRENCY));
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("processInstanceId", pi.getId());
      view.put("contractId", CONTRACT_ID.in(v));
      view.put("termEnd", TERM_END.in(v));
      view.put("windowOpensAt", RENEWAL_WINDOW_OPENS_AT.in(v) == null ? null : RENEWAL_WINDOW_OPENS_AT.in(v).toInstant());
      view.put("windowOpen", WINDOW_OPEN.in(v));
      view.put("risk", RISK.in(v));
      view.put("forecastCategory", FORECAST_CATEGORY.in(v));
      view.put("arr", ARR.in(v));
      view.put("currency", CURRENCY.in(v));
      renewals.add(view);
    }
    return Map.of("openRenewals", renewals);
  }
}
