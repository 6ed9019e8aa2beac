package org.chantilly.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * R0, the database's ceiling: a complaint-sized row (the columns and sizes the intake writes) inserted by plain JDBC,
 * one transaction per row, from the same number of threads as the other stages, one connection per thread.
 */
final class JdbcCeiling {

    private JdbcCeiling() {
    }

    static Throughput run(Database database, int count, int threads) throws Exception {
        String url = database.engineUrl();
        try (Connection connection = database.connect(url); Statement statement = connection.createStatement()) {
            statement.execute("create table bench_complaint (id bigint primary key, reference varchar(40) not null,"
                    + " branch_code varchar(16) not null, channel varchar(16) not null, customer_name varchar(200),"
                    + " customer_email varchar(254), customer_phone varchar(40), description varchar(8000),"
                    + " status varchar(20) not null, received_at timestamp with time zone not null,"
                    + " received_by varchar(64) not null, version bigint not null)");
        }
        ThreadLocal<PreparedStatement> insert = new ThreadLocal<>();
        java.util.List<Connection> connections = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        try {
            return Throughput.closed("R0", count, threads, i -> {
                PreparedStatement statement = insert.get();
                if (statement == null) {
                    Connection connection = database.connect(url);
                    connections.add(connection);
                    statement = connection.prepareStatement("insert into bench_complaint values (?,?,?,?,?,?,?,?,?,?,?,?)");
                    insert.set(statement);
                }
                statement.setLong(1, i);
                statement.setString(2, "BEN-2026-" + i);
                statement.setString(3, "BEN");
                statement.setString(4, "IN_PERSON");
                statement.setString(5, "Bench Customer " + i);
                statement.setString(6, "bench-" + i + "@example.org");
                statement.setString(7, "+49 40 " + (1_000_000 + i));
                statement.setString(8, "Benchmark complaint " + i + ": the kettle leaks after two days of use.");
                statement.setString(9, "RECEIVED");
                statement.setTimestamp(10, Timestamp.from(Instant.now()));
                statement.setString(11, "frontline");
                statement.setLong(12, 0);
                statement.executeUpdate();
            });
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }
}
