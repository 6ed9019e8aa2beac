package org.chantilly.console.admin;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.chantilly.platform.api.BranchInfo;
import org.chantilly.platform.api.OrganisationAdmin.BranchDraft;

/**
 * A branch as the form holds it while the administrator types: every weekday with its opening and closing time
 * (both empty: closed), and the public holidays. Only turns the rows into the service's draft; the service checks.
 */
public class BranchEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    private final boolean creating;
    private String code;
    private String name;
    private String address;
    private String countryCode;
    private String timeZone;
    private String region;
    private String language;
    private final List<Day> hours = new ArrayList<>();
    private final List<HolidayRow> holidays = new ArrayList<>();
    /** The weekday of each element of the business hours last sent, to place a refusal at its row. */
    private final List<DayOfWeek> sentDays = new ArrayList<>();

    private BranchEditor(boolean creating) {
        this.creating = creating;
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.add(new Day(day));
        }
    }

    static BranchEditor blank() {
        BranchEditor editor = new BranchEditor(true);
        for (Day day : editor.hours) {
            if (day.day.getValue() <= DayOfWeek.FRIDAY.getValue()) {
                day.opens = "09:00";
                day.closes = "18:00";
            }
        }
        return editor;
    }

    static BranchEditor of(BranchInfo branch) {
        BranchEditor editor = new BranchEditor(false);
        editor.code = branch.code();
        editor.name = branch.name();
        editor.address = branch.address();
        editor.countryCode = branch.countryCode();
        editor.timeZone = branch.timeZone().getId();
        editor.region = branch.region();
        editor.language = branch.language();
        for (Day day : editor.hours) {
            BranchInfo.OpeningHours open = branch.businessHours().get(day.day);
            if (open != null) {
                day.opens = time(open.opens());
                day.closes = time(open.closes());
            }
        }
        branch.publicHolidays().forEach(h -> editor.holidays.add(new HolidayRow(h.date().toString(), h.name())));
        return editor;
    }

    private static String time(LocalTime time) {
        return time.toString();
    }

    /** The draft the service checks; remembers which weekday each element of the business hours is. */
    BranchDraft draft() {
        sentDays.clear();
        List<BranchDraft.Hours> open = new ArrayList<>();
        for (Day day : hours) {
            if (!blank(day.opens) || !blank(day.closes)) {
                open.add(new BranchDraft.Hours(day.day.name(), orEmpty(day.opens), orEmpty(day.closes)));
                sentDays.add(day.day);
            }
        }
        List<BranchDraft.Holiday> days = holidays.stream()
                .map(h -> new BranchDraft.Holiday(orEmpty(h.date), orEmpty(h.name))).toList();
        return new BranchDraft(trim(code), name, address, trim(countryCode), trim(timeZone), trim(region),
                trim(language), open, days);
    }

    /** The weekday's row (0 = Monday) of the element the service named, or -1. */
    int rowOfHours(int element) {
        return element >= 0 && element < sentDays.size() ? sentDays.get(element).ordinal() : -1;
    }

    void addHoliday() {
        holidays.add(new HolidayRow(null, null));
    }

    void removeHoliday(int index) {
        if (index >= 0 && index < holidays.size()) {
            holidays.remove(index);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }

    public boolean isCreating() {
        return creating;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        if (creating) {
            this.code = code;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<Day> getHours() {
        return hours;
    }

    public List<HolidayRow> getHolidays() {
        return holidays;
    }

    /** One weekday's opening hours as typed ({@code HH:mm}); both empty: closed. */
    public static class Day implements Serializable {

        private static final long serialVersionUID = 1L;

        private final DayOfWeek day;
        private String opens;
        private String closes;

        Day(DayOfWeek day) {
            this.day = day;
        }

        public DayOfWeek getDay() {
            return day;
        }

        public String getOpens() {
            return opens;
        }

        public void setOpens(String opens) {
            this.opens = opens;
        }

        public String getCloses() {
            return closes;
        }

        public void setCloses(String closes) {
            this.closes = closes;
        }
    }

    /** A public holiday as typed (date {@code yyyy-MM-dd}). */
    public static class HolidayRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String date;
        private String name;

        HolidayRow(String date, String name) {
            this.date = date;
            this.name = name;
        }

        public String getDate() {
            return date;
        }

        public void setDate(String date) {
            this.date = date;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }
}
