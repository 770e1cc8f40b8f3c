"""What a visitor types into the search box, made safe before any view or link uses it."""

from django.conf import settings


def clean_query(raw):
    """A search string safe for every backend and every link: printable, trimmed, bounded."""
    text = "".join(
        ch if ch.isprintable() else " " for ch in raw[: settings.SEARCH_QUERY_MAX_LENGTH * 2]
    )
    return " ".join(text.split())[: settings.SEARCH_QUERY_MAX_LENGTH]
