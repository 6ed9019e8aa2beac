package org.chantilly.console.handbook;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.chantilly.console.support.CurrentUser;
import org.chantilly.console.support.Feedback;
import org.chantilly.handbook.api.Handbook;
import org.chantilly.handbook.api.HandbookDrafts;
import org.chantilly.handbook.api.HandbookViews.VersionSummary;
import org.chantilly.platform.api.Roles;
import org.chantilly.workflow.api.ComplaintTasks;
import org.chantilly.workflow.api.TaskFilter;
import org.chantilly.workflow.api.TaskInput;
import org.chantilly.workflow.api.TaskSummary;

/**
 * The handbook's versions with their status: the owner starts, submits or discards a draft; the approver
 * (administrators and head office) approves the version in review with an effective time, or sends it back.
 */
@Named("versions")
@ViewScoped
public class HandbookVersions implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Handbook handbook;

    @Inject
    transient HandbookDrafts drafts;

    @Inject
    transient ComplaintTasks tasks;

    @Inject
    CurrentUser user;

    private List<VersionSummary> list;
    private String reviewTaskId;
    private String effectiveFrom;
    private String reason;

    @PostConstruct
    void load() {
        list = newestFirst(handbook.versions());
        reviewTaskId = null;
        if (isApprover() && inReview().isPresent()) {
            reviewTaskId = tasks.openTasks(user.caller(), TaskFilter.ofKind(HandbookTexts.REVIEW_TASK), 0, 1).items()
                    .stream().map(TaskSummary::id).findFirst().orElse(null);
        }
    }

    /** Newest first. */
    public List<VersionSummary> getList() {
        return list;
    }

    public boolean isOwner() {
        return user.hasRole(Roles.HANDBOOK_OWNER);
    }

    public boolean isApprover() {
        return user.hasRole(Roles.ADMIN) || user.hasRole(Roles.HEAD_OFFICE);
    }

    /** The draft being written, if any. */
    public Optional<VersionSummary> draft() {
        return list.stream().filter(v -> "DRAFT".equals(v.status())).findFirst();
    }

    public VersionSummary getDraft() {
        return draft().orElse(null);
    }

    public Optional<VersionSummary> inReview() {
        return list.stream().filter(v -> "IN_REVIEW".equals(v.status())).findFirst();
    }

    public VersionSummary getInReview() {
        return inReview().orElse(null);
    }

    public VersionSummary getInForce() {
        return list.stream().filter(VersionSummary::inForce).findFirst().orElse(null);
    }

    /** Whether a new draft may be started: none is being written or reviewed. */
    public boolean isDraftPossible() {
        return isOwner() && draft().isEmpty() && inReview().isEmpty();
    }

    public boolean isReviewable() {
        return reviewTaskId != null;
    }

    /** Starts a new draft and opens it. */
    public String newDraft() {
        if (!isOwner()) {
            PageMessages.error("versions.ownerOnly");
            return null;
        }
        Integer number = FieldMessages.attempt(field -> null, () -> handbook.newDraft(user.getLogin()).version().number());
        return number == null ? null : "/handbook/authoring/edit?faces-redirect=true&version=" + number;
    }

    public void submit(int number) {
        if (!isOwner()) {
            PageMessages.error("versions.ownerOnly");
            return;
        }
        if (FieldMessages.attempt(field -> null, () -> handbook.submit(number, user.getLogin()))) {
            PageMessages.info("versions.submittedDone", number);
            load();
        }
    }

    public void discard(int number) {
        if (!isOwner()) {
            PageMessages.error("versions.ownerOnly");
            return;
        }
        if (FieldMessages.attempt(field -> null, () -> drafts.discard(number, user.getLogin()))) {
            PageMessages.info("versions.discarded", number);
            load();
        }
    }

    public void approve() {
        Instant effective;
        if (effectiveFrom == null || effectiveFrom.isBlank()) {
            effective = null;
        } else {
            try {
                effective = LocalDateTime.parse(effectiveFrom).atZone(user.zone()).toInstant();
            } catch (DateTimeParseException malformed) {
                fieldError("review:effectiveFrom", "versions.review.effectiveFrom.invalid");
                return;
            }
        }
        decide("APPROVE", effective, null, "versions.approved");
    }

    public void sendBack() {
        if (reason == null || reason.isBlank()) {
            fieldError("review:reason", "versions.review.reason.required");
            return;
        }
        decide("SEND_BACK", null, reason, "versions.sentBack");
    }

    private void decide(String decision, Instant effective, String comment, String done) {
        VersionSummary reviewed = inReview().orElse(null);
        if (reviewTaskId == null || reviewed == null) {
            PageMessages.error("versions.review.none");
            return;
        }
        TaskInput input = new TaskInput(decision, null, null, null, null, comment, null, null, null, null, null,
                null, null, null, null, null, effective);
        if (FieldMessages.attempt(field -> field.equals("reason") || field.equals("effectiveFrom") ? "review:" + field : null,
                () -> tasks.complete(reviewTaskId, input, user.caller()))) {
            PageMessages.info(done, reviewed.number());
            effectiveFrom = null;
            reason = null;
            load();
        }
    }

    private static void fieldError(String clientId, String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.validationFailed();
        String text = Feedback.text("handbook", key);
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /** A status as words in the employee's language (never by colour alone). */
    public String statusText(VersionSummary version) {
        return Feedback.text("handbook", "status." + version.status());
    }

    public String getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(String effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    private static List<VersionSummary> newestFirst(List<VersionSummary> oldestFirst) {
        List<VersionSummary> newest = new ArrayList<>(oldestFirst);
        Collections.reverse(newest);
        return newest;
    }
}
