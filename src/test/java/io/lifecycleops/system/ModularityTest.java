package io.lifecycleops.system;

import io.lifecycleops.LifecycleOpsApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Spring Modulith's view of the packages (one module per top-level package): no cycle between modules, and the
 * module diagram in docs/modules, redrawn on every build so it never drifts from the code. The house rules on
 * top (capabilities apart, foundations free of capabilities) are {@link PackageStructureTest}'s.
 */
class ModularityTest {

  static final ApplicationModules MODULES = ApplicationModules.of(LifecycleOpsApplication.class);

  @Test
  void modulesHaveNoCycles() {
    MODULES.verify();
  }

  @Test
  void moduleDiagramIsWrittenToDocs() {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
        .writeModulesAsPlantUml(Documenter.DiagramOptions.defaults().withStyle(Documenter.DiagramOptions.DiagramStyle.UML));
  }
}
