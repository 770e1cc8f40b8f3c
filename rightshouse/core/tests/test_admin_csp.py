"""The admin's Content-Security-Policy: 'unsafe-inline' only on the views that still need it.

Wagtail's inline scripts in five templates are replaced by data attributes read by
static/js/admin-init.js; settings.ADMIN_CSP_UNSAFE_INLINE_*_VIEWS lists what remains.
test_browser_admin.py checks the same views in Chromium.
"""

import json
import re
from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.test import Client, RequestFactory
from django.urls import resolve
from django.utils.html import escapejs
from wagtail.admin.panels import MultipleChooserPanel, ObjectList
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput, AdminTimeInput
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Collection, GroupApprovalTask, Workflow
from wagtail_factories import DocumentFactory, ImageFactory
from wagtail_localize.models import Translation, TranslationSource

from rightshouse.organisations.models import Organisation
from rightshouse.principles.models import Accession, PrinciplesPage
from rightshouse.publications.factories import TagFactory
from rightshouse.publications.models import NewsPage

# What the overridden templates used to run inline; none of it may appear in a <script> now.
REPLACED_INITIALISERS = re.compile(
    r"initDateChooser|initDateTimeChooser|initTimeChooser|InlinePanel|MultipleChooserPanel"
)


@pytest.fixture
def admin_views(small_site, admin_user):
    """{label: address} of the admin views editors use, and the content they show. Made here
    rather than taken from Wagtail's migrations: the browser tests' database flush removes
    those rows (root collection, groups, workflows)."""
    en, be = small_site.locales["en"], small_site.locales["be"]
    news = small_site.translated["en"]
    revision = news.save_revision(user=admin_user)
    news.save_revision(user=admin_user)
    principles = small_site.homes["en"].add_child(
        instance=PrinciplesPage(title="Principles", slug="principles", locale=en)
    )
    organisation = Organisation.objects.create(name="Viasna", locale=en)
    Accession.objects.create(page=principles, organisation=organisation, locale=en)
    collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    image = ImageFactory(collection=collection)
    document = DocumentFactory(collection=collection)
    child_collection = collection.add_child(name="Reports")
    redirect = Redirect.objects.create(old_path="/old", redirect_page=news)
    group, _created = Group.objects.get_or_create(name="Editors")
    task = GroupApprovalTask.objects.create(name="Review")
    task.groups.set([group])
    workflow = Workflow.objects.create(name="Review workflow")
    workflow.workflow_tasks.create(task=task, sort_order=0)

    # wagtail-localize's translation editor replaces the edit view of synced translations.
    def synced_translation(instance, locale):
        source, _created = TranslationSource.get_or_create_from_instance(instance)
        Translation.objects.create(source=source, target_locale=locale).save_target(user=admin_user)
        return source, instance.get_translation(locale)

    source, translated = synced_translation(small_site.be_only, en)
    _source, translated_organisation = synced_translation(organisation, be)
    _source, translated_tag = synced_translation(
        TagFactory(name="Elections", slug="elections", locale=en), be
    )
    tag = small_site.tags["en"]
    snippets = "/admin/snippets"
    yield {
        "login": "/admin/login/",
        "password reset": "/admin/password_reset/",
        "dashboard": "/admin/",
        "explorer root": "/admin/pages/",
        "explorer home": f"/admin/pages/{small_site.homes['en'].pk}/",
        "explorer news": f"/admin/pages/{small_site.news['en'].pk}/",
        "page search": "/admin/pages/search/?q=day",
        "news edit": f"/admin/pages/{news.pk}/edit/",
        "news create": f"/admin/pages/add/publications/newspage/{small_site.news['en'].pk}/",
        "add subpage": f"/admin/pages/{small_site.news['en'].pk}/add_subpage/",
        "principles edit": f"/admin/pages/{principles.pk}/edit/",
        "translation editor": f"/admin/pages/{translated.pk}/edit/",
        "update translation": f"/admin/localize/update/{source.pk}/",
        "submit translation": f"/admin/localize/submit/page/{small_site.be_only.pk}/",
        "submit snippet translation": (
            f"/admin/localize/submit/snippet/organisations/organisation/{organisation.pk}/"
        ),
        "translations report": "/admin/localize/reports/translations/",
        "page history": f"/admin/pages/{news.pk}/history/",
        "revision view": f"/admin/pages/{news.pk}/revisions/{revision.pk}/view/",
        "revisions compare": f"/admin/pages/{news.pk}/revisions/compare/earliest...latest/",
        "revision revert": f"/admin/pages/{news.pk}/revisions/{revision.pk}/revert/",
        "page move": f"/admin/pages/{news.pk}/move/",
        "page copy": f"/admin/pages/{news.pk}/copy/",
        "page delete": f"/admin/pages/{news.pk}/delete/",
        "page usage": f"/admin/pages/{news.pk}/usage/",
        "page type usage": "/admin/pages/usage/publications/newspage/",
        "snippets": f"{snippets}/",
        "tag list": f"{snippets}/publications/tag/",
        "tag edit": f"{snippets}/publications/tag/edit/{tag.pk}/",
        "tag create": f"{snippets}/publications/tag/add/",
        "tag history": f"{snippets}/publications/tag/history/{tag.pk}/",
        "tag translation editor": f"{snippets}/publications/tag/edit/{translated_tag.pk}/",
        "organisation list": f"{snippets}/organisations/organisation/",
        "organisation edit": f"{snippets}/organisations/organisation/edit/{organisation.pk}/",
        "organisation create": f"{snippets}/organisations/organisation/add/",
        "organisation translation editor": (
            f"{snippets}/organisations/organisation/edit/{translated_organisation.pk}/"
        ),
        "images": "/admin/images/",
        "image add": "/admin/images/multiple/add/",
        "image add (single)": "/admin/images/add/",
        "image edit": f"/admin/images/{image.pk}/",
        "documents": "/admin/documents/",
        "document add": "/admin/documents/multiple/add/",
        "document add (single)": "/admin/documents/add/",
        "document edit": f"/admin/documents/edit/{document.pk}/",
        "collections": "/admin/collections/",
        "collection add": "/admin/collections/add/",
        "collection edit": f"/admin/collections/{child_collection.pk}/",
        "users": "/admin/users/",
        "user edit": f"/admin/users/edit/{admin_user.pk}/",
        "user create": "/admin/users/new/",
        "groups": "/admin/groups/",
        "group edit": f"/admin/groups/edit/{group.pk}/",
        "group create": "/admin/groups/new/",
        "site history": "/admin/reports/site-history/",
        "locked pages": "/admin/reports/locked/",
        "aging pages": "/admin/reports/aging-pages/",
        "page types report": "/admin/reports/page-types-usage/",
        "workflow report": "/admin/reports/workflow/",
        "workflow tasks report": "/admin/reports/workflow_tasks/",
        "locales": "/admin/locales/",
        "locale edit": f"/admin/locales/edit/{be.pk}/",
        "locale create": "/admin/locales/new/",
        "sites": "/admin/sites/",
        "redirects": "/admin/redirects/",
        "redirect add": "/admin/redirects/add/",
        "redirect edit": f"/admin/redirects/{redirect.pk}/",
        "workflows": "/admin/workflows/list/",
        "workflow edit": f"/admin/workflows/edit/{workflow.pk}/",
        "workflow add": "/admin/workflows/add/",
        "tasks": "/admin/workflows/tasks/index/",
        "task edit": f"/admin/workflows/tasks/edit/{task.pk}/",
        "task create": "/admin/workflows/tasks/add/wagtailcore/groupapprovaltask/",
        "account": "/admin/account/",
    }
    for rendition in image.renditions.all():  # the listings' and the editor's thumbnails
        rendition.file.delete(save=False)
    image.file.delete(save=False)
    document.file.delete(save=False)


