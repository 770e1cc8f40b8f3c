from django.urls import path, register_converter

from . import views


class UnicodeSlugConverter:
    """A tag's slug: letters of any script, digits, `-` and `_` (Tag.slug allows Unicode)."""

    regex = r"[-\w]+"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(UnicodeSlugConverter, "unicode_slug")

app_name = "publications"

urlpatterns = [
    path("", views.tag_index, name="tag_index"),
    path("<unicode_slug:slug>/", views.tag_detail, name="tag"),
    path("<unicode_slug:slug>/rss/", views.tag_feed, {"feed_format": "rss"}, name="tag_rss"),
    path("<unicode_slug:slug>/atom/", views.tag_feed, {"feed_format": "atom"}, name="tag_atom"),
]

# Included without a namespace at subscribe/ and archive/ (rightshouse/urls.py).
subscribe_patterns = [
    path("", views.subscribe, name="subscribe"),
    path("feeds.opml", views.subscribe_opml, name="subscribe_opml"),
]

archive_patterns = [
    path("", views.archive_index, name="archive"),
    path("<int:year>/", views.archive_year, name="archive_year"),
]
