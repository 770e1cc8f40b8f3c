"""The public accession form, as a browser without JavaScript sends it, in every language.

A sent form is received once, with the language and the hash of the text acceded to; every bad
input comes back with its message in the page's language and writes nothing; robots, stale or
forged forms, floods and a second application from a named party on the register are refused;
nothing a visitor can send ends in a 500.
"""

import datetime
import re
import time

import pytest
from django.core import mail, signing
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext_lazy

from rightshouse.organisations.factories import OrganisationFactory

from ..factories import AccessionApplicationFactory, EditionFactory, EditionTextFactory
from ..forms import AccessionForm
from ..models import AccessionApplication
from ..registry import record_accession

LANGUAGES = ("be", "ru", "en")
# rightshouse.core.submissions' messages.
EXPIRED = gettext_lazy("This form was open too long or was changed. Please fill it in again.")
TOO_QUICK = gettext_lazy("This form was sent too quickly. Please check it and send it again.")
# rightshouse.principles.applications' messages.
TOO_MANY = gettext_lazy(
    "Too many applications have been sent in the last hour, so this one could not be received. "
    "Please try again in an hour; what you wrote is kept below."
)
ALREADY_ON_THE_REGISTER = gettext_lazy(
    "“%(name)s” is already on the register of accession under No. %(number)s, so it does not "
    "need to accede again. If its details have changed (name, representative, contact), please "
    "write to the coalition rather than send this form."
)
STARTED = re.compile(r'name="form_started" value="([^"]+)"')
CSRF_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def field_message(field, code):
    return AccessionForm.base_fields[field].error_messages[code]


def started_token(client, url):
    """The signed start time of the form as the page gives it."""
    return STARTED.search(client.get(url).content.decode()).group(1)


def valid_data(client, url, for_edition, **changes):
    data = {
        "kind": "organisation",
        "name": "Human Rights Centre “Zorka”",
        "city": "Vilnius",
        "country": "Lithuania",
        "in_exile": "on",
        "website": "https://zorka.example.org",
        "representative_name": "Alena Example",
        "representative_role": "chair",
        "contact": "Signal: +000 111 222",
        "edition": str(for_edition.pk),
        "consent_to_publication": "on",
        "homepage_address": "",
        "form_started": started_token(client, url),
    }
    data.update(changes)
    return {name: value for name, value in data.items() if value is not None}


@pytest.fixture
def accede_urls(principles_pages):
    return {
        code: (page.url_of("accede"), page.url_of("accede_sent"))
        for code, page in principles_pages.items()
    }


def page_text(response):
    return response.content.decode()


def translated(message, language):
    """`message` in `language`, which must not be the English text for be and ru."""
    with translation.override(language):
        text = str(message)
    if language != "en":
        with translation.override("en"):
            assert text != str(message), f"no {language} translation of {message!r}"
    return text


def assert_refused(response, message, language, written=0, params=None):
    """The form is back (200), in `language`, with the message (formatted with `params`);
    no application was added."""
    assert response.status_code == 200
    html = page_text(response).replace("&#x27;", "'").replace("&quot;", '"')
    assert f'<html lang="{language}">' in html
    assert 'class="error-summary"' in html
    assert translated(gettext_lazy("Error:"), language) in html
    text = translated(message, language)
    assert (text % params if params else text) in html
    assert AccessionApplication.objects.count() == written


# --- a valid application --------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_valid_application_is_received_once_with_its_language_and_hash(
    language, client, accede_urls, edition
):
    url, sent_url = accede_urls[language]
    response = client.post(url, valid_data(client, url, edition))
    assert response.status_code == 302
    assert response["Location"] == sent_url
    application = AccessionApplication.objects.get()
    assert application.language == language
    assert application.text_sha256 == edition.texts.get(language=language).sha256
    assert application.edition == edition
    assert application.name == "Human Rights Centre “Zorka”"
    assert application.contact == "Signal: +000 111 222"
    assert application.in_exile and application.consent_to_publication
    assert not application.not_named_for_safety
    assert application.status == "received"
    thanks = client.get(sent_url)
    assert thanks.status_code == 200
    assert "Zorka" not in page_text(thanks)


