"""Builds the demo site from `demo_content` with the project's factories.

One HomePage tree per language; translations share a translation_key, as Wagtail expects.
Untranslated items exist only in the languages their content names.
"""

import datetime
import uuid

import factory.random
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from rightshouse.organisations.factories import OrganisationFactory
from rightshouse.principles.factories import PrinciplesPageFactory
from rightshouse.principles.models import Accession, Principle
from rightshouse.publications.factories import (
    NewsPageFactory,
    PublicationIndexPageFactory,
    StatementPageFactory,
    TagFactory,
)
from rightshouse.publications.models import Publication, PublicationTag, RelatedPublication

from . import demo_content as content
from .factories import ContentPageFactory, HomePageFactory

LANGUAGES = [code for code, _name in settings.LANGUAGES]
SEED = 20261122


def tree_root():
    """Wagtail's root node: made by its migrations, but gone after a test database flush."""
    return Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=Locale.get_default())
    )


def make_default_site(root_page):
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": root_page}
    )


def _date(iso):
    day = datetime.date.fromisoformat(iso)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(10, 0)))


class DemoBuilder:
    def __init__(self):
        self.locales = {
            code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES
        }
        self.homes = {}
        self.indexes = {}  # (key, language) -> index page
        self.tags = {}  # (key, language) -> tag
        self.publications = {}  # (key, language) -> publication

    def build(self):
        factory.random.reseed_random(SEED)
        self._homes()
        self._tags()
        self._indexes()
        self._publications()
        self._principles()
        self._content_pages()

    def _homes(self):
        root = tree_root()
        default_home = root.get_children().filter(content_type__model="page").first()
        key = uuid.uuid4()
        for code in LANGUAGES:
            data = content.HOME[code]
            self.homes[code] = HomePageFactory(
                parent=root,
                title=data["title"],
                slug=f"home-{code}",
                intro=data["intro"],
                locale=self.locales[code],
                translation_key=key,
            )
        make_default_site(self.homes[LANGUAGES[0]])
        if default_home:  # Wagtail's "Welcome" placeholder page
            default_home.delete()

    def _tags(self):
        for item in content.TAGS:
            key = uuid.uuid4()
            for code in LANGUAGES:
                name, slug = item[code]
                self.tags[item["key"], code] = TagFactory(
                    name=name, slug=slug, locale=self.locales[code], translation_key=key
                )

    def _indexes(self):
        for item in content.INDEXES:
            key = uuid.uuid4()
            for code in LANGUAGES:
                data = item[code]
                self.indexes[item["key"], code] = PublicationIndexPageFactory(
                    parent=self.homes[code],
                    title=data["title"],
                    slug=data["slug"],
                    intro=data.get("intro", ""),
                    show_in_menus=True,
                    locale=self.locales[code],
                    translation_key=key,
                )

    def _publications(self):
        for item in sorted(content.PUBLICATIONS, key=lambda item: item["date"]):
            key = uuid.uuid4()
            page_factory = NewsPageFactory if item["kind"] == "news" else StatementPageFactory
            extra = {} if item["kind"] == "news" else {"kind": item["kind"]}
            for code in LANGUAGES:
                if code not in item:
                    continue
                data = item[code]
                self.publications[item["key"], code] = page_factory(
                    parent=self.indexes[item["index"], code],
                    title=data["title"],
                    slug=data.get("slug") or item["key"],
                    lead=data["lead"],
                    body=data["body"],
                    date=_date(item["date"]),
                    locale=self.locales[code],
                    translation_key=key,
                    tags=[self.tags[tag_key, code] for tag_key in item["tags"]],
                    **extra,
                )
        for item in content.PUBLICATIONS:
            for code in LANGUAGES:
                page = self.publications.get((item["key"], code))
                for sort_order, related_key in enumerate(item.get("related", [])):
                    related = self.publications.get((related_key, code))
                    if page and related:
                        RelatedPublication.objects.create(
                            page=page, related=related, sort_order=sort_order
                        )

    def _principles(self):
        organisations = []
        for item in content.ORGANISATIONS:
            key = uuid.uuid4()
            organisations.append(
                {
                    code: OrganisationFactory(
                        name=item[code],
                        short_name=item.get("short", ""),
                        locale=self.locales[code],
                        translation_key=key,
                    )
                    for code in LANGUAGES
                }
            )
        key = uuid.uuid4()
        for code in LANGUAGES:
            data = content.PRINCIPLES_PAGE[code]
            PrinciplesPageFactory(
                parent=self.homes[code],
                title=data["title"],
                slug=data["slug"],
                intro=data["intro"],
                show_in_menus=True,
                locale=self.locales[code],
                translation_key=key,
                principles=[
                    Principle(title=item[code][0], body=item[code][1], sort_order=number)
                    for number, item in enumerate(content.PRINCIPLES)
                ],
                accessions=[
                    Accession(organisation=organisation[code], sort_order=number)
                    for number, organisation in enumerate(organisations)
                ],
            )

    def _content_pages(self):
        for item in content.CONTENT_PAGES:
            key = uuid.uuid4()
            for code in LANGUAGES:
                data = item[code]
                ContentPageFactory(
                    parent=self.homes[code],
                    title=data["title"],
                    slug=data["slug"],
                    lead=data.get("lead", ""),
                    body=[
                        (kind, RichText(value) if kind == "paragraph" else value)
                        for kind, value in data["body"]
                    ],
                    related_tag=self.tags.get((item.get("related_tag"), code)),
                    show_in_menus=True,
                    locale=self.locales[code],
                    translation_key=key,
                )


def site_is_empty():
    return not Publication.objects.exists() and not PublicationTag.objects.exists()


@transaction.atomic
def build_demo_site():
    builder = DemoBuilder()
    builder.build()
    return builder
