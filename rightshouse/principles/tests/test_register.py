"""The public register: its page, CSV, JSON and feeds show the same rows, from one source."""

import csv
import datetime
import io
import json
import xml.etree.ElementTree as ET
from html import unescape

import feedparser
import pytest
from django.utils import translation
from django.utils.translation import gettext, pgettext
from wagtail.models import PageViewRestriction

from rightshouse.organisations.factories import OrganisationFactory
from rightshouse.organisations.models import Kind
from rightshouse.principles.models import AccessionStatus, EventKind
from rightshouse.principles.registry import record_accession, record_event

LANGUAGES = ["be", "ru", "en"]
NAMES = {"be": "Вясна", "ru": "Весна", "en": "Viasna"}
NOT_NAMED_MARKER = "notnamedregistermarker"
CONFIDENTIAL_MARKER = "confidentialregistermarker"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def register(principles_pages, edition):
    """Nos. 1-5: named in three languages; not named; confidential; withdrawn (with a
    reason in English); suspended (with a reason in Belarusian only)."""
    viasna = OrganisationFactory(
        name_be=NAMES["be"], name_ru=NAMES["ru"], name_en=NAMES["en"], slug="viasna"
    )
    not_named = OrganisationFactory(
        not_named=True, name_be=NOT_NAMED_MARKER, name_en=NOT_NAMED_MARKER, kind=Kind.DEFENDER
    )
    confidential = OrganisationFactory(
        confidential=True, name_be=CONFIDENTIAL_MARKER, name_en=CONFIDENTIAL_MARKER
    )
    withdrawn = OrganisationFactory(name_en="Withdrawn Initiative", kind=Kind.INITIATIVE)
    suspended = OrganisationFactory(name_en="Suspended Centre")
    accessions = {}
    for day, (key, party) in enumerate(
        [
            ("viasna", viasna),
            ("not_named", not_named),
            ("confidential", confidential),
            ("withdrawn", withdrawn),
            ("suspended", suspended),
        ],
        start=1,
    ):
        accessions[key] = record_accession(party, edition, "be", datetime.date(2016, 1, day))
    record_event(
        accessions["withdrawn"],
        EventKind.WITHDRAWN,
        datetime.date(2020, 5, 4),
        reasons={"en": "The initiative closed."},
    )
    record_event(
        accessions["suspended"],
        EventKind.SUSPENDED,
        datetime.date(2021, 7, 8),
        reasons={"be": "Рашэнне па скарзе."},
    )
    return {"pages": principles_pages, "edition": edition, "accessions": accessions}


def get(client, page, route, **extra):
    response = client.get(page.url_of(route), **extra)
    assert response.status_code == 200, route
    return response


def html_of(client, page):
    return unescape(get(client, page, "register").content.decode())


def rows_of_csv(response):
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body[1:])))


def json_of(response):
    return json.loads(response.content.decode("utf-8"))


def row_html(html, number):
    return html.split(f'id="accession-{number}"')[1].split("</tr>")[0]


def test_rows_in_number_order_with_confidential_numbers_absent(register, client):
    html = html_of(client, register["pages"]["en"])
    rows = html.split("<tbody>")[1]
    positions = [rows.find(f'id="accession-{n}"') for n in (1, 2, 4, 5)]
    assert -1 not in positions and positions == sorted(positions)
    assert 'id="accession-3"' not in html
    assert '<a href="/en/organisations/viasna/">Viasna</a>' in row_html(html, 1)
    not_named = row_html(html, 2)
    assert "Not named for safety" in not_named and "/organisations/" not in not_named
    assert "Individual defender" in not_named
    assert "On the register: 4. Active: 2." in html
    assert "Last change: 8 July 2021." in html


def test_withdrawal_and_suspension_keep_the_number_and_show_status_date_and_reason(
    register, client
):
    page = register["pages"]["en"]
    html = html_of(client, page)
    withdrawn = row_html(html, 4)
    assert "Withdrawn Initiative" in withdrawn
    assert 'id="accession-4" class="register-row register-row--withdrawn"' in html
    assert "Withdrawn</strong> since 4 May 2020" in withdrawn
    assert "The initiative closed." in withdrawn
    suspended = row_html(html, 5)
    assert "Suspended</strong> since 8 July 2021" in suspended
    assert "Рашэнне па скарзе." in suspended  # no English reason: the Belarusian one
    assert "since" not in row_html(html, 1)

    csv_rows = {row[0]: row for row in rows_of_csv(get(client, page, "register_csv"))[1:]}
    assert csv_rows["4"][8:] == ["withdrawn", "2020-05-04", "The initiative closed."]
    assert csv_rows["5"][8:] == ["suspended", "2021-07-08", "Рашэнне па скарзе."]
    entries = {e["number"]: e for e in json_of(get(client, page, "register_json"))["accessions"]}
    assert (entries[4]["status"], entries[4]["status_since"]) == ("withdrawn", "2020-05-04")
    assert entries[5]["status_reason"] == "Рашэнне па скарзе."
    assert entries[1]["status"] == "active" and entries[1]["status_reason"] == ""


