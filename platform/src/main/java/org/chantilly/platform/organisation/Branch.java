package org.chantilly.platform.organisation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.chantilly.platform.api.BranchInfo;

/** A branch of the chain. */
@Entity
@Cacheable
@Table(name = "branch")
@NamedQuery(name = "Branch.all", query = "select b from Branch b order by b.code",
        hints = @QueryHint(name = "org.hibernate.cacheable", value = "true"))
@NamedQuery(name = "Branch.codesInRegion", query = "select b.code from Branch b where b.region = :region order by b.code")
class Branch {

    @Id
    @Column(name = "code", length = 6)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "address", nullable = false, length = 1000)
    private String address;

    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "region", nullable = false, length = 64)
    private String region;

    @Column(name = "language", nullable = false, length = 16)
    private String language;

    @Column(name = "active", nullable = false)
    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "branch_business_hours", joinColumns = @JoinColumn(name = "branch_code"))
    private List<Hours> businessHours = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "branch_holiday", joinColumns = @JoinColumn(name = "branch_code"))
    @OrderBy("date")
    private List<Holiday> holidays = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Branch() {
        // for JPA
    }

    Branch(String code, BranchInfo details) {
        this.code = code;
        this.active = true;
        update(details);
    }

    /** Replaces everything but the code and the active flag. */
    void update(BranchInfo details) {
        this.name = details.name();
        this.address = details.address();
        this.countryCode = details.countryCode();
        this.timeZone = details.timeZone().getId();
        this.region = details.region();
        this.language = details.language();
        this.businessHours.clear();
        details.businessHours().forEach((day, hours) -> businessHours.add(new Hours(day, hours.opens(), hours.closes())));
        this.holidays.clear();
        details.publicHolidays().forEach(h -> holidays.add(new Holiday(h.date(), h.name())));
    }

    void deactivate() {
        active = false;
    }

    String code() {
        return code;
    }

    BranchInfo toInfo() {
        Map<DayOfWeek, BranchInfo.OpeningHours> hours = new EnumMap<>(DayOfWeek.class);
        businessHours.forEach(h -> hours.put(h.day, new BranchInfo.OpeningHours(h.opens, h.closes)));
        return new BranchInfo(code, name, address, countryCode, ZoneId.of(timeZone), region, language, hours,
                holidays.stream().map(h -> new BranchInfo.Holiday(h.date, h.name)).toList(), active);
    }

    /** Opening hours of one weekday. */
    @Embeddable
    static class Hours {

        @Enumerated(EnumType.STRING)
        @Column(name = "day_of_week", nullable = false, length = 9)
        DayOfWeek day;

        @Column(name = "opens", nullable = false)
        LocalTime opens;

        @Column(name = "closes", nullable = false)
        LocalTime closes;

        protected Hours() {
            // for JPA
        }

        Hours(DayOfWeek day, LocalTime opens, LocalTime closes) {
            this.day = day;
            this.opens = opens;
            this.closes = closes;
        }
    }

    /** A public holiday. */
    @Embeddable
    static class Holiday {

        @Column(name = "holiday", nullable = false)
        LocalDate date;

        @Column(name = "name", nullable = false, length = 200)
        String name;

        protected Holiday() {
            // for JPA
        }

        Holiday(LocalDate date, String name) {
            this.date = date;
            this.name = name;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Branch other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
