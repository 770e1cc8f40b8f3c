"""The migration that turns rich-text publication bodies into StreamFields (0004 and 0005):
its conversions of page, revision and wagtail-localize data, tested directly. Round trips on
the demo's data, SQLite and PostgreSQL, were checked by hand when it was written."""

import importlib
import json
import uuid

import pytest

migration = importlib.import_module(
    "rightshouse.publications.migrations.0004_publication_body_as_stream_data"
)


def test_the_migration_makes_a_rich_text_body_one_paragraph_block_and_back():
    key = uuid.uuid4()
    block_id = migration.paragraph_block_id(key)
    html = '<p>One <a href="https://example.org/">link</a>.</p><ul><li>Two</li></ul>'
    stream = migration.stream_json_from_html(html, block_id)
    assert json.loads(stream) == [{"type": "paragraph", "value": html, "id": block_id}]
    assert migration.stream_json_from_html(stream, block_id) == stream, "a second run is harmless"
    assert migration.stream_json_from_html("", block_id) == "[]"
    assert migration.html_from_stream(stream) == html

    with_image = json.loads(stream) + [{"type": "image", "value": {"image": 1}, "id": "x"}]
    assert migration.html_from_stream(json.dumps(with_image)) == html, "rich text has no images"
    assert migration.html_from_stream("[]") == ""
    assert migration.html_from_stream(html) == html, "already rich text"


def test_the_migration_gives_every_language_version_the_same_block_id():
    key = uuid.uuid4()
    assert migration.paragraph_block_id(key) == migration.paragraph_block_id(str(key))
    assert migration.paragraph_block_id(key) != migration.paragraph_block_id(uuid.uuid4())


@pytest.mark.parametrize(
    ("rich_text_path", "stream_path"),
    [
        ("body", "body.{id}"),
        ("body.'https://example.org/'", "body.{id}.'https://example.org/'"),
    ],
)
def test_the_migration_moves_translations_of_the_body_to_its_paragraph_block(
    rich_text_path, stream_path
):
    block_id = migration.paragraph_block_id(uuid.uuid4())
    stream_path = stream_path.format(id=block_id)
    assert migration.context_path_to_stream(rich_text_path, block_id) == stream_path
    assert migration.context_path_to_rich_text(stream_path, block_id) == rich_text_path


def test_the_migration_leaves_other_translation_contexts_alone():
    block_id = migration.paragraph_block_id(uuid.uuid4())
    for path in ("lead", "title", "body_extra", f"body.{uuid.uuid4()}"):
        assert migration.context_path_to_stream(path, block_id) is None
    assert migration.context_path_to_rich_text(f"body.{uuid.uuid4()}.alt_text", block_id) is None
