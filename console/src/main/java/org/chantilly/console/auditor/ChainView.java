package org.chantilly.console.auditor;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.chantilly.console.support.CurrentUser;
import org.chantilly.platform.api.AuditRecord;
import org.chantilly.platform.api.AuditTrail;
import org.chantilly.platform.api.ChainVerification;
import org.chantilly.platform.api.Roles;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The audit chain: its verification on request, with the result in words and the head's hash to note down, and the
 * latest records, paged from the newest (records are numbered without gaps, so a page is a range of sequences).
 * Verifying is for auditors, head office and administrators, reading records for auditors and head office, as on the
 * API.
 */
@Named("auditChain")
@ViewScoped
public class ChainView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrail trail;

    @Inject
    CurrentUser user;

    private transient ChainVerification verification;

    private final Records records = new Records();

    /** Sends a 403 to a role the verification is not for (the page's address is open to the report's readers). */
    public void check() throws IOException {
        if (!mayVerify()) {
            ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
            context.responseSendError(403, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void verify() {
        if (mayVerify()) {
            verification = trail.verify();
        }
    }

    public ChainVerification getVerification() {
        return verification;
    }

    public boolean isMayReadRecords() {
        return user.hasRole(Roles.AUDITOR) || user.hasRole(Roles.HEAD_OFFICE);
    }

    public LazyDataModel<AuditRecord> getRecords() {
        return records;
    }

    private boolean mayVerify() {
        return isMayReadRecords() || user.hasRole(Roles.ADMIN);
    }

    /** The chain newest first: the page from {@code first} holds the sequences just below the newest minus first. */
    private final class Records extends LazyDataModel<AuditRecord> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (!isMayReadRecords()) {
                return 0;
            }
            return trail.records(null, null, Long.MAX_VALUE, 1).stream().findFirst()
                    .map(r -> (int) Math.min(Integer.MAX_VALUE, r.sequence())).orElse(0);
        }

        @Override
        public List<AuditRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                      Map<String, FilterMeta> filterBy) {
            if (!isMayReadRecords()) {
                return List.of();
            }
            long newest = getRowCount();
            return trail.records(null, null, newest - first + 1, pageSize);
        }

        @Override
        public String getRowKey(AuditRecord record) {
            return String.valueOf(record.sequence());
        }

        @Override
        public AuditRecord getRowData(String rowKey) {
            return trail.record(Long.parseLong(rowKey)).orElse(null);
        }
    }
}
