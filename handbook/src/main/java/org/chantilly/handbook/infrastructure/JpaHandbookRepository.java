package org.chantilly.handbook.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.chantilly.handbook.domain.HandbookRepository;
import org.chantilly.handbook.domain.HandbookVersion;
import org.chantilly.handbook.domain.Signature;
import org.chantilly.handbook.domain.Supplement;

/** The handbook's tables ({@code handbook_*}) through its persistence unit. */
@ApplicationScoped
class JpaHandbookRepository implements HandbookRepository {

    @PersistenceContext(unitName = "handbook")
    EntityManager em;

    @Override
    public HandbookVersion add(HandbookVersion version) {
        em.persist(version);
        return version;
    }

    @Override
    public void remove(HandbookVersion draft) {
        em.remove(draft);
    }

    @Override
    public Signature add(Signature signature) {
        em.persist(signature);
        return signature;
    }

    @Override
    public Supplement add(Supplement supplement) {
        em.persist(supplement);
        return supplement;
    }

    @Override
    public List<HandbookVersion> versions() {
        return em.createQuery("select v from HandbookVersion v order by v.number", HandbookVersion.class).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(v) from HandbookVersion v", Long.class).getSingleResult();
    }

    @Override
    public Optional<HandbookVersion> version(int number) {
        return em.createQuery("select v from HandbookVersion v where v.number = :number", HandbookVersion.class)
                .setParameter("number", number).getResultStream().findFirst();
    }

    @Override
    public Optional<HandbookVersion> inForceAt(Instant at) {
        return em.createQuery("select v from HandbookVersion v where v.status = :published and v.effectiveFrom <= :at "
                        + "order by v.number desc", HandbookVersion.class)
                .setParameter("published", HandbookVersion.Status.PUBLISHED).setParameter("at", at)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<Signature> signature(int number, String employee) {
        return em.createQuery("select s from Signature s where s.versionNumber = :number and s.employee = :employee",
                        Signature.class)
                .setParameter("number", number).setParameter("employee", employee).getResultStream().findFirst();
    }

    @Override
    public List<Signature> signaturesOf(int number) {
        return em.createQuery("select s from Signature s where s.versionNumber = :number", Signature.class)
                .setParameter("number", number).getResultList();
    }

    @Override
    public List<Signature> signaturesBy(String employee) {
        return em.createQuery("select s from Signature s where s.employee = :employee order by s.versionNumber desc",
                        Signature.class)
                .setParameter("employee", employee).getResultList();
    }

    @Override
    public Optional<Supplement> supplement(long id) {
        return Optional.ofNullable(em.find(Supplement.class, id));
    }

    @Override
    public List<Supplement> supplements() {
        return em.createQuery("select s from Supplement s order by s.proposedAt desc, s.id desc", Supplement.class)
                .setMaxResults(1000).getResultList();
    }
}
