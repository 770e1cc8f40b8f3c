"""The directory and profiles in Chromium: WCAG 2.1 AA by axe-core in three languages, and
the filters with JavaScript off."""

import pytest

from rightshouse.core.tests.test_accessibility import AXE_PATH, WCAG_TAGS
from rightshouse.core.tests.test_browser import browser  # noqa: F401  (shared fixture)
from rightshouse.organisations.factories import OrganisationFactory
from rightshouse.organisations.models import Kind

pytestmark = pytest.mark.browser


def test_directory_and_profile_pass_axe(
    transactional_db,
    parties,
    live_server,
    browser,  # noqa: F811
):
    axe_source = AXE_PATH.read_text()
    context = browser.new_context(bypass_csp=True)
    failures = {}
    for language in ("be", "ru", "en"):
        for path in (
            f"/{language}/organisations/",
            f"/{language}/organisations/?kind=initiative",
            f"/{language}/organisations/viasna/",
        ):
            tab = context.new_page()
            assert tab.goto(live_server.url + path).status == 200, path
            tab.evaluate(axe_source)
            result = tab.evaluate(
                "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
            )
            problems = [f"{v['id']}: {v['help']}" for v in result["violations"]]
            if problems:
                failures[path] = problems
            tab.close()
    context.close()
    assert not failures, failures


def test_filters_work_with_javascript_off(
    transactional_db,
    small_site,
    live_server,
    browser,  # noqa: F811
):
    OrganisationFactory(name_en="An initiative", kind=Kind.INITIATIVE)
    OrganisationFactory(name_en="An organisation", kind=Kind.ORGANISATION)
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(live_server.url + "/en/organisations/")
    tab.select_option("#filter-kind", "initiative")
    tab.get_by_role("button", name="Show").click()
    tab.wait_for_url("**/en/organisations/?kind=initiative*")
    assert tab.get_by_role("link", name="An initiative").count() == 1
    assert tab.get_by_role("link", name="An organisation").count() == 0
    tab.get_by_role("link", name="An initiative").click()
    assert tab.locator("h1").inner_text() == "An initiative"
    context.close()
