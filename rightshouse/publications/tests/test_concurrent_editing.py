"""Autosaves and publishes of one publication at the same moment: one row per tag and per
related publication, and no error page (rightshouse.publications.saving); a tag or related
publication chosen twice in the form is refused with a message (PublicationForm)."""

import threading
import time

import pytest
from django.db import connections
from django.test import Client
from django.utils import translation
from wagtail.blocks import StreamBlock
from wagtail.models import Revision

from rightshouse.conftest import log_in_with_second_factor
from rightshouse.publications.factories import NewsPageFactory
from rightshouse.publications.models import NewsPage, PublicationTag, RelatedPublication
from rightshouse.publications.tests.admin_forms import add_news, edit_url, news_form_data

EDITORS = 8


def at_once(tasks):
    """Runs the callables in threads started together (each with its own database
    connection); returns their results, or the exception each raised, in order."""
    start = threading.Barrier(len(tasks))
    results = [None] * len(tasks)

    def run(number, task):
        try:
            start.wait(timeout=30)
            results[number] = task()
        except Exception as error:
            results[number] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=item) for item in enumerate(tasks)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads)
    return results


def one_row_each(page, tag, related):
    return (
        PublicationTag.objects.filter(publication_id=page.pk).count(),
        PublicationTag.objects.filter(publication_id=page.pk, tag=tag).count(),
        RelatedPublication.objects.filter(page_id=page.pk).count(),
        RelatedPublication.objects.filter(page_id=page.pk, related=related).count(),
    ) == (1, 1, 1, 1)


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("live", [False, True], ids=["draft", "live"])
def test_autosaves_and_publishes_at_once_keep_one_row_each_and_never_fail(
    small_site, admin_user, live
):
    """Each editor's browser sends the form with a tag and a related publication that are
    not saved yet (rows without ids): a draft's autosave writes them to the database, as
    does every publish."""
    page = NewsPageFactory(
        parent=small_site.news["en"], title="Contested", slug="contested", live=live
    )
    tag, related = small_site.tags["en"], small_site.translated["en"]
    data = news_form_data("Contested", slug="contested", tags=[tag.pk], related=[related.pk])
    autosave = {key: value for key, value in data.items() if key != "action-publish"}
    # Logged in before the race: the second-factor device is made once.
    clients = [log_in_with_second_factor(Client(), admin_user) for _ in range(EDITORS)]

    def post(client, number):
        if number % 2:
            return client.post(edit_url(page), autosave, HTTP_ACCEPT="application/json")
        return client.post(edit_url(page), data)

    responses = at_once(
        [lambda client=client, n=n: post(client, n) for n, client in enumerate(clients)]
    )

    assert [r for r in responses if isinstance(r, Exception)] == []
    assert {response.status_code for response in responses} <= {200, 302}
    assert all(
        response.json()["success"]
        for response in responses
        if response.status_code == 200 and response.headers["Content-Type"] == "application/json"
    )
    assert NewsPage.objects.get(pk=page.pk).live
    assert one_row_each(page, tag, related)


@pytest.mark.django_db(transaction=True)
def test_publishing_one_revision_many_times_at_once_keeps_one_row_each(small_site):
    """The scheduler, an editor's "publish this version" and a second click: the same
    revision, holding rows not yet in the database, published several times at once."""
    page = NewsPageFactory(parent=small_site.news["en"], title="Republished", slug="republished")
    tag, related = small_site.tags["en"], small_site.translated["en"]
    draft = NewsPage.objects.get(pk=page.pk)
    draft.tag_links.add(PublicationTag(tag=tag))
    draft.related_links.add(RelatedPublication(related=related))
    revision = draft.save_revision()
    assert not PublicationTag.objects.filter(publication_id=page.pk).exists()

    results = at_once([lambda: Revision.objects.get(pk=revision.pk).publish()] * EDITORS)

    assert [r for r in results if isinstance(r, Exception)] == []
    assert one_row_each(page, tag, related)


