package org.chantilly.crash.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import org.chantilly.it.support.Api;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.wildfly.core.launcher.Launcher;
import org.wildfly.core.launcher.ProcessHelper;
import org.wildfly.core.launcher.StandaloneCommandBuilder;

/**
 * The provisioned WildFly with the built EAR, run by the crash tests themselves (not by Arquillian, which cannot
 * kill a server and bring it back): a base directory of its own under {@code chantilly.crash.dir} (configuration
 * copied from the provisioned server, the EAR in its {@code deployments/}), ports shifted by
 * {@code chantilly.crash.port-offset}, the database of the failsafe execution (PostgreSQL through a
 * {@link DatabaseProxy}). {@link #kill()} is SIGKILL of the server's own JVM (the launcher starts java directly, no
 * script in between). One server serves every crash test class of a run; JUnit closes it at the end.
 */
public final class CrashServer implements AutoCloseable {

    private static final int OFFSET = Integer.getInteger("chantilly.crash.port-offset", 100);
    /** The API of the server, as the tests' clients reach it. */
    public static final URI BASE = URI.create("http://127.0.0.1:" + (8080 + OFFSET));
    private static final URI READY = URI.create("http://127.0.0.1:" + (9990 + OFFSET) + "/health/ready");
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(240);

    private final Path home = Path.of(required("jboss.home"));
    private final Path dir = Path.of(required("chantilly.crash.dir"));
    private final Path base = dir.resolve("base");
    private final String driver = required("chantilly.it.db.driver");
    private final DatabaseProxy proxy;
    private final String serverDatabaseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Downtime> downtimes = new ArrayList<>();

    private Process process;
    private int starts;
    /** Why the server could not be started, once it could not: later tests fail at once instead of waiting again. */
    private String broken;

    /** When the server was killed and when it was ready again. */
    public record Downtime(Instant killed, Instant ready) {
        public boolean covers(Instant instant) {
            return !instant.isBefore(killed) && !instant.isAfter(ready);
        }
    }

    private CrashServer() throws IOException {
        if (!Api.BASE.equals(BASE)) {
            throw new IllegalStateException("chantilly.it.base-url " + Api.BASE + " is not the crash server's " + BASE);
        }
        deleteRecursively(dir);
        Files.createDirectories(base.resolve("deployments"));
        copyRecursively(home.resolve("standalone/configuration"), base.resolve("configuration"));
        Files.copy(Path.of(required("chantilly.it.ear")), base.resolve("deployments/chantilly.ear"));
        String url = required("chantilly.it.db.url");
        if (isPostgreSql()) {
            // jdbc:postgresql://host:port/database?...: the server connects through the proxy instead
            URI database = URI.create(url.substring("jdbc:".length()));
            proxy = new DatabaseProxy(database.getHost(), database.getPort() < 0 ? 5432 : database.getPort());
            serverDatabaseUrl = "jdbc:postgresql://127.0.0.1:" + proxy.port() + database.getRawPath()
                    + (database.getRawQuery() == null ? "" : "?" + database.getRawQuery());
        } else {
            proxy = null;
            serverDatabaseUrl = url;
        }
    }

    public boolean isPostgreSql() {
        return "postgresql".equals(driver);
    }

    /** The relay to PostgreSQL (absent on H2, whose file the server opens itself). */
    public Optional<DatabaseProxy> databaseProxy() {
        return Optional.ofNullable(proxy);
    }

