package io.lifecycleops.ownership;

import static io.lifecycleops.lead.LeadToOpportunityProcess.Elements.QUALIFY_LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.support.ProcessScenario;
import io.lifecycleops.support.ProcessTest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** When every rep of the group is at the cap, the lead waits unassigned in the group's queue. */
@ProcessTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:round-robin-full;DB_CLOSE_DELAY=-1")
class RoundRobinQueueTest {

  @Autowired ProcessScenario leads;
  @Autowired TaskService tasks;

  @Test
  void leadStaysInTheQueueWhenEveryRepIsAtCap() {
    for (String rep : new String[] {"priya", "kenji", "mei"}) {
      for (int i = 0; i < 25; i++) {
        Task task = tasks.newTask();
        task.setAssignee(rep);
        tasks.saveTask(task);
      }
    }
    var data = ProcessScenario.hotEnterpriseLead(ProcessScenario.newLeadId());
    data.put("country", "SG");

    String pi = leads.mql(data);

    Task task = leads.task(pi, QUALIFY_LEAD);
    assertThat(task.getAssignee()).isNull();
    assertThat(tasks.createTaskQuery().taskId(task.getId()).taskCandidateGroup("sdr-apac").count()).isEqualTo(1);
  }
}
