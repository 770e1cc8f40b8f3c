"""Publishing a joint statement: its pages in every language, the live signatory list, and
what blocks publishing (a signature given on an earlier text)."""

import uuid

import pytest
from django.utils import translation

from rightshouse.conftest import translated_pages
from rightshouse.organisations.factories import OrganisationFactory
from rightshouse.publications.factories import PublicationIndexPageFactory
from rightshouse.publications.models import Publication, PublicationTag, StatementPage
from rightshouse.statements import factories, log, publishing, signing, texts
from rightshouse.statements.models import (
    Appearance,
    EventKind,
    SignatoryOrder,
    StatementStatus,
)

TEXTS = {
    "be": ("Салідарнасць з праваабаронцамі", "Мы, ніжэйпадпісаныя арганізацыі, патрабуем."),
    "ru": ("Солидарность с правозащитниками", "Мы, нижеподписавшиеся организации, требуем."),
    "en": ("Solidarity with defenders", "We, the undersigned organisations, demand."),
}


@pytest.fixture(autouse=True)
def in_english():
    """The reasons publishing gives are read in English here."""
    with translation.override("en"):
        yield


@pytest.fixture
def statements_section(small_site):
    """A "statements" section in the three languages, beside the fixture's "news"."""
    return translated_pages(
        PublicationIndexPageFactory,
        small_site.homes,
        small_site.locales,
        {"be": "Заявы", "ru": "Заявления", "en": "Statements"},
        slug="statements",
    )


def joint_statement(languages=("be", "ru", "en"), **kwargs):
    statement = factories.JointStatementFactory(**kwargs)
    for language in languages:
        title, words = TEXTS[language]
        texts.save_text(statement, language, title=title, lead="", body=f"<p>{words}</p>")
    return statement


def named_party(name_en, name_be=None, name_ru=None):
    return OrganisationFactory(
        name_en=name_en, name_be=name_be or f"{name_en} be", name_ru=name_ru or f"{name_en} ru"
    )


def page_in(statement, language):
    return StatementPage.objects.get(
        translation_key=statement.publication_key, locale__language_code=language
    )


def html_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def test_publishing_makes_a_joint_statement_page_in_every_language(small_site, statements_section):
    statement = joint_statement()
    factories.signed(statement, named_party("Viasna"))
    source = publishing.publish(statement, tags=[small_site.tags["en"]])

    statement.refresh_from_db()
    assert statement.status == StatementStatus.PUBLISHED
    assert statement.published_at is not None
    assert statement.publication_key == source.translation_key
    for language, (title, words) in TEXTS.items():
        page = page_in(statement, language)
        assert page.live and page.title == title
        assert page.kind == Publication.Kind.JOINT_STATEMENT
        assert page.get_parent().pk == statements_section[language].pk
        assert words in str(page.body)
        tags = PublicationTag.objects.filter(publication=page).values_list("tag", flat=True)
        assert list(tags) == [small_site.tags[language].pk]
        assert Publication.objects.get(pk=page.pk).listed
    # The source page is the original; the others are its translations.
    assert source.locale.language_code == "be"
    assert page_in(statement, "en").get_translation(small_site.locales["be"]).pk == source.pk


def test_publishing_is_logged_with_the_texts_hashes(small_site, statements_section):
    statement = joint_statement()
    publishing.publish(statement)
    statement.refresh_from_db()
    event = statement.events.order_by("-sequence").first()
    assert event.kind == EventKind.PUBLISHED
    assert event.text_hashes == statement.current_hashes()
    assert log.verify(statement).ok


def test_without_a_statements_section_the_first_index_of_the_language_is_used(small_site):
    statement = joint_statement(languages=("be", "en"))
    publishing.publish(statement)
    statement.refresh_from_db()
    assert page_in(statement, "be").get_parent().pk == small_site.news["be"].pk
    assert page_in(statement, "en").get_parent().pk == small_site.news["en"].pk


def test_a_statement_without_text_cannot_be_published(small_site):
    statement = factories.JointStatementFactory()
    assert publishing.blockers(statement)
    with pytest.raises(publishing.PublishingError):
        publishing.publish(statement)
    statement.refresh_from_db()
    assert statement.status == StatementStatus.OPEN and statement.publication_key is None


def test_a_stale_signature_blocks_publishing_until_reconfirmed(small_site, statements_section):
    statement = joint_statement()
    signature = factories.signed(statement, named_party("Early"))
    texts.save_text(statement, "en", title="Changed", lead="", body="<p>New words.</p>")

    reasons = publishing.blockers(statement)
    assert any("earlier version" in reason for reason in reasons)
    with pytest.raises(publishing.PublishingError, match="earlier version"):
        publishing.publish(statement)
    statement.refresh_from_db()
    assert statement.publication_key is None and statement.status == StatementStatus.OPEN

    signing.reconfirm(signature)
    assert publishing.blockers(statement) == []
    publishing.publish(statement)
    assert page_in(statement, "en").title == "Changed"


def test_a_stale_signature_blocks_publishing_until_removed(small_site, statements_section):
    statement = joint_statement()
    signature = factories.signed(statement, named_party("Early"))
    texts.save_text(statement, "be", title="Змененая", lead="", body="<p>Новыя словы.</p>")
    assert publishing.blockers(statement)
    signing.remove(signature)
    publishing.publish(statement)
    statement.refresh_from_db()
    assert statement.status == StatementStatus.PUBLISHED


