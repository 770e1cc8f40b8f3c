"""Asking for support and offering it, as a browser without JavaScript does it: everything
sent ends encrypted (a marker sent in every field and file is found nowhere in the clear),
the receipt is shown once, the service fails closed, CSRF holds, no input makes a 500."""

import json
import tempfile
import time
import uuid
from pathlib import Path

import pytest
from django.db import connection
from django.test import Client
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from rightshouse.support import cases, export
from rightshouse.support.forms import SupportOfferForm
from rightshouse.support.models import Case, CaseKind, Record, RecordKind

from .helpers import (
    CSRF_TOKEN,
    LANGUAGES,
    all_database_bytes,
    case_key,
    contains,
    files_under,
    post_multipart,
    request_data,
    started,
    stored_files,
    url,
)

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
    key = case_key(case, handler)
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
    key = case_key(case, handler)
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
    opened = cases.open_records(case, case_key(case, handler))
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
