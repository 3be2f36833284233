"""The category filter on PostgreSQL: each announcement's category ids stored on its row.

`category_ids` (bigint[], GIN index) mirrors the announcement's links in
releases_announcement_categories. Triggers on that table keep it equal to the links
whatever writes them (the admin, the importer, a category deleted, a bulk load), so the
ORM never writes the column and it is not a model field, like `search_vector`. With it,
"in these categories" is an index condition the planner can AND with the kind, country and
search indexes, instead of a subquery probed once per candidate row. SQLite has no such
column; the filter there is the EXISTS over the links.
"""

from django.db import migrations

FORWARD = [
    "ALTER TABLE releases_announcement ADD COLUMN category_ids bigint[] NOT NULL DEFAULT '{}'",
    """
    UPDATE releases_announcement AS a SET category_ids = linked.ids
    FROM (
        SELECT announcement_id, array_agg(prisonercategory_id ORDER BY prisonercategory_id) AS ids
        FROM releases_announcement_categories GROUP BY announcement_id
    ) AS linked
    WHERE a.id = linked.announcement_id
    """,
    # fastupdate off: links change one announcement at a time, and a pending list (left
    # for a vacuum to merge) would be read in full by every search until then.
    "CREATE INDEX releases_ann_categories_idx ON releases_announcement USING gin (category_ids) "
    "WITH (fastupdate = off)",
    # One statement's changed links (the transition table `changed_links`) refresh the
    # arrays of the announcements they belong to; an unchanged array is not rewritten.
    """
    CREATE FUNCTION releases_refresh_category_ids() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE releases_announcement AS a SET category_ids = fresh.ids
        FROM (
            SELECT changed.announcement_id, COALESCE((
                SELECT array_agg(l.prisonercategory_id ORDER BY l.prisonercategory_id)
                FROM releases_announcement_categories AS l
                WHERE l.announcement_id = changed.announcement_id
            ), '{}') AS ids
            FROM (SELECT DISTINCT announcement_id FROM changed_links) AS changed
        ) AS fresh
        WHERE a.id = fresh.announcement_id AND a.category_ids IS DISTINCT FROM fresh.ids;
        RETURN NULL;
    END $$
    """,
    """
    CREATE FUNCTION releases_clear_category_ids() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE releases_announcement SET category_ids = '{}' WHERE category_ids <> '{}';
        RETURN NULL;
    END $$
    """,
    "CREATE TRIGGER releases_category_links_added AFTER INSERT ON releases_announcement_categories "
    "REFERENCING NEW TABLE AS changed_links FOR EACH STATEMENT EXECUTE FUNCTION releases_refresh_category_ids()",
    "CREATE TRIGGER releases_category_links_removed AFTER DELETE ON releases_announcement_categories "
    "REFERENCING OLD TABLE AS changed_links FOR EACH STATEMENT EXECUTE FUNCTION releases_refresh_category_ids()",
    # An updated link moves from one announcement (old rows) to another (new rows): both.
    "CREATE TRIGGER releases_category_links_moved_from AFTER UPDATE ON releases_announcement_categories "
    "REFERENCING OLD TABLE AS changed_links FOR EACH STATEMENT EXECUTE FUNCTION releases_refresh_category_ids()",
    "CREATE TRIGGER releases_category_links_moved_to AFTER UPDATE ON releases_announcement_categories "
    "REFERENCING NEW TABLE AS changed_links FOR EACH STATEMENT EXECUTE FUNCTION releases_refresh_category_ids()",
    "CREATE TRIGGER releases_category_links_truncated AFTER TRUNCATE ON releases_announcement_categories "
    "FOR EACH STATEMENT EXECUTE FUNCTION releases_clear_category_ids()",
]
BACKWARD = [
    "DROP TRIGGER IF EXISTS releases_category_links_added ON releases_announcement_categories",
    "DROP TRIGGER IF EXISTS releases_category_links_removed ON releases_announcement_categories",
    "DROP TRIGGER IF EXISTS releases_category_links_moved_from ON releases_announcement_categories",
    "DROP TRIGGER IF EXISTS releases_category_links_moved_to ON releases_announcement_categories",
    "DROP TRIGGER IF EXISTS releases_category_links_truncated ON releases_announcement_categories",
    "DROP FUNCTION IF EXISTS releases_refresh_category_ids()",
    "DROP FUNCTION IF EXISTS releases_clear_category_ids()",
    "DROP INDEX IF EXISTS releases_ann_categories_idx",
    "ALTER TABLE releases_announcement DROP COLUMN IF EXISTS category_ids",
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
    dependencies = [("releases", "0008_longer_change_reasons")]
    operations = [migrations.RunPython(forwards, backwards)]
