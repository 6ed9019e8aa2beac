package org.chantilly.platform.organisation;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.chantilly.platform.api.BranchInfo;
import org.chantilly.platform.api.FieldError;
import org.chantilly.platform.api.InvalidInputException;
import org.chantilly.platform.api.OneOf;
import org.chantilly.platform.api.PlainText;
import org.chantilly.platform.api.RequiredText;

/** A branch as an administrator sends it. Times are {@code HH:mm}, dates ISO 8601, the zone an IANA id. */
public record BranchForm(
        @RequiredText @Pattern(regexp = "[A-Z]{2,6}", message = "must be 2 to 6 capital letters") String code,
        @RequiredText @Size(max = 200) @PlainText String name,
        @RequiredText @Size(max = 1000) @PlainText String address,
        @RequiredText @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code, e.g. DE") String countryCode,
        @RequiredText @Size(max = 64) String timeZone,
        @RequiredText @Size(max = 64) @Pattern(regexp = "[\\p{L}\\p{N} _-]+", message = "letters, digits, space, _ and - only") String region,
        @RequiredText @Pattern(regexp = "[a-z]{2,3}(-[A-Z]{2})?", message = "must be a language tag, e.g. de or sv-FI") String language,
        @NotNull @Size(max = 7) List<@Valid @NotNull Hours> businessHours,
        @NotNull @Size(max = 60) List<@Valid @NotNull Holiday> publicHolidays) {

    /** Opening hours of a weekday. */
    public record Hours(@NotNull @OneOf(DayOfWeek.class) String day, @RequiredText String opens, @RequiredText String closes) {
    }

    /** A public holiday. */
    public record Holiday(@RequiredText String date, @RequiredText @Size(max = 200) @PlainText String name) {
    }

    /** The branch's details; values that are well-formed text but no valid zone, time or date are each named. */
    BranchInfo toInfo() {
        List<FieldError> errors = new ArrayList<>();
        ZoneId zone = null;
        try {
            zone = ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            errors.add(new FieldError("timeZone", "must be an IANA time zone, e.g. Europe/Berlin"));
        }
        Map<DayOfWeek, BranchInfo.OpeningHours> hours = new EnumMap<>(DayOfWeek.class);
        for (int i = 0; i < businessHours.size(); i++) {
            Hours h = businessHours.get(i);
            try {
                LocalTime opens = LocalTime.parse(h.opens());
                LocalTime closes = LocalTime.parse(h.closes());
                if (!opens.isBefore(closes)) {
                    errors.add(new FieldError("businessHours[" + i + "]", "must open before it closes"));
                } else if (hours.put(DayOfWeek.valueOf(h.day()), new BranchInfo.OpeningHours(opens, closes)) != null) {
                    errors.add(new FieldError("businessHours[" + i + "].day", "is given twice"));
                }
            } catch (DateTimeException e) {
                errors.add(new FieldError("businessHours[" + i + "]", "times must be HH:mm"));
            }
        }
        List<BranchInfo.Holiday> holidays = new ArrayList<>();
        for (int i = 0; i < publicHolidays.size(); i++) {
            try {
                holidays.add(new BranchInfo.Holiday(LocalDate.parse(publicHolidays.get(i).date()),
                        publicHolidays.get(i).name()));
            } catch (DateTimeException e) {
                errors.add(new FieldError("publicHolidays[" + i + "].date", "must be a date, e.g. 2026-12-24"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new BranchInfo(code, name, address, countryCode, zone, region, language, hours, holidays, true);
    }
}
