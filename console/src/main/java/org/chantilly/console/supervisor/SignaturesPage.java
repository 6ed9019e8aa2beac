package org.chantilly.console.supervisor;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.chantilly.console.support.CurrentUser;
import org.chantilly.handbook.api.Handbook;
import org.chantilly.handbook.api.HandbookViews.SignatureStatus;
import org.chantilly.platform.api.Organisation;

/**
 * Who of the caller's staff has signed the handbook version in force, who has not yet, and who is overdue: the
 * supervisor's branch, the manager's region, everyone for head office. Overdue first, then not signed, then by name.
 */
@Named
@ViewScoped
public class SignaturesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Handbook handbook;

    @Inject
    transient Organisation organisation;

    @Inject
    CurrentUser user;

    private List<SignatureStatus> statuses;

    public List<SignatureStatus> getStatuses() {
        if (statuses == null) {
            statuses = handbook.signatureStatus(organisation.visibleBranches(user.caller()).orElse(null)).stream()
                    .sorted(Comparator.comparing((SignatureStatus s) -> !s.overdue())
                            .thenComparing(SignatureStatus::signed)
                            .thenComparing(SignatureStatus::name, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
        }
        return statuses;
    }

    public long getSignedCount() {
        return getStatuses().stream().filter(SignatureStatus::signed).count();
    }

    public long getOverdueCount() {
        return getStatuses().stream().filter(SignatureStatus::overdue).count();
    }

    public long getPendingCount() {
        return getStatuses().stream().filter(s -> !s.signed() && !s.overdue()).count();
    }

    /** The version in force (the same for every row), or 0 when nobody is listed. */
    public int getVersion() {
        return getStatuses().isEmpty() ? 0 : getStatuses().get(0).version();
    }

    public String stateKey(SignatureStatus status) {
        return status.signed() ? "signatures.state.signed" : status.overdue() ? "signatures.state.overdue"
                : "signatures.state.pending";
    }

    public String styleOf(SignatureStatus status) {
        return status.signed() ? "state-ok" : status.overdue() ? "state-bad" : "state-warn";
    }
}
