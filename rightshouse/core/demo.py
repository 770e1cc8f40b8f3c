"""The demo site's shared parts and core's own demo: one home page per language and the
content pages.

`build_demo` runs every app's `demo.build(ctx)`, then every `demo.finish(ctx)` (see the
command). Each app creates its objects in the source language (Belarusian, the default) with
its factories, then makes their Russian and English versions wagtail-localize translations
with `translate()`: a TranslationSource per object, a Translation per target language, and the
target language's text from the app's `demo_content` stored as that translation's strings. So
editors find the demo as they would their own translated content ("Sync translated pages",
the translation editor). An item that `demo_content` gives in one language only stays
untranslated; its first language is then its source.
"""

import json
import re
from dataclasses import dataclass, field

import factory.random
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from wagtail.blocks import StreamValue
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText
from wagtail_localize.models import (
    OverridableSegment,
    RelatedObjectSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    TemplateSegment,
    TranslationSource,
)
from wagtail_localize.models import Translation as LocalizeTranslation
from wagtail_localize.segments import TemplateSegmentValue
from wagtail_localize.segments.extract import extract_segments

from . import demo_content as content
from .factories import ContentPageFactory, HomePageFactory

LANGUAGES = [code for code, _name in settings.LANGUAGES]
SOURCE_LANGUAGE = LANGUAGES[0]
SEED = 20261122


@dataclass
class DemoContext:
    """What one app's demo hands to the next; keys are (demo_content key, language code)."""

    locales: dict  # language code -> Locale
    homes: dict = field(default_factory=dict)  # language code -> HomePage
    tags: dict = field(default_factory=dict)
    indexes: dict = field(default_factory=dict)
    publications: dict = field(default_factory=dict)
    organisations: list = field(default_factory=list)  # in accession order: Organisation


def tree_root():
    """Wagtail's root node: made by its migrations, but gone after a test database flush."""
    return Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=Locale.get_default())
    )


def make_default_site(root_page):
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": root_page}
    )


def site_is_empty():
    """True while no page exists but Wagtail's root and its "Welcome" placeholder."""
    plain_page = ContentType.objects.get_for_model(Page)
    return not Page.objects.filter(depth__gt=1).exclude(content_type=plain_page).exists()


def start():
    """A context with the fixed seed set and a Locale per language."""
    factory.random.reseed_random(SEED)
    return DemoContext(
        locales={code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}
    )


def source_language(item):
    """The language an item of demo_content is written in first: Belarusian when it has it."""
    return next(code for code in LANGUAGES if code in item)


def target_languages(item):
    """The other languages an item of demo_content has: those it is translated into."""
    source = source_language(item)
    return [code for code in LANGUAGES if code != source and code in item]


def rich_text_body(body):
    """A ContentBlock stream from demo_content's [(block type, value)]."""
    return [(kind, RichText(value) if kind == "paragraph" else value) for kind, value in body]


# --- wagtail-localize translations ---------------------------------------------------------

_BLOCK_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_HREF = re.compile(r"'(?:[^'\\]|\\.)*'$")


def _normalise(path):
    return _HREF.sub("'…'", _BLOCK_ID.sub("…", path))


def _shape(segment):
    """An extracted segment's place in its object, without what differs between languages:
    stream block and child object ids, and a link's address (the last part of its path)."""
    template = segment.template if isinstance(segment, TemplateSegmentValue) else None
    return type(segment).__name__, _normalise(segment.path), template


def _source_segments(source):
    """[(shape, segment)] of a TranslationSource's stored segments, in their order."""
    kinds = [
        (StringSegment, "StringSegmentValue", ["context", "string"]),
        (TemplateSegment, "TemplateSegmentValue", ["context", "template"]),
        (RelatedObjectSegment, "RelatedObjectSegmentValue", ["context"]),
        (OverridableSegment, "OverridableSegmentValue", ["context"]),
    ]
    segments = []
    for model, kind, related in kinds:
        for segment in model.objects.filter(source=source).select_related(*related):
            template = segment.template.template if model is TemplateSegment else None
            segments.append(
                (segment.order, (kind, _normalise(segment.context.path), template), segment)
            )
    return [(shape, segment) for _order, shape, segment in sorted(segments, key=lambda s: s[0])]


