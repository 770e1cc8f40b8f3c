"""Every public publication of one language, by year.

A language's publications are the listed rows under its index pages, so both the years and
each year's list are ranges of the partial index `publication_listing_idx`
(index_page, -date, -page_ptr, listed) WHERE listed, as in `listing`: the first and last
dates are index probes, a year's count is an index-only range count, and a page of a year is
an id range walk followed by the primary-key fetch of its 20 rows. Nothing extracts the year
of each row (SQLite would call a Python function 300,000 times to do so).
"""

import datetime

from django.utils import timezone

from rightshouse.core.cache import cached

from . import listing, models


def index_page_ids(locale):
    return list(
        models.PublicationIndexPage.objects.filter(locale=locale).values_list("pk", flat=True)
    )


def listed_in(locale):
    """Public publications in `locale`: publications live only under index pages, and
    `listed` is the visibility policy's verdict (rightshouse.core.visibility)."""
    return models.Publication.objects.filter(listed=True, index_page_id__in=index_page_ids(locale))


def year_range(year):
    """Start and end of `year` in the site's time zone, the one dates are shown in."""
    start = timezone.make_aware(datetime.datetime(year, 1, 1))
    end = timezone.make_aware(datetime.datetime(year + 1, 1, 1))
    return start, end


def _first_and_last_year(locale):
    firsts, lasts = [], []
    # One index probe at each end of each index page's range (a MIN and a MAX in one
    # query would make SQLite scan the range instead).
    for index_page_id in index_page_ids(locale):
        dates = models.Publication.objects.filter(listed=True, index_page_id=index_page_id)
        first = dates.order_by("date").values_list("date", flat=True).first()
        if first:
            firsts.append(first)
            lasts.append(dates.order_by("-date").values_list("date", flat=True).first())
    if not firsts:
        return None
    return timezone.localtime(min(firsts)).year, timezone.localtime(max(lasts)).year


def years(request, locale):
    """[(year, number of public publications)], newest year first, years without any left
    out; cached under the content version like the lists' counts."""

    def compute():
        bounds = _first_and_last_year(locale)
        if not bounds:
            return []
        listed = listed_in(locale)
        counts = []
        for year in range(bounds[1], bounds[0] - 1, -1):
            start, end = year_range(year)
            count = listed.filter(date__gte=start, date__lt=end).count()
            if count:
                counts.append((year, count))
        return counts

    return cached(request, f"archive-years:{locale.pk}", compute)


def ids_in_year(locale, year):
    start, end = year_range(year)
    return (
        listed_in(locale)
        .filter(date__gte=start, date__lt=end)
        .order_by(*listing.LIST_ORDER)
        .values_list("page_ptr_id", flat=True)
    )
