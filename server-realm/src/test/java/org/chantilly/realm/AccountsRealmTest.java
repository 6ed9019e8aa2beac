package org.chantilly.realm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wildfly.security.auth.principal.NamePrincipal;
import org.wildfly.security.auth.server.RealmIdentity;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * The realm against an in-memory H2 database with the platform module's own migrations: delays per account and
 * source address, refusals during a delay, the queued events, the dummy hash, the pre-hash.
 */
class AccountsRealmTest {

    /** "frontline-demo" hashed with bcrypt, cost 10, without the pre-hash (as hashes were made before it). */
    private static final String OLD_HASH = hashOf("frontline-demo".toCharArray());

    private static final String PASSWORD = "Kaffee mit Zimt am Hafen";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T09:00:00Z"));
    private final List<String> hashesChecked = new ArrayList<>();
    private JdbcDataSource database;
    private AccountsRealm realm;
    private String source = "192.0.2.10";

    @BeforeEach
    void database() throws Exception {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        for (String migration : List.of("V1__user_accounts.sql", "V5__account_lockout.sql",
                "V6__login_throttle_and_account_stamp.sql")) {
            run(Files.readString(Path.of("../platform/src/main/resources/db/migration/platform/common", migration)));
        }
        realm = new AccountsRealm();
        realm.use(database, LoginDelays.defaults());
        realm.clock = clock;
        realm.requests = () -> new LoginRequest(source, "API");
        realm.bcrypt = (password, hash) -> {
            hashesChecked.add(hash);
            return AccountsRealm.matches(password, hash);
        };
        account("frieda", preHashed(PASSWORD), true);
        account("olaf", preHashed(PASSWORD), false);
    }

    @Test
    void bcryptDecidesTheFirstCheck() {
        assertThat(AccountsRealm.bcryptMatches("frontline-demo".toCharArray(), OLD_HASH)).isTrue();
        assertThat(AccountsRealm.bcryptMatches("frontline-dem0".toCharArray(), OLD_HASH)).isFalse();
        assertThat(AccountsRealm.bcryptMatches("frontline-demo".toCharArray(), "not a hash")).isFalse();
    }

    @Test
    void preHashedHashesCountEveryCharacterAndOldHashesStillVerify() {
        String long1 = "a".repeat(72) + "first ending";
        String long2 = "a".repeat(72) + "other ending";
        assertThat(AccountsRealm.bcryptMatches(long2.toCharArray(), hashOf(long1.toCharArray())))
                .as("bcrypt alone ignores what comes after 72 bytes").isTrue();
        String preHashed = preHashed(long1);
        assertThat(AccountsRealm.matches(long1.toCharArray(), preHashed)).isTrue();
        assertThat(AccountsRealm.matches(long2.toCharArray(), preHashed)).isFalse();
        assertThat(AccountsRealm.matches("frontline-demo".toCharArray(), OLD_HASH)).isTrue();
        assertThat(AccountsRealm.matches("frontline-dem0".toCharArray(), OLD_HASH)).isFalse();
    }

    @Test
    void theRightPasswordLogsInWithItsStamp() throws Exception {
        RealmIdentity identity = realm.getRealmIdentity(new NamePrincipal("frieda"));
        assertThat(identity.verifyEvidence(guess(PASSWORD))).isTrue();
        assertThat(identity.exists()).isTrue();
        assertThat(identity.getAuthorizationIdentity().getAttributes().getFirst("Stamp")).isEqualTo("0");
        assertThat(events()).isZero();
    }

    @Test
    void unknownInactiveAndDelayedLoginsCostOneBcryptAgainstTheDummyHash() throws Exception {
        assertThat(check("nobody", PASSWORD)).isFalse();
        assertThat(hashesChecked).containsExactly(AccountsRealm.dummy());

        hashesChecked.clear();
        assertThat(check("olaf", PASSWORD)).as("inactive, though the password is right").isFalse();
        assertThat(hashesChecked).containsExactly(AccountsRealm.dummy());

        for (int i = 0; i < 5; i++) {
            check("frieda", "wrong " + i);
        }
        hashesChecked.clear();
        assertThat(check("frieda", PASSWORD)).as("delayed").isFalse();
        assertThat(hashesChecked).containsExactly(AccountsRealm.dummy());
        assertThat(AccountsRealm.dummy()).startsWith(PreHash.PREFIX + "$2a$" + AccountsRealm.COST + "$");
    }

