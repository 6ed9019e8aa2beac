package org.chantilly.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module graph of README.md, enforced: platform ← handbook ← complaint-intake ← escalation-workflow ← web.
 * Across modules only {@code api} packages are imported; inside a module the domain knows neither persistence
 * nor the web, and application services know no REST resource.
 */
class ModuleArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.chantilly");
    }

    private static ArchRule onlyApiOf(String module, String... allowedModules) {
        String[] allowedPackages = new String[allowedModules.length + 2];
        allowedPackages[0] = "org.chantilly." + module + "..";
        for (int i = 0; i < allowedModules.length; i++) {
            allowedPackages[i + 1] = "org.chantilly." + allowedModules[i] + ".api..";
        }
        allowedPackages[allowedPackages.length - 1] = "org.chantilly.platform.api..";
        return noClasses().that().resideInAPackage("org.chantilly." + module + "..")
                .should().dependOnClassesThat(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("org.chantilly..")
                                .and(com.tngtech.archunit.base.DescribedPredicate.not(
                                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(allowedPackages))))
                .as(module + " uses only its own classes and the api packages of " + String.join(", ", allowedModules));
    }

    @Test
    void platformDependsOnNoModule() {
        onlyApiOf("platform").check(classes);
    }

    @Test
    void handbookDependsOnlyOnThePlatform() {
        onlyApiOf("handbook").check(classes);
    }

    @Test
    void intakeReadsOnlyTheHandbooksApi() {
        onlyApiOf("intake", "handbook").check(classes);
    }

    @Test
    void workflowReadsOnlyTheApisOfIntakeAndHandbook() {
        onlyApiOf("workflow", "intake", "handbook").check(classes);
    }

    @Test
    void theWebModuleReachesModulesOnlyThroughTheirApis() {
        onlyApiOf("web", "intake", "workflow", "handbook").check(classes);
    }

    @Test
    void modulesFormNoCycles() {
        slices().matching("org.chantilly.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theDomainKnowsNeitherPersistenceNorTheWeb() {
        noClasses().that().resideInAPackage("org.chantilly.*.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.chantilly.*.infrastructure..", "org.chantilly.*.interfaces..",
                        "org.chantilly.*.application..", "jakarta.ws.rs..", "org.camunda..")
                .check(classes);
    }

    @Test
    void applicationServicesKnowNoRestResource() {
        noClasses().that().resideInAPackage("org.chantilly.*.application..")
                .should().dependOnClassesThat().resideInAnyPackage("org.chantilly.*.interfaces..", "jakarta.ws.rs..")
                .check(classes);
    }

    @Test
    void onlyTheWorkflowModuleTalksToTheProcessEngine() {
        noClasses().that().resideOutsideOfPackage("org.chantilly.workflow..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .check(classes);
    }
}
