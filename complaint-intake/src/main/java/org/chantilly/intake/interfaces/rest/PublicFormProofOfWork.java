package org.chantilly.intake.interfaces.rest;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.chantilly.platform.api.ProofOfWork;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public form's proof of work, from configuration: {@code chantilly.public-form.proof-of-work-bits} (the
 * difficulty), {@code chantilly.public-form.proof-of-work-validity} (how long a challenge may be answered) and
 * {@code chantilly.public-form.proof-of-work-secret} (the signing key servers behind one load balancer share; without
 * it each server makes a random one at start-up, and its challenges are good only on itself).
 */
@ApplicationScoped
public class PublicFormProofOfWork {

    @Inject
    @ConfigProperty(name = "chantilly.public-form.proof-of-work-bits", defaultValue = "14")
    int bits;

    @Inject
    @ConfigProperty(name = "chantilly.public-form.proof-of-work-validity", defaultValue = "PT5M")
    Duration validity;

    @Inject
    @ConfigProperty(name = "chantilly.public-form.proof-of-work-secret")
    Optional<String> secret;

    @Inject
    Clock clock;

    @Produces
    @Singleton
    ProofOfWork proofOfWork() {
        byte[] key = secret.filter(s -> !s.isBlank()).map(ProofOfWork::keyOf).orElseGet(ProofOfWork::randomKey);
        return new ProofOfWork(key, bits, validity, clock, ProofOfWork.DEFAULT_MAX_USED);
    }
}
