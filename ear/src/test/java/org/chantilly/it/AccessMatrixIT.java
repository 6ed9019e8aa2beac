package org.chantilly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chantilly.it.AccessMatrixIT.Role.ADMIN;
import static org.chantilly.it.AccessMatrixIT.Role.AUDITOR;
import static org.chantilly.it.AccessMatrixIT.Role.FRONTLINE;
import static org.chantilly.it.AccessMatrixIT.Role.HANDBOOK_OWNER;
import static org.chantilly.it.AccessMatrixIT.Role.HEAD_OFFICE;
import static org.chantilly.it.AccessMatrixIT.Role.MANAGER;
import static org.chantilly.it.AccessMatrixIT.Role.METRICS;
import static org.chantilly.it.AccessMatrixIT.Role.SUPERVISOR;
import static org.chantilly.it.AccessMatrixIT.Scope.ATTACHMENT;
import static org.chantilly.it.AccessMatrixIT.Scope.BODY_BRANCH;
import static org.chantilly.it.AccessMatrixIT.Scope.BRANCH;
import static org.chantilly.it.AccessMatrixIT.Scope.COMPLAINT;
import static org.chantilly.it.AccessMatrixIT.Scope.EMPLOYEE;
import static org.chantilly.it.AccessMatrixIT.Scope.TASK;
import static org.chantilly.it.support.Api.object;
import static org.chantilly.it.support.Api.postJson;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;

