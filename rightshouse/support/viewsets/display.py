"""A case's records as the case page shows them: labelled fields, text, attachments."""

import json

from django.utils.translation import gettext_lazy as _

from ..export import meta_of
from ..models import RecordKind

# The applicant's answers and consents by their keys in the records' JSON (any other key is
# shown as it is).
FIELD_LABELS = {
    "who": _("Who applies"),
    "what": _("What happened"),
    "help": _("Help needed"),
    "other": _("Other"),
    "languages": _("Languages"),
    "capacity": _("Capacity"),
    "contact": _("May we contact you"),
    "share_with_partner": _("May we share with a partner organisation"),
    "anonymised_reports": _("May we use it anonymised in reports"),
    "recorded_by_handler": _("Recorded by a handler"),
    "matched_with": _("Matched with case"),
    "other_kind": _("Kind of the other case"),
    "consent": _("On the consent"),
}


def _value(value):
    if value is True:
        return _("yes")
    if value is False:
        return _("no")
    if isinstance(value, list):
        return ", ".join(str(_value(item)) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else str(value)


def shown(opened):
    """{kind, label, created_on, damaged, fields, text, attachment} for the template."""
    record = opened.record
    item = {
        "record": record,
        "label": record.get_kind_display(),
        "damaged": opened.damaged,
        "fields": [],
        "text": "",
        "attachment": None,
    }
    if opened.damaged:
        return item
    if record.kind == RecordKind.ATTACHMENT:
        meta = meta_of(opened)
        item["attachment"] = {
            "name": str(meta.get("name") or _("(no name)")),
            "type": str(meta.get("type") or ""),
            "size": meta.get("size") if isinstance(meta.get("size"), int) else None,
        }
        return item
    try:
        text = opened.plaintext.decode("utf-8")
    except UnicodeDecodeError:
        item["damaged"] = True
        return item
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if isinstance(data, dict):
        item["fields"] = [(FIELD_LABELS.get(k, k), _value(v)) for k, v in data.items()]
    else:
        item["text"] = text
    return item