def translate(original, locale, **fields):
    """Make the `locale` version of `original` a wagtail-localize translation with `fields`.

    `fields` are the translatable fields in the target language (for a ClusterableModel also
    its translatable child objects, e.g. `principles=[Principle(...)]`). They must have the
    shape of the original's: the same paragraphs, list items, links and stream blocks in the
    same order, as wagtail-localize translates text segment by segment. Their strings are
    saved as the translation's StringTranslations (and a different link address as a
    SegmentOverride), then wagtail-localize creates the translated object, which is
    published. Returns the translated object.
    """
    source, _created = TranslationSource.get_or_create_from_instance(original)
    target = original._meta.model.objects.get(pk=original.pk)
    for name, value in fields.items():
        setattr(target, name, value)
        if isinstance(getattr(target, name), StreamValue):
            getattr(target, name).get_prep_value()  # gives new blocks ids, as saving would
    shapes, source_segments = zip(*_source_segments(source), strict=True)
    target_segments = extract_segments(target)
    if list(shapes) != [_shape(segment) for segment in target_segments]:
        raise ValueError(f"{original!r}: the {locale} text does not have the source's shape")

    translations = {}  # (source String, context) -> StringTranslation
    for ours, theirs in zip(source_segments, target_segments, strict=True):
        if isinstance(ours, StringSegment):
            key = (ours.string_id, ours.context_id)
            if key in translations and translations[key].data != theirs.string.data:
                raise ValueError(f"{original!r}: a repeated string at {ours.context.path} differs")
            translations[key] = StringTranslation(
                translation_of=ours.string,
                locale=locale,
                context=ours.context,
                data=theirs.string.data,
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            )
        elif isinstance(ours, OverridableSegment) and ours.data != theirs.data:
            SegmentOverride.objects.create(
                locale=locale, context_id=ours.context_id, data_json=json.dumps(theirs.data)
            )
    for string_translation in translations.values():
        string_translation.save()

    LocalizeTranslation.objects.create(source=source, target_locale=locale)
    is_page = isinstance(original, Page)
    # A page is saved as a draft and published here: with publish=True wagtail-localize
    # publishes when the outermost transaction commits, which a test database never does.
    translated, _created = source.create_or_update_translation(locale, publish=not is_page)
    if is_page:
        translated.get_latest_revision().publish()
        translated.refresh_from_db()
    return translated


# --- core's own demo -----------------------------------------------------------------------


def build(ctx):
    """One home page per language; the Belarusian one is the default site's root."""
    root = tree_root()
    default_home = root.get_children().filter(content_type__model="page").first()
    source = HomePageFactory(
        parent=root,
        title=content.HOME[SOURCE_LANGUAGE]["title"],
        slug=f"home-{SOURCE_LANGUAGE}",
        intro=content.HOME[SOURCE_LANGUAGE]["intro"],
        locale=ctx.locales[SOURCE_LANGUAGE],
    )
    ctx.homes[SOURCE_LANGUAGE] = source
    make_default_site(source)
    if default_home:  # Wagtail's "Welcome" placeholder page
        default_home.delete()
    for code in LANGUAGES[1:]:
        data = content.HOME[code]
        ctx.homes[code] = translate(
            source, ctx.locales[code], title=data["title"], slug=f"home-{code}", intro=data["intro"]
        )


def finish(ctx):
    """The content pages, after every app's pages (the menu's order) and tags they name."""
    for item in content.CONTENT_PAGES:
        code = source_language(item)
        data = item[code]
        page = ContentPageFactory(
            parent=ctx.homes[code],
            title=data["title"],
            slug=data["slug"],
            lead=data.get("lead", ""),
            body=rich_text_body(data["body"]),
            related_tag=ctx.tags.get((item["related_tag"], code)),
            show_in_menus=item["menu"],
            show_in_footer=item["footer"],
            locale=ctx.locales[code],
        )
        for other in target_languages(item):
            data = item[other]
            translate(
                page,
                ctx.locales[other],
                title=data["title"],
                slug=data["slug"],
                lead=data.get("lead", ""),
                body=rich_text_body(data["body"]),
            )
