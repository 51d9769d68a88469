package io.lifecycleops.process;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.springframework.stereotype.Component;

/**
 * The running instances of a process for a subject (its business key: a lead, an account). Every lifecycle
 * process keeps one per subject (the intake's subject lock), renewals one per contract.
 */
@Component
public class RunningInstances {

  private final RuntimeService runtime;

  public RunningInstances(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** The running instance of {@code process} for {@code subject}, if one runs. */
  public Optional<ProcessInstance> of(String process, String subject) {
    return Optional.ofNullable(query(process, subject).singleResult());
  }

  /** Every running instance of {@code process} for {@code subject}. */
  public List<ProcessInstance> all(String process, String subject) {
    return query(process, subject).list();
  }

  /** The query behind both, to narrow further (e.g. by a variable). */
  public ProcessInstanceQuery query(String process, String subject) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(process).processInstanceBusinessKey(subject).active();
  }
}
