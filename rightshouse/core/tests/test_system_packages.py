"""bin/ensure-system-packages: what `make run` and `make test` need from Debian."""

import os
import subprocess

import pytest
from django.conf import settings

SCRIPT = settings.BASE_DIR / "bin" / "ensure-system-packages"
MISSING_PYTHON = "/nonexistent/python3.11"  # a Python that is really not there


def run(*args, env=None):
    return subprocess.run(  # noqa: S603 (the project's own script)
        [str(SCRIPT), *args],
        env={**os.environ, "PYTHON": "python3.11", **(env or {})},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.fixture
def fake_apt(tmp_path):
    """An apt-get earlier on PATH that only writes down how it was called."""
    calls = tmp_path / "apt-calls"
    apt = tmp_path / "bin" / "apt-get"
    apt.parent.mkdir()
    apt.write_text(f'#!/bin/sh\necho "$*" >> {calls}\n')
    apt.chmod(0o755)
    path = f"{apt.parent}{os.pathsep}{os.environ['PATH']}"

    def recorded():
        return calls.read_text().splitlines() if calls.exists() else []

    return path, recorded


def test_this_machine_has_everything_make_run_and_make_test_need():
    result = run("--check", "python", "node", "browser")
    assert result.returncode == 0, result.stderr
    assert "nothing missing" in result.stdout


def test_an_ordinary_user_is_told_the_command_and_nothing_is_installed(fake_apt):
    path, recorded = fake_apt
    result = run(
        "python",
        "node",
        "browser",
        env={"PATH": path, "PYTHON": MISSING_PYTHON, "ENSURE_SYSTEM_PACKAGES_AS_UID": "1000"},
    )
    assert result.returncode == 1
    assert "sudo apt-get update && sudo apt-get install -y python3.11 python3.11-venv\n" in (
        result.stderr
    )
    assert recorded() == []


def test_check_reports_and_never_installs(fake_apt):
    path, recorded = fake_apt
    result = run("--check", "python", env={"PATH": path, "PYTHON": MISSING_PYTHON})
    assert result.returncode == 1
    assert "python3.11-venv" in result.stderr
    assert recorded() == []


@pytest.mark.skipif(os.geteuid() != 0, reason="the install path is taken as root only")
def test_root_installs_what_is_missing_with_one_update(fake_apt):
    path, recorded = fake_apt
    result = run("python", "node", env={"PATH": path, "PYTHON": MISSING_PYTHON})
    assert recorded() == ["update -qq", "install -y -qq python3.11 python3.11-venv"]
    # The fake apt installed nothing, and the check that follows the install says so.
    assert result.returncode == 1
    assert "python3.11" in result.stderr
