package io.lifecycleops.renewal;

import static io.lifecycleops.renewal.RenewalProcess.Variables.*;

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
          List.of(CONTRACT_ID, TERM_END, RENEWAL_WINDOW_OPENS_AT, WINDOW_OPEN, RISK, FORECAST_CATEGORY, ARR, CURRENCY));
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("processInstanceId", pi.getId());
      view.put("contractId", v.get(CONTRACT_ID));
      view.put("termEnd", v.get(TERM_END));
      view.put("windowOpensAt", v.get(RENEWAL_WINDOW_OPENS_AT) instanceof java.util.Date d ? d.toInstant() : null);
      view.put("windowOpen", v.get(WINDOW_OPEN));
      view.put("risk", v.get(RISK));
      view.put("forecastCategory", v.get(FORECAST_CATEGORY));
      view.put("arr", v.get(ARR));
      view.put("currency", v.get(CURRENCY));
      renewals.add(view);
    }
    return Map.of("openRenewals", renewals);
  }
}
