"""Production settings refuse a guessable or incomplete configuration; the admin can be kept
to its own host name; gunicorn's logs name no visitor."""

import contextlib
import http.client
import os
import signal
import socket
import subprocess
import sys
import time

import pytest
from django.conf import settings
from django.test import override_settings

STRONG_KEY = "prod-test-key-0123456789abcdefghijklmnopqrstuvwxyzABCDEFG"
COMPLETE = {
    "SECRET_KEY": STRONG_KEY,
    "ALLOWED_HOSTS": "example.org",
    "WAGTAILADMIN_BASE_URL": "https://example.org",
}
# Whatever the shell running the tests has set must not make a refusal pass or fail.
PRODUCTION_VARIABLES = {*COMPLETE, "ADMIN_HOST", "TRUST_PROXY_HTTPS_HEADER"}
UNSET = None


def production_env(**overrides):
    env = {k: v for k, v in os.environ.items() if k not in PRODUCTION_VARIABLES}
    env.update(DJANGO_SETTINGS_MODULE="rightshouse.settings.production")
    env.update({k: v for k, v in overrides.items() if v is not UNSET})
    return env


def run_manage(*args, **overrides):
    return subprocess.run(  # noqa: S603 (arguments written in this file)
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=production_env(**overrides),
        capture_output=True,
        text=True,
        timeout=120,
    )


def run_production_check(**overrides):
    return run_manage("check", **overrides)


def production_setting(name, **overrides):
    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        f"from django.conf import settings; print(settings.{name})",
        **overrides,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_production_refuses_to_start_without_secrets():
    missing_key = run_production_check(**{**COMPLETE, "SECRET_KEY": UNSET})
    assert missing_key.returncode != 0 and "SECRET_KEY" in missing_key.stderr
    missing_hosts = run_production_check(**{**COMPLETE, "ALLOWED_HOSTS": UNSET})
    assert missing_hosts.returncode != 0 and "ALLOWED_HOSTS" in missing_hosts.stderr
    complete = run_production_check(**COMPLETE)
    assert complete.returncode == 0, complete.stderr


@pytest.mark.parametrize(
    "variable, value",
    [
        ("SECRET_KEY", "x" * 40),  # long enough for the old rule, one distinct character
        ("SECRET_KEY", "x" * 60),
        ("SECRET_KEY", "a1b2c3d4e5f6g7h8i9j0"),
        ("SECRET_KEY", "django-insecure-" + STRONG_KEY),
        ("ALLOWED_HOSTS", "*"),
        ("ALLOWED_HOSTS", "example.org,*.example.org"),
        ("ALLOWED_HOSTS", ""),
        ("WAGTAILADMIN_BASE_URL", UNSET),
        ("WAGTAILADMIN_BASE_URL", "/admin/"),
        ("WAGTAILADMIN_BASE_URL", "example.org"),
        ("WAGTAILADMIN_BASE_URL", "ftp://example.org"),
        ("ADMIN_HOST", "*"),
    ],
)
def test_production_refuses_to_start(variable, value):
    result = run_production_check(**{**COMPLETE, variable: value})
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert variable in result.stderr


def test_admin_links_must_point_at_the_admin_host():
    result = run_production_check(**COMPLETE, ADMIN_HOST="admin.example.org")
    assert result.returncode != 0 and "WAGTAILADMIN_BASE_URL" in result.stderr
    result = run_production_check(
        **{**COMPLETE, "WAGTAILADMIN_BASE_URL": "https://admin.example.org"},
        ADMIN_HOST="admin.example.org",
    )
    assert result.returncode == 0, result.stderr


def test_admin_host_is_added_to_allowed_hosts():
    hosts = production_setting(
        "ALLOWED_HOSTS",
        **{**COMPLETE, "WAGTAILADMIN_BASE_URL": "https://admin.example.org"},
        ADMIN_HOST="admin.example.org",
    )
    assert hosts == "['example.org', 'admin.example.org']"


def test_proxy_https_header_is_trusted_only_when_the_operator_says_so():
    assert production_setting("SECURE_PROXY_SSL_HEADER", **COMPLETE) == "None"
    trusted = production_setting(
        "SECURE_PROXY_SSL_HEADER", **COMPLETE, TRUST_PROXY_HTTPS_HEADER="1"
    )
    assert trusted == "('HTTP_X_FORWARDED_PROTO', 'https')"


# --- ADMIN_HOST -----------------------------------------------------------------------------

PUBLIC = {"host": "public.example.org"}
ADMIN = {"host": "admin.example.org"}


