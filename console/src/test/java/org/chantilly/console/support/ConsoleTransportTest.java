package org.chantilly.console.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.chantilly.platform.api.Listeners;
import org.chantilly.platform.api.Listeners.Listener;
import org.chantilly.platform.api.TransportSecurity;
import org.chantilly.platform.api.TrustedProxies;
import org.junit.jupiter.api.Test;

/** Plain HTTP to the console of a server that other machines reach is redirected to the same page over HTTPS. */
class ConsoleTransportTest {

    /** What a response got. */
    static final class Answer {
        int status = 200;
        final Map<String, String> headers = new HashMap<>();
        boolean passedOn;
    }

    private static ConsoleTransport filter(String address) {
        ConsoleTransport filter = new ConsoleTransport();
        filter.transport = TransportSecurity.of(new Listeners(List.of(new Listener("default", false, address, 8080),
                new Listener("https", true, address, 8443))), TrustedProxies.of("10.0.0.5"), null);
        return filter;
    }

    private static Answer call(ConsoleTransport filter, String method, DispatcherType dispatch, String uri,
                               Map<String, Object> attributes, boolean secure, String peer, String proto)
            throws Exception {
        Answer answer = new Answer();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(loader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "isSecure" -> secure;
                    case "getRemoteAddr" -> peer;
                    case "getHeader" -> "X-Forwarded-Proto".equals(args[0]) ? proto : null;
                    case "getServerName" -> "chantilly.example.org";
                    case "getRequestURI" -> uri;
                    case "getQueryString" -> null;
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "getMethod" -> method;
                    case "getDispatcherType" -> dispatch;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(loader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> {
                    switch (m.getName()) {
                        case "setStatus" -> answer.status = (Integer) args[0];
                        case "sendError" -> answer.status = (Integer) args[0];
                        case "setHeader" -> answer.headers.put((String) args[0], (String) args[1]);
                        case "isCommitted" -> {
                            return false;
                        }
                        case "resetBuffer" -> {
                        }
                        default -> throw new UnsupportedOperationException(m.getName());
                    }
                    return null;
                });
        AtomicBoolean passed = new AtomicBoolean();
        filter.doFilter(request, response, (req, res) -> passed.set(true));
        answer.passedOn = passed.get();
        return answer;
    }

    private static ClassLoader loader() {
        return ConsoleTransportTest.class.getClassLoader();
    }

    @Test
    void theLoginPageTheContainerShowsSendsTheBrowserToThePageItAskedForOverHttps() throws Exception {
        Answer answer = call(filter("0.0.0.0"), "GET", DispatcherType.FORWARD, "/console/login.xhtml",
                Map.of(RequestDispatcher.FORWARD_REQUEST_URI, "/console/frontline/tasks.xhtml",
                        RequestDispatcher.FORWARD_QUERY_STRING, "page=2"), false, "203.0.113.9", null);
        assertThat(answer.passedOn).isFalse();
        assertThat(answer.status).isEqualTo(301);
        assertThat(answer.headers).containsEntry("Location",
                "https://chantilly.example.org:8443/console/frontline/tasks.xhtml?page=2");
    }

    @Test
    void aFormPostedWithoutTlsIsRepeatedOverHttps() throws Exception {
        Answer answer = call(filter("192.0.2.2"), "POST", DispatcherType.REQUEST, "/console/admin/staff.xhtml",
                Map.of(), false, "203.0.113.9", "https");
        assertThat(answer.status).as("an untrusted X-Forwarded-Proto changes nothing").isEqualTo(308);
        assertThat(answer.headers).containsEntry("Location", "https://chantilly.example.org:8443/console/admin/staff.xhtml");
    }

    @Test
    void pagesOverTlsCarryStrictTransportSecurity() throws Exception {
        Answer direct = call(filter("0.0.0.0"), "GET", DispatcherType.REQUEST, "/console/", Map.of(), true,
                "203.0.113.9", null);
        Answer proxied = call(filter("0.0.0.0"), "GET", DispatcherType.REQUEST, "/console/", Map.of(), false,
                "10.0.0.5", "https");
        for (Answer answer : List.of(direct, proxied)) {
            assertThat(answer.passedOn).isTrue();
            assertThat(answer.headers).containsEntry("Strict-Transport-Security", "max-age=31536000");
        }
    }

    @Test
    void onTheLoopbackAddressPlainHttpIsServed() throws Exception {
        Answer answer = call(filter("127.0.0.1"), "GET", DispatcherType.REQUEST, "/console/", Map.of(), false,
                "127.0.0.1", null);
        assertThat(answer.passedOn).isTrue();
        assertThat(answer.headers).isEmpty();
    }
}
