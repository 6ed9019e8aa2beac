package org.chantilly.platform.notifications;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.chantilly.platform.api.NotificationKind;

/**
 * One thing an employee is told, with its link and, where the employee wants mail, the state of its mail. Nothing is
 * deleted; the employee marks it read.
 */
@Entity
@Table(name = "notification")
class Notification {

    /** Where the notification's mail is. */
    enum MailState {
        /** The employee gets no mail (no address, or they do not want it). */
        NONE,
        /** To be sent (again, from {@code mailNextAt}). */
        PENDING,
        /** Taken by the mail server. */
        SENT,
        /** Every attempt failed; the notification stays in the console. */
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "recipient", nullable = false, length = 64)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private NotificationKind kind;

    /** The kind's parameters as a JSON object of strings. */
    @Column(name = "params", nullable = false, length = 2000)
    private String params;

    @Column(name = "link", nullable = false, length = 500)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_state", nullable = false, length = 16)
    private MailState mailState;

    @Column(name = "mail_attempts", nullable = false)
    private int mailAttempts;

    @Column(name = "mail_next_at")
    private Instant mailNextAt;

    protected Notification() {
        // for JPA
    }

    Notification(String recipient, NotificationKind kind, String params, String link, Instant createdAt, boolean mail) {
        this.recipient = recipient;
        this.kind = kind;
        this.params = params;
        this.link = link;
        this.createdAt = createdAt;
        this.mailState = mail ? MailState.PENDING : MailState.NONE;
    }

    long id() {
        return id;
    }

    String recipient() {
        return recipient;
    }

    NotificationKind kind() {
        return kind;
    }

    String params() {
        return params;
    }

    String link() {
        return link;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant readAt() {
        return readAt;
    }

    MailState mailState() {
        return mailState;
    }

    int mailAttempts() {
        return mailAttempts;
    }

    Instant mailNextAt() {
        return mailNextAt;
    }

    /** Marked read; a second time changes nothing. */
    boolean markRead(Instant at) {
        if (readAt != null) {
            return false;
        }
        readAt = at;
        return true;
    }

    void mailSent() {
        mailState = MailState.SENT;
        mailNextAt = null;
    }

    /** The employee no longer wants mail or has no address: this one is not sent. */
    void mailNotWanted() {
        mailState = MailState.NONE;
        mailNextAt = null;
    }

    /**
     * A mail that did not go: tried again after {@code firstWait}, doubled with each failure, until {@code attempts}
     * attempts have failed.
     */
    void mailFailed(Instant now, Duration firstWait, int attempts) {
        mailAttempts++;
        if (mailAttempts >= attempts) {
            mailState = MailState.FAILED;
            mailNextAt = null;
        } else {
            mailNextAt = now.plus(firstWait.multipliedBy(1L << Math.min(mailAttempts - 1, 16)));
        }
    }
}
