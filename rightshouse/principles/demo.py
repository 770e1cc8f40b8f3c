"""The demo Principles: the page in three languages, the editions, and the register.

The page is created in Belarusian and translated with wagtail-localize. Editions and the
register are the same in every language: the register numbers the seed page's 27
organisations 1-27 in its order (`ctx.organisations`). Needs `ctx.homes` and
`ctx.organisations`.
"""

import datetime

from rightshouse.core.demo import LANGUAGES, SOURCE_LANGUAGE, translate

from . import demo_content as content
from .factories import PrinciplesPageFactory
from .models import Edition, EditionText
from .registry import record_accession


def build_page(ctx):
    data = content.PRINCIPLES_PAGE[SOURCE_LANGUAGE]
    page = PrinciplesPageFactory(
        parent=ctx.homes[SOURCE_LANGUAGE],
        title=data["title"],
        slug=data["slug"],
        intro=data["intro"],
        show_in_menus=True,
        locale=ctx.locales[SOURCE_LANGUAGE],
    )
    for code in LANGUAGES[1:]:
        data = content.PRINCIPLES_PAGE[code]
        translate(
            page, ctx.locales[code], title=data["title"], slug=data["slug"], intro=data["intro"]
        )


def _principles(code):
    return [
        (
            "principle",
            {
                "title": item[code][0],
                "body": item[code][1],
                "items_intro": "",
                "items": [],
                "after_items": "",
            },
        )
        for item in content.PRINCIPLES
    ]


def build_editions(ctx):
    edition = Edition.objects.create(
        number=1, adopted_on=datetime.date(2015, 6, 26), is_published=True
    )
    for code in LANGUAGES:
        EditionText.objects.create(edition=edition, language=code, principles=_principles(code))
    return edition


def build_register(ctx, edition):
    # The seed page gives no dates: all on the day of adoption, in the seed's order.
    for party in ctx.organisations:
        record_accession(party, edition, SOURCE_LANGUAGE, edition.adopted_on)


def build(ctx):
    build_page(ctx)
    build_register(ctx, build_editions(ctx))
