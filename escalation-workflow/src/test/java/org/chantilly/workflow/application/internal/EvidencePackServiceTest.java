package org.chantilly.workflow.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.chantilly.intake.api.ComplaintIntake;
import org.chantilly.platform.api.ProblemType;
import org.chantilly.platform.api.ResourceNotFoundException;
import org.chantilly.platform.api.TooManyRequestsException;
import org.junit.jupiter.api.Test;

/** Evidence packs are built a few at a time: one more gets a 429 instead of taking the server's connections. */
class EvidencePackServiceTest {

    @Test
    void aPackBeyondTheLimitIsAClear429AndThePermitComesBack() throws Exception {
        CountDownLatch building = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        EvidencePackService service = new EvidencePackService();
        service.maxConcurrent = 1;
        service.verificationMaxAge = Duration.ofMinutes(5);
        service.intake = (ComplaintIntake) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ComplaintIntake.class}, (proxy, method, args) -> {
                    if (method.getName().equals("find")) {
                        building.countDown();
                        release.await(10, TimeUnit.SECONDS);
                        return Optional.empty(); // the pack of a complaint that is not there: a 404
                    }
                    throw new UnsupportedOperationException(method.getName());
                });

        CompletableFuture<Throwable> first = CompletableFuture.supplyAsync(() -> {
            try {
                service.packOf("HAM-2026-000001", "stefan");
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        });
        assertThat(building.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> service.packOf("HAM-2026-000002", "stefan"))
                .isInstanceOfSatisfying(TooManyRequestsException.class, busy -> {
                    assertThat(busy.type()).isEqualTo(ProblemType.TOO_MANY_REQUESTS);
                    assertThat(busy.retryAfter()).isPositive();
                    assertThat(busy.getMessage()).contains("evidence packs");
                });

        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> service.packOf("HAM-2026-000003", "stefan")).as("the permit came back")
                .isInstanceOf(ResourceNotFoundException.class);
    }
}
