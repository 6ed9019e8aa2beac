package org.chantilly.realm;

import java.security.GeneralSecurityException;
import java.security.Principal;
import java.security.SecureRandom;
import java.security.spec.AlgorithmParameterSpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import org.wildfly.security.auth.SupportLevel;
import org.wildfly.security.auth.server.RealmIdentity;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityRealm;
import org.wildfly.security.authz.AuthorizationIdentity;
import org.wildfly.security.authz.MapAttributes;
import org.wildfly.security.credential.Credential;
import org.wildfly.security.evidence.Evidence;
import org.wildfly.security.evidence.PasswordGuessEvidence;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * The accounts table as an Elytron realm (a {@code custom-realm} of the server, see README.md). Every password check
 * of the server comes here: HTTP Basic on the API, the console's form login, and a password confirmed again by a
 * logged-in employee (signing the handbook, through the security domain). So this is where failed logins are counted
 * and delayed:
 * <ul>
 *     <li>An active account's password is checked with bcrypt the first time, then by {@link VerifiedPasswords}.</li>
 *     <li>A wrong password counts against the account <em>from that source address</em> ({@link LoginDelays}): after
 *     five in a row each further check from there waits longer; from another address the account is unaffected. While
 *     the source must wait, no password is checked (the right one is refused like a wrong one, and the count stays);
 *     those refusals are only counted, for one report at the end of the burst.</li>
 *     <li>An unknown login, an inactive account and a delayed source cost one bcrypt against a dummy hash, so the time
 *     of an answer does not tell which logins exist.</li>
 *     <li>Failures of existing accounts are queued in {@code login_event}; the application turns them into audit
 *     records ({@code LOGIN_FAILED}, {@code LOGIN_DELAYED}) in its own transactions. Source addresses go to the server
 *     log only.</li>
 * </ul>
 * The account is read from the database on every request, so changes count at once; its roles become the attribute
 * {@code Roles} and its stamp (bumped when its access changes) the attribute {@code Stamp}. Configuration:
 * {@code datasource} (JNDI name), {@code verified-login-ttl} (ISO 8601 duration, default PT5M), and the delays and
 * trusted proxies as {@link LoginDelays} and {@link ClientAddress} read them.
 */
public class AccountsRealm implements SecurityRealm {

    private static final Logger LOG = Logger.getLogger(AccountsRealm.class.getName());

    static final String ROLES = "SELECT role FROM app_user_role WHERE username = ?";

    /** bcrypt's work factor of the dummy hash: the platform's (PasswordHasher.COST), so a refusal costs the same. */
    static final int COST = 10;

    /** A bcrypt hash of a random password, checked instead when there is no hash to check. */
    private static final String DUMMY_HASH = dummyHash();

    private String datasource = "java:jboss/datasources/ChantillyDS";
    private VerifiedPasswords verified = new VerifiedPasswords(Duration.ofMinutes(5), 10_000, Clock.systemUTC());
    private LoginDelays delays = LoginDelays.defaults();
    private ClientAddress addresses = ClientAddress.trusting(null);
    private volatile DataSource dataSource;
    Clock clock = Clock.systemUTC();
    Supplier<LoginRequest> requests = () -> LoginRequest.current(addresses);
    BiPredicate<char[], String> bcrypt = AccountsRealm::matches;

    /** Called by Elytron with the realm's {@code configuration} map. */
    public void initialize(Map<String, String> configuration) {
        datasource = configuration.getOrDefault("datasource", datasource);
        String ttl = configuration.get("verified-login-ttl");
        if (ttl != null) {
            verified = new VerifiedPasswords(Duration.parse(ttl), 10_000, Clock.systemUTC());
        }
        delays = LoginDelays.configured(configuration);
        addresses = ClientAddress.configured(configuration);
        LOG.info(() -> "accounts realm: delays after " + delays.after() + " failed logins from one address, "
                + delays.initial() + " doubling up to " + delays.max() + ", forgotten after " + delays.forgetAfter());
    }

