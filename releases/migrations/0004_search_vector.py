"""Full-text search on PostgreSQL: a generated tsvector column and its GIN index.

The column is derived from `search_text`, so it is current whenever that is. The
'simple' configuration indexes words as written, which suits five languages. SQLite
has no such column; search there falls back to LIKE.
"""

from django.db import migrations

FORWARD = [
    "ALTER TABLE releases_announcement ADD COLUMN search_vector tsvector "
    "GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_text)) STORED",
    # The q filter on /announcements/, /search/ and the exports.
    "CREATE INDEX releases_ann_search_idx ON releases_announcement USING gin (search_vector)",
]
BACKWARD = [
    "DROP INDEX IF EXISTS releases_ann_search_idx",
    "ALTER TABLE releases_announcement DROP COLUMN IF EXISTS search_vector",
]


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in FORWARD:
            schema_editor.execute(statement)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in BACKWARD:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("releases", "0003_editors_group")]
    operations = [migrations.RunPython(forwards, backwards)]
