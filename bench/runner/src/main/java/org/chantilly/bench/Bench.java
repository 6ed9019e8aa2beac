package org.chantilly.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;


/**
 * The benchmark: every stage on PostgreSQL and on the embedded H2 in one run, so that their ratios mean something on
 * a noisy machine. Prints one table and writes it to bench/results/bench.json (see bench/README.md).
 *
 * <p>Arguments: {@code --db postgresql,h2}, {@code --quick} (smaller counts, to try the benchmark out),
 * {@code --rates 50,100,...} (R3's arrival rates), {@code --timers N} (0 leaves the timer stage out),
 * {@code --no-before} (no timer run with the job executor as before tuning), and the other counts by name.
 */
public final class Bench {

    static final String PASSWORD = "a long enough password for the bench";

    /** The password the administrator gives the benchmark's staff; each changes it to {@link #PASSWORD} at once. */
    static final String INITIAL_PASSWORD = "the administrator's password for the bench";
    static final int THREADS = 4;
    /** Enough clients working complaints at once that the clients are not what limits the lifecycle. */
    static final int LIFECYCLE_CLIENTS = 32;
    /** R3's bound: the highest arrival rate whose p99 stays under it is the rate held. */
    static final int R3_P99_BOUND_MS = 100;

    /** The job executor as shipped, and as the timer stage compares it (see README, Performance). */
    static final List<String> JOB_EXECUTOR_BEFORE = List.of("-Dchantilly.jobs.max-jobs-per-acquisition=3",
            "-Dchantilly.jobs.idle-wait=PT5S");

    private final Path root;
    private final Map<String, String> options;
    private final JsonObjectBuilder results = Json.createObjectBuilder();
    private final List<String[]> table = new ArrayList<>();
    /** Counted on H2 (see {@link #summary}); NaN until the H2 part has run. */
    private double sqlPerIntake = Double.NaN;
    /** Counted by pg_stat_statements in the PostgreSQL part; NaN where PostgreSQL could not count. */
    private double pgSqlPerIntake = Double.NaN;

