"""The admin's Content-Security-Policy: 'unsafe-inline' only on the views that still need it.

Wagtail's inline scripts in five templates are replaced by data attributes read by
static/js/admin-init.js; settings.ADMIN_CSP_UNSAFE_INLINE_*_VIEWS lists what remains.
test_browser_admin.py checks the same views in Chromium.
"""

import datetime
import json
import re
from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client, RequestFactory
from django.urls import URLResolver, get_resolver, resolve, reverse
from django.utils.html import escapejs
from wagtail.admin.panels import MultipleChooserPanel, ObjectList
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput, AdminTimeInput
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    PreviewableMixin,
    Workflow,
    WorkflowTask,
)
from wagtail.snippets.models import get_snippet_models
from wagtail_factories import DocumentFactory, ImageFactory
from wagtail_localize.models import Translation, TranslationSource

from rightshouse.organisations.factories import OrganisationFactory
from rightshouse.principles.factories import (
    AccessionApplicationFactory,
    CaseFactory,
    EditionFactory,
    EditionTextFactory,
)
from rightshouse.principles.models import PrinciplesPage
from rightshouse.principles.registry import record_accession
from rightshouse.publications.factories import TagFactory
from rightshouse.publications.models import NewsPage
from rightshouse.statements import factories as statement_factories

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
    organisation = OrganisationFactory(name_en="Viasna")
    # An edition in one language: its editor can still add a text (an InlinePanel form).
    edition = EditionFactory(number=1)
    EditionTextFactory(edition=edition, language="en")
    accession = record_accession(organisation, edition, "en", datetime.date(2016, 1, 1))
    application = AccessionApplicationFactory(edition=edition, language="en")
    case = CaseFactory()
    statement = statement_factories.open_statement(languages=("en",))
    statement_factories.signed(statement, party=organisation)
    collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    image = ImageFactory(collection=collection)
    document = DocumentFactory(collection=collection)
    child_collection = collection.add_child(name="Reports")
    redirect = Redirect.objects.create(old_path="/old", redirect_page=news)
    group, _created = Group.objects.get_or_create(name="Editors")
    task = GroupApprovalTask.objects.create(name="Review")
    task.groups.set([group])
    workflow = Workflow.objects.create(name="Review workflow")
    # Not workflow.workflow_tasks.create(): modelcluster would keep that row in memory only.
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    # A news item an editor submitted for review (a superuser's own would be approved at once).
    editor = get_user_model().objects.create_user("editor", email="editor@example.org")
    (in_review,) = small_site.add_news("en", 1)
    in_review.save_revision(user=editor)
    review = workflow.start(in_review, editor)

    # wagtail-localize's translation editor replaces the edit view of synced translations.
    def synced_translation(instance, locale):
        source, _created = TranslationSource.get_or_create_from_instance(instance)
        Translation.objects.create(source=source, target_locale=locale).save_target(user=admin_user)
        return source, instance.get_translation(locale)

    source, translated = synced_translation(small_site.be_only, en)
    translation = Translation.objects.get(source=source, target_locale=en)
    _source, translated_tag = synced_translation(
        TagFactory(name="Elections", slug="elections", locale=en), be
    )
    tag = small_site.tags["en"]
    untranslated_tag = TagFactory(name="Monitoring", slug="monitoring", locale=en)
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
        "news preview": f"/admin/pages/{news.pk}/edit/preview/",  # as "Preview in new tab"
        "news draft": f"/admin/pages/{news.pk}/view_draft/",
        "news create": f"/admin/pages/add/publications/newspage/{small_site.news['en'].pk}/",
        "add subpage": f"/admin/pages/{small_site.news['en'].pk}/add_subpage/",
        "principles edit": f"/admin/pages/{principles.pk}/edit/",
        "translation editor": f"/admin/pages/{translated.pk}/edit/",
        "update translation": f"/admin/localize/update/{source.pk}/",
        "submit translation": f"/admin/localize/submit/page/{small_site.be_only.pk}/",
        "submit snippet translation": (
            f"/admin/localize/submit/snippet/publications/tag/{untranslated_tag.pk}/"
        ),
        "translations report": "/admin/localize/reports/translations/",
        "translation preview": f"/admin/localize/translate/{translation.pk}/preview/",
        "moderation edit": f"/admin/pages/{in_review.pk}/edit/",
        "moderation preview": f"/admin/pages/workflow/preview/{in_review.pk}/{task.pk}/",
        "workflow history": f"/admin/pages/{in_review.pk}/workflow_history/",
        "workflow history detail": (
            f"/admin/pages/{in_review.pk}/workflow_history/detail/{review.pk}/"
        ),
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
        "organisation merge": f"/admin/organisations/merge/{organisation.pk}/",
        # The Principles' own admin (rightshouse/principles/viewsets/).
        "applications": reverse("principles_applications:index"),
        "application": reverse("principles_applications:inspect", args=[application.pk]),
        "register": reverse("principles_register:index"),
        "register entry": reverse("principles_register:inspect", args=[accession.pk]),
        "prior accession": reverse("principles_register:add"),
        "cases": reverse("principles_cases:index"),
        "case": reverse("principles_cases:inspect", args=[case.pk]),
        "editions": reverse("principles_editions:list"),
        "edition edit": reverse("principles_editions:edit", args=[edition.pk]),
        "edition create": reverse("principles_editions:add"),
        # Joint statements (rightshouse/statements/viewsets/).
        "statements": reverse("statements_admin:index"),
        "statement create": reverse("statements_admin:add"),
        "solidarity alert": reverse("statements_admin:solidarity"),
        "statement": reverse("statements_admin:detail", args=[statement.pk]),
        "statement text": reverse("statements_admin:text", args=[statement.pk, "en"]),
        "statement invite": reverse("statements_admin:invite", args=[statement.pk]),
        "statement publish": reverse("statements_admin:publish", args=[statement.pk]),
        "statement progress": reverse("statements_admin:progress", args=[statement.pk]),
        "representatives": reverse("statements_representatives:index"),
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
        "out-of-date translations": "/admin/reports/out-of-date-translations/",
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
    return policy(response).get(name, [])


