package io.lifecycleops.support;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points each {@link PostgresIT} class's application at a fresh PostgreSQL database. The test class
 * is part of the context key, so no two classes share a context or a database.
 */
public class PostgresContextCustomizerFactory implements ContextCustomizerFactory {

  @Override
  public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
    return AnnotatedElementUtils.hasAnnotation(testClass, PostgresIT.class) ? new Customizer(testClass.getSimpleName()) : null;
  }

  private static final class Customizer implements ContextCustomizer {
    private final String testClass;

    Customizer(String testClass) {
      this.testClass = testClass;
    }

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
      TestPostgres.Server server = TestPostgres.server();
      if (server == null) {
        throw new IllegalStateException("no PostgreSQL for " + testClass);
      }
      String url = TestPostgres.freshDatabase(testClass);
      // Small pools: every test class keeps its context (and pool) until the run ends, on one server.
      context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-postgres", Map.of(
          "spring.datasource.url", url,
          "spring.datasource.username", server.user(),
          "spring.datasource.password", server.password(),
          "spring.datasource.hikari.maximum-pool-size", "5",
          "spring.datasource.hikari.minimum-idle", "1")));
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Customizer c && c.testClass.equals(testClass);
    }

    @Override
    public int hashCode() {
      return Objects.hash(testClass);
    }
  }
}
