import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from .models import AccessionApplication, Case, CaseKind, Edition, EditionText, PrinciplesPage


class PrinciplesPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PrinciplesPage

    title = "Principles of Human Rights Work"
    slug = factory.LazyAttribute(lambda page: "principles")


def principle(title, body="<p>Text.</p>", items=(), items_intro="", after_items=""):
    """One StreamField entry of EditionText.principles."""
    return (
        "principle",
        {
            "title": title,
            "body": body,
            "items_intro": items_intro,
            "items": list(items),
            "after_items": after_items,
        },
    )


class EditionFactory(DjangoModelFactory):
    class Meta:
        model = Edition
        django_get_or_create = ["number"]

    number = factory.Sequence(lambda n: n + 1)
    adopted_on = datetime.date(2015, 6, 26)
    is_published = True


class EditionTextFactory(DjangoModelFactory):
    class Meta:
        model = EditionText

    edition = factory.SubFactory(EditionFactory)
    language = "be"
    preamble = "<p>Preamble.</p>"
    principles = factory.LazyFunction(
        lambda: [principle(f"Principle {n}", f"<p>Text of principle {n}.</p>") for n in (1, 2, 3)]
    )
    explanatory_note = "<p>Explanatory note.</p>"


def edition_in_three_languages(number=1, **fields):
    edition = EditionFactory(number=number, **fields)
    for code in ("be", "ru", "en"):
        EditionTextFactory(edition=edition, language=code)
    return edition


class AccessionApplicationFactory(DjangoModelFactory):
    class Meta:
        model = AccessionApplication

    name = factory.Sequence(lambda n: f"Applicant {n}")
    representative_name = "A representative"
    representative_role = "chair"
    contact = "Signal: +000 000 001"
    edition = factory.SubFactory(EditionFactory)
    language = "be"
    text_sha256 = factory.LazyAttribute(
        lambda application: application.edition.texts.get(language=application.language).sha256
    )
    consent_to_publication = True


class CaseFactory(DjangoModelFactory):
    class Meta:
        model = Case

    kind = CaseKind.BREACH
    party_described = "An organisation"
    description = "What happened."
    language = "en"
