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
 * An account that logs in. The server's realm ({@code server-realm/}) reads the same table ({@code app_user}) to
 * authenticate: the password hash is bcrypt in modular crypt form, of the password's pre-hash for hashes marked so
 * ({@link PasswordHasher}). Its {@link #stamp()} changes whenever its access does (deactivation, role or scope,
 * password), so a console session started before ends ({@code AccountSessions}). Failed logins are the realm's
 * business ({@code login_throttle}).
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = "UserAccount.count", query = "select count(a) from UserAccount a")
@NamedQuery(name = "UserAccount.passwordChangeRequired",
        query = "select a.passwordChangeRequired from UserAccount a where a.username = :login")
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

    /** The version of the account's access: bumped by every change that must end its sessions. */
    @Column(name = "stamp", nullable = false)
    private long stamp;

    /** An administrator set the password: the employee must choose their own before anything else. */
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

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

    /** The version of the account's access (see the class comment). */
    public long stamp() {
        return stamp;
    }

    /** The account's access changed (its scope, say): sessions started before it end at their next request. */
    public void accessChanged() {
        stamp++;
    }

    /**
     * An administrator set a new password: the employee must change it before anything else (the administrator knows
     * it), and sessions started with the old one end.
     */
    public void replacePassword(String newHash) {
        passwordHash = Objects.requireNonNull(newHash, "newHash");
        passwordChangeRequired = true;
        stamp++;
    }

    /** The employee chose their own password (after giving the current one): no change is required any more. */
    public void changePassword(String newHash) {
        passwordHash = Objects.requireNonNull(newHash, "newHash");
        passwordChangeRequired = false;
        stamp++;
    }

    /** The password was set by somebody else (an administrator, the configuration): the employee must change it. */
    public void requirePasswordChange() {
        passwordChangeRequired = true;
    }

    /** Whether the employee must change the password before anything else. */
    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    public boolean active() {
        return active;
    }

    public void deactivate() {
        if (active) {
            stamp++;
        }
        active = false;
    }

    public void replaceRoles(Set<String> newRoles) {
        if (!roles.equals(newRoles)) {
            stamp++;
        }
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
