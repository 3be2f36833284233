"""The filters of the public lists, exports and feeds: one FilterSet per list page.

The parameter names are fixed (docs/ARCHITECTURE.md) and the same on the pages, the exports and
the feed. Each may be repeated; values of one parameter are alternatives (OR), different
parameters narrow each other (AND). Many-to-many and figure conditions are EXISTS
subqueries, so no filter multiplies rows or needs DISTINCT.
"""

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field

import django_filters
from django import forms
from django.core.exceptions import EmptyResultSet
from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from releases import sql
from releases.choices import CATEGORIES, CATEGORY_SLUGS, Evidence, Kind, Metric
from releases.i18n import country_name
from releases.invalidation import cached_public
from releases.models import Announcement, Figure, Official, Prisoner, PrisonerCategory
from releases.records.prisoners import STATUS_CHOICES, prisoner_search, prisoners_with_status

FACET_CACHE_SECONDS = 600
# Officials are many: the facet lists the most frequent ones (and any already chosen).
OFFICIAL_FACET_SIZE = 20
FIGURE_FIELDS = ("metric", "evidence", "min_value", "max_value")


class IntegerFilter(django_filters.NumberFilter):
    """A whole, non-negative number no bigger than a 64-bit column holds."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 0)
        kwargs.setdefault("max_value", 2**63 - 1)
        super().__init__(*args, **kwargs)


class AnyOfFilter(django_filters.MultipleChoiceFilter):
    """A repeated parameter whose values are alternatives: one `<field_name>__in` condition.
    Every such filter is on the row's own column or a to-one relation, so no DISTINCT."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("lookup_expr", "in")
        kwargs.setdefault("distinct", False)
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        return self.get_method(qs)(**{f"{self.field_name}__{self.lookup_expr}": value}) if value else qs


class CountryCodesField(django_filters.fields.MultipleChoiceField):
    """Country codes, each checked against the list of countries by code: validating by the
    choices would translate the name of all 250 countries on every request."""

    def valid_value(self, value) -> bool:
        return isinstance(value, str) and value in countries


class CountryFilter(AnyOfFilter):
    field_class = CountryCodesField


def sort_choices(*, figures: bool = False) -> list[tuple[str, str]]:
    choices = [("newest", _("Newest first")), ("oldest", _("Oldest first")), ("largest", _("Largest figure first"))]
    return choices if figures else [*choices, ("relevance", _("Best match (with a search)"))]


def kind_filter(field_name: str) -> AnyOfFilter:
    return AnyOfFilter(label=_("Kind"), choices=Kind.choices, field_name=field_name)


def date_filter(field_name: str, lookup_expr: str) -> django_filters.DateFilter:
    label = _("Announced on or after") if lookup_expr == "gte" else _("Announced on or before")
    return django_filters.DateFilter(label=label, field_name=field_name, lookup_expr=lookup_expr)


def category_choices() -> list[tuple[str, str]]:
    return [(slug, slug) for slug in CATEGORY_SLUGS]


class PublicFilter(django_filters.FilterSet):
    """The fields shared by the announcement and figure filters. Each is declared by the
    field it narrows; a subclass redeclares those its rows reach another way."""

    # The announcement a row belongs to, for conditions on its links ("pk" or "announcement_id").
    announcement_ref = "pk"

    country = CountryFilter(label=_("Country"), choices=countries, field_name="country")
    kind = kind_filter("kind")
    category = django_filters.MultipleChoiceFilter(
        label=_("Prisoner category"), choices=category_choices(), method="filter_category"
    )
    metric = AnyOfFilter(label=_("Metric"), choices=Metric.choices, field_name="metric")
    evidence = AnyOfFilter(label=_("Evidence"), choices=Evidence.choices, field_name="evidence")
    official = django_filters.ModelMultipleChoiceFilter(
        label=_("Official"), queryset=Official.objects.public(), to_field_name="slug", method="filter_official"
    )
    announced_after = date_filter("announced_on", "gte")
    announced_before = date_filter("announced_on", "lte")
    min_value = IntegerFilter(label=_("Smallest figure"), field_name="value", lookup_expr="gte")
    max_value = IntegerFilter(label=_("Largest figure"), field_name="value", lookup_expr="lte")
    q = django_filters.CharFilter(label=_("Search"), max_length=200, method="filter_search")

    def error_list(self) -> list[tuple[str, str]]:
        """(field label, message) for every invalid parameter."""
        return [
            (str(self.filters[name].label) if name in self.filters else name, message)
            for name, messages in self.form.errors.items()
            for message in messages
        ]

    def active(self) -> dict[str, list[str]]:
        """The valid, non-empty parameters as lists of strings: the canonical filter state."""
        state = {}
        for name, value in self.form.cleaned_data.items():
            if value in (None, "", [], ()) or (hasattr(value, "exists") and not value):
                continue
            if name == "official":
                state[name] = sorted(official.slug for official in value)
            elif isinstance(value, list | tuple):
                state[name] = sorted(str(v) for v in value)
            else:
                state[name] = [str(value)]
        return state

    def apply(self, queryset: QuerySet, *, skip: str = "") -> QuerySet:
        """The queryset under every active filter except `skip` (for facet counts); unordered."""
        for name, value in self.form.cleaned_data.items():
            if name != skip and name in self.filters and name != "sort":
                queryset = self.filters[name].filter(queryset, value)
        return queryset

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        return self.order(self.apply(queryset))

    def order(self, queryset: QuerySet) -> QuerySet:
        raise NotImplementedError

    def keep(self, queryset: QuerySet, name: str, value) -> QuerySet:
        """For parameters applied elsewhere (the sort, or several at once)."""
        return queryset

    def filter_official(self, queryset, name, value):
        if not value:  # an empty queryset of officials: the parameter was not given
            return queryset
        through = Announcement.officials.through
        linked = through.objects.filter(announcement_id=OuterRef(self.announcement_ref), official__in=value)
        return queryset.filter(Exists(linked))