import org.chantilly.it.support.Api;
import org.chantilly.it.support.ChantillyEar;
import org.chantilly.it.support.Poll;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, roles and scopes: every endpoint of the deployed EAR, called as every role and anonymously, on an object of
 * the caller's own branch and of another branch. Anonymous gets 401 (the public endpoints excepted), a role the matrix
 * does not allow gets 403, an allowed role asking for another branch's object gets 404 (so references cannot be
 * probed, whatever the body), an allowed role on its own object gets anything but 401, 403, 404 and 5xx (often a 400
 * or 409: the bodies are invalid on purpose, so that the matrix changes nothing the other tests use).
 *
 * <p>The endpoints are found by reflection in the EAR, so a new endpoint without a line in {@link #MATRIX} fails
 * {@link #everyEndpointHasAnEntryAndEveryEntryAnEndpoint()}. Adding one: one {@code entry(...)} line (method, path
 * template, scope, roles, and if it writes, a body that fails validation), and when it has a new path parameter, one
 * line in {@link #BINDINGS} saying which seeded object it is called with.
 */
@ArquillianTest
@RunAsClient
class AccessMatrixIT {

    /** The roles, each with the demo account that plays it (password: login + "-demo"), of branch HAM, region DACH. */
    enum Role {
        FRONTLINE("frontline"), SUPERVISOR("supervisor"), MANAGER("manager"), HEAD_OFFICE("headoffice"),
        HANDBOOK_OWNER("handbook"), AUDITOR("auditor"), ADMIN("admin"), METRICS("metrics");

        final String login;

        Role(String login) {
            this.login = login;
        }
    }

    /** FRONTLINE, SUPERVISOR, MANAGER: the README's "staff". */
    static final Set<Role> STAFF = EnumSet.of(FRONTLINE, SUPERVISOR, MANAGER);
    /** Every role (not anonymous). */
    static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);
    /** Every role but METRICS, which reads the metrics and nothing else: who reads the handbook. */
    static final Set<Role> HANDBOOK_READERS = EnumSet.complementOf(EnumSet.of(METRICS));
    /** The only endpoints a METRICS account may call (and its own password: an administrator creates the account). */
    static final Set<String> METRICS_MAY = Set.of("GET /api/metrics", "POST /api/account/password");
    /** Every role that may work complaint tasks or handbook review tasks ({@code /api/tasks}). */
    static final Set<Role> TASK_WORKERS = EnumSet.of(FRONTLINE, SUPERVISOR, MANAGER, HEAD_OFFICE, HANDBOOK_OWNER, ADMIN);
    /** No login needed: /api/public. */
    static final Set<Role> PUBLIC = Set.of();

    /**
     * What the object in the path (or, for BODY_BRANCH, the branch named in the body) belongs to. Branch staff reach
     * their branch, managers their region, head office and auditors everything; handbook owners and administrators no
     * complaint, task, branch agenda or employee record (ADMIN does not handle complaints).
     */
    enum Scope {
        /** No branch object: one call per caller. */
        NONE,
        /** {reference}: a complaint, its process, letters and records. */
        COMPLAINT,
        /** {reference}/attachments/{id}. */
        ATTACHMENT,
        /** {id} of a complaint task; only tasks offered to the caller's group (branch, region, head office). */
        TASK,
        /** {code} of a branch: its briefing. */
        BRANCH,
        /** {login} of an employee: their follow-ups (frontline staff only their own). */
        EMPLOYEE,
        /** The body names the branch; another branch is a 400 on that field (README: "a branch the caller works for"). */
        BODY_BRANCH
    }

    // ------------------------------------------------------------------------------------------------------------
    // The matrix: one line per endpoint. Scoped endpoints are called on an own-branch and another branch's object.
    // ------------------------------------------------------------------------------------------------------------

    static final List<Entry> MATRIX = List.of(
            // complaints
            entry("POST", "/api/complaints", scoped(BODY_BRANCH), roles(STAFF)).json(
                    "{\"branchCode\":\"{branch}\",\"channel\":\"IN_PERSON\",\"customer\":{\"name\":\"Matrix customer\"},"
                            + "\"description\":\"Filed by the access matrix.\"}"),
            entry("GET", "/api/complaints", unscoped(), roles(STAFF, HEAD_OFFICE, AUDITOR)),
            entry("GET", "/api/complaints/{reference}", scoped(COMPLAINT), roles(STAFF, HEAD_OFFICE, AUDITOR)),
            entry("GET", "/api/complaints/{reference}/customer-history", scoped(COMPLAINT), roles(STAFF, HEAD_OFFICE, AUDITOR)),
            entry("POST", "/api/complaints/{reference}/duplicate", scoped(COMPLAINT), roles(STAFF)).json("{\"decision\":\"MAYBE\"}"),
            entry("POST", "/api/complaints/{reference}/attachments", scoped(COMPLAINT), roles(STAFF)).file("image/png", "not a png"),
            entry("GET", "/api/complaints/{reference}/attachments/{id}", scoped(ATTACHMENT), roles(STAFF, HEAD_OFFICE, AUDITOR)),
            entry("GET", "/api/complaints/{reference}/acknowledgement-letter", scoped(COMPLAINT), roles(STAFF, HEAD_OFFICE, AUDITOR)),
            entry("POST", "/api/public/complaints", unscoped(), PUBLIC).json("{}"),
            entry("GET", "/api/public/challenge", unscoped(), PUBLIC),
            // processes
            entry("GET", "/api/processes/{reference}", scoped(COMPLAINT), roles(STAFF, HEAD_OFFICE, AUDITOR)),
            entry("GET", "/api/processes/{reference}/instances/{processInstanceId}", scoped(COMPLAINT), roles(STAFF, HEAD_OFFICE, AUDITOR)),
            entry("GET", "/api/processes/{reference}/timeline", scoped(COMPLAINT), roles(STAFF, HEAD_OFFICE, AUDITOR)),
            entry("GET", "/api/processes/{reference}/record", scoped(COMPLAINT), roles(STAFF, HEAD_OFFICE, AUDITOR)),
            entry("GET", "/api/processes/{reference}/outcome-letter", scoped(COMPLAINT), roles(STAFF, HEAD_OFFICE, AUDITOR)),
            entry("GET", "/api/processes/{reference}/evidence", scoped(COMPLAINT), roles(SUPERVISOR, MANAGER, HEAD_OFFICE, AUDITOR)),
            entry("POST", "/api/processes/{reference}/pull-up", scoped(COMPLAINT), roles(SUPERVISOR, MANAGER, HEAD_OFFICE)).json("{\"text\":\"\"}"),
            entry("POST", "/api/processes/{reference}/customer-reply", scoped(COMPLAINT), roles(STAFF, HEAD_OFFICE)).json("{\"text\":\"\"}"),
            entry("POST", "/api/processes/{reference}/answer", scoped(COMPLAINT), roles(STAFF, HEAD_OFFICE)).json("{}"),
            entry("GET", "/api/public/answers/{token}", unscoped(), PUBLIC),
            entry("POST", "/api/public/answers/{token}", unscoped(), PUBLIC).form("satisfied=maybe"),
            // tasks (HANDBOOK_OWNER and ADMIN work handbook review tasks there, never complaint tasks)
            entry("GET", "/api/tasks", unscoped(), roles(TASK_WORKERS)),
            entry("GET", "/api/tasks/{id}", scoped(TASK), roles(TASK_WORKERS)),
            entry("POST", "/api/tasks/{id}/complete", scoped(TASK), roles(TASK_WORKERS)).json("{}"),
            entry("POST", "/api/tasks/{id}/claim", scoped(TASK), roles(TASK_WORKERS)),
            entry("POST", "/api/tasks/{id}/unclaim", scoped(TASK), roles(TASK_WORKERS)),
            entry("POST", "/api/tasks/{id}/assign", scoped(TASK), roles(SUPERVISOR, MANAGER)).json("{\"assignee\":\"\"}"),
            entry("POST", "/api/tasks/{id}/delegate", scoped(TASK), roles(TASK_WORKERS)).json("{\"colleague\":\"\"}"),
            // follow-up
            entry("GET", "/api/branches/{code}/briefing", scoped(BRANCH), roles(STAFF, HEAD_OFFICE, AUDITOR)),
            entry("POST", "/api/branches/{code}/briefings", scoped(BRANCH), roles(SUPERVISOR)).json("{\"attendees\":[]}"),
            entry("GET", "/api/employees/{login}/follow-ups", scoped(EMPLOYEE), roles(STAFF, HEAD_OFFICE, AUDITOR)),
            // incidents
            entry("GET", "/api/incidents", unscoped(), roles(ADMIN)),
            entry("POST", "/api/incidents/{id}/retry", unscoped(), roles(ADMIN))
                    .own(404, "no incident to retry in a shared database: the role check is what is tested"),
            // organisation (administrators; {code} and {login} are throwaway objects of this test)
            entry("GET", "/api/admin/branches", unscoped(), roles(ADMIN)),
            entry("POST", "/api/admin/branches", unscoped(), roles(ADMIN)).json("{}"),
            entry("GET", "/api/admin/branches/{code}", unscoped(), roles(ADMIN)),
            entry("PUT", "/api/admin/branches/{code}", unscoped(), roles(ADMIN)).json("{}"),
            entry("POST", "/api/admin/branches/{code}/deactivate", unscoped(), roles(ADMIN)),
            entry("GET", "/api/admin/staff", unscoped(), roles(ADMIN)),
            entry("POST", "/api/admin/staff", unscoped(), roles(ADMIN)).json("{}"),
            entry("PUT", "/api/admin/staff/{login}", unscoped(), roles(ADMIN)).json("{}"),
            entry("POST", "/api/admin/staff/{login}/deactivate", unscoped(), roles(ADMIN)),
            entry("POST", "/api/admin/staff/{login}/password", unscoped(), roles(ADMIN)).json("{}"),
            // the caller's own password: an invalid body, so that no demo account's password changes or counts a failure
            entry("POST", "/api/account/password", unscoped(), roles(EVERY_ROLE)).json("{}"),
            // the caller's own notifications and mail settings (METRICS is told nothing); an invalid body changes none
            entry("GET", "/api/account/notifications", unscoped(), roles(HANDBOOK_READERS)),
            entry("POST", "/api/account/notifications/read", unscoped(), roles(HANDBOOK_READERS)),
            entry("POST", "/api/account/notifications/{id}/read", unscoped(), roles(HANDBOOK_READERS))
                    .own(404, "no notification of the caller has that id: the role check is what is tested"),
            entry("GET", "/api/account/notifications/settings", unscoped(), roles(HANDBOOK_READERS)),
            entry("PUT", "/api/account/notifications/settings", unscoped(), roles(HANDBOOK_READERS)).json("{}"),
            // personal data: an invalid body, so that neither an erasure nor a retention run touches other tests' data
            entry("POST", "/api/customers/erasure", unscoped(), roles(HEAD_OFFICE, ADMIN)).json("{}"),
            entry("POST", "/api/admin/retention/run", unscoped(), roles(ADMIN)).json("{\"branch\":\"not a branch\"}"),

            entry("GET", "/api/audit/verify", unscoped(), roles(AUDITOR, HEAD_OFFICE, ADMIN)),
            entry("GET", "/api/audit/records", unscoped(), roles(AUDITOR, HEAD_OFFICE)),

            entry("GET", "/api/reports/compliance", unscoped(), roles(MANAGER, HEAD_OFFICE, AUDITOR)),
            // operations: Prometheus scrapes with an account of its own role (administrators may read them too)
            entry("GET", "/api/metrics", unscoped(), roles(METRICS, ADMIN)),
            // handbook
            entry("GET", "/api/handbook/versions", unscoped(), roles(HANDBOOK_READERS)),
            entry("GET", "/api/handbook/in-force", unscoped(), roles(HANDBOOK_READERS)),
            entry("GET", "/api/handbook/versions/{number}", unscoped(), roles(HANDBOOK_READERS)),
            entry("GET", "/api/handbook/versions/{number}/export", unscoped(), roles(HANDBOOK_READERS)),
            entry("GET", "/api/handbook/versions/{from}/compare/{to}", unscoped(), roles(HANDBOOK_READERS)),
            entry("POST", "/api/handbook/versions", unscoped(), roles(HANDBOOK_OWNER))
                    .notCalledAsAllowed("would open a draft nobody can delete, and HandbookIT needs none open; HandbookIT drafts"),
            entry("PUT", "/api/handbook/versions/{number}/sections/{key}", unscoped(), roles(HANDBOOK_OWNER)).json("{}"),
            entry("PUT", "/api/handbook/versions/{number}/texts/{kind}/{key}", unscoped(), roles(HANDBOOK_OWNER)).json("{}"),
            entry("PUT", "/api/handbook/versions/{number}/phrase-guide", unscoped(), roles(HANDBOOK_OWNER)).json("{}"),
            entry("PUT", "/api/handbook/versions/{number}/policy", unscoped(), roles(HANDBOOK_OWNER)).json("{}"),
            entry("POST", "/api/handbook/versions/{number}/submit", unscoped(), roles(HANDBOOK_OWNER)),
            entry("POST", "/api/handbook/versions/{number}/signatures", unscoped(), roles(STAFF, HEAD_OFFICE, HANDBOOK_OWNER)).json("{\"password\":\"\"}"),
            entry("GET", "/api/handbook/signatures/mine", unscoped(), roles(HANDBOOK_READERS)),
            entry("GET", "/api/handbook/signatures", unscoped(), roles(SUPERVISOR, MANAGER, HEAD_OFFICE, AUDITOR, ADMIN)),
            entry("POST", "/api/handbook/supplements", scoped(BODY_BRANCH), roles(SUPERVISOR, HANDBOOK_OWNER)).json(
                    "{\"branchCode\":\"{branch}\",\"title\":\"Matrix\",\"text\":\"Proposed by the access matrix.\"}"),
            entry("POST", "/api/handbook/supplements/{id}/approve", unscoped(), roles(ADMIN, HEAD_OFFICE)),
            entry("POST", "/api/handbook/supplements/{id}/reject", unscoped(), roles(ADMIN, HEAD_OFFICE)),
            entry("GET", "/api/handbook/supplements", unscoped(), roles(HANDBOOK_READERS)));

    // ------------------------------------------------------------------------------------------------------------
    // Path parameters: which seeded object a parameter names, by path prefix (the first matching line wins).
    // ------------------------------------------------------------------------------------------------------------

    static final List<Binding> BINDINGS = List.of(
            bind("/api/complaints/{reference}/attachments/{id}", "id", Obj.ATTACHMENT_ID),
            bind("/api/processes/{reference}/outcome-letter", "reference", Obj.LETTER_COMPLAINT),
            bind("", "reference", Obj.COMPLAINT),
            bind("/api/processes/", "processInstanceId", Obj.TIER_PROCESS),
            bind("/api/tasks/", "id", Obj.TASK_ID),
            bind("/api/incidents/", "id", Obj.NO_SUCH_INCIDENT),
            bind("/api/account/notifications/", "id", Obj.NO_SUCH_NOTIFICATION),
            bind("/api/handbook/supplements/{id}/approve", "id", Obj.SUPPLEMENT_TO_APPROVE),
            bind("/api/handbook/supplements/{id}/reject", "id", Obj.SUPPLEMENT_TO_REJECT),
            bind("/api/handbook/versions/{number}/sections/", "key", Obj.SECTION_KEY),
            bind("/api/handbook/versions/{number}/texts/", "kind", Obj.TEXT_KIND),
            bind("/api/handbook/versions/{number}/texts/", "key", Obj.CUSTOMER_TYPE),
            bind("/api/handbook/", "number", Obj.VERSION_IN_FORCE),
            bind("/api/handbook/", "from", Obj.VERSION_IN_FORCE),
            bind("/api/handbook/", "to", Obj.VERSION_IN_FORCE),
            bind("/api/admin/branches/", "code", Obj.THROWAWAY_BRANCH),
            bind("/api/admin/staff/", "login", Obj.THROWAWAY_STAFF),
            bind("/api/branches/", "code", Obj.BRANCH_CODE),
            bind("/api/employees/", "login", Obj.EMPLOYEE_LOGIN),
            bind("/api/public/answers/", "token", Obj.NO_SUCH_TOKEN),
            bind("", "branch", Obj.BRANCH_CODE)); // {branch} in a body

    /** The objects the calls name, seeded by {@link #seed()}: own = of HAM (DACH), other = of STO (NORDICS). */
    enum Obj {
        COMPLAINT((role, side) -> side == Side.OWN ? seeds.hamComplaint : seeds.stoComplaint),
        ATTACHMENT_ID((role, side) -> side == Side.OWN ? seeds.hamAttachment : seeds.stoAttachment),
        LETTER_COMPLAINT((role, side) -> side == Side.OWN ? seeds.hamLetter : seeds.stoLetter),
        /** The process of the complaint's first tier (the one of COMPLAINT on the same side). */
        TIER_PROCESS((role, side) -> side == Side.OWN ? seeds.hamTierProcess : seeds.stoTierProcess),
        /** A task offered to the role's group: frontline tier for branch staff, management, head office. */
        TASK_ID((role, side) -> switch (role == null ? FRONTLINE : role) {
            case MANAGER -> side == Side.OWN ? seeds.hamManagementTask : seeds.stoManagementTask;
            case HEAD_OFFICE -> side == Side.OWN ? seeds.hamHeadOfficeTask : null; // one head office: no other
            default -> side == Side.OWN ? seeds.hamFrontlineTask : seeds.stoFrontlineTask;
        }),
        BRANCH_CODE((role, side) -> side == Side.OWN ? "HAM" : "STO"),
        EMPLOYEE_LOGIN((role, side) -> side == Side.OWN ? "frontline" : "frontline-sto"),
        VERSION_IN_FORCE((role, side) -> String.valueOf(seeds.versionInForce)),
        SECTION_KEY((role, side) -> "signing"),
        TEXT_KIND((role, side) -> "handlingAdvice"),
        CUSTOMER_TYPE((role, side) -> "ACTIVE_HATER"),
        SUPPLEMENT_TO_APPROVE((role, side) -> seeds.supplementToApprove),
        SUPPLEMENT_TO_REJECT((role, side) -> seeds.supplementToReject),
        THROWAWAY_BRANCH((role, side) -> seeds.throwawayBranch),
        THROWAWAY_STAFF((role, side) -> seeds.throwawayStaff),
        NO_SUCH_INCIDENT((role, side) -> "no-such-incident"),
        NO_SUCH_NOTIFICATION((role, side) -> "0"),
        NO_SUCH_TOKEN((role, side) -> "no-such-token-" + seeds.marker);

        private final BiFunction<Role, Side, String> value;

        Obj(BiFunction<Role, Side, String> value) {
            this.value = value;
        }

        /** The object's id for the caller (null: anonymous) on that side; null when there is none to call with. */
        String of(Role role, Side side) {
            return value.apply(role, side);
        }
    }

    // ------------------------------------------------------------------------------------------------------------

    enum Side { OWN, OTHER }

    /** How far a role reaches for a scope. */
    enum Reach {
        /** Own branch (managers: own region) only: another branch's object is a 404 (BODY_BRANCH: 400). */
        BOUND,
        /** Every branch. */
        ALL,
        /** No branch: every such object is a 404. */
        NONE
    }

    static Reach reach(Scope scope, Role role) {
        if (scope == Scope.NONE) {
            return Reach.ALL;
        }
        return switch (role) {
            case FRONTLINE, SUPERVISOR, MANAGER -> Reach.BOUND;
            case HEAD_OFFICE, AUDITOR -> Reach.ALL;
            // a supplement may be proposed for any branch by the handbook owner
            case HANDBOOK_OWNER, ADMIN -> scope == BODY_BRANCH ? Reach.ALL : Reach.NONE;
            // no branch at all: like an administrator, no complaint or other branch object is the role's
            case METRICS -> Reach.NONE;
        };
    }

    /** The expected answer: an exact status, or "allowed" (anything but 401, 403, 404, 405 and 5xx). */
    record Expect(int status, String why) {

        static final Expect ALLOWED = new Expect(0, null);

        boolean matches(int actual) {
            return status == 0 ? actual < 500 && actual != 401 && actual != 403 && actual != 404 && actual != 405
                    : actual == status;
        }

        @Override
        public String toString() {
            return status == 0 ? "allowed (not 401/403/404/405/5xx)" : String.valueOf(status);
        }
    }

    static final class Entry {
        final String method;
        final String path;
        final Scope scope;
        final Set<Role> roles;
        final boolean open;
        String contentType;
        String body;
        Map<String, String> headers = new LinkedHashMap<>();
        Expect own = Expect.ALLOWED;
        String notCalledAsAllowed;

        Entry(String method, String path, Scope scope, Set<Role> roles) {
            this.method = method;
            this.path = path;
            this.scope = scope;
            this.roles = roles;
            this.open = roles == PUBLIC;
        }

        String key() {
            return method + " " + path;
        }

        Entry json(String json) {
            contentType = "application/json";
            body = json;
            return this;
        }

        Entry form(String form) {
            contentType = "application/x-www-form-urlencoded";
            body = form;
            return this;
        }

        Entry file(String type, String content) {
            contentType = type;
            body = content;
            headers.put("X-File-Name", "matrix.bin");
            return this;
        }

        /** What an allowed role gets on its own object when that is not "allowed" in general. */
        Entry own(int status, String why) {
            own = new Expect(status, why);
            return this;
        }

        /** Allowed roles are not called (the call would change what others rely on); the rest of the row is. */
        Entry notCalledAsAllowed(String why) {
            notCalledAsAllowed = why;
            return this;
        }

        Expect expected(Role role, Side side) {
            if (open) {
                return Expect.ALLOWED;
            }
            if (role == null) {
                return new Expect(401, "anonymous");
            }
            if (!roles.contains(role)) {
                return new Expect(403, "role not allowed");
            }
            Reach reach = reach(scope, role);
            if (reach == Reach.NONE) {
                return new Expect(404, "no object of this kind is the role's");
            }
            if (side == Side.OTHER && reach == Reach.BOUND) {
                return scope == BODY_BRANCH ? new Expect(400, "another branch named in the body")
                        : new Expect(404, "another branch's object");
            }
            return own;
        }
    }

    record Binding(String pathPrefix, String parameter, Obj object) {
    }

    static Entry entry(String method, String path, Scope scope, Set<Role> roles) {
        return new Entry(method, path, scope, roles);
    }

    static Scope scoped(Scope scope) {
        return scope;
    }

    static Scope unscoped() {
        return Scope.NONE;
    }

    static Set<Role> roles(Object... rolesOrSets) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (Object r : rolesOrSets) {
            if (r instanceof Role role) {
                roles.add(role);
            } else {
                ((Collection<?>) r).forEach(x -> roles.add((Role) x));
            }
        }
        return roles;
    }

    static Binding bind(String pathPrefix, String parameter, Obj object) {
        return new Binding(pathPrefix, parameter, object);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Seeds
    // ------------------------------------------------------------------------------------------------------------

    static final class Seeds {
        final String marker = UUID.randomUUID().toString().substring(0, 8);
        int versionInForce;
        String hamComplaint;
        String stoComplaint;
        String hamTierProcess;
        String stoTierProcess;
        String hamAttachment;
        String stoAttachment;
        String hamLetter;
        String stoLetter;
        String hamFrontlineTask;
        String stoFrontlineTask;
        String hamManagementTask;
        String stoManagementTask;
        String hamHeadOfficeTask;
        String supplementToApprove;
        String supplementToReject;
        String throwawayBranch;
        String throwawayStaff;
    }

    static final Seeds seeds = new Seeds();

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ChantillyEar.built();
    }

    @BeforeAll
    static void seed() {
        seeds.versionInForce = Api.handbookInForce();
        // above the frontline, only who has signed the handbook in force decides
        for (String decider : List.of("supervisor", "supervisor-sto", "manager", "manager-nordics", "headoffice")) {
            Api.signHandbook(decider, Api.demoPassword(decider));
        }
        String m = seeds.marker;

        seeds.hamComplaint = file("frontline", "HAM", "IN_PERSON", "Matrix HAM " + m);
        seeds.stoComplaint = file("frontline-sto", "STO", "IN_PERSON", "Matrix STO " + m);
        seeds.hamAttachment = attach("frontline", seeds.hamComplaint);
        seeds.stoAttachment = attach("frontline-sto", seeds.stoComplaint);
        seeds.hamFrontlineTask = taskOf("frontline", seeds.hamComplaint);
        seeds.stoFrontlineTask = taskOf("frontline-sto", seeds.stoComplaint);
        seeds.hamTierProcess = tierProcessOf(seeds.hamComplaint);
        seeds.stoTierProcess = tierProcessOf(seeds.stoComplaint);

        String hamUp = file("frontline", "HAM", "IN_PERSON", "Matrix HAM management " + m);
        escalate("frontline", hamUp);
        escalate("supervisor", hamUp);
        seeds.hamManagementTask = taskOf("manager", hamUp);

        String stoUp = file("frontline-sto", "STO", "IN_PERSON", "Matrix STO management " + m);
        escalate("frontline-sto", stoUp);
        escalate("supervisor-sto", stoUp);
        seeds.stoManagementTask = taskOf("manager-nordics", stoUp);

        String hamTop = file("frontline", "HAM", "IN_PERSON", "Matrix HAM head office " + m);
        escalate("frontline", hamTop);
        escalate("supervisor", hamTop);
        escalate("manager", hamTop);
        seeds.hamHeadOfficeTask = taskOf("headoffice", hamTop);

        seeds.hamLetter = letterWithOutcome("HAM", "frontline", "supervisor", m);
        seeds.stoLetter = letterWithOutcome("STO", "frontline-sto", "supervisor-sto", m);

        seeds.supplementToApprove = supplement();
        seeds.supplementToReject = supplement();
        supplement("supervisor-sto", "STO"); // for the list checks

        seeds.throwawayBranch = "MX" + m.replaceAll("[^a-z]", "x").toUpperCase(Locale.ROOT).substring(0, 4);
        HttpResponse<String> branch = postJson("admin", "/api/admin/branches", Json.createObjectBuilder()
                .add("code", seeds.throwawayBranch).add("name", "Matrix branch").add("address", "Nowhere 1")
                .add("countryCode", "DE").add("timeZone", "Europe/Berlin").add("region", "MATRIX").add("language", "de")
                .add("businessHours", Json.createArrayBuilder()).add("publicHolidays", Json.createArrayBuilder())
                .build().toString());
        assertThat(branch.statusCode()).as(branch.body()).isEqualTo(201);
        seeds.throwawayStaff = "matrix-" + m;
        HttpResponse<String> staff = postJson("admin", "/api/admin/staff", Json.createObjectBuilder()
                .add("login", seeds.throwawayStaff).add("name", "Matrix Clerk").add("role", "FRONTLINE")
                .add("branchCode", seeds.throwawayBranch).add("language", "de")
                .add("initialPassword", "a long enough password").build().toString());
        assertThat(staff.statusCode()).as(staff.body()).isEqualTo(201);
    }

    private static String file(String user, String branch, String channel, String description) {
        HttpResponse<String> filed = postJson(user, "/api/complaints",
                Api.complaint(branch, channel, "Matrix customer", null, null, description));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        return object(filed).getString("reference");
    }

    /** The process instance of the complaint's first tier, as the complaint's process lists it. */
    private static String tierProcessOf(String reference) {
        HttpResponse<String> process = Api.get("auditor", "/api/processes/" + reference);
        assertThat(process.statusCode()).as(process.body()).isEqualTo(200);
        return object(process).getJsonArray("calledProcesses").getJsonObject(0).getString("processInstanceId");
    }

    private static String attach(String user, String reference) {
        HttpResponse<String> added = Api.send(Api.as(user, "/api/complaints/" + reference + "/attachments")
                .header("Content-Type", "image/png").header("X-File-Name", "matrix.png")
                .POST(HttpRequest.BodyPublishers.ofByteArray(PNG)));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        return String.valueOf(object(added).getJsonNumber("id").longValue());
    }

    private static void escalate(String user, String reference) {
        complete(user, taskOf(user, reference), "{\"decision\":\"ESCALATE\",\"reason\":\"Access matrix.\"}");
    }

    private static void complete(String user, String taskId, String input) {
        HttpResponse<String> done = postJson(user, "/api/tasks/" + taskId + "/complete", input);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    }

    /** A letter complaint resolved by the branch's supervisor, so that its outcome letter exists. */
    private static String letterWithOutcome(String branch, String frontline, String supervisor, String m) {
        Api.signHandbook(supervisor, Api.demoPassword(supervisor));
        String body = Api.complaint(branch, "LETTER", Api.customer("Matrix letter", null, null, "Matrixweg 1\n12345 Matrix"),
                "Matrix letter " + m).build().toString();
        HttpResponse<String> filed = postJson(frontline, "/api/complaints", body);
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String reference = object(filed).getString("reference");
        complete(supervisor, taskOf(supervisor, reference, "Task_ArrangePersonalMeeting"),
                "{\"meetingAt\":\"" + LocalDate.now(ZoneOffset.UTC).plusDays(5) + "T10:00:00Z\",\"place\":\"Branch office\",\"attendees\":[\"supervisor\"],"
                        + "\"outcome\":\"Agreed on an apology.\"}");
        complete(supervisor, taskOf(supervisor, reference, "Task_DecideComplaint"),
                "{\"decision\":\"RESOLVE\",\"remedy\":\"APOLOGY\",\"saidToCustomer\":\"We apologise.\"}");
        HttpResponse<String> letter = Poll.until(() -> Api.get("auditor", "/api/processes/" + reference + "/outcome-letter"),
                r -> r.statusCode() == 200, Duration.ofSeconds(60));
        assertThat(letter.statusCode()).as("outcome letter of " + reference + ": " + letter.body()).isEqualTo(200);
        return reference;
    }

    private static String supplement() {
        return supplement("supervisor", "HAM");
    }

    private static String supplement(String user, String branch) {
        HttpResponse<String> proposed = postJson(user, "/api/handbook/supplements",
                "{\"branchCode\":\"" + branch + "\",\"title\":\"Matrix\",\"text\":\"Seeded by the access matrix.\"}");
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        return String.valueOf(object(proposed).getJsonNumber("id").longValue());
    }

    private static String taskOf(String user, String reference) {
        return taskOf(user, reference, "Task_DecideComplaint");
    }

    private static String taskOf(String user, String reference, String kind) {
        return Poll.until(() -> findTask(user, reference, kind), Optional::isPresent, Duration.ofSeconds(60))
                .orElseThrow(() -> new AssertionError("no " + kind + " for " + user + " on " + reference));
    }

    private static Optional<String> findTask(String user, String reference, String kind) {
        HttpResponse<String> response = Api.get(user, "/api/tasks?size=100&complaint=" + reference);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.items(response).stream().map(JsonValue::asJsonObject)
                .filter(t -> reference.equals(t.getString("complaintReference", null)) && kind.equals(t.getString("kind")))
                .map(t -> t.getString("id")).findFirst();
    }

    // ------------------------------------------------------------------------------------------------------------
    // The tests
    // ------------------------------------------------------------------------------------------------------------

    @Test
    void everyEndpointHasAnEntryAndEveryEntryAnEndpoint() throws Exception {
        SortedSet<String> endpoints = Inventory.ofTheEar();
        SortedSet<String> entries = MATRIX.stream().map(Entry::key).collect(Collectors.toCollection(TreeSet::new));
        List<String> duplicates = MATRIX.stream().map(Entry::key).filter(k -> MATRIX.stream().filter(e -> e.key().equals(k)).count() > 1)
                .distinct().toList();
        SortedSet<String> missing = new TreeSet<>(endpoints);
        missing.removeAll(entries);
        SortedSet<String> stale = new TreeSet<>(entries);
        stale.removeAll(endpoints);
        System.out.println("[access matrix] " + endpoints.size() + " endpoints in the EAR, " + MATRIX.size() + " matrix entries");
        assertThat(endpoints).as("the inventory found nothing: is the EAR built?").isNotEmpty();
        assertThat(missing.isEmpty() && stale.isEmpty() && duplicates.isEmpty())
                .as("the access matrix does not match the endpoints of the EAR:%n"
                        + "endpoints without a matrix entry (add one line to AccessMatrixIT.MATRIX):%n  %s%n"
                        + "matrix entries without an endpoint:%n  %s%nduplicate entries:%n  %s",
                        String.join("\n  ", missing), String.join("\n  ", stale), String.join("\n  ", duplicates))
                .isTrue();
    }

    /** The matrix itself keeps the issue's rules, so a wrong entry cannot make a wrong rule pass. */
    @Test
    void theMatrixKeepsTheRulesOfTheIssue() {
        List<String> broken = new ArrayList<>();
        for (Entry e : MATRIX) {
            boolean reads = e.method.equals("GET") || e.method.equals("HEAD");
            // the writes of every role: the caller's own account (password, issue 8; notifications read, mail
            // settings), no record of the chain
            if (!reads && e.roles.contains(AUDITOR) && !e.path.startsWith("/api/account/")) {
                broken.add(e.key() + ": AUDITOR reads everything and changes nothing");
            }
            if (e.roles.contains(ADMIN) && e.scope != Scope.NONE && reach(e.scope, ADMIN) != Reach.NONE) {
                broken.add(e.key() + ": ADMIN does not handle complaints");
            }
            if (e.roles.contains(METRICS) && !METRICS_MAY.contains(e.key())) {
                broken.add(e.key() + ": METRICS reads the metrics and nothing else");
            }
            if (e.path.startsWith("/api/public/") != e.open) {
                broken.add(e.key() + ": public exactly under /api/public/");
            }
        }
        assertThat(broken).as("matrix entries that break the rules of issue 7").isEmpty();
    }

    @Test
    void everyRoleGetsWhatTheMatrixSays() throws IOException {
        List<String> mismatches = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        int calls = 0;
        int skipped = 0;
        List<Role> callers = new ArrayList<>();
        callers.add(null); // anonymous
        callers.addAll(EVERY_ROLE);
        for (Entry e : MATRIX) {
            List<Side> sides = e.scope == Scope.NONE ? List.of(Side.OWN) : List.of(Side.OWN, Side.OTHER);
            StringBuilder row = new StringBuilder(String.format("%-62s", e.key()));
            for (Role role : callers) {
                for (Side side : sides) {
                    String caller = (role == null ? "anonymous" : role.name()) + (sides.size() > 1 ? "/" + side : "");
                    Expect expected = e.expected(role, side);
                    if (e.notCalledAsAllowed != null && role != null && e.roles.contains(role)) {
                        skipped++;
                        row.append(' ').append(caller).append("=skipped");
                        continue;
                    }
                    Optional<String> path = bound(e.path, role, side);
                    if (path.isEmpty()) {
                        skipped++;
                        continue;
                    }
                    HttpResponse<String> response = call(e, role, side, path.get());
                    calls++;
                    int actual = response.statusCode();
                    row.append(' ').append(caller).append('=').append(actual);
                    if (!expected.matches(actual)) {
                        mismatches.add(String.format("%s as %s on %s (%s): expected %s, got %d %s", e.key(), caller,
                                path.get(), expected.why() == null ? "allowed" : expected.why(), expected, actual,
                                abbreviated(response.body())));
                    }
                }
            }
            lines.add(row.toString());
        }
        Path report = Path.of("target", "access-matrix-" + System.getProperty("chantilly.it.db.driver", "db") + ".txt");
        Files.createDirectories(report.getParent());
        Files.write(report, lines, StandardCharsets.UTF_8);
        System.out.printf("[access matrix] %d endpoints x %d callers (8 roles and anonymous) x own/other branch: "
                        + "%d calls, %d not made (allowed calls that would change shared state, or no object of "
                        + "another branch for the role); %d mismatches; every answer in %s%n",
                MATRIX.size(), callers.size(), calls, skipped, mismatches.size(), report.toAbsolutePath());
        assertThat(mismatches).as("access matrix mismatches (endpoint, caller/scope, expected, actual):%n  %s",
                String.join("\n  ", mismatches)).isEmpty();
    }

    /**
     * The lists answer 200 to every allowed role, so the matrix cannot see what is in them: none names an object of a
     * branch the caller may not see, and a filter for such a branch is a 404, as the branch's objects are. (Auditors
     * see the other branch's objects, so that the checks do not pass on empty lists.)
     */
    @Test
    void listsAndFiltersNameNothingOfAnotherBranch() {
        List<String> leaks = new ArrayList<>();
        String m = seeds.marker;
        Set<String> dach = Set.of("STO", "HEL"); // what a DACH manager must never see
        onlyBranches(leaks, "frontline", "/api/complaints?size=100&q=" + m, "items", Set.of("HAM"), null);
        onlyBranches(leaks, "supervisor", "/api/complaints?size=100&q=" + m, "items", Set.of("HAM"), null);
        onlyBranches(leaks, "manager", "/api/complaints?size=100&q=" + m, "items", null, dach);
        notFound(leaks, "frontline", "/api/complaints?size=100&branch=STO");
        notFound(leaks, "frontline", "/api/complaints?size=100&branch=HAM&branch=STO");
        onlyBranches(leaks, "frontline", "/api/tasks?size=100", "items", Set.of("HAM"), null);
        onlyBranches(leaks, "supervisor", "/api/tasks?size=100", "items", Set.of("HAM"), null);
        onlyBranches(leaks, "manager", "/api/tasks?size=100", "items", null, dach);
        notFound(leaks, "frontline", "/api/tasks?branch=STO");
        notFound(leaks, "frontline", "/api/tasks?complaint=" + seeds.stoComplaint);
        onlyBranches(leaks, "supervisor", "/api/handbook/signatures", null, Set.of("HAM"), null);
        notFound(leaks, "supervisor", "/api/handbook/signatures?branch=STO");
        notFound(leaks, "manager", "/api/reports/compliance?from=2026-01-01&to=2026-12-31&branch=STO");
        onlyBranches(leaks, "manager", "/api/handbook/signatures", null, null, dach);
        onlyBranches(leaks, "supervisor", "/api/handbook/supplements", null, Set.of("HAM"), null);
        onlyBranches(leaks, "manager", "/api/handbook/supplements", null, null, dach);
        for (String user : List.of("admin", "handbook")) {
            Api.allTasks(user).stream().filter(t -> !t.getString("kind", "").contains("Handbook"))
                    .forEach(t -> leaks.add(user + " GET /api/tasks lists complaint task " + t));
        }
        JsonObject all = object(Api.get("auditor", "/api/complaints?size=100&q=" + m));
        if (all.getJsonArray("items").stream().noneMatch(c -> seeds.stoComplaint.equals(c.asJsonObject().getString("reference")))) {
            leaks.add("the auditor does not find " + seeds.stoComplaint + ": the list checks above prove nothing");
        }
        if (Api.allTasks("supervisor-sto").stream()
                .noneMatch(t -> seeds.stoFrontlineTask.equals(t.getString("id")))) {
            leaks.add("supervisor-sto does not see " + seeds.stoFrontlineTask + ": the task list checks prove nothing");
        }
        if (Api.array(Api.get("auditor", "/api/handbook/supplements")).stream()
                .noneMatch(x -> "STO".equals(x.asJsonObject().getString("branchCode")))) {
            leaks.add("the auditor sees no STO supplement: the supplement list checks prove nothing");
        }
        assertThat(leaks).as("lists that name another branch's objects:%n  %s", String.join("\n  ", leaks)).isEmpty();
    }

    /** Every element of the list (at the field, or the answer itself) has a branchCode within / outside the sets. */
    /** A filter for a branch outside the caller's scope answers 404, the same as for a branch that does not exist. */
    private static void notFound(List<String> leaks, String user, String path) {
        HttpResponse<String> response = Api.get(user, path);
        if (response.statusCode() != 404) {
            leaks.add(user + " GET " + path + ": expected 404, got " + response.statusCode() + " "
                    + abbreviated(response.body()));
        }
    }

    private static void onlyBranches(List<String> leaks, String user, String path, String field, Set<String> within,
                                     Set<String> never) {
        HttpResponse<String> response = Api.get(user, path);
        if (response.statusCode() != 200) {
            leaks.add(user + " GET " + path + ": " + response.statusCode() + " " + abbreviated(response.body()));
            return;
        }
        List<JsonObject> items = (field == null ? Api.array(response) : object(response).getJsonArray(field)).stream()
                .map(JsonValue::asJsonObject).toList();
        for (JsonObject item : items) {
            String branch = item.isNull("branchCode") ? null : item.getString("branchCode", null);
            if ((within != null && !within.contains(branch)) || (never != null && never.contains(branch))) {
                leaks.add(user + " GET " + path + " lists an object of branch " + branch + ": " + abbreviated(item.toString()));
            }
        }
    }

    private static Optional<String> bound(String template, Role role, Side side) {
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = value(template, m.group(1), role, side);
            if (value == null) {
                return Optional.empty();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return Optional.of(out.toString());
    }

    private static String value(String template, String parameter, Role role, Side side) {
        Binding binding = BINDINGS.stream()
                .filter(b -> b.parameter().equals(parameter) && template.startsWith(b.pathPrefix()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no binding for {" + parameter + "} of " + template
                        + ": add a line to AccessMatrixIT.BINDINGS"));
        return binding.object().of(role, side);
    }

    private static HttpResponse<String> call(Entry e, Role role, Side side, String path) {
        HttpRequest.Builder request = role == null ? Api.request(path) : Api.as(role.login, path);
        e.headers.forEach(request::header);
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        if (e.body != null) {
            String text = e.body.replace("{branch}", value("", "branch", role, side));
            body = HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
            request.header("Content-Type", e.contentType);
        } else if (!e.method.equals("GET") && !e.method.equals("HEAD")) {
            request.header("Content-Type", "application/json");
        }
        return Api.send(request.method(e.method, body));
    }

    private static String abbreviated(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "..." : flat;
    }

    // ------------------------------------------------------------------------------------------------------------
    // The endpoint inventory: the JAX-RS resources of the EAR the tests deploy, by reflection
    // ------------------------------------------------------------------------------------------------------------

    /**
     * Every "METHOD /path" of the built EAR: its {@code lib/} jars and its WAR's classes are opened, each class of an
     * {@code org.chantilly} package that mentions {@code jakarta.ws.rs.Path} is loaded, and the application path, the
     * class's and method's paths (sub-resource locators followed) and the HTTP method annotations are combined.
     */
    static final class Inventory {

        private static final String PACKAGE = "org/chantilly/";

        static SortedSet<String> ofTheEar() throws IOException {
            Path ear = Path.of(System.getProperty("chantilly.it.ear", "target/chantilly.ear"));
            Path dir = Files.createTempDirectory("access-matrix-ear");
            List<Path> roots = new ArrayList<>();
            try (ZipFile zip = new ZipFile(ear.toFile())) {
                for (ZipEntry entry : list(zip)) {
                    if (entry.getName().endsWith(".jar")) {
                        roots.add(copy(zip, entry, dir));
                    } else if (entry.getName().endsWith(".war")) {
                        Path war = copy(zip, entry, dir);
                        Path classes = dir.resolve("war-classes-" + war.getFileName());
                        try (ZipFile warZip = new ZipFile(war.toFile())) {
                            for (ZipEntry inWar : list(warZip)) {
                                String name = inWar.getName();
                                if (name.startsWith("WEB-INF/classes/") && !inWar.isDirectory()) {
                                    Path target = classes.resolve(name.substring("WEB-INF/classes/".length()));
                                    Files.createDirectories(target.getParent());
                                    try (InputStream in = warZip.getInputStream(inWar)) {
                                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                                    }
                                } else if (name.startsWith("WEB-INF/lib/") && name.endsWith(".jar")) {
                                    roots.add(copy(warZip, inWar, dir));
                                }
                            }
                        }
                        roots.add(classes);
                    }
                }
            }
            List<String> candidates = new ArrayList<>();
            for (Path root : roots) {
                candidates.addAll(Files.isDirectory(root) ? candidatesInDirectory(root) : candidatesInJar(root));
            }
            URL[] urls = roots.stream().map(p -> {
                try {
                    return p.toUri().toURL();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toArray(URL[]::new);
            String applicationPath = null;
            List<Class<?>> resources = new ArrayList<>();
            try (URLClassLoader loader = new URLClassLoader(urls, AccessMatrixIT.class.getClassLoader())) {
                for (String name : candidates) {
                    Class<?> type;
                    try {
                        type = Class.forName(name, false, loader);
                    } catch (ClassNotFoundException | LinkageError e) {
                        throw new AssertionError("cannot inspect " + name + " for endpoints", e);
                    }
                    ApplicationPath app = type.getAnnotation(ApplicationPath.class);
                    if (app != null) {
                        assertThat(applicationPath).as("one JAX-RS application").isNull();
                        applicationPath = app.value();
                    }
                    if (type.isAnnotationPresent(jakarta.ws.rs.Path.class) && !type.isInterface()
                            && !java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
                        resources.add(type);
                    }
                }
                assertThat(applicationPath).as("the @ApplicationPath of the EAR").isNotNull();
                SortedSet<String> endpoints = new TreeSet<>();
                for (Class<?> resource : resources) {
                    collect(resource, join(applicationPath, resource.getAnnotation(jakarta.ws.rs.Path.class).value()),
                            endpoints, 0);
                }
                return endpoints;
            }
        }

        private static void collect(Class<?> type, String prefix, Set<String> endpoints, int depth) {
            if (depth > 5) {
                throw new AssertionError("sub-resource locators nest too deep under " + prefix);
            }
            for (Method method : type.getMethods()) {
                if (method.isBridge() || method.isSynthetic()) {
                    continue;
                }
                jakarta.ws.rs.Path path = method.getAnnotation(jakarta.ws.rs.Path.class);
                String full = path == null ? prefix : join(prefix, path.value());
                List<String> verbs = Arrays.stream(method.getAnnotations())
                        .map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                        .filter(h -> h != null).map(HttpMethod::value).toList();
                if (!verbs.isEmpty()) {
                    verbs.forEach(verb -> endpoints.add(verb + " " + full));
                } else if (path != null) {
                    collect(method.getReturnType(), full, endpoints, depth + 1); // sub-resource locator
                }
            }
        }

        static String join(String... parts) {
            String joined = "/" + String.join("/", parts);
            joined = joined.replaceAll("\\{\\s*([^:}\\s]+)\\s*(:[^}]*)?}", "{$1}").replaceAll("/+", "/");
            return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
        }

        private static List<ZipEntry> list(ZipFile zip) {
            List<ZipEntry> entries = new ArrayList<>();
            Enumeration<? extends ZipEntry> e = zip.entries();
            while (e.hasMoreElements()) {
                entries.add(e.nextElement());
            }
            return entries;
        }

        private static Path copy(ZipFile zip, ZipEntry entry, Path dir) throws IOException {
            Path target = dir.resolve(Path.of(entry.getName()).getFileName().toString());
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        }

        private static List<String> candidatesInJar(Path jar) throws IOException {
            List<String> names = new ArrayList<>();
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (ZipEntry entry : list(zip)) {
                    if (entry.getName().startsWith(PACKAGE) && entry.getName().endsWith(".class")) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            if (mentionsJaxRsPaths(in.readAllBytes())) {
                                names.add(className(entry.getName()));
                            }
                        }
                    }
                }
            }
            return names;
        }

        private static List<String> candidatesInDirectory(Path root) throws IOException {
            List<String> names = new ArrayList<>();
            Path base = root.resolve(PACKAGE);
            if (!Files.isDirectory(base)) {
                return names;
            }
            try (var files = Files.walk(base)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    if (mentionsJaxRsPaths(Files.readAllBytes(file))) {
                        names.add(className(root.relativize(file).toString().replace('\\', '/')));
                    }
                }
            }
            return names;
        }

        private static boolean mentionsJaxRsPaths(byte[] classFile) {
            String text = new String(classFile, StandardCharsets.ISO_8859_1);
            return text.contains("Ljakarta/ws/rs/Path;") || text.contains("Ljakarta/ws/rs/ApplicationPath;");
        }

        private static String className(String entry) {
            return entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
        }
    }
}
