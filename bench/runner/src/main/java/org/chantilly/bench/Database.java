package org.chantilly.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The two databases the benchmark compares: the PostgreSQL server at 127.0.0.1:5432 (user postgres) and the embedded
 * H2 in a file. Each run starts from empty databases: {@code chantilly_bench} for the server and
 * {@code chantilly_bench_engine} for the bare engine (R1), so R1's instances never reach the server's engine.
 */
enum Database {

    POSTGRESQL("postgresql", "postgres", "postgres"),
    H2("h2", "sa", "sa");

    private final String driver;
    private final String user;
    private final String password;
    private Path h2Dir;

    Database(String driver, String user, String password) {
        this.driver = driver;
        this.user = user;
        this.password = password;
    }

    String driver() {
        return driver;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    String label() {
        return this == POSTGRESQL ? "PostgreSQL" : "H2 (file)";
    }

    /** Drops and creates the run's databases. */
    void recreate(Path root) throws IOException, SQLException {
        if (this == POSTGRESQL) {
            try (Connection admin = DriverManager.getConnection(pg("postgres"), user, password);
                 Statement statement = admin.createStatement()) {
                for (String name : new String[] {"chantilly_bench", "chantilly_bench_engine"}) {
                    statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                    statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
                }
            }
        } else {
            h2Dir = root.resolve("bench/target/h2");
            Server.deleteTree(h2Dir);
        }
    }

    /**
     * Makes PostgreSQL count statements (pg_stat_statements) for this run: where the server does not load the module
     * yet, it is added to {@code shared_preload_libraries} and the server restarted through {@code pg_ctlcluster}
     * (the machine's own PostgreSQL, started fresh for each session). Answers why not, or {@code null} once it counts.
     */
    String countStatements() {
        if (this != POSTGRESQL) {
            return "H2 counts with its own query statistics";
        }
        try {
            if (!preloaded()) {
                try (Connection admin = DriverManager.getConnection(pg("postgres"), user, password);
                     Statement statement = admin.createStatement()) {
                    statement.execute("ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'");
                }
                Path clusters = Path.of("/etc/postgresql");
                String version;
                try (var versions = java.nio.file.Files.list(clusters)) {
                    version = versions.map(v -> v.getFileName().toString()).sorted().findFirst().orElseThrow();
                }
                Process restart = new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect", version, "main",
                        "restart").inheritIO().start();
                if (restart.waitFor() != 0) {
                    return "pg_ctlcluster could not restart PostgreSQL with pg_stat_statements";
                }
                for (int i = 0; i < 60 && !preloaded(); i++) {
                    Thread.sleep(500);
                }
                if (!preloaded()) {
                    return "PostgreSQL did not come back with pg_stat_statements";
                }
            }
            return null;
        } catch (IOException | SQLException | RuntimeException e) {
            return "pg_stat_statements could not be switched on: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private boolean preloaded() {
        try (Connection admin = DriverManager.getConnection(pg("postgres"), user, password);
             Statement statement = admin.createStatement();
             java.sql.ResultSet row = statement.executeQuery("show shared_preload_libraries")) {
            return row.next() && row.getString(1).contains("pg_stat_statements");
        } catch (SQLException e) {
            return false; // restarting
        }
    }

    /** The server's database, as the server's datasource and this process both open it. */
    String serverUrl() {
        // as README recommends for production: the driver sends a batch of inserts as one multi-row statement
        return this == POSTGRESQL ? pg("chantilly_bench") + "?reWriteBatchedInserts=true"
                : "jdbc:h2:file:" + h2Dir.resolve("chantilly") + ";WRITE_DELAY=0;AUTO_SERVER=TRUE";
    }

    /** The bare engine's database (R0 and R1). */
    String engineUrl() {
        return this == POSTGRESQL ? pg("chantilly_bench_engine") + "?reWriteBatchedInserts=true"
                : "jdbc:h2:file:" + h2Dir.resolve("engine") + ";WRITE_DELAY=0";
    }

    Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static String pg(String database) {
        return "jdbc:postgresql://127.0.0.1:5432/" + database;
    }

    /**
     * Complaints of the three demo branches over two years, written by one INSERT ... SELECT: the same row shape the
     * intake writes, numbered from 100,000,000 so they never meet the sequence.
     */
    String loadComplaints(int count) {
        String columns = "insert into complaint (id, reference, branch_code, channel, customer_name, customer_email,"
                + " customer_phone, customer_language, customer_consent, email_key, phone_key, customer_type, category,"
                + " severity, description, status, received_at, received_by, expected_response_by, ack_kind, ack_text,"
                + " version) ";
        if (this == POSTGRESQL) {
            return columns + "select 100000000 + i, 'LOAD-' || b.code || '-' || i, b.code,"
                    + " (array['IN_PERSON','PHONE','EMAIL','LETTER','SMS','WEB'])[1 + i % 6],"
                    + " 'Customer ' || i, 'customer' || (i % 200000) || '@example.org', null, 'de', true,"
                    + " 'customer' || (i % 200000) || '@example.org', null,"
                    + " (array['ACTIVE_HATER','EXTREME_CRITIC','IRRITATED_LOYAL','PASSIONATE_LOYAL','UNKNOWN'])[1 + i % 5],"
                    + " (array['PRODUCT_QUALITY','DELIVERY','PRICE_OR_BILLING','STAFF_BEHAVIOUR','WAITING_TIME','OTHER'])[1 + i % 6],"
                    + " (array['LOW','MEDIUM','HIGH','CRITICAL'])[1 + i % 4],"
                    + " 'Complaint number ' || i || ' about ' || (array['a leaking kettle','a late delivery','a rude answer','a wrong price','a long queue'])[1 + i % 5],"
                    + " (array['RECEIVED','ACKNOWLEDGED','RESOLVED','CLOSED'])[1 + i % 4],"
                    + " now() - ((i % 730) * interval '1 day') - ((i % 86400) * interval '1 second'),"
                    + " 'frontline', now() - ((i % 730) * interval '1 day') + interval '2 days', 'SCRIPT', 'Thank you.', 0"
                    + " from generate_series(1, " + count + ") as i"
                    + " cross join lateral (select (array['HAM','STO','HEL'])[1 + i % 3] as code) b";
        }
        return columns + "select 100000000 + x, 'LOAD-' || " + pick("x", 3, "'HAM'", "'STO'", "'HEL'") + " || '-' || x, "
                + pick("x", 3, "'HAM'", "'STO'", "'HEL'") + ", "
                + pick("x", 6, "'IN_PERSON'", "'PHONE'", "'EMAIL'", "'LETTER'", "'SMS'", "'WEB'") + ","
                + " 'Customer ' || x, 'customer' || mod(x, 200000) || '@example.org', null, 'de', true,"
                + " 'customer' || mod(x, 200000) || '@example.org', null, "
                + pick("x", 5, "'ACTIVE_HATER'", "'EXTREME_CRITIC'", "'IRRITATED_LOYAL'", "'PASSIONATE_LOYAL'", "'UNKNOWN'") + ", "
                + pick("x", 6, "'PRODUCT_QUALITY'", "'DELIVERY'", "'PRICE_OR_BILLING'", "'STAFF_BEHAVIOUR'", "'WAITING_TIME'", "'OTHER'") + ", "
                + pick("x", 4, "'LOW'", "'MEDIUM'", "'HIGH'", "'CRITICAL'") + ","
                + " 'Complaint number ' || x || ' about ' || " + pick("x", 5, "'a leaking kettle'", "'a late delivery'",
                "'a rude answer'", "'a wrong price'", "'a long queue'") + ", "
                + pick("x", 4, "'RECEIVED'", "'ACKNOWLEDGED'", "'RESOLVED'", "'CLOSED'") + ","
                + " dateadd('SECOND', -mod(x, 86400), dateadd('DAY', -mod(x, 730), current_timestamp)),"
                + " 'frontline', dateadd('DAY', 2 - mod(x, 730), current_timestamp), 'SCRIPT', 'Thank you.', 0"
                + " from system_range(1, " + count + ")";
    }

    String analyze() {
        return this == POSTGRESQL ? "analyze complaint" : "analyze table complaint";
    }

    /** {@code case mod(x, n) when 0 then v0 ... end}: the value of x modulo n. */
    private static String pick(String x, int n, String... values) {
        StringBuilder sql = new StringBuilder("case mod(" + x + ", " + n + ")");
        for (int i = 0; i < values.length; i++) {
            sql.append(" when ").append(i).append(" then ").append(values[i]);
        }
        return sql.append(" end").toString();
    }
}
