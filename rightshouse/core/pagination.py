from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.utils.functional import cached_property

from .cache import cached


class CachedCountPaginator(Paginator):
    """Counting a 50,000-item list costs more than showing one page of it: keep the count."""

    def __init__(self, object_list, per_page, request, count_key):
        super().__init__(object_list, per_page)
        self.request = request
        self.count_key = count_key

    @cached_property
    def count(self):
        return cached(self.request, f"count:{self.count_key}", self.object_list.count)


def page_or_404(request, object_list, per_page, count_key=None):
    """The page named by `?page=N`.

    A missing or malformed number shows the first page; a number past either end is a 404,
    so crawlers do not index endless empty pages and nothing reaches a 500.
    """
    if count_key:
        paginator = CachedCountPaginator(object_list, per_page, request, count_key)
    else:
        paginator = Paginator(object_list, per_page)
    try:
        return paginator.page(request.GET.get("page") or 1)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage as error:
        raise Http404(str(error)) from error
