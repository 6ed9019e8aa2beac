package org.chantilly.realm;

import java.security.GeneralSecurityException;
import java.security.Principal;
import java.security.spec.AlgorithmParameterSpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import org.wildfly.security.password.util.ModularCrypt;

/**
 * The accounts table as an Elytron realm (a {@code custom-realm} of the server, see README.md): an active account
 * that is not locked exists, its password is checked with bcrypt the first time and then by {@link VerifiedPasswords},
 * and its roles become the attribute {@code Roles}. The account is read from the database on every request, so
 * changes to it count at once. Configuration: {@code datasource} (JNDI name) and {@code verified-login-ttl}
 * (ISO 8601 duration, default PT5M).
 */
public class AccountsRealm implements SecurityRealm {

    static final String ACCOUNT = "SELECT password_hash FROM app_user WHERE username = ? AND active = TRUE"
            + " AND (locked_until IS NULL OR locked_until < CURRENT_TIMESTAMP)";
    static final String ROLES = "SELECT role FROM app_user_role WHERE username = ?";

    private String datasource = "java:jboss/datasources/ChantillyDS";
    private VerifiedPasswords verified = new VerifiedPasswords(Duration.ofMinutes(5), 10_000, Clock.systemUTC());
    private volatile DataSource dataSource;

    /** Called by Elytron with the realm's {@code configuration} map. */
    public void initialize(Map<String, String> configuration) {
        datasource = configuration.getOrDefault("datasource", datasource);
        String ttl = configuration.get("verified-login-ttl");
        if (ttl != null) {
            verified = new VerifiedPasswords(Duration.parse(ttl), 10_000, Clock.systemUTC());
        }
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

    /** Whether the password matches the stored bcrypt hash (modular crypt form). */
    static boolean bcryptMatches(char[] password, String storedHash) {
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT,
                    WildFlyElytronPasswordProvider.getInstance());
            Password stored = factory.translate(ModularCrypt.decode(storedHash));
            return factory.verify(stored, password);
        } catch (java.security.spec.InvalidKeySpecException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
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

    /** One login's account, read once per authentication. */
    private final class Account implements RealmIdentity {

        private final Principal principal;
        private String hash;
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
        public SupportLevel getEvidenceVerifySupport(Class<? extends Evidence> evidenceType, String algorithmName)
                throws RealmUnavailableException {
            return exists() && PasswordGuessEvidence.class.isAssignableFrom(evidenceType) ? SupportLevel.SUPPORTED
                    : SupportLevel.UNSUPPORTED;
        }

        @Override
        public boolean verifyEvidence(Evidence evidence) throws RealmUnavailableException {
            if (!(evidence instanceof PasswordGuessEvidence guess) || !exists()) {
                return false;
            }
            char[] password = guess.getGuess();
            String login = principal.getName();
            if (verified.contains(login, hash, password)) {
                return true;
            }
            boolean matches = bcryptMatches(password, hash);
            if (matches) {
                verified.add(login, hash, password);
            }
            return matches;
        }

        @Override
        public boolean exists() throws RealmUnavailableException {
            if (!read) {
                hash = single(ACCOUNT);
                read = true;
            }
            return hash != null;
        }

        @Override
        public AuthorizationIdentity getAuthorizationIdentity() throws RealmUnavailableException {
            if (!exists()) {
                return AuthorizationIdentity.EMPTY;
            }
            MapAttributes attributes = new MapAttributes();
            attributes.addAll("Roles", all(ROLES));
            return AuthorizationIdentity.basicIdentity(attributes);
        }

        private String single(String sql) throws RealmUnavailableException {
            List<String> values = all(sql);
            return values.isEmpty() ? null : values.get(0);
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
