"""Give SQLite's full-text index the Porter stemmer, so English searches match word forms.

Wagtail creates the FTS5 table with the plain unicode61 tokenizer. "porter unicode61"
stems English words and leaves Cyrillic words whole, so Belarusian and Russian still match
by plain words. PostgreSQL gets stemming from SEARCH_CONFIG instead (settings.base).
"""

from django.db import migrations

FTS_TABLE = "wagtailsearch_indexentry_fts"
COLUMNS = "autocomplete, body, title"


def recreate_fts_table(tokenizer):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor != "sqlite":
            return
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(f"SELECT 1 FROM sqlite_master WHERE name = '{FTS_TABLE}'")
            if not cursor.fetchone():
                return  # SQLite built without FTS5: Wagtail falls back to plain matching.
            cursor.execute(f"DROP TABLE {FTS_TABLE}")
            cursor.execute(
                f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({COLUMNS}{tokenizer})"
            )
            cursor.execute(
                f"INSERT INTO {FTS_TABLE} (rowid, autocomplete, body, title)"
                " SELECT id, autocomplete, body, title FROM wagtailsearch_indexentry"
            )

    return apply


class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = [
        migrations.RunPython(
            recreate_fts_table(", tokenize='porter unicode61 remove_diacritics 2'"),
            recreate_fts_table(""),
        )
    ]
