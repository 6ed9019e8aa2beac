package org.chantilly.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.chantilly.crash.support.Clients;
import org.chantilly.crash.support.CrashServer;
import org.chantilly.crash.support.Invariants;
import org.chantilly.crash.support.Ledger;
import org.chantilly.it.support.Api;
import org.chantilly.it.support.TestBranch;
import org.chantilly.it.support.TestDatabase;
import org.chantilly.it.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Crash safety (issue 9): under a steady load of intake (two clients, each complaint with an Idempotency-Key, sent
 * again with the same key until a 201 comes) and of frontline decisions (one client escalating the branch's open
 * decisions), the server's JVM is killed with SIGKILL three times at random moments and started again. Afterwards
 * (clients stopped, jobs run) the database holds exactly what the clients were told ({@link Invariants}); keys sent
 * once more give the reference their clients got; supervisor deadlines that came due while the server was down
 * fired after the restart; the audit chain verifies. Runs on H2 and on PostgreSQL (failsafe executions crash-h2 and
 * crash-postgresql); {@code -Dchantilly.crash.seed=...} repeats a run's moments.
 */
@ExtendWith(CrashServer.Extension.class)
class CrashSafetyIT {

    private static final String BRANCH = "CRSH";
    private static final String REGION = "DACH";
    private static final int KILLS = 3;

    @Test
    void nothingAcknowledgedIsLostOrDoubledWhenTheServerIsKilledUnderLoad(CrashServer server) throws SQLException {
        long seed = Long.getLong("chantilly.crash.seed", System.nanoTime());
        Random random = new Random(seed);
        Instant began = Instant.now();
        String frontline = TestBranch.openRoundTheClock(BRANCH, "Chantilly Crash Test", REGION).staff("FRONTLINE");
        Ledger ledger = new Ledger();
        Clients clients = new Clients(BRANCH, frontline, TestBranch.PASSWORD, ledger, seed);

        clients.start(2, true);
        try {
            for (int kill = 1; kill <= KILLS; kill++) {
                pause(Duration.ofMillis(2000 + random.nextInt(4000)));
                // the first time, a supervisor's 8-second deadline is sure to come due while the server is down
                Instant timerDue = kill == 1 ? recentSmsEscalation(ledger).plusSeconds(9) : Instant.MIN;
                server.kill();
                while (Instant.now().isBefore(timerDue)) {
                    pause(Duration.ofMillis(200));
                }
                server.ensureRunning();
            }
            pause(Duration.ofSeconds(2));
        } finally {
            clients.stop();
        }
        Instant loadEnded = Instant.now();

        Invariants invariants = new Invariants(BRANCH, REGION, frontline);
        List<String> violations = invariants.violations(ledger);
        long drainDeadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!violations.isEmpty() && System.nanoTime() < drainDeadline) {
            pause(Duration.ofSeconds(1));
            violations = invariants.violations(ledger);
        }
        Instant drained = Instant.now();
        assertThat(ledger.unexpected()).as("answers no client should get").isEmpty();
        assertThat(violations).as("what the database holds, against what the clients were told").isEmpty();

        // keys sent once more (those that needed more than one attempt, and twenty others; the database holds every
        // key's reference, checked above): the reference its client was told
        List<Ledger.Filed> resent = new ArrayList<>(ledger.filed().values().stream().filter(f -> f.attempts() > 1).toList());
        ledger.filed().values().stream().filter(f -> f.attempts() == 1).limit(20).forEach(resent::add);
        List<String> replays = new ArrayList<>();
        for (Ledger.Filed filed : resent) {
            HttpResponse<String> again = clients.resend(filed);
            String reference = again.statusCode() == 201 ? Api.object(again).getString("reference") : null;
            if (!filed.reference().equals(reference)
                    || !"true".equals(again.headers().firstValue("Idempotent-Replayed").orElse(null))) {
                replays.add(filed.key() + " (" + filed.reference() + "): " + again.statusCode() + " " + reference);
            }
        }
        assertThat(replays).as("keys sent again").isEmpty();

