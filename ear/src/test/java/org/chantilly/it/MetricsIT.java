package org.chantilly.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chantilly.it.support.Api;
import org.chantilly.it.support.ChantillyEar;
import org.chantilly.it.support.Poll;
import org.chantilly.it.support.Work;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The operators' figures in the Prometheus text format, as Prometheus scrapes them with an account of the role METRICS
 * (the demo account {@code metrics}), which may read them and nothing else; administrators may read them too.
 */
@ArquillianTest
@RunAsClient
class MetricsIT {

    private static final String METRICS = "/api/metrics";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ChantillyEar.built();
    }

    /** One scrape: its lines of samples, {@code name{labels} value}. */
    record Scrape(String text) {

        private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})? (\\S+)$");

        static Scrape asAdmin() {
            HttpResponse<String> response = Api.get("admin", METRICS);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return new Scrape(response.body());
        }

        /** The value of the one sample of that name that has all these labels ({@code key="value"}), if there is one. */
        Optional<Double> value(String name, String... labels) {
            List<Double> values = text.lines().map(SAMPLE::matcher).filter(Matcher::matches)
                    .filter(m -> m.group(1).equals(name))
                    .filter(m -> Arrays.stream(labels).allMatch(l -> m.group(2) != null && m.group(2).contains(l)))
                    .map(m -> Double.valueOf(m.group(3)))
                    .toList();
            assertThat(values).as(name + " " + Arrays.toString(labels)).hasSizeLessThanOrEqualTo(1);
            return values.stream().findFirst();
        }

        double received(String channel) {
            return value("chantilly_complaints_received_total", "channel=\"" + channel + "\"").orElseThrow();
        }

        double openAt(String tier) {
            return value("chantilly_complaints_open", "tier=\"" + tier + "\"").orElseThrow();
        }
    }

    @Test
    void anonymousCallersAreAskedToLogInAndOtherRolesAreRefused() {
        HttpResponse<String> anonymous = Api.send(Api.request(METRICS).GET());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic"));
        assertThat(Api.send(Api.as("admin", "not the password", METRICS).GET()).statusCode()).isEqualTo(401);
        for (String user : List.of("frontline", "supervisor", "manager", "headoffice", "handbook", "auditor")) {
            HttpResponse<String> refused = Api.get(user, METRICS);
            assertThat(refused.statusCode()).as(user).isEqualTo(403);
            assertThat(refused.body()).as(user).doesNotContain("chantilly_");
        }
    }

    @Test
    void theMetricsAccountReadsTheMetricsAndNothingElse() throws Exception {
        HttpResponse<String> scrape = Api.get("metrics", METRICS);
        assertThat(scrape.statusCode()).as(scrape.body()).isEqualTo(200);
        assertThat(scrape.body()).contains("# TYPE chantilly_complaints_received_total counter");
        for (String path : List.of("/api/complaints", "/api/tasks", "/api/handbook/in-force", "/api/handbook/versions",
                "/api/handbook/signatures/mine", "/api/audit/verify", "/api/admin/staff", "/api/incidents",
                "/api/reports/compliance")) {
            HttpResponse<String> refused = Api.get("metrics", path);
            assertThat(refused.statusCode()).as(path + ": " + refused.body()).isEqualTo(403);
            assertThat(refused.body()).as(path).contains("https://chantilly.org/problems/forbidden");
        }
        // nor the console: the form login succeeds, every page is refused
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        URI console = Api.BASE.resolve("/console/");
        browser.send(HttpRequest.newBuilder(console).GET().build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(Api.BASE.resolve("/console/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=metrics&j_password="
                        + Api.demoPassword("metrics"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as("the login itself").isIn(302, 303);
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(console).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as("the console's start page").isEqualTo(403);
    }

    @Test
    void administratorsReadTheTextFormatWithHelpForEveryMeter() {
        HttpResponse<String> response = Api.get("admin", METRICS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain").contains("version=0.0.4"));
        assertThat(response.body()).contains(
                "# HELP chantilly_complaints_received_total ", "# TYPE chantilly_complaints_received_total counter",
                "# HELP chantilly_complaints_open ", "# TYPE chantilly_complaints_open gauge",
                "# HELP chantilly_deadlines_overdue ", "# HELP chantilly_deadline_breaches_total ",
                "# HELP chantilly_jobs_due ", "# HELP chantilly_jobs_failed ", "# HELP chantilly_incidents_open ",
                "# TYPE chantilly_api_requests_seconds histogram",
                // the JVM's
                "jvm_memory_used_bytes{", "jvm_threads_live_threads ", "process_uptime_seconds ");
        Scrape scrape = new Scrape(response.body());
        for (String clock : List.of("ACKNOWLEDGE", "RESOLVE_FRONTLINE", "RESOLVE_SUPERVISOR", "RESOLVE_MANAGEMENT",
                "RESOLVE_HEAD_OFFICE")) {
            assertThat(scrape.value("chantilly_deadline_breaches_total", "clock=\"" + clock + "\"")).as(clock).isPresent();
            assertThat(scrape.value("chantilly_deadlines_overdue", "clock=\"" + clock + "\"")).as(clock)
                    .hasValueSatisfying(overdue -> assertThat(overdue).isGreaterThanOrEqualTo(0));
        }
        for (String figure : List.of("chantilly_jobs_due", "chantilly_jobs_failed", "chantilly_incidents_open")) {
            assertThat(scrape.value(figure)).as(figure).hasValueSatisfying(value -> assertThat(value).isGreaterThanOrEqualTo(0));
        }
    }

    @Test
    void aFiledComplaintIsCountedWaitsAtTheFrontlineAndItsRequestIsTimed() {
        double receivedBefore = Scrape.asAdmin().received("PHONE");

        Work.file("frontline", Api.complaint("HAM", "PHONE", "Mila Novak", null, "+49 40 555 0100",
                "The kettle's lid does not close."));

        // counted once the intake committed; the open figures are read again at most every ten seconds
        Scrape after = Poll.until(Scrape::asAdmin,
                s -> s.received("PHONE") >= receivedBefore + 1 && s.openAt("FRONTLINE") >= 1, Duration.ofSeconds(30));
        assertThat(after.received("PHONE")).isGreaterThanOrEqualTo(receivedBefore + 1);
        assertThat(after.openAt("FRONTLINE")).isGreaterThanOrEqualTo(1);
        for (String tier : List.of("SUPERVISOR", "MANAGEMENT", "HEAD_OFFICE")) {
            assertThat(after.openAt(tier)).as(tier).isGreaterThanOrEqualTo(0);
        }

        String filing = "route=\"/api/complaints\"";
        assertThat(after.value("chantilly_api_requests_seconds_count", "method=\"POST\"", filing, "status=\"2xx\""))
                .hasValueSatisfying(count -> assertThat(count).isGreaterThanOrEqualTo(1));
        assertThat(after.value("chantilly_api_requests_seconds_bucket", "method=\"POST\"", filing, "status=\"2xx\"",
                "le=\"+Inf\"")).hasValueSatisfying(count -> assertThat(count).isGreaterThanOrEqualTo(1));
        assertThat(after.value("chantilly_api_requests_seconds_sum", "method=\"POST\"", filing, "status=\"2xx\""))
                .hasValueSatisfying(seconds -> assertThat(seconds).isPositive());
        // the route is the template, never the reference itself
        assertThat(after.text()).doesNotContainPattern("route=\"[^\"]*HAM-\\d{4}-");
    }

    @Test
    void refusedRequestsAreTimedUnderOneRoute() {
        Api.send(Api.request("/api/complaints/HAM-2026-000001").GET());

        Scrape scrape = Scrape.asAdmin();
        assertThat(scrape.value("chantilly_api_requests_seconds_count", "method=\"GET\"", "route=\"UNMATCHED\"",
                "status=\"4xx\"")).hasValueSatisfying(count -> assertThat(count).isGreaterThanOrEqualTo(1));
    }
}