    @Test
    void afterFiveFailuresTheAddressWaitsAndTheAccountStillWorksFromElsewhere() throws Exception {
        for (int i = 0; i < 4; i++) {
            assertThat(check("frieda", "wrong " + i)).isFalse();
        }
        assertThat(check("frieda", "wrong 4")).isFalse();
        assertThat(delayedUntil("frieda", source)).isEqualTo(clock.instant().plusSeconds(1));

        assertThat(check("frieda", PASSWORD)).as("the right password while the address waits").isFalse();
        assertThat(refused("frieda", source)).isEqualTo(1);

        source = "198.51.100.7";
        assertThat(check("frieda", PASSWORD)).as("from another address").isTrue();

        source = "192.0.2.10";
        clock.advance(Duration.ofSeconds(2));
        assertThat(check("frieda", "wrong 5")).isFalse();
        assertThat(delayedUntil("frieda", source)).as("the count went on: 6 failures wait 2 s")
                .isEqualTo(clock.instant().plusSeconds(2));

        clock.advance(Duration.ofSeconds(3));
        assertThat(check("frieda", PASSWORD)).isTrue();
        assertThat(failures("frieda", source)).as("a success forgets the failures").isZero();
    }

    @Test
    void failuresOfExistingAccountsAreQueuedForTheAuditTrailRefusalsOnlyCounted() throws Exception {
        for (int i = 0; i < 5; i++) {
            check("frieda", "wrong " + i);
        }
        for (int i = 0; i < 20; i++) {
            check("frieda", "hammering " + i);
        }
        check("nobody", "guess");
        check("olaf", PASSWORD);
        assertThat(events()).as("five wrong passwords and one inactive account").isEqualTo(6);
        assertThat(refused("frieda", source)).isEqualTo(20);
        assertThat(query("SELECT COUNT(*) FROM login_event WHERE delay_started")).isEqualTo(1);
        assertThat(query("SELECT COUNT(*) FROM login_event WHERE via = 'API' AND reason = 'INACTIVE'")).isEqualTo(1);
    }

    @Test
    void failuresAreForgottenADayAfterTheLast() throws Exception {
        for (int i = 0; i < 4; i++) {
            check("frieda", "wrong " + i);
        }
        clock.advance(Duration.ofHours(25));
        check("frieda", "wrong again");
        assertThat(failures("frieda", source)).isEqualTo(1);
    }

    private boolean check(String login, String password) throws RealmUnavailableException {
        RealmIdentity identity = realm.getRealmIdentity(new NamePrincipal(login));
        return identity.verifyEvidence(guess(password)) && identity.exists();
    }

    private static PasswordGuessEvidence guess(String password) {
        return new PasswordGuessEvidence(password.toCharArray());
    }

    private void account(String login, String hash, boolean active) throws SQLException {
        run("INSERT INTO app_user (username, password_hash, active, created_at) VALUES ('" + login + "', '" + hash
                + "', " + active + ", CURRENT_TIMESTAMP)");
    }

    private int events() throws SQLException {
        return query("SELECT COUNT(*) FROM login_event");
    }

    private int refused(String login, String from) throws SQLException {
        return query("SELECT refused FROM login_throttle WHERE username = '" + login + "' AND source = '" + from + "'");
    }

    private int failures(String login, String from) throws SQLException {
        return query("SELECT COALESCE(MAX(failures), 0) FROM login_throttle WHERE username = '" + login
                + "' AND source = '" + from + "'");
    }

    private Instant delayedUntil(String login, String from) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT delayed_until FROM login_throttle WHERE username = '"
                     + login + "' AND source = '" + from + "'")) {
            row.next();
            return row.getObject(1, java.time.OffsetDateTime.class).toInstant();
        }
    }

    private int query(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getInt(1);
        }
    }

    private void run(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static String preHashed(String password) {
        return PreHash.PREFIX + hashOf(PreHash.of(password.toCharArray()));
    }

    static String hashOf(char[] password) {
        try {
            var factory = org.wildfly.security.password.PasswordFactory.getInstance(
                    org.wildfly.security.password.interfaces.BCryptPassword.ALGORITHM_BCRYPT,
                    org.wildfly.security.password.WildFlyElytronPasswordProvider.getInstance());
            byte[] salt = new byte[org.wildfly.security.password.interfaces.BCryptPassword.BCRYPT_SALT_SIZE];
            return org.wildfly.security.password.util.ModularCrypt.encodeAsString(factory.generatePassword(
                    new org.wildfly.security.password.spec.EncryptablePasswordSpec(password,
                            new org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec(10, salt))));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
