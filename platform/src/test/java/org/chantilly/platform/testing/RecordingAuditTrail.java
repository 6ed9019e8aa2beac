package org.chantilly.platform.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.chantilly.platform.api.AuditEvent;
import org.chantilly.platform.api.AuditRecord;
import org.chantilly.platform.api.AuditTrail;
import org.chantilly.platform.api.ChainVerification;
import org.chantilly.platform.audit.AuditChain;

/** An audit trail in memory for unit tests: it seals each event at once and remembers it. */
public final class RecordingAuditTrail implements AuditTrail {

    private final List<AuditRecord> records = new ArrayList<>();

    @Override
    public void record(AuditEvent event) {
        String previous = records.isEmpty() ? AuditChain.GENESIS : records.get(records.size() - 1).hash();
        records.add(AuditChain.seal(records.size() + 1L, Instant.now(), event, previous));
    }

    @Override
    public ChainVerification verify() {
        String head = records.isEmpty() ? AuditChain.GENESIS : records.get(records.size() - 1).hash();
        return new ChainVerification(true, records.size(), records.size(), head, null, Instant.now());
    }

    @Override
    public List<AuditRecord> recordsAbout(String complaintReference) {
        return records.stream().filter(r -> complaintReference.equals(r.complaintReference())).toList();
    }

    @Override
    public java.util.Optional<AuditRecord> record(long sequence) {
        return records.stream().filter(r -> r.sequence() == sequence).findFirst();
    }

    @Override
    public List<AuditRecord> records(String objectType, String objectId, long beforeSequence, int limit) {
        return records.stream().filter(r -> objectType == null || objectType.equals(r.objectType()))
                .filter(r -> objectId == null || objectId.equals(r.objectId())).toList();
    }

    /** The actions recorded so far, in order. */
    public List<String> actions() {
        return records.stream().map(AuditRecord::action).toList();
    }

    public List<AuditRecord> all() {
        return List.copyOf(records);
    }
}
