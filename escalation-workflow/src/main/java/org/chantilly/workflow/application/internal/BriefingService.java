package org.chantilly.workflow.application.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.chantilly.platform.api.AuditEvent;
import org.chantilly.platform.api.AuditTrail;
import org.chantilly.platform.api.Html;
import org.chantilly.handbook.api.Handbook;
import org.chantilly.handbook.api.HandbookViews.Comparison;
import org.chantilly.handbook.api.ServicePolicy;
import org.chantilly.platform.api.Organisation;
import org.chantilly.workflow.api.BriefingAgenda;
import org.chantilly.workflow.api.Briefings;
import org.chantilly.workflow.domain.Briefing;
import org.chantilly.workflow.domain.FollowUp;
import org.chantilly.workflow.domain.HandlingRecords;

/** A branch's pre-shift briefing: the agenda generated from the handbook and the workflow, and the record it was held. */
@ApplicationScoped
@Transactional
class BriefingService implements Briefings {

    /** How far back the first briefing of a branch looks. */
    static final Duration FIRST_LOOK_BACK = Duration.ofDays(30);

    private static final Logger LOG = Logger.getLogger(BriefingService.class.getName());

    @Inject
    HandlingRecords records;

    @Inject
    Handbook handbook;

    @Inject
    ServicePolicy policy;

    @Inject
    Organisation organisation;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public BriefingAgenda agenda(String branchCode) {
        Instant since = records.lastBriefing(branchCode).map(Briefing::heldAt)
                .orElse(clock.instant().minus(FIRST_LOOK_BACK));
        List<BriefingAgenda.HandbookChange> changes = handbook.takenEffectSince(since).stream()
                .filter(v -> v.number() > 1)
                .map(v -> {
                    Comparison comparison = handbook.compare(v.number() - 1, v.number());
                    return new BriefingAgenda.HandbookChange(v.number(), v.effectiveFrom(),
                            comparison.sections().stream().map(c -> c.key()).distinct().toList(),
                            comparison.values().stream().map(c -> c.key() + ": " + c.before() + " -> " + c.after()).toList());
                })
                .toList();
        String language = organisation.branch(branchCode).map(b -> b.language()).orElse("en");
        List<ServicePolicy.Phrase> phrases = policy.phraseGuide(language).phrases();
        ServicePolicy.Phrase phrase = phrases.isEmpty() ? null
                : phrases.get((int) (records.briefingsHeld(branchCode) % phrases.size()));
        return new BriefingAgenda(branchCode, since, changes,
                records.briefingList(branchCode).stream().map(ComplaintProcessService::view).toList(),
                records.recognitionsSince(branchCode, since).stream().map(ComplaintProcessService::view).toList(),
                phrase);
    }

    /** The supervisor held the briefing: its topics are discussed, the next agenda starts from now. */
    @Override
    public BriefingAgenda hold(String branchCode, List<String> attendees, String by) {
        BriefingAgenda agenda = agenda(branchCode);
        records.briefingList(branchCode).forEach(FollowUp::discussed);
        records.add(new Briefing(branchCode, clock.instant(), by, String.join(", ", attendees), printable(agenda)));
        audit.record(AuditEvent.of(by, "BRIEFING_HELD", "BRIEFING", branchCode)
                .after(Map.of("topics", agenda.topics().size(), "attendees", attendees.size())));
        LOG.info(() -> "branch " + branchCode + ": pre-shift briefing held by " + by + " with " + attendees.size()
                + " attending");
        return agenda;
    }

    /**
     * The agenda as a printable page. What employees and handbook authors wrote (notes, section keys, values,
     * phrases) is isolated ({@link Html#isolated(String)}), so that a direction override in a note cannot reorder the
     * complaint reference after it.
     */
    @Override
    public String printable(BriefingAgenda agenda) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Pre-shift briefing</title><style>body{font-family:sans-serif;max-width:40em;margin:2em auto}"
                + "</style></head><body><h1>Pre-shift briefing, branch ").append(Html.escape(agenda.branchCode()))
                .append("</h1><p>Since ").append(agenda.since()).append("</p><h2>What changed in the handbook</h2><ul>");
        agenda.handbookChanges().forEach(c -> html.append("<li>Version ").append(c.version()).append(": sections ")
                .append(isolatedList(c.sections())).append("; values ")
                .append(isolatedList(c.values())).append("</li>"));
        html.append("</ul><h2>Topics from complaints</h2><ul>");
        agenda.topics().forEach(t -> html.append("<li>").append(Html.isolated(t.note())).append(" (")
                .append(Html.escape(t.complaintReference())).append(")</li>"));
        html.append("</ul><h2>Excellent service</h2><ul>");
        agenda.recognitions().forEach(r -> html.append("<li>").append(Html.isolated(r.employee())).append(": ")
                .append(Html.isolated(r.note())).append(" (").append(Html.escape(r.complaintReference())).append(")</li>"));
        html.append("</ul>");
        if (agenda.phraseToPractise() != null) {
            html.append("<h2>Phrase to practise</h2><p>Never: ").append(Html.isolated(agenda.phraseToPractise().avoid()))
                    .append("<br>Instead: ").append(Html.isolated(agenda.phraseToPractise().instead())).append("</p>");
        }
        return html.append("<p>Held by: ______________ Attendees: ______________</p></body></html>").toString();
    }

    private static String isolatedList(List<String> items) {
        return String.join(", ", items.stream().map(Html::isolated).toList());
    }

}
