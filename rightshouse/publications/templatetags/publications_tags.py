from django import template
from wagtail import hooks

from rightshouse.publications import listing

register = template.Library()


@register.simple_tag
def for_list(publications):
    """The publications of a list, each with `list_tags` and its listing image loaded (a few
    queries for the whole list, none per item)."""
    publications = list(publications)
    listing.attach_tags(publications)
    return listing.attach_listing_images(publications)


@register.simple_tag(takes_context=True)
def publication_sections(context, page):
    """The sections other apps add below a publication (a joint statement's signatories):
    each `rightshouse_publication_sections` hook returns (template name, the `section`
    variable of that template) or None, and shows only what the public may see."""
    request = context.get("request")
    sections = []
    for hook in hooks.get_hooks("rightshouse_publication_sections"):
        section = hook(page, request)
        if section is not None:
            sections.append(section)
    return sections
