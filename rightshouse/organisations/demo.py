"""Demo parties (see rightshouse.core.demo): the 27 that acceded to the Principles, one party
each with its names in Belarusian, Russian and English; fills `ctx.organisations` in
accession order."""

from . import demo_content as content
from .factories import OrganisationFactory
from .models import Kind


def _kind(english_name):
    return Kind.INITIATIVE if "initiative" in english_name.casefold() else Kind.ORGANISATION


def build(ctx):
    for item in content.ORGANISATIONS:
        ctx.organisations.append(
            OrganisationFactory(
                name_be=item["be"],
                name_ru=item["ru"],
                name_en=item["en"],
                short_name_be=item.get("short", ""),
                short_name_ru=item.get("short", ""),
                short_name_en=item.get("short", ""),
                kind=_kind(item["en"]),
            )
        )
