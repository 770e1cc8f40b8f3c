# ruff: noqa: E402
"""1,000 signatures of one joint statement at once, over real HTTP to a served instance.

    python bench/signatures.py [--database sqlite|postgresql|both] [--clients 1000]
        [--duplicates 100] [--workers N] [--postgres-url URL] [--redis-url URL] [--keep]

For each database (both by default) it builds a fresh site in a scratch directory (SQLite)
or a scratch PostgreSQL database, prepares one open statement in three languages with
`--clients` invitations, `--duplicates` of them to organisations already invited, serves the
site with gunicorn and the shipped gunicorn.conf.py on production settings, then starts all
clients at once: each GETs its signing page (CSRF cookie and token, the signed start time)
and POSTs the form. Then it counts from the database and prints a table per database:

- lost: the answer was the "signed" page but the organisation has no active signature;
- duplicated: organisations with more than one active signature (the database forbids it);
- 5xx, other non-2xx, no answer (connection refused, reset or timed out), refused (the form
  came back with an error);
- latency of the POSTs (p50, p95, max), and whether the signature log's chain verifies.

Exits non-zero unless lost, duplicated, 5xx, other non-2xx, no answer and refused are all 0
and the chain verifies. The settings are the production settings (rightshouse/settings/
production.py) with three changes, in a settings module written to the scratch directory:
forms may be sent at once (SUBMISSION_MIN_SECONDS = 0), the hourly signature limit is out of
reach, and e-mail stays in memory (the clients leave the address empty, so none is sent).
"""

import argparse
import contextlib
import http.client
import json
import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlencode, urlsplit

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))

CLIENT_TIMEOUT = 600
START_TIMEOUT = 120
DEFAULT_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/rightshouse_bench_signatures"
SETTINGS_MODULE = "bench_signatures_settings"
SETTINGS_SOURCE = """\
from rightshouse.settings.production import *  # noqa: F403

SUBMISSION_MIN_SECONDS = 0
STATEMENT_SIGNATURES_PER_HOUR = 1_000_000
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STATIC_ROOT = {static_root!r}
"""
# A form sent back has its error summary (principles/includes/form_error_summary.html); the
# "signed" page (a first signature or a re-confirmation) has neither it nor the form.
ERROR_SUMMARY = re.compile(r'class="error-summary".*?<ul>(.*?)</ul>', re.DOTALL)
FORM_FIELD = 'name="representative_name"'


# --- the served instance ----------------------------------------------------------------


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def server_env(database, args, scratch, work):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DATABASE_URL", "REDIS_URL", "GUNICORN_CMD_ARGS", "DJANGO_SETTINGS_MODULE")
    }
    env.update(
        DJANGO_SETTINGS_MODULE=SETTINGS_MODULE,
        PYTHONPATH=os.pathsep.join([str(scratch), str(REPOSITORY)]),
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1",
        WAGTAILADMIN_BASE_URL="http://127.0.0.1",
        SECURE_SSL_REDIRECT="0",
        RIGHTSHOUSE_VAR_DIR=str(work / "var"),
        GUNICORN_ACCESS_LOG=str(work / "access.log"),
        GUNICORN_ERROR_LOG=str(work / "error.log"),
    )
    if args.workers:
        env["GUNICORN_WORKERS"] = str(args.workers)
    if database == "postgresql":
        env["DATABASE_URL"] = args.postgres_url
        if args.redis_url:
            env["REDIS_URL"] = args.redis_url
    return env


def recreate_postgres_database(url):
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin_url = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')


def run(env, *command, capture=False):
    result = subprocess.run(  # noqa: S603 (arguments written in this file)
        [sys.executable, *command],
        cwd=REPOSITORY,
        env=env,
        check=True,
        stdout=subprocess.PIPE if capture else None,
        text=True,
    )
    return result.stdout


def wait_for_port(port, process):
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"gunicorn exited with {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"gunicorn did not listen on port {port} within {START_TIMEOUT}s")


@contextlib.contextmanager
def served(env, work):
    """gunicorn with the shipped configuration, in its own process group; yields its port."""
    port = free_port()
    env = {**env, "GUNICORN_BIND": f"127.0.0.1:{port}"}
    command = [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "--no-control-socket"]
    with open(work / "gunicorn.out", "wb") as output:
        process = subprocess.Popen(  # noqa: S603 (arguments written in this file)
            [*command, "rightshouse.wsgi"],
            cwd=REPOSITORY,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        wait_for_port(port, process)
        yield port
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=60)


# --- the clients --------------------------------------------------------------------------


class FormFields(HTMLParser):
    """The hidden fields of a page's forms: {name: value}."""

    def __init__(self):
        super().__init__()
        self.hidden = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "input" and attrs.get("type") == "hidden" and attrs.get("name"):
            self.hidden[attrs["name"]] = attrs.get("value") or ""


