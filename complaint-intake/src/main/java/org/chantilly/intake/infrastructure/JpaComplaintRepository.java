package org.chantilly.intake.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.chantilly.intake.api.ComplaintCategory;
import org.chantilly.intake.api.ComplaintListItem;
import org.chantilly.intake.api.ComplaintPage;
import org.chantilly.intake.api.ComplaintQuery;
import org.chantilly.intake.api.ComplaintStatus;
import org.chantilly.intake.domain.AttachmentData;
import org.chantilly.intake.domain.Complaint;
import org.chantilly.intake.domain.ComplaintReference;
import org.chantilly.intake.domain.ComplaintRepository;
import org.chantilly.intake.domain.IdempotentRequest;
import org.chantilly.platform.api.Channel;
import org.chantilly.platform.api.CustomerType;
import org.chantilly.platform.api.Severity;

/** Complaints in the {@code intake} persistence unit. */
@ApplicationScoped
class JpaComplaintRepository implements ComplaintRepository {

    /** The searched text; PostgreSQL has a trigram index on exactly this expression (see the vendor migration). */
    static final String TEXT = "(lower(reference) || ' ' || lower(customer_name) || ' ' || lower(description))";

    private static final String LIST_COLUMNS = "reference, status, channel, branch_code, received_at, customer_name, "
            + "customer_type, category, severity, duplicate_of";

    @PersistenceContext(unitName = "intake")
    EntityManager em;