class AnnouncementFilter(PublicFilter):
    """Published announcements on /announcements/, its exports and the Atom feed."""

    sort = django_filters.ChoiceFilter(
        label=_("Sort"), choices=sort_choices(), method="keep", empty_label=_("Default order")
    )

    class Meta:
        model = Announcement
        fields = ()

    def filter_category(self, queryset, name, value):
        return queryset.in_categories(value)

    def _with_figure(self, queryset: QuerySet, *, skip: str) -> QuerySet:
        data = self.form.cleaned_data
        condition = Q()
        if data.get("metric") and skip != "metric":
            condition &= Q(metric__in=data["metric"])
        if data.get("evidence") and skip != "evidence":
            condition &= Q(evidence__in=data["evidence"])
        if data.get("min_value") is not None and skip != "min_value":
            condition &= Q(value__gte=data["min_value"])
        if data.get("max_value") is not None and skip != "max_value":
            condition &= Q(value__lte=data["max_value"])
        if not condition:
            return queryset
        return queryset.filter(Exists(Figure.objects.filter(condition, announcement_id=OuterRef("pk"))))

    def apply(self, queryset: QuerySet, *, skip: str = "") -> QuerySet:
        # metric, evidence, min_value and max_value describe one figure ("a pardoned figure
        # of at least 1,000"), so they become one EXISTS rather than four.
        for name, value in self.form.cleaned_data.items():
            if name in FIGURE_FIELDS or name == "sort" or name == skip or name not in self.filters:
                continue
            queryset = self.filters[name].filter(queryset, value)
        return self._with_figure(queryset, skip=skip)

    def filter_search(self, queryset, name, value):
        return queryset.search(value)

    def order(self, queryset: QuerySet) -> QuerySet:
        data = self.form.cleaned_data
        sort = data.get("sort") or ("relevance" if data.get("q") else "newest")
        if sort == "relevance" and data.get("q"):
            return queryset.with_rank(data["q"]).order_by("-rank", "-announced_on", "-id")
        if sort == "oldest":
            return queryset.order_by("announced_on", "id")
        if sort == "largest":
            largest = Figure.objects.filter(announcement_id=OuterRef("pk")).order_by("-value").values("value")[:1]
            return queryset.alias(largest=largest).order_by(F("largest").desc(nulls_last=True), "-announced_on")
        return queryset.order_by("-announced_on", "-id")


class FigureFilter(PublicFilter):
    """Published figures on /figures/ and its exports, under the same parameters."""

    announcement_ref = "announcement_id"

    sort = django_filters.ChoiceFilter(
        label=_("Sort"), choices=sort_choices(figures=True), method="keep", empty_label=_("Default order")
    )
    kind = kind_filter("announcement__kind")
    category = AnyOfFilter(label=_("Prisoner category"), choices=category_choices(), field_name="category__slug")
    # A figure's date is its announcement's; a context figure (no announcement) has its
    # as-of date. Both are in the stored `dated` (releases_fig_public_date_idx).
    announced_after = date_filter("dated", "gte")
    announced_before = date_filter("dated", "lte")

    class Meta:
        model = Figure
        fields = ()

    def filter_search(self, queryset, name, value):
        matching = Announcement.objects.published().search(value).filter(pk=OuterRef("announcement_id"))
        return queryset.filter(Exists(matching))

    def order(self, queryset: QuerySet) -> QuerySet:
        sort = self.form.cleaned_data.get("sort") or "newest"
        date = F("dated")  # the announcement's date, else as_of (stored: releases_fig_public_date_idx)
        if sort == "oldest":
            return queryset.order_by(date.asc(nulls_last=True), "id")
        if sort == "largest":
            return queryset.order_by("-value", "id")
        return queryset.order_by(date.desc(nulls_last=True), "-value", "-id")