def test_the_form_offers_the_edition_in_force_and_accepts_an_older_published_one(
    client, accede_urls, edition
):
    newer = EditionFactory(number=2)
    EditionTextFactory(edition=newer, language="en", preamble="<p>Second preamble.</p>")
    EditionFactory(number=3, is_published=False)
    url, _sent = accede_urls["en"]
    html = page_text(client.get(url))
    assert f'<option value="{newer.pk}" selected>' in html
    assert f'<option value="{edition.pk}">' in html
    assert "Edition 3" not in html
    response = client.post(url, valid_data(client, url, edition))
    assert response.status_code == 302
    assert AccessionApplication.objects.get().edition == edition


def test_an_edition_without_a_text_in_the_page_language_is_acceded_to_in_the_text_shown(
    client, accede_urls
):
    """The edition page shows the Belarusian text where there is no English one: that is
    the text the applicant read, and the one recorded."""
    edition = EditionFactory(number=1)
    text = EditionTextFactory(edition=edition, language="be")
    url, _sent = accede_urls["en"]
    assert client.post(url, valid_data(client, url, edition)).status_code == 302
    application = AccessionApplication.objects.get()
    assert (application.language, application.text_sha256) == ("be", text.sha256)


def test_the_form_says_so_while_no_edition_is_published(client, accede_urls):
    url, _sent = accede_urls["en"]
    html = page_text(client.get(url))
    assert "Applications open once an edition of the Principles is published." in html
    assert '<form class="form"' not in html


# --- bad input --------------------------------------------------------------------------------

BAD_INPUTS = {
    "no name": ({"name": ""}, lambda: field_message("name", "required")),
    "blank name": ({"name": "   "}, lambda: field_message("name", "required")),
    "no representative": (
        {"representative_name": ""},
        lambda: field_message("representative_name", "required"),
    ),
    "no contact": ({"contact": ""}, lambda: field_message("contact", "required")),
    "no consent": (
        {"consent_to_publication": None},
        lambda: field_message("consent_to_publication", "required"),
    ),
    "unknown kind": ({"kind": "robot"}, lambda: field_message("kind", "invalid_choice")),
    "no kind": ({"kind": None}, lambda: field_message("kind", "required")),
    "bad website": ({"website": "not a web address"}, lambda: field_message("website", "invalid")),
    "unknown edition": ({"edition": "999999"}, lambda: field_message("edition", "invalid_choice")),
    "edition not a number": (
        {"edition": "1 OR 1=1"},
        lambda: field_message("edition", "invalid_choice"),
    ),  # fmt: skip
    "no edition": ({"edition": None}, lambda: field_message("edition", "required")),
}


@pytest.mark.parametrize("case", BAD_INPUTS)
def test_each_bad_input_gets_its_message_in_the_page_language_and_writes_nothing(
    case, client, accede_urls, edition
):
    changes, message = BAD_INPUTS[case]
    for language in LANGUAGES:
        url, _sent = accede_urls[language]
        response = client.post(url, valid_data(client, url, edition, **changes))
        assert_refused(response, message(), language)
    assert not mail.outbox


def test_an_unpublished_edition_is_refused(client, accede_urls, edition):
    draft = EditionFactory(number=2, is_published=False)
    for language in LANGUAGES:
        EditionTextFactory(edition=draft, language=language)
        url, _sent = accede_urls[language]
        response = client.post(url, valid_data(client, url, edition, edition=str(draft.pk)))
        assert_refused(response, field_message("edition", "invalid_choice"), language)


def test_the_error_summary_links_to_each_field_and_the_values_are_kept(
    client, accede_urls, edition
):
    url, _sent = accede_urls["en"]
    data = valid_data(client, url, edition, name="", contact="", kind=None)
    html = page_text(client.post(url, data))
    assert html.count("<title>Error: ") == 1
    summary = html.split('class="error-summary"')[1].split("</div>")[0]
    assert 'href="#id_name"' in summary
    assert 'href="#id_contact"' in summary
    assert 'href="#id_kind"' in summary
    assert '<fieldset class="form-field form-choices form-field--error" id="id_kind"' in html
    assert 'aria-describedby="id_name_helptext id_name_error"' in html
    assert 'aria-invalid="true"' in html
    assert 'value="Alena Example"' in html, "what was typed is kept"


# --- robots, stale forms, floods --------------------------------------------------------------


