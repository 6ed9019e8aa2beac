package org.chantilly.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.wildfly.core.launcher.Launcher;
import org.wildfly.core.launcher.StandaloneCommandBuilder;

/**
 * The server the build provisioned (ear/target/server), started from a base directory of the benchmark's own with the
 * shipped EAR plus the bench probe in its deployments, so the build's server and its tests are left alone.
 */
final class Server implements AutoCloseable {

    static final String BASE_URL = "http://127.0.0.1:8080";

    private final Process process;
    private final Duration boot;

    private Server(Process process, Duration boot) {
        this.process = process;
        this.boot = boot;
    }

    /** Starts the server on the database with the given extra system properties and waits until the API answers. */
    static Server start(Path root, Database database, List<String> properties) throws IOException, InterruptedException {
        Path base = root.resolve("bench/target/server-base-" + database.name());
        deleteTree(base);
        Files.createDirectories(base.resolve("deployments"));
        copyTree(root.resolve("ear/target/server/standalone/configuration"), base.resolve("configuration"));
        withProbe(root.resolve("ear/target/chantilly.ear"),
                root.resolve("bench/probe/target/chantilly-bench-probe.war"),
                base.resolve("deployments/chantilly.ear"));
        List<String> options = new ArrayList<>(List.of("-Xms1g", "-Xmx1g", "-XX:+UseParallelGC",
                "-Dchantilly.db.driver=" + database.driver(), "-Dchantilly.db.url=" + database.serverUrl(),
                "-Dchantilly.db.user=" + database.user(), "-Dchantilly.db.password=" + database.password(),
                "-Dchantilly.demo-data=true", "-Dchantilly.mail.host=127.0.0.1", "-Dchantilly.mail.port=3325",
                "-Dchantilly.mail.tls=false", "-Dchantilly.retention.interval=none"));
        options.addAll(properties);
        StandaloneCommandBuilder command = StandaloneCommandBuilder.of(root.resolve("ear/target/server"))
                .setBaseDirectory(base).addJavaOptions(options);
        long started = System.nanoTime();
        Process process = Launcher.of(command).setRedirectErrorStream(true)
                .redirectOutput(root.resolve("bench/target/server-" + database.name() + ".log")).launch();
        Api frontline = new Api(BASE_URL, "frontline", "frontline-demo");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped while starting; see bench/target/server-"
                        + database.name() + ".log");
            }
            try {
                HttpResponse<String> tasks = frontline.get("/api/tasks");
                if (tasks.statusCode() == 200) {
                    break;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("the server was not ready within three minutes");
            }
            Thread.sleep(100);
        }
        return new Server(process, Duration.ofNanos(System.nanoTime() - started));
    }

    /** From the launch of the JVM to the first answer of the API. */
    Duration boot() {
        return boot;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** A copy of the EAR with the probe as one more web module under /bench-probe. */
    private static void withProbe(Path ear, Path probe, Path target) throws IOException {
        try (ZipFile source = new ZipFile(ear.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry : java.util.Collections.list(source.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = source.getInputStream(entry)) {
                    if (entry.getName().equals("META-INF/application.xml")) {
                        String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        out.write(xml.replace("<library-directory>", "<module><web><web-uri>chantilly-bench-probe.war"
                                + "</web-uri><context-root>/bench-probe</context-root></web></module>\n  "
                                + "<library-directory>").getBytes(StandardCharsets.UTF_8));
                    } else {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("chantilly-bench-probe.war"));
            Files.copy(probe, out);
            out.closeEntry();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path copy = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
