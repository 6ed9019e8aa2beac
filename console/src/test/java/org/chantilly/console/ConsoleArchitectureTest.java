package org.chantilly.console;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The console is a client of the modules like the REST resources are: it reaches them only through their published
 * {@code api} packages, and never the process engine or the persistence directly.
 */
class ConsoleArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.chantilly");
    }

    @Test
    void theConsoleReachesModulesOnlyThroughTheirApis() {
        noClasses().that().resideInAPackage("org.chantilly.console..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.chantilly..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.resideInAnyPackage("org.chantilly.console..",
                                "org.chantilly.platform.api..", "org.chantilly.handbook.api..",
                                "org.chantilly.intake.api..", "org.chantilly.workflow.api.."))))
                .orShould().dependOnClassesThat().resideInAnyPackage("org.camunda..", "jakarta.persistence..")
                .check(classes);
    }

    @Test
    void noModuleKnowsTheConsole() {
        noClasses().that().resideOutsideOfPackage("org.chantilly.console..")
                .should().dependOnClassesThat().resideInAPackage("org.chantilly.console..")
                .check(classes);
    }
}
