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
# Editors' bookkeeping, which nothing public shows: drafts (publishing saves the page, which
# moves the version on), subscriptions, comments, logs, workflow states, the reference
# index. Left out, they also keep every edit's lock order "page row, then the version's
# row" on PostgreSQL with the database cache, where Wagtail writes some of them before the
# page (an edit saves the editor's subscription, then the page; save_revision the revision,
# then the page): an autosave and a publish of one page deadlocked over the two rows.
NOT_CONTENT = {
    "wagtailcore.revision",
    "wagtailcore.pagesubscription",
    "wagtailcore.comment",
    "wagtailcore.commentreply",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.workflowstate",
    "wagtailcore.taskstate",
    "wagtailcore.referenceindex",
    # What visitors send and staff decide, until it is published as an accession or outcome.
    "principles.accessionapplication",
    "principles.caseentry",
    "principles.registercounter",
}


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
    if sender._meta.label_lower in NOT_CONTENT:
        return
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, time.time_ns(), timeout=None)


def connect_signals():
    for signal in (post_save, post_delete):
        signal.connect(content_changed, dispatch_uid=f"rightshouse-content-{signal!r}")