def view_name(path):
    return resolve(path.split("?")[0]).view_name


def csp_directive(response, name):
    match = re.search(rf"(?:^|;)\s*{name} ([^;]*)", response["Content-Security-Policy"])
    return match.group(1).split()


def test_unsafe_inline_only_on_the_listed_views(admin_views, admin_client):
    script_views = set(settings.ADMIN_CSP_UNSAFE_INLINE_SCRIPT_VIEWS)
    style_views = set(settings.ADMIN_CSP_UNSAFE_INLINE_STYLE_VIEWS)
    seen = set()
    for label, path in admin_views.items():
        client = Client() if label in ("login", "password reset") else admin_client
        response = client.get(path)
        assert response.status_code == 200, label
        name = view_name(path)
        seen.add(name)
        style_src = csp_directive(response, "style-src")
        script_src = csp_directive(response, "script-src")
        assert ("'unsafe-inline'" in script_src) == (name in script_views), (label, name)
        assert ("'unsafe-inline'" in style_src) == (name in style_views), (label, name)
        assert "'self'" in script_src and "'self'" in style_src
    # Every listed view is among those checked here and in the browser test.
    assert script_views | style_views <= seen


def test_login_page_never_allows_inline_code(small_site, client):
    assert "wagtailadmin_login" not in settings.ADMIN_CSP_UNSAFE_INLINE_SCRIPT_VIEWS
    assert "wagtailadmin_login" not in settings.ADMIN_CSP_UNSAFE_INLINE_STYLE_VIEWS
    for response in (client.get("/admin/login/"), client.get("/admin/pages/", follow=True)):
        assert response.resolver_match.view_name == "wagtailadmin_login"
        assert "unsafe-inline" not in response["Content-Security-Policy"]


