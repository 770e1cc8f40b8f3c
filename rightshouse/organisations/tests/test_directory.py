"""The public directory and profiles: one party whatever the language, filters, fallback."""

import datetime
from html import unescape

import pytest
from django.template import Template
from wagtail import hooks

from rightshouse.organisations.factories import OrganisationFactory
from rightshouse.organisations.models import Kind, Organisation, Role
from rightshouse.principles.factories import edition_in_three_languages
from rightshouse.principles.registry import record_accession

LANGUAGES = ["be", "ru", "en"]
NAMES = {"be": "Вясна", "ru": "Весна", "en": "Viasna"}


def text(response):
    assert response.status_code == 200
    return unescape(response.content.decode())


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_party_named_in_three_languages_counts_once(parties, client, language):
    assert Organisation.objects.filter(name_be="Вясна").count() == 1
    directory = text(client.get(f"/{language}/organisations/"))
    assert directory.count(f">{NAMES[language]}</a>") == 1
    for other in set(LANGUAGES) - {language}:
        assert NAMES[other] not in directory
    register = text(client.get(parties["pages"][language].url_of("register")))
    assert register.count(f">{NAMES[language]}</a>") == 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_profile_speaks_the_language_and_shows_the_accession(parties, client, language):
    html = text(client.get(f"/{language}/organisations/viasna/"))
    assert f"<h1>{NAMES[language]}</h1>" in html
    assert f'<html lang="{language}">' in html
    accession = html.split('id="party-accession"')[1].split("</section>")[0]
    assert "No. 1" in accession or "№ 1" in accession
    register = parties["pages"][language].url_of("register")
    assert f'href="{register}#accession-1"' in accession


def test_the_profile_numbers_the_accession_as_the_register_does(small_site, client):
    """The permanent number, whoever acceded before: a confidential party's number is not
    given to the next one, and a party without an accession has no such section."""
    edition = edition_in_three_languages(1)
    confidential = OrganisationFactory(confidential=True)
    named = OrganisationFactory(name_en="Legal Initiative", slug="legal-initiative")
    OrganisationFactory(name_en="Not on the register", slug="not-on-the-register")
    for party in (confidential, named):
        record_accession(party, edition, "en", datetime.date(2020, 1, 1))
    html = text(client.get("/en/organisations/legal-initiative/"))
    assert "No. 2, acceded on" in html.split('id="party-accession"')[1]
    assert 'id="party-accession"' not in text(client.get("/en/organisations/not-on-the-register/"))


def test_a_missing_translation_falls_back_to_belarusian(small_site, client):
    OrganisationFactory(name_be="Назіранне", name_ru="", name_en="", slug="naziranne")
    for language in LANGUAGES:
        assert "<h1>Назіранне</h1>" in text(client.get(f"/{language}/organisations/naziranne/"))


def test_the_directory_filters_by_kind_and_role_without_javascript(small_site, client):
    OrganisationFactory(name_en="Member org", kind=Kind.ORGANISATION, role=Role.MEMBER)
    OrganisationFactory(name_en="Partner initiative", kind=Kind.INITIATIVE, role=Role.PARTNER)
    OrganisationFactory(
        name_en="Lone defender", kind=Kind.DEFENDER, role=Role.INTERNATIONAL_PARTNER
    )
    OrganisationFactory(not_named=True, kind=Kind.INITIATIVE, role=Role.PARTNER)

    def listed(query):
        html = text(client.get(f"/en/organisations/{query}"))
        names = {"Member org", "Partner initiative", "Lone defender"}
        return {name for name in names if f">{name}</a>" in html}, html

    assert listed("")[0] == {"Member org", "Partner initiative", "Lone defender"}
    assert listed("?kind=initiative")[0] == {"Partner initiative"}
    assert listed("?role=international_partner")[0] == {"Lone defender"}
    assert listed("?kind=organisation&role=partner")[0] == set()
    names, html = listed("?kind=initiative&role=partner")
    assert names == {"Partner initiative"}
    assert "And 1 organisation not named for safety." in html
    assert "not named for safety" not in listed("?kind=defender")[1]
    # Unknown values mean "all", never an error.
    assert listed("?kind=<script>&role=x")[0] == {
        "Member org",
        "Partner initiative",
        "Lone defender",
    }
    assert '<option value="initiative" selected>' in listed("?kind=initiative")[1]


def test_other_apps_add_sections_to_the_profile(parties, client):
    """The hook the statements and advocacy apps will use for signed statements and
    co-authored submissions; a hook with nothing to show returns None."""

    def signed_statements(party, request):
        return (Template("<h2>{{ section.title }}</h2>"), {"title": f"Signed by {party.name}"})

    def nothing(party, request):
        return None

    hook = "rightshouse_party_profile_sections"
    with hooks.register_temporarily([(hook, signed_statements), (hook, nothing)]):
        html = text(client.get("/en/organisations/viasna/"))
    assert "<h2>Signed by Viasna</h2>" in html
    assert "Signed by" not in text(client.get("/en/organisations/viasna/"))
