package org.chantilly.platform.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A branch of the chain as every module reads it.
 *
 * @param code           short code, e.g. {@code HAM}; part of every complaint reference
 * @param name           display name
 * @param address        postal address, lines separated by newlines
 * @param countryCode    ISO 3166 alpha-2
 * @param timeZone       the zone its business hours and deadlines count in
 * @param region         the region its managers are responsible for
 * @param language       IETF language tag of its staff and customers, e.g. {@code de}
 * @param businessHours  opening hours per weekday; a missing day is closed
 * @param publicHolidays days it is closed besides weekends
 * @param active         false once deactivated; kept because complaints refer to it
 */
public record BranchInfo(
        String code,
        String name,
        String address,
        String countryCode,
        ZoneId timeZone,
        String region,
        String language,
        Map<DayOfWeek, OpeningHours> businessHours,
        List<Holiday> publicHolidays,
        boolean active) {

    public BranchInfo {
        businessHours = Map.copyOf(businessHours);
        publicHolidays = List.copyOf(publicHolidays);
    }

    /** Opening and closing time of one weekday, local to the branch. */
    public record OpeningHours(java.time.LocalTime opens, java.time.LocalTime closes) {
    }

    /** A public holiday. */
    public record Holiday(LocalDate date, String name) {
    }
}
