"""Reading a case out: its records as data, its attachments' bytes, and an encrypted export.

An attachment is either one made by `cases.add_attachment` (the file's stream under the case
key, with the record's associated data) or one made by the upload handler, whose meta carries
a key of its own ("file_key", hex) and whose stream is bound to the stored file's name.

The export file is one line of JSON (format, case number, the export key sealed to the
handler's and to the recovery public key), then a secretstream under that export key of the
case as JSON (records' plaintexts, attachments in base64). `tools/support_decrypt.py`
opens it offline with either private key.
"""

import base64
import io
import json

from django.core.serializers.json import DjangoJSONEncoder

from . import cases, crypto, keys
from .models import RecordKind

FORMAT = "rightshouse-support-export"
VERSION = 1
EXPORT_AAD = b"rightshouse.support.export.v1"


def meta_of(opened):
    """An attachment record's meta as a dict ({} if damaged or not JSON)."""
    if opened.plaintext is None:
        return {}
    try:
        meta = json.loads(opened.plaintext)
    except (ValueError, UnicodeDecodeError):
        return {}
    return meta if isinstance(meta, dict) else {}


def attachment_chunks(case, case_key, opened):
    """The plaintext chunks of an attachment; raises crypto.Damaged (perhaps after some
    chunks) if the file is missing or changed."""
    record = opened.record
    meta = meta_of(opened)
    if opened.damaged or not record.stored_name:
        raise crypto.Damaged("no attachment")
    if isinstance(meta.get("file_key"), str):
        try:
            file_key = bytes.fromhex(meta["file_key"])
        except ValueError as error:
            raise crypto.Damaged("file key") from error
        key, aad = file_key, crypto.associated_data(case.uid, "file", record.stored_name)
    else:
        key, aad = case_key, cases.record_aad(case, RecordKind.ATTACHMENT, record.uid)
    path = cases.files_dir() / record.stored_name
    try:
        source = open(path, "rb")  # noqa: SIM115 (closed when the generator ends)
    except OSError as error:
        raise crypto.Damaged("file missing") from error
    with source:
        yield from crypto.decrypt_stream(key, source, aad)


def _plain_value(plaintext):
    """A record's plaintext as JSON if it is JSON, else as text."""
    try:
        text = plaintext.decode("utf-8")
    except UnicodeDecodeError:
        return {"base64": base64.b64encode(plaintext).decode()}
    try:
        return json.loads(text)
    except ValueError:
        return text


def case_content(case, case_key):
    """The case as a dict: its plain facts, every record, attachments' bytes in base64."""
    records = []
    for opened in cases.open_records(case, case_key):
        item = {"kind": opened.record.kind, "created_on": opened.record.created_on}
        if opened.damaged:
            item["damaged"] = True
        elif opened.record.kind == RecordKind.ATTACHMENT:
            meta = {k: v for k, v in meta_of(opened).items() if k != "file_key"}
            item["meta"] = meta
            try:
                data = b"".join(attachment_chunks(case, case_key, opened))
            except crypto.Damaged:
                item["file_damaged"] = True
            else:
                item["data_base64"] = base64.b64encode(data).decode()
        else:
            item["content"] = _plain_value(opened.plaintext)
        records.append(item)
    return {
        "case": case.pk,
        "kind": case.kind,
        "status": case.status,
        "created_on": case.created_on,
        "last_activity_on": case.last_activity_on,
        "closed_on": case.closed_on,
        "records": records,
    }


def export_case(case, case_key, handler_public_key):
    """The export file's bytes, openable with the handler's or the recovery private key."""
    recovery = keys.recovery_key()
    recipients = [("handler", bytes(handler_public_key))]
    if recovery is not None:
        recipients.append(("recovery", bytes(recovery.public_key)))
    export_key = crypto.new_key()
    header = {
        "format": FORMAT,
        "version": VERSION,
        "case": case.pk,
        "sealed_for": [
            {
                "recipient": name,
                "public_key": public.hex(),
                "sealed": crypto.seal(public, export_key).hex(),
            }
            for name, public in recipients
        ],
    }
    payload = json.dumps(case_content(case, case_key), cls=DjangoJSONEncoder).encode()
    output = io.BytesIO()
    output.write(json.dumps(header).encode() + b"\n")
    crypto.encrypt_stream(export_key, [payload], output, EXPORT_AAD)
    return output.getvalue()
