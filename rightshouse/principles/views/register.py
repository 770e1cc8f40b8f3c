"""The public register: its page, CSV and JSON downloads, RSS and Atom feeds.

All of them read rightshouse.principles.public_register, and nothing else: what one shows,
the others show, and a party hidden from one is hidden from all.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from rightshouse.core.languages import active_locale
from rightshouse.core.spreadsheets import csv_text
from rightshouse.core.visibility import public_pages

from .. import public_register
from ..feeds import AtomRegisterFeed, RssRegisterFeed
from ..models import PrinciplesPage


def _links(request, page):
    return {
        "register_url": page.url_of("register", request=request),
        "csv_url": page.url_of("register_csv", request=request),
        "json_url": page.url_of("register_json", request=request),
        "rss_url": page.url_of("register_rss", request=request),
        "atom_url": page.url_of("register_atom", request=request),
        "accede_url": page.url_of("accede", request=request),
    }


def register(request, page):
    rows = public_register.public_rows()
    edition_urls = {
        number: page.url_of("edition", number, request=request)
        for number in {row.edition_number for row in rows}
    }
    return page.render(
        request,
        template="principles/register.html",
        context_overrides={
            "entries": [(row, edition_urls[row.edition_number]) for row in rows],
            "summary": public_register.summary(rows),
            **_links(request, page),
        },
    )


def _filename(extension):
    return f"rights-house-register-{translation.get_language()}.{extension}"


def register_csv(request, page):
    """UTF-8 with a byte order mark (core.spreadsheets): without it, spreadsheet apps on
    Windows read the file in the local legacy code page and garble every Cyrillic name."""
    header = [
        _("No."),
        pgettext("party", "Name"),
        _("Profile"),
        _("Kind"),
        _("Acceded on"),
        _("Edition"),
        _("Language of the text"),
        _("SHA-256 of the text"),
        _("Status"),
        _("Status since"),
        _("Reason"),
    ]
    rows = [
        [
            row.number,
            row.display_name,
            request.build_absolute_uri(row.profile_url) if row.named else "",
            row.kind_label,
            row.acceded_on.isoformat(),
            row.edition_number,
            row.text_language,
            row.text_sha256,
            row.status_label,
            row.status_since.isoformat(),
            row.status_reason,
        ]
        for row in public_register.public_rows()
    ]
    response = HttpResponse(csv_text([header, *rows]), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename("csv")}"'
    return response


def register_json(request, page):
    """Keys in English, the same in every language; names and labels in the page's language,
    beside the codes (`kind`, `status`) a program can rely on."""
    rows = public_register.public_rows()
    summary = public_register.summary(rows)
    data = {
        "title": _("Register of accession to the Principles"),
        "language": translation.get_language(),
        "url": request.build_absolute_uri(page.url_of("register", request=request)),
        "total": summary.total,
        "active": summary.active,
        "last_changed": summary.last_changed,
        "accessions": [
            {
                "number": row.number,
                "named": row.named,
                "name": row.display_name,
                "profile_url": request.build_absolute_uri(row.profile_url) if row.named else None,
                "kind": row.kind,
                "kind_label": row.kind_label,
                "acceded_on": row.acceded_on,
                "edition": row.edition_number,
                "text_language": row.text_language,
                "text_sha256": row.text_sha256,
                "status": row.status,
                "status_label": row.status_label,
                "status_since": row.status_since,
                "status_reason": row.status_reason,
            }
            for row in rows
        ],
    }
    body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    # Shown in the browser when opened, saved under this name when downloaded.
    response["Content-Disposition"] = f'inline; filename="{_filename("json")}"'
    return response


def register_rss(request, page):
    return RssRegisterFeed()(request, page=page)


def register_atom(request, page):
    return AtomRegisterFeed()(request, page=page)


def profile_section(party, request):
    """The accession section of a party's profile (a `rightshouse_party_profile_sections`
    hook): its row of the public register, linked there, or None when it has none."""
    row = public_register.public_row_of(party)
    if row is None or not row.named:
        return None
    page = public_pages(PrinciplesPage.objects.filter(locale=active_locale(request))).first()
    register_url = page.url_of("register", request=request) if page else ""
    return (
        "principles/includes/party_accession.html",
        {"row": row, "row_url": f"{register_url}#{row.anchor}" if page else ""},
    )
