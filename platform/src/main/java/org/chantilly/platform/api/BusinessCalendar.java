package org.chantilly.platform.api;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Service clocks in a branch's own business time: its time zone, weekly opening hours and public holidays. A
 * duration of whole days counts working days (due at closing time of the n-th working day after the start); a
 * duration of hours counts opening hours. Regulators and customers count "two working days", not 48 hours.
 */
public final class BusinessCalendar {

    /** How far ahead a clock may look for open days before the calendar is taken to be broken. */
    private static final int MAX_DAYS_AHEAD = 3660;

    private final BranchInfo branch;
    private final Set<LocalDate> holidays;

    public BusinessCalendar(BranchInfo branch) {
        this.branch = branch;
        this.holidays = branch.publicHolidays().stream().map(BranchInfo.Holiday::date).collect(Collectors.toSet());
    }

    /** When a clock of that length started at {@code start} runs out: in calendar time for a branch without hours. */
    public static Instant due(BranchInfo branch, Instant start, Duration length) {
        return branch.businessHours().isEmpty() ? start.plus(length) : new BusinessCalendar(branch).deadline(start, length);
    }

    /** The clock time between two instants (never negative): in calendar time for a branch without hours. */
    public static Duration openTime(BranchInfo branch, Instant from, Instant to) {
        if (branch.businessHours().isEmpty()) {
            Duration between = Duration.between(from, to);
            return between.isNegative() ? Duration.ZERO : between;
        }
        return new BusinessCalendar(branch).openTimeBetween(from, to);
    }

    /** Whether the branch opens on that date. */
    public boolean isWorkingDay(LocalDate date) {
        return branch.businessHours().containsKey(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /**
     * When a clock of the given length that starts at {@code start} runs out.
     *
     * @throws IllegalStateException when the branch has no opening hours at all
     */
    public Instant deadline(Instant start, Duration length) {
        if (branch.businessHours().isEmpty()) {
            throw new IllegalStateException("branch " + branch.code() + " has no opening hours");
        }
        long days = length.toDays();
        if (days > 0 && length.equals(Duration.ofDays(days))) {
            return afterWorkingDays(start, days);
        }
        return afterOpenTime(start, length);
    }

    /**
     * The opening time between two instants (zero when {@code to} is not after {@code from}): how much of a clock's
     * business time is left between a pause and its due time.
     */
    public Duration openTimeBetween(Instant from, Instant to) {
        Duration open = Duration.ZERO;
        ZonedDateTime now = from.atZone(branch.timeZone());
        ZonedDateTime end = to.atZone(branch.timeZone());
        for (int i = 0; i < MAX_DAYS_AHEAD && now.isBefore(end); i++) {
            LocalDate date = now.toLocalDate();
            if (isWorkingDay(date)) {
                BranchInfo.OpeningHours hours = branch.businessHours().get(date.getDayOfWeek());
                ZonedDateTime opens = LocalDateTime.of(date, hours.opens()).atZone(branch.timeZone());
                ZonedDateTime closes = LocalDateTime.of(date, hours.closes()).atZone(branch.timeZone());
                ZonedDateTime start = now.isAfter(opens) ? now : opens;
                ZonedDateTime stop = end.isBefore(closes) ? end : closes;
                if (start.isBefore(stop)) {
                    open = open.plus(Duration.between(start, stop));
                }
            }
            now = date.plusDays(1).atStartOfDay(branch.timeZone());
        }
        return open;
    }

    private Instant afterWorkingDays(Instant start, long days) {
        LocalDate date = start.atZone(branch.timeZone()).toLocalDate();
        long counted = 0;
        for (int i = 0; i < MAX_DAYS_AHEAD; i++) {
            date = date.plusDays(1);
            if (isWorkingDay(date) && ++counted == days) {
                return closing(date);
            }
        }
        throw new IllegalStateException("branch " + branch.code() + " opens on no day in ten years");
    }

    private Instant afterOpenTime(Instant start, Duration length) {
        Duration left = length;
        ZonedDateTime now = start.atZone(branch.timeZone());
        for (int i = 0; i < MAX_DAYS_AHEAD; i++) {
            LocalDate date = now.toLocalDate();
            if (isWorkingDay(date)) {
                BranchInfo.OpeningHours hours = branch.businessHours().get(date.getDayOfWeek());
                ZonedDateTime opens = LocalDateTime.of(date, hours.opens()).atZone(branch.timeZone());
                ZonedDateTime closes = LocalDateTime.of(date, hours.closes()).atZone(branch.timeZone());
                ZonedDateTime from = now.isAfter(opens) ? now : opens;
                if (from.isBefore(closes)) {
                    Duration open = Duration.between(from, closes);
                    if (open.compareTo(left) >= 0) {
                        return from.plus(left).toInstant();
                    }
                    left = left.minus(open);
                }
            }
            now = date.plusDays(1).atStartOfDay(branch.timeZone());
        }
        throw new IllegalStateException("branch " + branch.code() + " opens on no day in ten years");
    }

    private Instant closing(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return LocalDateTime.of(date, branch.businessHours().get(day).closes()).atZone(branch.timeZone()).toInstant();
    }
}
