import pytest

from rightshouse.conftest import translated_pages

from ..factories import PrinciplesPageFactory, edition_in_three_languages


@pytest.fixture
def principles_pages(small_site):
    """The Principles page in be/ru/en (slug "principles") under the small
    site's homes: {language: page}."""
    pages = translated_pages(
        PrinciplesPageFactory,
        small_site.homes,
        small_site.locales,
        {"be": "Прынцыпы", "ru": "Принципы", "en": "Principles"},
        slug="principles",
    )
    return pages


@pytest.fixture
def edition(db):
    """Edition 1, published, with a text in every language."""
    return edition_in_three_languages(1)
