"""RSS 2.0 and Atom feeds for index pages and tags, built on django.contrib.syndication."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.images.models import SourceImageIOError

from . import listing

FEED_LENGTH = 30
# An item's listing image as its enclosure: one JPEG, the format every feed reader shows,
# wide enough for a reader's article view.
ENCLOSURE_FILTER = "width-800|format-jpeg"


class RssWithItemLanguage(Rss201rev2Feed):
    """RSS has no per-item language; Dublin Core's dc:language is what readers understand."""

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:dc": "http://purl.org/dc/elements/1.1/"}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("language"):
            handler.addQuickElement("dc:language", item["language"])


class AtomWithItemLanguage(Atom1Feed):
    def item_attributes(self, item):
        attributes = super().item_attributes(item)
        if item.get("language"):
            attributes["xml:lang"] = item["language"]
        return attributes


class PublicationFeed(Feed):
    """Feed of the newest publications of a `source`: a tag or a publication index page."""

    def get_object(self, request, source):
        self.request = request
        return source

    def title(self, source):
        return _("%(name)s — Rights House") % {"name": str(source)}

    def link(self, source):
        if hasattr(source, "get_url"):
            return source.get_url(self.request)
        return source.get_absolute_url()

    def description(self, source):
        return _("Newest publications: %(name)s") % {"name": str(source)}

    def feed_url(self, source):
        return self.request.path

    def items(self, source):
        items = listing.latest(source.publication_ids(), FEED_LENGTH, self.request)
        # Sentences other apps add to an item's description (a joint statement's count of
        # signatories): each `rightshouse_publication_feed_notes` hook returns
        # {publication pk: text} for the items it concerns, read once for the whole feed.
        self.notes = {}
        for hook in hooks.get_hooks("rightshouse_publication_feed_notes"):
            for pk, note in hook(items).items():
                self.notes[pk] = f"{self.notes[pk]} {note}" if pk in self.notes else note
        return listing.attach_listing_images(items)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        note = getattr(self, "notes", {}).get(item.pk)
        return f"{item.lead} {note}" if note else item.lead

    def item_link(self, item):
        return item.list_url

    def item_guid(self, item):
        # Stable across renames and moves: the page id, not its address.
        return f"urn:rightshouse:publication:{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.date

    def item_updateddate(self, item):
        return item.last_published_at or item.date

    def item_enclosures(self, item):
        """The listing image, at an absolute address on this site (readers fetch it from
        here, as they fetch the feed). The item's text stays the lead: an enclosure has no
        place for a text alternative, so the image adds to the text and never replaces it."""
        if not item.listing_image:
            return []
        try:
            rendition = item.listing_image.get_rendition(ENCLOSURE_FILTER)
        except SourceImageIOError:  # its file is missing: the item goes out without it
            return []
        return [
            Enclosure(
                url=self.request.build_absolute_uri(rendition.url),
                length=str(rendition.file.size),
                mime_type="image/jpeg",
            )
        ]

    def item_extra_kwargs(self, item):
        return {"language": item.locale.language_code}


class RssPublicationFeed(PublicationFeed):
    feed_type = RssWithItemLanguage


class AtomPublicationFeed(PublicationFeed):
    feed_type = AtomWithItemLanguage
