from django import template

from rightshouse.publications import listing

register = template.Library()


@register.simple_tag
def for_list(publications):
    """The publications of a list, each with `list_tags` and its listing image loaded (a few
    queries for the whole list, none per item)."""
    publications = list(publications)
    listing.attach_tags(publications)
    return listing.attach_listing_images(publications)
