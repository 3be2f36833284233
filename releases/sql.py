"""What only PostgreSQL has, and the SQL the ORM cannot say, in one place, each with why.

`postgresql()` is the one place that asks which database this is. The stored search vector
is a model field (`Announcement.search_vector`, a `GeneratedField`); on SQLite its column is
NULL (`StoredSearchVector`), search there is a LIKE per word, and its GIN index an empty
partial index (`PostgresGinIndex`). Hand-written SQL is left for the overlap with the stored
`category_ids` array and the category facet counted from it (the column and the triggers
that keep it are made by migration 0009, PostgreSQL only), the advisory locks of filing and
filing's commit that does not wait for the disk.
Each has a portable fallback in its caller for SQLite.

Measurements are from `make bench` at 100,000 announcements (docs/PERFORMANCE.md).
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchQuery, SearchVector, SearchVectorField
from django.db import connections, models
from django.db.models import Func, Q
from django.db.models.expressions import RawSQL


def postgresql(alias: str = "default") -> bool:
    """Whether the database behind `alias` is PostgreSQL (else SQLite, the embedded default)."""
    return connections[alias].vendor == "postgresql"


class StoredSearchVector(SearchVector):
    """`to_tsvector('simple', text)` on PostgreSQL (the 'simple' configuration indexes words
    as written, which suits five languages); NULL on SQLite, which has no tsvector and
    searches the text itself."""

    def as_sqlite(self, compiler, connection, **extra_context):
        return "NULL", []


class PostgresGinIndex(GinIndex):
    """A GIN index on PostgreSQL. On SQLite, where the column it would cover is unused, an
    index of that name over no rows, so dropping or renaming it works the same."""

    def create_sql(self, model, schema_editor, using="", **kwargs):
        if postgresql(schema_editor.connection.alias):
            return super().create_sql(model, schema_editor, using=using, **kwargs)
        nothing = models.Q(pk__lt=0)  # ids start at 1
        return models.Index(fields=self.fields, name=self.name, condition=nothing).create_sql(model, schema_editor)


def web_search(text: str) -> SearchQuery:
    """`text` as a web-search style query (every word, "quoted phrases", -excluded) in the
    configuration the stored vector is built with. `text` is already normalised for search."""
    return SearchQuery(text, config="simple", search_type="websearch")


def prefix_search(words: list[str]) -> SearchQuery:
    """Every one of `words` as the start of a word (`amnest:* & nowr:*`), in the stored
    vector's configuration: the desk's search as it is typed. The words are word characters
    only (normalised for search), so nothing else reaches the query's syntax."""
    return SearchQuery(" & ".join(f"{word}:*" for word in words), config="simple", search_type="raw")


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


def commit_without_waiting() -> None:
    """Let this transaction's commit return before its WAL is flushed to disk (PostgreSQL's
    `SET LOCAL synchronous_commit = off`: this transaction only, no risk of corruption).

    For filing a fetched article: at a million sources each filing touches pages of large
    indexes that the last checkpoint has not seen, each then written whole to the WAL, and the
    commit waited for those megabytes to reach disk (import into the full store 0.75-0.8x of an
    empty store's rate; docs/PERFORMANCE.md). If PostgreSQL itself stops within the WAL
    writer's delay after such a commit, the filing is undone as if it had never run: the
    source is still `fetching` (that update was committed normally) and the sweep of stuck
    sources fetches and files it again, so no article is lost."""
    if postgresql():
        with connections["default"].cursor() as cursor:
            cursor.execute("SET LOCAL synchronous_commit = off")


class SourceWords(Func):
    """The words of a source's text, `to_tsvector('simple', text)`: exactly the expression
    migration 0017's full-text index covers, so a match on it is an index lookup."""

    template = "to_tsvector('simple'::regconfig, %(expressions)s)"
    output_field = SearchVectorField()


def source_match(word: str) -> Q:
    """The desk's source search for one word, on a queryset with `words=SourceWords("text")`:
    in the title, URL or outlet (a substring, the admin's icontains, which the trigram indexes
    of migration 0017 answer) or among the words of the text (its full-text index). Over a
    million sources the admin's icontains on the text read every row: 8.1-8.6 s a search."""
    substring = Q(title__icontains=word) | Q(url__icontains=word) | Q(outlet__icontains=word)
    return substring | Q(words=SearchQuery(word, config="simple"))
