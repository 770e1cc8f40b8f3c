"""Caches of what every public page recomputes: the menu and list sizes.

Every key carries a content version that any save or delete of public content moves on,
so a publish, unpublish, move or edit is visible at once, without tracking which entries
it affects. Editors publish a few times a day; readers request pages all the time.
"""

import time

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

VERSION_KEY = "rightshouse:content-version"
ENTRY_SECONDS = 15 * 60
CONTENT_APPS = {"core", "publications", "organisations", "principles", "wagtailcore"}


def content_version(request):
    """The current content version, read from the cache once per request."""
    version = getattr(request, "_content_version", None)
    if version is None:
        version = cache.get(VERSION_KEY)
        if version is None:
            # Start from the clock, not 1: an evicted counter must not meet its old entries.
            cache.add(VERSION_KEY, time.time_ns(), timeout=None)
            version = cache.get(VERSION_KEY)
        request._content_version = version
    return version


def cached(request, key, compute):
    key = f"rightshouse:{content_version(request)}:{key}"
    return cache.get_or_set(key, compute, ENTRY_SECONDS)


def content_changed(sender, **kwargs):
    # Migrations save through historical models (module "__fake__"), before the cache
    # table exists; there is nothing cached to invalidate then.
    if sender._meta.app_label not in CONTENT_APPS or sender.__module__ == "__fake__":
        return
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, time.time_ns(), timeout=None)


def connect_signals():
    for signal in (post_save, post_delete):
        signal.connect(content_changed, dispatch_uid=f"rightshouse-content-{signal!r}")