def test_a_reinstatement_clears_the_reason_and_keeps_the_number(register, client):
    accession = register["accessions"]["suspended"]
    record_event(accession, EventKind.REINSTATED, datetime.date(2022, 1, 1))
    html = html_of(client, register["pages"]["en"])
    row = row_html(html, 5)
    assert "Suspended Centre" in row and "Acceded" in row
    assert "Рашэнне" not in row


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_party_named_in_three_languages_counts_once(register, client, language):
    page = register["pages"][language]
    html = html_of(client, page)
    assert html.count(f">{NAMES[language]}</a>") == 1
    for other in set(LANGUAGES) - {language}:
        assert NAMES[other] not in html
    csv_rows = rows_of_csv(get(client, page, "register_csv"))
    assert [row[0] for row in csv_rows[1:]] == ["1", "2", "4", "5"]
    assert sum(NAMES[language] in row for row in csv_rows) == 1
    data = json_of(get(client, page, "register_json"))
    assert [entry["number"] for entry in data["accessions"]] == [1, 2, 4, 5]
    assert data["accessions"][0]["name"] == NAMES[language]
    assert data["total"] == 4
    titles = [item.findtext("title") for item in feed_items(client, page)]
    assert sum(NAMES[language] in title for title in titles) == 1


@pytest.mark.parametrize("route", ["register", "register_csv", "register_json", "register_rss",
                                   "register_atom"])  # fmt: skip
@pytest.mark.parametrize("language", LANGUAGES)
def test_not_named_shows_as_such_and_confidential_is_absent(register, client, route, language):
    body = get(client, register["pages"][language], route).content.decode()
    assert NOT_NAMED_MARKER not in body
    assert CONFIDENTIAL_MARKER not in body
    assert "accession-3" not in body and "accession:3" not in body
    if language == "en":
        assert "Not named for safety" in body


def test_csv_has_a_header_in_the_language_and_a_file_name(register, client):
    page = register["pages"]["en"]
    response = get(client, page, "register_csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        'attachment; filename="rights-house-register-en.csv"'
    )
    header, first, not_named = rows_of_csv(response)[:3]
    assert header == [
        "No.",
        "Name",
        "Profile",
        "Kind",
        "Acceded on",
        "Edition",
        "Language of the text",
        "SHA-256 of the text",
        "Status",
        "Status since",
        "Reason",
    ]
    text = register["edition"].texts.get(language="be")
    assert first == [
        "1",
        "Viasna",
        "http://testserver/en/organisations/viasna/",
        "organisation",
        "2016-01-01",
        "1",
        "be",
        text.sha256,
        "acceded",
        "2016-01-01",
        "",
    ]
    assert not_named[1:3] == ["Not named for safety", ""]
    be_response = get(client, register["pages"]["be"], "register_csv")
    assert be_response["Content-Disposition"].endswith('filename="rights-house-register-be.csv"')
    with translation.override("be"):
        assert rows_of_csv(be_response)[0][:2] == [gettext("No."), pgettext("party", "Name")]


def test_json_has_stable_english_keys_and_values_in_the_language(register, client):
    response = get(client, register["pages"]["ru"], "register_json")
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"] == 'inline; filename="rights-house-register-ru.json"'
    data = json_of(response)
    assert set(data) == {
        "title",
        "language",
        "url",
        "total",
        "active",
        "last_changed",
        "accessions",
    }
    assert data["language"] == "ru"
    assert data["url"] == "http://testserver" + register["pages"]["ru"].url_of("register")
    first, not_named = data["accessions"][:2]
    assert first == {
        "number": 1,
        "named": True,
        "name": "Весна",
        "profile_url": "http://testserver/ru/organisations/viasna/",
        "kind": "organisation",
        "kind_label": first["kind_label"],
        "acceded_on": "2016-01-01",
        "edition": 1,
        "text_language": "be",
        "text_sha256": register["edition"].texts.get(language="be").sha256,
        "status": "active",
        "status_label": first["status_label"],
        "status_since": "2016-01-01",
        "status_reason": "",
    }
    with translation.override("ru"):
        assert first["kind_label"] == str(Kind.ORGANISATION.label)
        assert first["status_label"] == str(AccessionStatus.ACTIVE.label)
    assert (not_named["named"], not_named["profile_url"]) == (False, None)
    assert not_named["name"] != NOT_NAMED_MARKER


