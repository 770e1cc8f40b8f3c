"""What the support tests share: handlers, cases, clients, and the applicant's forms as a
browser without JavaScript posts them."""

import json
import os
import re
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import Permission
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from rightshouse.conftest import log_in_with_second_factor
from rightshouse.support import cases, keys
from rightshouse.support.forms import SupportRequestForm
from rightshouse.support.models import AuditEntry, CaseKind, RecordKind

PASSPHRASE = "correct horse battery staple"
EN = {"HTTP_ACCEPT_LANGUAGE": "en"}


def make_handler(django_user_model, username, with_key=True):
    user = django_user_model.objects.create_user(username, email=f"{username}@example.org")
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="support", codename="handle_cases"),
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
    )
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    if with_key:
        keys.create_handler_key(user, PASSPHRASE)
    return user


def client_for(user):
    return log_in_with_second_factor(Client(), user)


def unlocked_client(user, passphrase=PASSPHRASE):
    client = client_for(user)
    response = client.post(reverse("support_cases:unlock"), {"passphrase": passphrase}, **EN)
    assert response.status_code == 302
    return client


def new_case(kind=CaseKind.REQUEST, consent=None, attachment=True):
    records = [
        (
            RecordKind.REQUEST,
            json.dumps(
                {"who": "Арганізацыя X", "what": "MARKER story", "help": ["legal"]}
            ).encode(),
        ),
        (RecordKind.CONTACT, b"signal: +000 MARKER"),
    ]
    if consent is not None:
        records.append((RecordKind.CONSENT, json.dumps(consent).encode()))
    attachments = []
    if attachment:
        meta = json.dumps(
            {"name": "../../etc/passwd\u202egpj.exe", "type": "image/png", "size": 11}
        )
        attachments.append(([b"file ", b"MARKER"], meta.encode()))
    case, _receipt = cases.create_case(records, attachments=attachments, kind=kind)
    return case


def case_key(case, user):
    private = keys.unlock(user, PASSPHRASE)
    return cases.case_key_for_handler(case, keys.handler_key(user), private)


def actions(case, action):
    return list(AuditEntry.objects.filter(case_number=case.pk, action=action))


LANGUAGES = ("be", "ru", "en")
CSRF_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


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
