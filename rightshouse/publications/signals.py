from django.dispatch import receiver
from wagtail.signals import post_page_move

from rightshouse.core.visibility import visibility_changed

from . import listing
from .models import Publication


@receiver(post_page_move)
def keep_listing_parent_current(sender, instance, parent_page_after, **kwargs):
    """Wagtail saves a moved page as a plain Page, bypassing Publication.save: mirror the
    new parent here so the page leaves its old list and joins the new one."""
    Publication.objects.filter(pk=instance.pk).update(index_page=parent_page_after)


@receiver(visibility_changed)
def refresh_listed_columns(sender, path, **kwargs):
    listing.refresh_listed(path)
