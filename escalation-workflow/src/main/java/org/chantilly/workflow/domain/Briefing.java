package org.chantilly.workflow.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A pre-shift briefing a supervisor held: when, who attended, and the agenda as it was printed. */
@Entity
@Table(name = "wf_briefing")
public class Briefing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "branch_code", nullable = false, length = 6)
    private String branchCode;

    @Column(name = "held_at", nullable = false)
    private Instant heldAt;

    @Column(name = "held_by", nullable = false, length = 64)
    private String heldBy;

    @Column(name = "attendees", nullable = false, length = 1000)
    private String attendees;

    @Column(name = "agenda", nullable = false, length = 8000)
    private String agenda;

    protected Briefing() {
    }

    public Briefing(String branchCode, Instant heldAt, String heldBy, String attendees, String agenda) {
        this.branchCode = Objects.requireNonNull(branchCode);
        this.heldAt = Objects.requireNonNull(heldAt);
        this.heldBy = Objects.requireNonNull(heldBy);
        this.attendees = Objects.requireNonNull(attendees);
        this.agenda = agenda.length() > 8000 ? agenda.substring(0, 8000) : agenda;
    }

    public String branchCode() {
        return branchCode;
    }

    public Instant heldAt() {
        return heldAt;
    }

    public String heldBy() {
        return heldBy;
    }

    public String attendees() {
        return attendees;
    }

    public String agenda() {
        return agenda;
    }

    /** A customer's erasure: their personal values leave the agenda (it copies follow-up notes) and the attendees. */
    /**
     * Removes a customer's personal values from the agenda items about their complaints (each names its complaint);
     * the other items, about other customers, and the attendees (employees) stay as they are.
     */
    public void erasePersonalData(PersonalDataScrub scrub, java.util.Collection<String> references) {
        java.util.regex.Matcher item = java.util.regex.Pattern.compile("<li>.*?</li>", java.util.regex.Pattern.DOTALL)
                .matcher(agenda);
        StringBuilder erased = new StringBuilder();
        while (item.find()) {
            String text = item.group();
            boolean about = references.stream().anyMatch(text::contains);
            item.appendReplacement(erased, java.util.regex.Matcher.quoteReplacement(
                    about ? scrub.scrub(text, text.length() + 100) : text));
        }
        item.appendTail(erased);
        agenda = erased.length() > 8000 ? erased.substring(0, 8000) : erased.toString();
    }
}
