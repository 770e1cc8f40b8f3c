"""The complaints form and the public decisions page: a report in any language makes one case
with its first entry; bad input is refused with a message in the visitor's language and
writes nothing; robots, floods and forged values are turned away; and nothing a reporter
wrote, nor what staff wrote inside, reaches a public page."""

import datetime
import re
from html import unescape

import pytest
from django.core import mail
from django.test import Client, override_settings
from django.utils import translation

from rightshouse.organisations.factories import OrganisationFactory
from rightshouse.principles import cases
from rightshouse.principles.case_forms import OTHER_PARTY
from rightshouse.principles.factories import CaseFactory
from rightshouse.principles.models import Case, CaseEntry, CaseKind, CaseStatus, EventKind
from rightshouse.principles.registry import record_accession, record_event

LANGUAGES = ["be", "ru", "en"]
NOT_NAMED_MARKER = "notnamedcasemarker"
CONFIDENTIAL_MARKER = "confidentialcasemarker"
WITHDRAWN_MARKER = "withdrawncasemarker"
OUTSIDER_MARKER = "outsidercasemarker"
# Planted in everything of a case that must stay inside.
REPORTER_NAME = "reporternamemarker"
REPORTER_CONTACT = "reportercontactmarker"
DESCRIPTION = "descriptionmarker"
DESCRIBED_PARTY = "describedpartymarker"
DECISION = "decisionmarker"
NOTE = "notemarker"
INSIDE_MARKERS = [REPORTER_NAME, REPORTER_CONTACT, DESCRIPTION, DESCRIBED_PARTY, DECISION, NOTE]


@pytest.fixture
def register(principles_pages, edition):
    """On the register: Viasna (named), a party not named for safety, a confidential one
    and a named one that withdrew; in the directory only: a named party that never acceded."""
    parties = {
        "named": OrganisationFactory(
            name_be="Вясна", name_ru="Весна", name_en="Viasna", slug="viasna"
        ),
        "not_named": OrganisationFactory(
            not_named=True, name_be=NOT_NAMED_MARKER, name_ru=NOT_NAMED_MARKER,
            name_en=NOT_NAMED_MARKER,
        ),
        "confidential": OrganisationFactory(
            confidential=True, name_be=CONFIDENTIAL_MARKER, name_ru=CONFIDENTIAL_MARKER,
            name_en=CONFIDENTIAL_MARKER,
        ),
        "withdrawn": OrganisationFactory(
            name_be=WITHDRAWN_MARKER, name_ru=WITHDRAWN_MARKER, name_en=WITHDRAWN_MARKER
        ),
    }  # fmt: skip
    accessions = {
        key: record_accession(party, edition, "be", datetime.date(2016, 1, 1))
        for key, party in parties.items()
    }
    record_event(accessions["withdrawn"], EventKind.WITHDRAWN, datetime.date(2020, 1, 1))
    parties["outsider"] = OrganisationFactory(
        name_be=OUTSIDER_MARKER, name_ru=OUTSIDER_MARKER, name_en=OUTSIDER_MARKER
    )
    return {"pages": principles_pages, "parties": parties, "accessions": accessions}


def report_url(register, language):
    return register["pages"][language].url_of("report")


def form_start(client, url):
    """The signed start time the form carries, as a browser would send it back."""
    html = client.get(url).content.decode()
    return re.search(r'name="form_started" value="([^"]+)"', html).group(1)


def valid_report(client, url, **changes):
    data = {
        "form_started": form_start(client, url),
        "homepage_address": "",
        "kind": CaseKind.BREACH,
        "party": "",
        "party_described": "",
        "principles": "3; 1 3",
        "description": "The organisation published a detainee's address.",
        "reporter_name": "",
        "reporter_contact": "",
    }
    data.update(changes)
    return data


def errors_of(html):
    """The error summary's entries and the messages beside the fields."""
    summary = re.search(r'<div class="error-summary".*?</div>', html, re.S)
    assert summary, "an error summary at the top"
    return unescape(summary.group(0)), unescape(html)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_valid_report_makes_one_case_with_its_first_entry(register, client, language):
    url = report_url(register, language)
    viasna = register["parties"]["named"]
    response = client.post(url, valid_report(client, url, party=str(viasna.pk)))
    assert response.status_code == 302
    assert response["Location"] == register["pages"][language].url_of("report_sent")
    sent = client.get(response["Location"])
    assert sent.status_code == 200
    assert f'<html lang="{language}">' in sent.content.decode()
    case = Case.objects.get()
    assert (case.kind, case.party, case.language) == (CaseKind.BREACH, viasna, language)
    assert case.principles_concerned == "1, 3"
    assert case.status == CaseStatus.RECEIVED
    entry = CaseEntry.objects.get()
    assert (entry.case, entry.status, entry.author) == (case, CaseStatus.RECEIVED, None)


