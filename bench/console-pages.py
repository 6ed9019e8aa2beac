#!/usr/bin/env python3
"""Page load times of the staff console on PostgreSQL with many complaints.

Run from the repository root after `./mvnw -B package -DskipTests` (it uses the server the build provisioned):

    python3 bench/console-pages.py [--complaints 1000000] [--filed 300] [--repeat 30]

It creates the database `chantilly_console_bench` on 127.0.0.1:5432 (user postgres, trust auth), starts the
provisioned WildFly with the EAR and the demo data, files complaints through the API (so there are processes, tasks
and escalations), loads many more complaint rows with one INSERT ... SELECT (the same shape as bench/search-plans.sql),
then logs in through the console's login form as each demo user and requests each main page `--repeat` times. It
prints the server's response time per page (p50, p95, p99, max, in milliseconds; the HTML only: styles and scripts are
cached by the browser after the first page) and writes them to bench/results/console-pages.json.
"""
import argparse
import base64
import http.cookiejar
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SERVER = os.path.join(ROOT, "ear", "target", "server")
EAR = os.path.join(ROOT, "ear", "target", "chantilly.ear")
BASE = "http://localhost:8080"
DB = "chantilly_console_bench"


def psql(sql, db=DB):
    subprocess.run(["psql", "-q", "-h", "127.0.0.1", "-U", "postgres", "-d", db, "-v", "ON_ERROR_STOP=1", "-c", sql],
                   check=True, stdout=subprocess.DEVNULL)


def api(method, path, user, body=None):
    request = urllib.request.Request(BASE + path, method=method, data=None if body is None else json.dumps(body).encode())
    request.add_header("Authorization", "Basic " + base64.b64encode(f"{user}:{user}-demo".encode()).decode())
    request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=60) as response:
        text = response.read().decode()
        return json.loads(text) if text.startswith(("{", "[")) else text


def wait_ready(timeout=180):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with urllib.request.urlopen("http://localhost:9990/health/ready", timeout=5) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, OSError):
            pass
        time.sleep(2)
    sys.exit("the server did not become ready")


def file_complaints(count):
    """Complaints through the API: half resolved on the spot, half handed over to the supervisor."""
    for user in ("frontline", "supervisor"):
        try:
            api("POST", "/api/handbook/versions/1/signatures", user, {"password": f"{user}-demo", "language": "en"})
        except urllib.error.HTTPError:
            pass  # already signed
    references = []
    for i in range(count):
        created = api("POST", "/api/complaints", "frontline", {
            "branchCode": "HAM", "channel": "EMAIL",
            "customer": {"name": f"Bench Customer {i}", "email": f"bench{i}@example.org", "consentToContact": True},
            "description": f"Bench complaint {i}: the coffee machine leaks."})
        references.append(created["reference"])
    # every other one is handed over to the supervisor, so that the escalation queue has work in it
    tasks = api("GET", "/api/tasks?size=100", "frontline")
    items = tasks["items"] if isinstance(tasks, dict) else tasks
    for task in items[::2]:
        try:
            api("POST", f"/api/tasks/{task['id']}/complete", "frontline",
                {"decision": "ESCALATE", "reason": "The customer asks for more than I may grant."})
        except urllib.error.HTTPError:
            pass
    return references


def load_rows(count):
    psql(f"""
insert into complaint (id, reference, branch_code, channel, customer_name, customer_email, customer_phone,
                       customer_language, customer_consent, email_key, phone_key, customer_type, category, severity,
                       description, status, received_at, received_by, expected_response_by, ack_kind, ack_text, version)
select 100000000 + i,
       'LOAD-' || b.code || '-' || i,
       b.code,
       (array['IN_PERSON','PHONE','EMAIL','LETTER','SMS','WEB'])[1 + i % 6],
       'Customer ' || i, 'customer' || (i % 200000) || '@example.org', null, 'de', true,
       'customer' || (i % 200000) || '@example.org', null,
       (array['ACTIVE_HATER','EXTREME_CRITIC','IRRITATED_LOYAL','PASSIONATE_LOYAL','UNKNOWN'])[1 + i % 5],
       (array['PRODUCT_QUALITY','DELIVERY','PRICE_OR_BILLING','STAFF_BEHAVIOUR','WAITING_TIME','OTHER'])[1 + i % 6],
       (array['LOW','MEDIUM','HIGH','CRITICAL'])[1 + i % 4],
       'Complaint number ' || i || ' about ' || (array['a leaking kettle','a late delivery','a rude answer','a wrong price','a long queue'])[1 + i % 5],
       (array['RECEIVED','ACKNOWLEDGED','RESOLVED','CLOSED'])[1 + i % 4],
       now() - ((i % 730) * interval '1 day') - ((i % 86400) * interval '1 second'),
       'frontline', now() - ((i % 730) * interval '1 day') + interval '2 days', 'SCRIPT', 'Thank you.', 0
from generate_series(1, {count}) as i
cross join lateral (select (array['HAM','STO','HEL'])[1 + i % 3] as code) b;
analyze complaint;""")


