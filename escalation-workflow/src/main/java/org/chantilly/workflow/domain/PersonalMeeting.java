package org.chantilly.workflow.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The personal meeting that answers a letter: when, where, who attended and what came of it. */
@Entity
@Table(name = "wf_meeting")
public class PersonalMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_reference", nullable = false, length = 32)
    private String complaintReference;

    @Column(name = "meeting_at", nullable = false)
    private Instant meetingAt;

    @Column(name = "place", nullable = false, length = 200)
    private String place;

    @Column(name = "attendees", nullable = false, length = 500)
    private String attendees;

    @Column(name = "outcome", nullable = false, length = 2000)
    private String outcome;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected PersonalMeeting() {
    }

    public PersonalMeeting(String complaintReference, Instant meetingAt, String place, String attendees, String outcome,
                           String recordedBy, Instant recordedAt) {
        this.complaintReference = Objects.requireNonNull(complaintReference);
        this.meetingAt = Objects.requireNonNull(meetingAt);
        this.place = Objects.requireNonNull(place);
        this.attendees = Objects.requireNonNull(attendees);
        this.outcome = Objects.requireNonNull(outcome);
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    public String complaintReference() {
        return complaintReference;
    }

    public Instant meetingAt() {
        return meetingAt;
    }

    public String place() {
        return place;
    }

    public String attendees() {
        return attendees;
    }

    public String outcome() {
        return outcome;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    /** The customer's erasure: their personal values leave the place, the attendees and the outcome. */
    public void erasePersonalData(PersonalDataScrub scrub) {
        place = scrub.scrub(place, 200);
        attendees = scrub.scrub(attendees, 500);
        outcome = scrub.scrub(outcome, 2000);
    }
}
