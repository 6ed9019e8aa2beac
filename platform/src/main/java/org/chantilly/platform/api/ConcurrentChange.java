package org.chantilly.platform.api;

import java.util.function.Supplier;

/**
 * Two transactions changed the same aggregate (say, staff decide a duplicate flag while the acknowledgement job marks
 * the complaint sent): the later commit fails on the version check. Or two inserted the same new row at once (the
 * first reference counter of a branch and year, the same idempotency key): the later one fails on the unique key.
 * Use cases that are safe to repeat run again; if the clash persists, the caller gets a 409.
 */
public final class ConcurrentChange {

    private static final int ATTEMPTS = 3;
    private static final String UNIQUE_VIOLATION = "23505";

    private ConcurrentChange() {
    }

    /** Runs the action, again when it failed only because someone else changed the same data at the same time. */
    public static <T> T retrying(Supplier<T> action) {
        for (int attempt = 1; ; attempt++) {
            try {
                return action.get();
            } catch (Exception e) { // the container rethrows a failed commit's checked RollbackException unchecked
                if (!isConcurrentChange(e)) {
                    throw ConcurrentChange.<RuntimeException>unchanged(e);
                }
                if (attempt == ATTEMPTS) {
                    throw new ConflictException(PlatformMessage.CONCURRENT_CHANGE);
                }
            }
        }
    }

    /** Runs the action, again when it failed only because someone else changed the same data at the same time. */
    public static void retrying(Runnable action) {
        retrying(() -> {
            action.run();
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private static <E extends Exception> E unchanged(Exception e) throws E {
        throw (E) e;
    }

    /**
     * Whether the failure is an optimistic-lock clash (JPA's, Hibernate's at commit, or the process engine's) or a
     * concurrent insert of the same key (SQLState 23505 on PostgreSQL and H2).
     */
    public static boolean isConcurrentChange(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t.getClass().getSimpleName().equals("StaleStateException")
                    || t.getClass().getSimpleName().equals("StaleObjectStateException")
                    || t.getClass().getSimpleName().equals("OptimisticLockingException")
                    || (t instanceof java.sql.SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState()))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
