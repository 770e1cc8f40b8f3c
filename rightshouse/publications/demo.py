"""Demo tags, publication index pages and publications (see rightshouse.core.demo).

Each is created in its source language and translated into the other languages its
`demo_content` item has, with wagtail-localize. Needs `ctx.homes`; fills `ctx.tags`,
`ctx.indexes` and `ctx.publications`, keyed by (demo_content key, language code). A few
publications get demo images (`demo_content.IMAGES`), drawn here.
"""

import datetime
from io import BytesIO

from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.rich_text import RichText

from rightshouse.core.demo import source_language, target_languages, translate
from rightshouse.core.factories import root_collection

from . import demo_content as content
from .factories import (
    NewsPageFactory,
    PublicationIndexPageFactory,
    StatementPageFactory,
    TagFactory,
)
from .models import RelatedPublication


def build(ctx):
    _tags(ctx)
    _indexes(ctx)
    _publications(ctx, _images())


def _date(iso):
    day = datetime.date.fromisoformat(iso)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(10, 0)))


def _tags(ctx):
    for item in content.TAGS:
        code = source_language(item)
        name, slug = item[code]
        tag = TagFactory(name=name, slug=slug, locale=ctx.locales[code])
        ctx.tags[item["key"], code] = tag
        for other in target_languages(item):
            name, slug = item[other]
            ctx.tags[item["key"], other] = translate(tag, ctx.locales[other], name=name, slug=slug)


def _indexes(ctx):
    for item in content.INDEXES:
        code = source_language(item)
        data = item[code]
        page = PublicationIndexPageFactory(
            parent=ctx.homes[code],
            title=data["title"],
            slug=data["slug"],
            intro=data.get("intro", ""),
            show_in_menus=True,
            locale=ctx.locales[code],
        )
        ctx.indexes[item["key"], code] = page
        for other in target_languages(item):
            data = item[other]
            ctx.indexes[item["key"], other] = translate(
                page,
                ctx.locales[other],
                title=data["title"],
                slug=data["slug"],
                intro=data.get("intro", ""),
            )


def _publications(ctx, images):
    """Every source page first, then their related links (which may point at a later item),
    then the translations, which copy the links as wagtail-localize copies them for editors."""
    items = sorted(content.PUBLICATIONS, key=lambda item: item["date"])
    sources = {}
    for item in items:
        code = source_language(item)
        data = item[code]
        page_factory = NewsPageFactory if item["kind"] == "news" else StatementPageFactory
        extra = {} if item["kind"] == "news" else {"kind": item["kind"]}
        sources[item["key"]] = ctx.publications[item["key"], code] = page_factory(
            parent=ctx.indexes[item["index"], code],
            title=data["title"],
            slug=data.get("slug") or item["key"],
            lead=data["lead"],
            date=_date(item["date"]),
            locale=ctx.locales[code],
            tags=[ctx.tags[tag_key, code] for tag_key in item["tags"]],
            **_with_images(item["key"], code, data["body"], images),
            **extra,
        )
    for item in items:
        for sort_order, related_key in enumerate(item.get("related", [])):
            # The related item's source page: a publication shows the related item's version
            # in its own language, where there is one (Publication.related_pages).
            RelatedPublication.objects.create(
                page=sources[item["key"]], related=sources[related_key], sort_order=sort_order
            )
    for item in items:
        for other in target_languages(item):
            data = item[other]
            ctx.publications[item["key"], other] = translate(
                sources[item["key"]],
                ctx.locales[other],
                title=data["title"],
                slug=data.get("slug") or item["key"],
                lead=data["lead"],
                **_with_images(item["key"], other, data["body"], images),
            )


# --- Demo images ---------------------------------------------------------------------------

PAPER, GREY, BRAND = (255, 255, 255), (160, 163, 168), (140, 29, 36)  # site.css's colours
IMAGE_SIZE = (1500, 1000)


def _draw(pattern):
    """A PNG of an abstract pattern in the site's colours."""
    width, height = IMAGE_SIZE
    drawing = PillowImage.new("RGB", IMAGE_SIZE, PAPER)
    draw = ImageDraw.Draw(drawing)
    if pattern == "stripes":
        band = 125
        for number, start in enumerate(range(-height, width, band)):
            colour = BRAND if number % 4 == 0 else GREY if number % 2 == 0 else PAPER
            corners = [(start, height), (start + band, height)]
            corners += [(x + height, 0) for x, _y in reversed(corners)]
            draw.polygon(corners, fill=colour)
    else:  # "grid"
        side, gap, rows, columns = 150, 50, 4, 6
        top0 = (height - rows * side - (rows - 1) * gap) // 2
        left0 = (width - columns * side - (columns - 1) * gap) // 2
        for row in range(rows):
            for column in range(columns):
                top, left = top0 + row * (side + gap), left0 + column * (side + gap)
                colour = BRAND if (row, column) == (1, 3) else GREY
                draw.rectangle([left, top, left + side - 1, top + side - 1], fill=colour)
    buffer = BytesIO()
    drawing.save(buffer, "PNG", optimize=True)
    return buffer


def _images():
    """The demo images, {image key: (Image, demo_content item)}."""
    collection = root_collection()
    images = {}
    for item in content.IMAGES:
        image = get_image_model()(
            title=item["title"],
            collection=collection,
            file=ImageFile(_draw(item["pattern"]), name=f"demo-{item['pattern']}.png"),
        )
        image.save()
        images[item["key"]] = (image, item)
    return images


def _with_images(key, code, body_html, images):
    """A publication's `body` in language `code`, with its demo image after the first
    paragraph if it has one there, and its listing image and that image's text."""
    fields = {"body": [("paragraph", RichText(body_html))]}
    for image, item in images.values():
        if key in item["listing"]:
            fields.update(listing_image=image, listing_image_alt=item["alt"][code])
        if key in item["in_body"]:
            first, rest = body_html.split("</p>", 1)
            figure = {"image": image, "alt_text": item["alt"][code]}
            figure["caption"] = item["caption"].get(code, "")
            fields["body"] = [
                ("paragraph", RichText(first + "</p>")),
                ("image", figure),
                ("paragraph", RichText(rest)),
            ]
    return fields
