package org.chantilly.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.chantilly.platform.organisation.PublicHolidays;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    /** Hamburg: Monday to Saturday 09:30-20:00, Christmas off. */
    private static final BranchInfo HAMBURG = branch(Map.of(), List.of(
            new BranchInfo.Holiday(LocalDate.of(2026, 12, 25), "Erster Weihnachtstag"),
            new BranchInfo.Holiday(LocalDate.of(2026, 12, 26), "Zweiter Weihnachtstag")));

    private static BranchInfo branch(Map<DayOfWeek, BranchInfo.OpeningHours> override, List<BranchInfo.Holiday> holidays) {
        Map<DayOfWeek, BranchInfo.OpeningHours> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SUNDAY) {
                hours.put(day, new BranchInfo.OpeningHours(LocalTime.of(9, 30), LocalTime.of(20, 0)));
            }
        }
        hours.putAll(override);
        return new BranchInfo("HAM", "Hamburg", "x", "DE", ZoneId.of("Europe/Berlin"), "DACH", "de", hours, holidays, true);
    }

    /** The demo branch in Stockholm: Monday to Saturday 10:00-19:00, Swedish public holidays of 2027. */
    private static BranchInfo stockholm2027() {
        Map<DayOfWeek, BranchInfo.OpeningHours> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SUNDAY) {
                hours.put(day, new BranchInfo.OpeningHours(LocalTime.of(10, 0), LocalTime.of(19, 0)));
            }
        }
        return new BranchInfo("STO", "Stockholm", "x", "SE", ZoneId.of("Europe/Stockholm"), "NORDICS", "sv", hours,
                PublicHolidays.sweden(2027), true);
    }

    private static Instant berlin(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Europe/Berlin")).toInstant();
    }

    private static Instant stockholm(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Europe/Stockholm")).toInstant();
    }

    @Test
    void workingDaysEndAtClosingTimeAndSkipSundays() {
        BusinessCalendar calendar = new BusinessCalendar(HAMBURG);
        // Friday 2026-11-27 10:00 + 2 working days: Saturday, (Sunday closed), Monday -> Monday 20:00
        assertThat(calendar.deadline(berlin("2026-11-27T10:00"), Duration.ofDays(2))).isEqualTo(berlin("2026-11-30T20:00"));
    }

    @Test
    void holidaysDoNotCount() {
        BusinessCalendar calendar = new BusinessCalendar(HAMBURG);
        // Thursday 24 Dec + 1 working day: 25th and 26th are holidays, 27th is Sunday -> Monday 28th
        assertThat(calendar.deadline(berlin("2026-12-24T12:00"), Duration.ofDays(1))).isEqualTo(berlin("2026-12-28T20:00"));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 25))).isFalse();
    }

    @Test
    void midsummerIsSkippedInStockholm() {
        BusinessCalendar calendar = new BusinessCalendar(stockholm2027());
        // Thursday 2027-06-24 + 1 working day: Midsummer Eve (Friday 25th) and Midsummer Day (Saturday 26th) are
        // holidays, the 27th is Sunday -> Monday 28th at closing time
        assertThat(calendar.deadline(stockholm("2027-06-24T12:00"), Duration.ofDays(1)))
                .isEqualTo(stockholm("2027-06-28T19:00"));
        assertThat(calendar.deadline(stockholm("2027-06-24T12:00"), Duration.ofDays(1)))
                .isEqualTo(Instant.parse("2027-06-28T17:00:00Z"));
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 6, 25))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 6, 26))).isFalse();
    }

    @Test
    void easterIsSkippedInHamburg() {
        BusinessCalendar calendar = new BusinessCalendar(branch(Map.of(), PublicHolidays.germanyHamburg(2027)));
        // Maundy Thursday 2027-03-25 + 2 working days: Good Friday (26th) is a holiday, Saturday 27th counts, the
        // 28th is Sunday (and the clocks change), Easter Monday (29th) is a holiday -> Tuesday 30th at closing time
        assertThat(calendar.deadline(berlin("2027-03-25T12:00"), Duration.ofDays(2)))
                .isEqualTo(berlin("2027-03-30T20:00"));
        assertThat(calendar.deadline(berlin("2027-03-25T12:00"), Duration.ofDays(2)))
                .isEqualTo(Instant.parse("2027-03-30T18:00:00Z"));
    }

    @Test
    void hoursCountOnlyWhileTheBranchIsOpen() {
        BusinessCalendar calendar = new BusinessCalendar(HAMBURG);
        assertThat(calendar.deadline(berlin("2026-11-26T10:00"), Duration.ofHours(4))).isEqualTo(berlin("2026-11-26T14:00"));
        // Saturday 18:00 + 4 hours: 2 hours on Saturday, Sunday closed, 2 more from Monday 09:30
        assertThat(calendar.deadline(berlin("2026-11-28T18:00"), Duration.ofHours(4))).isEqualTo(berlin("2026-11-30T11:30"));
        // received at night: the clock starts at opening
        assertThat(calendar.deadline(berlin("2026-11-26T23:00"), Duration.ofHours(1))).isEqualTo(berlin("2026-11-27T10:30"));
    }

    @Test
    void countsInTheBranchesZoneAcrossTheDaylightSavingChange() {
        BusinessCalendar calendar = new BusinessCalendar(HAMBURG);
        // Saturday 2026-03-28 + 1 working day -> Monday 30 March 20:00 CEST (Sunday 29th is closed and the clocks change)
        assertThat(calendar.deadline(berlin("2026-03-28T12:00"), Duration.ofDays(1))).isEqualTo(berlin("2026-03-30T20:00"));
    }

    @Test
    void aBranchWithoutOpeningHoursHasNoClock() {
        BranchInfo closed = new BranchInfo("X", "X", "x", "DE", ZoneId.of("UTC"), "R", "de", Map.of(), List.of(), true);
        assertThatIllegalStateException().isThrownBy(
                () -> new BusinessCalendar(closed).deadline(Instant.parse("2026-01-01T00:00:00Z"), Duration.ofDays(1)));
    }

    @Test
    void openTimeBetweenCountsOnlyOpeningHours() {
        BusinessCalendar calendar = new BusinessCalendar(HAMBURG);
        assertThat(calendar.openTimeBetween(berlin("2026-11-26T10:00"), berlin("2026-11-26T14:00"))).isEqualTo(Duration.ofHours(4));
        // Saturday 18:00 to Monday 11:30: 2 hours on Saturday, Sunday closed, 2 on Monday
        assertThat(calendar.openTimeBetween(berlin("2026-11-28T18:00"), berlin("2026-11-30T11:30"))).isEqualTo(Duration.ofHours(4));
        assertThat(calendar.openTimeBetween(berlin("2026-11-30T11:30"), berlin("2026-11-28T18:00"))).isZero();
    }

    @Test
    void whatIsLeftOfAClockLastsAsLongAfterAResume() {
        BusinessCalendar calendar = new BusinessCalendar(HAMBURG);
        Instant due = calendar.deadline(berlin("2026-11-26T10:00"), Duration.ofHours(6));
        Duration left = calendar.openTimeBetween(berlin("2026-11-26T12:00"), due);
        assertThat(left).isEqualTo(Duration.ofHours(4));
        assertThat(calendar.deadline(berlin("2026-11-27T10:00"), left)).isEqualTo(berlin("2026-11-27T14:00"));
    }
}
