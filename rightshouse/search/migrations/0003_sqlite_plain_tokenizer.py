"""SQLite: give the FTS5 index the plain unicode61 tokenizer, without Porter or diacritics folding.

Publications are now indexed as stems made in Python (rightshouse/search/text.py), which
already folds case, ё and apostrophes and stems Belarusian, Russian and English words; the
database must only split them on spaces. Porter would stem those stems again, and
`remove_diacritics` would fold й -> и and ў -> у, which PostgreSQL's "simple" configuration
does not: both databases must see the same words.

The FTS table is refilled from Wagtail's index table. Entries written before this change
hold the old, unstemmed text: run `manage.py update_index` once after migrating (PostgreSQL
too, whose stored vectors were made with the "russian" configuration).
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
                f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({COLUMNS}, tokenize='{tokenizer}')"
            )
            cursor.execute(
                f"INSERT INTO {FTS_TABLE} (rowid, autocomplete, body, title)"
                " SELECT id, autocomplete, body, title FROM wagtailsearch_indexentry"
            )

    return apply


class Migration(migrations.Migration):
    dependencies = [("search", "0002_postgres_title_body_index")]

    operations = [
        migrations.RunPython(
            recreate_fts_table("unicode61 remove_diacritics 0"),
            recreate_fts_table("porter unicode61 remove_diacritics 2"),
        )
    ]
