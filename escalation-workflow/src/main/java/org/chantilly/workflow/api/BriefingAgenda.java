package org.chantilly.workflow.api;

import java.time.Instant;
import java.util.List;

import org.chantilly.handbook.api.ServicePolicy;

/**
 * The agenda of a branch's next pre-shift briefing.
 *
 * @param branchCode       the branch
 * @param since            the last briefing held (or the start of the period looked at)
 * @param handbookChanges  handbook versions that took effect since, with what changed
 * @param topics           the pre-shift topics complaints put on the branch's list
 * @param recognitions     excellent service recognised since
 * @param phraseToPractise one phrase from the guide: what never to say, and what to say instead
 */
public record BriefingAgenda(String branchCode, Instant since, List<HandbookChange> handbookChanges,
                             List<HandlingRecord.FollowUpView> topics, List<HandlingRecord.FollowUpView> recognitions,
                             ServicePolicy.Phrase phraseToPractise) {

    /** A handbook version that took effect: the sections and policy values it changed. */
    public record HandbookChange(int version, Instant effectiveFrom, List<String> sections, List<String> values) {
    }
}
