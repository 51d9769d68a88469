package io.lifecycleops.ownership;

import static io.lifecycleops.lead.LeadToOpportunityProcess.Elements.QUALIFY_LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.support.ProcessScenario;
import io.lifecycleops.support.ProcessTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Round-robin in the sdr-emea queue (demo reps elias, emma, eva; cap 25 open tasks for HOT leads). */
@ProcessTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:round-robin;DB_CLOSE_DELAY=-1")
class RoundRobinAssignmentTest {

  @Autowired ProcessScenario leads;
  @Autowired TaskService tasks;

  private List<String> assigneesOfNewLeads(int count) {
    List<String> assignees = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String pi = leads.mql(ProcessScenario.hotEnterpriseLead(ProcessScenario.newLeadId()));
      assignees.add(leads.task(pi, QUALIFY_LEAD).getAssignee());
    }
    return assignees;
  }

  private static Map<String, Long> countByRep(List<String> assignees) {
    return assignees.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  private List<String> giveOpenTasks(String rep, int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Task task = tasks.newTask();
      task.setName("Other work");
      task.setAssignee(rep);
      tasks.saveTask(task);
      ids.add(task.getId());
    }
    return ids;
  }

  @Test
  void spreadsLeadsEvenlySkipsARepAtCapAndGivesNoBurstWhenTheyReturn() {
    // 30 leads over 3 reps: 10 each.
    assertThat(countByRep(assigneesOfNewLeads(30)))
        .containsExactlyInAnyOrderEntriesOf(Map.of("elias", 10L, "emma", 10L, "eva", 10L));

    // emma reaches the cap of 25 open tasks: the next 6 leads go to the other two.
    List<String> otherWork = giveOpenTasks("emma", 15);
    List<String> whileCapped = assigneesOfNewLeads(6);
    assertThat(whileCapped).doesNotContain("emma");
    assertThat(countByRep(whileCapped)).containsExactlyInAnyOrderEntriesOf(Map.of("elias", 3L, "eva", 3L));

    // emma is back under the cap: she takes her turn in the rotation, not a catch-up burst.
    otherWork.forEach(id -> tasks.deleteTask(id, true));
    List<String> afterReturn = assigneesOfNewLeads(6);
    assertThat(countByRep(afterReturn)).containsExactlyInAnyOrderEntriesOf(Map.of("elias", 2L, "emma", 2L, "eva", 2L));
    assertThat(afterReturn.subList(0, 3)).containsExactlyInAnyOrder("elias", "emma", "eva");
  }
}
