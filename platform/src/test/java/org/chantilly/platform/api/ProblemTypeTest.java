package org.chantilly.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class ProblemTypeTest {

    @Test
    void everyTypeHasAStableUriUnderTheProblemsBase() {
        assertThat(ProblemType.values()).allSatisfy(type ->
                assertThat(type.uri().toString()).startsWith("https://chantilly.org/problems/"));
        assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::uri).distinct()).hasSize(ProblemType.values().length);
    }

    @Test
    void mapsContainerStatusesToTheirType() {
        assertThat(ProblemType.forStatus(404)).isEqualTo(ProblemType.NOT_FOUND);
        assertThat(ProblemType.forStatus(405)).isEqualTo(ProblemType.METHOD_NOT_ALLOWED);
        assertThat(ProblemType.forStatus(415)).isEqualTo(ProblemType.UNSUPPORTED_MEDIA_TYPE);
        assertThat(ProblemType.forStatus(400)).isEqualTo(ProblemType.VALIDATION);
        assertThat(ProblemType.forStatus(403)).as("not password-change-required").isEqualTo(ProblemType.FORBIDDEN);
        assertThat(ProblemType.forStatus(418)).isEqualTo(ProblemType.MALFORMED_REQUEST);
        assertThat(ProblemType.forStatus(502)).isEqualTo(ProblemType.INTERNAL);
    }

    @Test
    void aProblemWithoutFieldErrorsOmitsTheList() {
        Problem problem = new Problem(ProblemType.CONFLICT.uri(), "Conflict", 409, "taken", null, java.util.List.of());
        assertThat(problem.errors()).isNull();
    }
}
