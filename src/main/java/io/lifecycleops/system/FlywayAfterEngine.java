package io.lifecycleops.system;

import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Our Flyway migrations run after the engine has created its schema: some add indexes to Camunda's
 * tables (job acquisition, Tasklist queries), which must exist first.
 */
@Configuration
class FlywayAfterEngine {

  static final String FLYWAY_INITIALIZER = "flywayInitializer";
  static final String PROCESS_ENGINE = "processEngineFactoryBean";

  @Bean
  static BeanFactoryPostProcessor flywayDependsOnProcessEngine() {
    return (ConfigurableListableBeanFactory beanFactory) -> {
      if (!beanFactory.containsBeanDefinition(FLYWAY_INITIALIZER) || !beanFactory.containsBeanDefinition(PROCESS_ENGINE)) {
        return;
      }
      BeanDefinition flyway = beanFactory.getBeanDefinition(FLYWAY_INITIALIZER);
      String[] existing = flyway.getDependsOn() == null ? new String[0] : flyway.getDependsOn();
      flyway.setDependsOn(Stream.concat(Arrays.stream(existing), Stream.of(PROCESS_ENGINE)).toArray(String[]::new));
    };
  }
}
