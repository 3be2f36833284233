"""The SQL the ORM cannot say, in one place, each statement with why it is here.

Everything else reads and writes through the ORM. What is left is PostgreSQL's own: the
full-text match and rank over the `search_vector` column, the overlap with the stored
`category_ids` array and the category facet counted from it (both columns and the triggers
that keep the array are made by migrations 0004 and 0009), and the advisory locks of
filing. Each has a portable fallback in its caller for SQLite. `postgresql()` is the one
place that asks which database this is.

Measurements are from `make bench` at 100,000 announcements (docs/PERFORMANCE.md).
"""

from django.db import connections, models
from django.db.models.expressions import RawSQL


def postgresql(alias: str = "default") -> bool:
    """Whether the database behind `alias` is PostgreSQL (else SQLite, the embedded default)."""
    return connections[alias].vendor == "postgresql"


def search_match(text: str) -> RawSQL:
    """The stored tsvector matches every word of `text` (a web-search style query): the GIN
    index releases_ann_search_idx answers it. `text` is already normalised for search."""
    return RawSQL("search_vector @@ websearch_to_tsquery('simple', %s)", [text], output_field=models.BooleanField())


def search_rank(text: str) -> RawSQL:
    """How well the stored tsvector matches `text` (ts_rank), for the search page's order."""
    return RawSQL(
        "ts_rank(search_vector, websearch_to_tsquery('simple', %s))", [text], output_field=models.FloatField()
    )


def in_categories(category_table: str, slugs: list[str]) -> RawSQL:
    """The announcement's stored category ids overlap the categories `slugs`. An overlap with
    an indexed array is a condition the planner ANDs with the kind, country and search
    indexes: the country facet of a filtered list went from 27-78 ms (the EXISTS over the
    links, probed once per candidate row) to 6.6-11 ms."""
    overlap = f'category_ids && ARRAY(SELECT id FROM "{category_table}" WHERE slug = ANY(%s))'
    return RawSQL(overlap, [list(slugs)], output_field=models.BooleanField())


def category_counts(alias: str, category_table: str, ids_sql: str, params: tuple) -> list[list]:
    """[slug, name, count] per category over the announcements `ids_sql` selects (with their
    `category_ids` unnested as `cid`), most first. For the largest country the join of the
    matching rows to the links took 12-25 ms; unnesting the arrays takes 4.3 ms."""
    with connections[alias].cursor() as cursor:
        cursor.execute(
            f'SELECT c.slug, c.name, COUNT(*) FROM ({ids_sql}) AS linked JOIN "{category_table}" c '
            "ON c.id = linked.cid GROUP BY c.slug, c.name ORDER BY 3 DESC, 2",
            params,
        )
        return [list(row) for row in cursor.fetchall()]


def unnested_category_ids() -> RawSQL:
    """One row per category id of an announcement (for category_counts)."""
    return RawSQL("unnest(category_ids)", [])


def advisory_locks(lock_class: int, keys: list[str]) -> None:
    """Hold PostgreSQL's transaction-scoped advisory locks on `keys` (hashed), in the given
    order, until the transaction ends; the ORM has no locks that are not rows."""
    with connections["default"].cursor() as cursor:
        for key in keys:
            cursor.execute("SELECT pg_advisory_xact_lock(%s, hashtext(%s))", [lock_class, key])


def source_match(word: str) -> RawSQL:
    """The desk's source search for one word: in the title, URL or outlet (a substring, as the
    admin's icontains, answered by the trigram indexes of migration 0016) or among the words
    of the text (the full-text index of the same migration). Over a million sources the
    admin's icontains on the text read every row: 8.1-8.6 s a search."""
    pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    table = '"releases_source"'
    match = (
        f"(UPPER({table}.title::text) LIKE UPPER(%s) OR UPPER({table}.url::text) LIKE UPPER(%s)"
        f" OR UPPER({table}.outlet::text) LIKE UPPER(%s)"
        f" OR to_tsvector('simple'::regconfig, {table}.text) @@ plainto_tsquery('simple', %s))"
    )
    return RawSQL(match, [pattern, pattern, pattern, word], output_field=models.BooleanField())
