"""The signatory list of a published statement as CSV, JSON and PDF, in one language.

Every export reads `public.public_signatories`, the one list and count the page, the feeds
and the profiles show, and carries the text's SHA-256 and the signature log's chain head, so
that a copy handed to a UN body can be checked against the site and `verify_signatures`.
The PDF is made offline: its style is inline and WeasyPrint may fetch nothing.
"""

import json
from dataclasses import dataclass

from django.core.serializers.json import DjangoJSONEncoder
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from rightshouse.core.spreadsheets import csv_text
from rightshouse.core.visibility import public_pages
from rightshouse.publications.models import StatementPage

from .models import JointStatement, StatementStatus
from .public import public_signatories


@dataclass
class SignatoryExport:
    statement: JointStatement
    language: str
    text: object  # the StatementText in `language`
    page: StatementPage  # its public page in `language`
    page_url: str
    signatories: object  # public.Signatories
    profile_urls: dict  # party pk -> absolute profile address

    @property
    def count(self):
        return self.signatories.count


def public_statement_page(statement, language):
    """The statement's public page in `language`, or None."""
    if statement.status != StatementStatus.PUBLISHED or not statement.publication_key:
        return None
    pages = StatementPage.objects.filter(
        translation_key=statement.publication_key, locale__language_code=language
    )
    return public_pages(pages).first()


def published_statement(key, language):
    """(statement, its text in `language`, its public page there), or None when the statement
    is unknown, unpublished, or has no public page in that language."""
    statement = JointStatement.objects.filter(key=key).prefetch_related("texts").first()
    if statement is None:
        return None
    text = statement.text_in(language)
    page = public_statement_page(statement, language) if text else None
    return (statement, text, page) if page else None


def profile_url(party, language):
    with translation.override(language):
        return reverse("organisations:profile", args=[party.slug])


def build(statement, text, page, request):
    language = text.language
    signatories = public_signatories(statement, language)
    return SignatoryExport(
        statement=statement,
        language=language,
        text=text,
        page=page,
        page_url=request.build_absolute_uri(page.get_url(request)),
        signatories=signatories,
        profile_urls={
            signatory.party.pk: request.build_absolute_uri(profile_url(signatory.party, language))
            for signatory in signatories.named
        },
    )


def filename(export, extension):
    """ASCII only, and no organisation's name: the statement's key and the language."""
    return f"joint-statement-{export.statement.key}-signatories-{export.language}.{extension}"


def count_sentence(count):
    return ngettext(
        "Signed by %(count)d organisation", "Signed by %(count)d organisations", count
    ) % {"count": count}


def not_named_sentence(count):
    return ngettext(
        "+%(count)d organisation not named for safety",
        "+%(count)d organisations not named for safety",
        count,
    ) % {"count": count}


# --- CSV --------------------------------------------------------------------------------


def as_csv(export):
    """A header row, one row per named signatory, then the not-named count and the facts that
    identify what was signed (core.spreadsheets: UTF-8 with a byte order mark, cells safe
    from formula injection)."""
    header = [
        _("No."),
        _("Organisation"),
        _("Profile"),
        _("Signed on"),
        _("Joined after publication"),
    ]
    named = [
        [
            number,
            signatory.name,
            export.profile_urls[signatory.party.pk],
            signatory.signed_at.date().isoformat(),
            _("yes") if signatory.joined_after_publication else "",
        ]
        for number, signatory in enumerate(export.signatories.named, start=1)
    ]
    facts = [
        [_("Not named for safety"), export.signatories.not_named_count],
        [_("Statement"), export.text.title],
        [_("Address"), export.page_url],
        [_("Signatories"), export.count, count_sentence(export.count)],
        [_("SHA-256 of the text"), export.text.sha256],
        [_("Signature log: chain head"), export.statement.chain_head],
        [_("Signature log: length"), export.statement.chain_length],
    ]
    return csv_text([header, *named, [], *facts])


def as_json(export):
    """Keys in English, the same in every language; names in the export's language."""
    statement = export.statement
    data = {
        "statement": {
            "key": str(statement.key),
            "title": export.text.title,
            "language": export.language,
            "text_sha256": export.text.sha256,
            "published_at": statement.published_at,
            "url": export.page_url,
        },
        "signatories": [
            {
                "name": signatory.name,
                "profile_url": export.profile_urls[signatory.party.pk],
                "signed_on": signatory.signed_at.date(),
                "joined_after_publication": signatory.joined_after_publication,
            }
            for signatory in export.signatories.named
        ],
        "not_named_count": export.signatories.not_named_count,
        "count": export.count,
        "chain": {"head": statement.chain_head, "length": statement.chain_length},
    }
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)


# --- PDF --------------------------------------------------------------------------------


class OfflineFetchRefused(Exception):
    pass


def refuse_fetch(url, *args, **kwargs):
    """WeasyPrint's url_fetcher: nothing is fetched, from the network or the disk."""
    raise OfflineFetchRefused(url)


def _css_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def page_counter_content(language):
    """The CSS `content` of "page X of Y" in `language`, with the counters in their places."""
    with translation.override(language):
        sentence = _("page %(page)s of %(pages)s") % {"page": "\0page\0", "pages": "\0pages\0"}
    parts = []
    for number, piece in enumerate(sentence.split("\0")):
        if number % 2:
            parts.append(f"counter({piece})")
        elif piece:
            parts.append(_css_string(piece))
    return " ".join(parts)


def as_pdf(export):
    from weasyprint import HTML  # imported when needed: it loads Pango

    html = render_to_string(
        "statements/signatories_pdf.html",
        {
            "export": export,
            "signatories": export.signatories,
            "count_sentence": count_sentence(export.count),
            "not_named_sentence": not_named_sentence(export.signatories.not_named_count),
            "page_counter": page_counter_content(export.language),
        },
    )
    return HTML(string=html, base_url=export.page_url, url_fetcher=refuse_fetch).write_pdf()