def test_a_filled_honeypot_is_answered_as_a_success_and_nothing_is_written(
    client, accede_urls, edition
):
    url, sent_url = accede_urls["en"]
    response = client.post(
        url, valid_data(client, url, edition, homepage_address="https://spam.example")
    )
    assert response.status_code == 302
    assert response["Location"] == sent_url
    assert not AccessionApplication.objects.exists()
    assert not mail.outbox


def test_a_filled_honeypot_with_other_errors_is_still_answered_as_a_success(
    client, accede_urls, edition
):
    url, sent_url = accede_urls["en"]
    data = valid_data(client, url, edition, homepage_address="spam", name="", edition="x")
    response = client.post(url, data)
    assert (response.status_code, response["Location"]) == (302, sent_url)
    assert not AccessionApplication.objects.exists()


def test_the_honeypot_is_hidden_from_people(client, accede_urls, edition):
    url, _sent = accede_urls["en"]
    html = page_text(client.get(url))
    trap = html.split('<div class="form-trap" aria-hidden="true">')[1].split("</div>")[0]
    assert 'name="homepage_address"' in trap
    assert 'tabindex="-1"' in trap


def test_a_form_open_for_more_than_a_day_is_refused(client, accede_urls, edition, monkeypatch):
    two_days_ago = time.time() - 2 * 24 * 3600
    for language in LANGUAGES:
        url, _sent = accede_urls[language]
        with monkeypatch.context() as patch:
            patch.setattr(signing.time, "time", lambda: two_days_ago)
            token = started_token(client, url)
        response = client.post(url, valid_data(client, url, edition, form_started=token))
        assert_refused(response, EXPIRED, language)


@pytest.mark.parametrize("token", ["", "forged", "x" * 5000])
def test_a_missing_or_forged_start_time_is_refused(token, client, accede_urls, edition):
    url, _sent = accede_urls["ru"]
    response = client.post(url, valid_data(client, url, edition, form_started=token))
    assert response.status_code == 200
    assert not AccessionApplication.objects.exists()


def test_a_changed_start_time_is_refused(client, accede_urls, edition):
    url, _sent = accede_urls["be"]
    token = started_token(client, url)
    tampered = token[:-1] + ("A" if token[-1] != "A" else "B")
    response = client.post(url, valid_data(client, url, edition, form_started=tampered))
    assert_refused(response, EXPIRED, "be")


def test_a_form_sent_faster_than_a_person_could_fill_it_is_refused(
    client, accede_urls, edition, settings
):
    settings.SUBMISSION_MIN_SECONDS = 3
    for language in LANGUAGES:
        url, _sent = accede_urls[language]
        response = client.post(url, valid_data(client, url, edition))
        assert_refused(response, TOO_QUICK, language)


def test_the_hourly_limit_refuses_further_applications(client, accede_urls, edition, settings):
    settings.ACCESSION_APPLICATIONS_PER_HOUR = 2
    AccessionApplicationFactory.create_batch(2, edition=edition)
    for language in LANGUAGES:
        url, _sent = accede_urls[language]
        response = client.post(url, valid_data(client, url, edition))
        assert response.status_code == 200
        assert_refused(response, TOO_MANY, language, written=2)
        assert 'value="Alena Example"' in page_text(response), "what was typed is kept"
    assert AccessionApplication.objects.count() == 2


def test_applications_older_than_an_hour_do_not_count_towards_the_limit(
    client, accede_urls, edition, settings
):
    settings.ACCESSION_APPLICATIONS_PER_HOUR = 1
    earlier = AccessionApplicationFactory(edition=edition)
    AccessionApplication.objects.filter(pk=earlier.pk).update(
        submitted_at=earlier.submitted_at - datetime.timedelta(minutes=61)
    )
    url, _sent = accede_urls["en"]
    assert client.post(url, valid_data(client, url, edition)).status_code == 302
    assert AccessionApplication.objects.count() == 2


# --- a party already on the register ----------------------------------------------------------


def test_a_named_party_on_the_register_is_told_its_number(client, accede_urls, edition):
    record_accession(OrganisationFactory(), edition, "be", datetime.date(2016, 1, 1))
    party = OrganisationFactory(name_en="Zorka Centre", name_be="Цэнтр «Зорка»")
    record_accession(party, edition, "en", datetime.date(2020, 5, 1))
    for language in LANGUAGES:
        url, _sent = accede_urls[language]
        # Another spacing and case of one of its names, whatever the page's language.
        response = client.post(url, valid_data(client, url, edition, name="  zorka   CENTRE "))
        with translation.override(language):
            params = {"name": party.name, "number": 2}
        assert_refused(response, ALREADY_ON_THE_REGISTER, language, params=params)
        assert 'href="#id_name"' in page_text(response)


