from django import template

from rightshouse.publications import listing

register = template.Library()


@register.simple_tag
def with_tags(publications):
    """The publications of a list, each with `list_tags` (one query for the whole list)."""
    publications = list(publications)
    return listing.attach_tags(publications)
