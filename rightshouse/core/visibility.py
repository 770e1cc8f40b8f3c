"""What the public may see: one policy, asked by every public surface.

A page is public when it is published (`live`) and neither it nor any ancestor carries a
Wagtail view restriction (a password, "logged-in users" or "these groups"). Lists, tag
pages, feeds, search, home sections, related items, the menu, hreflang and the language
switcher all ask this module, directly or through the `listed` columns that
`visibility_changed` keeps in step (see rightshouse.publications.listing).

`visibility_changed` is sent, with the `path` of the subtree concerned, whenever something
may have changed what the public sees there: a publish, an unpublish (by hand, in bulk or
on scheduled expiry), a move, a view restriction added, changed or removed. Saving a draft
sends nothing: a draft is not public.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

visibility_changed = Signal()


def public_pages(queryset=None):
    """The pages of `queryset` (all pages by default) that the public may see."""
    if queryset is None:
        queryset = Page.objects.all()
    return queryset.live().public()


def is_public(page):
    return page.live and not page.get_view_restrictions().exists()


def _subtree_changed(path):
    visibility_changed.send(sender=Page, path=path)


def _page_state_changed(sender, instance, **kwargs):
    # A moved page's instance may carry its old path; the database has the new one.
    path = Page.objects.filter(pk=instance.pk).values_list("path", flat=True).first()
    if path:
        _subtree_changed(path)


def _restriction_changed(sender, instance, **kwargs):
    path = Page.objects.filter(pk=instance.page_id).values_list("path", flat=True).first()
    if path:  # None when the restriction goes with its page: nothing is left to list
        _subtree_changed(path)


def connect_signals():
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_page_state_changed, dispatch_uid=f"visibility-{id(signal)}")
    for signal in (post_save, post_delete):
        signal.connect(
            _restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"visibility-restriction-{id(signal)}",
        )