def test_a_tag_chosen_twice_is_refused_with_a_message(small_site, admin_client):
    tag = small_site.tags["en"]
    response = add_news(admin_client, small_site.news["en"], "Twice tagged", tags=[tag.pk, tag.pk])
    assert response.status_code == 200
    formset = response.context["form"].formsets["tag_links"]
    assert formset.forms[0].errors == {}
    with translation.override("en"):
        assert list(formset.forms[1].errors["tag"]) == [
            "This tag is already on the publication; remove this row."
        ]
    assert list(formset.non_form_errors()) == [], "instead of Django's message about fields"
    assert not NewsPage.objects.filter(title="Twice tagged").exists()


def test_a_related_publication_chosen_twice_is_refused_with_a_message(small_site, admin_client):
    page = small_site.translated["en"]
    other = small_site.add_news("en", 1)[0]
    response = admin_client.post(
        edit_url(page),
        news_form_data(
            page.title, slug=page.slug, related=[other.pk, small_site.be_only.pk, other.pk]
        ),
    )
    assert response.status_code == 200
    related_forms = response.context["form"].formsets["related_links"].forms
    with translation.override("en"):
        assert [list(form.errors.get("related", [])) for form in related_forms] == [
            [],
            [],
            ["This publication is already among the related ones; remove this row."],
        ]
    assert not RelatedPublication.objects.filter(page_id=page.pk).exists()


def test_a_row_removed_in_the_form_does_not_count_twice(small_site, admin_client):
    tag = small_site.tags["en"]
    page = small_site.translated["en"]
    data = news_form_data(page.title, slug=page.slug, tags=[tag.pk, tag.pk])
    data["tag_links-1-DELETE"] = "on"
    response = admin_client.post(edit_url(page), data)
    assert response.status_code == 302
    assert PublicationTag.objects.filter(publication_id=page.pk, tag=tag).count() == 1


EMPTY_PARAGRAPH = {
    "body-count": 1,
    "body-0-type": "paragraph",
    "body-0-deleted": "",
    "body-0-order": 0,
    "body-0-id": "",
    "body-0-value": "null",  # what the editor sends for a paragraph left empty
}


@pytest.mark.django_db(transaction=True)
def test_a_publish_checked_while_a_draft_is_checked_keeps_the_body_rules(
    small_site, admin_user, monkeypatch
):
    """Wagtail checks a draft with its StreamField blocks' "required" rules switched off on
    the block definitions, which all requests of a process share: a publish checked in the
    meantime (runserver's threads) went through with an empty paragraph, and the
    overlapping switches could fail with AttributeError (rightshouse.core.forms)."""
    page = NewsPage.objects.get(pk=small_site.translated["en"].pk)
    form_class = NewsPage.get_edit_handler().get_form_class()
    clean = StreamBlock.clean
    draft_thread = threading.local()

    def slow_draft_clean(block, value):
        if getattr(draft_thread, "checking", False):
            time.sleep(1.5)  # the rules are off meanwhile
        return clean(block, value)

    monkeypatch.setattr(StreamBlock, "clean", slow_draft_clean)

    def check(draft):
        data = news_form_data(page.title, slug=page.slug, **EMPTY_PARAGRAPH)
        form = form_class(
            data, instance=page, parent_page=small_site.news["en"], for_user=admin_user
        )
        if draft:
            draft_thread.checking = True
            form.defer_required_fields()
        else:
            time.sleep(0.5)  # begins while the draft's check is under way
        return form.is_valid(), form.errors

    (draft_valid, _draft_errors), (publish_valid, publish_errors) = at_once(
        [lambda: check(draft=True), lambda: check(draft=False)]
    )
    assert draft_valid, "a draft may have an empty paragraph"
    assert not publish_valid and "body" in publish_errors, "a publish may not"