def test_publishing_again_updates_the_text_and_needs_a_change(small_site, statements_section):
    statement = joint_statement()
    publishing.publish(statement)
    statement.refresh_from_db()
    first_published = statement.published_at
    with pytest.raises(publishing.PublishingError, match="already published"):
        publishing.publish(statement)

    texts.save_text(statement, "ru", title="Новое название", lead="Вводка.", body="<p>Слова.</p>")
    publishing.publish(statement)
    statement.refresh_from_db()
    page = page_in(statement, "ru")
    assert page.title == "Новое название" and page.lead == "Вводка."
    assert "Слова." in str(page.body)
    assert statement.published_at == first_published
    assert StatementPage.objects.filter(translation_key=statement.publication_key).count() == 3
    kinds = list(statement.events.values_list("kind", flat=True))
    assert kinds.count(EventKind.PUBLISHED) == 2


def test_the_page_shows_signatories_count_hash_and_chain_head(
    client, small_site, statements_section
):
    statement = joint_statement()
    factories.signed(statement, named_party("Viasna", name_be="Вясна"))
    factories.signed(statement, named_party("Hidden"), appearance=Appearance.NOT_NAMED)
    factories.signed(statement, named_party("Secret"), appearance=Appearance.CONFIDENTIAL)
    publishing.publish(statement)
    statement.refresh_from_db()

    html = html_of(client, page_in(statement, "en"))
    assert "Signatories (2)" in html
    assert "Viasna" in html and "Hidden" not in html and "Secret" not in html
    assert "+1 organisation not named for safety" in html
    assert "Signed by 2 organisations" in html
    assert statement.text_in("en").sha256 in html
    assert statement.chain_head in html
    assert f"/en/joint-statements/{statement.key}/signatories.pdf" in html
    profile = statement.signatures.get(party__name_en="Viasna").party.get_absolute_url()
    assert f'href="/en/organisations/{profile.rsplit("/", 2)[-2]}/"' in html
    assert "Вясна" in html_of(client, page_in(statement, "be"))


def test_a_signature_after_publication_shows_joined_on(client, small_site, statements_section):
    statement = joint_statement()
    factories.signed(statement, named_party("Founding"))
    publishing.publish(statement)
    factories.signed(statement, named_party("Latecomer"))

    html = html_of(client, page_in(statement, "en"))
    latecomer = html[html.index("Latecomer") :]
    assert "joined on" in latecomer[:200]
    founding = html[html.index("Founding") :]
    assert "joined on" not in founding[: founding.index("</li>")]
    assert "Signatories (2)" in html


def test_alphabetical_order_on_the_page(client, small_site, statements_section):
    statement = joint_statement(signatory_order=SignatoryOrder.ALPHABETICAL)
    for name in ("Zeta", "Alpha", "Mu"):
        factories.signed(statement, named_party(name))
    publishing.publish(statement)
    html = html_of(client, page_in(statement, "en"))
    assert html.index("Alpha") < html.index("Mu") < html.index("Zeta")


def test_withdrawal_removes_the_name_from_page_feed_exports_and_search(
    client, small_site, statements_section
):
    statement = joint_statement()
    marker = f"Withdrawn{uuid.uuid4().hex[:8]}"
    signature = factories.signed(statement, named_party(marker))
    factories.signed(statement, named_party("Staying"))
    publishing.publish(statement)
    page = page_in(statement, "en")
    assert marker in html_of(client, page)

    signing.withdraw(signature)
    base = f"/en/joint-statements/{statement.key}/signatories"
    surfaces = [
        page.url,
        statements_section["en"].url + "rss/",
        statements_section["en"].url + "atom/",
        base + ".csv",
        base + ".json",
    ]
    for url in surfaces:
        response = client.get(url)
        assert response.status_code == 200, url
        assert marker not in response.content.decode("utf-8"), url
    # The search page repeats the query; what matters is that nothing is found.
    assert list(client.get(f"/en/search/?q={marker}").context["results"]) == []
    assert "Signed by 1 organisation" in html_of(client, page)


def test_the_feed_item_carries_the_count(client, small_site, statements_section):
    statement = joint_statement()
    factories.signed(statement, named_party("One"))
    factories.signed(statement, named_party("Two"), appearance=Appearance.NOT_NAMED)
    publishing.publish(statement)
    feed = client.get(statements_section["en"].url + "rss/").content.decode()
    assert "Signed by 2 organisations." in feed


def test_the_profile_lists_named_signatures_only(client, small_site, statements_section):
    statement = joint_statement()
    named = named_party("Open")
    shy = named_party("Shy")
    factories.signed(statement, named)
    factories.signed(statement, shy, appearance=Appearance.NOT_NAMED)
    publishing.publish(statement)
    title = TEXTS["en"][0]

    assert title in client.get(f"/en/organisations/{named.slug}/").content.decode()
    assert title not in client.get(f"/en/organisations/{shy.slug}/").content.decode()
    signing.withdraw(statement.signatures.get(party=named))
    assert title not in client.get(f"/en/organisations/{named.slug}/").content.decode()


def test_a_draft_page_is_not_public_until_published(client, small_site, statements_section):
    statement = joint_statement()
    factories.signed(statement, named_party("Before"))
    # Open, not published: no page, and the exports are 404.
    response = client.get(f"/en/joint-statements/{statement.key}/signatories.json")
    assert response.status_code == 404
    assert not StatementPage.objects.filter(title=TEXTS["en"][0]).exists()