    @Override
    public Optional<Complaint> findByReference(ComplaintReference reference) {
        return em.createNamedQuery("Complaint.findByReference", Complaint.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Complaint> findForChange(ComplaintReference reference) {
        em.flush(); // this transaction's own changes first: the refresh below must not lose them
        if (em.createNativeQuery("select id from complaint where reference = ? for update")
                .setParameter(1, reference.toString()).getResultList().isEmpty()) {
            return Optional.empty();
        }
        Optional<Complaint> complaint = findByReference(reference);
        complaint.ifPresent(em::refresh); // read before the lock, perhaps: the state as of the lock
        return complaint;
    }

    @Override
    public Optional<String> branchOf(ComplaintReference reference) {
        return em.createQuery("select c.branchCode from Complaint c where c.reference = :reference", String.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(Complaint complaint) {
        em.persist(complaint);
        em.flush();
    }

    @Override
    public void flush() {
        em.flush();
    }

    /**
     * Counts references per branch and year in {@code complaint_reference_counter}, locking the counter row for the
     * rest of the transaction so that two intakes of one branch never take the same number.
     */
    @Override
    public ComplaintReference nextReference(String branchCode, int year) {
        ReferenceCounter.Key key = new ReferenceCounter.Key(branchCode, year);
        ReferenceCounter counter = em.find(ReferenceCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new ReferenceCounter(key);
            em.persist(counter);
        }
        return new ComplaintReference(branchCode, year, counter.next());
    }

    @Override
    public List<Complaint> sameCustomerSince(String emailKey, String phoneKey, Instant since) {
        if (emailKey == null && phoneKey == null) {
            return List.of();
        }
        return em.createQuery("select c from Complaint c where (c.customer.emailKey = :email or c.customer.phoneKey = :phone)"
                        + " and c.receivedAt >= :since order by c.receivedAt", Complaint.class)
                .setParameter("email", emailKey == null ? "" : emailKey)
                .setParameter("phone", phoneKey == null ? "" : phoneKey)
                .setParameter("since", since)
                .setMaxResults(100)
                .getResultList();
    }

    @Override
    public long acknowledgedSince(String receivedBy, String emailKey, String phoneKey, Instant since) {
        String key = emailKey != null ? "emailKey" : "phoneKey";
        String value = emailKey != null ? emailKey : phoneKey;
        // the recipient's recent complaints, locked in one order: a concurrent acknowledgement to the same address
        // waits here until this one's transaction has ended, and then counts it
        em.createQuery("select c from Complaint c where c.customer." + key + " = :key and c.receivedBy = :receivedBy"
                        + " and (c.acknowledgedAt >= :since or (c.acknowledgedAt is null and c.receivedAt >= :since))"
                        + " order by c.id", Complaint.class)
                .setParameter("key", value)
                .setParameter("receivedBy", receivedBy)
                .setParameter("since", since)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        return em.createQuery("select count(c) from Complaint c where c.customer." + key + " = :key"
                        + " and c.receivedBy = :receivedBy and c.acknowledgedAt >= :since", Long.class)
                .setParameter("key", value)
                .setParameter("receivedBy", receivedBy)
                .setParameter("since", since)
                .getSingleResult();
    }

    @Override
    public ComplaintPage search(ComplaintQuery query) {
        if (query.branches() != null && query.branches().isEmpty()) {
            return new ComplaintPage(List.of(), query.page(), query.size(), 0);
        }
        Filter filter = filter(query);
        return ComplaintPage.counted(items(query, filter), query.page(), query.size(), countUpToLimit(filter));
    }

    @Override
    public long countUpToLimit(ComplaintQuery query) {
        return query.branches() != null && query.branches().isEmpty() ? 0 : countUpToLimit(filter(query));
    }

    @Override
    public List<ComplaintListItem> items(ComplaintQuery query) {
        return query.branches() != null && query.branches().isEmpty() ? List.of() : items(query, filter(query));
    }

    /** The where clause of a search and its parameters. */
    private record Filter(String where, Map<String, Object> parameters) {

        Query bind(Query query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }

    private Filter filter(ComplaintQuery query) {
        StringBuilder where = new StringBuilder(" from complaint where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (query.branches() != null) {
            where.append(" and branch_code in (:branches)");
            parameters.put("branches", query.branches());
        }
        if (!query.statuses().isEmpty() && query.statuses().size() < ComplaintStatus.values().length) {
            where.append(" and status in (:statuses)");
            parameters.put("statuses", query.statuses().stream().map(Enum::name).sorted().toList());
        }
        condition(where, parameters, "channel", query.channel());
        condition(where, parameters, "customer_type", query.customerType());
        condition(where, parameters, "severity", query.severity());
        condition(where, parameters, "category", query.category());
        if (query.receivedFrom() != null) {
            where.append(" and received_at >= :receivedFrom");
            parameters.put("receivedFrom", query.receivedFrom());
        }
        if (query.receivedTo() != null) {
            where.append(" and received_at < :receivedTo");
            parameters.put("receivedTo", query.receivedTo());
        }
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" and ").append(TEXT).append(" like :text escape '\\'");
            parameters.put("text", "%" + escapeLike(query.text().trim().toLowerCase(Locale.ROOT)) + "%");
        }
        return new Filter(where.toString(), parameters);
    }

    /** Counts no further than one past the exact limit: a large set costs as much as 10,001 rows, not all of it. */
    private long countUpToLimit(Filter filter) {
        Query count = filter.bind(em.createNativeQuery("select count(*) from (select 1 as one" + filter.where()
                + " fetch first " + (ComplaintPage.EXACT_TOTAL_UP_TO + 1) + " rows only) limited"));
        return ((Number) count.getSingleResult()).longValue();
    }

    private List<ComplaintListItem> items(ComplaintQuery query, Filter filter) {
        Query page = filter.bind(em.createNativeQuery("select " + LIST_COLUMNS + filter.where() + " order by "
                        + orderBy(query.sort())))
                .setFirstResult(query.page() * query.size())
                .setMaxResults(query.size());
        List<ComplaintListItem> items = new ArrayList<>();
        for (Object row : page.getResultList()) {
            items.add(listItem((Object[]) row));
        }
        return items;
    }

    @Override
    public List<ComplaintListItem> sameCustomer(String emailKey, String phoneKey, List<String> branches, int limit) {
        if ((emailKey == null && phoneKey == null) || (branches != null && branches.isEmpty())) {
            return List.of();
        }
        String sql = "select " + LIST_COLUMNS + " from complaint where (email_key = :email or phone_key = :phone)"
                + (branches == null ? "" : " and branch_code in (:branches)") + " order by received_at desc, id desc";
        Query query = em.createNativeQuery(sql)
                .setParameter("email", emailKey == null ? "" : emailKey)
                .setParameter("phone", phoneKey == null ? "" : phoneKey)
                .setMaxResults(limit);
        if (branches != null) {
            query.setParameter("branches", branches);
        }
        List<ComplaintListItem> items = new ArrayList<>();
        for (Object row : query.getResultList()) {
            items.add(listItem((Object[]) row));
        }
        return items;
    }

    @Override
    public void addAttachmentData(AttachmentData data) {
        em.persist(data);
    }

    @Override
    public Optional<AttachmentData> attachmentData(long attachmentId) {
        return Optional.ofNullable(em.find(AttachmentData.class, attachmentId));
    }

    @Override
    public Optional<IdempotentRequest> idempotentRequest(String caller, String key) {
        return Optional.ofNullable(em.find(IdempotentRequest.class, new IdempotentRequest.Key(caller, key)));
    }

    @Override
    public void addIdempotentRequest(IdempotentRequest request) {
        em.persist(request);
        em.flush();
    }

    @Override
    public List<Complaint> allOfCustomer(String emailKey, String phoneKey) {
        if (emailKey == null && phoneKey == null) {
            return List.of();
        }
        return em.createQuery("select c from Complaint c where (c.customer.emailKey is not null and c.customer.emailKey = :email)"
                        + " or (c.customer.phoneKey is not null and c.customer.phoneKey = :phone) order by c.receivedAt, c.id",
                        Complaint.class)
                .setParameter("email", emailKey == null ? "" : emailKey)
                .setParameter("phone", phoneKey == null ? "" : phoneKey)
                .getResultList();
    }

    @Override
    public List<Complaint> closedBeforeWithPersonalData(Instant cutoff, String branchCode, int limit) {
        var query = em.createQuery("select c from Complaint c where c.status = :closed and c.personalDataErasedAt is null"
                        + (branchCode == null ? "" : " and c.branchCode = :branch")
                        + " and (select max(e.at) from ComplaintEvent e where e.complaint = c and e.action = 'CLOSED') < :cutoff"
                        + " order by c.receivedAt, c.id", Complaint.class)
                .setParameter("closed", ComplaintStatus.CLOSED)
                .setParameter("cutoff", cutoff)
                .setMaxResults(limit);
        if (branchCode != null) {
            query.setParameter("branch", branchCode);
        }
        return query.getResultList();
    }

    @Override
    public void removeAttachmentData(long attachmentId) {
        AttachmentData data = em.find(AttachmentData.class, attachmentId);
        if (data != null) {
            em.remove(data);
        }
    }

    @Override
    public List<IdempotentRequest> idempotentRequestsFor(String reference) {
        return em.createQuery("select r from IdempotentRequest r where r.reference = :reference", IdempotentRequest.class)
                .setParameter("reference", reference)
                .getResultList();
    }

    private static void condition(StringBuilder where, Map<String, Object> parameters, String column, Enum<?> value) {
        if (value != null) {
            where.append(" and ").append(column).append(" = :").append(column);
            parameters.put(column, value.name());
        }
    }

    private static String orderBy(ComplaintQuery.Sort sort) {
        return switch (sort == null ? ComplaintQuery.Sort.RECEIVED_AT_DESC : sort) {
            case RECEIVED_AT_DESC -> "received_at desc, id desc";
            case RECEIVED_AT_ASC -> "received_at asc, id asc";
            case REFERENCE_ASC -> "reference asc";
            case SEVERITY_DESC -> "case severity when 'CRITICAL' then 4 when 'HIGH' then 3 when 'MEDIUM' then 2 else 1 end desc, "
                    + "received_at desc, id desc";
        };
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static ComplaintListItem listItem(Object[] row) {
        return new ComplaintListItem((String) row[0], ComplaintStatus.valueOf((String) row[1]),
                Channel.valueOf((String) row[2]), (String) row[3], instant(row[4]), (String) row[5],
                CustomerType.valueOf((String) row[6]), ComplaintCategory.valueOf((String) row[7]),
                Severity.valueOf((String) row[8]), (String) row[9]);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
