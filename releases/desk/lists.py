"""The desk's long lists at a year's size (a million stored sources): a count that is exact
only while it is cheap, and list filters that offer values without a DISTINCT over the table.

Django's admin counts every row of the filtered list for its paginator and every row of the
table for "N total"; over a million sources that is 0.5-1.6 s per page. docs/PERFORMANCE.md
has the measurements.
"""

import json

from django.contrib import admin
from django.contrib.admin.views.main import ChangeList
from django.core.paginator import Paginator
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from releases import sql
from releases.models import Source

# Up to this many rows a list is counted exactly (a bounded count: at most this many index
# entries read); past it the page says "about N", from the planner's estimate.
EXACT_UP_TO = 10000
# The outlets and languages a filter offers are those of the latest sources, not a DISTINCT
# over the whole table (a sequential scan of a million rows).
RECENT_FOR_CHOICES = 1000
# A list the planner expects to be this many times EXACT_UP_TO is not counted at all: counting
# even EXACT_UP_TO rows of a source search means reading each one's text (0.56 ms a row).
ESTIMATE_MARGIN = 3


# What the sources list never shows and never reads: the articles' texts and those of the stories
# they copy.
UNSHOWN_TEXTS = ("text", "wire_of__text")


class SourceChangeList(ChangeList):
    """The sources list, read without the articles' texts (nor those of the stories they copy),
    which it never shows: a page's articles were megabytes to read and detoast at a million
    sources. Actions that need the texts read them afresh (`defer(None)`)."""

    def get_queryset(self, request, exclude_parameters=None):
        return super().get_queryset(request, exclude_parameters).defer(*UNSHOWN_TEXTS)


class EstimatedCountPaginator(Paginator):
    """A paginator whose count is exact up to EXACT_UP_TO rows and estimated beyond (on
    PostgreSQL; SQLite counts exactly). `estimated` says which, for the template."""

    estimated = False

    def __init__(self, object_list, per_page, orphans=0, allow_empty_first_page=True, *, rows=None):
        super().__init__(object_list, per_page, orphans, allow_empty_first_page)
        # Where the page's rows are read by id, when not from the list itself: a search's
        # conditions are then not evaluated again on them (the sources' full-text condition
        # would read each row's article: 20-30 ms a page at a million sources).
        self.rows = rows

    @cached_property
    def count(self) -> int:
        if not sql.postgresql(self.object_list.db):
            return super().count
        planned = planned_rows(self.object_list)
        if planned > EXACT_UP_TO * ESTIMATE_MARGIN:
            self.estimated = True
            return planned
        # Unordered: with the list's order the count sorted every matching row first (430 ms
        # for the 47,000 failed sources of a million); without it, an index-only scan.
        bounded = self.object_list.order_by()[: EXACT_UP_TO + 1].count()
        if bounded <= EXACT_UP_TO:
            return bounded
        self.estimated = True
        return max(planned, bounded)

    def page(self, number):
        """The page's ids first (a narrow read past the rows of the pages before), then its
        rows: what a list adds to each row (the announcements' figure and source counts) is
        worked out for the page's rows only, not for every row an OFFSET skips (page 100 of
        the announcements: 0.42 s before)."""
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        ids = list(self.object_list[bottom:top].values_list("pk", flat=True))
        if self.rows is None:
            return self._get_page(self.object_list.filter(pk__in=ids), number, self)
        found = self.rows.in_bulk(ids)
        return self._get_page([found[pk] for pk in ids if pk in found], number, self)


def planned_rows(queryset) -> int:
    """The planner's estimate of how many rows `queryset` returns (EXPLAIN, not run)."""
    if queryset.query.is_empty():  # .none(): nothing to plan
        return 0
    plan = json.loads(queryset.order_by().explain(format="json"))
    return int(plan[0]["Plan"]["Plan Rows"])


class RecentValuesFilter(admin.SimpleListFilter):
    """Filter on one column, offering the values found among the latest sources."""

    field = ""

    def lookups(self, request, model_admin):
        latest = Source.objects.order_by("-published_at", "-created_at").values_list(self.field, flat=True)
        values = sorted({value for value in latest[:RECENT_FOR_CHOICES] if value})
        if self.value() and self.value() not in values:
            values.append(self.value())  # the one asked for stays visible
        return [(value, value) for value in values]

    def queryset(self, request, queryset):
        return queryset.filter(**{self.field: self.value()}) if self.value() else queryset


class OutletFilter(RecentValuesFilter):
    title = _("outlet")
    parameter_name = field = "outlet"


class LanguageFilter(RecentValuesFilter):
    title = _("language")
    parameter_name = field = "language"
