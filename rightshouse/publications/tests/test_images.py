"""Editors place images in publications' bodies and as their listing image, with a text
alternative in each language; the public pages, lists and feeds show them as responsive,
lazily loaded renditions from the site's own media."""

import json
import re
from pathlib import Path

import feedparser
import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from rightshouse.conftest import EARLIER
from rightshouse.core.blocks import ALT_TEXT_REQUIRED, FigureBlock
from rightshouse.core.factories import ImageFactory
from rightshouse.core.renditions import PLACEMENTS
from rightshouse.publications.factories import NewsPageFactory
from rightshouse.publications.models import Publication
from rightshouse.search.tests.test_search import result_titles

BE_ALT, RU_ALT = "Шэрыя палосы на белым фоне", "Серые полосы на белом фоне"
BE_CAPTION, RU_CAPTION = "Подпіс да выявы", "Подпись к изображению"
LISTING_BE_ALT, LISTING_RU_ALT = "Чырвоны квадрат", "Красный квадрат"


def figure(image, alt, caption=""):
    return ("image", {"image": image, "alt_text": alt, "caption": caption})


def news_with_images(small_site, language="be", slug="with-images", **fields):
    image = ImageFactory()
    page = NewsPageFactory(
        parent=small_site.news[language],
        title="Выявы",
        slug=slug,
        lead="Навіна з выявамі.",
        body=[
            ("paragraph", RichText("<p>Першы абзац.</p>")),
            figure(image, BE_ALT, BE_CAPTION),
            ("paragraph", RichText("<p>Другі абзац.</p>")),
        ],
        listing_image=image,
        listing_image_alt=LISTING_BE_ALT,
        date=EARLIER,
        locale=small_site.locales[language],
        **fields,
    )
    return page, image


def pictures(html):
    return re.findall(r"<picture>.*?</picture>", html, re.S)


def list_card(html, url):
    """The list item (card) of the publication at `url` in a list page's HTML."""
    start = html.rindex('<li class="publication-card', 0, html.index(f'href="{url}"'))
    ends = [html.find(end, start + 1) for end in ('<li class="publication-card', "</ol>")]
    return html[start : min(end for end in ends if end > 0)]


def img_attributes(picture):
    img = re.search(r"<img([^>]*)>", picture).group(1)
    return dict(re.findall(r'(\w+)="([^"]*)"', img))


# --- Rendering -----------------------------------------------------------------------------


def test_body_image_is_a_lazy_responsive_figure_with_its_alt_text_and_caption(small_site, client):
    page, image = news_with_images(small_site)
    html = client.get(page.url).content.decode()
    body = html.split('class="prose publication__body"')[1].split("</article>")[0]
    assert body.index("Першы абзац.") < body.index("<figure") < body.index("Другі абзац.")
    [picture] = pictures(body)
    img = img_attributes(picture)
    assert img["alt"] == BE_ALT
    assert img["loading"] == "lazy" and img["decoding"] == "async"
    # The largest rendition's size: the 600 px original is not enlarged to 800 or 1200.
    assert (img["width"], img["height"]) == ("600", "400")
    assert img["sizes"] == PLACEMENTS["column"].sizes
    assert re.fullmatch(r"/media/images/\S+\.jpg 400w, /media/images/\S+\.jpg 600w", img["srcset"])
    assert img["src"].startswith("/media/images/")
    avif = re.search(r'<source[^>]*srcset="([^"]*)"[^>]*type="image/avif"', picture).group(1)
    assert avif.endswith(".avif 600w") and " 400w, " in avif
    assert f'<figcaption class="figure__caption">{BE_CAPTION}</figcaption>' in body


def test_listing_image_heads_the_page_without_waiting_and_shows_in_every_list(small_site, client):
    page, image = news_with_images(small_site, tags=[small_site.tags["be"]])
    html = client.get(page.url).content.decode()
    header = html.split('class="publication__header"')[1].split("</header>")[0]
    [picture] = pictures(header)
    img = img_attributes(picture)
    assert img["alt"] == LISTING_BE_ALT
    assert "loading" not in img, "on the first screen: loaded at once"
    assert (img["width"], img["height"]) == ("600", "400")

    for path in ("/be/", "/be/news/", "/be/tags/pravaabaroncy/", "/be/search/?q=выявамі"):
        card = list_card(client.get(path).content.decode(), page.url)
        assert card.startswith('<li class="publication-card publication-card--image">'), path
        [picture] = pictures(card)
        img = img_attributes(picture)
        assert img["alt"] == LISTING_BE_ALT, path
        assert img["loading"] == "lazy", path
        # A 3:2 thumbnail, 288 px at most (9rem at 2x).
        assert (img["width"], img["height"]) == ("288", "192"), path
        assert img["sizes"] == PLACEMENTS["thumbnail"].sizes, path
        assert "fill-144x96" in img["srcset"] and "fill-288x192" in img["srcset"], path


