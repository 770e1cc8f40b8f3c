"""Demo organisations (see rightshouse.core.demo): the 27 that acceded to the Principles.

Each is created in Belarusian and translated with wagtail-localize; fills `ctx.organisations`
in accession order, one {language code: Organisation} per organisation.
"""

from rightshouse.core.demo import LANGUAGES, SOURCE_LANGUAGE, translate

from . import demo_content as content
from .factories import OrganisationFactory


def build(ctx):
    for item in content.ORGANISATIONS:
        organisation = OrganisationFactory(
            name=item[SOURCE_LANGUAGE],
            short_name=item.get("short", ""),
            locale=ctx.locales[SOURCE_LANGUAGE],
        )
        versions = {SOURCE_LANGUAGE: organisation}
        for code in LANGUAGES[1:]:
            versions[code] = translate(
                organisation,
                ctx.locales[code],
                name=item[code],
                short_name=item.get("short", ""),
            )
        ctx.organisations.append(versions)
