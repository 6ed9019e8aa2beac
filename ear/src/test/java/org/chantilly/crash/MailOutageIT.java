package org.chantilly.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import org.chantilly.crash.support.Clients;
import org.chantilly.crash.support.CrashServer;
import org.chantilly.crash.support.Invariants;
import org.chantilly.crash.support.Ledger;
import org.chantilly.it.support.Api;
import org.chantilly.it.support.TestBranch;
import org.chantilly.it.support.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A mail server that is down for a while (issue 9): the acknowledgements of complaints filed meanwhile fail (visibly:
 * status FAILED), are retried by the engine ({@code chantilly.jobs.retry-cycle}, every three seconds here), and all
 * arrive once the mail server is back, without an incident.
 */
@ExtendWith(CrashServer.Extension.class)
class MailOutageIT {

    private static final String BRANCH = "MAILO";
    private static final String REGION = "DACH";
    private static final int COMPLAINTS = 5;

    @AfterEach
    void mailServerBackUp() {
        TestMailServer.start();
    }

    @Test
    void acknowledgementsFailedWhileTheMailServerWasDownAllArriveOnceItIsBack(CrashServer server) {
        String frontline = TestBranch.openRoundTheClock(BRANCH, "Chantilly Mail Test", REGION).staff("FRONTLINE");
        Ledger ledger = new Ledger();
        Clients clients = new Clients(BRANCH, frontline, TestBranch.PASSWORD, ledger, 5);

        TestMailServer.stop();
        Instant down = Instant.now();
        List<String> references = new ArrayList<>();
        for (int i = 0; i < COMPLAINTS; i++) {
            references.add(clients.file(i % 2 == 0 ? "EMAIL" : "SMS").orElseThrow());
        }
        for (String reference : references) {
            String status = until(() -> acknowledgement(frontline, reference), "FAILED", Duration.ofSeconds(30));
            assertThat(status).as(reference + " while the mail server is down").isEqualTo("FAILED");
        }
        // down a while longer: a retry or two fails as well
        pause(Duration.ofSeconds(4));
        TestMailServer.start();
        Instant up = Instant.now();

        for (String reference : references) {
            String status = until(() -> acknowledgement(frontline, reference), "SENT", Duration.ofSeconds(30));
            assertThat(status).as(reference + " once the mail server is back").isEqualTo("SENT");
        }
        Instant sent = Instant.now();
        Map<String, Long> mails = TestMailServer.messagesPerReference();
        assertThat(references).allSatisfy(reference -> assertThat(mails).containsKey(reference));
        assertThat(ledger.unexpected()).isEmpty();
        assertThat(new Invariants(BRANCH, REGION, frontline).violations(ledger)).isEmpty();
        System.out.printf("[mail outage] %d acknowledgements failed while the mail server was down for %d s, all "
                        + "arrived %d s after it was back%n", COMPLAINTS, Duration.between(down, up).toSeconds(),
                Duration.between(up, sent).toSeconds());
    }

    private static String acknowledgement(String user, String reference) {
        return Api.object(Api.send(Api.as(user, TestBranch.PASSWORD, "/api/complaints/" + reference).GET()))
                .getJsonObject("acknowledgement").getString("status");
    }

    private static String until(java.util.function.Supplier<String> read, String wanted, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        String value = read.get();
        while (!wanted.equals(value) && System.nanoTime() < deadline) {
            pause(Duration.ofMillis(300));
            value = read.get();
        }
        return value;
    }

    private static void pause(Duration duration) {
        LockSupport.parkNanos(duration.toNanos());
    }
}
