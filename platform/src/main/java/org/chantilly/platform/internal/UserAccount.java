package org.chantilly.platform.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * An account that logs in. WildFly's Elytron realm reads the same table ({@code app_user}) to authenticate:
 * the password hash is bcrypt in modular crypt form ({@code $2a$...}).
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = "UserAccount.count", query = "select count(a) from UserAccount a")
public class UserAccount {

    @Id
    @Column(name = "username", length = 64)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role", length = 32, nullable = false)
    private Set<String> roles = new HashSet<>();

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(String username, String passwordHash, Set<String> roles, Instant createdAt) {
        this.username = Objects.requireNonNull(username, "username");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.roles = new HashSet<>(roles);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.active = true;
    }

    /** Whether the account is active and the password is its own. */
    public boolean accepts(char[] password) {
        return active && PasswordHasher.matches(password, passwordHash);
    }

    /**
     * A failed login: counts it, and locks the account for {@code lockFor} when it is the {@code attempts}-th in a
     * row. Failures while the account is locked do not count (the lock does not grow).
     *
     * @return whether this failure locked the account
     */
    public boolean loginFailed(Instant now, int attempts, java.time.Duration lockFor) {
        if (isLocked(now)) {
            return false;
        }
        failedLogins++;
        if (failedLogins < attempts) {
            return false;
        }
        failedLogins = 0;
        lockedUntil = now.plus(lockFor).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        return true;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public int failedLogins() {
        return failedLogins;
    }

    /** An administrator set a new password: the lock and the failures are gone. */
    public void replacePassword(String newHash) {
        passwordHash = Objects.requireNonNull(newHash, "newHash");
        failedLogins = 0;
        lockedUntil = null;
    }

    public boolean active() {
        return active;
    }

    public void deactivate() {
        active = false;
    }

    public void replaceRoles(Set<String> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    public String username() {
        return username;
    }

    public Set<String> roles() {
        return Set.copyOf(roles);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserAccount other && username.equals(other.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }
}
