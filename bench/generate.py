# ruff: noqa: E402
"""Build a site with N publications for the scale benchmark (see docs/benchmarks.md).

    python bench/generate.py 300000 [--force-append] [--batch 5000] [--no-search-index]

Writes to whatever database the environment selects (DATABASE_URL, else SQLite under
RIGHTSHOUSE_VAR_DIR). The home and index pages go through Wagtail's API; publications are
bulk-inserted with their treebeard paths computed here, since `add_child` costs ~10 ms a page.
"""

import argparse
import os
import random
import sys
import time
import uuid
from collections import deque
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from itertools import accumulate
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rightshouse.settings.dev")

import django

django.setup()

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import F, Max
from django.utils.text import slugify
from tqdm import tqdm
from wagtail.models import Locale, Page, Site
from wagtail.search.backends import get_search_backend

from bench.corpus import SEED, Corpus
from rightshouse.core.models import HomePage
from rightshouse.publications.models import (
    NewsPage,
    Publication,
    PublicationIndexPage,
    PublicationTag,
    StatementPage,
    Tag,
)

LANGUAGE_SHARES = {"be": 0.5, "ru": 0.3, "en": 0.2}
HOME_TITLES = {"be": "Дом правоў", "ru": "Дом прав", "en": "Rights House"}
INDEXES = {  # slug: (model, share of publications, title per language)
    "news": (NewsPage, 0.6, {"be": "Навіны", "ru": "Новости", "en": "News"}),
    "statements": (StatementPage, 0.4, {"be": "Заявы", "ru": "Заявления", "en": "Statements"}),
}
STATEMENT_KINDS = [k for k in Publication.Kind.values if k != Publication.Kind.NEWS]
TAG_COUNT = 2000
BIG_TAG_SHARE = 0.25  # each language's first tag is on a quarter of its publications
TRANSLATED_SHARE = 0.5  # of ru/en publications, the share translating a recent be one
FIRST_DATE = datetime(2010, 1, 1, tzinfo=UTC)
DATE_SPAN = int((datetime(2026, 1, 1, tzinfo=UTC) - FIRST_DATE).total_seconds())
ALPHABET, STEPLEN = Page.alphabet, Page.steplen


@contextmanager
def phase(name):
    start = time.perf_counter()
    yield
    print(f"[{name}] {time.perf_counter() - start:.1f} s", flush=True)


def path_step(number):
    digits = ""
    while number:
        number, rest = divmod(number, len(ALPHABET))
        digits = ALPHABET[rest] + digits
    return digits.rjust(STEPLEN, ALPHABET[0])


def random_uuid(rng):
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def build_structure(rng):
    """A home page per language (translations of one another) with the two index pages."""
    locales = {
        code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGE_SHARES
    }
    root = Page.get_first_root_node()
    homes = {}
    for code, locale in locales.items():
        home = HomePage.objects.filter(locale=locale).first()
        if home is None:
            key = homes["be"].translation_key if homes else random_uuid(rng)
            home = root.add_child(
                instance=HomePage(
                    title=HOME_TITLES[code], slug=f"home-{code}", locale=locale, translation_key=key
                )
            )
        homes[code] = home
    site = Site.objects.filter(is_default_site=True).first()
    site = site or Site(hostname="localhost", port=80, is_default_site=True)
    if site.root_page_id != homes["be"].pk:
        site.root_page = homes["be"]
        site.save()
    indexes = {}
    for slug, (_model, _share, titles) in INDEXES.items():
        key = random_uuid(rng)
        for code, home in homes.items():
            page = PublicationIndexPage.objects.child_of(home).filter(slug=slug).first()
            if page is None:
                page = home.add_child(
                    instance=PublicationIndexPage(
                        title=titles[code],
                        slug=slug,
                        locale=home.locale,
                        translation_key=key,
                        show_in_menus=True,
                    )
                )
            key = page.translation_key
            indexes[code, slug] = page
    return locales, indexes


