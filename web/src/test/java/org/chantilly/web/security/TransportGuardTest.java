package org.chantilly.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.chantilly.platform.api.Listeners;
import org.chantilly.platform.api.Listeners.Listener;
import org.chantilly.platform.api.LoginAttempts;
import org.chantilly.platform.api.TransportSecurity;
import org.chantilly.platform.api.TrustedProxies;
import org.junit.jupiter.api.Test;

/** Plain HTTP to the API of a server that other machines reach: refused with a problem that names the HTTPS address. */
class TransportGuardTest {

    private static final TrustedProxies PROXY = TrustedProxies.of("10.0.0.5");

    /** What a response got. */
    static final class Answer {
        int status = 200;
        final Map<String, String> headers = new HashMap<>();
        final StringWriter body = new StringWriter();
        boolean passedOn;
    }

    private static TransportGuard guard(String address) {
        TransportGuard guard = new TransportGuard();
        guard.transport = TransportSecurity.of(new Listeners(List.of(new Listener("default", false, address, 8080),
                new Listener("https", true, address, 8443))), PROXY, null);
        guard.proxies = PROXY;
        guard.logins = (LoginAttempts) Proxy.newProxyInstance(LoginAttempts.class.getClassLoader(),
                new Class<?>[] {LoginAttempts.class}, (proxy, method, args) -> null);
        return guard;
    }

    private static Answer call(TransportGuard guard, String method, String uri, boolean secure, String peer,
                               String forwardedProto) throws Exception {
        Answer answer = new Answer();
        Map<String, String> requestHeaders = new HashMap<>();
        if (forwardedProto != null) {
            requestHeaders.put("X-Forwarded-Proto", forwardedProto);
        }
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "isSecure" -> secure;
                    case "getRemoteAddr" -> peer;
                    case "getHeader" -> requestHeaders.get((String) args[0]);
                    case "getServerName" -> "chantilly.example.org";
                    case "getRequestURI" -> uri;
                    case "getQueryString", "getAttribute" -> null;
                    case "getMethod" -> method;
                    case "getDispatcherType" -> DispatcherType.REQUEST;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> {
                    switch (m.getName()) {
                        case "setStatus" -> answer.status = (Integer) args[0];
                        case "setHeader" -> answer.headers.put((String) args[0], (String) args[1]);
                        case "setContentType" -> answer.headers.put("Content-Type", (String) args[0]);
                        case "getWriter" -> {
                            return new PrintWriter(answer.body);
                        }
                        case "isCommitted" -> {
                            return false;
                        }
                        case "resetBuffer", "setCharacterEncoding" -> {
                        }
                        default -> throw new UnsupportedOperationException(m.getName());
                    }
                    return null;
                });
        AtomicBoolean passed = new AtomicBoolean();
        FilterChain chain = (req, res) -> passed.set(true);
        guard.doFilter(request, response, chain);
        answer.passedOn = passed.get();
        return answer;
    }

    private static ClassLoader getLoader() {
        return TransportGuardTest.class.getClassLoader();
    }

    @Test
    void plainHttpToTheApiIsRefusedWithAProblemThatNamesTheHttpsAddress() throws Exception {
        Answer answer = call(guard("0.0.0.0"), "GET", "/api/tasks", false, "203.0.113.9", null);
        assertThat(answer.passedOn).isFalse();
        assertThat(answer.status).isEqualTo(403);
        assertThat(answer.headers).containsEntry("Content-Type", "application/problem+json");
        assertThat(answer.body.toString()).contains("https://chantilly.org/problems/https-required",
                "https://chantilly.example.org:8443/api/tasks");
    }

    @Test
    void anUntrustedForwardedProtoChangesNothing() throws Exception {
        Answer answer = call(guard("0.0.0.0"), "POST", "/api/complaints", false, "203.0.113.9", "https");
        assertThat(answer.passedOn).isFalse();
        assertThat(answer.status).isEqualTo(403);
    }

    @Test
    void theRootAddressIsRedirected() throws Exception {
        Answer answer = call(guard("0.0.0.0"), "GET", "/", false, "203.0.113.9", null);
        assertThat(answer.status).isEqualTo(301);
        assertThat(answer.headers).containsEntry("Location", "https://chantilly.example.org:8443/");
    }

    @Test
    void tlsDirectOrThroughATrustedProxyPassesWithStrictTransportSecurity() throws Exception {
        for (Answer answer : List.of(call(guard("0.0.0.0"), "GET", "/api/tasks", true, "203.0.113.9", null),
                call(guard("0.0.0.0"), "GET", "/api/tasks", false, "10.0.0.5", "https"))) {
            assertThat(answer.passedOn).isTrue();
            assertThat(answer.headers).containsEntry("Strict-Transport-Security", "max-age=31536000");
        }
    }

    @Test
    void onTheLoopbackAddressPlainHttpIsServed() throws Exception {
        Answer answer = call(guard("127.0.0.1"), "GET", "/api/tasks", false, "127.0.0.1", null);
        assertThat(answer.passedOn).isTrue();
        assertThat(answer.headers).doesNotContainKey("Strict-Transport-Security");
    }
}