        // timers that came due while the server was down fired once it was back
        List<CrashServer.Downtime> downtimes = server.downtimes();
        Map<String, Instant> firedAt = deadlinesFired();
        List<String> dueWhileDown = new ArrayList<>();
        try (Connection db = TestDatabase.connect(); var statement = db.prepareStatement("select complaint_reference, "
                + "due_at, breached_at from wf_service_clock where clock = 'RESOLVE_SUPERVISOR' and complaint_reference like ?")) {
            statement.setString(1, BRANCH + "-%");
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    String reference = rows.getString(1);
                    Instant due = rows.getTimestamp(2).toInstant();
                    for (CrashServer.Downtime downtime : downtimes) {
                        if (downtime.covers(due)) {
                            dueWhileDown.add(reference);
                            assertThat(rows.getTimestamp(3)).as(reference + ": deadline " + due + " breached").isNotNull();
                            // the engine starts its job executor a little before the server reports ready
                            assertThat(firedAt.get(reference)).as(reference + ": the deadline's timer fired once the "
                                    + "server was back (killed " + downtime.killed() + ", ready " + downtime.ready() + ")")
                                    .isNotNull().isAfter(downtime.killed()).isBefore(downtime.ready().plusSeconds(30));
                        }
                    }
                }
            }
        }
        assertThat(dueWhileDown).as("supervisor deadlines that came due while the server was down").isNotEmpty();

        assertThat(Api.object(Api.get("auditor", "/api/audit/verify")).getBoolean("intact"))
                .as("the audit chain verifies").isTrue();

        Map<String, Ledger.Filed> filed = ledger.filed();
        long mailed = TestMailServer.messagesPerReference().entrySet().stream()
                .filter(e -> e.getKey().startsWith(BRANCH + "-") && e.getValue() > 1).count();
        System.out.printf("[crash %s] seed %d: %d complaints (%d needed more than one attempt), %d escalated, "
                        + "%d kills, down %s, %d supervisor deadlines due while down, %d acknowledgements mailed twice; "
                        + "load %d s, drained in %d s, whole test %d s%n",
                server.isPostgreSql() ? "postgresql" : "h2", seed, filed.size(),
                filed.values().stream().filter(f -> f.attempts() > 1).count(), ledger.escalated().size(),
                downtimes.size(), downtimes.stream().map(d -> Duration.between(d.killed(), d.ready()).toSeconds() + " s")
                        .toList(), dueWhileDown.size(), mailed,
                Duration.between(began, loadEnded).toSeconds(), Duration.between(loadEnded, drained).toSeconds(),
                Duration.between(began, Instant.now()).toSeconds());
    }

    /**
     * When an SMS complaint was escalated 4 to 7 seconds ago (waiting for one): its supervisor's 8-second deadline
     * comes due a few seconds from now, so the server, killed now, is down then, and the wait for it is short.
     */
    private static Instant recentSmsEscalation(Ledger ledger) {
        long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, String> channels = new HashMap<>();
            ledger.filed().values().forEach(f -> channels.put(f.reference(), f.channel()));
            Instant now = Instant.now();
            var recent = ledger.escalated().entrySet().stream()
                    .filter(e -> "SMS".equals(channels.get(e.getKey()))).map(Map.Entry::getValue)
                    .filter(at -> at.isBefore(now.minusSeconds(4)) && at.isAfter(now.minusSeconds(7))).findAny();
            if (recent.isPresent()) {
                return recent.get();
            }
            pause(Duration.ofMillis(200));
        }
        throw new AssertionError("no SMS complaint was escalated 4 to 7 seconds before any moment in 45 seconds");
    }

    /** When each complaint's deadline timer (a tier's BoundaryEvent_DeadlinePassed) fired, the latest per complaint. */
    private static Map<String, Instant> deadlinesFired() throws SQLException {
        Map<String, Instant> fired = new HashMap<>();
        try (Connection db = TestDatabase.connect(); var statement = db.prepareStatement("select p.BUSINESS_KEY_, "
                + "a.START_TIME_ from ACT_HI_ACTINST a join ACT_HI_PROCINST p on p.PROC_INST_ID_ = a.PROC_INST_ID_ "
                + "where a.ACT_ID_ = 'BoundaryEvent_DeadlinePassed' and p.BUSINESS_KEY_ like ?")) {
            statement.setString(1, BRANCH + "-%");
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    fired.merge(rows.getString(1), rows.getTimestamp(2).toInstant(),
                            (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        }
        return fired;
    }

    private static void pause(Duration duration) {
        java.util.concurrent.locks.LockSupport.parkNanos(duration.toNanos());
    }
}
