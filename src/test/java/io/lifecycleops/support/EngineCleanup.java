package io.lifecycleops.support;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * After each process test: no instance left running (open tasks count against the reps' caps, and the engine is
 * shared by every class of the context) and the clock back to real time. The one cleanup of {@link ProcessTest}.
 */
public class EngineCleanup implements AfterEachCallback {

  @Override
  public void afterEach(ExtensionContext context) {
    ApplicationContext spring = SpringExtension.getApplicationContext(context);
    RuntimeService runtime = spring.getBean(RuntimeService.class);
    runtime.createProcessInstanceQuery().list()
        .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "test finished", true));
    spring.getBean(TestClock.class).reset();
  }
}
