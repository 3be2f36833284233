"""Helpers for the few reads written as plain SQL (the announcement page's, its history and
follow-ups, the category facet): names from the models, rows into model instances."""

from django.db import connection, models


def columns(model: type[models.Model], alias: str, *, without: tuple[str, ...] = ()) -> str:
    """`alias."column", …` for the model's concrete fields, except the attnames `without`."""
    return ", ".join(f'{alias}."{f.column}"' for f in model._meta.concrete_fields if f.attname not in without)


def table(model: type[models.Model]) -> str:
    return f'"{model._meta.db_table}"'


def links(model: type[models.Model], name: str) -> tuple[str, str, str]:
    """A many-to-many field's link table and its key columns: to `model`, to the other side."""
    field = model._meta.get_field(name)
    return f'"{field.remote_field.through._meta.db_table}"', field.m2m_column_name(), field.m2m_reverse_name()


def instance(model: type[models.Model], names: list[str], values: list) -> models.Model:
    """A model instance from a row's `names` and `values`; the fields not among them are
    deferred. (from_db wants the values in the model's field order.)"""
    row = dict(zip(names, values, strict=True))
    ordered = [field.attname for field in model._meta.concrete_fields if field.attname in row]
    return model.from_db(connection.alias, ordered, [row[name] for name in ordered])


def with_lists(sql: str, **lists: list) -> tuple[str, dict[str, list]]:
    """`sql` with each `{name}` replaced by one placeholder per value of `lists[name]` (an
    empty list by a single NULL, which matches nothing), and the lists to pass, so the
    planner sees literal values. The caller orders the parameters as the SQL uses them."""
    lists = {name: values or [None] for name, values in lists.items()}
    for name, values in lists.items():
        sql = sql.replace("{" + name + "}", ", ".join(["%s"] * len(values)))
    return sql, lists
