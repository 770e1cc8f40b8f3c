"""Exporting a case: an encrypted file that the offline tool opens with the handler's or the
recovery key, and with no other."""

import base64
import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from rightshouse.support import keys
from rightshouse.support.models import AuditAction, AuditEntry

from .helpers import EN, PASSPHRASE, new_case, unlocked_client

pytestmark = pytest.mark.django_db
TOOL = Path(settings.BASE_DIR) / "tools" / "support_decrypt.py"


@pytest.fixture
def exported(handler, tmp_path):
    case = new_case(consent={"share_with_partner": True})
    response = unlocked_client(handler).post(reverse("support_cases:export", args=[case.pk]), **EN)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    path = tmp_path / "case.rhexport"
    path.write_bytes(response.content)
    return case, path


def run_tool(*arguments):
    return subprocess.run(  # noqa: S603 (our own tool, our own arguments)
        [sys.executable, str(TOOL), *map(str, arguments)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def read_output(folder):
    content = json.loads((folder / "case.json").read_text(encoding="utf-8"))
    texts = json.dumps(content, ensure_ascii=False)
    (attachment,) = [record for record in content["records"] if "file" in record]
    return content, texts, (folder / attachment["file"])


def test_the_export_is_encrypted_and_audited(exported):
    case, path = exported
    assert b"MARKER" not in path.read_bytes()
    assert AuditEntry.objects.filter(case_number=case.pk, action=AuditAction.EXPORTED).exists()


def test_the_recovery_key_opens_the_export_offline(exported, recovery_private, tmp_path):
    case, path = exported
    output = tmp_path / "out"
    result = run_tool(path, "--recovery-key", recovery_private.hex(), "--output", output)
    assert result.returncode == 0, result.stderr
    content, texts, attachment = read_output(output)
    assert content["case"] == case.pk
    assert "MARKER story" in texts and "Арганізацыя X" in texts
    assert attachment.read_bytes() == b"file MARKER"
    assert attachment.parent == output / "attachments"  # "../../etc/passwd" stays inside
    assert attachment.name.isprintable() and "\u202e" not in attachment.name


def test_the_handler_key_opens_the_export_offline(exported, handler, tmp_path):
    _case, path = exported
    key_file = tmp_path / "handler.key"
    key_file.write_text(keys.unlock(handler, PASSPHRASE).hex())
    output = tmp_path / "out"
    result = run_tool(path, "--handler-key-file", key_file, "--output", output)
    assert result.returncode == 0, result.stderr
    _content, texts, _attachment = read_output(output)
    assert "signal: +000 MARKER" in texts


def test_another_key_or_a_changed_file_opens_nothing(exported, tmp_path):
    _case, path = exported
    other = tmp_path / "other"
    result = run_tool(path, "--recovery-key", "11" * 32, "--output", other)
    assert result.returncode == 1 and "not made for this key" in result.stderr
    assert not other.exists()


def test_a_changed_export_is_refused(exported, recovery_private, tmp_path):
    _case, path = exported
    blob = bytearray(path.read_bytes())
    blob[-5] ^= 1
    path.write_bytes(bytes(blob))
    output = tmp_path / "out"
    result = run_tool(path, "--recovery-key", recovery_private.hex(), "--output", output)
    assert result.returncode == 1 and "damaged" in result.stderr
    assert not output.exists()


def test_a_locked_handler_cannot_export(handler):
    from .test_handler import client_for

    case = new_case()
    response = client_for(handler).post(reverse("support_cases:export", args=[case.pk]), **EN)
    assert response.status_code == 302
    assert not AuditEntry.objects.filter(action=AuditAction.EXPORTED).exists()


def test_attachments_travel_in_base64_inside(exported, recovery_private):
    """The payload format the tool relies on (and only the tool)."""
    from rightshouse.support import crypto, export

    _case, path = exported
    header_line, body = path.read_bytes().split(b"\n", 1)
    header = json.loads(header_line)
    sealed = {entry["recipient"]: entry for entry in header["sealed_for"]}
    assert set(sealed) == {"handler", "recovery"}
    export_key = crypto.unseal(recovery_private, bytes.fromhex(sealed["recovery"]["sealed"]))
    payload = json.loads(crypto.decrypt_stream_to_bytes(export_key, body, export.EXPORT_AAD))
    (attachment,) = [r for r in payload["records"] if "data_base64" in r]
    assert base64.b64decode(attachment["data_base64"]) == b"file MARKER"
    assert "file_key" not in attachment["meta"]
