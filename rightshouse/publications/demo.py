"""Demo tags, publication index pages and publications (see rightshouse.core.demo).

Each is created in its source language and translated into the other languages its
`demo_content` item has, with wagtail-localize. Needs `ctx.homes`; fills `ctx.tags`,
`ctx.indexes` and `ctx.publications`, keyed by (demo_content key, language code).
"""

import datetime

from django.utils import timezone

from rightshouse.core.demo import source_language, target_languages, translate

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
    _publications(ctx)


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


def _publications(ctx):
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
            body=data["body"],
            date=_date(item["date"]),
            locale=ctx.locales[code],
            tags=[ctx.tags[tag_key, code] for tag_key in item["tags"]],
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
                body=data["body"],
            )
