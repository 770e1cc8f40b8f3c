import datetime

import pytest

from rightshouse.conftest import translated_pages
from rightshouse.organisations.factories import OrganisationFactory, PrivateDetailsFactory
from rightshouse.principles.factories import PrinciplesPageFactory, edition_in_three_languages
from rightshouse.principles.registry import record_accession

# Strings that must never reach a public response.
CONTACT_MARKER = "contactmarkerq7x"
REPRESENTATIVE_MARKER = "representativemarkerq7x"
NOT_NAMED_MARKER = "notnamedmarkerq7x"
CONFIDENTIAL_MARKER = "confidentialmarkerq7x"
MARKERS = [CONTACT_MARKER, REPRESENTATIVE_MARKER, NOT_NAMED_MARKER, CONFIDENTIAL_MARKER]
# Planted beside each marker, and searched for: a search would find the hidden texts by it
# (a search for a marker itself only echoes the query). The small site's news use it too.
SHARED_WORD = "Solidarity"


@pytest.fixture
def parties(small_site):
    """A named party with private details, one not named for safety and one confidential,
    on the register as Nos. 1, 2 and 3; the Principles page in every language."""
    named = OrganisationFactory(
        name_be="Вясна", name_ru="Весна", name_en="Viasna", slug="viasna", website=""
    )
    PrivateDetailsFactory(
        party=named,
        contacts=f"{CONTACT_MARKER} {SHARED_WORD}",
        representatives=f"{REPRESENTATIVE_MARKER} {SHARED_WORD}",
    )
    not_named = OrganisationFactory(
        not_named=True,
        name_be=f"{NOT_NAMED_MARKER} {SHARED_WORD}",
        name_ru=NOT_NAMED_MARKER,
        name_en=NOT_NAMED_MARKER,
        slug=NOT_NAMED_MARKER,
    )
    confidential = OrganisationFactory(
        confidential=True,
        name_be=f"{CONFIDENTIAL_MARKER} {SHARED_WORD}",
        name_ru=CONFIDENTIAL_MARKER,
        name_en=CONFIDENTIAL_MARKER,
        slug=CONFIDENTIAL_MARKER,
    )
    pages = translated_pages(
        PrinciplesPageFactory,
        small_site.homes,
        small_site.locales,
        {"be": "Прынцыпы", "ru": "Принципы", "en": "Principles"},
        slug="principles",
    )
    edition = edition_in_three_languages(1)
    for party in [named, not_named, confidential]:
        record_accession(party, edition, "be", datetime.date(2015, 6, 26))
    return {"named": named, "not_named": not_named, "confidential": confidential, "pages": pages}