def test_an_image_whose_file_is_gone_is_left_out_not_an_error(small_site, client):
    page, image = news_with_images(small_site)
    image.file.storage.delete(image.file.name)
    for path in (page.url, "/be/news/", "/be/news/rss/"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert b"<picture>" not in response.content and b"<enclosure" not in response.content


def test_items_without_an_image_show_none(small_site, client):
    html = client.get("/en/news/").content.decode()
    assert "<picture" not in html and "publication-card--image" not in html


def test_thumbnail_renditions_follow_the_layout_and_never_enlarge():
    class Wide:
        width = 2000

    class Narrow:
        width = 200

    assert PLACEMENTS["column"].filter_specs(Wide) == {
        400: "width-400",
        800: "width-800",
        1200: "width-1200",
    }
    assert PLACEMENTS["thumbnail"].filter_specs(Narrow) == {
        144: "fill-144x96",
        200: "fill-200x133",
    }


def test_list_queries_do_not_grow_with_the_number_of_images(small_site, client, settings):
    settings.PUBLICATIONS_PER_PAGE = 50
    image = ImageFactory()

    def add(count):
        for item in small_site.add_news("en", count):
            item.listing_image, item.listing_image_alt = image, "A red square"
            item.save_revision().publish()

    def queries(path):
        client.get(path)  # makes the renditions and warms the caches
        with CaptureQueriesContext(connection) as captured:
            html = client.get(path).content.decode()
        return len(captured), html.count("<picture>")

    add(2)
    few = queries("/en/news/")
    add(30)
    many = queries("/en/news/")
    assert (few[1], many[1]) == (2, 32)
    assert many[0] == few[0]


# --- Text alternatives are required --------------------------------------------------------


def test_an_image_block_without_alt_text_is_refused_with_a_clear_message():
    image_block = FigureBlock()
    value = image_block.to_python({"image": None, "alt_text": "", "caption": ""})
    with pytest.raises(StructBlockValidationError) as refused:
        image_block.clean(value)
    errors = refused.value.block_errors
    assert errors["alt_text"].messages == [str(ALT_TEXT_REQUIRED)]
    assert "image" in errors  # the chooser's own "required" still shows


@pytest.fixture
def english_admin(admin_client, admin_user):
    """The admin client, with the admin in English (messages are compared as text)."""
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    return admin_client


def edit_form(page, body=(), **fields):
    """The news editor's form as the admin posts it, publishing."""
    return {
        "title": page.title,
        "slug": page.slug,
        "lead": page.lead,
        "date": "",
        "go_live_at": "",
        "expire_at": "",
        "listing_image": "",
        "listing_image_alt": "",
        "action-publish": "publish",
        **nested_form_data(
            {
                "body": streamfield(list(body)),
                "tag_links": inline_formset([]),
                "related_links": inline_formset([]),
                "comments": inline_formset([]),
            }
        ),
        **fields,
    }


def in_english(message):
    with translation.override("en"):
        return str(message)


def test_the_admin_refuses_an_image_block_without_alt_text(small_site, english_admin):
    page = small_site.translated["en"]
    image = ImageFactory()
    url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    block = {"image": image.pk, "alt_text": "  ", "caption": ""}
    response = english_admin.post(url, edit_form(page, [("image", block)]))
    assert response.status_code == 200, "the form comes back, nothing is saved"
    assert in_english(ALT_TEXT_REQUIRED) in response.content.decode()
    assert [block.block_type for block in Publication.objects.get(pk=page.pk).body] == ["paragraph"]

    block["alt_text"] = "A red square"
    response = english_admin.post(url, edit_form(page, [("image", block)]))
    assert response.status_code == 302
    [saved] = Publication.objects.get(pk=page.pk).body
    assert (saved.value["image"], saved.value["alt_text"]) == (image, "A red square")


def test_the_admin_refuses_a_listing_image_without_alt_text(small_site, english_admin):
    page = small_site.translated["en"]
    image = ImageFactory()
    url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    response = english_admin.post(url, edit_form(page, listing_image=image.pk))
    assert response.status_code == 200
    assert in_english(ALT_TEXT_REQUIRED) in response.content.decode()
    assert Publication.objects.get(pk=page.pk).listing_image is None

    response = english_admin.post(
        url, edit_form(page, listing_image=image.pk, listing_image_alt="A red square")
    )
    assert response.status_code == 302
    saved = Publication.objects.get(pk=page.pk)
    assert (saved.listing_image, saved.listing_image_alt) == (image, "A red square")


# --- Translation ---------------------------------------------------------------------------


def translate_as_the_editor_does(page, locale, translations, django_capture_on_commit_callbacks):
    """Translate `page` with wagtail-localize as its translation editor does: a translation of
    each source string (`translations`: source text -> target text), then publish."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=locale)
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            data=translations.get(segment.string.data, segment.string.data),
            translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        )
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    return page.get_translation(locale)


def test_alt_texts_and_captions_are_translated_with_the_page(
    small_site, client, django_capture_on_commit_callbacks
):
    page, image = news_with_images(small_site)
    strings = [s.string.data for s in extract_segments(page) if isinstance(s, StringSegmentValue)]
    assert {BE_ALT, BE_CAPTION, LISTING_BE_ALT} <= set(strings)

    translated = translate_as_the_editor_does(
        page,
        small_site.locales["ru"],
        {BE_ALT: RU_ALT, BE_CAPTION: RU_CAPTION, LISTING_BE_ALT: LISTING_RU_ALT},
        django_capture_on_commit_callbacks,
    )
    ru = client.get(translated.url).content.decode()
    header_picture, body_picture = pictures(ru)
    assert img_attributes(header_picture)["alt"] == LISTING_RU_ALT
    assert img_attributes(body_picture)["alt"] == RU_ALT
    assert RU_CAPTION in ru and BE_ALT not in ru and BE_CAPTION not in ru
    [ru_card] = pictures(list_card(client.get("/ru/news/").content.decode(), translated.url))
    assert img_attributes(ru_card)["alt"] == LISTING_RU_ALT

    be = client.get(page.url).content.decode()
    assert [img_attributes(p)["alt"] for p in pictures(be)] == [LISTING_BE_ALT, BE_ALT]


def test_the_translation_editor_offers_the_image_texts(
    small_site, admin_client, django_capture_on_commit_callbacks
):
    page, image = news_with_images(small_site)
    translated = translate_as_the_editor_does(
        page, small_site.locales["ru"], {BE_ALT: RU_ALT}, django_capture_on_commit_callbacks
    )
    # A translated page's edit view is wagtail-localize's translation editor.
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=(translated.pk,)))
    assert response.status_code == 200
    editor = response.content.decode()
    for text in (BE_ALT, RU_ALT, BE_CAPTION, LISTING_BE_ALT):
        assert json.dumps(text)[1:-1] in editor, text


def test_an_empty_caption_gives_translators_nothing_to_fill_in(small_site):
    page = NewsPageFactory(
        parent=small_site.news["be"],
        locale=small_site.locales["be"],
        body=[figure(ImageFactory(), BE_ALT), ("image", {"image": None, "alt_text": BE_ALT})],
    )
    paths = [segment.path for segment in extract_segments(page)]
    assert not [path for path in paths if path.endswith(".caption")]
    assert "None" not in page.search_text()


# --- Search and feeds ----------------------------------------------------------------------


def test_search_finds_words_of_paragraphs_and_of_image_texts(small_site, client):
    page = NewsPageFactory(
        parent=small_site.news["en"],
        title="Annual report",
        lead="Published today.",
        body=[
            ("paragraph", RichText("<p>Observers counted ballots.</p>")),
            figure(ImageFactory(), "Volunteers sorting parcels", "Warehouse in Vilnius"),
        ],
        locale=small_site.locales["en"],
    )
    for query in ("ballots", "parcel", "warehouse"):
        assert result_titles(client, f"/en/search/?q={query}") == [page.title], query


def test_html_bodies_from_tests_and_benchmarks_become_one_paragraph(small_site, client):
    page = NewsPageFactory(
        parent=small_site.news["en"], locale=small_site.locales["en"], body="<p>Plain text.</p>"
    )
    [block] = Publication.objects.get(pk=page.pk).body
    assert (block.block_type, block.value.source) == ("paragraph", "<p>Plain text.</p>")
    assert "<p>Plain text.</p>" in client.get(page.url).content.decode()


@pytest.mark.parametrize("feed_format", ["rss", "atom"])
def test_feeds_keep_their_text_and_carry_the_listing_image(small_site, client, feed_format):
    page, image = news_with_images(small_site)
    parsed = feedparser.parse(client.get(f"/be/news/{feed_format}/").content)
    assert not parsed.bozo
    entries = {entry.title: entry for entry in parsed.entries}
    entry = entries[page.title]
    assert entry.summary == page.lead
    [enclosure] = entry.enclosures
    assert enclosure.type == "image/jpeg"
    assert re.fullmatch(r"http://testserver/media/images/\S+\.jpg", enclosure.href)
    assert int(enclosure.length) > 0
    stored = Path(settings.MEDIA_ROOT, enclosure.href.removeprefix("http://testserver/media/"))
    assert stored.stat().st_size == int(enclosure.length)
    other = entries["Дзень праваабаронцаў"]
    assert other.summary and not other.get("enclosures")