    private Bench(Path root, Map<String, String> options) {
        this.root = root;
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].replaceFirst("^--", "");
            boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
            options.put(name, flag ? "true" : args[++i]);
        }
        new Bench(Path.of(options.getOrDefault("root", ".")).toAbsolutePath().normalize(), options).run();
    }

    private boolean quick() {
        return options.containsKey("quick");
    }

    private int count(String name, int full, int quick) {
        return Integer.parseInt(options.getOrDefault(name, String.valueOf(quick() ? quick : full)));
    }

    private void run() throws Exception {
        results.add("date", Instant.now().toString()).add("machine", machine()).add("quick", quick());
        Map<String, JsonObject> perDatabase = new LinkedHashMap<>();
        Path out = root.resolve("bench/results/" + (quick() ? "bench-quick.json" : "bench.json"));
        Files.createDirectories(out.getParent());
        for (String name : options.getOrDefault("db", "postgresql,h2").split(",")) {
            Database database = Database.valueOf(name.trim().toUpperCase(Locale.ROOT));
            System.out.println("== " + database.label());
            perDatabase.put(database.name().toLowerCase(Locale.ROOT), measure(database));
            // written after each database, so a later failure keeps what was measured
            JsonObjectBuilder databases = Json.createObjectBuilder();
            // the summaries again each time: PostgreSQL's takes the SQL count of the H2 part once it has run
            perDatabase.forEach((db, figures) -> databases.add(db,
                    Json.createObjectBuilder(figures).add("summary", summary(figures))));
            Files.writeString(out, pretty(results.add("databases", databases).add("table", table()).build()));
            results.add("date", Instant.now().toString()).add("machine", machine()).add("quick", quick());
            printTable();
        }
        System.out.println("written to " + root.relativize(out));
    }

    private JsonArrayBuilder table() {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        table.forEach(row -> rows.add(Json.createArrayBuilder(List.of(row))));
        return rows;
    }

    private JsonObject measure(Database database) throws Exception {
        JsonObjectBuilder figures = Json.createObjectBuilder();
        String db = database == Database.POSTGRESQL ? "PG" : "H2";
        String noStatementCount = database.countStatements();
        database.recreate(root);

        int r0Count = count("r0", 10_000, 2_000);
        Throughput r0 = JdbcCeiling.run(database, r0Count, THREADS);
        figures.add("r0", throughput(r0));
        row(db, "R0 JDBC insert, 1 row/tx, " + THREADS + " threads", r0);

        Throughput r1;
        Throughput r1b;
        try (BareEngine engine = new BareEngine(database)) {
            engine.runCeiling(count("r1-warmup", 500, 100), THREADS);
            r1b = engine.runCeiling(count("r1b", 4_000, 600), THREADS);
            engine.run(count("r1-warmup", 500, 100), THREADS);
            r1 = engine.run(count("r1", 2_000, 300), THREADS);
        }
        figures.add("r1b", throughput(r1b));
        row(db, "R1b bare engine, one user task + row (the stack's ceiling), " + THREADS + " threads", r1b);
        figures.add("r1", throughput(r1));
        row(db, "R1 bare engine start + row, " + THREADS + " threads", r1);
        if (options.containsKey("engine-only")) {
            return figures.build(); // R0, R1b and R1 only: the engine's cost without the server
        }

        boolean timers = timerCount(database) > 0;
        if (timers && database == Database.POSTGRESQL && !options.containsKey("no-before")) {
            try (Server server = Server.start(root, database, timerServer(JOB_EXECUTOR_BEFORE))) {
                figures.add("timersBefore", timers(database, Staff.open("TM", 8), "job executor as before"));
            }
            database.recreate(root);
        }

        try (Server server = Server.start(root, database, timerServer(List.of()))) {
            figures.add("bootSeconds", server.boot().toMillis() / 1000.0);
            table.add(new String[] {db, "boot: JVM start to API ready", "", "", "", "",
                    String.format(Locale.ROOT, "%.1f s", server.boot().toMillis() / 1000.0)});
            Api admin = new Api(Server.BASE_URL, "admin", "admin-demo");

            List<Staff> load = Staff.open("BN", 8);
            String loadBranches = String.join(",", load.stream().map(Staff::branch).toList());
            probe(admin, "HAM", "IN_PERSON", count("r2-warmup", 500, 100)); // warm-up, and tasks for the reads
            Throughput r2 = probe(admin, loadBranches, "IN_PERSON", count("r2", 2_000, 300));
            figures.add("r2", throughput(r2));
            row(db, "R2 intake service in the server, " + THREADS + " threads", r2);

            if (database == Database.H2) {
                JsonObject sql = sqlPerIntake(database, admin);
                figures.add("sqlPerIntake", sql);
                sqlPerIntake = sql.getJsonNumber("statementsPerIntake").doubleValue();
            } else if (noStatementCount == null) {
                JsonObject sql = sqlPerIntake(database, admin);
                figures.add("sqlPerIntake", sql);
                pgSqlPerIntake = sql.getJsonNumber("statementsPerIntake").doubleValue();
            } else {
                System.out.println("  SQL per intake on PostgreSQL: not counted (" + noStatementCount + ")");
            }

            figures.add("r3", r3(db, load));

            Throughput lifecycle = new Lifecycle(Staff.open("LC", 4)).run(count("lifecycle", 400, 96), LIFECYCLE_CLIENTS);
            figures.add("lifecycle", throughput(lifecycle));
            row(db, "lifecycle via API (8 HTTP calls + look-ups by complaint), " + LIFECYCLE_CLIENTS + " clients",
                    lifecycle);

            if (timers) {
                figures.add("timers", timers(database, Staff.open("TM", 8), "job executor as shipped"));
            }
            figures.add("reads", reads(database, db));

            JsonObject heap = Api.object(admin.get("/bench-probe/heap"));
            figures.add("heapAfterRunMiB", heap.getJsonNumber("usedBytes").longValue() / (1024 * 1024));
            table.add(new String[] {db, "server heap after the run (after a full GC)", "", "", "", "",
                    heap.getJsonNumber("usedBytes").longValue() / (1024 * 1024) + " MiB"});
        }
        return figures.build();
    }

    /**
     * The figures the issue tracks, one number each ({@code null} where the run left a stage out): README's
     * Performance table is made from them. R3 held is the highest arrival rate with p99 under
     * {@link #R3_P99_BOUND_MS}; SQL per intake is counted by H2's statistics (the same code sends the same
     * statements to PostgreSQL), so a PostgreSQL run without an H2 part has none.
     */
    private JsonObject summary(JsonObject f) {
        JsonObjectBuilder s = Json.createObjectBuilder();
        add(s, "r0PerSecond", number(f, "r0", "perSecond"));
        add(s, "r1bPerSecond", number(f, "r1b", "perSecond"));
        add(s, "r1PerSecond", number(f, "r1", "perSecond"));
        add(s, "r2PerSecond", number(f, "r2", "perSecond"));
        JsonObject r3 = f.getJsonObject("r3");
        double held = r3 == null ? Double.NaN : r3.getInt("heldRate");
        add(s, "r3HeldPerSecond", held);
        add(s, "r3HeldP99Ms", r3 == null || held == 0 ? Double.NaN : r3.getJsonNumber("heldP99Ms").doubleValue());
        double r1b = number(f, "r1b", "perSecond");
        add(s, "ratioR3toR1b", Double.isNaN(held) || Double.isNaN(r1b) ? Double.NaN : Math.round(held / r1b * 1000) / 1000.0);
        // PostgreSQL's own count where it could count (pg_stat_statements), else H2's: the same code sends both
        boolean postgresql = f.containsKey("sqlPerIntake")
                && "postgresql".equals(f.getJsonObject("sqlPerIntake").getString("database", ""));
        add(s, "sqlPerIntake", postgresql ? pgSqlPerIntake : sqlPerIntake);
        add(s, "lifecyclePerSecond", number(f, "lifecycle", "perSecond"));
        add(s, "timerLatenessP50Ms", number(f, "timers", "latenessP50Ms"));
        add(s, "timerLatenessP99Ms", number(f, "timers", "latenessP99Ms"));
        JsonObject reads = f.getJsonObject("reads");
        add(s, "listPageP99Ms", reads == null ? Double.NaN : number(reads, "complaintList", "p99"));
        add(s, "taskListP99Ms", reads == null ? Double.NaN : number(reads, "taskList", "p99"));
        add(s, "consolePageP99Ms", reads == null ? Double.NaN : Math.max(number(reads, "consoleOpenComplaints", "p99"),
                number(reads, "consoleEscalationQueue", "p99")));
        add(s, "bootSeconds", f.containsKey("bootSeconds") ? f.getJsonNumber("bootSeconds").doubleValue() : Double.NaN);
        add(s, "heapAfterMiB", f.containsKey("heapAfterRunMiB") ? f.getJsonNumber("heapAfterRunMiB").doubleValue()
                : Double.NaN);
        return s.build();
    }

    private static double number(JsonObject figures, String stage, String name) {
        JsonObject object = figures.getJsonObject(stage);
        return object == null || !object.containsKey(name) ? Double.NaN : object.getJsonNumber(name).doubleValue();
    }

    private static void add(JsonObjectBuilder summary, String key, double value) {
        if (Double.isNaN(value)) {
            summary.addNull(key);
        } else {
            summary.add(key, value);
        }
    }

    /** The server's extra properties: a frontline deadline of two minutes for phone complaints (timer stage). */
    private List<String> timerServer(List<String> jobExecutor) {
        List<String> properties = new ArrayList<>(jobExecutor);
        if (options.containsKey("jfr")) { // a CPU profile of the server: bench/target/server.jfr
            properties.add("-XX:StartFlightRecording=filename=" + root.resolve("bench/target/server.jfr")
                    + ",settings=profile");
        }
        properties.add("-Dchantilly.policy.deadline.FRONTLINE.PHONE=PT2M");
        // settings to try, e.g. --server-props -Dchantilly.jobs.threads=4,-Dchantilly.jobs.queue-length=40
        for (String property : options.getOrDefault("server-props", "").split(",")) {
            if (!property.isBlank()) {
                properties.add(property.strip());
            }
        }
        return properties;
    }

    /** Files through the probe; {@code branch} may list several branches, taken in turn. */
    private Throughput probe(Api admin, String branch, String channel, int count) {
        return probe(admin, branch, channel, count, 0);
    }

    /** The same at a kept arrival rate ({@code perSecond}, 0 for as fast as the threads go). */
    private Throughput probe(Api admin, String branch, String channel, int count, double perSecond) {
        JsonObject answer = Api.object(Api.expect(Api.send(admin.request("/bench-probe/intake?branch=" + branch
                + "&channel=" + channel + "&count=" + count + "&threads=" + THREADS + "&receivedBy=frontline"
                + "&perSecond=" + perSecond)
                .timeout(Duration.ofMinutes(30)).POST(Api.json("")).build()), 200));
        long[] micros = answer.getJsonArray("latencyMicros").stream()
                .mapToLong(v -> ((JsonNumber) v).longValue()).toArray();
        return new Throughput("R2", count - answer.getInt("failed"), answer.getInt("failed"),
                answer.getJsonNumber("wallMicros").longValue() / 1e6, Latencies.of(micros));
    }

    /** Complaints of the branches in turn, each filed by its own frontline employee. */
    private static IntFunction<HttpRequest> complaints(List<Staff> staff) {
        List<IntFunction<HttpRequest>> perBranch = staff.stream()
                .map(s -> OpenModelLoad.complaints(s.frontline(), s.branch())).toList();
        return i -> perBranch.get(i % perBranch.size()).apply(i);
    }

    private JsonObject r3(String db, List<Staff> staff) {
        int seconds = count("r3-seconds", 15, 5);
        List<Integer> rates = new ArrayList<>();
        for (String rate : options.getOrDefault("rates", "10,20,30,40,60,80,100,150,200,300,400,600").split(",")) {
            rates.add(Integer.parseInt(rate.trim()));
        }
        OpenModelLoad.run(rates.get(0), seconds, complaints(staff)); // warm-up
        JsonArrayBuilder steps = Json.createArrayBuilder();
        int held = 0;
        double heldP99 = 0;
        for (int rate : rates) {
            OpenModelLoad.Step step = OpenModelLoad.run(rate, seconds, complaints(staff));
            Latencies l = step.latencies();
            steps.add(Json.createObjectBuilder().add("rate", rate).add("sent", step.sent()).add("ok", step.ok())
                    .add("failed", step.failed()).add("throughput", round(step.throughput())).add("p50", round(l.p50()))
                    .add("p95", round(l.p95())).add("p99", round(l.p99())).add("max", round(l.max())));
            table.add(new String[] {db, "R3 POST /api/complaints at " + rate + "/s (open model)",
                    fmt(step.throughput()), fmt(l.p50()), fmt(l.p99()), fmt(l.max()),
                    step.failed() > 0 ? step.failed() + " failed" : step.held(R3_P99_BOUND_MS) ? "held" : "not held"});
            System.out.printf(Locale.ROOT, "  R3 %d/s: %.1f/s p50 %.1f p99 %.1f max %.1f ms, %d failed%n", rate,
                    step.throughput(), l.p50(), l.p99(), l.max(), step.failed());
            if (step.held(R3_P99_BOUND_MS)) {
                held = rate;
                heldP99 = l.p99();
            }
            if (step.failed() > step.sent() / 10 || l.p99() > 2_000) {
                break;
            }
        }
        table.add(new String[] {db, "R3 highest rate held with p99 < " + R3_P99_BOUND_MS + " ms", "", "", "", "",
                held + "/s"});
        return Json.createObjectBuilder().add("steps", steps).add("secondsPerRate", seconds).add("heldRate", held)
                .add("heldP99Ms", round(heldP99)).add("p99BoundMs", R3_P99_BOUND_MS).build();
    }

    /** 10,000 complaints on PostgreSQL; 1,000 on H2, whose filing alone would take most of the run otherwise. */
    private int timerCount(Database database) {
        return database == Database.POSTGRESQL ? count("timers", 10_000, 1_000) : count("timers-h2", 1_000, 500);
    }

    private JsonObject timers(Database database, List<Staff> staff, String label) throws Exception {
        int count = timerCount(database);
        Api admin = new Api(Server.BASE_URL, "admin", "admin-demo");
        long filing = System.nanoTime();
        // as the issue asks: intake going on at 50 complaints a second while the deadlines fall due
        probe(admin, String.join(",", staff.stream().map(Staff::branch).toList()), "PHONE", count,
                Double.parseDouble(options.getOrDefault("timer-rate", "50")));
        double filedIn = (System.nanoTime() - filing) / 1e9;
        try (Connection connection = database.connect(database.serverUrl())) {
            Timers.Result result = Timers.await(connection, "TM", 2 * count, 6 * 60_000L);
            Latencies l = result.lateness();
            table.add(new String[] {database == Database.POSTGRESQL ? "PG" : "H2",
                    "timers: " + count + " complaints, 2 timers each, " + label, fmt(result.drainPerSecond()),
                    fmt(l.p50()), fmt(l.p99()), fmt(l.max()), result.fired() + "/" + result.expected() + " fired"});
            return Json.createObjectBuilder().add("complaints", count).add("filedInSeconds", round(filedIn))
                    .add("fired", result.fired()).add("expected", result.expected())
                    .add("latenessP50Ms", round(l.p50())).add("latenessP99Ms", round(l.p99()))
                    .add("latenessMaxMs", round(l.max())).add("drainedPerSecond", round(result.drainPerSecond()))
                    .add("jobExecutor", label).build();
        }
    }

    private JsonObject reads(Database database, String db) throws Exception {
        int rows = count("rows", 1_000_000, 100_000);
        long loading = System.nanoTime();
        try (Connection connection = database.connect(database.serverUrl()); Statement statement = connection.createStatement()) {
            statement.execute(database.loadComplaints(rows));
            statement.execute(database.analyze());
        }
        double loadedIn = (System.nanoTime() - loading) / 1e9;
        Api supervisor = new Api(Server.BASE_URL, "supervisor", "supervisor-demo");
        Api frontline = new Api(Server.BASE_URL, "frontline", "frontline-demo");
        String list = "/api/complaints?status=RECEIVED&channel=" + URLEncoder.encode("EMAIL", StandardCharsets.UTF_8)
                + "&sort=RECEIVED_AT_DESC&size=20";
        int repeat = count("read-repeat", 300, 50);
        Throughput complaints = timedGets(supervisor, list, repeat);
        Throughput tasks = timedGets(frontline, "/api/tasks?size=20", repeat);
        row(db, "read: complaint list page (HAM, status + channel), " + rows + " rows", complaints);
        row(db, "read: task list page (HAM frontline, the first 20 of its open tasks with their total)", tasks);
        ConsolePage frontlineConsole = new ConsolePage(Server.BASE_URL, "frontline", "frontline-demo");
        ConsolePage supervisorConsole = new ConsolePage(Server.BASE_URL, "supervisor", "supervisor-demo");
        Throughput open = timedPages(frontlineConsole, "/console/frontline/open.xhtml", repeat);
        Throughput queue = timedPages(supervisorConsole, "/console/supervisor/queue.xhtml", repeat);
        row(db, "read: console, the branch's open complaints (HAM, every open status)", open);
        row(db, "read: console, the escalation queue (HAM supervisor)", queue);
        return Json.createObjectBuilder().add("rowsLoaded", rows).add("loadedInSeconds", round(loadedIn))
                .add("complaintList", throughput(complaints)).add("taskList", throughput(tasks))
                .add("consoleOpenComplaints", throughput(open)).add("consoleEscalationQueue", throughput(queue)).build();
    }

    private static Throughput timedPages(ConsolePage console, String path, int repeat) throws InterruptedException {
        Throughput.closed("warm-up", 20, 1, i -> console.get(path));
        return Throughput.closed("read", repeat, 1, i -> console.get(path));
    }

    private static Throughput timedGets(Api api, String path, int repeat) throws InterruptedException {
        Throughput.closed("warm-up", 20, 1, i -> Api.expect(api.get(path), 200));
        return Throughput.closed("read", repeat, 1, i -> Api.expect(api.get(path), 200));
    }

    /** How many complaints the SQL count files. */
    private static final int SQL_COUNT_COMPLAINTS = 200;

    /**
     * SQL statements per intake: 200 in-person complaints through the probe on one thread (their acknowledgement is
     * given at intake, in its transaction), then three seconds for what follows the commits; every statement the
     * server sent to its database in that time, divided by the complaints. What the server does meanwhile by itself
     * (the job executor's acquisitions, the audit sealer's rounds) is counted too, so the figure is an upper bound.
     * H2 counts with its query statistics, PostgreSQL with pg_stat_statements (switched on for this run).
     */
    private JsonObject sqlPerIntake(Database database, Api admin) throws Exception {
        boolean h2 = database == Database.H2;
        try (Connection connection = database.connect(database.serverUrl()); Statement statement = connection.createStatement()) {
            if (h2) {
                statement.execute("SET QUERY_STATISTICS_MAX_ENTRIES 2000");
                statement.execute("SET QUERY_STATISTICS TRUE");
            } else {
                statement.execute("create extension if not exists pg_stat_statements");
                statement.execute("select pg_stat_statements_reset()");
            }
            admin.post("/bench-probe/intake?branch=HAM&channel=IN_PERSON&count=" + SQL_COUNT_COMPLAINTS
                    + "&threads=1&receivedBy=frontline", "", 200);
            Thread.sleep(3000);
            JsonArrayBuilder top = Json.createArrayBuilder();
            long total = 0;
            try (ResultSet result = statement.executeQuery(h2
                    ? "select SQL_STATEMENT, EXECUTION_COUNT from INFORMATION_SCHEMA.QUERY_STATISTICS"
                            + " where SQL_STATEMENT not like '%QUERY_STATISTICS%' order by EXECUTION_COUNT desc"
                    : "select s.query, s.calls from pg_stat_statements s join pg_database d on d.oid = s.dbid"
                            + " where d.datname = 'chantilly_bench' and s.query not like '%pg_stat_statements%'"
                            + " order by s.calls desc")) {
                while (result.next()) {
                    total += result.getLong(2);
                    String sql = result.getString(1);
                    top.add(Json.createObjectBuilder()
                            .add("perIntake", round(result.getLong(2) / (double) SQL_COUNT_COMPLAINTS))
                            .add("sql", sql.length() > 160 ? sql.substring(0, 160) : sql));
                }
            }
            if (h2) {
                statement.execute("SET QUERY_STATISTICS FALSE");
            }
            double perIntake = total / (double) SQL_COUNT_COMPLAINTS;
            table.add(new String[] {h2 ? "H2" : "PG", "SQL statements per intake (" + (h2 ? "H2's query statistics"
                    : "pg_stat_statements") + ", background included)", "", "", "", "", fmt(perIntake)});
            return Json.createObjectBuilder().add("database", h2 ? "h2" : "postgresql")
                    .add("complaints", SQL_COUNT_COMPLAINTS).add("statementsPerIntake", round(perIntake))
                    .add("statements", top).build();
        }
    }

    /** A round-the-clock branch of the benchmark's own with a frontline employee and a supervisor who signed. */
    record Staff(String branch, Api frontline, Api supervisor) {

        /** Branches {@code <prefix>A}, {@code <prefix>B}, ... (branch codes are capital letters). */
        static List<Staff> open(String prefix, int n) {
            List<Staff> branches = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                branches.add(open(prefix + (char) ('A' + i - 1)));
            }
            return branches;
        }

        static Staff open(String code) {
            Api admin = new Api(Server.BASE_URL, "admin", "admin-demo");
            StringBuilder hours = new StringBuilder("[");
            for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
                hours.append(hours.length() > 1 ? "," : "").append("{\"day\":\"").append(day)
                        .append("\",\"opens\":\"00:00\",\"closes\":\"23:59:59\"}");
            }
            admin.post("/api/admin/branches", "{\"code\":\"" + code + "\",\"name\":\"Bench " + code + "\",\"address\":"
                    + "\"Bench Street 1\",\"countryCode\":\"DE\",\"timeZone\":\"UTC\",\"region\":\"DACH\",\"language\":"
                    + "\"en\",\"businessHours\":" + hours + "],\"publicHolidays\":[]}", 201, 409);
            int version = Api.object(admin.get("/api/handbook/in-force")).getJsonObject("version").getInt("number");
            Api[] staff = new Api[2];
            String[] roles = {"FRONTLINE", "SUPERVISOR"};
            for (int i = 0; i < 2; i++) {
                String login = code.toLowerCase(Locale.ROOT) + "-" + roles[i].toLowerCase(Locale.ROOT);
                HttpResponse<String> added = admin.post("/api/admin/staff", "{\"login\":\"" + login + "\",\"name\":\""
                        + code + " " + roles[i] + "\",\"role\":\"" + roles[i] + "\",\"branchCode\":\"" + code
                        + "\",\"language\":\"en\",\"initialPassword\":\"" + INITIAL_PASSWORD + "\"}", 201, 409);
                if (added.statusCode() == 201) {
                    // an administrator's password is changed before anything else (README: Accounts)
                    new Api(Server.BASE_URL, login, INITIAL_PASSWORD).post("/api/account/password",
                            "{\"currentPassword\":\"" + INITIAL_PASSWORD + "\",\"newPassword\":\"" + PASSWORD + "\"}", 204);
                }
                staff[i] = new Api(Server.BASE_URL, login, PASSWORD);
                staff[i].post("/api/handbook/versions/" + version + "/signatures",
                        "{\"password\":\"" + PASSWORD + "\",\"language\":\"en\"}", 201, 409);
            }
            return new Staff(code, staff[0], staff[1]);
        }
    }

    private void row(String db, String stage, Throughput t) {
        Latencies l = t.latencies();
        table.add(new String[] {db, stage, fmt(t.perSecond()), fmt(l.p50()), fmt(l.p99()), fmt(l.max()),
                t.failed() > 0 ? t.failed() + " failed" : ""});
        System.out.printf(Locale.ROOT, "  %s: %.1f/s p50 %.2f p99 %.2f max %.2f ms%n", stage, t.perSecond(), l.p50(),
                l.p99(), l.max());
    }

    private void printTable() {
        String[] header = {"db", "stage", "per s", "p50 ms", "p99 ms", "max ms", "note"};
        int[] widths = new int[header.length];
        List<String[]> all = new ArrayList<>();
        all.add(header);
        all.addAll(table);
        for (String[] row : all) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        System.out.println();
        for (String[] row : all) {
            StringBuilder line = new StringBuilder("| ");
            for (int i = 0; i < row.length; i++) {
                line.append(i >= 2 && i <= 5 ? pad(row[i], widths[i], true) : pad(row[i], widths[i], false)).append(" | ");
            }
            System.out.println(line.toString().stripTrailing());
            if (row == header) {
                StringBuilder rule = new StringBuilder("|");
                for (int width : widths) {
                    rule.append(" ").append("-".repeat(width)).append(" |");
                }
                System.out.println(rule);
            }
        }
    }

    private static String pad(String text, int width, boolean right) {
        String padding = " ".repeat(width - text.length());
        return right ? padding + text : text + padding;
    }

    private static JsonObject throughput(Throughput t) {
        Latencies l = t.latencies();
        return Json.createObjectBuilder().add("operations", t.operations()).add("failed", t.failed())
                .add("seconds", round(t.seconds())).add("perSecond", round(t.perSecond())).add("p50", round(l.p50()))
                .add("p95", round(l.p95())).add("p99", round(l.p99())).add("max", round(l.max())).build();
    }

    private static String fmt(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.1f", value);
    }

    private static double round(double value) {
        return Double.isNaN(value) ? -1 : Math.round(value * 100) / 100.0;
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(cpu);
        } catch (IOException e) {
            // not Linux: the CPU stays unknown
        }
        return Runtime.getRuntime().availableProcessors() + " cores, " + cpu + ", "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB heap for the driver, Java "
                + Runtime.version();
    }

    private static String pretty(JsonObject json) {
        var writer = new java.io.StringWriter();
        Json.createWriterFactory(Map.of(jakarta.json.stream.JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(writer).write(json);
        return writer.toString().strip() + "\n";
    }
}
