"""Writing rows in bulk below the ORM, for the benchmark's seeders: COPY on PostgreSQL,
executemany on SQLite, ids reserved from the tables' own sequences first so related rows can
be written in the same pass."""

import datetime
import io

from django.db import connection, models

from releases import sql


class TableWriter:
    """Writes rows (dicts of attribute names) straight into a model's table."""

    def __init__(self, model: type[models.Model], now: datetime.datetime, extra: tuple[str, ...] = ()):
        self.table = model._meta.db_table
        self.fields = [f for f in model._meta.concrete_fields if not getattr(f, "generated", False)]
        self.defaults = {}
        for field in self.fields:
            auto_time = getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)
            self.defaults[field.attname] = now if auto_time else field.get_default()
        # Columns outside the model (PostgreSQL's category_ids), written as given.
        self.extra = extra

    def write(self, rows: list[dict]) -> None:
        if not rows:
            return
        fields = [f for f in self.fields if not (f.primary_key and f.attname not in rows[0])]
        values = [[row.get(f.attname, self.defaults[f.attname]) for f in fields] + [row[name] for name in self.extra]
                  for row in rows]  # fmt: skip
        columns = [f.column for f in fields] + list(self.extra)
        with connection.cursor() as cursor:
            if sql.postgresql():
                buffer = io.StringIO("".join("\t".join(map(copy_text, row)) + "\n" for row in values))
                cursor.cursor.copy_expert(f"COPY {self.table} ({', '.join(columns)}) FROM STDIN", buffer)
            else:
                marks = ", ".join(["%s"] * len(columns))
                cursor.executemany(
                    f"INSERT INTO {self.table} ({', '.join(columns)}) VALUES ({marks})",
                    values,
                )


def copy_text(value) -> str:
    """One value in PostgreSQL's COPY text format."""
    if value is None:
        return "\\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, list):  # an array of numbers
        return "{" + ",".join(map(str, value)) + "}"
    text = value.isoformat() if isinstance(value, datetime.date) else str(value)
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def reserve_ids(model: type[models.Model], count: int) -> list[int]:
    """Ids for `count` new rows, taken from the table's sequence (or past its maximum on SQLite)."""
    table = model._meta.db_table
    with connection.cursor() as cursor:
        if sql.postgresql():
            cursor.execute(
                f"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) FROM generate_series(1, %s)",
                [count],
            )
            return [row[0] for row in cursor.fetchall()]
        cursor.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}")
        start = cursor.fetchone()[0] + 1
        return list(range(start, start + count))
