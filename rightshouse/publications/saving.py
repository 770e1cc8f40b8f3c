"""A full save of a publication while another save of it is under way.

An editor's browser autosaves while the editor works; Wagtail saves a draft page itself,
with its inline rows (tags, related publications), on each autosave, and the browser
learns the new rows' ids only when the autosave's answer arrives. A "Publish" clicked
meanwhile, a second click, or the scheduler publishing a revision saved before then, all
write the same page at nearly the same moment. Publication.save calls `take_turn` first,
inside its transaction:

1. The second save waits until the first has committed (a lock on the page's row on
   PostgreSQL; SQLite's write transactions begin IMMEDIATE, see settings.SQLITE_OPTIONS,
   and take turns already).
2. A row the browser sends as new although the first save stored it (same tag, same
   related publication) is saved as that stored row, not inserted beside it: the unique
   constraints would refuse a second one with an error, and without them the publication
   had the related item twice.
3. A save from a copy of the page read before a publish had committed (a draft's autosave
   that started first) leaves the page live: it would otherwise write the draft's "not
   live" over the publish.
"""

from wagtail.models import Page

# relation -> (the field pointing at the publication, the field that may appear once)
RELATIONS = {
    "tag_links": ("publication", "tag"),
    "related_links": ("page", "related"),
}
LIVE_STATE = ("live", "live_revision_id", "first_published_at", "last_published_at")


def take_turn(publication):
    wait_for_other_saves(publication)
    keep_a_publish_made_meanwhile(publication)
    reuse_stored_rows(publication)


def wait_for_other_saves(publication):
    """Lock the page's row until the end of the transaction (a no-op on SQLite)."""
    list(Page.objects.select_for_update().filter(pk=publication.pk).values_list("pk", flat=True))


def keep_a_publish_made_meanwhile(publication):
    """A page saved as not live while the stored one is live since a publish this copy has
    not seen (its last publishing time differs) stays live. Unpublishing, by hand or on
    expiry, starts from the stored page, with the same publishing time, and goes ahead."""
    if publication.live:
        return
    stored = Page.objects.filter(pk=publication.pk).values(*LIVE_STATE).first()
    if stored and stored["live"] and stored["last_published_at"] != publication.last_published_at:
        for field in LIVE_STATE:
            setattr(publication, field, stored[field])


def reuse_stored_rows(publication):
    """Give each new in-memory row the id of the stored row with the same value (so that it
    is saved as an update of it), and drop any further row with a value already listed."""
    for relation, (parent_field, value_field) in RELATIONS.items():
        manager = getattr(publication, relation)
        rows = list(manager.all())
        if all(row.pk for row in rows):
            continue  # nothing new: every row is already one of the stored ones
        stored = {
            getattr(row, f"{value_field}_id"): row
            for row in manager.get_live_queryset().filter(**{parent_field: publication.pk})
        }
        listed_ids = {row.pk for row in rows if row.pk}
        kept, seen = [], set()
        for row in rows:
            value = getattr(row, f"{value_field}_id")
            if value in seen:
                continue
            seen.add(value)
            twin = stored.get(value)
            if row.pk is None and twin is not None and twin.pk not in listed_ids:
                row.pk = twin.pk
                if hasattr(twin, "translation_key"):
                    # The stored row's identity, which translations of the page refer to.
                    row.translation_key = twin.translation_key
            kept.append(row)
        manager.set(kept)
