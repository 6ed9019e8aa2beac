package org.chantilly.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chantilly.platform.api.AuditEvent;
import org.chantilly.platform.api.AuditRecord;
import org.chantilly.platform.api.ChainVerification;
import org.chantilly.platform.api.ChainVerification.Problem;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {

    private static final Instant AT = Instant.parse("2026-11-25T10:15:30.123456789Z");

    private static List<AuditRecord> chain(int length) {
        List<AuditRecord> records = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 1; i <= length; i++) {
            AuditRecord record = AuditChain.seal(i, AT.plusSeconds(i),
                    AuditEvent.of("frontline", "TASK_CLAIMED", "TASK", "task-" + i).about("HAM-2026-" + i)
                            .change("assignee", null, "frontline"), previous);
            records.add(record);
            previous = record.hash();
        }
        return records;
    }

    private static ChainVerification verify(List<AuditRecord> records, long headSequence, String headHash) {
        ChainVerifier verifier = new ChainVerifier();
        records.forEach(verifier::accept);
        ChainVerifier.Head head = new ChainVerifier.Head(headSequence, headHash);
        return verifier.finish(head, head, AT);
    }

    private static ChainVerification verify(List<AuditRecord> records, AuditRecord head) {
        return verify(records, head.sequence(), head.hash());
    }

    private static AuditRecord withAction(AuditRecord r, String action) {
        return new AuditRecord(r.sequence(), r.recordedAt(), r.actor(), action, r.objectType(), r.objectId(),
                r.complaintReference(), r.before(), r.after(), r.previousHash(), r.hash());
    }

    @Test
    void anIntactChainVerifies() {
        List<AuditRecord> records = chain(5);
        ChainVerification result = verify(records, records.get(4));
        assertThat(result.intact()).isTrue();
        assertThat(result.records()).isEqualTo(5);
        assertThat(result.firstBroken()).isNull();
        assertThat(result.headHash()).isEqualTo(records.get(4).hash());
    }

    @Test
    void anEmptyChainVerifies() {
        assertThat(verify(List.of(), 0, AuditChain.GENESIS).intact()).isTrue();
    }

    @Test
    void theHashCoversEveryFieldAndTheLinkToThePreviousRecord() {
        AuditRecord record = chain(1).get(0);
        assertThat(record.hash()).hasSize(64).isEqualTo(AuditChain.hash(record));
        assertThat(record.recordedAt()).isEqualTo(Instant.parse("2026-11-25T10:15:31.123456Z"));
        assertThat(AuditChain.hash(withAction(record, "TASK_UNCLAIMED"))).isNotEqualTo(record.hash());
        AuditRecord relinked = new AuditRecord(1, record.recordedAt(), record.actor(), record.action(),
                record.objectType(), record.objectId(), record.complaintReference(), record.before(), record.after(),
                "1".repeat(64), record.hash());
        assertThat(AuditChain.hash(relinked)).isNotEqualTo(record.hash());
    }

    @Test
    void valuesAreCanonicalJsonWithSortedKeys() {
        assertThat(AuditChain.json(Map.of("status", "RESOLVED", "amount", new BigDecimal("12.50"), "tier", 2,
                "signed", true, "remedies", List.of("REFUND", "VOUCHER")))).isEqualTo(
                "{\"amount\":\"12.50\",\"remedies\":[\"REFUND\",\"VOUCHER\"],\"signed\":true,\"status\":\"RESOLVED\",\"tier\":2}");
        java.util.Map<String, Object> withNull = new java.util.HashMap<>();
        withNull.put("assignee", null);
        assertThat(AuditChain.json(withNull)).isEqualTo("{\"assignee\":null}");
    }

    @Test
    void anAlteredRecordIsNamed() {
        List<AuditRecord> records = chain(5);
        records.set(2, withAction(records.get(2), "TASK_COMPLETED"));
        ChainVerification result = verify(records, records.get(4));
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBroken().sequence()).isEqualTo(3);
        assertThat(result.firstBroken().problem()).isEqualTo(Problem.ALTERED);
        assertThat(result.records()).isEqualTo(5);
    }

    @Test
    void aRecordAlteredAndResealedBreaksTheLinkOfTheNext() {
        List<AuditRecord> records = chain(5);
        AuditRecord original = records.get(2);
        AuditRecord forged = AuditChain.seal(3, original.recordedAt(),
                AuditEvent.of("supervisor", "TASK_CLAIMED", "TASK", "task-3"), original.previousHash());
        records.set(2, forged);
        ChainVerification result = verify(records, records.get(4));
        assertThat(result.firstBroken().sequence()).isEqualTo(4);
        assertThat(result.firstBroken().problem()).isEqualTo(Problem.INSERTED);
    }

    @Test
    void aRemovedRecordIsNamed() {
        List<AuditRecord> records = chain(5);
        AuditRecord head = records.get(4);
        records.remove(1);
        ChainVerification result = verify(records, head);
        assertThat(result.firstBroken().sequence()).isEqualTo(2);
        assertThat(result.firstBroken().problem()).isEqualTo(Problem.REMOVED);
    }

    @Test
    void recordsRemovedFromTheEndAreNamedThroughTheHead() {
        List<AuditRecord> records = chain(5);
        AuditRecord head = records.get(4);
        records.remove(4);
        records.remove(3);
        ChainVerification result = verify(records, head);
        assertThat(result.firstBroken().sequence()).isEqualTo(4);
        assertThat(result.firstBroken().problem()).isEqualTo(Problem.REMOVED);
    }

    @Test
    void aRecordInsertedBeyondTheHeadIsNamedEvenWhenItLinks() {
        List<AuditRecord> records = chain(5);
        AuditRecord head = records.get(4);
        records.add(AuditChain.seal(6, AT, AuditEvent.of("admin", "ROLE_GRANTED", "USER", "mallory"), head.hash()));
        ChainVerification result = verify(records, head);
        assertThat(result.firstBroken().sequence()).isEqualTo(6);
        assertThat(result.firstBroken().problem()).isEqualTo(Problem.INSERTED);
    }

    @Test
    void aRecordInsertedFarBeyondTheHeadIsAnInsertionNotAGap() {
        List<AuditRecord> records = chain(5);
        AuditRecord head = records.get(4);
        records.add(AuditChain.seal(1_000_005, AT, AuditEvent.of("admin", "ROLE_GRANTED", "USER", "mallory"), head.hash()));
        ChainVerification result = verify(records, head);
        assertThat(result.firstBroken().sequence()).isEqualTo(1_000_005);
        assertThat(result.firstBroken().problem()).isEqualTo(Problem.INSERTED);
    }

    @Test
    void recordsAppendedWhileTheWalkRunsAreNotMistakenForInsertions() {
        List<AuditRecord> records = chain(6);
        ChainVerifier verifier = new ChainVerifier();
        records.forEach(verifier::accept);
        ChainVerification result = verifier.finish(new ChainVerifier.Head(4, records.get(3).hash()),
                new ChainVerifier.Head(6, records.get(5).hash()), AT);
        assertThat(result.intact()).isTrue();
        assertThat(result.headSequence()).isEqualTo(6);
    }
}
