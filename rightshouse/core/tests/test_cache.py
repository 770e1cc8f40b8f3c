from rightshouse.core.factories import ContentPageFactory


def test_new_items_show_at_once_despite_cached_counts_and_menu(small_site, client, settings):
    settings.PUBLICATIONS_PER_PAGE = 2
    assert client.get("/en/news/?page=2").status_code == 404  # counted and cached: 1 item
    small_site.add_news("en", 3)
    assert client.get("/en/news/?page=2").status_code == 200

    assert "Get support" not in client.get("/en/").content.decode()
    ContentPageFactory(
        parent=small_site.homes["en"], title="Get support", slug="support", show_in_menus=True
    )
    assert "Get support" in client.get("/en/").content.decode()


def test_unpublishing_updates_the_cached_tag_count(small_site, client, settings):
    settings.PUBLICATIONS_PER_PAGE = 1
    small_site.add_news("en", 1, tags=[small_site.tags["en"]])
    assert client.get("/en/tags/human-rights-defenders/?page=2").status_code == 200
    small_site.translated["en"].unpublish()
    assert client.get("/en/tags/human-rights-defenders/?page=2").status_code == 404
