# ruff: noqa: E402
"""Support requests with large attachments, over real HTTP to a served instance (issue 10).

    python bench/support_upload.py [--runs 5] [--small-mb 5] [--large-mb 100] [--keep]

It builds a fresh SQLite site in a scratch directory (home pages, a recovery key and one
handler key), serves it with gunicorn and the shipped gunicorn.conf.py on production settings
with ONE sync worker (so that the worker's memory is the request's), as bench/signatures.py
does, and measures:

- the time of a whole submission with a `--small-mb` attachment (GET the form for its CSRF
  cookie and fields, POST the multipart body, answered with a receipt): median of `--runs`;
- the serving worker's peak resident memory while one request uploads a `--large-mb`
  attachment: its VmHWM (Linux, /proc/<pid>/status) is reset to its current size just
  before (`echo 5 > /proc/<pid>/clear_refs`) and read after. Encrypted in 64 KiB chunks as
  it arrives, the upload should raise it by a few megabytes, not by the file's size.

The client streams the body from a generator (random bytes, 1 MiB at a time), so it holds
no copy of the file either. The settings module it writes raises SUPPORT_MAX_FILE_BYTES and
SUPPORT_MAX_REQUEST_BYTES above `--large-mb`, lets forms be sent at once and keeps e-mail in
memory. Exits non-zero if a submission is not answered with a receipt.
"""

import argparse
import http.client
import os
import re
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from signatures import FormFields, csrf_cookie, request, run, served, server_env

MEBIBYTE = 1024 * 1024
SETTINGS_MODULE = "bench_support_upload_settings"
SETTINGS_SOURCE = """\
from rightshouse.settings.production import *  # noqa: F403

SUBMISSION_MIN_SECONDS = 0
SUPPORT_CASES_PER_DAY = 1_000_000
SUPPORT_MAX_FILE_BYTES = {max_file_bytes}
SUPPORT_MAX_REQUEST_BYTES = {max_file_bytes}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STATIC_ROOT = {static_root!r}
"""
APPLY_PATH = "/en/support/request/"
RECEIPT = re.compile(r'class="support-receipt__words"[^>]*>([a-z ]+)<')
SENT = "<h1>Your request has been sent</h1>"
STORY = "Our office was searched. " * 40


# --- inside the instance's Django (a child process) ---------------------------------------


def prepare():
    """Home pages (the pages' menu and footer), a recovery key and one handler's key."""
    import django

    django.setup()
    from django.contrib.auth import get_user_model

    from rightshouse.core import demo
    from rightshouse.support import keys

    demo.build(demo.start())
    keys.create_recovery_key()
    handler = get_user_model().objects.create_user("bench-handler", email="h@example.org")
    keys.create_handler_key(handler, "bench handler passphrase, not secret")


# --- the client -------------------------------------------------------------------------


def multipart(fields, file_bytes, boundary):
    """(content length, chunks) of a multipart body with `fields` and one random file."""
    head = b"".join(
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields
    )
    head += (
        f'--{boundary}\r\nContent-Disposition: form-data; name="attachments"; '
        f'filename="bench.bin"\r\nContent-Type: application/octet-stream\r\n\r\n'
    ).encode()
    tail = f"\r\n--{boundary}--\r\n".encode()

    def chunks():
        yield head
        left = file_bytes
        while left:
            piece = min(left, MEBIBYTE)
            yield os.urandom(piece)
            left -= piece
        yield tail

    return len(head) + file_bytes + len(tail), chunks()


def submit(port, file_bytes, with_receipt=True):
    """(milliseconds of the whole submission, GET included; whether it was taken, with a
    receipt if asked for; the answer's status)."""
    start = time.perf_counter()
    status, headers, page, _ms = request(port, "GET", APPLY_PATH)
    if status != 200:
        raise SystemExit(f"GET {APPLY_PATH}: {status}")
    form = FormFields()
    form.feed(page)
    fields = [
        *form.hidden.items(),
        ("who", "organisation"),
        ("what", STORY),
        ("help", "legal"),
        ("other", ""),
        ("contact", ""),
        ("consent_contact", "no"),
        ("consent_share", "no"),
        ("consent_reports", "no"),
        ("reply", "receipt" if with_receipt else "no_contact"),
    ]
    boundary = uuid.uuid4().hex
    length, body = multipart(fields, file_bytes, boundary)
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    try:
        connection.request(
            "POST",
            APPLY_PATH,
            body=body,
            headers={
                "Content-Type": f"multipart/form-data; boundary={boundary}",
                "Content-Length": str(length),
                "Cookie": f"csrftoken={csrf_cookie(headers)}",
            },
        )
        response = connection.getresponse()
        answer = response.read().decode("utf-8", "replace")
    finally:
        connection.close()
    milliseconds = (time.perf_counter() - start) * 1000
    taken = response.status == 200 and SENT in answer
    if with_receipt:
        taken = taken and RECEIPT.search(answer) is not None
    return milliseconds, taken, response.status


# --- the served worker's memory -----------------------------------------------------------


