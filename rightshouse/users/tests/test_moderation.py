"""Moderation that reaches people: the roles, the review workflow and its e-mails.

An editor submits through the admin as the browser would; the moderators get an e-mail that
says only that something waits and links to it in the admin (no title, text, author or
comment), and so does the editor when it is approved or sent back.
"""

import re
from io import StringIO
from pathlib import Path

import pytest
import wagtail
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.template import engines
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import GroupPagePermission, Workflow
from wagtail.users.models import UserProfile

from rightshouse.conftest import log_in_with_second_factor
from rightshouse.core.tests.conftest import built_demo  # noqa: F401  (shared fixture)
from rightshouse.publications.models import NewsPage, PublicationIndexPage
from rightshouse.users import demo, roles
from rightshouse.users import demo_content as content
from rightshouse.users.tests.helpers import app_code_from_secret

MARKER = "Zubrmarker"  # in titles, leads, slugs, names and comments: never in an e-mail
MARKED_SLUG = f"{MARKER.lower()}-news"
WAGTAIL_NOTIFICATIONS = Path(wagtail.__file__).parent / "admin/templates/wagtailadmin/notifications"
OUR_NOTIFICATIONS = Path(settings.PROJECT_DIR) / "templates/wagtailadmin/notifications"
ADMIN_LINK = re.compile(re.escape(settings.WAGTAILADMIN_BASE_URL) + r"(/admin/[^\s\"<]*)")


@pytest.fixture
def people(small_site):
    """The demo's editor, moderator and translator, in their roles on the small site's news
    indexes, reading the admin (and their e-mails) in English, with the marker in their names."""
    roles.set_up_roles(list(small_site.news.values()))
    accounts = {}
    for item in content.ACCOUNTS:
        user = demo.create_account(
            {**item, "language": "en", "last_name": f"{MARKER}-{item['username']}"}
        )
        user.groups.add(Group.objects.get(name=item["role"]))
        accounts[item["username"]] = user
    return accounts


def as_user(user):
    return log_in_with_second_factor(Client(), user)


def management_form(prefix):
    return {
        f"{prefix}-TOTAL_FORMS": 0,
        f"{prefix}-INITIAL_FORMS": 0,
        f"{prefix}-MIN_NUM_FORMS": 0,
        f"{prefix}-MAX_NUM_FORMS": 1000,
    }


def news_form(title, action, slug=MARKED_SLUG):
    """The news editor's form as the browser posts it: `action` is the button's name."""
    return {
        "title": title,
        "slug": slug,
        "lead": f"The lead of {MARKER}.",
        "body-count": 0,  # an empty StreamField; a rich text field ignores it
        "date": "",
        "go_live_at": "",
        "expire_at": "",
        action: "1",
        **management_form("tag_links"),
        **management_form("related_links"),
        **management_form("comments"),
    }


def submit_new_item(editor, index_page):
    url = reverse("wagtailadmin_pages:add", args=("publications", "newspage", index_page.pk))
    response = as_user(editor).post(url, news_form(f"{MARKER} on trial", "action-submit"))
    assert response.status_code == 302, response.content.decode()[:2000]
    return NewsPage.objects.get(title=f"{MARKER} on trial")


def everything_in(message):
    parts = [message.subject, message.body]
    parts += [content for content, _type in getattr(message, "alternatives", [])]
    return "\n".join(parts)


def assert_tells_nothing(message, *people):
    text = everything_in(message)
    assert MARKER.lower() not in text.lower(), text
    for person in people:
        for detail in (person.username, person.first_name, person.last_name, person.email):
            assert detail not in text, (detail, text)


def admin_link(message):
    """The link to the item; the only other one is to the recipient's notification settings."""
    item, settings_page = ADMIN_LINK.findall(message.body)
    assert settings_page == reverse("wagtailadmin_account")
    return item


def test_a_submission_reaches_the_moderators_with_a_link_and_nothing_else(
    small_site, people, settings
):
    settings.WAGTAILADMIN_NOTIFICATION_USE_HTML = True  # the HTML version is checked too
    editor, moderator = people["editor"], people["moderator"]
    page = submit_new_item(editor, small_site.news["be"])
    assert not page.live
    state = page.current_workflow_state
    assert state.workflow.name == roles.REVIEW_WORKFLOW
    assert state.requested_by == editor

    to_moderator = [message for message in mail.outbox if message.to == [moderator.email]]
    assert len(to_moderator) == 1
    message = to_moderator[0]
    assert message.subject == "An item is waiting for your review"
    assert len(message.alternatives) == 1
    assert_tells_nothing(message, editor)
    assert not [m for m in mail.outbox if editor.email in m.to]  # nobody mails the author

    path = admin_link(message)
    assert path == reverse("wagtailadmin_pages:edit", args=(page.pk,))
    response = as_user(moderator).get(path)
    assert response.status_code == 200
    assert 'data-workflow-action-name="approve"' in response.content.decode()


