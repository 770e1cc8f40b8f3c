"""WCAG 2.1 AA checks with axe-core, run in Chromium on every page type in every language."""

import json
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command
from wagtail.models import Page

from rightshouse.core.tests.test_browser import browser  # noqa: F401  (shared fixture)

pytestmark = pytest.mark.browser

AXE_PATH = settings.BASE_DIR / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


def page_paths():
    """One page of each type per language, plus the Django-rendered views."""
    paths = set()
    for language in ("be", "ru", "en"):
        seen_types = set()
        for page in Page.objects.live().filter(locale__language_code=language, depth__gt=1):
            if page.content_type_id not in seen_types:
                seen_types.add(page.content_type_id)
                paths.add(page.get_url() or "/")
        paths |= {
            f"/{language}/search/?q=a",
            f"/{language}/tags/",
            f"/{language}/no-such-page/",
            f"/{language}/subscribe/",
            f"/{language}/archive/",
            f"/{language}/archive/{newest_year(language)}/",
        }
        paths |= principles_paths(language)
    return sorted(paths)


def principles_paths(language):
    """The Principles page's own routes: editions, the register, the forms, the decisions."""
    from rightshouse.principles.models import PrinciplesPage

    page = PrinciplesPage.objects.get(locale__language_code=language)
    routes = ["editions/1/", "editions/2/changes/", "register/", "accede/", "report/", "decisions/"]
    return {page.url + route for route in routes}


def newest_year(language):
    from django.utils import timezone

    from rightshouse.publications.models import Publication

    newest = Publication.objects.filter(listed=True, locale__language_code=language)
    return timezone.localtime(newest.latest("date").date).year


def test_every_page_type_passes_axe_in_every_language(
    transactional_db,
    live_server,
    browser,  # noqa: F811
):
    if not AXE_PATH.exists():
        pytest.fail("axe-core is missing: run `npm ci` (make test does)")
    axe_source = AXE_PATH.read_text()
    call_command("build_demo", stdout=StringIO())
    paths = page_paths() + ["/en/tags/human-rights-defenders/", "/en/news/?page=2"]
    # The page's own CSP forbids injected scripts; axe is the test's, not the site's.
    context = browser.new_context(bypass_csp=True)
    failures = {}
    for path in paths:
        tab = context.new_page()
        response = tab.goto(live_server.url + path)
        assert response.status in (200, 404), path
        tab.evaluate(axe_source)
        result = tab.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
        )
        problems = [
            f"{v['id']}: {v['help']} ({[n['target'] for n in v['nodes']][:3]})"
            for v in result["violations"]
        ]
        if problems:
            failures[path] = problems
        tab.close()
    context.close()
    # At phone width the header is a "Menu" link; opened (the #menu target, no script
    # needed), the menu, the search field and the language links show. axe checks both.
    phone = browser.new_context(bypass_csp=True, viewport={"width": 360, "height": 740})
    for path in ("/be/", "/ru/news/#menu", "/en/subscribe/#menu", "/be/archive/"):
        tab = phone.new_page()
        tab.goto(live_server.url + path)
        tab.evaluate(axe_source)
        result = tab.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
        )
        problems = [f"{v['id']}: {v['help']}" for v in result["violations"]]
        if problems:
            failures[f"{path} (phone)"] = problems
        tab.close()
    phone.close()
    assert len(paths) >= 20
    assert not failures, json.dumps(failures, indent=1, ensure_ascii=False)