    /** For tests: the database and the delays, without JNDI. */
    void use(DataSource source, LoginDelays loginDelays) {
        this.dataSource = source;
        this.delays = loginDelays;
    }

    @Override
    public RealmIdentity getRealmIdentity(Principal principal) {
        return principal == null ? RealmIdentity.NON_EXISTENT : new Account(principal);
    }

    @Override
    public SupportLevel getCredentialAcquireSupport(Class<? extends Credential> credentialType, String algorithmName,
                                                    AlgorithmParameterSpec parameterSpec) {
        return SupportLevel.UNSUPPORTED;
    }

    @Override
    public SupportLevel getEvidenceVerifySupport(Class<? extends Evidence> evidenceType, String algorithmName) {
        return PasswordGuessEvidence.class.isAssignableFrom(evidenceType) ? SupportLevel.POSSIBLY_SUPPORTED
                : SupportLevel.UNSUPPORTED;
    }

    /**
     * Whether the password matches the stored hash: bcrypt in modular crypt form, of the {@link PreHash} when the
     * hash carries its prefix, else of the password itself (hashes made before the pre-hash).
     */
    public static boolean matches(char[] password, String storedHash) {
        if (storedHash != null && storedHash.startsWith(PreHash.PREFIX)) {
            char[] preHashed = PreHash.of(password);
            try {
                return bcryptMatches(preHashed, storedHash.substring(PreHash.PREFIX.length()));
            } finally {
                java.util.Arrays.fill(preHashed, '\0');
            }
        }
        return bcryptMatches(password, storedHash);
    }

