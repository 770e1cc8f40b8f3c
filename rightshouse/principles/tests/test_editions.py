"""Editions of the Principles: hashed texts, the freeze rule, the public pages of every
edition and what changed between two."""

import datetime
import re
from html import unescape

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail import hooks
from wagtail.models import PageViewRestriction
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from rightshouse.core.texts import sha256_of
from rightshouse.organisations.factories import OrganisationFactory

from ..demo import build_editions
from ..diff import ChangeKind, compare
from ..editions import ProposedText, check_deletion, check_edit, is_frozen
from ..factories import (
    AccessionApplicationFactory,
    EditionFactory,
    EditionTextFactory,
    principle,
)
from ..models import Edition, EditionText, PrinciplesPage
from ..registry import record_accession
from ..viewsets.editions import refuse_deleting_frozen_editions

CONFIDENTIAL = principle(
    "Confidentiality",
    "<p>We keep secrets.</p>",
    items_intro="Confidential information includes:",
    items=["the fact of asking for help;", "anything said in confidence."],
    after_items="<p>Only with consent.</p>",
)


@pytest.fixture(autouse=True)
def english():
    """Messages built outside a request (the service's) in English, to compare them."""
    with translation.override("en"):
        yield


def text_with(edition, language="en", **fields):
    return EditionTextFactory(edition=edition, language=language, **fields)