def test_approval_publishes_and_tells_the_editor_the_same_way(small_site, people):
    editor, moderator = people["editor"], people["moderator"]
    page = submit_new_item(editor, small_site.news["be"])
    task_state = page.current_workflow_task_state
    mail.outbox.clear()

    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk))
    response = as_user(moderator).post(url, {"comment": f"Fine, {MARKER}."})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live

    (message,) = mail.outbox
    assert message.to == [editor.email]
    assert message.subject == "Your submission has been approved"
    assert_tells_nothing(message, moderator, editor)
    assert as_user(editor).get(admin_link(message)).status_code == 200


def test_sending_back_tells_the_editor_without_the_comment(small_site, people):
    editor, moderator = people["editor"], people["moderator"]
    page = submit_new_item(editor, small_site.news["be"])
    task_state = page.current_workflow_task_state
    mail.outbox.clear()

    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "reject", task_state.pk))
    response = as_user(moderator).post(url, {"comment": f"Please rewrite {MARKER}."})
    assert response.status_code == 302

    (message,) = mail.outbox
    assert message.to == [editor.email]
    assert message.subject == "Your submission needs changes"
    assert_tells_nothing(message, moderator, editor)
    assert as_user(editor).get(admin_link(message)).status_code == 200


def test_editors_cannot_publish_and_moderators_can(small_site, people):
    editor, moderator = people["editor"], people["moderator"]
    index_page = small_site.news["ru"]
    url = reverse("wagtailadmin_pages:add", args=("publications", "newspage", index_page.pk))
    as_user(editor).post(url, news_form(f"{MARKER} draft", "action-publish"))
    assert not NewsPage.objects.get(title=f"{MARKER} draft").live

    as_user(moderator).post(url, news_form(f"{MARKER} news", "action-publish", slug="news"))
    assert NewsPage.objects.get(title=f"{MARKER} news").live


def test_roles_reach_only_their_part_of_the_site(small_site, people):
    editor, translator = people["editor"], people["translator"]
    home = small_site.homes["be"]
    news_en = small_site.news["en"]
    be_item = small_site.translated["be"]
    en_item = small_site.translated["en"]
    assert be_item.permissions_for_user(editor).can_edit()
    assert not be_item.permissions_for_user(editor).can_publish()
    assert not home.permissions_for_user(editor).can_edit()
    assert not small_site.content["be"].permissions_for_user(editor).can_edit()
    # Translators publish translations (wagtail-localize's editor cannot submit for review),
    # and may correct a Belarusian original only through review.
    assert en_item.permissions_for_user(translator).can_publish()
    assert be_item.permissions_for_user(translator).can_edit()
    assert not be_item.permissions_for_user(translator).can_publish()
    assert translator.has_perm("wagtail_localize.submit_translation")
    assert not editor.has_perm("wagtail_localize.submit_translation")
    assert news_en.permissions_for_user(translator).can_add_subpage()


def test_the_review_workflow_covers_news_and_statements_in_every_language(small_site, people):
    workflow = Workflow.objects.get(name=roles.REVIEW_WORKFLOW)
    for index_page in small_site.news.values():
        assert index_page.get_workflow() == workflow
    assert small_site.be_only.get_workflow() == workflow
    (task,) = workflow.tasks.specific()
    assert [group.name for group in task.groups.all()] == [roles.MODERATORS]
    # Running it again changes nothing (a live site runs `set_up_roles` after changes).
    roles.set_up_roles(list(small_site.news.values()))
    assert Workflow.objects.filter(name=roles.REVIEW_WORKFLOW).count() == 1
    assert list(Workflow.objects.get(name=roles.REVIEW_WORKFLOW).tasks.specific()) == [task]


def test_the_command_sets_up_roles_on_every_publication_index(small_site):
    """What an operator runs on a live site; Wagtail's own Editors group loses its rights on
    the whole tree (given by Wagtail's migrations) for those on news and statements."""
    editors, _created = Group.objects.get_or_create(name=roles.EDITORS)
    GroupPagePermission.objects.create(
        group=editors, page=small_site.homes["be"], permission_type="change"
    )
    out = StringIO()
    call_command("set_up_roles", stdout=out)
    assert "Roles set up" in out.getvalue()
    indexes = set(PublicationIndexPage.objects.values_list("pk", flat=True))
    for role in (roles.EDITORS, roles.MODERATORS, roles.TRANSLATORS):
        pages = set(
            GroupPagePermission.objects.filter(group__name=role).values_list("page", flat=True)
        )
        assert pages == indexes, role
    workflow = Workflow.objects.get(name=roles.REVIEW_WORKFLOW)
    assert all(page.get_workflow() == workflow for page in PublicationIndexPage.objects.all())


