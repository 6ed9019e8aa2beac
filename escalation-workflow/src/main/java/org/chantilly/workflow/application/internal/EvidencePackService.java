package org.chantilly.workflow.application.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Semaphore;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.transaction.Transactional;

import org.chantilly.handbook.api.Handbook;
import org.chantilly.intake.api.ComplaintIntake;
import org.chantilly.intake.api.ComplaintView;
import org.chantilly.intake.api.IntakeMessage;
import org.chantilly.platform.api.AuditEvent;
import org.chantilly.platform.api.AuditRecord;
import org.chantilly.platform.api.AuditTrail;
import org.chantilly.platform.api.ChainVerification;
import org.chantilly.platform.api.ResourceNotFoundException;
import org.chantilly.platform.api.TooManyRequestsException;
import org.chantilly.workflow.api.ComplaintProcesses;
import org.chantilly.workflow.api.EvidencePacks;
import org.chantilly.workflow.api.HandlingRecord;
import org.chantilly.workflow.api.TimelineEntry;
import org.chantilly.workflow.api.WorkflowMessage;
import org.chantilly.platform.api.Sha256;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds a complaint's evidence pack, a ZIP of:
 * <ul>
 * <li>{@code complaint.json}: the complaint as recorded, with its history;</li>
 * <li>{@code timeline.json}: every step of its process and tiers: who, when, deadline, breach, outcome;</li>
 * <li>{@code handling-record.json}: remedies (with the handbook version and the policy values applied), meetings,
 * follow-ups and service clocks;</li>
 * <li>{@code audit/records.json}: every audit record about the complaint, as stored, with its hashes;</li>
 * <li>{@code audit/chain-proof.json}: the verification of the whole chain when the pack was made (its head
 * hash) and, for each of the complaint's records, the record that follows it in the chain and links to it;</li>
 * <li>{@code handbook/version-N.html} and {@code handbook/version-N-policy.json}: each handbook version the
 * complaint's remedies were decided under;</li>
 * <li>{@code signatures.json}: the handbook signatures of every employee who acted on the complaint;</li>
 * <li>{@code manifest.json} and {@code SHA256SUMS}: what the pack holds and the SHA-256 of every file, the latter
 * in the format {@code sha256sum -c} checks.</li>
 * </ul>
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class EvidencePackService implements EvidencePacks {

    /** Actors that are not employees: they sign no handbook. */
    private static final Set<String> NOT_EMPLOYEES = Set.of(AuditEvent.SYSTEM, "anonymous", "customer", "public");

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withFormatting(true));

    @Inject
    ComplaintIntake intake;

    @Inject
    ComplaintProcesses processes;

    @Inject
    AuditTrail audit;

    @Inject
    Handbook handbook;

    @Inject
    Clock clock;

    /** How many packs this server builds at once (each reads a complaint's whole record); more get a 429. */
    @Inject
    @ConfigProperty(name = "chantilly.evidence.max-concurrent", defaultValue = "2")
    int maxConcurrent;

    /** How old the chain's verification in a pack may be (one walk of the whole chain serves many packs). */
    @Inject
    @ConfigProperty(name = "chantilly.evidence.verification-max-age", defaultValue = "PT5M")
    Duration verificationMaxAge;

    private volatile Semaphore building;

    @Override
    public byte[] packOf(String reference, String requestedBy) {
        Semaphore permits = permits();
        if (!permits.tryAcquire()) {
            throw new PacksBusyException();
        }
        try {
            return build(reference, requestedBy);
        } finally {
            permits.release();
        }
    }

    private Semaphore permits() {
        Semaphore permits = building;
        if (permits == null) {
            synchronized (this) {
                if (building == null) {
                    building = new Semaphore(Math.max(1, maxConcurrent));
                }
                permits = building;
            }
        }
        return permits;
    }

    /** Every permit to build a pack is taken: a 429 telling the caller to try again shortly. */
    static final class PacksBusyException extends TooManyRequestsException {

        PacksBusyException() {
            super(Duration.ofSeconds(5), WorkflowMessage.PACKS_BUSY);
        }
    }

    private byte[] build(String reference, String requestedBy) {
        ComplaintView complaint = intake.find(reference)
                .orElseThrow(() -> new ResourceNotFoundException(IntakeMessage.COMPLAINT_NOT_FOUND));
        String complaintReference = complaint.reference(); // as stored, however the caller wrote it
        List<TimelineEntry> timeline = processes.timelineOf(complaintReference).orElse(List.of());
        HandlingRecord record = processes.recordOf(complaintReference);
        List<AuditRecord> records = audit.recordsAbout(complaintReference);
        ChainVerification verification = audit.recentVerification(verificationMaxAge);

        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("complaint.json", json(complaint));
        files.put("timeline.json", json(timeline));
        files.put("handling-record.json", json(record));
        files.put("audit/records.json", json(records));
        files.put("audit/chain-proof.json", json(new ChainProof(verification, links(records))));
        for (int version : versionsApplied(record)) {
            handbook.version(version).ifPresent(view -> {
                files.put("handbook/version-" + version + ".html", handbook.exportHtml(version, "en")
                        .getBytes(StandardCharsets.UTF_8));
                files.put("handbook/version-" + version + "-policy.json", json(new TreeMap<>(view.policy())));
            });
        }
        Map<String, Object> signatures = new TreeMap<>();
        actors(timeline, record, records).forEach(employee -> signatures.put(employee, handbook.signaturesOf(employee)));
        files.put("signatures.json", json(signatures));

        Map<String, String> checksums = new LinkedHashMap<>();
        files.forEach((name, content) -> checksums.put(name, Sha256.hex(content)));
        Manifest manifest = new Manifest(complaintReference, clock.instant(), requestedBy, verification.intact(),
                verification.headSequence(), verification.headHash(), new TreeMap<>(checksums));
        files.put("manifest.json", json(manifest));
        checksums.put("manifest.json", Sha256.hex(files.get("manifest.json")));
        StringBuilder sums = new StringBuilder();
        checksums.forEach((name, sum) -> sums.append(sum).append("  ").append(name).append('\n'));
        files.put("SHA256SUMS", sums.toString().getBytes(StandardCharsets.US_ASCII));
        return zip(files);
    }

    /** For each record, the one after it in the chain, whose previous hash must be this record's hash. */
    private List<Link> links(List<AuditRecord> records) {
        List<Link> links = new ArrayList<>();
        for (AuditRecord r : records) {
            AuditRecord next = audit.record(r.sequence() + 1).orElse(null);
            links.add(new Link(r.sequence(), r.previousHash(), r.hash(), next == null ? null : next.sequence(),
                    next == null ? null : next.previousHash()));
        }
        return links;
    }

    private static Set<Integer> versionsApplied(HandlingRecord record) {
        Set<Integer> versions = new TreeSet<>();
        record.resolutions().stream().map(HandlingRecord.ResolutionView::policyVersion)
                .filter(v -> v != null && v.matches("\\d{1,9}")).map(Integer::valueOf).forEach(versions::add);
        return versions;
    }

    private static Set<String> actors(List<TimelineEntry> timeline, HandlingRecord record, List<AuditRecord> records) {
        Set<String> actors = new TreeSet<>();
        timeline.stream().map(TimelineEntry::assignee).filter(Objects::nonNull).forEach(actors::add);
        record.resolutions().stream().map(HandlingRecord.ResolutionView::proposedBy).filter(Objects::nonNull)
                .forEach(actors::add);
        records.stream().map(AuditRecord::actor).forEach(actors::add);
        actors.removeAll(NOT_EMPLOYEES);
        return actors;
    }

    private static byte[] json(Object value) {
        return JSON.toJson(value).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * @param verification the whole chain's verification when the pack was made
     * @param links        how each of the complaint's records is held in the chain
     */
    public record ChainProof(ChainVerification verification, List<Link> links) {
    }

    /**
     * @param sequence             the record
     * @param previousHash         the hash of the record before it
     * @param hash                 its own hash
     * @param nextSequence         the record after it ({@code null} when it is the last)
     * @param nextPreviousHash     the previous hash the next record stores: equal to {@code hash}
     */
    public record Link(long sequence, String previousHash, String hash, Long nextSequence, String nextPreviousHash) {
    }

    /**
     * @param files the SHA-256 of every other file of the pack
     */
    public record Manifest(String complaintReference, Instant generatedAt, String generatedBy, boolean chainIntact,
                           long chainHeadSequence, String chainHeadHash, Map<String, String> files) {
    }
}
