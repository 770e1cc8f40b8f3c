"""Publications' parts of core's pages, through the hooks core's page models call."""

from wagtail import hooks

from rightshouse.core.visibility import public_pages

from . import listing
from .models import PublicationIndexPage

HOME_SECTION_LENGTH = 5
RELATED_LENGTH = 4


@hooks.register("rightshouse_home_sections")
def newest_of_each_index(home_page, request):
    """A home page section per public publication index below it, with its newest items."""
    indexes = public_pages(PublicationIndexPage.objects.child_of(home_page)).order_by("path")
    return [
        (index_page, listing.latest(index_page.publication_ids(), HOME_SECTION_LENGTH, request))
        for index_page in indexes
    ]


@hooks.register("rightshouse_content_page_related")
def newest_with_related_tag(page, request):
    """The newest publications with the content page's related tag, in the page's language."""
    tag = page.related_tag
    if tag is None or tag.locale_id != page.locale_id:
        return []
    return listing.latest(tag.publication_ids(), RELATED_LENGTH, request)
