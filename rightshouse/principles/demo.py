"""The demo Principles of Human Rights Work page (see rightshouse.core.demo).

Created in Belarusian with its principles and the accession list, then translated with
wagtail-localize: the translations' principles carry the target language's text, and every
language's accessions point at the same party. Needs `ctx.homes` and `ctx.organisations`.
"""

from rightshouse.core.demo import LANGUAGES, SOURCE_LANGUAGE, translate

from . import demo_content as content
from .factories import PrinciplesPageFactory
from .models import Accession, Principle


def _principles(code):
    return [
        Principle(title=item[code][0], body=item[code][1], sort_order=number)
        for number, item in enumerate(content.PRINCIPLES)
    ]


def build(ctx):
    data = content.PRINCIPLES_PAGE[SOURCE_LANGUAGE]
    page = PrinciplesPageFactory(
        parent=ctx.homes[SOURCE_LANGUAGE],
        title=data["title"],
        slug=data["slug"],
        intro=data["intro"],
        show_in_menus=True,
        locale=ctx.locales[SOURCE_LANGUAGE],
        principles=_principles(SOURCE_LANGUAGE),
        accessions=[
            Accession(organisation=organisation, sort_order=number)
            for number, organisation in enumerate(ctx.organisations)
        ],
    )
    for code in LANGUAGES[1:]:
        data = content.PRINCIPLES_PAGE[code]
        translate(
            page,
            ctx.locales[code],
            title=data["title"],
            slug=data["slug"],
            intro=data["intro"],
            principles=_principles(code),
        )
