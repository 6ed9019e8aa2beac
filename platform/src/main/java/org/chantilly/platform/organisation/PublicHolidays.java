package org.chantilly.platform.organisation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.chantilly.platform.api.BranchInfo;

/**
 * The public holidays of the demo branches' countries, computed by rule for any year, named in the country's
 * language and sorted by date. The rules are those in force today; holidays that fall on a Sunday anyway (Easter
 * Sunday, Whit Sunday) are left out, and days that are closed de facto though not by law (Midsummer Eve in Sweden
 * and Finland) are in. Two holidays on the same date (1 May and Ascension Day, as in 2008) give one entry that
 * names both.
 */
public final class PublicHolidays {

    /** The first year of the Gregorian calendar for which the Easter algorithm holds. */
    private static final int FIRST_GREGORIAN_YEAR = 1583;

    private PublicHolidays() {
    }

    /**
     * Easter Sunday of a Gregorian year, by the anonymous algorithm (Meeus/Jones/Butcher).
     *
     * @throws IllegalArgumentException for a year before 1583
     */
    public static LocalDate easterSunday(int year) {
        if (year < FIRST_GREGORIAN_YEAR) {
            throw new IllegalArgumentException("no Gregorian Easter before " + FIRST_GREGORIAN_YEAR + ": " + year);
        }
        int golden = year % 19;
        int century = year / 100;
        int yearOfCentury = year % 100;
        int leapCenturies = century / 4;
        int centuryRest = century % 4;
        int moonCorrection = (century + 8) / 25;
        int lunarShift = (century - moonCorrection + 1) / 3;
        int epact = (19 * golden + century - leapCenturies - lunarShift + 15) % 30;
        int leapYears = yearOfCentury / 4;
        int yearRest = yearOfCentury % 4;
        int toSunday = (32 + 2 * centuryRest + 2 * leapYears - epact - yearRest) % 7;
        int lateCorrection = (golden + 11 * epact + 22 * toSunday) / 451;
        int daysFromMarch = epact + toSunday - 7 * lateCorrection + 114;
        return LocalDate.of(year, daysFromMarch / 31, daysFromMarch % 31 + 1);
    }

    /** The public holidays of Hamburg, Germany (Reformation Day since 2017: once nationwide, by law from 2018). */
    public static List<BranchInfo.Holiday> germanyHamburg(int year) {
        LocalDate easter = easterSunday(year);
        Map<LocalDate, String> days = new TreeMap<>();
        add(days, on(year, 1, 1), "Neujahr");
        add(days, easter.minusDays(2), "Karfreitag");
        add(days, easter.plusDays(1), "Ostermontag");
        add(days, on(year, 5, 1), "Tag der Arbeit");
        add(days, easter.plusDays(39), "Christi Himmelfahrt");
        add(days, easter.plusDays(50), "Pfingstmontag");
        add(days, on(year, 10, 3), "Tag der Deutschen Einheit");
        if (year >= 2017) {
            add(days, on(year, 10, 31), "Reformationstag");
        }
        add(days, on(year, 12, 25), "Erster Weihnachtstag");
        add(days, on(year, 12, 26), "Zweiter Weihnachtstag");
        return holidays(days);
    }

    /** The public holidays of Sweden, with Midsummer Eve, Christmas Eve and New Year's Eve, when shops close. */
    public static List<BranchInfo.Holiday> sweden(int year) {
        LocalDate easter = easterSunday(year);
        LocalDate midsummerEve = midsummerEve(year);
        Map<LocalDate, String> days = new TreeMap<>();
        add(days, on(year, 1, 1), "Nyårsdagen");
        add(days, on(year, 1, 6), "Trettondedag jul");
        add(days, easter.minusDays(2), "Långfredagen");
        add(days, easter.plusDays(1), "Annandag påsk");
        add(days, on(year, 5, 1), "Första maj");
        add(days, easter.plusDays(39), "Kristi himmelsfärdsdag");
        add(days, on(year, 6, 6), "Sveriges nationaldag");
        add(days, midsummerEve, "Midsommarafton");
        add(days, midsummerEve.plusDays(1), "Midsommardagen");
        add(days, allSaintsSaturday(year), "Alla helgons dag");
        add(days, on(year, 12, 24), "Julafton");
        add(days, on(year, 12, 25), "Juldagen");
        add(days, on(year, 12, 26), "Annandag jul");
        add(days, on(year, 12, 31), "Nyårsafton");
        return holidays(days);
    }

    /** The public holidays of Finland, with Midsummer Eve and Christmas Eve, when shops close. */
    public static List<BranchInfo.Holiday> finland(int year) {
        LocalDate easter = easterSunday(year);
        LocalDate midsummerEve = midsummerEve(year);
        Map<LocalDate, String> days = new TreeMap<>();
        add(days, on(year, 1, 1), "Uudenvuodenpäivä");
        add(days, on(year, 1, 6), "Loppiainen");
        add(days, easter.minusDays(2), "Pitkäperjantai");
        add(days, easter.plusDays(1), "2. pääsiäispäivä");
        add(days, on(year, 5, 1), "Vappu");
        add(days, easter.plusDays(39), "Helatorstai");
        add(days, midsummerEve, "Juhannusaatto");
        add(days, midsummerEve.plusDays(1), "Juhannuspäivä");
        add(days, allSaintsSaturday(year), "Pyhäinpäivä");
        add(days, on(year, 12, 6), "Itsenäisyyspäivä");
        add(days, on(year, 12, 24), "Jouluaatto");
        add(days, on(year, 12, 25), "Joulupäivä");
        add(days, on(year, 12, 26), "Tapaninpäivä");
        return holidays(days);
    }

    /** Midsummer Eve in Sweden and Finland: the Friday between 19 and 25 June. */
    public static LocalDate midsummerEve(int year) {
        return on(year, 6, 19).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
    }

    /** All Saints' Day in Sweden and Finland: the Saturday between 31 October and 6 November. */
    public static LocalDate allSaintsSaturday(int year) {
        return on(year, 10, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    }

    private static LocalDate on(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static void add(Map<LocalDate, String> days, LocalDate date, String name) {
        days.merge(date, name, (first, second) -> first + " / " + second);
    }

    private static List<BranchInfo.Holiday> holidays(Map<LocalDate, String> days) {
        List<BranchInfo.Holiday> holidays = new ArrayList<>(days.size());
        days.forEach((date, name) -> holidays.add(new BranchInfo.Holiday(date, name)));
        return List.copyOf(holidays);
    }
}
