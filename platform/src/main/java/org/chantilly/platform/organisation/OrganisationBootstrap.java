package org.chantilly.platform.organisation;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.chantilly.platform.api.BranchInfo;
import org.chantilly.platform.api.Datasource;
import org.chantilly.platform.api.Roles;
import org.chantilly.platform.api.StaffInfo;
import org.chantilly.platform.internal.DatabaseProduct;
import org.chantilly.platform.internal.PasswordHasher;
import org.chantilly.platform.internal.PasswordPolicy;
import org.chantilly.platform.internal.UserAccount;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure somebody can log in on a new installation. On an empty database it creates either the demo chain
 * (three branches in Germany, Sweden and Finland, one account per role and more; the default on the embedded H2) or
 * a single administrator whose initial password comes from configuration ({@code CHANTILLY_ADMIN_PASSWORD}). That
 * password must pass the password policy, or the start fails naming the setting; the administrator must change it at
 * the first login, as anyone whose password somebody else set. The demo accounts are exempt: they are for trying
 * Chantilly out locally, with the passwords README.md lists. A database that has accounts is left alone.
 */
@ApplicationScoped
public class OrganisationBootstrap {

    private static final Logger LOG = Logger.getLogger(OrganisationBootstrap.class.getName());

    /** The demo accounts README.md lists. The password of each is its user name followed by {@code -demo}. */
    static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("frontline", "Frieda Vogel", Roles.FRONTLINE, "HAM", null, "de"),
            new DemoAccount("supervisor", "Stefan Krüger", Roles.SUPERVISOR, "HAM", null, "de"),
            new DemoAccount("manager", "Maren Schulz", Roles.MANAGER, null, "DACH", "de"),
            new DemoAccount("headoffice", "Helena Berg", Roles.HEAD_OFFICE, null, null, "en"),
            new DemoAccount("handbook", "Hanna Lind", Roles.HANDBOOK_OWNER, null, null, "sv"),
            new DemoAccount("auditor", "Aatu Virtanen", Roles.AUDITOR, null, null, "fi"),
            new DemoAccount("admin", "Adrian Weiss", Roles.ADMIN, null, null, "en"),
            new DemoAccount("frontline-sto", "Sofia Nilsson", Roles.FRONTLINE, "STO", null, "sv"),
            new DemoAccount("supervisor-sto", "Oskar Lund", Roles.SUPERVISOR, "STO", null, "sv"),
            new DemoAccount("frontline-hel", "Aino Korhonen", Roles.FRONTLINE, "HEL", null, "fi"),
            new DemoAccount("supervisor-hel", "Mikko Laine", Roles.SUPERVISOR, "HEL", null, "fi"),
            new DemoAccount("manager-nordics", "Nora Dahl", Roles.MANAGER, null, "NORDICS", "sv"),
            new DemoAccount("metrics", "Prometheus", Roles.METRICS, null, null, "en"));

    /** How many years of public holidays the demo branches get, starting with the current one. */
    static final int DEMO_HOLIDAY_YEARS = 3;

    /** A demo employee. */
    record DemoAccount(String username, String name, String role, String branchCode, String region, String language) {

        String password() {
            return username + "-demo";
        }
    }

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Resource(lookup = Datasource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "chantilly.demo-data")
    Optional<Boolean> demoData;

    @Inject
    @ConfigProperty(name = "chantilly.admin.username", defaultValue = "admin")
    String adminUsername;

    @Inject
    @ConfigProperty(name = "chantilly.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "chantilly.security.password.min-length", defaultValue = "12")
    int minPasswordLength;

    @Inject
    Clock clock;

    @Transactional
    public void ensureAccounts() {
        long existing = em.createNamedQuery("UserAccount.count", Long.class).getSingleResult();
        if (existing > 0) {
            return;
        }
        Instant now = clock.instant();
        if (demoData.orElseGet(() -> DatabaseProduct.isEmbedded(dataSource))) {
            demoBranches(LocalDate.now(clock).getYear()).forEach(info -> em.persist(new Branch(info.code(), info)));
            em.flush();
            for (DemoAccount demo : DEMO_ACCOUNTS) {
                em.persist(new UserAccount(demo.username(), PasswordHasher.hash(demo.password().toCharArray()),
                        Set.of(demo.role()), now));
                em.flush();
                em.persist(new Staff(demo.username(), new StaffInfo(demo.username(), demo.name(), demo.role(),
                        demo.branchCode(), demo.region(), demo.language(), true)));
            }
            LOG.info(() -> "created the demo chain: 3 branches, " + DEMO_ACCOUNTS.size() + " accounts (see README.md)");
        } else if (adminPassword.isPresent() && !adminPassword.get().isBlank()) {
            checkAdminPassword(adminUsername, adminPassword.get(), minPasswordLength);
            UserAccount admin = new UserAccount(adminUsername, PasswordHasher.hash(adminPassword.get().toCharArray()),
                    Set.of(Roles.ADMIN), now);
            // the password stays in the configuration, readable by whoever deploys: the administrator replaces it
            admin.requirePasswordChange();
            em.persist(admin);
            em.flush();
            em.persist(new Staff(adminUsername, new StaffInfo(adminUsername, "Administrator", Roles.ADMIN, null, null,
                    "en", true)));
            LOG.info(() -> "created the first administrator account '" + adminUsername + "'");
        } else {
            LOG.warning("no accounts exist and none were created: set CHANTILLY_ADMIN_PASSWORD "
                    + "(or chantilly.demo-data=true) and restart");
        }
    }

    /**
     * The first administrator's password from configuration passes the password policy like any other, or the start
     * fails with a message that names the setting and why (never the password).
     *
     * @throws IllegalStateException when the policy refuses the password
     */
    static void checkAdminPassword(String username, String password, int minLength) {
        new PasswordPolicy(minLength).refusal(username, password).ifPresent(refusal -> {
            throw new IllegalStateException("The first administrator's password, chantilly.admin.password (environment "
                    + "variable CHANTILLY_ADMIN_PASSWORD), " + refusal + " (the password policy of README.md, "
                    + "chantilly.security.password.min-length = " + minLength + "). Set a password that passes it "
                    + "and start again; the administrator changes it at the first login.");
        });
    }

    /** The demo branches, with their country's public holidays of {@code firstYear} and the two years after it. */
    static List<BranchInfo> demoBranches(int firstYear) {
        return List.of(
                new BranchInfo("HAM", "Chantilly Hamburg Mönckebergstraße",
                        "Mönckebergstraße 7\n20095 Hamburg\nGermany", "DE", ZoneId.of("Europe/Berlin"), "DACH", "de",
                        weekdays(LocalTime.of(9, 30), LocalTime.of(20, 0)),
                        threeYears(firstYear, PublicHolidays::germanyHamburg), true),
                new BranchInfo("STO", "Chantilly Stockholm Drottninggatan",
                        "Drottninggatan 50\n111 21 Stockholm\nSweden", "SE", ZoneId.of("Europe/Stockholm"), "NORDICS",
                        "sv", weekdays(LocalTime.of(10, 0), LocalTime.of(19, 0)),
                        threeYears(firstYear, PublicHolidays::sweden), true),
                new BranchInfo("HEL", "Chantilly Helsinki Aleksanterinkatu",
                        "Aleksanterinkatu 52\n00100 Helsinki\nFinland", "FI", ZoneId.of("Europe/Helsinki"), "NORDICS",
                        "fi", weekdays(LocalTime.of(9, 0), LocalTime.of(21, 0)),
                        threeYears(firstYear, PublicHolidays::finland), true));
    }

    /** A country's public holidays of {@link #DEMO_HOLIDAY_YEARS} years from {@code firstYear} on, sorted by date. */
    private static List<BranchInfo.Holiday> threeYears(int firstYear, IntFunction<List<BranchInfo.Holiday>> ofYear) {
        List<BranchInfo.Holiday> holidays = new ArrayList<>();
        for (int year = firstYear; year < firstYear + DEMO_HOLIDAY_YEARS; year++) {
            holidays.addAll(ofYear.apply(year));
        }
        return holidays;
    }

    private static Map<DayOfWeek, BranchInfo.OpeningHours> weekdays(LocalTime opens, LocalTime closes) {
        Map<DayOfWeek, BranchInfo.OpeningHours> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SUNDAY) {
                hours.put(day, new BranchInfo.OpeningHours(opens, closes));
            }
        }
        return hours;
    }
}
