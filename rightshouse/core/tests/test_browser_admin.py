"""The admin in real Chromium with JavaScript on, under the site's Content-Security-Policy.

The editor logs in with a session cookie that has passed the second factor, as
rightshouse.conftest.verified_session_cookie makes it, not through the login form.
"""

import io
import re

import pytest
from django.conf import settings
from PIL import Image
from playwright.sync_api import expect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

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
    collect_console_violations(tab, violations)
    tab.violations = violations
    return tab


def collect_console_violations(tab, violations):
    tab.on(
        "console",
        lambda message: (
            violations.append({"console": message.text, "source": message.location["url"]})
            if "Content Security Policy" in message.text
            else None
        ),
    )


def is_jcrop_touch_probe(violation):
    """Jcrop, the image editor's focal point tool, tests for touch events by setting an
    `ontouchstart` attribute where the browser has no such property (a desktop browser). The
    policy blocks that; Jcrop then concludes that there is no touch support, which is what it
    would have concluded anyway, and works (see focal_point_tool)."""
    inline_handler = violation.get("directive") == "script-src-attr" or (
        "inline event handler" in violation.get("console", "")
    )
    return inline_handler and violation["source"].split("?")[0].endswith(JCROP)


def violated_directives(violations):
    """The directives named by violation events and console messages alike (a framed page's
    frame-ancestors violation is only logged, in the framing page's console)."""
    directives = set()
    for violation in violations:
        if "directive" in violation:
            directives.add(violation["directive"])
        else:
            directives.update(re.findall(r'directive: "([\w-]+)', violation["console"]))
    return directives


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


def add_a_text_to_an_edition(tab):
    """An edition of the Principles: its date of adoption (a date-only picker), and an
    InlinePanel form added from the panel's <template>, where no script can run, whose
    widgets (a rich text editor, a StreamField) start all the same."""
    assert open_date_picker(tab, "id_adopted_on") == 1
    assert total_forms(tab, "texts") == "1"
    tab.click("#id_texts-ADD")
    assert total_forms(tab, "texts") == "2"
    added = tab.locator("#inline_child_texts-1")
    assert added.is_visible()
    added.locator(".Draftail-Editor").first.wait_for(timeout=5000)
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


def open_and_close_modal(tab, button):
    """Clicks a button that opens a modal (its menu need not be open), waits for the modal's
    form, and closes it."""
    tab.locator(button).first.dispatch_event("click")
    tab.locator(".modal form").first.wait_for(timeout=5000)
    settle(tab)
    tab.click(".modal [data-dismiss=modal]")
    settle(tab)


def approve_with_comment_from_the_dashboard(tab):
    """The "Awaiting your review" panel's action, in its modal with a comment field."""
    open_and_close_modal(tab, "[data-workflow-action-url*='/approve/'][data-launch-modal]")


def ask_for_changes_in_the_editor(tab):
    open_and_close_modal(tab, "[data-workflow-action-name='reject']")


def open_preview_panel(tab):
    """The side panel's preview, then its checks (which read the preview), then closed again
    (Wagtail would reopen it on the next edit view). Returns the preview's heading."""
    tab.click("[data-side-panel-toggle='preview']")
    preview_heading(tab).wait_for(timeout=10000)
    heading = preview_heading(tab).inner_text()
    tab.click("[data-side-panel-toggle='checks']")
    tab.locator("[data-content-word-count]:not(:text-is('-'))").wait_for(timeout=10000)
    settle(tab)
    tab.click("[data-side-panel-toggle='checks']")
    return heading


def preview_heading(tab):
    return tab.frame_locator("#w-preview-iframe").locator("h1")


