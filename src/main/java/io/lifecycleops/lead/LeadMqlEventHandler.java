package io.lifecycleops.lead;

import static io.lifecycleops.lead.LeadToOpportunityProcess.Variables.*;

import io.lifecycleops.intake.CloudEvent;
import io.lifecycleops.intake.EventHandler;
import io.lifecycleops.intake.EventReceipt;
import io.lifecycleops.intake.EventStatus;
import io.lifecycleops.process.RunningInstances;
import io.lifecycleops.process.StartVariables;
import java.util.Locale;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** {@code lead.mql}: a marketing-qualified lead starts lead-to-opportunity, keyed by the lead id. */
@Component
public class LeadMqlEventHandler implements EventHandler<LeadMql> {

  public static final String TYPE = "lead.mql";

  private final RuntimeService runtime;
  private final RunningInstances instances;

  public LeadMqlEventHandler(RuntimeService runtime, RunningInstances instances) {
    this.instances = instances;
    this.runtime = runtime;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public Class<LeadMql> dataType() {
    return LeadMql.class;
  }

  @Override
  public EventReceipt handle(CloudEvent event, LeadMql lead) {
    ProcessInstance running = instances.of(LeadToOpportunityProcess.KEY, lead.leadId()).orElse(null);
    if (running != null) {
      return EventReceipt.unchanged(event.id(), EventStatus.ALREADY_IN_PROGRESS, running.getId(),
          "lead " + lead.leadId() + " already has a running " + LeadToOpportunityProcess.KEY + " process");
    }
    var start = new LeadToOpportunityProcess.Start(lead.leadId(), lead.email(), lead.firstName(), lead.lastName(),
        lead.company(), lead.companyDomain(), lead.employees(), lead.annualRevenue(), lead.industry(),
        lead.country().toUpperCase(Locale.ROOT), lead.source(), lead.engagementScore());
    ProcessInstance started =
        runtime.startProcessInstanceByKey(LeadToOpportunityProcess.KEY, lead.leadId(), StartVariables.of(start));
    return new EventReceipt(event.id(), EventStatus.STARTED, started.getId());
  }
}