def build_tags(rng, locales, corpora):
    """TAG_COUNT tags split over the languages, tag i translating tag i of the others."""
    per_language = -(-TAG_COUNT // len(locales))
    keys = [random_uuid(rng) for _ in range(per_language)]
    tag_ids = {}
    remaining = TAG_COUNT
    for code, locale in locales.items():
        count = min(per_language, remaining)
        remaining -= count
        names = corpora[code].tag_names(count)
        slugs = [slugify(name, allow_unicode=True) for name in names]
        existing = dict(Tag.objects.filter(locale=locale).values_list("slug", "pk"))
        new = [
            Tag(name=name, slug=slug, locale=locale, translation_key=key)
            for name, slug, key in zip(names, slugs, keys, strict=False)
            if slug not in existing
        ]
        Tag.objects.bulk_create(new)
        get_search_backend().add_bulk(Tag, new)
        existing = dict(Tag.objects.filter(locale=locale).values_list("slug", "pk"))
        tag_ids[code] = [existing[slug] for slug in slugs]
    return tag_ids


def insert(model, rows):
    """INSERT dicts of {field name: value} into the model's own table (not its parents')."""
    fields = [model._meta.get_field(name) for name in rows[0]]
    qn = connection.ops.quote_name
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        qn(model._meta.db_table),
        ", ".join(qn(field.column) for field in fields),
        ", ".join(["%s"] * len(fields)),
    )
    params = [
        [
            field.get_db_prep_save(value, connection)
            for field, value in zip(fields, row.values(), strict=True)
        ]
        for row in rows
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, params)


class PublicationMaker:
    """Makes publications one at a time, choosing language, section, date, text and tags."""

    def __init__(self, rng, indexes, tag_ids, corpora):
        self.rng = rng
        self.corpora = corpora
        self.tag_ids = tag_ids
        # Apart from the big one, tags follow Zipf's law: rank r is drawn 1/r as often as rank 1.
        self.tag_weights = list(accumulate(1 / rank for rank in range(1, TAG_COUNT)))
        self.content_types = {
            model: ContentType.objects.get_for_model(model).pk for model, _, _ in INDEXES.values()
        }
        self.parents = {}
        for (code, slug), page in indexes.items():
            last = Page.objects.filter(path__startswith=page.path, depth=page.depth + 1).aggregate(
                last=Max("path")
            )["last"]
            self.parents[code, slug] = {
                "page": page,
                "next_step": int(last[-STEPLEN:], len(ALPHABET)) + 1 if last else 1,
                "added": 0,
            }
        # Recent Belarusian publications that ru/en ones may translate: (translation key, date).
        self.to_translate = {key: deque(maxlen=1000) for key in indexes if key[0] != "be"}

    def make(self):
        rng = self.rng
        code = rng.choices(list(LANGUAGE_SHARES), weights=LANGUAGE_SHARES.values())[0]
        slug = rng.choices(list(INDEXES), weights=[share for _, share, _ in INDEXES.values()])[0]
        model = INDEXES[slug][0]
        parent = self.parents[code, slug]
        step = parent["next_step"]
        parent["next_step"] += 1
        parent["added"] += 1
        index = parent["page"]

        queue = self.to_translate.get((code, slug))
        if queue and rng.random() < TRANSLATED_SHARE:
            key, date = queue.pop()
        else:
            key, date = random_uuid(rng), FIRST_DATE + timedelta(seconds=rng.randrange(DATE_SPAN))
        if code == "be":
            for other, queue in self.to_translate.items():
                if other[1] == slug:
                    queue.append((key, date))

        corpus = self.corpora[code]
        title = corpus.title(rng)
        page_slug = f"{slugify(title, allow_unicode=True)[:60].rstrip('-')}-{step}"
        page = Page(
            path=index.path + path_step(step),
            depth=index.depth + 1,
            numchild=0,
            translation_key=key,
            locale_id=index.locale_id,
            live=True,
            has_unpublished_changes=False,
            first_published_at=date,
            last_published_at=date,
            title=title,
            draft_title=title,
            slug=page_slug,
            content_type_id=self.content_types[model],
            url_path=f"{index.url_path}{page_slug}/",
            show_in_menus=False,
        )
        publication = {
            "page_ptr_id": None,
            "kind": Publication.Kind.NEWS if model is NewsPage else rng.choice(STATEMENT_KINDS),
            "date": date,
            "lead": corpus.lead(rng),
            # The StreamField's stored form: one paragraph block, its id fixed by the page's.
            "body": [
                {"type": "paragraph", "value": corpus.body(rng), "id": str(uuid.uuid5(key, "body"))}
            ],
            "listing_image_alt": "",
            "listed": True,
            "index_page_id": index.pk,
        }
        return page, model, publication, self.choose_tags(code)

    def choose_tags(self, code):
        big, *others = self.tag_ids[code]
        weights = self.tag_weights[: len(others)]
        count = self.rng.randint(1, 3)
        chosen = {big} if self.rng.random() < BIG_TAG_SHARE else set()
        while len(chosen) < count:
            chosen.add(self.rng.choices(others, cum_weights=weights)[0])
        return chosen

    def write(self, made):
        pages = Page.objects.bulk_create([page for page, _, _, _ in made])
        publications, children, links = [], {}, []
        for page, (_, model, publication, tags) in zip(pages, made, strict=True):
            publication["page_ptr_id"] = page.pk
            publications.append(publication)
            children.setdefault(model, []).append({"publication_ptr_id": page.pk})
            links += [
                {
                    "translation_key": random_uuid(self.rng),
                    "locale_id": page.locale_id,
                    "publication_id": page.pk,
                    "tag_id": tag,
                    "sort_date": publication["date"],
                    "listed": True,
                }
                for tag in tags
            ]
        insert(Publication, publications)
        for model, rows in children.items():
            insert(model, rows)
        insert(PublicationTag, links)
        for parent in self.parents.values():
            if parent["added"]:
                Page.objects.filter(pk=parent["page"].pk).update(
                    numchild=F("numchild") + parent["added"]
                )
                parent["added"] = 0