def test_a_party_not_in_the_list_is_described_and_the_reporter_may_give_a_contact(register, client):
    url = report_url(register, "en")
    response = client.post(
        url,
        valid_report(
            client,
            url,
            kind=CaseKind.CONFLICT_OF_INTEREST,
            party=OTHER_PARTY,
            party_described="  A new initiative in Hrodna ",
            principles="",
            reporter_name="Ala",
            reporter_contact="ala@example.org",
        ),
    )
    assert response.status_code == 302
    case = Case.objects.get()
    assert case.party is None
    assert case.party_described == "A new initiative in Hrodna"
    assert (case.reporter_name, case.reporter_contact) == ("Ala", "ala@example.org")
    assert case.kind == CaseKind.CONFLICT_OF_INTEREST


# (changes to a valid report, the field whose message is expected, the message)
BAD_INPUT = [
    ({"kind": ""}, "kind", "Choose what you are reporting."),
    ({"kind": "gossip"}, "kind", "Choose what you are reporting."),
    ({"party": ""}, "party", "Choose who is concerned, or “Not in this list”."),
    (
        {"party": OTHER_PARTY, "party_described": "  "},
        "party_described",
        "Write who is concerned, as they are not in the list.",
    ),
    (
        {"principles": "the one about money"},
        "principles",
        "Write the numbers of the principles, separated by commas, for example: 3, 11.",
    ),
    ({"principles": "2, 40"}, "principles", "The Principles are numbered from 1 to 3."),
    ({"principles": "0"}, "principles", "The Principles are numbered from 1 to 3."),
    ({"description": "   "}, "description", "Describe what happened."),
    (
        {"description": "x" * 8001},
        "description",
        "This is too long: at most 8000 characters (it has 8001).",
    ),
    (
        {"reporter_name": "n" * 256},
        "reporter_name",
        "This is too long: at most 255 characters (it has 256).",
    ),
    (
        {"reporter_contact": "c" * 1001},
        "reporter_contact",
        "This is too long: at most 1000 characters (it has 1001).",
    ),
]


def expected(message, language, **params):
    with translation.override(language):
        return translation.gettext(message) % params if params else translation.gettext(message)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("changes", "field", "message"), BAD_INPUT)
def test_bad_input_is_refused_with_a_message_in_the_visitor_s_language(
    register, client, language, changes, field, message
):
    url = report_url(register, language)
    changes = {**changes}
    if "party" not in changes:
        changes["party"] = str(register["parties"]["named"].pk)
    response = client.post(url, valid_report(client, url, **changes))
    assert response.status_code == 200
    html = response.content.decode()
    summary, page = errors_of(html)
    if message.startswith("This is too long"):
        limit, count = re.findall(r"\d+", message)
        text = expected(
            "This is too long: at most %(limit_value)s characters (it has %(show_value)s).",
            language,
            limit_value=limit,
            show_value=count,
        )
    elif message.startswith("The Principles are numbered"):
        text = expected("The Principles are numbered from 1 to %(highest)s.", language, highest=3)
    else:
        text = expected(message, language)
    assert text in summary
    assert f'href="#id_{field}' in summary, "the summary links to the field"
    assert f'id="id_{field}_error"' in page, "the message stands beside the field"
    assert f'<html lang="{language}">' in html
    assert "<title>" + expected("Error:", language) in html
    # The visitor's text comes back with the form.
    if field == "principles":
        assert changes["principles"] in page
    assert Case.objects.count() == 0 and CaseEntry.objects.count() == 0
    assert not mail.outbox


def test_the_messages_are_translated(register, client):
    """The catalogues carry the form's messages (make test compiles them)."""
    url = report_url(register, "be")
    response = client.post(url, valid_report(client, url, kind="", description=""))
    html = unescape(response.content.decode())
    assert "Памылка:" in html
    assert "Апішыце, што здарылася." in html
    url = report_url(register, "ru")
    response = client.post(url, valid_report(client, url, kind="", description=""))
    assert "Опишите, что произошло." in unescape(response.content.decode())