# Facets: for each parameter, its options with how many rows each would give under the
# *other* active filters. The counts are cached per filter state and public generation.


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool = False


@dataclass
class Facet:
    name: str
    legend: str
    options: list[Option] = field(default_factory=list)


# Up to this many matching announcements, their ids are read once and the facets of the
# parameters not in use (skipping an unset filter changes nothing) count over that id list
# instead of evaluating the filters and the search again per facet.
MATCHING_IDS_LIMIT = 1000


def _announcement_counts(filterset: AnnouncementFilter) -> dict:
    active = filterset.active()
    matching = filterset.apply(filterset.queryset).order_by().values_list("pk", flat=True)
    ids = list(matching[: MATCHING_IDS_LIMIT + 1])
    few = len(ids) <= MATCHING_IDS_LIMIT

    def rows(name: str) -> QuerySet:
        if few and name not in active:
            return Announcement.objects.filter(pk__in=ids)
        return filterset.apply(filterset.queryset, skip=name).order_by()

    def linked(through, column: str, name: str, limit: int | None = None) -> list:
        counts = (
            through.objects.filter(announcement__in=rows(name).values("pk"))
            .values_list(f"{column}__slug", f"{column}__name")
            .annotate(n=Count("announcement_id"))
            .order_by("-n", f"{column}__name")
        )
        return [list(row) for row in counts[:limit]]

    return {
        "total": len(ids) if few else matching.count(),
        # The page's rows are then read by id (announcement_results).
        "ids": ids if few else None,
        "country": list(rows("country").values_list("country").annotate(n=Count("pk")).order_by()),
        "kind": list(rows("kind").values_list("kind").annotate(n=Count("pk")).order_by()),
        "metric": list(
            Figure.objects.filter(announcement__in=rows("metric").values("pk"))
            .values_list("metric")
            .annotate(n=Count("announcement_id", distinct=True))
            .order_by()
        ),
        "evidence": list(
            Figure.objects.filter(announcement__in=rows("evidence").values("pk"))
            .values_list("evidence")
            .annotate(n=Count("announcement_id", distinct=True))
            .order_by()
        ),
        "category": (
            _category_counts(rows("category"))
            if sql.postgresql(Announcement.objects.db)
            else linked(Announcement.categories.through, "prisonercategory", "category")
        ),
        "official": linked(Announcement.officials.through, "official", "official", OFFICIAL_FACET_SIZE),
    }


def _category_counts(announcements: QuerySet) -> list[list]:
    """[slug, name, count] per category over `announcements`, most first, from their stored
    category_ids (PostgreSQL; releases/sql.py says why)."""
    try:
        ids_sql, params = announcements.annotate(cid=sql.unnested_category_ids()).values("cid").query.sql_with_params()
    except EmptyResultSet:  # a condition that can match nothing (no ids)
        return []
    return sql.category_counts(announcements.db, PrisonerCategory._meta.db_table, ids_sql, params)


def _figure_counts(filterset: FigureFilter) -> dict:
    def rows(name: str) -> QuerySet:
        return filterset.apply(filterset.queryset, skip=name).order_by()

    officials = (
        Announcement.officials.through.objects.filter(announcement__figures__in=rows("official").values("pk"))
        .values_list("official__slug", "official__name")
        # Each (official, figure) pair occurs once (one announcement per figure, one link per
        # official and announcement), so no DISTINCT and its 300 ms sort.
        .annotate(n=Count("announcement__figures"))
        .order_by("-n", "official__name")[:OFFICIAL_FACET_SIZE]
    )
    return {
        "total": filterset.apply(filterset.queryset).order_by().count(),
        "country": list(rows("country").values_list("country").annotate(n=Count("pk")).order_by()),
        "kind": list(
            rows("kind").exclude(announcement=None).values_list("announcement__kind").annotate(n=Count("pk")).order_by()
        ),
        "metric": list(rows("metric").values_list("metric").annotate(n=Count("pk")).order_by()),
        "evidence": list(rows("evidence").values_list("evidence").annotate(n=Count("pk")).order_by()),
        "category": [
            list(row)
            for row in rows("category")
            .exclude(category=None)
            .values_list("category__slug", "category__name")
            .annotate(n=Count("pk"))
            .order_by("-n")
        ],
        "official": [list(row) for row in officials],
    }


