"""What must stay hidden reaches no public response: markers planted in private details, in
pending and rejected applications, in complaints, and in the names of parties not named or
confidential, are looked for in every public page, route, export, feed, search result and
sitemap, in every language (the pattern of organisations/tests/test_visibility.py)."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.utils import translation

from rightshouse.organisations.factories import OrganisationFactory, PrivateDetailsFactory
from rightshouse.organisations.models import Organisation, PrivateDetails
from rightshouse.principles.factories import AccessionApplicationFactory, CaseFactory
from rightshouse.principles.models import AccessionApplication, Case, CaseEntry, CaseStatus
from rightshouse.principles.registry import approve, record_accession, reject

LANGUAGES = ["be", "ru", "en"]
# Planted beside every marker, and searched for: a search would find the hidden texts by it
# (a search for a marker itself only echoes the query). The small site's news use it too.
SHARED_WORD = "Solidarity"


def marker(where):
    return f"{where}markerv3k"


PARTY_MARKERS = ["contacts", "representatives", "notnamed", "confidential"]
APPLICATION_FIELDS = [
    "name",
    "city",
    "country",
    "representative_name",
    "representative_role",
    "contact",
]
# An approved applicant's name, city, country and website become its public profile; what
# else it sent stays private.
PRIVATE_APPLICATION_FIELDS = ["representative_name", "representative_role", "contact"]
CASE_FIELDS = ["reporter_name", "reporter_contact", "description", "decision"]
MARKERS = [
    *(marker(name) for name in PARTY_MARKERS),
    *(
        marker(f"{state}{field}")
        for state in ("pending", "rejected")
        for field in [*APPLICATION_FIELDS, "website"]
    ),  # fmt: skip
    *(marker(f"approved{field}") for field in PRIVATE_APPLICATION_FIELDS),
    marker("rejecteddecisionreason"),
    *(marker(f"case{field}") for field in CASE_FIELDS),
    *(marker(f"resolved{field}") for field in CASE_FIELDS),
    marker("casenote"),
]
PUBLIC_OUTCOME = "The party changed its practice."


def planted_application(state, edition, **fields):
    values = {field: f"{marker(state + field)} {SHARED_WORD}" for field in APPLICATION_FIELDS}
    values["website"] = f"https://{marker(state + 'website')}.example.org/"
    return AccessionApplicationFactory(edition=edition, **{**values, **fields})


@pytest.fixture
def planted(principles_pages, edition):
    staff = get_user_model().objects.create_user("verifier", email="verifier@example.org")
    viasna = OrganisationFactory(
        name_be="Вясна", name_ru="Весна", name_en="Viasna", slug="viasna", website=""
    )
    PrivateDetailsFactory(
        party=viasna,
        contacts=f"{marker('contacts')} {SHARED_WORD}",
        representatives=f"{marker('representatives')} {SHARED_WORD}",
    )
    not_named = OrganisationFactory(
        not_named=True,
        **{f"name_{code}": f"{marker('notnamed')} {SHARED_WORD}" for code in LANGUAGES},
        slug=marker("notnamed"),
    )
    confidential = OrganisationFactory(
        confidential=True,
        **{f"name_{code}": f"{marker('confidential')} {SHARED_WORD}" for code in LANGUAGES},
        slug=marker("confidential"),
    )
    for party in (viasna, not_named, confidential):
        record_accession(party, edition, "be", datetime.date(2016, 1, 1))
    approved = planted_application(
        "approved",
        edition,
        name="Approved Centre",
        city="Hrodna",
        country="Belarus",
        website="https://approved.example.org/",
    )
    approved_party = approve(approved, staff).party
    planted_application("pending", edition)
    reject(planted_application("rejected", edition), staff, marker("rejecteddecisionreason"))

    def planted_case(prefix, **fields):
        return CaseFactory(
            party=viasna,
            reporter_name=f"{marker(prefix + 'reporter_name')} {SHARED_WORD}",
            reporter_contact=f"{marker(prefix + 'reporter_contact')} {SHARED_WORD}",
            description=f"{marker(prefix + 'description')} {SHARED_WORD}",
            decision=f"{marker(prefix + 'decision')} {SHARED_WORD}",
            **fields,
        )

    case = planted_case("case")
    CaseEntry.objects.create(case=case, note=f"{marker('casenote')} {SHARED_WORD}")
    planted_case(
        "resolved",
        status=CaseStatus.RESOLVED,
        decided_on=datetime.date(2024, 3, 1),
        outcome_published=True,
        **{f"public_outcome_{code}": PUBLIC_OUTCOME for code in LANGUAGES},
    )
    return {"pages": principles_pages, "approved_party": approved_party}


PRINCIPLES_ROUTES = [
    ("register", ()),
    ("register_csv", ()),
    ("register_json", ()),
    ("register_rss", ()),
    ("register_atom", ()),
    ("edition", (1,)),
    ("accede", ()),
    ("accede_sent", ()),
    ("report", ()),
    ("report_sent", ()),
    ("decisions", ()),
]


def profile_url(party, language):
    with translation.override(language):
        return party.get_absolute_url()


def public_addresses(client, planted, small_site):
    addresses = []
    for language in LANGUAGES:
        page = planted["pages"][language]
        addresses += [
            f"/{language}/",
            page.url,
            *(page.url_of(route, *args) for route, args in PRINCIPLES_ROUTES),
            f"/{language}/organisations/",
            f"/{language}/organisations/?kind=organisation",
            f"/{language}/organisations/viasna/",
            profile_url(planted["approved_party"], language),
            f"/{language}/search/?q={SHARED_WORD}",
            f"/{language}/search/?q=Viasna",
            small_site.news[language].feed_url("rss"),
            small_site.news[language].feed_url("atom"),
            small_site.tags[language].feed_url("rss"),
            small_site.tags[language].feed_url("atom"),
            f"/{language}/subscribe/feeds.opml",
        ]
    index = client.get("/sitemap.xml").content.decode()
    sections = re.findall(r"<loc>https?://[^/]+(/[^<]+)</loc>", index)
    assert any("principles" in section for section in sections), sections
    return addresses + ["/sitemap.xml", *sections]


def body_of(response):
    body = b"".join(response) if response.streaming else response.content
    return body.decode("utf-8") + str(dict(response.headers))


def test_no_marker_reaches_a_public_response(planted, small_site, client):
    seen = ""
    for address in public_addresses(client, planted, small_site):
        response = client.get(address)
        assert response.status_code == 200, address
        body = body_of(response)
        for planted_marker in MARKERS:
            assert planted_marker not in body, (planted_marker, address)
        seen += body
    # The checks read real content: what is public is there.
    for public in ("Viasna", "Approved Centre", "Not named for safety", PUBLIC_OUTCOME):
        assert public in seen, public


def test_the_markers_are_where_staff_read_them(planted):
    """The markers are planted for real: a test that searched for absent strings proves
    nothing."""
    stored = " ".join(
        [
            *(str(value) for row in PrivateDetails.objects.values() for value in row.values()),
            *(str(v) for row in AccessionApplication.objects.values() for v in row.values()),
            *(str(value) for row in Case.objects.values() for value in row.values()),
            *CaseEntry.objects.values_list("note", flat=True),
            *(f"{party.name_be} {party.slug}" for party in Organisation.objects.all()),
        ]
    )
    for planted_marker in MARKERS:
        assert planted_marker in stored, planted_marker
