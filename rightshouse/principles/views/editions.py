"""The Principles page: the edition in force; older editions and what changed (helper A)."""

from ..models import Edition


def current(request, page):
    edition = Edition.objects.current()
    return page.render(
        request,
        context_overrides={"edition": edition, "text": edition.text_in() if edition else None},
    )
