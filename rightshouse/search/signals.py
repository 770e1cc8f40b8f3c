"""Keep a publication's indexed tag names current (its `search_text` includes them).

Saving a draft touches no tag link: links are written when a page is published (or copied,
or translated), so only what the public can see reaches the index.
"""

from django.db.models import QuerySet
from django.db.models.signals import post_delete, post_save, pre_save
from wagtail.models import Page

from rightshouse.publications.models import PublicationTag, Tag

from .tasks import reindex_publications


def _deleting_pages(origin):
    if isinstance(origin, Page):
        return True
    return isinstance(origin, QuerySet) and issubclass(origin.model, Page)


def tag_link_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        reindex_publications.enqueue([instance.publication_id])


def tag_link_deleted(sender, instance, origin=None, **kwargs):
    # When the publication itself goes, Wagtail removes its index entry.
    if not _deleting_pages(origin):
        reindex_publications.enqueue([instance.publication_id])


def remember_tag_name(sender, instance, raw=False, **kwargs):
    if not raw and instance.pk:
        instance._indexed_name = (
            Tag.objects.filter(pk=instance.pk).values_list("name", flat=True).first()
        )


def tag_saved(sender, instance, created, raw=False, update_fields=None, **kwargs):
    if raw or created or (update_fields is not None and "name" not in update_fields):
        return
    if getattr(instance, "_indexed_name", instance.name) == instance.name:
        return
    pks = list(PublicationTag.objects.filter(tag=instance).values_list("publication_id", flat=True))
    if pks:
        reindex_publications.enqueue(pks)


def connect():
    post_save.connect(tag_link_saved, sender=PublicationTag, dispatch_uid="search_tag_link")
    post_delete.connect(tag_link_deleted, sender=PublicationTag, dispatch_uid="search_tag_link")
    pre_save.connect(remember_tag_name, sender=Tag, dispatch_uid="search_tag_name")
    post_save.connect(tag_saved, sender=Tag, dispatch_uid="search_tag_name")
