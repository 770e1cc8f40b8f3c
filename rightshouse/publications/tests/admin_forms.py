"""Posting the page editor's form as the admin does, for tests of what an editor's actions do."""

from django.urls import reverse

MANAGEMENT = {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0, "MIN_NUM_FORMS": 0, "MAX_NUM_FORMS": 1000}


def formset(prefix, rows=(), initial=0):
    """A formset's management form and rows: `rows` are dicts of one row's fields."""
    data = {f"{prefix}-{key}": value for key, value in MANAGEMENT.items()}
    data[f"{prefix}-TOTAL_FORMS"] = len(rows)
    data[f"{prefix}-INITIAL_FORMS"] = initial
    for number, row in enumerate(rows):
        data.update({f"{prefix}-{number}-{key}": value for key, value in row.items()})
        data.setdefault(f"{prefix}-{number}-ORDER", number + 1)
        data.setdefault(f"{prefix}-{number}-DELETE", "")
    return data


def news_form_data(title, slug="", tags=(), related=(), action="action-publish", **fields):
    """The news editor's fields; `tags` and `related` are new inline rows (ids of a tag and
    of a publication). The body is left out as a rich-text field would have it (Draftail
    sends JSON) and sent empty as a StreamField, so the helper fits either."""
    data = {
        "title": title,
        "slug": slug,
        "lead": "A lead.",
        "body-count": 0,
        "date": "",
        "go_live_at": "",
        "expire_at": "",
        action: action.removeprefix("action-"),
        **formset("tag_links", [{"tag": tag} for tag in tags]),
        **formset("related_links", [{"related": page} for page in related]),
        **formset("comments"),
    }
    data.update(fields)
    return data


def add_news(client, parent, title, **fields):
    url = reverse("wagtailadmin_pages:add", args=("publications", "newspage", parent.pk))
    return client.post(url, news_form_data(title, **fields))


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))
