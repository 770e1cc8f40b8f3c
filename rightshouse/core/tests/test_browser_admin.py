"""The admin in real Chromium with JavaScript on, under the site's Content-Security-Policy.

The editor logs in with a session cookie that has passed the second factor, as
rightshouse.conftest.verified_session_cookie makes it, not through the login form.
"""

import pytest
from django.conf import settings

from rightshouse.conftest import verified_session_cookie
from rightshouse.core.tests.test_admin_csp import admin_views, view_name  # noqa: F401
from rightshouse.core.tests.test_browser import browser  # noqa: F401  (shared fixture)

pytestmark = pytest.mark.browser

# Added to every page and frame before their own scripts, so that nothing blocked goes unseen.
REPORT_VIOLATIONS = """
document.addEventListener('securitypolicyviolation', (event) => {
  const target = event.target;
  window.reportCspViolation({
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    source: event.sourceFile,
    line: event.lineNumber,
    element: target.outerHTML ? target.outerHTML.slice(0, 200) : target.nodeName,
  });
});
"""
LOGGED_OUT_VIEWS = ("login", "password reset")
JCROP = "/static/wagtailimages/js/vendor/jquery.Jcrop.min.js"


def new_tab(browser, live_server, user=None):  # noqa: F811
    """A tab in a fresh context, logged in as `user` if given. `tab.violations` collects the
    violations the page reports and those Chromium logs to the console."""
    context = browser.new_context(locale="en-GB")
    if user is not None:
        context.add_cookies(
            [
                {
                    "name": settings.SESSION_COOKIE_NAME,
                    "value": verified_session_cookie(user),
                    "url": live_server.url,
                }
            ]
        )
    violations = []
    context.expose_function("reportCspViolation", lambda violation: violations.append(violation))
    context.add_init_script(REPORT_VIOLATIONS)
    tab = context.new_page()
    tab.on(
        "console",
        lambda message: (
            violations.append({"console": message.text, "source": message.location["url"]})
            if "Content Security Policy" in message.text
            else None
        ),
    )
    tab.violations = violations
    return tab


def is_jcrop_touch_probe(violation):
    """Jcrop, the image editor's focal point tool, tests for touch events by setting an
    `ontouchstart` attribute where the browser has no such property (a desktop browser). The
    policy blocks that; Jcrop then concludes that there is no touch support, which is what it
    would have concluded anyway, and works (see focal_point_tool)."""
    inline_handler = violation.get("directive") == "script-src-attr" or (
        "inline event handler" in violation.get("console", "")
    )
    return inline_handler and violation["source"].split("?")[0].endswith(JCROP)


def close(tab):
    """Closes the tab's context without the beacon an edit view sends as it goes, to
    release its editing session: Playwright cannot wait for that request, which would reach
    the live server while the test database is being flushed and make the flush fail."""
    tab.evaluate("navigator.sendBeacon = () => true")
    tab.context.close()


@pytest.fixture
def editor(browser, live_server, admin_user):  # noqa: F811
    tab = new_tab(browser, live_server, admin_user)
    yield tab
    close(tab)


def visit(tab, url):
    tab.violations.clear()
    response = tab.goto(url)
    tab.wait_for_load_state("networkidle")
    assert response.status == 200, url
    return response


def settle(tab):
    tab.wait_for_load_state("networkidle")
    tab.wait_for_timeout(200)  # lets the reports of what just ran reach Python


def total_forms(tab, prefix):
    return tab.locator(f"#id_{prefix}-TOTAL_FORMS").input_value()


def open_date_picker(tab, input_id):
    """Clicks the date field; returns the number of date pickers then shown."""
    tab.click(f"#{input_id}")
    tab.locator(".xdsoft_datetimepicker:visible").first.wait_for(timeout=5000)
    shown = tab.locator(".xdsoft_datetimepicker:visible").count()
    tab.evaluate("id => jQuery(`#${id}`).datetimepicker('hide')", input_id)
    return shown


def add_tag_and_open_a_page_chooser(tab):
    """The news item's editor: the date picker, an InlinePanel "Add", and a page chooser
    modal opened from a related-publication form that was itself added."""
    assert open_date_picker(tab, "id_date") == 1
    assert total_forms(tab, "tag_links") == "1"
    tab.click("#id_tag_links-ADD")
    assert total_forms(tab, "tag_links") == "2"
    assert tab.locator("#inline_child_tag_links-1").is_visible()
    tab.click("#id_related_links-ADD")
    assert total_forms(tab, "related_links") == "1"
    tab.click("#id_related_links-0-related-chooser .unchosen [data-chooser-action-choose]")
    tab.locator(".modal .modal-body > *").first.wait_for(timeout=5000)
    settle(tab)
    tab.click(".modal [data-dismiss=modal]")
    settle(tab)


