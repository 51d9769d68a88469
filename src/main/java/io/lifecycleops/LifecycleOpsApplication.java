package io.lifecycleops;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LifecycleOpsApplication {

  public static void main(String[] args) {
    SpringApplication.run(LifecycleOpsApplication.class, args);
  }
}
