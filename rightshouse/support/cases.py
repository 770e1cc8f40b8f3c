"""The rules of a case's records: creating a case, opening it, adding to it.

The case key lives only in memory while a request needs it. `open_case` returns it for a
handler (from their unlocked private key) or an applicant (from their receipt); records are
decrypted one by one, so a damaged one is shown as such and the rest still opens.
"""

import datetime
import secrets
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from . import crypto, keys, receipts
from .models import (
    AuditAction,
    AuditEntry,
    Case,
    CaseKind,
    CaseStatus,
    Record,
    RecordKind,
    SealedCaseKey,
)


def today():
    return timezone.localdate()


def files_dir():
    path = Path(settings.SUPPORT_FILES_DIR)
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def record_aad(case, kind, record_uid):
    return crypto.associated_data(case.uid, kind, record_uid)


def audit(case_number, action, user=None):
    AuditEntry.objects.create(case_number=case_number, user=user, action=action, on=today())


@dataclass
class Opened:
    """A record of an opened case: its plaintext, or damaged=True."""

    record: Record
    plaintext: bytes | None

    @property
    def damaged(self):
        return self.plaintext is None


def add_record(case, case_key, kind, plaintext):
    record = Record(case=case, kind=kind, created_on=today())
    record.ciphertext = crypto.encrypt(case_key, plaintext, record_aad(case, kind, record.uid))
    record.save()
    return record


def add_attachment(case, case_key, chunks, meta_plaintext):
    """Streams `chunks` into an encrypted file with a random name; its name, type and size
    (`meta_plaintext`, bytes) go into the record's ciphertext."""
    record = Record(case=case, kind=RecordKind.ATTACHMENT, created_on=today())
    record.stored_name = secrets.token_hex(16)
    path = files_dir() / record.stored_name
    aad = record_aad(case, RecordKind.ATTACHMENT, record.uid)
    try:
        with open(path, "xb") as output:
            crypto.encrypt_stream(case_key, chunks, output, aad)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    record.ciphertext = crypto.encrypt(case_key, meta_plaintext, aad)
    record.save()
    return record


def attach_encrypted_file(case, case_key, stored_name, meta_plaintext):
    """The record of a file the upload handler has already encrypted under a key of its own
    (rightshouse.support.uploads): `meta_plaintext` (bytes, JSON with its name, type, size
    and "file_key") goes into the record's ciphertext under the case key."""
    record = Record(
        case=case, kind=RecordKind.ATTACHMENT, created_on=today(), stored_name=stored_name
    )
    record.ciphertext = crypto.encrypt(
        case_key, meta_plaintext, record_aad(case, RecordKind.ATTACHMENT, record.uid)
    )
    record.save()
    return record


def create_case(
    records,
    *,
    attachments=(),
    encrypted_files=(),
    with_receipt=False,
    kind=CaseKind.REQUEST,
    uid=None,
):
    """A new case with `records` [(kind, plaintext bytes)] and `attachments`
    [(chunks, meta bytes)]; returns (case, receipt or None). Raises keys.NoKeys when the
    service has no recovery key or no handler key. The case key is sealed to the recovery
    key and to every active handler key.

    `encrypted_files` [(stored name, meta bytes)] are files already encrypted by the upload
    handler for the case whose `uid` it was given (their stream is bound to it); their files
    are the caller's to delete if this raises."""
    recovery = keys.recovery_key()
    handler_keys = list(keys.handler_keys().select_related("user"))
    if recovery is None or not handler_keys:
        raise keys.NoKeys
    case_key = crypto.new_key()
    receipt = receipts.new_receipt() if with_receipt else None
    lookup, applicant_key = receipts.stretch(receipt) if receipt else (None, None)
    written_files = []
    try:
        with transaction.atomic():
            case = Case.objects.create(
                kind=kind,
                created_on=today(),
                last_activity_on=today(),
                receipt_lookup=lookup,
                **({"uid": uid} if uid is not None else {}),
            )
            if applicant_key is not None:
                case.applicant_key_box = crypto.encrypt(
                    applicant_key, case_key, record_aad(case, "applicant-key", "")
                )
                case.save(update_fields=["applicant_key_box"])
            for recipient in [recovery, *handler_keys]:
                SealedCaseKey.objects.create(
                    case=case,
                    recipient=recipient,
                    sealed=crypto.seal(recipient.public_key, case_key),
                )
            case.handlers.set([key.user for key in handler_keys])
            for kind, plaintext in records:
                add_record(case, case_key, kind, plaintext)
            for chunks, meta in attachments:
                written_files.append(add_attachment(case, case_key, chunks, meta).stored_name)
            for stored_name, meta in encrypted_files:
                attach_encrypted_file(case, case_key, stored_name, meta)
            audit(case.pk, AuditAction.CREATED)
    except BaseException:
        for name in written_files:
            (files_dir() / name).unlink(missing_ok=True)
        raise
    return case, receipt


