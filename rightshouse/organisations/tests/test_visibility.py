"""Markers planted in private details and in parties not named or confidential reach no
public response: directory, profiles, the Principles page and its register, search, sitemap,
feeds. (rightshouse/principles/tests/test_public_visibility.py adds applications, complaints
and every route of the Principles page.)"""

import re

import pytest

from rightshouse.organisations.models import Organisation, SafetyLevel
from rightshouse.organisations.visibility import not_named_count, public_parties

from .conftest import MARKERS, SHARED_WORD

LANGUAGES = ["be", "ru", "en"]
REGISTER_ROUTES = ["register", "register_csv", "register_json", "register_rss", "register_atom"]


def public_addresses(client, parties, small_site):
    addresses = []
    for language in LANGUAGES:
        addresses += [
            f"/{language}/organisations/",
            f"/{language}/organisations/?kind=organisation",
            f"/{language}/organisations/viasna/",
            parties["pages"][language].url,
            *(parties["pages"][language].url_of(route) for route in REGISTER_ROUTES),
            f"/{language}/search/?q={SHARED_WORD}",
            f"/{language}/search/?q=Viasna",
            small_site.tags[language].feed_url("rss"),
            small_site.tags[language].feed_url("atom"),
            f"/{language}/subscribe/feeds.opml",
        ]
    index = client.get("/sitemap.xml").content.decode()
    sections = re.findall(r"<loc>https?://[^/]+(/[^<]+)</loc>", index)
    assert any("organisations" in section for section in sections)
    return addresses + ["/sitemap.xml", *sections]


def test_no_marker_reaches_a_public_response(parties, small_site, client):
    seen_profile = False
    for address in public_addresses(client, parties, small_site):
        response = client.get(address)
        assert response.status_code == 200, address
        body = b"".join(response) if response.streaming else response.content
        html = body.decode()
        for marker in MARKERS:
            assert marker not in html, (marker, address)
        seen_profile = seen_profile or "/organisations/viasna/" in html
    assert seen_profile, "the sitemap lists the named party's profile"


def test_parties_not_named_are_counted_and_confidential_ones_are_not(parties, client):
    html = client.get("/en/organisations/").content.decode()
    assert "And 1 organisation not named for safety." in html
    register = client.get(parties["pages"]["en"].url_of("register")).content.decode()
    rows = register.split("<tbody>")[1].split("</tbody>")[0]
    assert rows.count("<tr ") == 2
    assert 'id="accession-2"' in rows and "Not named for safety" in rows
    assert 'id="accession-3"' not in rows


@pytest.mark.parametrize("which", ["not_named", "confidential"])
def test_only_named_parties_have_a_profile(parties, client, which):
    for language in LANGUAGES:
        slug = parties[which].slug
        assert client.get(f"/{language}/organisations/{slug}/").status_code == 404


def test_one_rule_decides(parties):
    assert list(public_parties()) == [parties["named"]]
    assert not_named_count() == 1
    assert set(Organisation.objects.values_list("safety_level", flat=True)) == set(SafetyLevel)