@override_settings(
    ADMIN_HOST="admin.example.org", ALLOWED_HOSTS=["public.example.org", "admin.example.org"]
)
def test_admin_answers_only_on_the_admin_host(small_site, client):
    assert client.get("/admin/login/", headers=PUBLIC).status_code == 404
    assert client.get("/admin/", headers=PUBLIC).status_code == 404
    assert client.get("/admin/login/", headers=ADMIN).status_code == 200
    assert client.get("/admin/login/", headers={"host": "ADMIN.example.org"}).status_code == 200
    assert client.get("/be/", headers=PUBLIC).status_code == 200
    assert client.get("/be/news/", headers=PUBLIC).status_code == 200


@override_settings(ADMIN_HOST="", ALLOWED_HOSTS=["public.example.org"])
def test_without_admin_host_the_admin_answers_on_any_allowed_host(small_site, client):
    assert client.get("/admin/login/", headers=PUBLIC).status_code == 200


# --- gunicorn -------------------------------------------------------------------------------

QUERY_MARKER = "qmarker-solidarity-7f3a"
AGENT_MARKER = "UAMarker-9c1e/2.0"
TOKEN_MARKER = "signing-token-marker-7Qx"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port, process, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"gunicorn exited with {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"gunicorn did not listen on port {port} within {timeout}s")


def get(port, path, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def send_raw(port, data):
    with socket.create_connection(("127.0.0.1", port), timeout=60) as raw:
        raw.sendall(data)
        raw.shutdown(socket.SHUT_WR)
        reply = b""
        while chunk := raw.recv(4096):
            reply += chunk
        return reply


def stop(process):
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=30)


@contextlib.contextmanager
def running_gunicorn(tmp_path, **overrides):
    """The real gunicorn with the shipped gunicorn.conf.py; yields its port."""
    port = free_port()
    env = production_env(
        **{**COMPLETE, "ALLOWED_HOSTS": "127.0.0.1"},
        RIGHTSHOUSE_VAR_DIR=str(tmp_path / "var"),  # SQLite, empty: pages answer 500
        GUNICORN_BIND=f"127.0.0.1:{port}",
        GUNICORN_WORKERS="1",
        GUNICORN_ACCESS_LOG=str(tmp_path / "access.log"),
        GUNICORN_ERROR_LOG=str(tmp_path / "error.log"),
        **overrides,
    )
    for variable in ("DATABASE_URL", "REDIS_URL", "GUNICORN_CMD_ARGS"):
        env.pop(variable, None)
    command = [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "--no-control-socket"]
    with open(tmp_path / "output", "wb") as output:
        process = subprocess.Popen(  # noqa: S603 (arguments written in this file)
            [*command, "rightshouse.wsgi"],
            cwd=settings.BASE_DIR,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, so stop() reaches the workers
        )
    try:
        wait_for_port(port, process)
        yield port
    finally:
        stop(process)


def test_gunicorn_logs_neither_client_address_nor_query_nor_user_agent(tmp_path):
    with running_gunicorn(tmp_path, SECURE_SSL_REDIRECT="0") as port:
        # Any status will do (the empty database answers 500): what matters is the log.
        get(port, f"/be/search/?q={QUERY_MARKER}")
        get(port, "/be/agent-check/", headers={"User-Agent": AGENT_MARKER})
        get(port, f"/be/joint-statements/sign/{TOKEN_MARKER}/")
        reply = send_raw(port, f"GET /be/broken/?q={QUERY_MARKER}\r\n\r\n".encode())
        assert reply.startswith(b"HTTP/1.1 400"), reply

    access, errors = (tmp_path / "access.log").read_text(), (tmp_path / "error.log").read_text()
    assert "/be/search/" in access and "/be/agent-check/" in access, access
    assert "/be/joint-statements/sign/[token]/" in access, access
    assert "Invalid request" in errors, errors
    for log in (access, errors, (tmp_path / "output").read_text()):
        assert "127.0.0.1" not in log, log
        assert QUERY_MARKER not in log, log
        assert AGENT_MARKER not in log, log
        assert TOKEN_MARKER not in log, log


@pytest.mark.parametrize("trust, status", [(UNSET, 301), ("1", 500)])
def test_gunicorn_takes_https_from_the_proxy_only_when_trusted(tmp_path, trust, status):
    # 301: SECURE_SSL_REDIRECT sends the request to HTTPS, so the header was not believed;
    # 500: it was, and the request went on to the (empty) database.
    with running_gunicorn(tmp_path, TRUST_PROXY_HTTPS_HEADER=trust) as port:
        assert get(port, "/be/", headers={"X-Forwarded-Proto": "https"}) == status
