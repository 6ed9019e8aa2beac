package org.chantilly.handbook.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where handbook versions, signatures and supplements are kept. */
public interface HandbookRepository {

    HandbookVersion add(HandbookVersion version);

    /** Removes a draft that is discarded (a published version is never removed). */
    void remove(HandbookVersion draft);

    Signature add(Signature signature);

    Supplement add(Supplement supplement);

    List<HandbookVersion> versions();

    /** How many versions there are (without reading them). */
    long count();

    Optional<HandbookVersion> version(int number);

    /** The highest-numbered published version in effect at {@code at} (a later version always supersedes). */
    Optional<HandbookVersion> inForceAt(Instant at);

    Optional<Signature> signature(int number, String employee);

    List<Signature> signaturesOf(int number);

    List<Signature> signaturesBy(String employee);

    Optional<Supplement> supplement(long id);

    List<Supplement> supplements();
}
