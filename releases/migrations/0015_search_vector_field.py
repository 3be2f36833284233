"""The search vector declared on the model: `Announcement.search_vector`, a GeneratedField.

Migration 0004 made the column and its GIN index by hand on PostgreSQL. On PostgreSQL this
drops them and lets the model's declaration make them again (the same tsvector of the
search text, a rewrite of the table and one index build); on SQLite the column is added as
NULL and the index is empty (releases/sql.py says why). Going back restores 0004's column.
"""

import django.contrib.postgres.search
from django.db import migrations, models

import releases.sql

DROP_HAND_MADE = [
    "DROP INDEX IF EXISTS releases_ann_search_idx",
    "ALTER TABLE releases_announcement DROP COLUMN IF EXISTS search_vector",
]
RESTORE_HAND_MADE = [
    "ALTER TABLE releases_announcement ADD COLUMN search_vector tsvector "
    "GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_text)) STORED",
    "CREATE INDEX releases_ann_search_idx ON releases_announcement USING gin (search_vector)",
]


def drop_hand_made(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in DROP_HAND_MADE:
            schema_editor.execute(statement)


def restore_hand_made(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in RESTORE_HAND_MADE:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("releases", "0014_withdrawal")]

    operations = [
        migrations.RunPython(drop_hand_made, restore_hand_made),
        migrations.AlterModelOptions(
            name="announcement",
            options={
                "base_manager_name": "objects",
                "ordering": ["-announced_on", "-id"],
                "permissions": [("publish_announcement", "Can publish or reject announcements")],
            },
        ),
        migrations.AddField(
            model_name="announcement",
            name="search_vector",
            field=models.GeneratedField(
                db_persist=True,
                expression=releases.sql.StoredSearchVector("search_text", config="simple"),
                output_field=django.contrib.postgres.search.SearchVectorField(null=True),
            ),
        ),
        migrations.AddIndex(
            model_name="announcement",
            index=releases.sql.PostgresGinIndex(fields=["search_vector"], name="releases_ann_search_idx"),
        ),
    ]