INTERACTIONS = {
    "dashboard": approve_with_comment_from_the_dashboard,
    "news edit": add_tag_and_open_a_page_chooser,
    "news create": add_a_tag_to_a_new_item,
    "edition edit": add_a_text_to_an_edition,
    "moderation edit": ask_for_changes_in_the_editor,
    "revision revert": open_preview_panel,  # the preview of the revision being restored
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
    response = visit(editor, live_server.url + admin_views["edition edit"])
    assert "unsafe-inline" not in response.headers["content-security-policy"]
    add_a_text_to_an_edition(editor)
    visit(editor, live_server.url + admin_views["news edit"])
    assert open_date_picker(editor, "id_date") == 1
    editor.click("#id_tag_links-ADD")
    assert total_forms(editor, "tag_links") == "2"
    # Only the chooser widgets' scripts (tags, listing image) and Draftail's styles were blocked.
    assert {v["directive"] for v in editor.violations if "directive" in v} == {
        "script-src-elem",
        "style-src-elem",
    }
    assert all(
        v["element"].startswith(
            ("<script>new SnippetChooser(", "<script>new ImageChooser(", "<style>")
        )
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


def test_preview_panel_and_new_tab_show_the_page_as_edited(
    transactional_db, small_site, live_server, editor
):
    """The side panel frames the preview (frame-src 'self' here, frame-ancestors 'self' there),
    follows an edit, feeds the checks panel, and "Preview in new tab" opens the same."""
    news = small_site.translated["en"]
    visit(editor, f"{live_server.url}/admin/pages/{news.pk}/edit/")
    assert open_preview_panel(editor) == news.title

    editor.click("[data-side-panel-toggle='preview']")
    editor.fill("#id_title", "Defenders' day, as edited")
    editor.press("#id_title", "Tab")
    expect(preview_heading(editor)).to_have_text("Defenders' day, as edited", timeout=10000)

    with editor.context.expect_page() as opened:
        editor.click("[data-w-preview-target='newTab']")
    preview_tab = opened.value
    collect_console_violations(preview_tab, editor.violations)
    preview_tab.wait_for_load_state("networkidle")
    assert preview_tab.locator("h1").inner_text() == "Defenders' day, as edited"
    assert "/admin/pages/" in preview_tab.url and "/edit/preview/" in preview_tab.url
    settle(editor)
    assert editor.violations == []


@pytest.mark.parametrize(
    ("exception", "directive"),
    [
        ("ADMIN_CSP_PREVIEW_PANEL_VIEWS", "frame-src"),
        ("ADMIN_CSP_PREVIEW_VIEWS", "frame-ancestors"),
    ],
)
def test_without_its_exceptions_the_preview_panel_stays_blank(
    transactional_db, small_site, live_server, editor, settings, exception, directive
):
    """Each of the two exceptions is needed: the one the editor's view gets, and the one the
    framed preview gets."""
    setattr(settings, exception, ())
    news = small_site.translated["en"]
    visit(editor, f"{live_server.url}/admin/pages/{news.pk}/edit/")
    editor.click("[data-side-panel-toggle='preview']")
    editor.wait_for_timeout(3000)
    assert news.title not in preview_heading(editor).all_inner_texts()  # Chromium's error page
    assert directive in violated_directives(editor.violations), editor.violations


def test_preview_of_a_new_page(transactional_db, small_site, live_server, editor):
    parent = small_site.news["en"]
    visit(editor, f"{live_server.url}/admin/pages/add/publications/newspage/{parent.pk}/")
    editor.fill("#id_title", "A new item, not saved")
    editor.fill("#id_lead", "Seen only in the preview.")
    editor.click("[data-side-panel-toggle='preview']")
    expect(preview_heading(editor)).to_have_text("A new item, not saved", timeout=10000)
    # Not settle(): on this view Playwright never sees the network idle again once the
    # preview panel is open, though no request is left pending; a second lets reports in.
    editor.wait_for_timeout(1000)
    assert editor.violations == []


def png(width):
    out = io.BytesIO()
    Image.new("RGB", (width, 30), (140, 29, 36)).save(out, "PNG")
    return out.getvalue()


def upload_image(tab, live_server, width=40):
    """Uploads an image `width` pixels wide; returns the number of thumbnails drawn."""
    visit(tab, f"{live_server.url}/admin/images/multiple/add/")
    tab.set_input_files(
        "#fileupload", files=[{"name": "red.png", "mimeType": "image/png", "buffer": png(width)}]
    )
    tab.locator("#upload-list li.upload-success").wait_for(timeout=10000)
    settle(tab)
    return tab.locator("#upload-list .preview .thumb canvas").count()


@pytest.fixture
def root_collection(transactional_db):
    """Made here: the browser tests' database flush removes the migrations' root collection."""
    collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    yield collection
    for image in get_image_model().objects.all():
        for rendition in image.renditions.all():
            rendition.file.delete(save=False)
        image.file.delete(save=False)
    for document in get_document_model().objects.all():
        document.file.delete(save=False)


def test_uploads_show_their_thumbnails_without_csp_violations(
    small_site, live_server, editor, root_collection, settings
):
    """The multiple image upload draws a thumbnail of each chosen file from a blob: URL,
    allowed there only; documents have no preview."""
    assert upload_image(editor, live_server) == 1
    assert editor.violations == []

    visit(editor, f"{live_server.url}/admin/documents/multiple/add/")
    editor.set_input_files(
        "#fileupload",
        files=[{"name": "notes.txt", "mimeType": "text/plain", "buffer": b"Minutes.\n"}],
    )
    editor.locator("#upload-list li.upload-success").wait_for(timeout=10000)
    settle(editor)
    assert editor.violations == []
    assert get_document_model().objects.count() == 1

    # Without blob: the thumbnail is blocked, which is why that view is listed.
    settings.ADMIN_CSP_BLOB_IMAGE_VIEWS = ()
    assert upload_image(editor, live_server, width=41) == 0  # not a duplicate of the first
    assert violated_directives(editor.violations) == {"img-src"}