def request(port, method, path, body=None, headers=None):
    """(status, headers, text, milliseconds) of one request on its own connection."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=CLIENT_TIMEOUT)
    try:
        start = time.perf_counter()
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        text = response.read().decode("utf-8", "replace")
        milliseconds = (time.perf_counter() - start) * 1000
        return response.status, response.headers, text, milliseconds
    finally:
        connection.close()


def csrf_cookie(headers):
    for header in headers.get_all("Set-Cookie") or []:
        name, _, rest = header.partition("=")
        if name.strip() == "csrftoken":
            return rest.split(";", 1)[0]
    return ""


def sign_as_client(port, language, invitation, number):
    """GET the signing page, then POST its form as a person would; the outcome as a dict."""
    path = f"/{language}/joint-statements/sign/{invitation['token']}/"
    outcome = {"invitation": invitation["invitation"], "party": invitation["party"]}
    try:
        status, headers, page, _ms = request(port, "GET", path)
        if status != 200:
            outcome.update(status=status, failed_step="GET")
            return outcome
        fields = FormFields()
        fields.feed(page)
        form = {
            **fields.hidden,
            "homepage_address": "",
            "language": language,
            "appearance": "named",
            "representative_name": f"Representative {number}",
            "representative_role": "chair",
            "contact_email": "",
            "organisation_name": "",
            "authorised": "on",
        }
        cookie = csrf_cookie(headers)
        status, _headers, answer, milliseconds = request(
            port,
            "POST",
            path,
            body=urlencode(form),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Cookie": f"csrftoken={cookie}",
            },
        )
        summary = ERROR_SUMMARY.search(answer)
        signed = status == 200 and summary is None and FORM_FIELD not in answer
        outcome.update(status=status, ms=milliseconds, signed=signed)
        if summary:
            outcome["refusal"] = " ".join(re.sub(r"<[^>]+>", " ", summary.group(1)).split())
    except (OSError, http.client.HTTPException) as error:
        outcome.update(status=None, error=type(error).__name__)
    return outcome


def sign_all(port, language, invitations):
    """Every client in its own thread, all released at once."""
    threading.stack_size(512 * 1024)
    barrier = threading.Barrier(len(invitations))
    outcomes = [None] * len(invitations)

    def client(index, invitation):
        barrier.wait()
        outcomes[index] = sign_as_client(port, language, invitation, index)

    threads = [
        threading.Thread(target=client, args=item, daemon=True) for item in enumerate(invitations)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


# --- inside the instance's Django (child processes) ---------------------------------------


def prepare(work, clients, duplicates):
    """The home pages, 3-language open statement, parties and invitations; writes
    invitations.json: [{token, invitation, party}], duplicates spread among the others."""
    import datetime
    import random

    import django

    django.setup()
    from django.utils import timezone

    from rightshouse.core import demo
    from rightshouse.organisations.factories import OrganisationFactory
    from rightshouse.statements import factories, invitations

    demo.build(demo.start())  # one home page per language: the pages' menu and footer
    statement = factories.JointStatementFactory(
        deadline=timezone.now() + datetime.timedelta(days=1)
    )
    for language in ("be", "ru", "en"):
        factories.add_text(
            statement,
            language,
            title=f"Bench statement ({language})",
            body="<p>Solidarity with colleagues who are persecuted.</p>" * 20,
        )
    parties = [OrganisationFactory() for _ in range(clients - duplicates)]
    invited = parties + random.Random(0).sample(parties, duplicates)
    random.Random(1).shuffle(invited)
    rows = []
    for party in invited:
        invitation, token = invitations.invite(statement, party=party)
        rows.append({"token": token, "invitation": invitation.pk, "party": party.pk})
    (work / "invitations.json").write_text(json.dumps(rows))


def count(work):
    """What the database holds after the run, against what the clients were told."""
    import django

    django.setup()
    from django.db.models import Count

    from rightshouse.statements import log
    from rightshouse.statements.models import (
        EventKind,
        Invitation,
        JointStatement,
        Signature,
        SignatureStatus,
    )

    outcomes = json.loads((work / "outcomes.json").read_text())
    (statement,) = JointStatement.objects.all()
    active = Signature.objects.filter(statement=statement, status=SignatureStatus.ACTIVE)
    active_parties = set(active.values_list("party_id", flat=True))
    used = set(Invitation.objects.filter(used_at__isnull=False).values_list("pk", flat=True))
    told_signed = [outcome for outcome in outcomes if outcome.get("signed")]
    events = Counter(statement.events.values_list("kind", flat=True))
    report = log.verify(statement)
    result = {
        "lost": sum(1 for outcome in told_signed if outcome["party"] not in active_parties),
        "unused": sum(1 for outcome in told_signed if outcome["invitation"] not in used),
        "duplicated": active.values("party").annotate(n=Count("pk")).filter(n__gt=1).count(),
        "active": len(active_parties),
        "parties": len({outcome["party"] for outcome in outcomes}),
        "signed_events": events[EventKind.SIGNED],
        "reconfirmed_events": events[EventKind.RECONFIRMED],
        "chain_ok": report.ok,
        "chain_length": report.length,
        "chain_reason": report.reason,
    }
    print(json.dumps(result))


# --- one database, and the table --------------------------------------------------------


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def bench_database(database, args, scratch):
    work = scratch / database
    work.mkdir()
    env = server_env(database, args, scratch, work)
    if database == "postgresql":
        recreate_postgres_database(args.postgres_url)
    phase_start = time.perf_counter()
    run(env, "manage.py", "migrate", "--noinput", "-v", "0")
    run(env, "manage.py", "createcachetable")
    if not any((scratch / "static").iterdir()):
        run(env, "manage.py", "collectstatic", "--noinput", "-v", "0")
    here = str(Path(__file__).resolve())
    phase = ["--work", str(work), "--clients", str(args.clients)]
    run(env, here, "--phase", "prepare", *phase, "--duplicates", str(args.duplicates))
    print(f"{database}: prepared in {time.perf_counter() - phase_start:.0f} s", flush=True)
    invitations = json.loads((work / "invitations.json").read_text())
    with served(env, work) as port:
        started = time.perf_counter()
        outcomes = sign_all(port, args.language, invitations)
        wall = time.perf_counter() - started
    (work / "outcomes.json").write_text(json.dumps(outcomes))
    counted = json.loads(run(env, here, "--phase", "count", *phase, capture=True).splitlines()[-1])

    statuses = Counter(outcome.get("status") for outcome in outcomes)
    answered = [outcome for outcome in outcomes if outcome.get("status") is not None]
    times = [outcome["ms"] for outcome in answered if "ms" in outcome]
    figures = {
        "clients (organisations)": f"{len(outcomes):,} ({counted['parties']:,})",
        "answered 'signed'": sum(1 for outcome in outcomes if outcome.get("signed")),
        "lost": counted["lost"],
        "duplicated": counted["duplicated"],
        "5xx": sum(n for status, n in statuses.items() if status and status >= 500),
        "other non-2xx": sum(n for status, n in statuses.items() if status and 300 <= status < 500),
        "no answer": statuses[None],
        "refused (form back)": sum(
            1 for o in answered if o["status"] == 200 and not o.get("signed")
        ),
        "invitations told 'signed' but unused": counted["unused"],
        "active signatures": counted["active"],
        "'signed' / 're-confirmed' events": (
            f"{counted['signed_events']} / {counted['reconfirmed_events']}"
        ),
        "chain verifies": (
            f"yes ({counted['chain_length']:,} events)"
            if counted["chain_ok"]
            else f"NO: {counted['chain_reason']}"
        ),
        "POST p50 / p95 / max ms": (
            f"{statistics.median(times):,.0f} / {percentile(times, 0.95):,.0f} / {max(times):,.0f}"
            if times
            else "-"
        ),
        "wall time, all clients": f"{wall:.1f} s",
        "statuses": ", ".join(
            f"{status or 'none'}×{n}" for status, n in sorted(statuses.items(), key=str)
        ),
    }
    print(f"\n### {database}\n\n| measure | value |\n|---|---:|")
    for name, value in figures.items():
        print(f"| {name} | {value} |")
    refusals = Counter(outcome["refusal"] for outcome in answered if "refusal" in outcome)
    for refusal, n in refusals.most_common():
        print(f"\nrefused ×{n}: {refusal}")
    print(flush=True)
    failed = [
        name
        for name in ("lost", "duplicated", "5xx", "other non-2xx", "no answer")
        if figures[name]
    ] + ([] if counted["chain_ok"] else ["chain"])
    failed += ["refused"] if figures["refused (form back)"] else []
    return failed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--clients", type=int, default=1000, help="invitations and clients")
    parser.add_argument(
        "--duplicates", type=int, default=100, help="of them, to organisations already invited"
    )
    parser.add_argument("--language", default="be", choices=["be", "ru", "en"])
    parser.add_argument("--workers", type=int, help="gunicorn workers (default: its config's)")
    parser.add_argument("--postgres-url", default=DEFAULT_POSTGRES_URL, help="dropped, recreated")
    parser.add_argument("--redis-url", help="the cache for the PostgreSQL run (default: database)")
    parser.add_argument("--keep", action="store_true", help="keep the scratch directory")
    parser.add_argument("--phase", choices=["prepare", "count"], help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase == "prepare":
        return prepare(args.work, args.clients, args.duplicates)
    if args.phase == "count":
        return count(args.work)
    if not 0 <= args.duplicates < args.clients:
        parser.error("--duplicates must be at least 0 and fewer than --clients")

    scratch = Path(tempfile.mkdtemp(prefix="bench-signatures-"))
    (scratch / "static").mkdir()
    (scratch / f"{SETTINGS_MODULE}.py").write_text(
        SETTINGS_SOURCE.format(static_root=str(scratch / "static"))
    )
    databases = ["sqlite", "postgresql"] if args.database == "both" else [args.database]
    failures = {}
    try:
        for database in databases:
            failed = bench_database(database, args, scratch)
            if failed:
                failures[database] = failed
    finally:
        if args.keep:
            print(f"Scratch directory kept: {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)
    for database, failed in failures.items():
        print(f"{database}: FAILED ({', '.join(failed)})")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