def policy(response):
    """The response's Content-Security-Policy as {directive: [sources]}."""
    directives = (part.split() for part in response["Content-Security-Policy"].split(";"))
    return {words[0]: words[1:] for words in directives if words}


def test_each_exception_only_on_the_views_listed_for_it(admin_views, admin_client):
    """'unsafe-inline', frames and blob: images each only where settings list the view;
    every other admin view, and every other directive, is as strict as the public site."""
    lists = {
        "script": set(settings.ADMIN_CSP_UNSAFE_INLINE_SCRIPT_VIEWS),
        "style": set(settings.ADMIN_CSP_UNSAFE_INLINE_STYLE_VIEWS),
        "preview panel": set(settings.ADMIN_CSP_PREVIEW_PANEL_VIEWS),
        "preview": set(settings.ADMIN_CSP_PREVIEW_VIEWS),
        "blob": set(settings.ADMIN_CSP_BLOB_IMAGE_VIEWS),
    }
    public = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
    seen = set()
    for label, path in admin_views.items():
        client = Client() if label in ("login", "password reset") else admin_client
        response = client.get(path)
        assert response.status_code == 200, label
        name = view_name(path)
        seen.add(name)
        directives = policy(response)
        expected = {
            **public,
            "script-src": ["'self'", *(["'unsafe-inline'"] if name in lists["script"] else [])],
            "style-src": ["'self'", *(["'unsafe-inline'"] if name in lists["style"] else [])],
            "img-src": ["'self'", "data:", *(["blob:"] if name in lists["blob"] else [])],
            "frame-src": ["'self'"] if name in lists["preview panel"] else ["'none'"],
            "frame-ancestors": ["'self'"] if name in lists["preview"] else ["'none'"],
        }
        assert directives == expected, (label, name)
        framed = name in lists["preview"]
        assert response["X-Frame-Options"] == ("SAMEORIGIN" if framed else "DENY"), label
    # Every listed view is among those checked here and in the browser test, but the preview
    # of a page not yet created, which needs the form's data first (see below).
    unseen = set().union(*lists.values()) - seen
    assert unseen == {"wagtailadmin_pages:preview_on_add"}