def feed_items(client, page):
    root = ET.fromstring(get(client, page, "register_rss").content)  # noqa: S314 (our own response)
    return root.find("channel").findall("item")


def test_feeds_are_valid_and_newest_first(register, client):
    page = register["pages"]["en"]
    register_url = "http://testserver" + page.url_of("register")
    items = feed_items(client, page)
    assert [item.findtext("title") for item in items] == [
        "No. 5: Suspended Centre",
        "No. 4: Withdrawn Initiative",
        "No. 2: Not named for safety",
        "No. 1: Viasna",
    ]
    assert [item.findtext("link") for item in items] == [
        f"{register_url}#accession-{n}" for n in (5, 4, 2, 1)
    ]
    assert items[0].findtext("guid") == "urn:rightshouse:accession:5"
    assert "Suspended since 8 July 2021." in items[0].findtext("description")
    assert items[3].findtext("description") == (
        "Organisation; acceded on 1 January 2016 to edition 1."
    )

    for route in ("register_rss", "register_atom"):
        parsed = feedparser.parse(get(client, page, route).content)
        assert not parsed.bozo, (route, parsed.get("bozo_exception"))
        assert len(parsed.entries) == 4

    response = get(client, page, "register_atom")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)  # noqa: S314 (our own response)
    entries = feed.findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}link").get("href") for e in entries] == [
        f"{register_url}#accession-{n}" for n in (5, 4, 2, 1)
    ]
    assert entries[0].findtext(f"{ATOM}updated").startswith("2021-07-08")
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"


def test_formula_injection_is_neutralised_in_the_csv(principles_pages, edition, client):
    names = ['=HYPERLINK("http://x")', "+1+2", "-3", "@SUM(A1)", "Plain = name"]
    for name in names:
        record_accession(
            OrganisationFactory(name_en=name), edition, "en", datetime.date(2017, 1, 1)
        )
    rows = rows_of_csv(get(client, principles_pages["en"], "register_csv"))
    assert [row[1] for row in rows[1:]] == [
        '\'=HYPERLINK("http://x")',
        "'+1+2",
        "'-3",
        "'@SUM(A1)",
        "Plain = name",
    ]


def test_the_page_links_downloads_feeds_editions_and_the_form(register, client):
    page = register["pages"]["en"]
    html = html_of(client, page)
    head = html.split("</head>")[0]
    for route, kind in [
        ("register_rss", "application/rss+xml"),
        ("register_atom", "application/atom+xml"),
        ("register_csv", "text/csv"),
        ("register_json", "application/json"),
    ]:
        url = page.url_of(route)
        assert f'<link rel="alternate" type="{kind}"' in head
        assert f'href="{url}"' in head
        assert f'href="{url}" type="{kind}"' in html.split("</head>")[1]
    assert f'href="{page.url_of("accede")}"' in html
    assert f'<a href="{page.url_of("edition", 1)}">Edition 1</a>' in row_html(html, 1)
    assert "<caption>" in html and '<th scope="row" class="register-table__number">1</th>' in html


def test_the_profile_shows_the_accession_linked_to_its_row(register, client):
    page = register["pages"]["en"]
    html = unescape(client.get("/en/organisations/viasna/").content.decode())
    section = html.split('id="party-accession"')[1].split("</section>")[0]
    assert f'<a href="{page.url_of("register")}#accession-1">' in section
    assert "No. 1, acceded on 1 January 2016 to edition 1" in section
    assert "since" not in section
    suspended = register["accessions"]["suspended"].party
    html = unescape(client.get(f"/en/organisations/{suspended.slug}/").content.decode())
    section = html.split('id="party-accession"')[1].split("</section>")[0]
    assert "No. 5, acceded on" in section
    assert "Suspended</strong> since 8 July 2021" in section
    assert "Рашэнне па скарзе." in section


def test_an_empty_register(principles_pages, client):
    html = html_of(client, principles_pages["en"])
    assert "No one is on the register yet." in html
    assert "<table" not in html
    assert json_of(get(client, principles_pages["en"], "register_json"))["accessions"] == []


@pytest.mark.parametrize("restriction", ["password", "login"])
def test_a_restricted_principles_page_keeps_its_register_private(register, client, restriction):
    page = register["pages"]["en"]
    PageViewRestriction.objects.create(
        page=page, restriction_type=restriction, password="secret-words"
    )
    for route in ("register", "register_csv", "register_json", "register_rss", "register_atom"):
        response = client.get(page.url_of(route))
        body = response.content.decode()
        assert "Viasna" not in body and "accession-1" not in body, route
        if restriction == "password":
            assert response.status_code == 200 and 'name="password"' in body, route
            assert response["Content-Type"].startswith("text/html"), route
        else:
            assert response.status_code == 302, route
