"""Asking for support and offering it, as a browser without JavaScript does it: everything
sent ends encrypted (a marker sent in every field and file is found nowhere in the clear),
the receipt is shown once, the service fails closed, CSRF holds, no input makes a 500."""

import json
import os
import re
import tempfile
import time
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import translation
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from nacl import pwhash

from rightshouse.support import cases, crypto, export, keys
from rightshouse.support.forms import SupportOfferForm, SupportRequestForm
from rightshouse.support.models import Case, CaseKind, Record, RecordKind

LANGUAGES = ("be", "ru", "en")
PASSPHRASE = "handler passphrase for tests"
CSRF_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture
def fast_argon(monkeypatch):
    """Handler keys wrapped at the lowest Argon2id cost: the tests do not measure it."""
    monkeypatch.setattr(crypto, "PASSPHRASE_OPSLIMIT", pwhash.argon2id.OPSLIMIT_MIN)
    monkeypatch.setattr(crypto, "PASSPHRASE_MEMLIMIT", pwhash.argon2id.MEMLIMIT_MIN)


@pytest.fixture
def handler(db, fast_argon, django_user_model):
    user = django_user_model.objects.create_user("handler")
    keys.create_handler_key(user, PASSPHRASE)
    keys.create_recovery_key()
    return user


def handler_case_key(case, user):
    return cases.case_key_for_handler(case, keys.handler_key(user), keys.unlock(user, PASSPHRASE))


def url(name, language="en"):
    with translation.override(language):
        return reverse(f"support:{name}")


def started():
    return SupportRequestForm().initial["form_started"]


def request_data(marker="", **overrides):
    data = {
        "form_started": started(),
        "homepage_address": "",
        "who": "person",
        "what": f"We were searched. {marker}",
        "help": ["legal", "other"],
        "other": f"other help {marker}",
        "contact": f"signal {marker}",
        "consent_contact": "yes",
        "consent_share": "no",
        "consent_reports": "yes",
        "reply": "receipt",
    }
    data.update(overrides)
    return data


def multipart(fields, files, boundary="----rightshouse-test-boundary"):
    """A multipart body written by hand, so that file names reach the server as sent (the
    test client would keep only their base name)."""
    lines = []
    for name, values in fields.items():
        for value in values if isinstance(values, list) else [values]:
            lines += [
                f"--{boundary}".encode(),
                f'Content-Disposition: form-data; name="{name}"'.encode(),
                b"",
                str(value).encode(),
            ]
    for file_name, content in files:
        lines += [
            f"--{boundary}".encode(),
            b'Content-Disposition: form-data; name="attachments"; filename="'
            + file_name.encode()
            + b'"',
            b"Content-Type: text/plain",
            b"",
            content,
        ]
    lines += [f"--{boundary}--".encode(), b""]
    return b"\r\n".join(lines), f"multipart/form-data; boundary={boundary}"


def post_multipart(client, fields, files, language="en", **extra):
    body, content_type = multipart(fields, files)
    return client.generic("POST", url("apply", language), body, content_type, **extra)


def stored_files():
    folder = Path(settings.SUPPORT_FILES_DIR)
    return sorted(folder.iterdir()) if folder.exists() else []


def all_database_bytes():
    """Every value of every table (the cache table too), as bytes."""
    values = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608 (names from the schema)
            for row in cursor.fetchall():
                for value in row:
                    if isinstance(value, memoryview | bytes | bytearray):
                        values.append(bytes(value))
                    elif value is not None:
                        values.append(str(value).encode())
    return b"\n".join(values)


def files_under(folder, since=None):
    found = []
    for root, _dirs, names in os.walk(folder):
        for name in names:
            path = Path(root) / name
            try:
                stat = path.stat()
            except OSError:
                continue
            if since is None or stat.st_mtime >= since:
                found.append(path)
    return found


def contains(path, needle):
    try:
        if path.stat().st_size > 200 * 1024 * 1024:
            return False
        return needle in path.read_bytes() or needle in path.name.encode()
    except OSError:
        return False


# --- the whole request --------------------------------------------------------------------


