"""View decorators shared by the apps' public views."""

from functools import wraps

from django.views.decorators.cache import never_cache


def private_page(view):
    """A page for one visitor (behind a personal link or a receipt): never cached by anyone,
    never indexed."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    return never_cache(wrapped)
