package org.chantilly.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.junit.jupiter.api.Test;

/** The door of the API: only Basic credentials the container could not check make it ask the database. */
class AuthenticationFilterTest {

    private final AtomicInteger connections = new AtomicInteger();

    @Test
    void aBearerTokenIsRefusedWithoutADatabaseConnection() {
        assertThat(connectionsTakenFor("Bearer x")).isZero();
        assertThat(connectionsTakenFor("Negotiate YIIB")).isZero();
        assertThat(connectionsTakenFor(null)).isZero();
    }

    @Test
    void basicCredentialsLeftUncheckedAskWhetherTheDatabaseAnswers() {
        assertThat(connectionsTakenFor("Basic ZnJvbnRsaW5lOnNlY3JldA==")).isEqualTo(1);
        assertThat(connectionsTakenFor("basic ZnJvbnRsaW5lOnNlY3JldA==")).isEqualTo(2);
    }

    @Test
    void onlyTheBasicSchemeIsBasic() {
        assertThat(AuthenticationFilter.isBasic("Basic abc")).isTrue();
        assertThat(AuthenticationFilter.isBasic("BASIC abc")).isTrue();
        assertThat(AuthenticationFilter.isBasic("Bearer abc")).isFalse();
        assertThat(AuthenticationFilter.isBasic("Basicabc")).isFalse();
        assertThat(AuthenticationFilter.isBasic(null)).isFalse();
    }

    /** Runs the filter on an unauthenticated request with this header; how many connections were taken so far. */
    private int connectionsTakenFor(String authorization) {
        AuthenticationFilter filter = new AuthenticationFilter();
        filter.database = proxy(DataSource.class, (method, args) -> {
            if (method.equals("getConnection")) {
                connections.incrementAndGet();
                throw new SQLException("the database is down", "08001");
            }
            return null;
        });
        SecurityContext nobody = proxy(SecurityContext.class, (method, args) -> null);
        UriInfo uri = proxy(UriInfo.class, (method, args) -> "getPath".equals(method) ? "tasks" : null);
        ContainerRequestContext request = proxy(ContainerRequestContext.class, (method, args) -> switch (method) {
            case "getSecurityContext" -> nobody;
            case "getUriInfo" -> uri;
            case "getHeaderString" -> "Authorization".equals(args[0]) ? authorization : null;
            default -> null;
        });
        try {
            filter.filter(request);
        } catch (RuntimeException e) {
            // building the answer needs a JAX-RS implementation, which the server has and this test has not
        }
        return connections.get();
    }

    /** An answer to a call by method name. */
    private interface Answer {
        Object answer(String method, Object[] args) throws Exception;
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> answer.answer(method.getName(), args)));
    }
}
