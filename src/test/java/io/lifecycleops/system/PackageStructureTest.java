package io.lifecycleops.system;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules that hold today: no cycle between capability packages, and nothing imports
 * {@code system} (it wires the service together). Capabilities that still reach into each other
 * (onboarding and expansion into renewal and opportunity) are issue [3/9]'s to untangle.
 */
@AnalyzeClasses(packages = "io.lifecycleops", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageStructureTest {

  @ArchTest
  static final ArchRule noPackageCycles = slices().matching("io.lifecycleops.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule nothingImportsSystem = noClasses().that().resideOutsideOfPackage("io.lifecycleops.system..")
      .should().dependOnClassesThat().resideInAPackage("io.lifecycleops.system..");
}
