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


def _principle(title, body, listed=None):
    listed = listed or {}
    return (
        "principle",
        {
            "title": title,
            "body": body,
            "items_intro": listed.get("items_intro", ""),
            "items": list(listed.get("items", [])),
            "after_items": listed.get("after_items", ""),
        },
    )


def _first_edition_principles(code):
    return [
        _principle(*item[code], content.PRINCIPLE_LISTS.get(number, {}).get(code))
        for number, item in enumerate(content.PRINCIPLES, start=1)
    ]


def _second_edition_principles(code):
    principles = []
    for number, item in enumerate(content.PRINCIPLES, start=1):
        title, body = item[code]
        body = content.EDITION_2_BODIES.get(number, {}).get(code, body)
        listed = dict(content.PRINCIPLE_LISTS.get(number, {}).get(code, {}))
        if number in content.EDITION_2_NEW_ITEMS:
            items = listed["items"]
            listed["items"] = [*items[:-1], content.EDITION_2_NEW_ITEMS[number][code], items[-1]]
        principles.append(_principle(title, body, listed))
    return principles


def _edition(number, adopted_on, principles):
    edition = Edition.objects.create(number=number, adopted_on=adopted_on, is_published=True)
    for code in LANGUAGES:
        EditionText.objects.create(
            edition=edition,
            language=code,
            preamble=content.PREAMBLE[code],
            principles=principles(code),
            explanatory_note=content.EXPLANATORY_NOTE[code],
        )
    return edition


def build_editions(ctx):
    """Edition 1, the one the demo register accedes to, and edition 2, in force, which words
    a few principles differently so that "what changed" has something to show."""
    first = _edition(1, datetime.date(2015, 6, 26), _first_edition_principles)
    _edition(2, datetime.date(2024, 5, 17), _second_edition_principles)
    return first


def build_register(ctx, edition):
    # The seed page gives no dates: all on the day of adoption, in the seed's order.
    for party in ctx.organisations:
        record_accession(party, edition, SOURCE_LANGUAGE, edition.adopted_on)


def build(ctx):
    build_page(ctx)
    build_register(ctx, build_editions(ctx))
