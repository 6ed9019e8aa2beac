package org.chantilly.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.junit.jupiter.api.Test;
import org.wildfly.core.launcher.Launcher;
import org.wildfly.core.launcher.ProcessHelper;
import org.wildfly.core.launcher.StandaloneCommandBuilder;

/**
 * A server that other machines reach: the provisioned WildFly with the built EAR, bound to every address
 * ({@code 0.0.0.0}), started by the test itself with WildFly's launcher as the crash tests start theirs (a base
 * directory of its own under {@code target/exposed}, ports shifted by 200, an H2 database of its own, whatever the
 * execution's database), and stopped again by each test.
 * <ul>
 * <li>With the demo data of the embedded database it refuses to start: the deployment fails with one message that
 * names {@code chantilly.demo-data}, and no account is created.</li>
 * <li>Without, it starts and requires TLS: the API answers plain HTTP with a 403 {@code https-required} problem (a
 * refused login too), the console redirects it to HTTPS, a trusted proxy's {@code X-Forwarded-Proto: https} is
 * believed and nobody else's; over HTTPS, with the self-signed certificate generated on the first start, responses
 * carry {@code Strict-Transport-Security} and the session cookie is {@code Secure}.</li>
 * <li>Its mail session speaks STARTTLS by default and requires it.</li>
 * </ul>
 */
class ExposedServerIT {

    private static final int OFFSET = 200;
    private static final int HTTP = 8080 + OFFSET;
    private static final int HTTPS = 8443 + OFFSET;
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(240);

    private final Path home = Path.of(required("jboss.home"));
    private final Path dir = Path.of(required("chantilly.it.ear")).getParent().resolve("exposed");