def gunicorn_worker(port):
    """The pid of the one gunicorn worker serving `port` (a child of the master)."""
    # gunicorn's command line does not carry the port: find the processes by their env.
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            environ = Path(f"/proc/{pid}/environ").read_bytes()
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        if f"GUNICORN_BIND=127.0.0.1:{port}".encode() not in environ:
            continue
        parent = int(re.search(r"^PPid:\s+(\d+)", status, re.M).group(1))
        try:
            parent_environ = Path(f"/proc/{parent}/environ").read_bytes()
        except OSError:
            continue
        if f"GUNICORN_BIND=127.0.0.1:{port}".encode() in parent_environ:
            return int(pid)  # its parent is the master: this is the worker
    raise SystemExit("no gunicorn worker found")


def memory_kib(pid):
    """{VmRSS, VmHWM} of `pid`, in KiB."""
    status = Path(f"/proc/{pid}/status").read_text()
    return {
        name: int(re.search(rf"^{name}:\s+(\d+) kB", status, re.M).group(1))
        for name in ("VmRSS", "VmHWM")
    }


def reset_peak(pid):
    Path(f"/proc/{pid}/clear_refs").write_text("5")


def directory_bytes(path):
    return sum(item.stat().st_size for item in path.rglob("*") if item.is_file())


# --- the run --------------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="submissions with the small file")
    parser.add_argument("--small-mb", type=int, default=5)
    parser.add_argument("--large-mb", type=int, default=100)
    parser.add_argument("--keep", action="store_true", help="keep the scratch directory")
    parser.add_argument("--phase", choices=["prepare"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase == "prepare":
        return prepare()

    scratch = Path(tempfile.mkdtemp(prefix="bench-support-upload-"))
    (scratch / "static").mkdir()
    (scratch / f"{SETTINGS_MODULE}.py").write_text(
        SETTINGS_SOURCE.format(
            max_file_bytes=(args.large_mb + 1) * MEBIBYTE, static_root=str(scratch / "static")
        )
    )
    work = scratch / "sqlite"
    work.mkdir()
    server_args = argparse.Namespace(workers=1, postgres_url=None, redis_url=None)
    env = server_env("sqlite", server_args, scratch, work)
    env["DJANGO_SETTINGS_MODULE"] = SETTINGS_MODULE
    files_dir = work / "var" / "support"
    failed = []
    try:
        run(env, "manage.py", "migrate", "--noinput", "-v", "0")
        run(env, "manage.py", "createcachetable")
        run(env, "manage.py", "collectstatic", "--noinput", "-v", "0")
        run(env, str(Path(__file__).resolve()), "--phase", "prepare")
        with served(env, work) as port:
            worker = gunicorn_worker(port)
            small = args.small_mb * MEBIBYTE
            times = []
            submit(port, small)  # warm-up: imports, templates, first connections
            for _ in range(args.runs):
                milliseconds, taken, status = submit(port, small)
                times.append(milliseconds)
                if not taken:
                    failed.append(f"{args.small_mb} MB submission answered {status}")
            large = {}
            for with_receipt in (False, True):
                before = memory_kib(worker)
                reset_peak(worker)
                reset = memory_kib(worker)
                milliseconds, taken, status = submit(port, args.large_mb * MEBIBYTE, with_receipt)
                after = memory_kib(worker)
                large[with_receipt] = (milliseconds, before, reset, after)
                if not taken:
                    failed.append(f"{args.large_mb} MB submission answered {status}")
        stored = directory_bytes(files_dir)
        sent = (args.runs + 1) * small + 2 * args.large_mb * MEBIBYTE
    finally:
        if args.keep:
            print(f"Scratch directory kept: {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)

    figures = {
        f"{args.small_mb} MB submission, median of {args.runs} (ms)": (
            f"{statistics.median(times):,.0f}"
        ),
        f"{args.small_mb} MB submissions, min / max (ms)": f"{min(times):,.0f} / {max(times):,.0f}",
        "worker peak RSS since start, before (MiB)": (f"{large[False][1]['VmHWM'] / 1024:,.1f}"),
    }
    for with_receipt, label in ((False, "without a receipt"), (True, "with a receipt")):
        milliseconds, before, reset, after = large[with_receipt]
        name = f"{args.large_mb} MB submission {label}"
        figures[f"{name} (ms)"] = f"{milliseconds:,.0f}"
        figures[f"{name}: worker RSS before / peak / after (MiB)"] = (
            f"{reset['VmRSS'] / 1024:,.1f} / {after['VmHWM'] / 1024:,.1f}"
            f" / {after['VmRSS'] / 1024:,.1f}"
        )
        figures[f"{name}: rise of the peak (MiB)"] = (
            f"{(after['VmHWM'] - reset['VmRSS']) / 1024:,.1f}"
        )
    figures |= {
        "encrypted files on disk / bytes sent": f"{stored:,} / {sent:,}",
    }
    print("\n| measure | value |\n|---|---:|")
    for name, value in figures.items():
        print(f"| {name} | {value} |")
    for failure in failed:
        print(f"FAILED: {failure}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
