"""RSS 2.0 and Atom feeds of new accessions, newest first, from the public register."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.formats import date_format
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from . import public_register

FEED_LENGTH = 30


def _midnight(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


class RegisterFeed(Feed):
    def get_object(self, request, page):
        self.request = request
        self.register_url = page.url_of("register", request=request)
        return page

    def title(self, page):
        return _("New accessions to the Principles — Rights House")

    def link(self, page):
        return self.register_url

    def description(self, page):
        return _("Organisations, initiatives and defenders that acceded to the Principles.")

    def feed_url(self, page):
        return self.request.path

    def items(self, page):
        return public_register.newest_rows(public_register.public_rows(), FEED_LENGTH)

    def item_title(self, row):
        return _("No. %(number)s: %(name)s") % {"number": row.number, "name": row.display_name}

    def item_description(self, row):
        text = _("%(kind)s; acceded on %(date)s to edition %(edition)s.") % {
            "kind": capfirst(row.kind_label),
            "date": date_format(row.acceded_on, "DATE_FORMAT"),
            "edition": row.edition_number,
        }
        if not row.is_active:
            text += " " + _("%(status)s since %(date)s.") % {
                "status": capfirst(row.status_label),
                "date": date_format(row.status_since, "DATE_FORMAT"),
            }
        return text

    def item_link(self, row):
        return f"{self.register_url}#{row.anchor}"

    def item_guid(self, row):
        # The number is the accession's for ever, whatever its name or status becomes.
        return f"urn:rightshouse:accession:{row.number}"

    item_guid_is_permalink = False

    def item_pubdate(self, row):
        return _midnight(row.acceded_on)

    def item_updateddate(self, row):
        return _midnight(row.status_since)


class RssRegisterFeed(RegisterFeed):
    feed_type = Rss201rev2Feed


class AtomRegisterFeed(RegisterFeed):
    feed_type = Atom1Feed