@pytest.mark.parametrize("which", ["not_named", "confidential", "withdrawn", "outsider"])
def test_only_named_parties_on_the_register_are_offered_and_others_are_refused(
    register, client, which
):
    party = register["parties"][which]
    for language in LANGUAGES:
        url = report_url(register, language)
        html = client.get(url).content.decode()
        assert f'<option value="{register["parties"]["named"].pk}">' in html
        assert f'value="{party.pk}"' not in html
        assert party.name_en not in html
        response = client.post(url, valid_report(client, url, party=str(party.pk)))
        assert response.status_code == 200
        summary, _page = errors_of(response.content.decode())
        assert (
            expected("Choose who is concerned from the list, or “Not in this list”.", language)
            in summary
        )
        assert party.name_en not in response.content.decode()
    assert Case.objects.count() == 0


def test_the_offered_names_are_in_the_page_s_language(register, client):
    for language, name in [("be", "Вясна"), ("ru", "Весна"), ("en", "Viasna")]:
        html = client.get(report_url(register, language)).content.decode()
        assert f">{name}</option>" in html


def test_a_filled_honeypot_is_answered_as_a_success_and_writes_nothing(register, client):
    url = report_url(register, "en")
    for data in [
        valid_report(client, url, homepage_address="http://spam.example"),
        valid_report(client, url, homepage_address="http://spam.example", description=""),
    ]:
        response = client.post(url, data)
        assert response.status_code == 302
        assert response["Location"] == register["pages"]["en"].url_of("report_sent")
    assert Case.objects.count() == 0 and CaseEntry.objects.count() == 0
    assert not mail.outbox


def test_a_changed_or_missing_start_time_is_refused(register, client):
    url = report_url(register, "en")
    for start in ["forged", ""]:
        response = client.post(url, valid_report(client, url, form_started=start))
        assert response.status_code == 200
        assert "There is a problem" in response.content.decode()
    assert Case.objects.count() == 0


@override_settings(COMPLAINTS_PER_HOUR=3)
def test_the_hourly_limit_keeps_the_text_and_writes_nothing(register, client):
    CaseFactory.create_batch(3)
    url = report_url(register, "en")
    response = client.post(url, valid_report(client, url, party=OTHER_PARTY,
                                              party_described="Kept text"))  # fmt: skip
    assert response.status_code == 429
    html = unescape(response.content.decode())
    assert "Too many reports were sent in the last hour." in html
    assert "Kept text" in html
    assert Case.objects.count() == 3
    assert not mail.outbox


