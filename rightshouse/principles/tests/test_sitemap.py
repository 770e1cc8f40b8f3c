import re

from wagtail.models import PageViewRestriction

from ..factories import EditionFactory


def section_addresses(client):
    xml = client.get("/sitemap-principles.xml").content.decode()
    return re.findall(r"<loc>https?://[^/]+(/[^<]+)</loc>", xml), xml


def test_the_register_decisions_and_published_editions_are_listed_in_every_language(
    principles_pages, edition, client
):
    EditionFactory(number=2, is_published=False)
    index = client.get("/sitemap.xml").content.decode()
    assert "sitemap-principles.xml" in index
    addresses, xml = section_addresses(client)
    for language in ("be", "ru", "en"):
        for route in ("register/", "decisions/", "editions/1/"):
            assert f"/{language}/principles/{route}" in addresses
    assert not any("editions/2/" in address for address in addresses), "unpublished edition"
    assert xml.count('hreflang="ru"') == len(addresses)


def test_a_restricted_principles_page_lists_nothing(principles_pages, edition, client):
    for page in principles_pages.values():
        PageViewRestriction.objects.create(page=page, restriction_type="login")
    addresses, _xml = section_addresses(client)
    assert addresses == []
