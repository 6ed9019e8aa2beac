package org.chantilly.handbook.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where handbook versions, signatures and supplements are kept. */
public interface HandbookRepository {

    HandbookVersion add(HandbookVersion version);

    Signature add(Signature signature);

    Supplement add(Supplement supplement);

    List<HandbookVersion> versions();

    Optional<HandbookVersion> version(int number);

    /** The published version with the latest effective time not after {@code at}. */
    Optional<HandbookVersion> inForceAt(Instant at);

    Optional<Signature> signature(int number, String employee);

    List<Signature> signaturesOf(int number);

    List<Signature> signaturesBy(String employee);

    Optional<Supplement> supplement(long id);

    List<Supplement> supplements();
}