def build_publications(maker, count, batch_size):
    with tqdm(total=count, unit="pub", smoothing=0.05) as bar:
        for start in range(0, count, batch_size):
            made = [maker.make() for _ in range(min(batch_size, count - start))]
            with transaction.atomic():
                maker.write(made)
            bar.update(len(made))


def index_for_search(first_pk, batch_size):
    """What `manage.py update_index` does, for this run's publications only."""
    backend = get_search_backend()
    for model in (NewsPage, StatementPage):
        index = backend.get_index_for_model(model)
        pages = model.objects.filter(pk__gte=first_pk).order_by("pk")
        last = first_pk - 1
        with tqdm(total=pages.count(), unit="pub", desc=model.__name__) as bar:
            while chunk := list(pages.filter(pk__gt=last)[:batch_size]):
                with transaction.atomic():
                    index.add_items(model, chunk)
                last = chunk[-1].pk
                bar.update(len(chunk))


def analyze():
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("VACUUM ANALYZE")
        else:
            cursor.execute("ANALYZE")
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, help="number of publications to add")
    parser.add_argument("--force-append", action="store_true", help="add to existing publications")
    parser.add_argument("--batch", type=int, default=5000, help="publications per transaction")
    parser.add_argument("--no-search-index", action="store_true", help="skip the search index")
    args = parser.parse_args()
    settings.DEBUG = False  # DEBUG's query log would keep the text of every bulk INSERT

    if Publication.objects.exists() and not args.force_append:
        sys.exit("The database already has publications; pass --force-append to add more.")
    print(f"Database: {connection.vendor} {connection.settings_dict['NAME']}")
    started = time.perf_counter()
    rng = random.Random(SEED + Publication.objects.count())
    corpora = {code: Corpus(code, SEED) for code in LANGUAGE_SHARES}
    with phase("structure"), transaction.atomic():
        locales, indexes = build_structure(rng)
    with phase("tags"), transaction.atomic():
        tag_ids = build_tags(rng, locales, corpora)
    first_pk = (Page.objects.aggregate(last=Max("pk"))["last"] or 0) + 1
    with phase("publications"):
        build_publications(PublicationMaker(rng, indexes, tag_ids, corpora), args.count, args.batch)
    if not args.no_search_index:
        with phase("search index"):
            index_for_search(first_pk, batch_size=2000)
    with phase("analyze"):
        analyze()
    print(f"[total] {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
