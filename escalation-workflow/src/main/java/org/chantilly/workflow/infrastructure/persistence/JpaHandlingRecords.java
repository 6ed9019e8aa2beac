package org.chantilly.workflow.infrastructure.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.chantilly.workflow.domain.Briefing;
import org.chantilly.workflow.domain.FollowUp;
import org.chantilly.workflow.domain.FollowUpKind;
import org.chantilly.workflow.domain.HandlingRecords;
import org.chantilly.workflow.domain.OpenClocks;
import org.chantilly.workflow.domain.PersonalMeeting;
import org.chantilly.workflow.domain.Resolution;
import org.chantilly.workflow.domain.ServiceClock;
import org.chantilly.workflow.domain.StepNote;

/** The workflow's records in its own tables ({@code wf_*}), through its persistence unit. */
@ApplicationScoped
class JpaHandlingRecords implements HandlingRecords {

    @PersistenceContext(unitName = "workflow")
    EntityManager em;

    @Override
    public Resolution add(Resolution resolution) {
        em.persist(resolution);
        return resolution;
    }

    @Override
    public PersonalMeeting add(PersonalMeeting meeting) {
        em.persist(meeting);
        return meeting;
    }

    @Override
    public FollowUp add(FollowUp followUp) {
        em.persist(followUp);
        return followUp;
    }

    @Override
    public ServiceClock add(ServiceClock clock) {
        em.persist(clock);
        return clock;
    }

    @Override
    public StepNote add(StepNote note) {
        em.persist(note);
        return note;
    }

    @Override
    public Briefing add(Briefing briefing) {
        em.persist(briefing);
        return briefing;
    }

    @Override
    public Optional<Briefing> lastBriefing(String branchCode) {
        return em.createQuery("select b from Briefing b where b.branchCode = :branch order by b.heldAt desc", Briefing.class)
                .setParameter("branch", branchCode).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<Briefing> briefingsOf(String branchCode) {
        return em.createQuery("select b from Briefing b where b.branchCode = :branch order by b.heldAt", Briefing.class)
                .setParameter("branch", branchCode).getResultList();
    }

    @Override
    public long briefingsHeld(String branchCode) {
        return em.createQuery("select count(b) from Briefing b where b.branchCode = :branch", Long.class)
                .setParameter("branch", branchCode).getSingleResult();
    }

    @Override
    public List<FollowUp> recognitionsSince(String branchCode, java.time.Instant since) {
        return em.createQuery("select f from FollowUp f where f.branchCode = :branch and f.kind = :kind "
                        + "and f.status = :status and f.decidedAt > :since order by f.decidedAt, f.id", FollowUp.class)
                .setParameter("branch", branchCode).setParameter("kind", FollowUpKind.RECOGNITION)
                .setParameter("status", FollowUp.Status.RECOGNISED).setParameter("since", since)
                .setMaxResults(100).getResultList();
    }

    @Override
    public Optional<Resolution> resolution(long id) {
        return Optional.ofNullable(em.find(Resolution.class, id));
    }

    @Override
    public Optional<Resolution> latestResolution(String complaintReference) {
        return em.createQuery("select r from Resolution r where r.complaintReference = :reference and r.status = :status "
                        + "order by r.resolvedAt desc, r.id desc", Resolution.class)
                .setParameter("reference", complaintReference)
                .setParameter("status", Resolution.Status.RESOLVED)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<OpenClocks> openClocks(java.time.Instant now) {
        // reads only the open clocks through ix_wf_service_clock_open (stopped_at, clock)
        return em.createQuery("select new org.chantilly.workflow.domain.OpenClocks(c.clock, count(c), "
                        + "sum(case when c.pausedAt is null and c.dueAt < :now then 1L else 0L end)) "
                        + "from ServiceClock c where c.stoppedAt is null group by c.clock order by c.clock", OpenClocks.class)
                .setParameter("now", now)
                .getResultList();
    }

    @Override
    public Optional<Resolution> resolutionByAnswerToken(String token) {
        return em.createQuery("select r from Resolution r where r.answerToken = :token", Resolution.class)
                .setParameter("token", token).getResultStream().findFirst();
    }

    @Override
    public List<Resolution> resolutionsOf(String complaintReference) {
        return em.createQuery("select r from Resolution r where r.complaintReference = :reference order by r.id", Resolution.class)
                .setParameter("reference", complaintReference).getResultList();
    }

    @Override
    public List<PersonalMeeting> meetingsOf(String complaintReference) {
        return em.createQuery("select m from PersonalMeeting m where m.complaintReference = :reference order by m.id",
                        PersonalMeeting.class)
                .setParameter("reference", complaintReference).getResultList();
    }

    @Override
    public List<FollowUp> followUpsOf(String complaintReference) {
        return em.createQuery("select f from FollowUp f where f.complaintReference = :reference order by f.id", FollowUp.class)
                .setParameter("reference", complaintReference).getResultList();
    }

    @Override
    public List<FollowUp> followUpsOfEmployee(String employee) {
        return em.createQuery("select f from FollowUp f where f.employee = :employee order by f.decidedAt desc, f.id desc",
                        FollowUp.class)
                .setParameter("employee", employee).setMaxResults(500).getResultList();
    }

    @Override
    public List<FollowUp> briefingList(String branchCode) {
        return em.createQuery("select f from FollowUp f where f.branchCode = :branch and f.kind = :kind "
                        + "and f.status = :status order by f.decidedAt, f.id", FollowUp.class)
                .setParameter("branch", branchCode)
                .setParameter("kind", FollowUpKind.PRE_SHIFT_TOPIC)
                .setParameter("status", FollowUp.Status.ON_BRIEFING_LIST)
                .setMaxResults(500).getResultList();
    }

    @Override
    public List<ServiceClock> clocksOf(String complaintReference) {
        return em.createQuery("select c from ServiceClock c where c.complaintReference = :reference order by c.startedAt, c.id",
                        ServiceClock.class)
                .setParameter("reference", complaintReference).getResultList();
    }

    @Override
    public Optional<ServiceClock> openClock(String complaintReference, String clock) {
        return em.createQuery("select c from ServiceClock c where c.complaintReference = :reference and c.clock = :clock "
                        + "and c.stoppedAt is null order by c.id desc", ServiceClock.class)
                .setParameter("reference", complaintReference).setParameter("clock", clock)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<StepNote> notesOf(String complaintReference) {
        return em.createQuery("select n from StepNote n where n.complaintReference = :reference order by n.notedAt, n.id",
                        StepNote.class)
                .setParameter("reference", complaintReference).getResultList();
    }
}
