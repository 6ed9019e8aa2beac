package org.chantilly.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.chantilly.platform.api.RequiredText;
import org.chantilly.platform.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the OpenAPI document needs from the resources' annotations and cannot be derived by {@link ApiDocumentFilter}
 * (which sees the document, not the code): a stable operationId for every operation, a documented 403 exactly where
 * roles are restricted, and every {@code @RequiredText} property marked required. The document itself is compared with
 * the committed copy by GeneratedClientIT.
 */
class ApiDocumentationTest {

    private static List<Class<?>> resources;
    private static List<Class<?>> records;

    @BeforeAll
    static void importClasses() {
        List<Class<?>> classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.chantilly").stream()
                .map(JavaClass::reflect)
                .toList();
        resources = classes.stream().filter(type -> type.isAnnotationPresent(Path.class)).toList();
        records = classes.stream().filter(Class::isRecord).toList();
        assertThat(resources).hasSizeGreaterThan(10);
    }

    private static Stream<Method> operations(Class<?> resource) {
        return Arrays.stream(resource.getDeclaredMethods())
                .filter(m -> Stream.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class)
                        .anyMatch(m::isAnnotationPresent));
    }

    private static String name(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }

    @Test
    void everyOperationHasItsOwnOperationId() {
        Map<String, String> owners = new HashMap<>();
        List<String> problems = new ArrayList<>();
        resources.stream().flatMap(ApiDocumentationTest::operations).forEach(method -> {
            Operation operation = method.getAnnotation(Operation.class);
            if (operation == null || operation.operationId().isBlank()) {
                problems.add(name(method) + " has no @Operation(operationId = ...)");
            } else if (!operation.operationId().matches("[a-z][A-Za-z0-9]*")) {
                problems.add(name(method) + ": operationId " + operation.operationId() + " is not lowerCamelCase");
            } else if (owners.putIfAbsent(operation.operationId(), name(method)) != null) {
                problems.add(name(method) + ": operationId " + operation.operationId() + " is taken by "
                        + owners.get(operation.operationId()));
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void a403IsDocumentedExactlyWhereRolesAreRestricted() {
        Set<String> everyRole = new TreeSet<>();
        for (Field field : Roles.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    everyRole.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        assertThat(everyRole).contains(Roles.ADMIN, Roles.FRONTLINE);
        List<String> problems = new ArrayList<>();
        resources.stream().flatMap(ApiDocumentationTest::operations).forEach(method -> {
            Class<?> resource = method.getDeclaringClass();
            boolean open = method.isAnnotationPresent(PermitAll.class)
                    || !method.isAnnotationPresent(RolesAllowed.class) && resource.isAnnotationPresent(PermitAll.class);
            RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(RolesAllowed.class)
                    : resource.getAnnotation(RolesAllowed.class);
            boolean restricted = !open && roles != null && !new TreeSet<>(List.of(roles.value())).equals(everyRole);
            boolean documented = Stream.concat(Arrays.stream(method.getAnnotationsByType(APIResponse.class)),
                            Arrays.stream(resource.getAnnotationsByType(APIResponse.class)))
                    .anyMatch(response -> response.responseCode().equals("403"));
            if (restricted != documented) {
                problems.add(name(method) + (restricted ? " is for some roles only but documents no 403"
                        : " is open to every role but documents a 403"));
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyRequiredTextIsARequiredProperty() {
        List<String> problems = new ArrayList<>();
        for (Class<?> record : records) {
            Schema type = record.getAnnotation(Schema.class);
            Set<String> listed = type == null ? Set.of() : Set.of(type.requiredProperties());
            for (RecordComponent component : record.getRecordComponents()) {
                // annotations on a record component land on its field (as far as their targets allow)
                Field field = field(record, component.getName());
                if (!field.isAnnotationPresent(RequiredText.class)) {
                    continue;
                }
                Schema schema = field.getAnnotation(Schema.class);
                if (!listed.contains(component.getName()) && (schema == null || !schema.required())) {
                    problems.add(record.getName() + "." + component.getName()
                            + " is @RequiredText but not required in the schema (@Schema(required = true))");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static Field field(Class<?> record, String name) {
        try {
            return record.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }
}
