from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404


def page_or_404(request, object_list, per_page):
    """The page named by `?page=N`.

    A missing or malformed number shows the first page; a number past either end is a 404,
    so crawlers do not index endless empty pages and nothing reaches a 500.
    """
    paginator = Paginator(object_list, per_page)
    try:
        return paginator.page(request.GET.get("page") or 1)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage as error:
        raise Http404(str(error)) from error