def cached_for(filterset: PublicFilter, part: str, compute: Callable[[PublicFilter], object]):
    """`compute(filterset)` for a valid filterset, from the cache when it has it.

    The key is the canonical filter state, the part of the page, and the public generation,
    so publishing or unpublishing anything makes every cached value unreachable. With the
    cache down, it is computed."""
    state = json.dumps(filterset.active() | {"sort": None, "model": filterset._meta.model.__name__}, sort_keys=True)
    key = f"public:{part}:{hashlib.sha256(state.encode()).hexdigest()}"
    return cached_public(key, lambda: compute(filterset), FACET_CACHE_SECONDS)


def cached_counts(filterset: PublicFilter, compute: Callable[[PublicFilter], dict]) -> dict:
    """Facet counts and the total under the filters (cached)."""
    return cached_for(filterset, "facets", compute)


def figure_totals(filterset: "FigureFilter", period: str) -> list[dict]:
    """Totals per period and metric under the filters, for the chart and its table (cached).

    Only what the counting rule adds is summed (Figure.objects.counted()): a total once,
    never its parts, another count of it, another announcement's count or the context."""
    return cached_for(filterset, f"totals-{period}", lambda fs: list(fs.apply(fs.queryset).totals_by(period)))


def build_facets(filterset: PublicFilter, counts: dict) -> list[Facet]:
    """The facet lists the filter form shows: every option with a count, chosen ones first."""
    active = filterset.active()
    kind_labels, metric_labels = dict(Kind.choices), dict(Metric.choices)
    labelled = {
        "country": [(code, country_name(code), n) for code, n in counts["country"]],
        "kind": [(value, kind_labels.get(value, value), n) for value, n in counts["kind"]],
        "category": [tuple(row) for row in counts["category"]],
        "metric": [(value, metric_labels.get(value, value), n) for value, n in counts["metric"]],
        "evidence": [(value, dict(Evidence.choices).get(value, value), n) for value, n in counts.get("evidence", [])],
        "official": [tuple(row) for row in counts["official"]],
    }
    facets = []
    for name, options in labelled.items():
        chosen = set(active.get(name, []))
        facet = Facet(name=name, legend=str(filterset.filters[name].label))
        present = {value for value, _label, _n in options}
        for value in sorted(chosen - present):
            facet.options.append(Option(value, _label_for(filterset, name, value), 0, True))
        for value, label, n in sorted(options, key=lambda o: (-o[2], str(o[1]))):
            facet.options.append(Option(value, str(label), n, value in chosen))
        facet.options.sort(key=lambda o: not o.selected)
        facets.append(facet)
    return facets


def _label_for(filterset: PublicFilter, name: str, value: str) -> str:
    """The label of a chosen option that has no rows under the other filters (no query)."""
    if name == "country":
        return country_name(value)
    if name == "official":
        return next((o.name for o in filterset.form.cleaned_data["official"] if o.slug == value), value)
    labels = {"kind": Kind.choices, "metric": Metric.choices, "evidence": Evidence.choices}.get(name)
    labels = labels or [c[:2] for c in CATEGORIES]
    return str(dict(labels).get(value, value))


def announcement_results(filterset: AnnouncementFilter) -> tuple[list[Facet], int, QuerySet]:
    """The facets, the total, and the matching announcements in the chosen order. When few
    match, their ids (read once for the counts and cached with them) select the rows, so
    the page does not evaluate the filters and the search a second time."""
    counts = cached_counts(filterset, _announcement_counts)
    ids = counts.get("ids")
    rows = filterset.qs if ids is None else filterset.order(filterset.queryset.filter(pk__in=ids))
    return build_facets(filterset, counts), counts["total"], rows


def figure_facets(filterset: FigureFilter) -> tuple[list[Facet], int]:
    counts = cached_counts(filterset, _figure_counts)
    return build_facets(filterset, counts), counts["total"]


class PrisonerFilter(django_filters.FilterSet):
    """Public named prisoners on /prisoners/: where they are now (from each one's latest
    event), nationality and name."""

    status = django_filters.MultipleChoiceFilter(
        label=_("Where they are now"), choices=STATUS_CHOICES, method="filter_status"
    )
    nationality = CountryFilter(label=_("Nationality"), choices=countries, method="filter_nationality")
    q = django_filters.CharFilter(label=_("Name"), max_length=200, method="filter_search")

    class Meta:
        model = Prisoner
        fields = ()

    error_list = PublicFilter.error_list

    def filter_status(self, queryset, name, value):
        return prisoners_with_status(queryset, value) if value else queryset

    def filter_nationality(self, queryset, name, value):
        # Nationalities are stored as "GB,IR": a two-letter code can only match itself.
        condition = Q()
        for code in value:
            condition |= Q(nationalities__contains=code)
        return queryset.filter(condition)

    def filter_search(self, queryset, name, value):
        return prisoner_search(queryset, value)