    /** Whether the password matches the bcrypt hash (modular crypt form). */
    static boolean bcryptMatches(char[] password, String storedHash) {
        try {
            PasswordFactory factory = factory();
            Password stored = factory.translate(ModularCrypt.decode(storedHash));
            return factory.verify(stored, password);
        } catch (java.security.spec.InvalidKeySpecException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }

    /** The dummy hash refusals are checked against (never matched: its password is random and forgotten). */
    static String dummyHash() {
        byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
        SecureRandom random = new SecureRandom();
        random.nextBytes(salt);
        char[] password = new char[44];
        for (int i = 0; i < password.length; i++) {
            password[i] = (char) ('!' + random.nextInt(94));
        }
        try {
            return PreHash.PREFIX + ModularCrypt.encodeAsString(factory().generatePassword(
                    new EncryptablePasswordSpec(password, new IteratedSaltedPasswordAlgorithmSpec(COST, salt))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }

    static String dummy() {
        return DUMMY_HASH;
    }

    private static PasswordFactory factory() throws GeneralSecurityException {
        return PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT,
                WildFlyElytronPasswordProvider.getInstance());
    }

    private DataSource dataSource() throws RealmUnavailableException {
        DataSource found = dataSource;
        if (found == null) {
            try {
                found = (DataSource) new InitialContext().lookup(datasource);
            } catch (NamingException e) {
                throw new RealmUnavailableException("the datasource " + datasource + " is not available", e);
            }
            dataSource = found;
        }
        return found;
    }

    /** One login's account, read once per authentication (with the failures from the request's source). */
    private final class Account implements RealmIdentity {

        private final Principal principal;
        private AccountState state;
        private LoginRequest request;
        private boolean read;

        Account(Principal principal) {
            this.principal = principal;
        }

        @Override
        public Principal getRealmIdentityPrincipal() {
            return principal;
        }

        @Override
        public SupportLevel getCredentialAcquireSupport(Class<? extends Credential> credentialType,
                                                        String algorithmName, AlgorithmParameterSpec parameterSpec) {
            return SupportLevel.UNSUPPORTED;
        }

        @Override
        public <C extends Credential> C getCredential(Class<C> credentialType) {
            return null;
        }

        @Override
        public SupportLevel getEvidenceVerifySupport(Class<? extends Evidence> evidenceType, String algorithmName) {
            // every guess is taken, also for unknown and inactive accounts: they cost the same and are refused
            return PasswordGuessEvidence.class.isAssignableFrom(evidenceType) ? SupportLevel.SUPPORTED
                    : SupportLevel.UNSUPPORTED;
        }

        @Override
        public boolean verifyEvidence(Evidence evidence) throws RealmUnavailableException {
            if (!(evidence instanceof PasswordGuessEvidence guess)) {
                return false;
            }
            char[] password = guess.getGuess();
            String login = principal.getName();
            AccountState account = state();
            Instant now = clock.instant();
            LoginRequest from = request;
            if (account == null) {
                bcrypt.test(password, DUMMY_HASH);
                LOG.info(() -> "failed login with a user name that names no account, from " + from.source()
                        + " (" + from.via() + ")");
                return false;
            }
            try {
                LoginThrottle throttle = new LoginThrottle(dataSource());
                if (account.delayedAt(now)) {
                    bcrypt.test(password, DUMMY_HASH);
                    throttle.refused(login, from.source(), now);
                    LOG.info(() -> "login of " + login + " from " + from.source() + " (" + from.via()
                            + ") refused unchecked: that address must wait until " + account.delayedUntil());
                    return false;
                }
                if (!account.active()) {
                    bcrypt.test(password, DUMMY_HASH);
                    failed(throttle, login, "INACTIVE", from, now);
                    return false;
                }
                if (verified.contains(login, account.hash(), password) || bcrypt.test(password, account.hash())) {
                    verified.add(login, account.hash(), password);
                    if (account.throttled()) {
                        throttle.succeeded(login, from.source());
                    }
                    return true;
                }
                failed(throttle, login, "WRONG_PASSWORD", from, now);
                return false;
            } catch (SQLException e) {
                throw new RealmUnavailableException("the login state of the accounts could not be kept", e);
            }
        }

        private void failed(LoginThrottle throttle, String login, String reason, LoginRequest from, Instant now)
                throws SQLException {
            LoginThrottle.Failure failure = throttle.failed(login, from.source(), reason, from.via(), delays, now);
            if (failure == null) {
                return;
            }
            Level level = failure.delay().isZero() ? Level.INFO : Level.WARNING;
            LOG.log(level, () -> "failed login of " + login + " from " + from.source() + " (" + from.via() + ", "
                    + reason + "), " + failure.inARow() + " in a row"
                    + (failure.delay().isZero() ? "" : "; that address waits " + failure.delay()));
        }

        @Override
        public boolean exists() throws RealmUnavailableException {
            AccountState account = state();
            return account != null && account.active();
        }

        @Override
        public AuthorizationIdentity getAuthorizationIdentity() throws RealmUnavailableException {
            if (!exists()) {
                return AuthorizationIdentity.EMPTY;
            }
            MapAttributes attributes = new MapAttributes();
            attributes.addAll("Roles", all(ROLES));
            attributes.addFirst("Stamp", String.valueOf(state().stamp()));
            return AuthorizationIdentity.basicIdentity(attributes);
        }

        private AccountState state() throws RealmUnavailableException {
            if (!read) {
                request = requests.get();
                String login = principal.getName();
                if (login == null || login.isEmpty() || login.length() > 64) {
                    state = null;
                } else {
                    try {
                        state = new LoginThrottle(dataSource()).read(login, request.source());
                    } catch (SQLException e) {
                        throw new RealmUnavailableException("the accounts could not be read", e);
                    }
                }
                read = true;
            }
            return state;
        }

        private List<String> all(String sql) throws RealmUnavailableException {
            try (Connection connection = dataSource().getConnection();
                 PreparedStatement query = connection.prepareStatement(sql)) {
                query.setString(1, principal.getName());
                List<String> values = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        values.add(rows.getString(1));
                    }
                }
                return values;
            } catch (SQLException e) {
                throw new RealmUnavailableException("the accounts could not be read", e);
            }
        }
    }
}
