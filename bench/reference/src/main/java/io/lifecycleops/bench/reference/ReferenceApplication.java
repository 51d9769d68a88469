package io.lifecycleops.bench.reference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * A lead-like process on the bare engine: segment, region and fit from the service's own tables (three business-rule
 * tasks), then a user task for the region's SDRs with three timers (SLA warning, breach, second level), as the
 * service's lead-to-opportunity does before its first handoff, without any of the service's listeners or ledger.
 */
@SpringBootApplication
public class ReferenceApplication {

  public static final String KEY = "lead-like";

  public static void main(String[] args) {
    SpringApplication.run(ReferenceApplication.class, args);
  }

  @EventListener(ApplicationReadyEvent.class)
  public void deploy(ApplicationReadyEvent ready) throws IOException {
    RepositoryService repository = ready.getApplicationContext().getBean(RepositoryService.class);
    Path tables = Path.of(ready.getApplicationContext().getEnvironment().getProperty("reference.dmn"));
    BpmnModelInstance process = Bpmn.createExecutableProcess(KEY).name("Lead-like reference").camundaHistoryTimeToLive(180)
        .startEvent("StartEvent_Lead")
        .businessRuleTask("BusinessRuleTask_Segment").camundaDecisionRef("lead-segment").camundaResultVariable("segment")
            .camundaMapDecisionResult("singleEntry")
        .businessRuleTask("BusinessRuleTask_Region").camundaDecisionRef("lead-region").camundaResultVariable("region")
            .camundaMapDecisionResult("singleEntry")
        .businessRuleTask("BusinessRuleTask_Fit").camundaDecisionRef("icp-fit").camundaResultVariable("fitTier")
            .camundaMapDecisionResult("singleEntry")
        .userTask("UserTask_QualifyLead").name("Qualify lead").camundaCandidateGroups("sdr-${region == null ? 'emea' : region.toLowerCase()}")
            .camundaDueDate("${dateTime().plusHours(1).toDate()}")
        .endEvent("EndEvent_Qualified")
        .moveToActivity("UserTask_QualifyLead").boundaryEvent("BoundaryEvent_Warning").cancelActivity(false)
            .timerWithDuration("PT45M").endEvent("EndEvent_Warned")
        .moveToActivity("UserTask_QualifyLead").boundaryEvent("BoundaryEvent_Breach").cancelActivity(false)
            .timerWithDuration("PT1H").endEvent("EndEvent_Breached")
        .moveToActivity("UserTask_QualifyLead").boundaryEvent("BoundaryEvent_SecondLevel").cancelActivity(false)
            .timerWithDuration("PT2H").endEvent("EndEvent_SecondLevel")
        .done();
    repository.createDeployment().name("bare reference").enableDuplicateFiltering(true)
        .addModelInstance("lead-like.bpmn", process)
        .addInputStream("icp-fit.dmn", Files.newInputStream(tables))
        .deploy();
  }
}
