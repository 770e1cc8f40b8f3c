# ruff: noqa: E402
"""Server-side response times of the main pages, in-process through django.test.Client.

    python bench/measure.py [--requests 200] [--max-seconds 60] [--language be] [--deep-page 1000]

Uses bench/settings.py (the dev settings with DEBUG off) unless DJANGO_SETTINGS_MODULE is set,
and the database the environment selects, as bench/generate.py does. Prints, per kind of page,
median and p95 milliseconds, queries per request and status codes, then the ratio of the deep
tag page to tag page 1. Exits non-zero if any response is not 200.
"""

import argparse
import os
import random
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")

import django

django.setup()

from django.db import connection
from django.db.models import Count, Q
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from bench.corpus import Corpus
from rightshouse.core.models import HomePage
from rightshouse.publications.models import Publication, PublicationIndexPage, Tag

WARM_UP = 10


def targets(language, deep_page):
    """{kind of page: addresses to cycle through}, in `language`, on its biggest tag."""
    locale = Locale.objects.get(language_code=language)
    tag = (
        Tag.objects.filter(locale=locale)
        .annotate(size=Count("publication_links", filter=Q(publication_links__listed=True)))
        .order_by("-size")
        .first()
    )
    index = PublicationIndexPage.objects.get(locale=locale, slug="news")
    ids = list(Publication.objects.filter(locale=locale, listed=True).values_list("pk", flat=True))
    sample = random.Random(0).sample(ids, min(50, len(ids)))
    corpus = Corpus(language)
    with translation.override(language):
        search = reverse("search")
    print(
        f"{connection.vendor}: {Publication.objects.count()} publications, {len(ids)} in"
        f" '{language}'; biggest tag '{tag.slug}' has {tag.size};"
        f" search words '{corpus.common_word}', '{corpus.rare_word}'"
    )
    return {
        "home": [HomePage.objects.get(locale=locale).url],
        "index page 1": [index.url],
        f"index page {deep_page:,}": [f"{index.url}?page={deep_page}"],
        "tag page 1": [tag.get_absolute_url()],
        f"tag page {deep_page:,}": [f"{tag.get_absolute_url()}?page={deep_page}"],
        "publication (50 pages)": [p.url for p in Publication.objects.filter(pk__in=sample)],
        "tag RSS": [tag.feed_url("rss")],
        "search, common word": [f"{search}?q={quote(corpus.common_word)}"],
        "search, rare word": [f"{search}?q={quote(corpus.rare_word)}"],
    }


def measure(client, urls, requests, max_seconds):
    for i in range(WARM_UP):
        client.get(urls[i % len(urls)])
    with CaptureQueriesContext(connection) as queries:
        client.get(urls[0])
    query_count = len(queries)  # read now: the next request clears the query log
    times, statuses = [], Counter()
    deadline = time.perf_counter() + max_seconds
    for i in range(requests):
        start = time.perf_counter()
        response = client.get(urls[i % len(urls)])
        times.append((time.perf_counter() - start) * 1000)
        statuses[response.status_code] += 1
        if i >= 19 and time.perf_counter() > deadline:
            break
    return times, query_count, statuses


def explain_slow(client, url, threshold_ms):
    """Re-run each query of one request on its own; print the plan of those over the threshold."""
    captured = []

    def record(execute, sql, params, many, context):
        captured.append((sql, params))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        client.get(url)
    explain = "EXPLAIN QUERY PLAN " if connection.vendor == "sqlite" else "EXPLAIN ANALYZE "
    with connection.cursor() as cursor:
        for sql, params in captured:
            start = time.perf_counter()
            cursor.execute(sql, params)
            cursor.fetchall()
            ms = (time.perf_counter() - start) * 1000
            if ms >= threshold_ms:
                head, _, rest = connection.ops.last_executed_query(cursor, sql, params).partition(
                    " FROM "
                )
                print(f"\n{ms:.1f} ms: {head[:50]}{'…' * (len(head) > 50)} FROM {rest}")
                cursor.execute(explain + sql, params)
                print("\n".join(f"    {row[-1]}" for row in cursor.fetchall()))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200, help="timed requests per kind")
    parser.add_argument("--max-seconds", type=float, default=60, help="time cap per kind")
    parser.add_argument("--language", default="be")
    parser.add_argument("--deep-page", type=int, default=1000, help="the ?page=N compared to 1")
    parser.add_argument("--only", help="measure only kinds containing this text")
    parser.add_argument(
        "--explain", type=float, metavar="MS", help="then show plans of queries slower than MS"
    )
    args = parser.parse_args()

    client = Client()
    medians, failed = {}, False
    kinds = targets(args.language, args.deep_page)
    print("| page | requests | median ms | p95 ms | queries | status |")
    print("|---|---:|---:|---:|---:|---|")
    for kind, urls in kinds.items():
        if args.only and args.only not in kind:
            continue
        times, queries, statuses = measure(client, urls, args.requests, args.max_seconds)
        medians[kind] = statistics.median(times)
        p95 = statistics.quantiles(times, n=20)[-1]
        status = ", ".join(f"{code}×{n}" for code, n in sorted(statuses.items()))
        failed |= set(statuses) != {200}
        print(
            f"| {kind} | {len(times)} | {medians[kind]:.1f} | {p95:.1f} | {queries} | {status} |",
            flush=True,
        )
    deep = f"tag page {args.deep_page:,}"
    if deep in medians and "tag page 1" in medians:
        print(f"\n{deep} / tag page 1 (median): {medians[deep] / medians['tag page 1']:.2f}")
    if args.explain is not None:
        for kind, urls in kinds.items():
            if not args.only or args.only in kind:
                print(f"\n## {kind}: {urls[0]}")
                explain_slow(client, urls[0], args.explain)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