# --- the templates ------------------------------------------------------------------------


def test_every_notification_template_of_wagtail_is_replaced():
    theirs = {path.name for path in WAGTAIL_NOTIFICATIONS.iterdir()}
    ours = {path.name for path in OUR_NOTIFICATIONS.iterdir() if path.is_file()}
    assert theirs <= ours, theirs - ours


@pytest.mark.parametrize("name", sorted(path.name for path in WAGTAIL_NOTIFICATIONS.iterdir()))
def test_no_template_shows_anything_of_the_item(name, small_site, people):
    """Rendered with every variable Wagtail gives any of them, each full of the marker."""
    editor, moderator = people["editor"], people["moderator"]
    page = small_site.translated["en"]
    page.title = page.draft_title = f"{MARKER} title"
    revision = page.save_revision(user=editor)
    workflow = Workflow.objects.get(name=roles.REVIEW_WORKFLOW)
    workflow.name = f"{MARKER} workflow"
    task = workflow.tasks.specific().get()
    task.name = f"{MARKER} task"
    comment = type("Comment", (), {"text": f"{MARKER} comment"})()
    context = {
        "settings": settings,
        "user": moderator,
        "page": page,
        "object": page,
        "revision": revision,
        "model_name": f"{MARKER} model",
        "workflow": workflow,
        "task": task,
        "task_state": type("TaskState", (), {"finished_by": editor})(),
        "comment": comment.text,
        "requested_by": editor,
        "editor": editor,
        "new_comments": [comment],
        "resolved_comments": [comment],
        "deleted_comments": [comment],
        "replied_comments": [{"comment": comment, "replies": [comment]}],
    }
    template = engines["django"].get_template(f"wagtailadmin/notifications/{name}")
    assert Path(template.origin.name).parent == OUR_NOTIFICATIONS
    text = template.render(context)
    assert MARKER not in text
    for detail in (editor.username, editor.first_name, editor.email, moderator.first_name):
        assert detail not in text, (detail, text)
    # Links lead to the admin only; nothing is fetched when the e-mail is opened.
    for url in re.findall(r"\w+://[^\s\"<]*", text):
        assert url.startswith(f"{settings.WAGTAILADMIN_BASE_URL}/admin/"), url
    assert not re.search(r"<img|<link|src=|style", text)


# --- the demo -----------------------------------------------------------------------------


def test_demo_accounts_have_their_role_and_a_second_factor(built_demo, db):  # noqa: F811
    User = get_user_model()
    for item in content.ACCOUNTS:
        user = User.objects.get_by_natural_key(item["username"])
        assert [group.name for group in user.groups.all()] == [item["role"]]
        assert not user.is_superuser and not user.is_staff
        assert TOTPDevice.objects.filter(user=user, confirmed=True).count() == 1
        assert StaticToken.objects.filter(device__user=user).count() == (
            settings.USERS_RECOVERY_CODE_COUNT
        )
        assert UserProfile.get_for_user(user).preferred_language == item["language"]
    moderators = User.objects.filter(groups__name=roles.MODERATORS)
    assert moderators.exclude(email="").exists()
    workflow = Workflow.objects.get(name=roles.REVIEW_WORKFLOW)
    for index_page in PublicationIndexPage.objects.all():
        assert index_page.get_workflow() == workflow


def test_demo_accounts_log_in_as_the_readme_says(built_demo, db):  # noqa: F811
    """Password, then a code from an app set up with the documented secret."""
    for item in content.ACCOUNTS:
        client = Client()
        response = client.post(
            reverse("wagtailadmin_login"),
            {"username": item["username"], "password": content.DEMO_PASSWORD},
        )
        assert response.status_code == 302
        response = client.post(
            reverse("two_factor:verify"), {"code": app_code_from_secret(content.DEMO_TOTP_SECRET)}
        )
        assert response.status_code == 302
        assert client.get(reverse("wagtailadmin_home")).status_code == 200
        index_page = PublicationIndexPage.objects.first()
        explorer = reverse("wagtailadmin_explore", args=(index_page.pk,))
        assert client.get(explorer).status_code == 200