def test_a_request_with_an_attachment_is_stored_encrypted_and_opens_for_its_handler(handler):
    content = b"scan of the summons " * 5000  # over one 64 KiB chunk
    response = post_multipart(Client(), request_data(), [("summons.pdf", content)])
    assert response.status_code == 200
    receipt = response.context["receipt"]
    assert len(receipt.split()) == 7
    assert receipt in response.content.decode()
    case = Case.objects.get()
    assert case.kind == CaseKind.REQUEST and case.receipt_lookup
    key = handler_case_key(case, handler)
    opened = {item.record.kind: item for item in cases.open_records(case, key)}
    request = json.loads(opened[RecordKind.REQUEST].plaintext)
    assert request == {
        "who": "person",
        "what": "We were searched.",
        "help": ["legal", "other"],
        "other": "other help",
    }
    assert json.loads(opened[RecordKind.CONSENT].plaintext) == {
        "contact": True,
        "share_with_partner": False,
        "anonymised_reports": True,
    }
    assert opened[RecordKind.CONTACT].plaintext == b"signal"
    attachment = opened[RecordKind.ATTACHMENT]
    meta = export.meta_of(attachment)
    assert (meta["name"], meta["size"], meta["type"]) == ("summons.pdf", len(content), "text/plain")
    assert b"".join(export.attachment_chunks(case, key, attachment)) == content
    (stored,) = stored_files()
    assert stored.name == attachment.record.stored_name and b"summons" not in stored.read_bytes()
    assert cases.case_for_receipt(receipt) == (case, key)


def test_a_marker_sent_in_every_field_and_file_is_found_nowhere_in_the_clear(
    handler, caplog, settings
):
    marker = f"MARKER{uuid.uuid4().hex}"
    needle = marker.encode()
    caplog.set_level("DEBUG")
    began = time.time() - 1
    data = request_data(marker, what=f"Ёсць {marker} тут")
    big = b"x" * (3 * 1024 * 1024) + needle  # above Django's 2.5 MB in-memory limit
    response = post_multipart(
        Client(), data, [(f"{marker}.txt", needle * 10), (f"big-{marker}.bin", big)]
    )
    assert response.status_code == 200 and response.context["receipt"]
    case = Case.objects.get()
    assert case.records.filter(kind=RecordKind.ATTACHMENT).count() == 2
    # The data is there, encrypted: the handler reads the marker back.
    key = handler_case_key(case, handler)
    assert any(
        needle in item.plaintext for item in cases.open_records(case, key, [RecordKind.REQUEST])
    )
    # ... and nowhere in the clear.
    assert needle not in all_database_bytes()
    assert len(stored_files()) == 2
    assert not any(contains(path, needle) for path in stored_files())
    media = Path(settings.MEDIA_ROOT)
    if media.exists():
        assert not any(contains(path, needle) for path in files_under(media))
    # Files created or changed in the temporary folder while the form was sent.
    new_temporary = files_under(tempfile.gettempdir(), since=began)
    assert not any(contains(path, needle) for path in new_temporary)
    database_file = Path(connection.settings_dict["NAME"])
    for path in (database_file, Path(f"{database_file}-wal")):
        if path.exists():
            assert not contains(path, needle)
    assert marker not in caplog.text


def test_do_not_contact_gives_no_receipt(handler):
    data = request_data(contact="", consent_contact="no", reply="no_contact")
    response = Client().post(url("apply"), data)
    assert response.status_code == 200
    assert response.context["receipt"] is None
    assert "nobody can reply" in response.content.decode()
    case = Case.objects.get()
    assert case.receipt_lookup is None and case.applicant_key_box is None


def test_do_not_contact_with_a_contact_is_asked_to_choose(handler):
    response = Client().post(url("apply"), request_data(reply="no_contact"))
    assert response.status_code == 200
    assert response.context["form"].has_error("reply")
    assert not Case.objects.exists()


def test_a_form_with_errors_keeps_nothing_and_says_the_files_were_dropped(handler):
    response = post_multipart(Client(), request_data(what=""), [("a.txt", b"some bytes")])
    assert response.status_code == 200
    assert response.context["form"].has_error("what")
    assert "attach them again" in response.content.decode()
    assert not Case.objects.exists() and not Record.objects.exists()
    assert stored_files() == []


def test_the_honeypot_is_answered_like_a_success_and_nothing_is_written(handler):
    response = post_multipart(
        Client(), request_data(homepage_address="http://spam"), [("a.txt", b"x")]
    )
    assert response.status_code == 200 and response.context["receipt"]
    assert not Case.objects.exists() and stored_files() == []


def test_the_daily_limit_refuses_new_cases(handler, settings):
    settings.SUPPORT_CASES_PER_DAY = 1
    assert Client().post(url("apply"), request_data()).status_code == 200
    response = post_multipart(Client(), request_data(), [("a.txt", b"x")])
    assert response.status_code == 429
    assert Case.objects.count() == 1 and len(stored_files()) == 0


