package org.chantilly.platform.organisation;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.chantilly.platform.api.PlatformMessage;
import org.chantilly.platform.api.RequiredText;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A branch as the admin API reads and writes it, one shape both ways: what {@code GET} returns, {@code PUT} takes
 * back. Times are {@code HH:mm}, dates ISO 8601, the zone an IANA id. {@code active} is as the branch is; it is
 * changed by deactivating, not here.
 */
@Schema(name = "Branch", requiredProperties = {"code", "name", "address", "countryCode", "timeZone", "region", "language",
        "businessHours", "publicHolidays"})
public record BranchForm(
        @RequiredText @Pattern(regexp = "[A-Z]{2,6}", message = "{chantilly.branchCode}") String code,
        @RequiredText @Size(max = 200) @PlainText String name,
        @RequiredText @Size(max = 1000) @PlainText String address,
        @RequiredText @Pattern(regexp = "[A-Z]{2}", message = "{chantilly.countryCode}") String countryCode,
        @RequiredText @Size(max = 64) String timeZone,
        @RequiredText @Size(max = 64) @Pattern(regexp = "[\\p{L}\\p{N} _-]+", message = "{chantilly.region}") String region,
        @RequiredText @Pattern(regexp = "[a-z]{2,3}(-[A-Z]{2})?", message = "{chantilly.languageTag}") String language,
        @NotNull @Size(max = 7) List<@Valid @NotNull Hours> businessHours,
        @NotNull @Size(max = 60) List<@Valid @NotNull Holiday> publicHolidays,
        @Schema(description = "whether the branch is open for complaints; read only: a branch is closed with "
                + "POST /api/admin/branches/{code}/deactivate") Boolean active) {

    /** The branch as the API shows it: the shape it takes back. */
    static BranchForm of(BranchInfo branch) {
        return new BranchForm(branch.code(), branch.name(), branch.address(), branch.countryCode(),
                branch.timeZone().getId(), branch.region(), branch.language(),
                branch.businessHours().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> new Hours(e.getKey().name(), e.getValue().opens().toString(),
                                e.getValue().closes().toString())) // HH:mm, with :ss only where it is not zero
                        .toList(),
                branch.publicHolidays().stream().sorted(Comparator.comparing(BranchInfo.Holiday::date))
                        .map(h -> new Holiday(h.date().toString(), h.name())).toList(),
                branch.active());
    }

    /** Opening hours of a weekday. */
    @Schema(requiredProperties = {"day", "opens", "closes"})
    public record Hours(@Schema(type = SchemaType.STRING, enumeration = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY",
                            "FRIDAY", "SATURDAY", "SUNDAY"}) @NotNull @OneOf(DayOfWeek.class) String day,
                        @Schema(example = "08:00", description = "HH:mm") @RequiredText String opens,
                        @Schema(example = "18:00", description = "HH:mm") @RequiredText String closes) {
    }

    /** A public holiday. */
    @Schema(requiredProperties = {"date", "name"})
    public record Holiday(@Schema(format = "date", example = "2026-12-25") @RequiredText String date, @RequiredText @Size(max = 200) @PlainText String name) {
    }

    /** The branch's details; values that are well-formed text but no valid zone, time or date are each named. */
    BranchInfo toInfo() {
        List<FieldError> errors = new ArrayList<>();
        ZoneId zone = null;
        try {
            zone = ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            errors.add(FieldError.of("timeZone", PlatformMessage.BRANCH_TIME_ZONE));
        }
        Map<DayOfWeek, BranchInfo.OpeningHours> hours = new EnumMap<>(DayOfWeek.class);
        for (int i = 0; i < businessHours.size(); i++) {
            Hours h = businessHours.get(i);
            try {
                LocalTime opens = LocalTime.parse(h.opens());
                LocalTime closes = LocalTime.parse(h.closes());
                if (!opens.isBefore(closes)) {
                    errors.add(FieldError.of("businessHours[" + i + "]", PlatformMessage.BRANCH_OPENS_BEFORE_CLOSES));
                } else if (hours.put(DayOfWeek.valueOf(h.day()), new BranchInfo.OpeningHours(opens, closes)) != null) {
                    errors.add(FieldError.of("businessHours[" + i + "].day", PlatformMessage.BRANCH_DAY_TWICE));
                }
            } catch (DateTimeException e) {
                errors.add(FieldError.of("businessHours[" + i + "]", PlatformMessage.BRANCH_TIMES_FORMAT));
            }
        }
        List<BranchInfo.Holiday> holidays = new ArrayList<>();
        for (int i = 0; i < publicHolidays.size(); i++) {
            try {
                holidays.add(new BranchInfo.Holiday(LocalDate.parse(publicHolidays.get(i).date()),
                        publicHolidays.get(i).name()));
            } catch (DateTimeException e) {
                errors.add(FieldError.of("publicHolidays[" + i + "].date", PlatformMessage.BRANCH_HOLIDAY_DATE));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new BranchInfo(code, name, address, countryCode, zone, region, language, hours, holidays, true);
    }
}
