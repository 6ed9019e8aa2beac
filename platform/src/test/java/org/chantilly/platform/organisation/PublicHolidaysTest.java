package org.chantilly.platform.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;

import org.chantilly.platform.api.BranchInfo;
import org.junit.jupiter.api.Test;

class PublicHolidaysTest {

    private static final List<IntFunction<List<BranchInfo.Holiday>>> COUNTRIES = List.of(
            PublicHolidays::germanyHamburg, PublicHolidays::sweden, PublicHolidays::finland);

    @Test
    void easterSundayOfKnownYears() {
        assertThat(PublicHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(PublicHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(PublicHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(PublicHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(PublicHolidays.easterSunday(2028)).isEqualTo(LocalDate.of(2028, 4, 16));
        assertThat(PublicHolidays.easterSunday(2029)).isEqualTo(LocalDate.of(2029, 4, 1));
        assertThat(PublicHolidays.easterSunday(2030)).isEqualTo(LocalDate.of(2030, 4, 21));
        // the latest and the earliest possible dates
        assertThat(PublicHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        assertThat(PublicHolidays.easterSunday(2285)).isEqualTo(LocalDate.of(2285, 3, 22));
        assertThat(PublicHolidays.easterSunday(1583)).isEqualTo(LocalDate.of(1583, 4, 10));
    }

    @Test
    void easterIsAlwaysASundayBetween22MarchAnd25April() {
        for (int year = 1583; year <= 3000; year++) {
            LocalDate easter = PublicHolidays.easterSunday(year);
            assertThat(easter.getDayOfWeek()).as("%d", year).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(easter).as("%d", year)
                    .isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
        }
    }

    @Test
    void thereIsNoGregorianEasterBefore1583() {
        assertThatIllegalArgumentException().isThrownBy(() -> PublicHolidays.easterSunday(1582));
    }

    @Test
    void midsummerEveIsTheFridayBetween19And25June() {
        assertThat(PublicHolidays.midsummerEve(2026)).isEqualTo(LocalDate.of(2026, 6, 19));
        assertThat(PublicHolidays.midsummerEve(2027)).isEqualTo(LocalDate.of(2027, 6, 25));
        assertThat(PublicHolidays.midsummerEve(2028)).isEqualTo(LocalDate.of(2028, 6, 23));
        assertThat(PublicHolidays.sweden(2027)).contains(
                new BranchInfo.Holiday(LocalDate.of(2027, 6, 25), "Midsommarafton"),
                new BranchInfo.Holiday(LocalDate.of(2027, 6, 26), "Midsommardagen"));
        assertThat(PublicHolidays.finland(2026)).contains(
                new BranchInfo.Holiday(LocalDate.of(2026, 6, 19), "Juhannusaatto"),
                new BranchInfo.Holiday(LocalDate.of(2026, 6, 20), "Juhannuspäivä"));
    }

    @Test
    void allSaintsDayIsTheSaturdayBetween31OctoberAnd6November() {
        assertThat(PublicHolidays.allSaintsSaturday(2026)).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(PublicHolidays.allSaintsSaturday(2027)).isEqualTo(LocalDate.of(2027, 11, 6));
        assertThat(PublicHolidays.allSaintsSaturday(2028)).isEqualTo(LocalDate.of(2028, 11, 4));
        assertThat(PublicHolidays.sweden(2026)).contains(new BranchInfo.Holiday(LocalDate.of(2026, 10, 31), "Alla helgons dag"));
        assertThat(PublicHolidays.finland(2026)).contains(new BranchInfo.Holiday(LocalDate.of(2026, 10, 31), "Pyhäinpäivä"));
    }

    @Test
    void hamburgOf2027() {
        assertThat(PublicHolidays.germanyHamburg(2027)).containsExactly(
                new BranchInfo.Holiday(LocalDate.of(2027, 1, 1), "Neujahr"),
                new BranchInfo.Holiday(LocalDate.of(2027, 3, 26), "Karfreitag"),
                new BranchInfo.Holiday(LocalDate.of(2027, 3, 29), "Ostermontag"),
                new BranchInfo.Holiday(LocalDate.of(2027, 5, 1), "Tag der Arbeit"),
                new BranchInfo.Holiday(LocalDate.of(2027, 5, 6), "Christi Himmelfahrt"),
                new BranchInfo.Holiday(LocalDate.of(2027, 5, 17), "Pfingstmontag"),
                new BranchInfo.Holiday(LocalDate.of(2027, 10, 3), "Tag der Deutschen Einheit"),
                new BranchInfo.Holiday(LocalDate.of(2027, 10, 31), "Reformationstag"),
                new BranchInfo.Holiday(LocalDate.of(2027, 12, 25), "Erster Weihnachtstag"),
                new BranchInfo.Holiday(LocalDate.of(2027, 12, 26), "Zweiter Weihnachtstag"));
    }

    @Test
    void reformationDayIsAHolidayInHamburg() {
        for (int year = 2026; year <= 2028; year++) {
            assertThat(PublicHolidays.germanyHamburg(year)).as("%d", year)
                    .contains(new BranchInfo.Holiday(LocalDate.of(year, 10, 31), "Reformationstag"));
        }
        assertThat(PublicHolidays.germanyHamburg(2016)).extracting(BranchInfo.Holiday::name)
                .doesNotContain("Reformationstag");
    }

    @Test
    void finlandAndSwedenHaveTheirNationalDays() {
        assertThat(PublicHolidays.finland(2027)).contains(new BranchInfo.Holiday(LocalDate.of(2027, 12, 6), "Itsenäisyyspäivä"),
                new BranchInfo.Holiday(LocalDate.of(2027, 5, 6), "Helatorstai"),
                new BranchInfo.Holiday(LocalDate.of(2027, 3, 29), "2. pääsiäispäivä"));
        assertThat(PublicHolidays.sweden(2027)).contains(new BranchInfo.Holiday(LocalDate.of(2027, 6, 6), "Sveriges nationaldag"),
                new BranchInfo.Holiday(LocalDate.of(2027, 3, 26), "Långfredagen"),
                new BranchInfo.Holiday(LocalDate.of(2027, 12, 31), "Nyårsafton"));
    }

    @Test
    void countsPerYear() {
        for (int year = 2026; year <= 2030; year++) {
            assertThat(PublicHolidays.germanyHamburg(year)).as("%d", year).hasSize(10);
            assertThat(PublicHolidays.sweden(year)).as("%d", year).hasSize(14);
            assertThat(PublicHolidays.finland(year)).as("%d", year).hasSize(13);
        }
    }

    @Test
    void everyListIsSortedWithoutDuplicateDatesAndWithinItsYear() {
        for (int year = 1990; year <= 2300; year++) {
            for (IntFunction<List<BranchInfo.Holiday>> country : COUNTRIES) {
                List<BranchInfo.Holiday> holidays = country.apply(year);
                int y = year;
                assertThat(holidays).as("%d", year)
                        .isSortedAccordingTo(Comparator.comparing(BranchInfo.Holiday::date))
                        .allSatisfy(h -> assertThat(h.date().getYear()).isEqualTo(y))
                        .extracting(BranchInfo.Holiday::date).doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void twoHolidaysOnOneDateGiveOneEntryNamingBoth() {
        // Easter 2008 was on 23 March, so Ascension Day fell on 1 May
        assertThat(PublicHolidays.germanyHamburg(2008)).hasSize(8)
                .contains(new BranchInfo.Holiday(LocalDate.of(2008, 5, 1), "Tag der Arbeit / Christi Himmelfahrt"));
        assertThat(PublicHolidays.sweden(2008)).hasSize(13)
                .contains(new BranchInfo.Holiday(LocalDate.of(2008, 5, 1), "Första maj / Kristi himmelsfärdsdag"));
        assertThat(PublicHolidays.finland(2008)).hasSize(12)
                .contains(new BranchInfo.Holiday(LocalDate.of(2008, 5, 1), "Vappu / Helatorstai"));
    }

    @Test
    void threeYearsFitTheLimitOfABranchForm() {
        for (int year = 2026; year <= 2100; year++) {
            for (IntFunction<List<BranchInfo.Holiday>> country : COUNTRIES) {
                assertThat(country.apply(year).size() + country.apply(year + 1).size() + country.apply(year + 2).size())
                        .isLessThanOrEqualTo(60);
            }
        }
    }
}