def test_csrf_is_enforced(register):
    client = Client(enforce_csrf_checks=True)
    url = report_url(register, "en")
    data = valid_report(client, url, party=OTHER_PARTY, party_described="Someone")
    assert client.post(url, data).status_code == 403
    assert Case.objects.count() == 0
    token = client.cookies["csrftoken"].value
    response = client.post(url, {**data, "csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert Case.objects.count() == 1


@pytest.mark.parametrize(
    "changes",
    [
        {"description": "x" * 200_000},
        {"description": "a\x00b"},
        {"party": "9" * 400},
        {"party": "-1"},
        {"principles": "9" * 5000},
        {"principles": "99999999999999999999999"},
        {"form_started": "x" * 10_000},
    ],
    ids=lambda changes: next(iter(changes)),
)
def test_odd_and_oversized_input_gets_a_message_never_a_500(register, client, changes):
    url = report_url(register, "en")
    response = client.post(url, valid_report(client, url, **changes))
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()
    assert Case.objects.count() == 0


def test_a_body_that_is_not_utf_8_gets_a_message_never_a_500(register, client):
    url = report_url(register, "en")
    start = form_start(client, url)
    body = f"form_started={start}&kind=breach&party=other&party_described=%FF%FE&description=%C3"
    response = client.post(url, body, content_type="application/x-www-form-urlencoded")
    assert response.status_code in (200, 302)
    assert Case.objects.count() <= 1


def test_the_form_works_without_javascript_in_every_language(register, client):
    for language in LANGUAGES:
        html = client.get(report_url(register, language)).content.decode()
        assert "<script" not in html
        assert 'method="post"' in html and 'name="csrfmiddlewaretoken"' in html
        # Every visible field has a label.
        for tag in re.findall(r"<(?:input|select|textarea)[^>]*>", html):
            field_id = re.search(r'\bid="([^"]+)"', tag)
            if field_id and 'type="hidden"' not in tag:
                assert f'for="{field_id.group(1)}"' in html, tag


# --- The decisions page ------------------------------------------------------------------


def decided_case(party=None, published=True, status=CaseStatus.RESOLVED, day=1, **outcomes):
    case = CaseFactory(
        party=party,
        party_described=DESCRIBED_PARTY,
        description=DESCRIPTION,
        reporter_name=REPORTER_NAME,
        reporter_contact=REPORTER_CONTACT,
        status=status,
        decision=DECISION,
        decided_on=datetime.date(2024, 3, day),
        outcome_published=published,
        **{f"public_outcome_{code}": text for code, text in outcomes.items()},
    )
    CaseEntry.objects.create(case=case, status=CaseStatus.RECEIVED)
    CaseEntry.objects.create(case=case, note=NOTE)
    return case


def decisions_html(register, client, language):
    response = client.get(register["pages"][language].url_of("decisions"))
    assert response.status_code == 200
    return unescape(response.content.decode())


def test_only_published_outcomes_of_resolved_cases_are_shown_newest_first(register, client):
    decided_case(day=2, en="Second outcome.")
    decided_case(day=5, en="Fifth outcome.")
    decided_case(day=3, published=False, en="Unpublished outcome.")
    decided_case(day=4, status=CaseStatus.DISMISSED, en="Dismissed outcome.")
    decided_case(day=6, status=CaseStatus.UNDER_REVIEW, en="Open outcome.")
    html = decisions_html(register, client, "en")
    assert html.index("Fifth outcome.") < html.index("Second outcome.")
    for hidden in ["Unpublished outcome.", "Dismissed outcome.", "Open outcome."]:
        assert hidden not in html
    assert '<time datetime="2024-03-05">' in html


def test_an_outcome_is_shown_in_the_page_s_language_or_the_next_in_be_ru_en(register, client):
    decided_case(be="Рашэнне па-беларуску.", en="The outcome in English.")
    decided_case(day=2, ru="Решение по-русски.", en="Only English otherwise.")
    be, ru, en = (decisions_html(register, client, code) for code in LANGUAGES)
    assert "Рашэнне па-беларуску." in be and "The outcome in English." not in be
    assert "Решение по-русски." in be and "Only English otherwise." not in be, "ru before en"
    assert '<div class="prose decision__outcome" lang="ru">' in be
    assert "Решение по-русски." in ru and "Рашэнне па-беларуску." in ru
    assert '<div class="prose decision__outcome" lang="be">' in ru
    assert "The outcome in English." in en and "Only English otherwise." in en
    assert "Рашэнне" not in en and "Решение" not in en and 'decision__outcome" lang=' not in en


def test_the_party_concerned_is_shown_as_the_visibility_rule_allows(register, client):
    parties = register["parties"]
    decided_case(parties["named"], day=1, en="About the named party.")
    decided_case(parties["not_named"], day=2, en="About the party not named.")
    decided_case(parties["confidential"], day=3, en="About the confidential party.")
    for language in LANGUAGES:
        html = decisions_html(register, client, language)
        name = {"be": "Вясна", "ru": "Весна", "en": "Viasna"}[language]
        assert f'<a href="/{language}/organisations/viasna/">{name}</a>' in html
        assert expected("An organisation not named for safety", language) in html
        assert html.count(expected("An organisation not named for safety", language)) == 1
        assert NOT_NAMED_MARKER not in html and CONFIDENTIAL_MARKER not in html


def test_an_empty_decisions_page_says_so(register, client):
    assert "No decision has been published yet." in decisions_html(register, client, "en")


def test_what_a_reporter_and_staff_wrote_stays_off_every_public_page(register, client):
    viasna = register["parties"]["named"]
    case = decided_case(viasna, en="Public outcome text.", be="Публічны вынік.")
    cases.add_note(case, None, NOTE)
    pages = register["pages"]
    routes = ["decisions", "register", "register_csv", "register_json", "register_rss",
              "register_atom", "report", "report_sent"]  # fmt: skip
    seen_outcome = False
    for language in LANGUAGES:
        page = pages[language]
        addresses = [page.url, *(page.url_of(route) for route in routes)]
        for address in addresses:
            response = client.get(address)
            assert response.status_code == 200, address
            body = b"".join(response) if response.streaming else response.content
            text = body.decode()
            for marker in INSIDE_MARKERS:
                assert marker not in text, (marker, address)
            seen_outcome = seen_outcome or "Public outcome text." in text
    assert seen_outcome