    @Test
    void withDemoDataItRefusesToStartAndCreatesNoAccount() throws Exception {
        Path base = prepare("demo");
        Path database = base.resolve("database/chantilly");
        try (Server server = Server.start(home, base, database, List.of("-Dchantilly.demo-data=true"))) {
            assertThat(server.awaitDeployment()).as("the deployment, see " + server.log).isFalse();
            List<String> refusals = server.logLines().stream()
                    .filter(line -> line.contains(" [org.chantilly.platform.organisation.DemoLoginGuard] "))
                    .toList();
            assertThat(refusals).as("one message of the application, see " + server.log).hasSize(1);
            assertThat(refusals.get(0)).contains("Chantilly does not start", "0.0.0.0:" + HTTP,
                    "chantilly.demo-data=false", "CHANTILLY_DEMO_DATA=false", "127.0.0.1");
            assertThat(get(URI.create("http://127.0.0.1:" + HTTP + "/api/tasks"), Map.of()).status())
                    .as("no API").isEqualTo(404);
            // WildFly's own answer where no application has /console: a redirect to its "no console" page
            Answer console = get(URI.create("https://127.0.0.1:" + HTTPS + "/console/"), Map.of());
            assertThat(console.status()).as("no console").isEqualTo(302);
            assertThat(console.header("Location")).hasValue("/noconsole.html");
        }
        // refused before the schema was migrated: no accounts table, let alone an account
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database, "sa", "sa");
             ResultSet tables = connection.getMetaData().getTables(null, null, "APP_USER", null)) {
            if (tables.next()) {
                try (Statement statement = connection.createStatement();
                     ResultSet accounts = statement.executeQuery("select count(*) from app_user")) {
                    assertThat(accounts.next()).isTrue();
                    assertThat(accounts.getLong(1)).as("accounts created").isZero();
                }
            }
        }
    }

    @Test
    void withoutDemoDataItStartsAndRequiresTls() throws Exception {
        Path base = prepare("tls");
        try (Server server = Server.start(home, base, base.resolve("database/chantilly"),
                List.of("-Dchantilly.demo-data=false", "-Dchantilly.security.trusted-proxies=127.0.0.1"))) {
            assertThat(server.awaitDeployment()).as("the deployment, see " + server.log).isTrue();
            assertThat(server.logLines()).as("the listeners the application found")
                    .anyMatch(line -> line.contains("listening on http 0.0.0.0:" + HTTP + ", https 0.0.0.0:" + HTTPS));

            // plain HTTP from the trusted proxy (127.0.0.1), which does not say that its client used TLS
            URI api = URI.create("http://127.0.0.1:" + HTTP + "/api/tasks");
            Answer plain = get(api, Map.of());
            assertThat(plain.status()).isEqualTo(403);
            assertThat(plain.header("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                    .startsWith("application/problem+json"));
            assertThat(plain.body()).contains("https://chantilly.org/problems/https-required",
                    "https://127.0.0.1/api/tasks");
            assertThat(plain.header("Strict-Transport-Security")).isEmpty();
            Answer wrongLogin = get(api, Map.of("Authorization", basic("nobody", "wrong password")));
            assertThat(wrongLogin.status()).as("a refused login over plain HTTP").isEqualTo(403);
            assertThat(wrongLogin.header("WWW-Authenticate")).isEmpty();
            assertThat(wrongLogin.body()).contains("https-required");
            assertThat(get(api, Map.of("X-Forwarded-Proto", "http")).status()).isEqualTo(403);

            // the trusted proxy says its client spoke TLS to it
            Answer proxied = get(api, Map.of("X-Forwarded-Proto", "https"));
            assertThat(proxied.status()).as(proxied.body()).isEqualTo(401);
            assertThat(proxied.header("Strict-Transport-Security")).hasValue("max-age=31536000");

            Answer console = get(URI.create("http://127.0.0.1:" + HTTP + "/console/"), Map.of());
            assertThat(console.status()).isEqualTo(301);
            assertThat(console.header("Location")).hasValue("https://127.0.0.1/console/");
            Answer consoleProxied = get(URI.create("http://127.0.0.1:" + HTTP + "/console/"),
                    Map.of("X-Forwarded-Proto", "https"));
            assertThat(consoleProxied.status()).as("the login page").isEqualTo(200);
            assertThat(consoleProxied.headers().getOrDefault("Set-Cookie", List.of()))
                    .as("the session cookie, though the connection to the server is plain")
                    .anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("; secure"));

            // anyone else's X-Forwarded-Proto is ignored, and a direct client is sent to the server's own TLS port
            Optional<String> own = ownAddress();
            if (own.isPresent()) {
                String host = own.get();
                Answer untrusted = get(URI.create("http://" + host + ":" + HTTP + "/api/tasks"),
                        Map.of("X-Forwarded-Proto", "https"));
                assertThat(untrusted.status()).as("from " + host).isEqualTo(403);
                assertThat(untrusted.body()).contains("https://" + host + ":" + HTTPS + "/api/tasks");
                assertThat(get(URI.create("http://" + host + ":" + HTTP + "/console/"), Map.of()).header("Location"))
                        .hasValue("https://" + host + ":" + HTTPS + "/console/");
            }

            // over TLS, with the certificate generated on the first start
            Answer tls = get(URI.create("https://127.0.0.1:" + HTTPS + "/api/tasks"), Map.of());
            assertThat(tls.status()).as(tls.body()).isEqualTo(401);
            assertThat(tls.header("Strict-Transport-Security")).hasValue("max-age=31536000");
            assertThat(tls.certificate()).hasValueSatisfying(certificate -> assertThat(
                    certificate.getSubjectX500Principal().getName()).contains("CN=localhost"));
            assertThat(base.resolve("configuration/chantilly-tls.p12")).as("the generated key store").exists();
            Answer page = get(URI.create("https://127.0.0.1:" + HTTPS + "/console/"), Map.of());
            assertThat(page.headers().getOrDefault("Set-Cookie", List.of())).as("the session cookie")
                    .anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("; secure")
                            .containsIgnoringCase("httponly"));
            assertThat(page.header("Strict-Transport-Security")).hasValue("max-age=31536000");
        }
    }

    /**
     * The provisioned mail session speaks STARTTLS to the mail server unless {@code chantilly.mail.tls=false}, requires
     * it and checks the server's name (which WildFly resolves into the session's properties, as the tests' own server
     * shows by sending without TLS where that switch is set).
     */
    @Test
    void mailSpeaksStartTlsByDefaultAndRequiresIt() throws IOException {
        String configuration = Files.readString(home.resolve("standalone/configuration/standalone.xml"));
        assertThat(configuration).contains(
                "outbound-socket-binding-ref=\"chantilly-smtp\" tls=\"${chantilly.mail.tls,env.CHANTILLY_MAIL_TLS:true}\"",
                "name=\"mail.smtp.starttls.required\" value=\"${chantilly.mail.tls,env.CHANTILLY_MAIL_TLS:true}\"",
                "name=\"mail.smtp.ssl.checkserveridentity\" value=\"true\"");
    }

    private Path prepare(String name) throws IOException {
        Path base = dir.resolve(name);
        deleteRecursively(base);
        Files.createDirectories(base.resolve("deployments"));
        copyRecursively(home.resolve("standalone/configuration"), base.resolve("configuration"));
        Files.deleteIfExists(base.resolve("configuration/chantilly-tls.p12"));
        Files.copy(Path.of(required("chantilly.it.ear")), base.resolve("deployments/chantilly.ear"));
        return base;
    }

    /** The provisioned server bound to every address, with the EAR in its deployments. */
    private static final class Server implements AutoCloseable {

        final Path log;
        private final Path base;
        private final Process process;

        private Server(Path base, Path log, Process process) {
            this.base = base;
            this.log = log;
            this.process = process;
        }

        static Server start(Path home, Path base, Path database, List<String> options) throws IOException {
            Path log = base.resolve("server.log");
            StandaloneCommandBuilder command = StandaloneCommandBuilder.of(home)
                    .setBaseDirectory(base)
                    .addJavaOptions(System.getProperty("chantilly.it.jvm-args", "-Xmx1g").trim().split("\\s+"))
                    .addJavaOption("-XX:TieredStopAtLevel=1")
                    .addJavaOptions(
                            "-Djboss.bind.address=0.0.0.0",
                            "-Djboss.socket.binding.port-offset=" + OFFSET,
                            "-Dchantilly.db.driver=h2",
                            "-Dchantilly.db.url=jdbc:h2:file:" + database + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
                            "-Dchantilly.db.user=sa",
                            "-Dchantilly.db.password=sa",
                            "-Dchantilly.mail.host=127.0.0.1",
                            "-Dchantilly.mail.port=" + (3025 + OFFSET),
                            "-Dchantilly.mail.tls=false",
                            "-Dchantilly.jobs.enabled=false",
                            "-Dchantilly.retention.interval=none")
                    .addJavaOptions(options);
            Process process = Launcher.of(command).setRedirectErrorStream(true).redirectOutput(log).launch();
            ProcessHelper.addShutdownHook(process);
            return new Server(base, log, process);
        }

        /** Whether the EAR deployed (false: it failed), waiting for either. */
        boolean awaitDeployment() {
            long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                if (Files.exists(base.resolve("deployments/chantilly.ear.deployed"))) {
                    return true;
                }
                if (Files.exists(base.resolve("deployments/chantilly.ear.failed"))) {
                    return false;
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException("the server stopped while starting; see " + log);
                }
                LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
            }
            throw new IllegalStateException("the EAR was neither deployed nor failed within " + STARTUP_TIMEOUT
                    + "; see " + log);
        }

        List<String> logLines() throws IOException {
            return Files.readAllLines(log, StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy(); // an orderly shutdown
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    /** An answer, with the server's certificate when it came over TLS. */
    record Answer(int status, Map<String, List<String>> headers, String body, Optional<X509Certificate> certificate) {

        Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> name.equalsIgnoreCase(e.getKey()))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }
    }

    /**
     * A GET without following redirects; over TLS trusting the self-signed certificate, whatever its host name (only
     * this test's own server is asked).
     */
    private static Answer get(URI uri, Map<String, String> headers) throws Exception {
        URL url = uri.toURL();
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        if (connection instanceof HttpsURLConnection tls) {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new TrustingAll()}, null);
            tls.setSSLSocketFactory(context.getSocketFactory());
            tls.setHostnameVerifier((host, session) -> true);
        }
        connection.setInstanceFollowRedirects(false);
        connection.setConnectTimeout(5000);
        connection.setReadTimeout(30000);
        headers.forEach(connection::setRequestProperty);
        try {
            connection.connect();
            Optional<X509Certificate> certificate = Optional.empty();
            if (connection instanceof HttpsURLConnection tls) {
                certificate = Optional.of((X509Certificate) tls.getServerCertificates()[0]);
            }
            int status = connection.getResponseCode();
            InputStream stream = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            String body = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, List<String>> answerHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            connection.getHeaderFields().forEach((name, values) -> {
                if (name != null) {
                    answerHeaders.put(name, values);
                }
            });
            return new Answer(status, answerHeaders, body, certificate);
        } finally {
            connection.disconnect();
        }
    }

    /** Trusts every certificate: the test's own server has a self-signed one. */
    private static final class TrustingAll implements X509TrustManager {

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** An IPv4 address of this machine other than the loopback one, if it has one. */
    private static Optional<String> ownAddress() throws SocketException {
        List<String> found = new ArrayList<>();
        for (NetworkInterface face : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (face.isUp() && !face.isLoopback()) {
                for (InetAddress address : Collections.list(face.getInetAddresses())) {
                    if (address instanceof Inet4Address && !address.isLinkLocalAddress()) {
                        found.add(address.getHostAddress());
                    }
                }
            }
        }
        return found.stream().findFirst();
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set (see ear/pom.xml)");
        }
        return value;
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> paths = Files.walk(path)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