def case_key_for_handler(case, recipient_key, private_key):
    sealed = SealedCaseKey.objects.filter(case=case, recipient=recipient_key).first()
    if sealed is None:
        raise crypto.Damaged("no key of this handler")
    return crypto.unseal(private_key, sealed.sealed)


def case_for_receipt(receipt):
    """(case, case key) for a receipt, or (None, None). Well-formed receipts all cost one
    Argon2id run, found or not."""
    normalised = receipts.normalise(receipt)
    if normalised is None:
        return None, None
    lookup, applicant_key = receipts.stretch(normalised)
    case = Case.objects.filter(receipt_lookup=lookup).first()
    if case is None:
        return None, None
    try:
        case_key = crypto.decrypt(
            applicant_key, case.applicant_key_box, record_aad(case, "applicant-key", "")
        )
    except crypto.Damaged:
        return None, None
    return case, case_key


def open_records(case, case_key, kinds=None):
    records = case.records.all()
    if kinds is not None:
        records = records.filter(kind__in=kinds)
    opened = []
    for record in records:
        try:
            plaintext = crypto.decrypt(
                case_key, record.ciphertext, record_aad(case, record.kind, record.uid)
            )
        except crypto.Damaged:
            plaintext = None
        opened.append(Opened(record, plaintext))
    return opened


def touch(case):
    Case.objects.filter(pk=case.pk).update(last_activity_on=today())


def reseal_for(case, case_key, users):
    """Gives the case to `users` (their active keys): sealed keys of others go, except the
    recovery key's."""
    with transaction.atomic():
        recipients = list(keys.handler_keys().filter(user__in=users))
        SealedCaseKey.objects.filter(case=case, recipient__kind="handler").exclude(
            recipient__in=recipients
        ).delete()
        for recipient in recipients:
            SealedCaseKey.objects.get_or_create(
                case=case,
                recipient=recipient,
                defaults={"sealed": crypto.seal(recipient.public_key, case_key)},
            )
        case.handlers.set([recipient.user for recipient in recipients])


def delete_case(case, action=AuditAction.DELETED, user=None):
    """Keys first, then ciphertext, then files; the audit keeps the number and the day."""
    with transaction.atomic():
        names = list(case.records.exclude(stored_name="").values_list("stored_name", flat=True))
        case.sealed_keys.all().delete()
        type(case).objects.filter(pk=case.pk).update(applicant_key_box=None, receipt_lookup=None)
        case.records.all().delete()
        number = case.pk
        case.delete()
        audit(number, action, user)
    for name in names:
        (files_dir() / name).unlink(missing_ok=True)


def retention_cutoff(days=None):
    days = settings.SUPPORT_RETENTION_DAYS if days is None else days
    return today() - datetime.timedelta(days=days)


def reply(case, case_key, text, user):
    """A handler's message to the applicant (encrypted like the rest); the case is active."""
    with transaction.atomic():
        record = add_record(case, case_key, RecordKind.FROM_HANDLER, text.encode())
        touch(case)
        audit(case.pk, AuditAction.REPLIED, user)
    return record


def set_status(case, status, user):
    """Moves the case to `status`; closing dates it (retention counts from then)."""
    case.status = status
    case.closed_on = today() if status == CaseStatus.CLOSED else None
    case.last_activity_on = today()
    with transaction.atomic():
        case.save(update_fields=["status", "closed_on", "last_activity_on"])
        audit(case.pk, AuditAction.STATUS, user)
