package org.chantilly.workflow.domain;

import java.util.List;
import java.util.Optional;

/** Where the workflow keeps its records of a complaint's handling. */
public interface HandlingRecords {

    Resolution add(Resolution resolution);

    PersonalMeeting add(PersonalMeeting meeting);

    FollowUp add(FollowUp followUp);

    ServiceClock add(ServiceClock clock);

    StepNote add(StepNote note);

    Briefing add(Briefing briefing);

    /** The branch's latest briefing, if it held one. */
    Optional<Briefing> lastBriefing(String branchCode);

    long briefingsHeld(String branchCode);

    /** The recognitions of a branch's employees decided after that instant, oldest first. */
    List<FollowUp> recognitionsSince(String branchCode, java.time.Instant since);

    Optional<Resolution> resolution(long id);

    /** The complaint's latest resolution (granted, not merely proposed), if any. */
    Optional<Resolution> latestResolution(String complaintReference);

    Optional<Resolution> resolutionByAnswerToken(String token);

    List<Resolution> resolutionsOf(String complaintReference);

    List<PersonalMeeting> meetingsOf(String complaintReference);

    List<FollowUp> followUpsOf(String complaintReference);

    /** The follow-ups of an employee, newest first. */
    List<FollowUp> followUpsOfEmployee(String employee);

    /** A branch's pre-shift topics that are on its briefing list, oldest first. */
    List<FollowUp> briefingList(String branchCode);

    List<ServiceClock> clocksOf(String complaintReference);

    /** The clock of that name that has not stopped yet, if any. */
    Optional<ServiceClock> openClock(String complaintReference, String clock);

    /**
     * The clocks that have not stopped, counted per clock name in one query (an index on the open clocks keeps it
     * cheap however many complaints are closed); names without an open clock are left out.
     */
    List<OpenClocks> openClocks(java.time.Instant now);

    List<StepNote> notesOf(String complaintReference);

    /** Every briefing a branch held. */
    List<Briefing> briefingsOf(String branchCode);
}
