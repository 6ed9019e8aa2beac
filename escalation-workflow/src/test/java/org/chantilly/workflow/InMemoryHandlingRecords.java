package org.chantilly.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chantilly.workflow.domain.Briefing;
import org.chantilly.workflow.domain.FollowUp;
import org.chantilly.workflow.domain.FollowUpKind;
import org.chantilly.workflow.domain.HandlingRecords;
import org.chantilly.workflow.domain.OpenClocks;
import org.chantilly.workflow.domain.PersonalMeeting;
import org.chantilly.workflow.domain.Resolution;
import org.chantilly.workflow.domain.ServiceClock;
import org.chantilly.workflow.domain.StepNote;

/** Handling records in lists, for tests of the services (the JPA version runs in the integration tests). */
public final class InMemoryHandlingRecords implements HandlingRecords {

    public final List<Resolution> resolutions = new ArrayList<>();
    public final List<PersonalMeeting> meetings = new ArrayList<>();
    public final List<FollowUp> followUps = new ArrayList<>();
    public final List<ServiceClock> clocks = new ArrayList<>();
    public final List<StepNote> notes = new ArrayList<>();
    public final List<Briefing> briefings = new ArrayList<>();

    @Override
    public Resolution add(Resolution resolution) {
        resolutions.add(resolution);
        try {
            var id = Resolution.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(resolution, (long) resolutions.size());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return resolution;
    }

    @Override
    public PersonalMeeting add(PersonalMeeting meeting) {
        meetings.add(meeting);
        return meeting;
    }

    @Override
    public FollowUp add(FollowUp followUp) {
        followUps.add(followUp);
        return followUp;
    }

    @Override
    public ServiceClock add(ServiceClock clock) {
        clocks.add(clock);
        return clock;
    }

    @Override
    public StepNote add(StepNote note) {
        notes.add(note);
        return note;
    }

    @Override
    public Briefing add(Briefing briefing) {
        briefings.add(briefing);
        return briefing;
    }

    @Override
    public Optional<Briefing> lastBriefing(String branchCode) {
        return briefings.stream().filter(b -> b.branchCode().equals(branchCode)).reduce((a, b) -> b);
    }

    @Override
    public List<Briefing> briefingsOf(String branchCode) {
        return briefings.stream().filter(b -> b.branchCode().equals(branchCode)).toList();
    }

    @Override
    public long briefingsHeld(String branchCode) {
        return briefings.stream().filter(b -> b.branchCode().equals(branchCode)).count();
    }

    @Override
    public List<FollowUp> recognitionsSince(String branchCode, java.time.Instant since) {
        return followUps.stream().filter(f -> f.branchCode().equals(branchCode) && f.kind() == FollowUpKind.RECOGNITION
                && f.status() == FollowUp.Status.RECOGNISED && f.decidedAt().isAfter(since)).toList();
    }

    @Override
    public Optional<Resolution> resolution(long id) {
        return resolutions.stream().filter(r -> r.id() == id).findFirst();
    }

    @Override
    public Optional<Resolution> latestResolution(String complaintReference) {
        return resolutions.stream().filter(r -> r.complaintReference().equals(complaintReference)
                && r.status() == Resolution.Status.RESOLVED).reduce((a, b) -> b);
    }

    @Override
    public Optional<Resolution> resolutionByAnswerToken(String token) {
        return Optional.empty();
    }

    @Override
    public List<Resolution> resolutionsOf(String complaintReference) {
        return resolutions.stream().filter(r -> r.complaintReference().equals(complaintReference)).toList();
    }

    @Override
    public List<PersonalMeeting> meetingsOf(String complaintReference) {
        return meetings.stream().filter(m -> m.complaintReference().equals(complaintReference)).toList();
    }

    @Override
    public List<FollowUp> followUpsOf(String complaintReference) {
        return followUps.stream().filter(f -> f.complaintReference().equals(complaintReference)).toList();
    }

    @Override
    public List<FollowUp> followUpsOfEmployee(String employee) {
        return followUps.stream().filter(f -> f.employee().equals(employee)).toList();
    }

    @Override
    public List<FollowUp> briefingList(String branchCode) {
        return followUps.stream().filter(f -> f.branchCode().equals(branchCode)
                && f.status() == FollowUp.Status.ON_BRIEFING_LIST).toList();
    }

    @Override
    public List<ServiceClock> clocksOf(String complaintReference) {
        return clocks.stream().filter(c -> c.complaintReference().equals(complaintReference)).toList();
    }

    @Override
    public Optional<ServiceClock> openClock(String complaintReference, String clock) {
        return clocks.stream().filter(c -> c.complaintReference().equals(complaintReference)
                && c.clock().equals(clock) && c.stoppedAt() == null).reduce((a, b) -> b);
    }

    @Override
    public List<OpenClocks> openClocks(java.time.Instant now) {
        return clocks.stream().filter(c -> c.stoppedAt() == null).map(ServiceClock::clock).distinct().sorted()
                .map(name -> new OpenClocks(name,
                        clocks.stream().filter(c -> c.stoppedAt() == null && c.clock().equals(name)).count(),
                        clocks.stream().filter(c -> c.clock().equals(name) && c.running() && now.isAfter(c.dueAt())).count()))
                .toList();
    }

    @Override
    public List<StepNote> notesOf(String complaintReference) {
        return notes.stream().filter(n -> n.complaintReference().equals(complaintReference)).toList();
    }
}
