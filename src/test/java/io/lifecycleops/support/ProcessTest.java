package io.lifecycleops.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * Process tests: the whole application on an in-memory engine (H2 in memory), job executor off so
 * each timer is fired explicitly, and a {@link TestClock}. Classes sharing this annotation share
 * one application context; after each test {@link EngineCleanup} ends every instance and resets the clock.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:process-tests;DB_CLOSE_DELAY=-1",
      "camunda.bpm.job-execution.enabled=false",
      "camunda.bpm.generate-unique-process-engine-name=true",
      "camunda.bpm.generate-unique-process-application-name=true"
    })
@Import(ProcessTest.Clocks.class)
@ExtendWith(EngineCleanup.class)
public @interface ProcessTest {

  @TestConfiguration
  class Clocks {
    @Bean
    @Primary
    TestClock testClock() {
      return new TestClock();
    }
  }
}
