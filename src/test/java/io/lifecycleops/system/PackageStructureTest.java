package io.lifecycleops.system;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;

/**
 * The package rules (CONVENTIONS.md): no cycle between packages; nothing imports {@code system} (it wires the service
 * together); foundations (everything that is neither a capability nor {@code system}: ledger, sla, ownership,
 * account, process, decision, web, intake, handoff, access) import no capability; capabilities do not import each
 * other: they meet in the foundations (account's contracts, opportunities and risk) or through application events
 * (closed-won's {@code ContractOpened} starts the renewal).
 */
@AnalyzeClasses(packages = "io.lifecycleops", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageStructureTest {

  /** The lifecycle capabilities, present and planned. */
  static final List<String> CAPABILITIES =
      List.of("lead", "opportunity", "onboarding", "renewal", "expansion", "risk", "advocacy", "support", "metrics",
          "operatingmodel");

  private static String[] packagesOf(List<String> names) {
    return names.stream().map(name -> "io.lifecycleops." + name + "..").toArray(String[]::new);
  }

  @ArchTest
  static final ArchRule noPackageCycles = slices().matching("io.lifecycleops.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule nothingImportsSystem = noClasses().that().resideOutsideOfPackage("io.lifecycleops.system..")
      .should().dependOnClassesThat().resideInAPackage("io.lifecycleops.system..");

  @ArchTest
  static final ArchRule foundationsImportNoCapability = noClasses().that()
      .resideOutsideOfPackages(packagesOf(CAPABILITIES))
      .and().resideOutsideOfPackage("io.lifecycleops.system..")
      .should().dependOnClassesThat().resideInAnyPackage(packagesOf(CAPABILITIES));

  @ArchTest
  static final ArchRule capabilitiesDoNotImportEachOther = CompositeArchRule.of(CAPABILITIES.stream()
      .map(capability -> noClasses().that().resideInAPackage("io.lifecycleops." + capability + "..")
          .should().dependOnClassesThat().resideInAnyPackage(
              packagesOf(CAPABILITIES.stream().filter(other -> !other.equals(capability)).toList()))
          .allowEmptyShould(true))
      .map(ArchRule.class::cast).toList()).as("capabilities do not import each other");
}
