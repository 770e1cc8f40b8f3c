"""The Principles page: the edition in force, every published edition at its own address,
and what changed from one edition to the next.

Editions are the same under every language's Principles page; each shows its text in the
page's language, or in the first of be, ru, en it has, and says so. Unpublished editions do
not exist for the public. The page's own privacy (Wagtail's view restrictions) covers every
route, since Wagtail checks it before routing reaches these views.
"""

from dataclasses import dataclass

from django.http import Http404
from django.utils import translation

from rightshouse.core.fallback import LANGUAGE_CODES

from ..diff import compare
from ..editions import in_language
from ..models import Edition

# The other parts of the page's procedure, linked from every edition (PrinciplesPage routes).
PROCEDURE_ROUTES = ("register", "accede", "report", "decisions")


@dataclass(frozen=True)
class LanguageHash:
    language: str
    label: str  # "in Belarusian"
    sha256: str
    shown: bool  # the text on screen


def _published_editions():
    return list(Edition.objects.published().prefetch_related("texts").order_by("-number"))


def _published_edition(editions, number):
    for edition in editions:
        if edition.number == number:
            return edition
    raise Http404


def _previous(editions, edition):
    """The published edition before `edition`, or None."""
    earlier = [other for other in editions if other.number < edition.number]
    return earlier[0] if earlier else None


def _text_in_language(edition, language):
    return next((text for text in edition.texts.all() if text.language == language), None)


def _language_context(text):
    """The text's language, and whether it is not the page's (a fallback), for the notice."""
    wanted = translation.get_language()
    return {
        "is_fallback": text is not None and text.language != wanted,
        "wanted_in": in_language(wanted),
        "shown_in": in_language(text.language) if text else "",
    }


def _common_context(request, page, editions):
    return {
        "in_force": editions[0] if editions else None,
        "editions": [
            (edition, page.url_of("edition", edition.number, request=request))
            for edition in editions
        ],
        "procedure_urls": {
            route: page.url_of(route, request=request) for route in PROCEDURE_ROUTES
        },
    }


def _edition_context(request, page, editions, edition):
    if edition is None:
        return _common_context(request, page, editions)
    text = edition.text_in()
    texts = {text.language: text for text in edition.texts.all()}
    previous = _previous(editions, edition)
    return {
        **_common_context(request, page, editions),
        "edition": edition,
        "text": text,
        **_language_context(text),
        "edition_url": page.url_of("edition", edition.number, request=request),
        "previous": previous,
        "changes_url": page.url_of("edition_changes", edition.number, request=request)
        if previous
        else "",
        "hashes": [
            LanguageHash(code, in_language(code), texts[code].sha256, texts[code] == text)
            for code in LANGUAGE_CODES
            if code in texts
        ],
    }


def current(request, page):
    editions = _published_editions()
    in_force = editions[0] if editions else None
    context = _edition_context(request, page, editions, in_force)
    return page.render(
        request,
        template="principles/principles_page.html",
        context_overrides={**context, "show_permanent_links": True},
    )


def edition(request, page, number):
    editions = _published_editions()
    shown = _published_edition(editions, number)
    return page.render(
        request,
        template="principles/edition.html",
        context_overrides=_edition_context(request, page, editions, shown),
    )


def changes(request, page, number):
    editions = _published_editions()
    newer = _published_edition(editions, number)
    older = _previous(editions, newer)
    if older is None:
        raise Http404
    text = newer.text_in()
    older_text = _text_in_language(older, text.language) if text else None
    return page.render(
        request,
        template="principles/edition_changes.html",
        context_overrides={
            **_common_context(request, page, editions),
            "edition": newer,
            "previous": older,
            "text": text,
            **_language_context(text),
            "edition_url": page.url_of("edition", newer.number, request=request),
            "previous_url": page.url_of("edition", older.number, request=request),
            "comparison": compare(older_text, text) if older_text else None,
        },
    )