@pytest.mark.parametrize("level", ["not_named", "confidential"])
def test_a_party_not_named_on_the_register_is_not_revealed(level, client, accede_urls, edition):
    party = OrganisationFactory(name_en="Quiet Watch", **{level: True})
    record_accession(party, edition, "en", datetime.date(2020, 5, 1))
    url, sent_url = accede_urls["en"]
    response = client.post(url, valid_data(client, url, edition, name="Quiet Watch"))
    # Received like any other application: the answer tells nothing of the match.
    assert (response.status_code, response["Location"]) == (302, sent_url)
    assert AccessionApplication.objects.get().name == "Quiet Watch"
    assert "Quiet Watch" not in page_text(client.get(sent_url))


# --- CSRF and sizes ---------------------------------------------------------------------------


def test_a_post_without_the_csrf_token_gets_the_site_403_page(accede_urls, edition):
    client = Client(enforce_csrf_checks=True)
    for language in LANGUAGES:
        url, _sent = accede_urls[language]
        response = client.post(url, valid_data(client, url, edition))
        assert response.status_code == 403
        html = page_text(response)
        assert f'<html lang="{language}">' in html
        assert 'class="site-header"' in html, "the site's own page"
    assert not AccessionApplication.objects.exists()


def test_the_form_page_is_private_and_lets_the_browser_send_the_form(client, accede_urls, edition):
    """Its CSRF cookie makes it no page to cache; "same-origin" keeps the Origin header that
    Django's CSRF check wants, where the site's "no-referrer" would send `null`."""
    response = client.get(accede_urls["en"][0])
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert response["Referrer-Policy"] == "same-origin"
    # The page's own meta tag outranks the header: it must say the same.
    assert '<meta name="referrer" content="same-origin">' in page_text(response)
    assert response.cookies["csrftoken"]["samesite"] == "Strict"


def test_the_form_works_with_the_csrf_check_on(accede_urls, edition):
    client = Client(enforce_csrf_checks=True)
    url, sent_url = accede_urls["en"]
    html = page_text(client.get(url))
    data = valid_data(client, url, edition, csrfmiddlewaretoken=CSRF_TOKEN.search(html).group(1))
    response = client.post(url, data)
    assert (response.status_code, response["Location"]) == (302, sent_url)
    assert AccessionApplication.objects.count() == 1


OVERSIZED = {
    "name": "Н" * 300,
    "city": "x" * 5000,
    "country": "y" * 121,
    "website": "https://example.org/" + "a" * 300,
    "representative_name": "r" * 100_000,
    "representative_role": "r" * 256,
    "contact": "c" * 1001,
    "kind": "k" * 10_000,
    "edition": "9" * 40,
    "homepage_address": "",
}


@pytest.mark.parametrize("field", [name for name in OVERSIZED if name != "homepage_address"])
def test_oversized_input_is_refused_without_an_error_page(field, client, accede_urls, edition):
    url, _sent = accede_urls["en"]
    response = client.post(url, valid_data(client, url, edition, **{field: OVERSIZED[field]}))
    assert response.status_code == 200
    assert 'class="error-summary"' in page_text(response)
    assert not AccessionApplication.objects.exists()


@pytest.mark.parametrize(
    "changes",
    [
        {"name": "Zorka\x00"},
        {"contact": "\x00"},
        {"website": "https://exa mple.org"},
        {"website": "javascript:alert(1)"},
        {"in_exile": "maybe", "consent_to_publication": "yes please"},
        {"kind": ["organisation", "defender"]},
        {"name": "<script>alert(1)</script>"},
    ],
)
def test_odd_input_gets_an_answer_not_an_error(changes, client, accede_urls, edition):
    url, _sent = accede_urls["en"]
    response = client.post(url, valid_data(client, url, edition, **changes))
    assert response.status_code in (200, 302)
    assert "<script>alert(1)</script>" not in page_text(response)


def test_a_get_with_any_query_shows_the_blank_form(client, accede_urls, edition):
    url, _sent = accede_urls["en"]
    response = client.get(url, {"name": "x" * 10_000, "edition": "abc"})
    assert response.status_code == 200
    assert "x" * 100 not in page_text(response)
