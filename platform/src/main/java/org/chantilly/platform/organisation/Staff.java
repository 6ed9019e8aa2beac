package org.chantilly.platform.organisation;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.chantilly.platform.api.StaffInfo;

/** An employee: the profile behind an account. */
@Entity
@Cacheable
@Table(name = "staff")
// kept in the query cache: every deadline reminder looks up who holds the tier's group; a change of staff empties it
@NamedQuery(name = "Staff.all", query = "select s from Staff s order by s.login",
        hints = @QueryHint(name = "org.hibernate.cacheable", value = "true"))
class Staff {

    @Id
    @Column(name = "login", length = 64)
    private String login;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "role", nullable = false, length = 32)
    private String role;

    @Column(name = "branch_code", length = 6)
    private String branchCode;

    @Column(name = "region", length = 64)
    private String region;

    @Column(name = "language", nullable = false, length = 16)
    private String language;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "mail_notifications", nullable = false)
    private boolean mailNotifications = true;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Staff() {
        // for JPA
    }

    Staff(String login, StaffInfo details) {
        this.login = login;
        this.active = true;
        update(details);
    }

    void update(StaffInfo details) {
        this.name = details.name();
        this.role = details.role();
        this.branchCode = details.branchCode();
        this.region = details.region();
        this.language = details.language();
        this.email = details.email();
    }

    /** The employee's own choice: their address (or none) and whether they want their notifications by mail. */
    void changeMailSettings(String email, boolean mailNotifications) {
        this.email = email;
        this.mailNotifications = mailNotifications;
    }

    /** The employee's own language, as they chose it themselves. */
    void changeLanguage(String language) {
        this.language = language;
    }

    void deactivate() {
        active = false;
    }

    String login() {
        return login;
    }

    String role() {
        return role;
    }

    StaffInfo toInfo() {
        return new StaffInfo(login, name, role, branchCode, region, language, active, email, mailNotifications);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Staff other && login.equals(other.login);
    }

    @Override
    public int hashCode() {
        return login.hashCode();
    }
}
