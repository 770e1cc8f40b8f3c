import feedparser
import pytest

FEEDS = [
    ("be", "/be/tags/pravaabaroncy/"),
    ("ru", "/ru/tags/pravozashchitniki/"),
    ("en", "/en/tags/human-rights-defenders/"),
    ("be", "/be/news/"),
    ("ru", "/ru/news/"),
    ("en", "/en/news/"),
]


def item_language(entry):
    """RSS items carry dc:language; Atom entries inherit xml:lang, seen on their text."""
    return entry.get("language") or entry.title_detail.language


@pytest.mark.parametrize(("language", "page_path"), FEEDS)
@pytest.mark.parametrize("feed_format", ["rss", "atom"])
def test_feeds_parse_cleanly_and_carry_every_item_field(
    small_site, client, language, page_path, feed_format
):
    page = client.get(page_path).content.decode()
    feed_path = f"{page_path}{feed_format}/"
    assert f'type="application/{feed_format}+xml"' in page
    assert f'href="{feed_path}"' in page, "advertised in <head> and as a visible link"
    assert page.count(f'href="{feed_path}"') == 2

    response = client.get(feed_path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith(f"application/{feed_format}+xml")
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == ("rss20" if feed_format == "rss" else "atom10")
    assert parsed.feed.language.startswith(language)
    assert parsed.entries
    for entry in parsed.entries:
        assert entry.title
        assert entry.link.startswith(f"http://testserver/{language}/")
        assert entry.id.startswith("urn:rightshouse:publication:")
        assert entry.published_parsed
        assert entry.summary
        assert item_language(entry) == language


def test_feed_lists_newest_first_and_only_its_language(small_site, client):
    small_site.add_news("en", 3, tags=[small_site.tags["en"]])
    parsed = feedparser.parse(client.get("/en/tags/human-rights-defenders/rss/").content)
    titles = [entry.title for entry in parsed.entries]
    assert titles == ["Item 2 en", "Item 1 en", "Item 0 en", "Defenders' day"]
    assert [item_language(entry) for entry in parsed.entries] == ["en"] * 4


def test_atom_entries_declare_their_language(small_site, client):
    xml = client.get("/ru/news/atom/").content.decode()
    assert '<entry xml:lang="ru">' in xml


def test_feed_of_unknown_tag_is_404(small_site, client):
    assert client.get("/en/tags/no-such-tag/rss/").status_code == 404