def test_login_page_never_allows_inline_code(small_site, client):
    assert "wagtailadmin_login" not in settings.ADMIN_CSP_UNSAFE_INLINE_SCRIPT_VIEWS
    assert "wagtailadmin_login" not in settings.ADMIN_CSP_UNSAFE_INLINE_STYLE_VIEWS
    for response in (client.get("/admin/login/"), client.get("/admin/pages/", follow=True)):
        assert response.resolver_match.view_name == "wagtailadmin_login"
        assert "unsafe-inline" not in response["Content-Security-Policy"]


def test_public_pages_get_no_admin_additions(small_site, admin_client):
    """Not even for an editor who is logged in."""
    response = admin_client.get("/en/news/defenders-day/")
    assert policy(response) == settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"


def preview_form(title):
    """The news editor's fields as the preview panel posts them."""
    management = {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0, "MIN_NUM_FORMS": 0, "MAX_NUM_FORMS": 9}
    return {
        "title": title,
        "slug": "",
        "lead": "A lead.",
        "body-count": 0,  # an empty StreamField; a rich text field ignores it
        **{
            f"{prefix}-{key}": value
            for prefix in ("tag_links", "related_links", "comments")
            for key, value in management.items()
        },
    }


@pytest.mark.parametrize("new_page", [False, True])
def test_a_preview_gets_the_public_policy_and_may_be_framed_by_the_admin_only(
    small_site, admin_client, new_page
):
    """What the preview panel frames, and "Preview in new tab" opens: the page rendered with
    the policy of a public page, except that the admin itself may frame it."""
    if new_page:
        url = reverse(
            "wagtailadmin_pages:preview_on_add",
            args=("publications", "newspage", small_site.news["en"].pk),
        )
    else:
        url = reverse("wagtailadmin_pages:preview_on_edit", args=(small_site.translated["en"].pk,))
    posted = admin_client.post(url, preview_form("Previewed title"))
    assert posted.json()["is_valid"] is True
    response = admin_client.get(url, {"mode": "", "in_preview_panel": "true"})
    assert "<h1>Previewed title</h1>" in response.content.decode()
    public = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
    assert policy(response) == {**public, "frame-ancestors": ["'self'"]}
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    # The JSON answer to the panel's POST is not a page: no frame may show it.
    assert policy(posted)["frame-ancestors"] == ["'self'"]


def admin_view_names():
    """Every named view under /admin/, as namespace:name."""
    names = set()

    def walk(patterns, namespace):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = namespace
                if pattern.namespace:
                    inner = f"{namespace}{pattern.namespace}:"
                walk(pattern.url_patterns, inner)
            elif pattern.name:
                names.add(f"{namespace}{pattern.name}")

    walk(get_resolver().url_patterns, "")
    return names


def test_every_listed_view_exists():
    """A misspelt or renamed view would silently lose its exception (or keep a stale one)."""
    listed = {
        *settings.ADMIN_CSP_UNSAFE_INLINE_SCRIPT_VIEWS,
        *settings.ADMIN_CSP_UNSAFE_INLINE_STYLE_VIEWS,
        *settings.ADMIN_CSP_PREVIEW_PANEL_VIEWS,
        *settings.ADMIN_CSP_PREVIEW_VIEWS,
        *settings.ADMIN_CSP_BLOB_IMAGE_VIEWS,
    }
    assert listed <= admin_view_names()


def test_every_previewable_model_has_its_preview_views_listed():
    """Pages share Wagtail's page views; a snippet with PreviewableMixin gets its own, which
    must join the lists for its preview panel to work (none is previewable today)."""
    panel_views = set(settings.ADMIN_CSP_PREVIEW_PANEL_VIEWS)
    preview_views = set(settings.ADMIN_CSP_PREVIEW_VIEWS)
    assert {"wagtailadmin_pages:add", "wagtailadmin_pages:edit"} <= panel_views
    assert {"wagtailadmin_pages:preview_on_add", "wagtailadmin_pages:preview_on_edit"} <= (
        preview_views
    )
    for model in get_snippet_models():
        if issubclass(model, PreviewableMixin):
            viewset = model.snippet_viewset
            assert {viewset.get_url_name("add"), viewset.get_url_name("edit")} <= panel_views
            assert {
                viewset.get_url_name("preview_on_add"),
                viewset.get_url_name("preview_on_edit"),
            } <= preview_views


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
    assert all(
        re.fullmatch(r"new (Page|Snippet|Image|Document)Chooser\(.*\);", script)
        for script in scripts
    )
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
