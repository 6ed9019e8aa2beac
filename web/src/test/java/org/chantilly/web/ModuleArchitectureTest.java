package org.chantilly.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

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

    /**
     * A request body is read without refusing anything (see web's StrictJsonReader): what does not fit is reported by
     * {@code InputValidator} once the resource has checked the caller's scope. So every resource method that takes a
     * body must hand it to the validator, or the fields it could not read would pass silently. The one exception is
     * task completion, whose form depends on the task: its service reports the unreadable fields with its own.
     */
    @Test
    void everyResourceThatTakesABodyJudgesItThroughTheInputValidator() {
        DescribedPredicate<JavaMethod> takesABody = DescribedPredicate.describe("take a request body",
                method -> method.getParameters().stream().anyMatch(parameter -> !parameter.getRawType()
                        .isAssignableTo(java.io.InputStream.class) && parameter.getAnnotations().stream().noneMatch(
                        annotation -> annotation.getRawType().getPackageName().equals("jakarta.ws.rs")
                                || annotation.getRawType().getPackageName().equals("jakarta.ws.rs.core"))));
        methods().that().areDeclaredInClassesThat().areAnnotatedWith("jakarta.ws.rs.Path")
                .and().arePublic()
                .and(takesABody)
                .and().doNotHaveFullName("org.chantilly.workflow.interfaces.rest.TaskResource.complete("
                        + "java.lang.String, org.chantilly.workflow.api.TaskInput)")
                .should(new ArchCondition<JavaMethod>("call InputValidator") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        if (method.getMethodCallsFromSelf().stream().noneMatch(call -> call.getTargetOwner()
                                .isAssignableTo("org.chantilly.platform.api.InputValidator"))) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                    + " takes a request body but never hands it to InputValidator"));
                        }
                    }
                })
                .check(classes);
    }
}