def add_a_tag_to_a_new_item(tab):
    assert open_date_picker(tab, "id_date") == 1
    assert total_forms(tab, "tag_links") == "0"
    tab.click("#id_tag_links-ADD")
    assert total_forms(tab, "tag_links") == "1"
    settle(tab)


def add_accession_with_a_date(tab):
    """The principles page: a date field in an InlinePanel form, initially and once added
    from the panel's <template>, where no script can run."""
    assert open_date_picker(tab, "id_accessions-0-acceded_on") == 1
    tab.click("#id_accessions-ADD")
    assert total_forms(tab, "accessions") == "2"
    assert open_date_picker(tab, "id_accessions-1-acceded_on") == 1
    settle(tab)


def add_page_permission(tab):
    tab.click("#id_page_permissions-ADD")
    assert total_forms(tab, "page_permissions") == "1"
    settle(tab)


def open_date_filter(tab):
    """A listing's filters, with two date fields."""
    tab.click("[aria-label='Show filters']")
    tab.click("[aria-controls='drilldown-id_timestamp']")
    assert open_date_picker(tab, "id_timestamp_0") == 1
    settle(tab)


def focal_point_tool(tab):
    tab.locator(".jcrop-holder").wait_for(timeout=5000)
    settle(tab)


INTERACTIONS = {
    "news edit": add_tag_and_open_a_page_chooser,
    "news create": add_a_tag_to_a_new_item,
    "principles edit": add_accession_with_a_date,
    "group create": add_page_permission,
    "site history": open_date_filter,
    "image edit": focal_point_tool,
}


def check_views(browser, live_server, admin_user, admin_views):  # noqa: F811
    """Visits every view, doing there what INTERACTIONS says; returns {label: violations}."""
    found = {}
    editor_tab = new_tab(browser, live_server, admin_user)
    visitor_tab = new_tab(browser, live_server)
    try:
        for label, path in admin_views.items():
            tab = visitor_tab if label in LOGGED_OUT_VIEWS else editor_tab
            visit(tab, live_server.url + path)
            INTERACTIONS.get(label, settle)(tab)
            violations = [v for v in tab.violations if not is_jcrop_touch_probe(v)]
            if violations:
                found[label] = violations
    finally:
        close(editor_tab)
        close(visitor_tab)
    return found


def test_admin_views_run_without_csp_violations(
    transactional_db,
    small_site,
    live_server,
    browser,  # noqa: F811
    admin_user,
    admin_views,  # noqa: F811
):
    """Strict on every view but those in ADMIN_CSP_UNSAFE_INLINE_*, and on those strict for
    the directive they are not listed for: nothing is blocked anywhere."""
    listed = {
        *settings.ADMIN_CSP_UNSAFE_INLINE_SCRIPT_VIEWS,
        *settings.ADMIN_CSP_UNSAFE_INLINE_STYLE_VIEWS,
    }
    strict = [label for label, path in admin_views.items() if view_name(path) not in listed]
    assert len(strict) >= 50, strict
    assert check_views(browser, live_server, admin_user, admin_views) == {}


def test_inline_panels_and_date_pickers_work_with_no_inline_code_allowed(
    transactional_db,
    small_site,
    live_server,
    admin_views,  # noqa: F811
    editor,
    settings,
):
    """What admin-init.js does needs no 'unsafe-inline', even on the views listed for other
    reasons: here all of them get the strict policy."""
    settings.ADMIN_CSP_UNSAFE_INLINE_SCRIPT_VIEWS = ()
    settings.ADMIN_CSP_UNSAFE_INLINE_STYLE_VIEWS = ()
    response = visit(editor, live_server.url + admin_views["principles edit"])
    assert "unsafe-inline" not in response.headers["content-security-policy"]
    add_accession_with_a_date(editor)
    visit(editor, live_server.url + admin_views["news edit"])
    assert open_date_picker(editor, "id_date") == 1
    editor.click("#id_tag_links-ADD")
    assert total_forms(editor, "tag_links") == "2"
    # Only the chooser widgets' scripts and Draftail's styles were blocked.
    assert {v["directive"] for v in editor.violations if "directive" in v} == {
        "script-src-elem",
        "style-src-elem",
    }
    assert all(
        v["element"].startswith(("<script>new SnippetChooser(", "<style>"))
        or v["source"].split("?")[0].endswith("/jquery-3.6.0.min.js")
        for v in editor.violations
        if "directive" in v
    ), editor.violations


def test_editor_page_runs_without_csp_violations(
    transactional_db, small_site, live_server, admin_user, editor
):
    visit(editor, f"{live_server.url}/admin/pages/{small_site.translated['en'].pk}/edit/")
    editor.get_by_role("button", name="Add tag").click()
    assert total_forms(editor, "tag_links") == "2"
    settle(editor)
    assert editor.violations == []
