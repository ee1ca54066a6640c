package in.neotrader.web;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The design's arrows point one way: core <- sql <- verticles <- web-api (and core, sql <- migration-tool). */
class ModuleDependenciesTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("in.neotrader");

  @Test
  void everyModuleIsImportedSoTheRulesBelowCannotPassEmpty() {
    for (String module : new String[] {"core", "sql", "verticles", "web"}) {
      org.assertj.core.api.Assertions.assertThat(CLASSES.stream()
          .filter(c -> c.getPackageName().startsWith("in.neotrader." + module + ".")).count())
          .as(module).isGreaterThan(5);
    }
  }

  @Test
  void coreDependsOnNoOtherModule() {
    noClasses().that().resideInAPackage("in.neotrader.core..")
        .should().dependOnClassesThat().resideInAnyPackage("in.neotrader.sql..", "in.neotrader.verticles..",
            "in.neotrader.web..", "in.neotrader.migration..")
        .check(CLASSES);
  }

  @Test
  void coreDoesNoIo() {
    noClasses().that().resideInAPackage("in.neotrader.core..")
        .should().dependOnClassesThat().resideInAnyPackage("io.vertx.sqlclient..", "io.vertx.pgclient..",
            "io.vertx.ext.web..", "java.net.http..", "java.sql..")
        .check(CLASSES);
  }

  @Test
  void sqlDependsOnlyOnCore() {
    noClasses().that().resideInAPackage("in.neotrader.sql..")
        .should().dependOnClassesThat().resideInAnyPackage("in.neotrader.verticles..", "in.neotrader.web..",
            "in.neotrader.migration..")
        .check(CLASSES);
  }

  @Test
  void verticlesDoNotKnowTheWebLayer() {
    noClasses().that().resideInAPackage("in.neotrader.verticles..")
        .should().dependOnClassesThat().resideInAnyPackage("in.neotrader.web..", "in.neotrader.migration..")
        .check(CLASSES);
  }

  @Test
  void domainPackagesHaveNoCycles() {
    slices().matching("in.neotrader.(*)..").should().beFreeOfCycles().check(CLASSES);
  }
}
