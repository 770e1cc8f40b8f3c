"""The handler's side in the admin: queue, refusals, reading, replying, status, reassigning,
downloading, deleting."""

import json

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from rightshouse.support import cases, crypto, session_keys
from rightshouse.support.models import (
    AuditAction,
    Case,
    CaseStatus,
    Record,
    RecordKind,
)

from .helpers import EN, actions, case_key, client_for, make_handler, new_case, unlocked_client

pytestmark = pytest.mark.django_db


def test_the_queue_lists_own_cases_without_content(handler):
    case = new_case()
    client = unlocked_client(handler)
    response = client.get(reverse("support_cases:index"), **EN)
    assert response.status_code == 200
    assert reverse("support_cases:case", args=[case.pk]).encode() in response.content
    assert b"MARKER" not in response.content
    assert "no-store" in response["Cache-Control"]


def test_a_locked_handler_is_sent_to_unlock(handler):
    case = new_case()
    client = client_for(handler)
    for url in [reverse("support_cases:index"), reverse("support_cases:case", args=[case.pk])]:
        response = client.get(url, **EN)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("support_cases:unlock"))
    assert not actions(case, AuditAction.VIEWED)


def test_an_unassigned_handler_gets_403_and_an_audit_entry(handler, django_user_model):
    case = new_case()
    latecomer = make_handler(django_user_model, "latecomer")  # key made after the case
    response = unlocked_client(latecomer).get(reverse("support_cases:case", args=[case.pk]), **EN)
    assert response.status_code == 403
    assert b"MARKER" not in response.content
    assert [entry.user for entry in actions(case, AuditAction.REFUSED)] == [latecomer]


def test_an_admin_without_a_handler_key_reads_nothing(handler, admin_user):
    case = new_case()
    client = client_for(admin_user)
    queue = client.get(reverse("support_cases:index"), **EN)
    assert queue.status_code == 200 and b"no handler key" in queue.content
    response = client.get(reverse("support_cases:case", args=[case.pk]), **EN)
    assert response.status_code == 403
    download = client.get(
        reverse("support_cases:download", args=[case.pk, case.records.last().pk]), **EN
    )
    assert download.status_code == 403
    assert len(actions(case, AuditAction.REFUSED)) == 2


def test_staff_without_the_permission_get_403(handler, django_user_model):
    case = new_case()
    editor = django_user_model.objects.create_user("editor")
    editor.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    response = client_for(editor).get(reverse("support_cases:case", args=[case.pk]), **EN)
    assert response.status_code == 403


def test_the_case_page_reads_every_record_and_shows_a_damaged_one(handler):
    case = new_case(consent={"contact": True, "share_with_partner": False})
    contact = case.records.get(kind=RecordKind.CONTACT)
    blob = bytearray(contact.ciphertext)
    blob[-1] ^= 1
    Record.objects.filter(pk=contact.pk).update(ciphertext=bytes(blob))
    response = unlocked_client(handler).get(reverse("support_cases:case", args=[case.pk]), **EN)
    assert response.status_code == 200
    page = response.content.decode()
    assert "MARKER story" in page and "Арганізацыя X" in page
    assert "signal: +000" not in page and "damaged" in page
    assert "May we share with a partner organisation" in page
    assert "image/png" in page
    assert [entry.user for entry in actions(case, AuditAction.VIEWED)] == [handler]


def test_a_reply_is_stored_encrypted(handler):
    case = new_case()
    client = unlocked_client(handler)
    url = reverse("support_cases:case", args=[case.pk])
    response = client.post(url, {"action": "reply", "text": "We will call. REPLYMARK"}, **EN)
    assert response.status_code == 302
    record = case.records.get(kind=RecordKind.FROM_HANDLER)
    assert b"REPLYMARK" not in bytes(record.ciphertext)
    (opened,) = cases.open_records(case, case_key(case, handler), [RecordKind.FROM_HANDLER])
    assert opened.plaintext == b"We will call. REPLYMARK"
    assert actions(case, AuditAction.REPLIED)
    assert "REPLYMARK" in client.get(url, **EN).content.decode()


def test_an_empty_reply_is_refused_without_a_write(handler):
    case = new_case()
    url = reverse("support_cases:case", args=[case.pk])
    response = unlocked_client(handler).post(url, {"action": "reply", "text": ""}, **EN)
    assert response.status_code == 400
    assert not case.records.filter(kind=RecordKind.FROM_HANDLER).exists()


