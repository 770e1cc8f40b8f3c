"""Where each language's version of the thing on screen lives, for hreflang and the switcher."""

import re
from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from wagtail.models import Locale, Page

from rightshouse.core.queries import clean_query
from rightshouse.core.visibility import public_pages


@dataclass(frozen=True)
class LanguageVersion:
    code: str
    name: str
    url: str
    exists: bool
    current: bool


def active_locale(request):
    """The Locale of the request's language, looked up once per request."""
    language = translation.get_language()
    cached = getattr(request, "_active_locale", None)
    if cached is None or cached.language_code != language:
        cached = request._active_locale = Locale.get_active()
    return cached


def home_url(language_code):
    with translation.override(language_code):
        return reverse("wagtail_serve", args=[""])


def _route_suffix(request, page):
    """What the request's path adds to the page's own address: a routable page's sub-page
    (`register/`, `editions/2/`), the same under every language's version of the page."""
    page_url = page.get_url(request) or ""
    if page_url and request.path.startswith(page_url):
        return request.path[len(page_url) :]
    return ""


def _page_urls(request, page):
    translations = public_pages(page.get_translations(inclusive=True)).select_related("locale")
    suffix = _route_suffix(request, page)
    return {t.locale.language_code: t.get_url(request) + suffix for t in translations}


def _object_urls(obj):
    translations = obj.get_translations(inclusive=True).select_related("locale")
    if hasattr(obj, "public"):  # a snippet with its own rule for what the public sees
        translations = obj.public(translations)
    return {t.locale.language_code: t.get_absolute_url() for t in translations}


# A page number a link may carry: what a list or the search shows, not whatever was sent.
PAGE_NUMBER = re.compile(r"[1-9][0-9]{0,5}")


def _same_path_query(request):
    """The part of the query string the other languages' links keep: the search words,
    cleaned and bounded exactly as the search uses them, and a page number. Nothing else a
    visitor sent (a 10,000-character `q`, other parameters) is repeated into the links."""
    params = []
    query = clean_query(request.GET.get("q", ""))
    if query:
        params.append(("q", query))
    page = request.GET.get("page", "")
    if PAGE_NUMBER.fullmatch(page):
        params.append(("page", page))
    return f"?{urlencode(params)}" if params else ""


def _same_path_urls(request):
    suffix = _same_path_query(request)
    return {code: translate_url(request.path, code) + suffix for code, _name in settings.LANGUAGES}


def language_versions(request, page=None, translatable_object=None, same_path=False):
    """One entry per site language: the translation's address where one exists, otherwise
    that language's home page with a note that the item is not translated."""
    if isinstance(page, Page):
        urls = _page_urls(request, page)
    elif translatable_object is not None:
        urls = _object_urls(translatable_object)
    elif same_path:
        urls = _same_path_urls(request)
    else:
        urls = {}
    current = translation.get_language()
    return [
        LanguageVersion(
            code=code,
            name=name,
            url=urls.get(code) or f"{home_url(code)}?untranslated=1",
            exists=code in urls,
            current=code == current,
        )
        for code, name in settings.LANGUAGES
    ]


def has_language_prefix(path_info):
    """Whether the path starts with a site language's prefix, as in `/be/…`."""
    first_segment = path_info.lstrip("/").split("/", 1)[0]
    return any(first_segment == code for code, _name in settings.LANGUAGES)