def test_public_pages_get_no_admin_additions(small_site, admin_client):
    response = admin_client.get("/en/news/defenders-day/")
    assert "unsafe-inline" not in response["Content-Security-Policy"]


class ScriptCollector(HTMLParser):
    """Each <script> element: its attributes and its text."""

    def __init__(self):
        super().__init__()
        self.scripts = []
        self._current = None

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self._current = {"attrs": dict(attrs), "text": ""}
            self.scripts.append(self._current)

    def handle_data(self, data):
        if self._current is not None:
            self._current["text"] += data

    def handle_endtag(self, tag):
        if tag == "script":
            self._current = None


def inline_scripts(html):
    collector = ScriptCollector()
    collector.feed(html)
    return [
        script["text"].strip()
        for script in collector.scripts
        if "src" not in script["attrs"] and script["attrs"].get("type") != "application/json"
    ]


def data_attributes(html, name):
    return re.findall(rf'\b{name}="([^"]*)"', html)


def unescape_attribute(value):
    return value.replace("&quot;", '"').replace("&#x27;", "'").replace("&amp;", "&")


def test_page_editor_has_no_inline_script_from_the_overridden_templates(admin_views, admin_client):
    html = admin_client.get(admin_views["news edit"]).content.decode()
    scripts = inline_scripts(html)
    assert not [script for script in scripts if REPLACED_INITIALISERS.search(script)]
    # What is left comes from Wagtail's chooser widgets (BaseChooser.render adds the
    # <script> in Python, not in a template): the reason this view is still listed.
    assert all(re.fullmatch(r"new (Page|Snippet)Chooser\(.*\);", script) for script in scripts)
    assert "wagtailadmin_pages:edit" in settings.ADMIN_CSP_UNSAFE_INLINE_SCRIPT_VIEWS

    # The date and the tags' and related pages' InlinePanels carry their options instead.
    dates = data_attributes(html, "data-rh-datetime-chooser")
    assert json.loads(unescape_attribute(dates[0]))["format"] == "Y-m-d H:i"
    panels = data_attributes(html, "data-rh-inline-panel")
    assert len(panels) == 2
    options = json.loads(json.loads(f'"{panels[0]}"'))  # as admin-init.js reads it
    assert options["formsetPrefix"] == "id_tag_links"
    assert options["emptyChildFormPrefix"] == "tag_links-__prefix__"
    assert '<script src="/static/js/admin-init.js"></script>' in html


def test_listing_with_a_date_filter_has_no_inline_script(admin_views, admin_client):
    html = admin_client.get(admin_views["site history"]).content.decode()
    assert data_attributes(html, "data-rh-date-chooser")
    assert inline_scripts(html) == []


@pytest.mark.parametrize(
    ("widget", "attribute"),
    [
        (AdminDateInput(), "data-rh-date-chooser"),
        (AdminDateTimeInput(), "data-rh-datetime-chooser"),
        (AdminTimeInput(), "data-rh-time-chooser"),
    ],
)
def test_date_and_time_widgets_carry_their_options_in_a_data_attribute(widget, attribute):
    html = widget.render("when", None, attrs={"id": "id_when"})
    assert "<script" not in html
    assert re.fullmatch(
        rf'<input type="text" name="when" [^>]*id="id_when" {attribute}="[^"]*">', html
    )
    (value,) = data_attributes(html, attribute)
    assert json.loads(unescape_attribute(value)) == widget.get_config()


def test_multiple_chooser_panel_carries_its_options_in_a_data_attribute(small_site, admin_user):
    news = small_site.translated["en"]
    panel = ObjectList([MultipleChooserPanel("tag_links", chooser_field_name="tag")])
    panel = panel.bind_to_model(NewsPage)
    form = panel.get_form_class()(instance=news, for_user=admin_user)
    request = RequestFactory().get("/admin/")
    request.user = admin_user
    html = panel.get_bound_panel(instance=news, form=form, request=request).render_html()
    assert not [script for script in inline_scripts(html) if REPLACED_INITIALISERS.search(script)]
    assert 'id="id_tag_links-CHOOSER_WIDGET" type="application/json"' in html
    (value,) = data_attributes(html, "data-rh-multiple-chooser-panel")
    options = json.loads(json.loads(f'"{value}"'))
    assert options["type"] == "MultipleChooserPanel"
    assert options["chooserFieldName"] == "tag"
    # Escaped exactly as Wagtail's inline script was, for InlinePanel's __prefix__ handling.
    assert value == escapejs(json.dumps(options))