def test_status_changes_and_closing_dates_the_case(handler):
    case = new_case()
    client = unlocked_client(handler)
    url = reverse("support_cases:case", args=[case.pk])
    client.post(url, {"action": "status", "status": CaseStatus.CLOSED}, **EN)
    case.refresh_from_db()
    assert case.status == CaseStatus.CLOSED and case.closed_on == cases.today()
    client.post(url, {"action": "status", "status": CaseStatus.IN_PROGRESS}, **EN)
    case.refresh_from_db()
    assert case.status == CaseStatus.IN_PROGRESS and case.closed_on is None
    assert len(actions(case, AuditAction.STATUS)) == 2
    response = client.post(url, {"action": "status", "status": "lost"}, **EN)
    assert response.status_code == 400


def test_reassigning_gives_the_case_to_the_new_handler_only(handler, django_user_model):
    case = new_case()
    colleague = make_handler(django_user_model, "colleague")
    client = unlocked_client(handler)
    url = reverse("support_cases:case", args=[case.pk])
    response = client.post(url, {"action": "reassign", "handlers": [str(colleague.pk)]}, **EN)
    assert response.status_code == 302 and response["Location"] == reverse("support_cases:index")
    assert list(case.handlers.all()) == [colleague]
    assert actions(case, AuditAction.REASSIGNED)
    assert unlocked_client(colleague).get(url, **EN).status_code == 200
    assert client.get(url, **EN).status_code == 403
    with pytest.raises(crypto.Damaged):
        case_key(case, handler)


def test_an_attachment_downloads_decrypted_under_a_safe_name(handler):
    case = new_case()
    attachment = case.records.get(kind=RecordKind.ATTACHMENT)
    url = reverse("support_cases:download", args=[case.pk, attachment.pk])
    response = unlocked_client(handler).get(url, **EN)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"file MARKER"
    disposition = response["Content-Disposition"]
    assert disposition.isascii() and "/" not in disposition and ".." not in disposition
    assert response["Content-Type"] == "application/octet-stream"
    assert "no-store" in response["Cache-Control"]
    assert actions(case, AuditAction.DOWNLOADED)


def test_an_uploaded_attachment_with_its_own_file_key_downloads(handler, settings):
    case = new_case(attachment=False)
    file_key = crypto.new_key()
    stored_name = "a" * 32
    settings.SUPPORT_FILES_DIR.mkdir(parents=True, exist_ok=True)
    with open(settings.SUPPORT_FILES_DIR / stored_name, "wb") as output:
        crypto.encrypt_stream(
            file_key,
            [b"uploaded bytes"],
            output,
            crypto.associated_data(case.uid, "file", stored_name),
        )
    meta = {"name": "scan.pdf", "type": "application/pdf", "size": 14, "file_key": file_key.hex()}
    key = case_key(case, handler)
    record = cases.add_record(case, key, RecordKind.ATTACHMENT, json.dumps(meta).encode())
    Record.objects.filter(pk=record.pk).update(stored_name=stored_name)
    url = reverse("support_cases:download", args=[case.pk, record.pk])
    response = unlocked_client(handler).get(url, **EN)
    assert b"".join(response.streaming_content) == b"uploaded bytes"
    assert 'filename="scan.pdf"' in response["Content-Disposition"]


def test_a_damaged_attachment_gives_a_message_not_a_500(handler, settings):
    case = new_case()
    attachment = case.records.get(kind=RecordKind.ATTACHMENT)
    path = settings.SUPPORT_FILES_DIR / attachment.stored_name
    blob = bytearray(path.read_bytes())
    blob[40] ^= 1
    path.write_bytes(bytes(blob))
    url = reverse("support_cases:download", args=[case.pk, attachment.pk])
    response = unlocked_client(handler).get(url, **EN)
    assert response.status_code == 302
    assert not actions(case, AuditAction.DOWNLOADED)


def test_deleting_a_case_leaves_only_the_audit(handler, settings):
    case = new_case()
    client = unlocked_client(handler)
    url = reverse("support_cases:case", args=[case.pk])
    assert client.post(url, {"action": "delete"}, **EN).status_code == 400  # not confirmed
    assert Case.objects.filter(pk=case.pk).exists()
    response = client.post(url, {"action": "delete", "confirm": "on"}, **EN)
    assert response.status_code == 302
    assert not Case.objects.filter(pk=case.pk).exists()
    assert not list(settings.SUPPORT_FILES_DIR.iterdir())
    assert [entry.user for entry in actions(case, AuditAction.DELETED)] == [handler]


def test_the_lock_button_locks(handler):
    case = new_case()
    client = unlocked_client(handler)
    url = reverse("support_cases:case", args=[case.pk])
    assert client.get(url, **EN).status_code == 200
    client.post(reverse("support_cases:lock"), **EN)
    assert session_keys.SESSION_KEY not in client.session
    assert client.get(url, **EN).status_code == 302
