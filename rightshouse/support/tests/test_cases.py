"""Cases at rest: created sealed to every handler and the recovery key, opened by a handler's
key or the applicant's receipt, damaged records shown as such, deleted without a trace."""

import pytest

from rightshouse.support import cases, crypto, keys
from rightshouse.support.models import AuditAction, AuditEntry, Case, Record, RecordKind

from .helpers import PASSPHRASE, case_key

pytestmark = pytest.mark.django_db


def new_case(with_receipt=True):
    return cases.create_case(
        [(RecordKind.REQUEST, "Нас выклікалі на допыт. MARKER".encode())],
        attachments=[([b"file ", b"bytes MARKER"], b'{"name": "../../etc/passwd"}')],
        with_receipt=with_receipt,
    )


def test_without_keys_the_service_takes_nothing(db, django_user_model):
    assert not keys.is_available()
    with pytest.raises(keys.NoKeys):
        new_case()
    keys.create_recovery_key()
    with pytest.raises(keys.NoKeys):  # a recovery key but no handler
        new_case()
    assert Case.objects.count() == 0


def test_a_case_opens_for_its_handler_the_recovery_key_and_the_receipt(handler, recovery_private):
    case, receipt = new_case()
    private = keys.unlock(handler, PASSPHRASE)
    case_key = cases.case_key_for_handler(case, keys.handler_key(handler), private)
    (request,) = cases.open_records(case, case_key, [RecordKind.REQUEST])
    assert "MARKER" in request.plaintext.decode()
    recovery_sealed = case.sealed_keys.get(recipient=keys.recovery_key()).sealed
    assert crypto.unseal(recovery_private, recovery_sealed) == case_key
    assert cases.case_for_receipt(receipt.upper()) == (case, case_key)
    assert cases.case_for_receipt(receipt[:-1] + "x") == (None, None)
    assert AuditEntry.objects.get().action == AuditAction.CREATED


def test_nothing_of_the_case_is_in_the_clear(handler, recovery_private, settings):
    case, _receipt = new_case()
    for record in Record.objects.all():
        assert b"MARKER" not in bytes(record.ciphertext)
        assert b"passwd" not in bytes(record.ciphertext)
    (stored,) = list(settings.SUPPORT_FILES_DIR.iterdir())
    assert b"MARKER" not in stored.read_bytes() and "passwd" not in stored.name


def test_a_damaged_record_does_not_keep_the_rest_from_opening(handler, recovery_private):
    case, _receipt = new_case()
    contact = cases.add_record(case, case_key(case, handler), RecordKind.CONTACT, b"signal: 123")
    blob = bytearray(contact.ciphertext)
    blob[-3] ^= 1
    Record.objects.filter(pk=contact.pk).update(ciphertext=bytes(blob))
    opened = cases.open_records(case, case_key(case, handler))
    assert [item.damaged for item in opened] == [False, False, True]


def test_a_record_moved_to_another_case_does_not_open(handler, recovery_private):
    first, _ = new_case()
    second, _ = new_case()
    Record.objects.filter(case=first, kind=RecordKind.REQUEST).update(case=second)
    opened = cases.open_records(second, case_key(second, handler), [RecordKind.REQUEST])
    assert sorted(item.damaged for item in opened) == [False, True]


def test_deleting_a_case_leaves_only_its_audit(handler, recovery_private, settings):
    case, receipt = new_case()
    number = case.pk
    cases.delete_case(case, AuditAction.RETENTION)
    assert not Case.objects.exists() and not Record.objects.exists()
    assert list(settings.SUPPORT_FILES_DIR.iterdir()) == []
    assert cases.case_for_receipt(receipt) == (None, None)
    assert list(AuditEntry.objects.values_list("case_number", "action")) == [
        (number, AuditAction.RETENTION),
        (number, AuditAction.CREATED),
    ]
