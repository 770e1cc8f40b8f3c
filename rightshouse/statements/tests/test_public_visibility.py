"""Nothing private about a joint statement's signatories reaches a public surface (issue 9,
item 10), and every surface gives the same count.

Markers are planted in everything that must stay hidden: not-named and confidential
signatories (by their party's level or by their own choice), the representative's name,
role and e-mail, an invitation's e-mail address, and a withdrawn signatory."""

import io
import json

import pytest
from pypdf import PdfReader

from rightshouse.organisations.factories import OrganisationFactory
from rightshouse.statements import factories, invitations, publishing, signing
from rightshouse.statements.models import Appearance

from .test_publishing import TEXTS, joint_statement, statements_section  # noqa: F401

MARKERS = {
    "not_named_party": "zqmarkernotnamedparty",
    "confidential_party": "zqmarkerconfidentialparty",
    "representative_name": "zqmarkerrepname",
    "representative_role": "zqmarkerreprole",
    "contact_email": "zqmarkercontact@example.org",
    "invitation_email": "zqmarkerinvited@example.org",
}
# Named organisations that chose "not named" or "confidential" on this statement: their
# names are public (profile, directory, sitemap), but nothing about this statement may
# name them.
CHOSE_NOT_NAMED = "zqmarkerchosenotnamed"
CHOSE_CONFIDENTIAL = "zqmarkerchoseconfidential"
# So is a named organisation's that withdrew its signature.
WITHDRAWN = "zqmarkerwithdrawn"
STATEMENT_MARKERS = [*MARKERS.values(), CHOSE_NOT_NAMED, CHOSE_CONFIDENTIAL, WITHDRAWN]
LANGUAGES = ("be", "ru", "en")


def party(marker, **kwargs):
    return OrganisationFactory(name_be=marker, name_ru=marker, name_en=marker, **kwargs)


@pytest.fixture
def site(small_site, statements_section):  # noqa: F811
    statement = joint_statement()
    named = OrganisationFactory(name_en="Open Centre", name_be="Адкрыты цэнтр")
    factories.signed(statement, named)
    sign = signing.sign
    _invitation, token = invitations.invite(statement, party=OrganisationFactory())
    sign(
        statement,
        _invitation.party,
        appearance=Appearance.NAMED,
        language="en",
        representative_name=MARKERS["representative_name"],
        representative_role=MARKERS["representative_role"],
        contact_email=MARKERS["contact_email"],
        invitation_token=token,
    )
    factories.signed(statement, party(MARKERS["not_named_party"], not_named=True))
    chose_not_named = party(CHOSE_NOT_NAMED)
    factories.signed(statement, chose_not_named, appearance=Appearance.NOT_NAMED)
    factories.signed(statement, party(MARKERS["confidential_party"], confidential=True))
    chose_confidential = party(CHOSE_CONFIDENTIAL)
    factories.signed(statement, chose_confidential, appearance=Appearance.CONFIDENTIAL)
    withdrawn_party = party(WITHDRAWN)
    withdrawn = factories.signed(statement, withdrawn_party)
    invitations.invite(statement, email=MARKERS["invitation_email"])
    publishing.publish(statement, tags=[small_site.tags["en"]])
    signing.withdraw(withdrawn)
    statement.refresh_from_db()
    return (
        small_site,
        statements_section,
        statement,
        named,
        [chose_not_named, chose_confidential, withdrawn_party],
    )


EXPECTED_COUNT = 4  # two named, two not named; confidential ones are not counted


def text_of(response):
    if response["Content-Type"] == "application/pdf":
        reader = PdfReader(io.BytesIO(response.content))
        return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    return response.content.decode("utf-8")


def statement_surfaces(small_site, section, statement):
    from rightshouse.publications.models import StatementPage

    urls = []
    for language in LANGUAGES:
        page = StatementPage.objects.get(
            translation_key=statement.publication_key, locale__language_code=language
        )
        base = f"/{language}/joint-statements/{statement.key}/signatories"
        tag = small_site.tags[language]
        urls += [
            page.url,
            section[language].url,
            section[language].url + "rss/",
            section[language].url + "atom/",
            tag.feed_url("rss"),
            tag.feed_url("atom"),
            tag.get_absolute_url(),
            f"/{language}/",
            base + ".csv",
            base + ".json",
            base + ".pdf",
            f"/{language}/search/?q={TEXTS[language][0].split()[0]}",
        ]
    return urls


def public_surfaces(client):
    urls = ["/sitemap.xml"]
    index = client.get("/sitemap.xml").content.decode()
    urls += [part.split("</loc>")[0] for part in index.split("<loc>")[1:]]
    for language in LANGUAGES:
        urls += [f"/{language}/organisations/"]
    return urls


def test_no_marker_on_any_public_surface(client, site):
    small_site, section, statement, _named, _chose_stricter = site
    checked = 0
    for url in statement_surfaces(small_site, section, statement):
        response = client.get(url)
        assert response.status_code == 200, url
        body = text_of(response)
        for marker in STATEMENT_MARKERS:
            assert marker not in body, (marker, url)
        checked += 1
    for url in public_surfaces(client):
        response = client.get(url)
        assert response.status_code == 200, url
        body = text_of(response)
        for marker in MARKERS.values():
            assert marker not in body, (marker, url)
        checked += 1
    assert checked > 40


def test_profiles_list_only_named_signatures(client, site):
    _small_site, _section, statement, named, chose_stricter = site
    for language in LANGUAGES:
        title = TEXTS[language][0]
        own = client.get(f"/{language}/organisations/{named.slug}/").content.decode()
        assert title in own
        for other in chose_stricter:
            response = client.get(f"/{language}/organisations/{other.slug}/")
            assert response.status_code == 200 and title not in response.content.decode()
    for signature in statement.signatures.exclude(party__safety_level="named"):
        assert client.get(f"/en/organisations/{signature.party.slug}/").status_code == 404


def test_search_finds_no_marker(client, site):
    for language in LANGUAGES:
        for marker in STATEMENT_MARKERS:
            response = client.get(f"/{language}/search/", {"q": marker})
            assert list(response.context["results"]) == [], (language, marker)


def test_every_surface_gives_the_same_count(client, site):
    small_site, section, statement, _named, _chose = site
    sentence = f"Signed by {EXPECTED_COUNT} organisations"
    base = f"/en/joint-statements/{statement.key}/signatories"
    from rightshouse.publications.models import StatementPage

    page = StatementPage.objects.get(
        translation_key=statement.publication_key, locale__language_code="en"
    )
    page_html = client.get(page.url).content.decode()
    assert sentence in page_html
    assert f"Signatories ({EXPECTED_COUNT})" in page_html
    assert "+2 organisations not named for safety" in page_html
    for feed in (section["en"].url + "rss/", small_site.tags["en"].feed_url("atom")):
        assert sentence in client.get(feed).content.decode(), feed
    data = json.loads(client.get(base + ".json").content)
    assert data["count"] == EXPECTED_COUNT
    assert len(data["signatories"]) + data["not_named_count"] == EXPECTED_COUNT
    assert data["not_named_count"] == 2
    csv_text = client.get(base + ".csv").content.decode("utf-8")
    assert sentence in csv_text
    assert sentence in text_of(client.get(base + ".pdf"))
    for language in ("be", "ru"):
        localized = json.loads(
            client.get(f"/{language}/joint-statements/{statement.key}/signatories.json").content
        )
        assert localized["count"] == EXPECTED_COUNT
