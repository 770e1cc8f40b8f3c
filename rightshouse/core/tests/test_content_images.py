"""Content pages take the same image block as publications: a figure with a text alternative
that is translated with the page."""

import re

from wagtail.rich_text import RichText
from wagtail_localize.segments import OverridableSegmentValue, StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from rightshouse.core.demo import translate
from rightshouse.core.factories import ContentPageFactory, ImageFactory


def content_page_with_image(small_site, image):
    return ContentPageFactory(
        parent=small_site.homes["be"],
        title="Падтрымка",
        slug="padtrymka",
        locale=small_site.locales["be"],
        body=[
            ("paragraph", RichText("<p>Як мы дапамагаем.</p>")),
            ("image", {"image": image, "alt_text": "Дом пад дахам", "caption": "Наш знак"}),
        ],
    )


def test_a_content_page_shows_its_image_as_a_lazy_responsive_figure(small_site, client):
    image = ImageFactory()
    page = content_page_with_image(small_site, image)
    html = client.get(page.url).content.decode()
    figure = re.search(r"<figure class=\"figure\">.*?</figure>", html, re.S).group(0)
    img = dict(re.findall(r'(\w+)="([^"]*)"', re.search(r"<img([^>]*)>", figure).group(1)))
    assert img["alt"] == "Дом пад дахам"
    assert (img["loading"], img["width"], img["height"]) == ("lazy", "600", "400")
    assert " 400w, " in img["srcset"] and 'type="image/avif"' in figure
    assert '<figcaption class="figure__caption">Наш знак</figcaption>' in figure


def test_a_content_pages_image_text_is_translated_with_the_page(small_site, client):
    image = ImageFactory()
    page = content_page_with_image(small_site, image)
    segments = extract_segments(page)
    strings = {
        segment.path.split(".")[-1]: segment.string.data
        for segment in segments
        if isinstance(segment, StringSegmentValue)
    }
    assert (strings["alt_text"], strings["caption"]) == ("Дом пад дахам", "Наш знак")
    # The image itself may be swapped per language (e.g. one with text in it).
    assert [s.data for s in segments if isinstance(s, OverridableSegmentValue)] == [image.pk]

    translated = translate(
        page,
        small_site.locales["en"],
        title="Support",
        slug="support",
        body=[
            ("paragraph", RichText("<p>How we help.</p>")),
            ("image", {"image": image, "alt_text": "A house under a roof", "caption": "Our mark"}),
        ],
    )
    html = client.get(translated.url).content.decode()
    assert 'alt="A house under a roof"' in html and "Our mark" in html
    assert "Дом пад дахам" not in html
