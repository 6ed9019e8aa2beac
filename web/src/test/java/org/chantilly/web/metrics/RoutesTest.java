package org.chantilly.web.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;

class RoutesTest {

    @Path("complaints")
    static class Complaints {

        @GET
        public void list() {
        }

        @GET
        @Path("{reference}")
        public void one() {
        }

        @POST
        @Path("/{reference}/attachments/{id: [0-9]{1,9}}/")
        public void attachment() {
        }
    }

    @Test
    void theRouteIsTheTemplateOfTheMatchedMethodUnderTheApplicationPath() throws Exception {
        assertThat(Routes.template("api", Complaints.class, Complaints.class.getMethod("list")))
                .isEqualTo("/api/complaints");
        assertThat(Routes.template("api", Complaints.class, Complaints.class.getMethod("one")))
                .isEqualTo("/api/complaints/{reference}");
    }

    @Test
    void pathParametersLoseTheirRegex() throws Exception {
        assertThat(Routes.template("/api/", Complaints.class, Complaints.class.getMethod("attachment")))
                .isEqualTo("/api/complaints/{reference}/attachments/{id}");
    }

    @Test
    void aRequestThatMatchedNoMethodHasOneRoute() {
        assertThat(Routes.template("api", null, null)).isEqualTo(Routes.UNMATCHED);
    }

    @Test
    void methodsAndStatusesFallIntoFewValues() {
        assertThat(Routes.method("get")).isEqualTo("GET");
        assertThat(Routes.method("BREW")).isEqualTo("OTHER");
        assertThat(Routes.statusClass(201)).isEqualTo("2xx");
        assertThat(Routes.statusClass(404)).isEqualTo("4xx");
        assertThat(Routes.statusClass(999)).isEqualTo("OTHER");
    }
}