# --- fail closed, CSRF, languages ------------------------------------------------------------


def test_without_keys_the_forms_say_unavailable_and_take_nothing(db):
    client = Client()
    for name in ("apply", "offer"):
        response = client.get(url(name))
        assert response.status_code == 503
        assert "temporarily unavailable" in response.content.decode()
    response = post_multipart(client, request_data(), [("a.txt", b"secret")])
    assert response.status_code == 503
    assert client.post(url("offer"), {"contact": "x"}).status_code == 503
    assert not Case.objects.exists() and stored_files() == []


def test_a_form_without_its_csrf_token_is_refused_and_its_files_deleted(handler):
    client = Client(enforce_csrf_checks=True)
    response = post_multipart(client, request_data(), [("a.txt", b"secret bytes")])
    assert response.status_code == 403
    assert not Case.objects.exists() and stored_files() == []
    # With the token it goes through.
    page = client.get(url("apply"))
    token = CSRF_TOKEN.search(page.content.decode()).group(1)
    response = post_multipart(client, request_data(csrfmiddlewaretoken=token), [("a.txt", b"s")])
    assert response.status_code == 200 and Case.objects.count() == 1


def test_offer_and_come_back_enforce_csrf(handler):
    client = Client(enforce_csrf_checks=True)
    assert client.post(url("offer"), {}).status_code == 403
    assert client.post(url("case"), {"receipt": "a b c"}).status_code == 403


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_pages_render_in_every_language_private_and_plain(handler, language):
    client = Client()
    for name in ("apply", "offer", "case"):
        response = client.get(url(name, language))
        assert response.status_code == 200
        assert response["X-Robots-Tag"] == "noindex, nofollow"
        assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
        content = response.content.decode()
        assert f'<html lang="{language}"' in content
        assert '<meta name="referrer" content="same-origin">' in content
        assert "<script" not in content
    assert url("apply", language) == f"/{language}/support/request/"


def test_other_methods_are_not_allowed(handler):
    response = Client().put(url("apply"))
    assert response.status_code == 405


# --- offers ------------------------------------------------------------------------------------


def offer_data(**overrides):
    data = {
        "form_started": SupportOfferForm().initial["form_started"],
        "homepage_address": "",
        "who": "organisation",
        "help": ["medical", "relocation"],
        "other": "",
        "languages": "be, ru, pl",
        "capacity": "five cases a month",
        "contact": "offers@example.org",
    }
    data.update(overrides)
    return data


def test_an_offer_is_stored_encrypted_without_a_receipt(handler):
    response = Client().post(url("offer"), offer_data())
    assert response.status_code == 200
    assert "A case handler will contact you" in response.content.decode()
    case = Case.objects.get()
    assert case.kind == CaseKind.OFFER and case.receipt_lookup is None
    assert b"offers@example.org" not in all_database_bytes()
    opened = cases.open_records(case, handler_case_key(case, handler))
    assert [item.record.kind for item in opened] == [RecordKind.REQUEST, RecordKind.CONTACT]
    assert json.loads(opened[0].plaintext)["help"] == ["medical", "relocation"]


def test_an_offer_needs_a_contact_and_a_kind_of_help(handler):
    response = Client().post(url("offer"), offer_data(contact="", help=[]))
    form = response.context["form"]
    assert form.has_error("contact") and form.has_error("help")
    assert not Case.objects.exists()


# --- fuzzing the form parsing --------------------------------------------------------------------

FIELD_NAMES = [
    "who",
    "what",
    "help",
    "other",
    "contact",
    "consent_contact",
    "consent_share",
    "consent_reports",
    "reply",
    "homepage_address",
    "form_started",
    "csrfmiddlewaretoken",
    "message",
    "receipt",
]
values = st.one_of(
    st.text(max_size=300),
    st.sampled_from(["yes", "no", "receipt", "no_contact", "person", "legal", "", "\x00"]),
    st.lists(st.text(max_size=20), max_size=4),
)


@hypothesis_settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    data=st.dictionaries(st.sampled_from(FIELD_NAMES), values, max_size=len(FIELD_NAMES)),
    name=st.sampled_from(["apply", "offer"]),
    with_start=st.booleans(),
)
def test_no_posted_form_makes_a_500(handler, data, name, with_start):
    if with_start:
        data["form_started"] = started()
    response = Client().post(url(name), data)
    assert response.status_code in (200, 429)
    assert stored_files() == []