class Browser:
    """One employee's session: the login form, then pages with the session cookie, as a browser does."""

    def __init__(self, user):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.get("/console/")
        data = urllib.parse.urlencode({"j_username": user, "j_password": f"{user}-demo"}).encode()
        self.opener.open(BASE + "/console/j_security_check", data=data, timeout=60).read()

    def get(self, path):
        started = time.perf_counter()
        with self.opener.open(BASE + path, timeout=120) as response:
            body = response.read().decode()
            status = response.status
        return (time.perf_counter() - started) * 1000, status, body


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--complaints", type=int, default=1_000_000)
    parser.add_argument("--filed", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()

    subprocess.run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", DB], check=True)
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", DB], check=True)
    deployments = os.path.join(SERVER, "standalone", "deployments")
    for name in os.listdir(deployments):
        if name.startswith("chantilly.ear"):
            os.remove(os.path.join(deployments, name))
    shutil.copy(EAR, deployments)
    environment = dict(os.environ, JAVA_OPTS="-Xms512m -Xmx1g -XX:+UseParallelGC -Djava.net.preferIPv4Stack=true",
                       CHANTILLY_DB_DRIVER="postgresql", CHANTILLY_DB_URL=f"jdbc:postgresql://127.0.0.1:5432/{DB}",
                       CHANTILLY_DB_USER="postgres", CHANTILLY_DB_PASSWORD="postgres")
    server = subprocess.Popen([os.path.join(SERVER, "bin", "standalone.sh"), "-Dchantilly.demo-data=true"],
                              env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True)
    try:
        wait_ready()
        started = time.time()
        references = file_complaints(args.filed)
        print(f"filed {len(references)} complaints through the API in {time.time() - started:.1f} s", flush=True)
        started = time.time()
        load_rows(args.complaints)
        print(f"loaded {args.complaints} complaint rows in {time.time() - started:.1f} s", flush=True)

        reference = references[-1] if references else ""
        pages = [
            ("frontline", "/console/", "start page"),
            ("frontline", "/console/frontline/new.xhtml", "new complaint form"),
            ("frontline", "/console/frontline/tasks.xhtml", "my tasks"),
            ("frontline", "/console/frontline/open.xhtml", "branch's open complaints"),
            ("supervisor", "/console/supervisor/queue.xhtml", "escalation queue"),
            ("supervisor", f"/console/complaints/view.xhtml?ref={reference}", "complaint page"),
            ("supervisor", "/console/account/notifications.xhtml", "notifications"),
            ("supervisor", "/console/supervisor/briefing.xhtml", "pre-shift briefing"),
            ("frontline", "/console/handbook/read.xhtml", "handbook"),
            ("auditor", "/console/auditor/report.xhtml", "compliance report"),
            ("auditor", "/console/auditor/chain.xhtml", "audit trail"),
            ("admin", "/console/admin/staff.xhtml", "staff"),
        ]
        sessions = {}
        rows = []
        for user, path, name in pages:
            browser = sessions.setdefault(user, Browser(user))
            times = []
            status = None
            for _ in range(args.repeat + 2):
                elapsed, status, body = browser.get(path)
                times.append(elapsed)
            times = times[2:]  # the first two warm the page's code paths
            if path.endswith("open.xhtml") and args.complaints > 100_000:
                # a branch with more than 10,000 open complaints: "more than 10,000" in the employee's language
                shown = re.findall(r'ui-paginator-current[^>]*>([^<]*)<', body)
                if not shown or re.search(r"/ [0-9]+$", shown[0]):
                    raise SystemExit(f"the open complaints of a branch with more than 10,000 say {shown}")
            rows.append({"page": name, "path": path, "user": user, "status": status,
                         "p50_ms": round(statistics.median(times), 1), "p95_ms": round(percentile(times, 0.95), 1),
                         "p99_ms": round(percentile(times, 0.99), 1), "max_ms": round(max(times), 1)})
        print(f"\n{'page':28} {'user':11} {'status':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}")
        for row in rows:
            print(f"{row['page']:28} {row['user']:11} {row['status']:>6} {row['p50_ms']:>8} {row['p95_ms']:>8} {row['p99_ms']:>8} {row['max_ms']:>8}")
        result = {"date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "database": "PostgreSQL 127.0.0.1:5432",
                  "complaints": args.complaints + args.filed, "filed_through_api": args.filed,
                  "repeat": args.repeat, "cpus": os.cpu_count(), "pages": rows}
        os.makedirs(os.path.join(ROOT, "bench", "results"), exist_ok=True)
        with open(os.path.join(ROOT, "bench", "results", "console-pages.json"), "w") as out:
            json.dump(result, out, indent=2)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=60)


if __name__ == "__main__":
    main()
