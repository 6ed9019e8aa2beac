package org.chantilly.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

import org.chantilly.crash.support.Clients;
import org.chantilly.crash.support.CrashServer;
import org.chantilly.crash.support.DatabaseProxy;
import org.chantilly.crash.support.Invariants;
import org.chantilly.crash.support.Ledger;
import org.chantilly.it.support.Api;
import org.chantilly.it.support.TestBranch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A database that goes away for 30 seconds under load (issue 9): every request in that time fails fast with a 503
 * problem (RFC 9457, type {@code unavailable}, {@code Retry-After}), logins included; when the database is back the
 * server serves again by itself, without a restart; nothing half-written remains ({@link Invariants}). PostgreSQL
 * only, taken away by the {@link DatabaseProxy} between server and database; an embedded H2 file database cannot go
 * away on its own (README.md, Crash safety).
 */
@ExtendWith(CrashServer.Extension.class)
class DatabaseOutageIT {

    private static final String BRANCH = "OUTG";
    private static final String REGION = "DACH";
    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final Duration FAST = Duration.ofSeconds(5);

    @Test
    void requestsFailFastWhileTheDatabaseIsAwayAndTheServerRecoversByItself(CrashServer server) {
        assumeTrue(server.isPostgreSql(), "the embedded H2 database lives in the server's JVM: it cannot be away "
                + "while the server runs");
        DatabaseProxy database = server.databaseProxy().orElseThrow();
        TestBranch branch = TestBranch.openRoundTheClock(BRANCH, "Chantilly Outage Test", REGION);
        String frontline = branch.staff("FRONTLINE");
        // an employee who has not logged in before the outage (no login of theirs can be cached)
        String supervisor = branch.staff("SUPERVISOR");
        Ledger ledger = new Ledger();
        Clients clients = new Clients(BRANCH, frontline, TestBranch.PASSWORD, ledger, 9);
        List<Clients.Answer> answers = Collections.synchronizedList(new ArrayList<>());
        clients.observe(answers::add);

        clients.start(2, false);
        pause(Duration.ofSeconds(3));
        database.cut();
        Instant cut = Instant.now();
        List<String> logins = new ArrayList<>();
        Instant restored;
        try {
            pause(Duration.ofSeconds(2));
            for (String user : List.of(frontline, supervisor)) {
                Clients.Answer tasks = clients.getOnce(user, TestBranch.PASSWORD, "/api/tasks");
                logins.add(user + ": " + tasks.status() + " " + tasks.contentType() + " in " + tasks.took().toMillis()
                        + " ms: " + tasks.body());
            }
            pause(Duration.between(Instant.now(), cut.plus(OUTAGE)));
        } finally {
            restoreQuietly(database);
            restored = Instant.now();
        }
        // the clients' pending requests are sent until they are created
        clients.stop();
        List<Clients.Answer> all = List.copyOf(answers);
        Instant recovered = all.stream().filter(a -> a.at().isAfter(restored) && a.status() / 100 == 2)
                .map(Clients.Answer::at).min(Instant::compareTo).orElse(null);
        System.out.println("[outage] logins while away: " + logins);
        System.out.println("[outage] answers: " + all.stream().collect(Collectors.groupingBy(
                a -> (a.at().isBefore(cut) ? "before" : a.at().isBefore(restored) ? "away" : "after") + " "
                        + a.status() + " " + a.problemType(), TreeMap::new, Collectors.counting())));

        List<String> wrong = all.stream().filter(a -> !(a.status() == 200 || a.status() == 201 || (a.status() == 503
                        && a.isProblem() && "https://chantilly.org/problems/unavailable".equals(a.problemType())
                        && a.retryAfter())))
                .map(a -> a.at() + " " + a.request() + ": " + a.status() + " " + a.contentType() + " " + a.problemType())
                .toList();
        List<String> slow = all.stream().filter(a -> a.took().compareTo(FAST) > 0)
                .map(a -> a.at() + " " + a.request() + ": " + a.status() + " after " + a.took().toMillis() + " ms")
                .toList();
        long unavailable = all.stream().filter(a -> a.status() == 503 && a.at().isAfter(cut)).count();
        assertThat(wrong).as("answers other than success or a 503 problem with Retry-After").isEmpty();
        assertThat(slow).as("answers slower than " + FAST).isEmpty();
        assertThat(unavailable).as("503s while the database was away").isGreaterThan(10);
        assertThat(recovered).as("a request succeeded again after the database came back").isNotNull();
        assertThat(Duration.between(restored, recovered)).as("time to recover").isLessThan(Duration.ofSeconds(30));
        assertThat(ledger.unexpected()).isEmpty();

        Invariants invariants = new Invariants(BRANCH, REGION, frontline);
        List<String> violations = invariants.violations(ledger);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!violations.isEmpty() && System.nanoTime() < deadline) {
            pause(Duration.ofSeconds(1));
            violations = invariants.violations(ledger);
        }
        assertThat(violations).as("nothing half-written").isEmpty();
        assertThat(Api.object(Api.get("auditor", "/api/audit/verify")).getBoolean("intact")).isTrue();

        Map<String, Ledger.Filed> filed = ledger.filed();
        System.out.printf("[outage] %d complaints (%d sent again through the outage), %d answers 503 within %d ms at "
                        + "most, recovered %d ms after the database came back%n", filed.size(),
                filed.values().stream().filter(f -> f.attempts() > 1).count(), unavailable,
                all.stream().filter(a -> a.status() == 503).mapToLong(a -> a.took().toMillis()).max().orElse(0),
                Duration.between(restored, recovered).toMillis());
    }

    private static void restoreQuietly(DatabaseProxy database) {
        try {
            database.restore();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot give the database back", e);
        }
    }

    private static void pause(Duration duration) {
        if (!duration.isNegative()) {
            LockSupport.parkNanos(duration.toNanos());
        }
    }
}
