package org.chantilly.workflow.api;

import java.util.List;

/** The pre-shift briefings of branches. Branch scoping is the caller's (the REST layer's) business. */
public interface Briefings {

    /** The agenda of the branch's next briefing. */
    BriefingAgenda agenda(String branchCode);

    /** The supervisor held the briefing with these attendees; returns the agenda that was held. */
    BriefingAgenda hold(String branchCode, List<String> attendees, String by);

    /** The agenda as a printable HTML page. */
    String printable(BriefingAgenda agenda);
}
