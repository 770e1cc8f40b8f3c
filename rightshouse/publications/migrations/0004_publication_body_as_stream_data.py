"""Publication.body turns from rich text into a StreamField (0005): its HTML becomes one
paragraph block, here, while the column is still text, so that the column's change of type
to JSON (PostgreSQL's jsonb, SQLite's JSON_VALID check) finds JSON in every row. Data and
schema changes are separate migrations, as PostgreSQL refuses to alter a table with pending
trigger events in the same transaction.

What else holds a body is converted along with the pages:
- revisions (drafts, history), whose "body" is the field's value as a string;
- wagtail-localize's sources, which it rebuilds translated pages from, and its translation
  contexts: a rich text field's strings live at path "body", a stream paragraph's at
  "body.<block id>". Translated pages share their source's block ids, so every language of
  a page gets the same id (derived from its translation key) and the existing translations
  of its strings keep applying.

Backwards, the paragraphs' HTML is joined and image blocks are dropped (rich text holds
none). The translations of a body of one paragraph block move back to "body"; a body of
several was translated block by block, which rich text cannot take up: it is translated anew.
"""

import json
import uuid

from django.db import migrations

PUBLICATION_MODELS = ("publication", "newspage", "statementpage")
# Block ids are uuid5(translation key) in this namespace: the same for every language version.
BLOCK_ID_NAMESPACE = uuid.UUID("3f0b8a52-7d4e-4c61-9f1a-6b2de8c0a417")
BATCH = 1000


def paragraph_block_id(translation_key):
    return str(uuid.uuid5(BLOCK_ID_NAMESPACE, str(translation_key)))


def is_stream(text):
    try:
        return isinstance(json.loads(text), list)
    except (TypeError, ValueError):
        return False


def stream_json_from_html(text, block_id):
    """A body's value as StreamField JSON: one paragraph block holding the HTML `text`, none
    for an empty body, or `text` itself if it is stream JSON already."""
    if is_stream(text):
        return text
    blocks = [{"type": "paragraph", "value": text, "id": block_id}] if text and text.strip() else []
    return json.dumps(blocks)


def html_from_stream(text):
    """A body's value as rich text: the HTML of its paragraph blocks, joined (`text` itself
    if it is no stream JSON)."""
    if not is_stream(text):
        return text or ""
    return "".join(block["value"] for block in json.loads(text) if block["type"] == "paragraph")


def context_path_to_stream(path, block_id):
    """A translation context path of the rich text body at the paragraph block's place:
    "body" (its template and strings) and "body.'<address>'" (a link) move under the block;
    other paths are not the body's, or are already a stream's."""
    if path == "body":
        return f"body.{block_id}"
    if path.startswith("body.'"):
        return f"body.{block_id}{path[len('body') :]}"
    return None


def context_path_to_rich_text(path, block_id):
    prefix = f"body.{block_id}"
    if path == prefix or path.startswith(prefix + "."):
        return "body" + path[len(prefix) :]
    return None


def _content_type_ids(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    return list(
        ContentType.objects.filter(
            app_label="publications", model__in=PUBLICATION_MODELS
        ).values_list("pk", flat=True)
    )


def _bulk_rewrite(queryset, field, convert):
    """Set `field` to convert(obj) on every object of `queryset` whose value changes."""
    changed = []
    for obj in queryset.iterator(chunk_size=BATCH):
        value = convert(obj)
        if value != getattr(obj, field):
            setattr(obj, field, value)
            changed.append(obj)
        if len(changed) >= BATCH:
            queryset.model.objects.bulk_update(changed, [field])
            changed = []
    if changed:
        queryset.model.objects.bulk_update(changed, [field])


def _pages(apps, to_stream):
    Publication = apps.get_model("publications", "Publication")

    def convert(page):
        if to_stream:
            return stream_json_from_html(page.body, paragraph_block_id(page.translation_key))
        return html_from_stream(page.body)

    _bulk_rewrite(Publication.objects.only("translation_key", "body"), "body", convert)


def _revisions(apps, content_types, to_stream):
    Revision = apps.get_model("wagtailcore", "Revision")

    def convert(revision):
        content = dict(revision.content)
        body = content.get("body")
        if to_stream:
            block_id = paragraph_block_id(content.get("translation_key"))
            content["body"] = stream_json_from_html(body, block_id)
        else:
            content["body"] = html_from_stream(body)
        return content

    revisions = Revision.objects.filter(content_type_id__in=content_types)
    _bulk_rewrite(revisions.only("content"), "content", convert)


def single_paragraph_id(text):
    """The id of a body stream's paragraph block if it has exactly one, else None."""
    if not is_stream(text):
        return None
    ids = [block["id"] for block in json.loads(text) if block["type"] == "paragraph"]
    return ids[0] if len(ids) == 1 else None


def _translation_sources(apps, content_types, to_stream):
    TranslationSource = apps.get_model("wagtail_localize", "TranslationSource")
    TranslationContext = apps.get_model("wagtail_localize", "TranslationContext")
    sources = TranslationSource.objects.filter(specific_content_type_id__in=content_types)
    block_ids = {}  # translation key: the paragraph block its body's contexts move to or from

    def convert(source):
        content = json.loads(source.content_json)
        body = content.get("body")
        if to_stream:
            block_ids[source.object_id] = paragraph_block_id(source.object_id)
            content["body"] = stream_json_from_html(body, block_ids[source.object_id])
        else:
            block_ids[source.object_id] = single_paragraph_id(body)
            content["body"] = html_from_stream(body)
        return json.dumps(content)

    _bulk_rewrite(sources.only("content_json", "object_id"), "content_json", convert)

    keys = [key for key, block_id in block_ids.items() if block_id]
    for start in range(0, len(keys), BATCH):
        contexts = TranslationContext.objects.filter(
            object_id__in=keys[start : start + BATCH], path__startswith="body"
        )
        changed = []
        for context in contexts:
            block_id = block_ids[context.object_id]
            if to_stream:
                path = context_path_to_stream(context.path, block_id)
                field_path = "body.paragraph"
            else:
                path = context_path_to_rich_text(context.path, block_id)
                field_path = "body"
            if path is None:
                continue
            context.path = path
            # wagtail-localize's hash of the path (TranslationContext._get_path_id).
            context.path_id = uuid.uuid5(uuid.UUID("fcab004a-2b50-11ea-978f-2e728ce88125"), path)
            context.field_path = field_path
            changed.append(context)
        TranslationContext.objects.bulk_update(changed, ["path", "path_id", "field_path"])


def convert(apps, to_stream):
    content_types = _content_type_ids(apps)
    _pages(apps, to_stream)
    _revisions(apps, content_types, to_stream)
    _translation_sources(apps, content_types, to_stream)


def bodies_to_stream(apps, schema_editor):
    convert(apps, to_stream=True)


def bodies_to_rich_text(apps, schema_editor):
    convert(apps, to_stream=False)


class Migration(migrations.Migration):
    dependencies = [
        ("publications", "0003_publication_date_from_go_live_unique_related"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(bodies_to_stream, bodies_to_rich_text)]