def html_of(client, path, language="en"):
    response = client.get(path, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200, path
    return response.content.decode()


# --- The hash ------------------------------------------------------------------------------


def test_the_stored_hash_covers_the_words_whatever_their_markup(db):
    text = text_with(
        EditionFactory(number=1),
        preamble="<p>We, the defenders, agree.</p>",
        principles=[principle("Openness", "<p>We are open.</p>"), CONFIDENTIAL],
    )
    assert text.sha256 == sha256_of(text.normalised_source())
    same_words = text_with(
        EditionFactory(number=2),
        preamble="<p><b>We,</b>   the <i>defenders</i>,\tagree.</p>",
        principles=[principle("Openness", "<p>We  <b>are</b> open.</p>"), CONFIDENTIAL],
    )
    assert same_words.sha256 == text.sha256
    other_item = principle(**{**CONFIDENTIAL[1], "items": ["the fact of asking for help;"]})
    one_item_less = text_with(
        EditionFactory(number=3),
        preamble="<p>We, the defenders, agree.</p>",
        principles=[principle("Openness", "<p>We are open.</p>"), other_item],
    )
    assert one_item_less.sha256 != text.sha256


def test_saving_a_changed_text_updates_its_hash(edition):
    text = edition.texts.get(language="en")
    before = text.sha256
    text.preamble = "<p>Another preamble.</p>"
    text.save()
    text.refresh_from_db()
    assert text.sha256 != before
    assert text.sha256 == sha256_of(text.normalised_source())


# --- The freeze rule: the service ----------------------------------------------------------


def proposals(edition, **changed):
    """The edition's texts as ProposedText, with `changed` (language -> EditionText fields)
    applied in memory."""
    result = []
    for text in edition.texts.all():
        for field, value in changed.get(text.language, {}).items():
            setattr(text, field, value)
        result.append(ProposedText.of(text))
    return result


# The number and state of edition 1 as the `edition` fixture saves it.
AS_SAVED = {"number": 1, "is_published": True}


def acceded_by_application(edition):
    AccessionApplicationFactory(edition=edition, language="be")


def acceded_by_accession(edition):
    record_accession(OrganisationFactory(), edition, "be", datetime.date(2020, 1, 1))


@pytest.fixture(params=[acceded_by_application, acceded_by_accession])
def frozen_edition(request, edition):
    request.param(edition)
    return edition


def test_an_edition_nobody_acceded_to_may_change_freely(edition):
    assert not is_frozen(edition)
    check_edit(
        edition,
        proposals(edition, en={"preamble": "<p>New words.</p>"}),
        number=5,
        is_published=False,
    )
    check_deletion([edition])


def test_a_frozen_edition_refuses_a_changed_word_and_says_to_make_a_new_edition(frozen_edition):
    assert is_frozen(frozen_edition)
    with pytest.raises(ValidationError) as refused:
        check_edit(
            frozen_edition, proposals(frozen_edition, ru={"preamble": "<p>Иначе.</p>"}), **AS_SAVED
        )
    messages = " ".join(refused.value.messages)
    assert "To change the wording, create a new edition." in messages
    assert "The text in Russian cannot change." in messages


def test_a_frozen_edition_accepts_the_same_words_in_other_markup(frozen_edition):
    check_edit(
        frozen_edition,
        proposals(frozen_edition, en={"preamble": "<p><b>Preamble.</b></p>"}),
        **AS_SAVED,
    )


def test_a_frozen_edition_keeps_its_number_its_texts_and_stays_published(frozen_edition):
    texts = proposals(frozen_edition)
    with pytest.raises(ValidationError, match="number of the edition cannot change"):
        check_edit(frozen_edition, texts, number=2, is_published=True)
    with pytest.raises(ValidationError, match="must stay published"):
        check_edit(frozen_edition, texts, number=1, is_published=False)
    deleting = [ProposedText(t.pk, t.language, t.sha256, delete=t.language == "en") for t in texts]
    with pytest.raises(ValidationError, match="text in English cannot be removed"):
        check_edit(frozen_edition, deleting, **AS_SAVED)
    relabelled = [
        ProposedText(t.pk, "en" if t.language == "be" else t.language, t.sha256) for t in texts
    ]
    with pytest.raises(ValidationError, match="text in Belarusian cannot change"):
        check_edit(frozen_edition, relabelled, **AS_SAVED)
    with pytest.raises(ValidationError, match="cannot be deleted"):
        check_deletion([frozen_edition])


def test_a_frozen_edition_may_gain_a_language_it_lacks_but_not_replace_one(db):
    edition = EditionFactory(number=1)
    text_with(edition, "be")
    acceded_by_application(edition)
    saved = proposals(edition)
    check_edit(edition, [*saved, ProposedText(None, "en", "a" * 64)], **AS_SAVED)
    with pytest.raises(ValidationError, match="text in Belarusian cannot be replaced"):
        check_edit(edition, [*saved, ProposedText(None, "be", "a" * 64)], **AS_SAVED)


# --- The freeze rule: the admin ------------------------------------------------------------

EDIT_URL = "/admin/principles/editions/edit/{pk}/"


def text_form(text, **fields):
    """The admin form data of one EditionText, as saved, with `fields` changed."""
    values = {
        "language": text.language,
        "preamble": text.preamble,
        "explanatory_note": text.explanatory_note,
        **fields,
    }
    return {
        "id": str(text.pk) if text.pk else "",
        "language": values["language"],
        "preamble": rich_text(values["preamble"]),
        "explanatory_note": rich_text(values["explanatory_note"]),
        "principles": streamfield(
            [
                (
                    "principle",
                    {
                        "title": value["title"],
                        "body": rich_text(value["body"].source),
                        "items_intro": value["items_intro"],
                        "items": list_block_data(value["items"]),
                        "after_items": rich_text(getattr(value["after_items"], "source", "")),
                    },
                )
                for _number, value in text.numbered_principles()
            ]
        ),
    }


def list_block_data(items):
    data = {
        str(index): {"value": item, "deleted": "", "order": str(index)}
        for index, item in enumerate(items)
    }
    return {**data, "count": str(len(items))}


def edit_data(edition, texts, initial=None):
    return nested_form_data(
        {
            "number": str(edition.number),
            "adopted_on": edition.adopted_on.isoformat(),
            "is_published": "on" if edition.is_published else "",
            "texts": inline_formset(
                texts, initial=len(edition.texts.all()) if initial is None else initial
            ),
        }
    )


@pytest.fixture
def editor(admin_client):
    admin_client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return admin_client


def test_the_admin_saves_an_edition_nobody_acceded_to(editor, edition):
    texts = [
        text_form(t, preamble="<p>Reworded.</p>" if t.language == "en" else t.preamble)
        for t in edition.texts.all()
    ]
    response = editor.post(EDIT_URL.format(pk=edition.pk), edit_data(edition, texts))
    assert response.status_code == 302, response.content.decode()[-3000:]
    assert "Reworded." in edition.texts.get(language="en").preamble


def test_the_admin_refuses_to_change_the_words_of_a_frozen_edition(editor, frozen_edition):
    en = frozen_edition.texts.get(language="en")
    texts = [
        text_form(t, preamble="<p>Reworded.</p>" if t.language == "en" else t.preamble)
        for t in frozen_edition.texts.all()
    ]
    response = editor.post(EDIT_URL.format(pk=frozen_edition.pk), edit_data(frozen_edition, texts))
    assert response.status_code == 200
    page = unescape(response.content.decode())
    assert "The text in English cannot change." in page
    assert "To change the wording, create a new edition." in page
    assert EditionText.objects.get(pk=en.pk).preamble == en.preamble


def test_the_admin_adds_a_missing_language_to_a_frozen_edition(editor, db):
    edition = EditionFactory(number=1)
    be = text_with(edition, "be")
    acceded_by_application(edition)
    new = EditionText(
        language="en",
        preamble="<p>Preamble.</p>",
        principles=be.principles,
        explanatory_note="<p>Note.</p>",
    )
    response = editor.post(
        EDIT_URL.format(pk=edition.pk), edit_data(edition, [text_form(be), text_form(new)])
    )
    assert response.status_code == 302, response.content.decode()[-3000:]
    assert sorted(edition.texts.values_list("language", flat=True)) == ["be", "en"]
    assert edition.texts.get(language="be").sha256 == be.sha256


def test_the_admin_refuses_to_delete_a_frozen_edition_or_one_of_its_texts(editor, frozen_edition):
    texts = [
        {**text_form(t), "DELETE": "on" if t.language == "ru" else ""}
        for t in frozen_edition.texts.all()
    ]
    response = editor.post(EDIT_URL.format(pk=frozen_edition.pk), edit_data(frozen_edition, texts))
    assert "The text in Russian cannot be removed." in unescape(response.content.decode())
    assert frozen_edition.texts.filter(language="ru").exists()

    delete_url = f"/admin/principles/editions/delete/{frozen_edition.pk}/"
    response = editor.post(delete_url, follow=True)
    assert "cannot be deleted" in unescape(response.content.decode())
    assert Edition.objects.filter(pk=frozen_edition.pk).exists()


def test_the_bulk_delete_hook_refuses_a_frozen_edition(editor, frozen_edition):
    # wagtail_hooks.py registers the hook; the bulk action runs it before deleting anything.
    with hooks.register_temporarily("before_delete_snippet", refuse_deleting_frozen_editions):
        response = editor.post(
            f"/admin/bulk/principles/edition/delete/?id={frozen_edition.pk}", follow=True
        )
    assert "cannot be deleted" in unescape(response.content.decode())
    assert Edition.objects.filter(pk=frozen_edition.pk).exists()


def test_the_admin_deletes_an_edition_nobody_acceded_to(editor, edition):
    response = editor.post(f"/admin/principles/editions/delete/{edition.pk}/")
    assert response.status_code == 302
    assert not Edition.objects.exists()


def test_the_admin_list_shows_languages_and_accessions(editor, frozen_edition):
    html = editor.get("/admin/principles/editions/").content.decode()
    (row,) = BeautifulSoup(html, "html.parser").select("tbody tr")
    cells = [cell.get_text(" ", strip=True) for cell in row.find_all("td")]
    accessions = str(frozen_edition.accessions.count())
    assert cells[1].startswith("Edition 1"), cells  # after the bulk-action checkbox
    assert {"be, ru, en", accessions} <= set(cells), cells
    for path in ("add/", f"edit/{frozen_edition.pk}/"):
        assert editor.get(f"/admin/principles/editions/{path}").status_code == 200


# --- The public pages ----------------------------------------------------------------------


@pytest.fixture
def two_editions(principles_pages):
    """Edition 1 and edition 2 (in force), which rewords principle 2 and adds to 11's list."""
    first = EditionFactory(number=1, adopted_on=datetime.date(2015, 6, 26))
    second = EditionFactory(number=2, adopted_on=datetime.date(2024, 5, 17))
    for language in ("be", "ru", "en"):
        words = [
            principle("Universality", f"<p>Rights belong to everyone ({language}).</p>"),
            principle("Openness", "<p>We are open about our aims.</p>"),
            CONFIDENTIAL,
        ]
        text_with(first, language, principles=words)
        reworded = principle("Openness", "<p>We are open about our aims and our funding.</p>")
        longer_list = principle(
            **{**CONFIDENTIAL[1], "items": [*CONFIDENTIAL[1]["items"], "the devices we use."]}
        )
        text_with(second, language, principles=[words[0], reworded, longer_list])
    return first, second


def test_the_current_page_shows_the_edition_in_force_with_anchors_and_permalinks(
    two_editions, client
):
    _first, second = two_editions
    html = html_of(client, "/en/principles/")
    assert "and our funding" in html
    for number in (1, 2, 3):
        assert f'id="principle-{number}"' in html
        assert f'<a href="#principle-{number}">Link to principle {number}</a>' in html
        assert f'href="/en/principles/editions/2/#principle-{number}"' in html
    confidential = html.split('id="principle-3"')[1].split("edition-principle__links")[0]
    assert "<ul" in confidential
    assert "<li>the fact of asking for help;</li>" in confidential
    for text in second.texts.all():
        assert text.sha256 in html
    for route in ("register/", "accede/", "report/", "decisions/", "editions/2/changes/"):
        assert f'href="/en/principles/{route}"' in html
    assert 'href="/en/principles/editions/1/"' in html


@pytest.mark.parametrize("language", ["be", "ru", "en"])
def test_an_older_edition_stays_readable_at_its_own_address(two_editions, client, language):
    html = html_of(client, f"/{language}/principles/editions/1/", language)
    assert f"Rights belong to everyone ({language})" in html
    assert "and our funding" not in html
    assert 'id="principle-2"' in html
    assert f'href="/{language}/principles/"' in html  # to the edition in force
    if language == "en":
        assert "it is not the edition in force" in html


def test_the_edition_in_force_at_its_own_address_is_not_called_old(two_editions, client):
    html = html_of(client, "/en/principles/editions/2/")
    assert "not the edition in force" not in html
    assert 'href="/en/principles/editions/2/changes/"' in html


def test_what_changed_shows_the_changed_words_and_counts_the_rest(two_editions, client):
    html = html_of(client, "/en/principles/editions/2/changes/")
    assert re.search(r"<ins><span class=\"visually-hidden\">inserted: </span>[^<]*funding", html)
    assert "the devices we use." in html
    assert "Universality" not in html  # unchanged: counted, not shown
    assert "1 principle is unchanged." in html
    assert "Preamble" not in html


def test_the_first_edition_has_nothing_to_compare_with(two_editions, client):
    assert client.get("/en/principles/editions/1/changes/").status_code == 404


def test_an_unpublished_edition_does_not_exist_publicly(two_editions, client):
    _first, second = two_editions
    second.is_published = False
    second.save()
    for path in ("/en/principles/editions/2/", "/en/principles/editions/2/changes/"):
        assert client.get(path).status_code == 404
    assert client.get("/en/principles/editions/3/").status_code == 404
    html = html_of(client, "/en/principles/")
    assert "and our funding" not in html
    assert "editions/2/" not in html


def test_a_restricted_principles_page_keeps_every_edition_route_private(two_editions, client):
    for page in PrinciplesPage.objects.all():
        PageViewRestriction.objects.create(page=page, restriction_type="login")
    for path in (
        "/en/principles/",
        "/en/principles/editions/1/",
        "/en/principles/editions/2/changes/",
    ):
        response = client.get(path)
        assert response.status_code in (302, 401, 403), path
        assert "Openness" not in response.content.decode()


def test_the_language_switcher_keeps_the_edition(two_editions, client):
    html = html_of(client, "/en/principles/editions/1/")
    switcher = html.split('class="language-switcher"')[1].split("</nav>")[0]
    assert 'href="/be/principles/editions/1/"' in switcher
    assert 'href="/ru/principles/editions/1/"' in switcher
    assert 'hreflang="be" href="/be/principles/editions/1/"' in html


def test_a_missing_language_falls_back_and_says_so(principles_pages, client):
    edition = EditionFactory(number=1)
    text_with(edition, "ru", principles=[principle("Открытость", "<p>Мы открыты.</p>")])
    html = html_of(client, "/en/principles/")
    assert "Открытость" in html
    assert 'lang="ru"' in html
    assert "This edition has no text in English, so it is shown in Russian." in html


def test_text_is_escaped(principles_pages, client):
    edition = EditionFactory(number=1)
    text_with(edition, "en", principles=[principle("<script>alert(1)</script>")])
    html = html_of(client, "/en/principles/")
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;" in html


# --- What changed: the comparison ----------------------------------------------------------


def test_the_comparison_ignores_markup_and_escapes_the_words(db):
    old = text_with(
        EditionFactory(number=1),
        principles=[principle("A", "<p>Same <b>words</b>.</p>"), principle("B", "<p>x &lt; y</p>")],
    )
    new = text_with(
        EditionFactory(number=2),
        principles=[
            principle("A", "<p>Same words.</p>"),
            principle("B", "<p>x &lt; z</p>"),
            principle("C", "<p>New.</p>"),
        ],
    )
    comparison = compare(old, new)
    assert comparison.unchanged_principles == 1
    changed, added = comparison.changes
    assert (changed.number, changed.kind, added.number, added.kind) == (
        2,
        ChangeKind.CHANGED,
        3,
        ChangeKind.ADDED,
    )
    assert "x &lt; <del>" in changed.old_html and "y</del>" in changed.old_html
    assert "z</ins>" in changed.new_html
    removed = compare(new, old).changes[-1]
    assert (removed.number, removed.kind) == (3, ChangeKind.REMOVED)


def test_a_long_part_shows_the_changed_paragraph_with_its_neighbours_only(db):
    paragraphs = [f"<p>Paragraph {n} of the note.</p>" for n in range(1, 8)]
    reworded = [*paragraphs[:5], "<p>Paragraph 6 of the new note.</p>", paragraphs[6]]
    old = text_with(EditionFactory(number=1), explanatory_note="".join(paragraphs))
    new = text_with(EditionFactory(number=2), explanatory_note="".join(reworded))
    (change,) = compare(old, new).changes
    assert change.part == "explanatory_note"
    for side in (change.old_html, change.new_html):
        assert "Paragraph 5 of the" in side and "Paragraph 7 of the" in side
        assert "Paragraph 4 of the" not in side
        assert side.startswith('<p class="edition-change__gap">')
    assert '<ins><span class="visually-hidden">inserted: </span>new</ins>' in change.new_html


# --- The demo ------------------------------------------------------------------------------


def test_the_demo_builds_two_editions_and_edition_2_changes_three_principles(
    principles_pages, client
):
    first = build_editions(ctx=None)
    assert first.number == 1
    assert Edition.objects.current().number == 2
    for text in Edition.objects.get(number=2).texts.all():
        comparison = compare(first.texts.get(language=text.language), text)
        assert [change.number for change in comparison.changes] == [4, 11, 15]
        assert comparison.unchanged_principles == 12
    principle_11 = first.text_in("be").numbered_principles()[10][1]
    assert len(principle_11["items"]) == 3 and principle_11["items_intro"]
    html = html_of(client, "/en/principles/editions/2/changes/")
    assert "sources of funding" in html