    /** Every kill so far, with the moment the server was ready again (open while it is down). */
    public synchronized List<Downtime> downtimes() {
        return List.copyOf(downtimes);
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Starts the server unless it runs, and waits until it is ready (its health checks, the application's included). */
    public synchronized void ensureRunning() {
        if (broken != null) {
            throw new IllegalStateException(broken);
        }
        if (!isRunning()) {
            start();
        }
    }

    private void start() {
        Path log = dir.resolve("server-" + (++starts) + ".log");
        StandaloneCommandBuilder command = StandaloneCommandBuilder.of(home)
                .setBaseDirectory(base)
                .addJavaOptions(System.getProperty("chantilly.it.jvm-args", "-Xmx1g").trim().split("\\s+"))
                // the client compiler only: a third less CPU until ready, and these tests start the server often
                .addJavaOption("-XX:TieredStopAtLevel=1")
                .addJavaOptions(
                        "-Djboss.socket.binding.port-offset=" + OFFSET,
                        "-Dchantilly.db.driver=" + driver,
                        "-Dchantilly.db.url=" + serverDatabaseUrl,
                        "-Dchantilly.db.user=" + required("chantilly.it.db.user"),
                        "-Dchantilly.db.password=" + required("chantilly.it.db.password"),
                        "-Dchantilly.demo-data=true",
                        "-Dchantilly.mail.host=127.0.0.1",
                        "-Dchantilly.mail.port=" + required("chantilly.it.smtp-port"),
                        "-Dchantilly.mail.tls=false", // GreenMail speaks no TLS
                        "-Dchantilly.sms.gateway-domain=sms.chantilly.test",
                        // supervisors deciding SMS complaints have 8 seconds (in a branch open round the clock)
                        "-Dchantilly.policy.deadline.SUPERVISOR.SMS=PT8S",
                        "-Dchantilly.retention.interval=none",
                        // a mail server that is down is retried every three seconds; jobs a killed server held
                        // run again ten seconds after they were taken
                        "-Dchantilly.jobs.retry-cycle=R10/PT3S",
                        "-Dchantilly.jobs.lock-time=PT10S");
        try {
            process = Launcher.of(command).setRedirectErrorStream(true).redirectOutput(log).launch();
            // should the test JVM end without closing it (killed, crashed), the server ends with it
            ProcessHelper.addShutdownHook(process);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the server", e);
        }
        try {
            awaitReady(log);
        } catch (RuntimeException e) {
            broken = e.getMessage();
            process.destroyForcibly();
            waitForEnd(Duration.ofSeconds(30));
            throw e;
        }
        synchronized (this) {
            if (!downtimes.isEmpty() && downtimes.get(downtimes.size() - 1).ready() == null) {
                Downtime last = downtimes.remove(downtimes.size() - 1);
                downtimes.add(new Downtime(last.killed(), Instant.now()));
            }
        }
    }

    private void awaitReady(Path log) {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped while starting; see " + log);
            }
            if (Files.exists(base.resolve("deployments/chantilly.ear.failed"))) {
                throw new IllegalStateException("the EAR failed to deploy; see " + log);
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(READY).timeout(Duration.ofSeconds(5))
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("process-engine")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
        throw new IllegalStateException("the server was not ready within " + STARTUP_TIMEOUT + "; see " + log);
    }

    /** SIGKILL: the server's JVM ends at once, without shutting anything down. */
    public synchronized void kill() {
        if (!isRunning()) {
            throw new IllegalStateException("the server is not running");
        }
        process.destroyForcibly();
        waitForEnd(Duration.ofSeconds(30));
        downtimes.add(new Downtime(Instant.now(), null));
    }

    /** Kills the server and starts it again. */
    public void restart() {
        kill();
        ensureRunning();
    }

    @Override
    public synchronized void close() {
        if (isRunning()) {
            process.destroy(); // SIGTERM: an orderly shutdown
            if (!waitForEnd(Duration.ofSeconds(60))) {
                process.destroyForcibly();
                waitForEnd(Duration.ofSeconds(30));
            }
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    private boolean waitForEnd(Duration within) {
        try {
            return process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set (see ear/pom.xml, crash-*)");
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

    /**
     * Gives test methods the one server of the run ({@code void test(CrashServer server)}), started when first asked
     * for and stopped by JUnit when the run ends.
     */
    public static final class Extension implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == CrashServer.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            CrashServer server = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(CrashServer.class, type -> create(), CrashServer.class);
            server.ensureRunning();
            return server;
        }

        private static CrashServer create() {
            try {
                return new CrashServer();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot prepare the server's directory", e);
            }
        }
    }
}
