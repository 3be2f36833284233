"""The public site: only published announcements, and what is reached through them, are shown."""

import datetime
import functools
from collections.abc import Callable

from django.conf import settings
from django.core.paginator import InvalidPage, Page, Paginator
from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.db.models.functions import TruncMonth
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django_countries import countries

from releases.choices import Metric, OfficialPart, Role, Status
from releases.extraction.text import normalise_for_search
from releases.invalidation import cached_public
from releases.models import (
    Announcement,
    Figure,
    Official,
    Prisoner,
    PrisonerCategory,
    Tombstone,
)
from releases.records import followups, history, prisoners, wire

from . import charts, counting, detail, exports
from .feeds import AnnouncementFeed
from .filters import (
    AnnouncementFilter,
    FigureFilter,
    PrisonerFilter,
    announcement_results,
    figure_facets,
    figure_totals,
)
from .pagecache import cached_page

SEARCH_LIMIT = 20
MAX_QUERY_LENGTH = 200


class BadInput(Exception):
    """A request parameter the site cannot use; the page says which and why."""

    def __init__(self, problems: list[tuple[str, str]]):
        super().__init__(problems)
        self.problems = problems


def answers_bad_input(view: Callable) -> Callable:
    """Turn BadInput into a 400 page (or its partial, for htmx) that lists what was wrong."""

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        try:
            return view(request, *args, **kwargs)
        except BadInput as error:
            template = "releases/bad_request.html" + ("#problems" if is_partial(request) else "")
            response = render(request, template, {"problems": error.problems}, status=400)
            patch_vary_headers(response, ("HX-Request",))
            return response

    return wrapper


def is_partial(request: HttpRequest) -> bool:
    """htmx asks for a fragment, except when it restores history (then it wants the page)."""
    return bool(request.htmx) and not request.htmx.history_restore_request


def render_page(request: HttpRequest, template: str, ctx: dict, partial: str = "") -> HttpResponse:
    """The page, or only its `partial` when htmx asks; caches keep the two apart."""
    response = render(request, f"{template}#{partial}" if partial and is_partial(request) else template, ctx)
    patch_vary_headers(response, ("HX-Request",))
    return response


def paginate(request: HttpRequest, queryset, count: int | None = None) -> Page:
    """The requested page; `count`, when known (cached), saves a COUNT over the rows."""
    paginator = Paginator(queryset, settings.PAGE_SIZE)
    if count is not None:
        paginator.count = count
    number = request.GET.get("page") or 1
    try:
        return paginator.page(number)
    except InvalidPage:
        message = _("There is no page %(page)s here: pages go from 1 to %(last)s.") % {
            "page": str(number)[:30],
            "last": paginator.num_pages,
        }
        raise BadInput([(_("Page"), message)]) from None


def without_empty_parameters(request: HttpRequest) -> HttpResponse | None:
    """A form submitted without JavaScript sends its empty fields too: redirect to the short
    permalink that names only the filters in use."""
    params = request.GET.copy()
    for name in list(params):
        kept = [value for value in params.getlist(name) if value != ""]
        params.setlist(name, kept) if kept else params.pop(name)
    if len(params.urlencode()) == len(request.GET.urlencode()):
        return None
    return HttpResponseRedirect(request.path + (f"?{params.urlencode()}" if params else ""))


def valid(filterset):
    if not filterset.is_valid():
        raise BadInput(filterset.error_list())
    return filterset


def about(request: HttpRequest) -> HttpResponse:
    """What the site records, how a record gets there, and how the data may be reused."""
    return render(request, "releases/about.html")


def healthz(request: HttpRequest) -> HttpResponse:
    """200 when the database (and Redis, when configured) answer; 503 otherwise."""
    from .health import check_services

    problems = check_services()
    return JsonResponse({"ok": not problems, "problems": problems}, status=503 if problems else 200)


def month_counts() -> list[tuple[datetime.date, int]]:
    """Published announcements per month, newest month first (cached per public generation)."""
    by_month = Announcement.objects.published().annotate(month=TruncMonth("announced_on"))
    return cached_public(
        "timeline-months", lambda: list(by_month.values_list("month").annotate(n=Count("pk")).order_by("-month")), 600
    )


def timeline_histogram(months: list[tuple[datetime.date, int]]) -> str:
    """The histogram SVG of `months`, made once per public generation and language: every
    page of the timeline shows the same one, and its 360 labelled bars take ~10 ms."""
    key = f"timeline-histogram:{translation.get_language()}"
    return mark_safe(cached_public(key, lambda: str(charts.histogram_svg(months)), 600))


@cached_page
@answers_bad_input
def timeline(request: HttpRequest) -> HttpResponse:
    """Published announcements newest first, grouped by month with a count per month, under
    a histogram of announcements per month."""
    months = month_counts()
    queryset = Announcement.objects.published().with_headline_figures().order_by("-announced_on", "-id")
    page = paginate(request, queryset, count=sum(n for _month, n in months))
    ctx = {
        "page": page,
        "groups": charts.group_by_month(page.object_list, dict(months)),
        "histogram": timeline_histogram(months),
        "total": page.paginator.count,
    }
    return render_page(request, "releases/timeline.html", ctx)


@cached_page
@answers_bad_input
def announcement_list(request: HttpRequest) -> HttpResponse:
    """Published announcements under the filters in the query string, with facet counts."""
    if redirect := without_empty_parameters(request):
        return redirect
    filterset = valid(AnnouncementFilter(request.GET, queryset=Announcement.objects.published()))
    facets, total, rows = announcement_results(filterset)
    page = paginate(request, rows.with_headline_figures(), count=total)
    ctx = {"filter": filterset, "facets": facets, "page": page, "total": total}
    return render_page(request, "releases/announcement_list.html", ctx, partial="results")


@cached_page
@answers_bad_input
def announcement_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """One announcement: every figure with its quote and source (contested ones side by side),
    officials, categories, sources and how many independent outlets they are, follow-ups
    both ways, related announcements, shares of the prison population, the corrections made
    since publication, and how to cite this version. ?as_of=DATE shows it as it stood then."""
    announcement = Announcement.objects.published().filter(slug=slug).first()
    if announcement is None:
        return announcement_removed(request, slug)
    ctx = announcement_context(request, announcement, as_of=parse_as_of(request.GET.get("as_of")))
    return render(request, "releases/announcement_detail.html", ctx)


def announcement_context(request: HttpRequest, announcement: Announcement, *, as_of: datetime.date | None) -> dict:
    """What the announcement page shows, for any announcement: the desk's review page shows
    a draft through it exactly as the public will see it once published."""
    details = detail.record_details(announcement)
    record = history.record_history(announcement)
    figures, sources = details.figures, details.sources
    if as_of is not None:
        past = history.record_as_of(record, as_of)
        if past is None:
            raise Http404(_("This announcement had not been published by that date."))
        announcement, figures = past
    population = detail.prison_population(announcement, sources, details.quoted_population)
    for figure in figures:
        share = population and figure.metric != Metric.PRISON_POPULATION and population.value
        figure.share = 100 * figure.value / population.value if share else None
    ctx = {
        "announcement": announcement,
        "figures": figures,
        "layout": counting.figure_layout(announcement, figures),
        "officials": details.officials,
        "announcers": [o for o in details.officials if o.part != OfficialPart.COMMENTER],
        "commenters": [o for o in details.officials if o.part == OfficialPart.COMMENTER],
        "categories": details.categories,
        "prisoners": details.prisoners,
        "population": population,
        "sources": sources,
        "related": detail.related_announcements(announcement),
        "permalink": request.build_absolute_uri(announcement.get_absolute_url()),
        "accessed": datetime.date.today(),
    }
    return ctx | record_context(record, figures, sources, as_of)


@cached_page
def methodology(request: HttpRequest) -> HttpResponse:
    """How we count: what a figure is, the roles, evidence, the counting rule, corrections."""
    language = translation.get_language() or "en"
    body = f"releases/methodology/{language.split('-')[0]}.html"
    return render(request, "releases/methodology.html", {"body": body})


def announcement_removed(request: HttpRequest, slug: str) -> HttpResponse:
    """The permalink of an announcement taken off the site: when and why (410 Gone); 404
    for one that was never public."""
    withdrawn = Announcement.objects.exclude(status=Status.PUBLISHED).exclude(withdrawn_at=None).filter(slug=slug)
    if announcement := withdrawn.first():
        ctx = {"title": announcement.title, "when": announcement.withdrawn_at, "reason": announcement.withdrawal_reason}
    elif tombstone := Tombstone.objects.filter(slug=slug).first():
        ctx = {"title": tombstone.title, "when": tombstone.removed_at, "reason": tombstone.reason, "deleted": True}
    else:
        raise Http404(_("No published announcement has this address."))
    return render(request, "releases/announcement_withdrawn.html", ctx, status=410)


def parse_as_of(value: str | None) -> datetime.date | None:
    """The ?as_of= date, or None when absent; a bad one is the reader's to fix (400)."""
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        message = _("Give the date as YYYY-MM-DD, for example 2024-05-02.")
        raise BadInput([(_("As of"), message)]) from None


def record_context(record: "history.Record", figures: list, sources: list, as_of: datetime.date | None) -> dict:
    """What the announcement page shows about the record: its version, corrections,
    follow-ups, contested figures and independent outlets."""
    announcement = record.announcement
    version, version_date = record.version, record.version_date
    if as_of is not None:
        version, version_date = record.version_at(history.end_of_day(as_of))
    return {
        "as_of": as_of,
        "version": version,
        "version_date": version_date,
        "revisions": [r for r in reversed(record.revisions) if as_of is None or r.number <= version],
        "chain": followups.follow_up_chain(announcement),
        "contests": followups.contested_figures(figures),
        "independent_count": wire.independent_outlets(sources),
    }


@cached_page
@answers_bad_input
def figure_list(request: HttpRequest) -> HttpResponse:
    """Published figures under the filters, as a table and a chart of totals per period."""
    if redirect := without_empty_parameters(request):
        return redirect
    filterset = valid(FigureFilter(request.GET, queryset=Figure.objects.published()))
    period = "month" if request.GET.get("per") == "month" else "year"
    facets, total = figure_facets(filterset)
    rows = figure_totals(filterset, period)
    queryset = filterset.qs.select_related("announcement", "category", "source").defer("announcement__search_vector")
    page = paginate(request, queryset, count=total)
    ctx = {"filter": filterset, "facets": facets, "page": page, "total": total, "period": period}
    ctx |= {"charts": charts.metric_charts(rows, period), "totals": charts.totals_table(rows, period)}
    ctx["not_broken_down"] = not_broken_down(request)
    return render_page(request, "releases/figure_list.html", ctx, partial="results")


def not_broken_down(request: HttpRequest) -> int | None:
    """Under a category filter: how many announcements tagged with it (and matching the other
    filters) have figures, none of them of that category — their figures count prisoners in
    general, so the category's figures leave them out. None without a category filter."""
    slugs = request.GET.getlist("category")
    if not slugs:
        return None
    params = request.GET.copy()
    for name in ("page", "per", "sort"):
        params.pop(name, None)
    tagged = AnnouncementFilter(params, queryset=Announcement.objects.published())
    if not tagged.is_valid():
        return None
    figures = Figure.objects.filter(announcement=OuterRef("pk")).exclude(role=Role.CONTEXT)
    of_category = Figure.objects.filter(announcement=OuterRef("pk"), category__slug__in=slugs)
    return tagged.qs.filter(Exists(figures)).exclude(Exists(of_category)).count()


def subject_page(request: HttpRequest, template: str, ctx: dict, *, announcements: Q, figures: Q) -> HttpResponse:
    """A page about an official, a country, a category or a prisoner: the published
    announcements under the condition `announcements` and the totals per metric per year of
    the published figures under `figures`."""
    announcements = Announcement.objects.published().filter(announcements)
    figures = Figure.objects.published().filter(figures)
    page = paginate(request, announcements.with_headline_figures().order_by("-announced_on", "-id"))
    ctx |= {"page": page, "totals": charts.totals_table(list(figures.totals_by("year")), "year")}
    return render(request, template, ctx)


@cached_page
@answers_bad_input
def official_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """An official and the published announcements they made or spoke for."""
    official = get_object_or_404(Official.objects.public(), slug=slug)
    ctx = {"official": official}
    matching = {"announcements": Q(officials=official), "figures": Q(announcement__officials=official)}
    return subject_page(request, "releases/official_detail.html", ctx, **matching)


@cached_page
@answers_bad_input
def country_detail(request: HttpRequest, code: str) -> HttpResponse:
    """A country's published announcements and its totals per metric per year."""
    code = code.upper()
    if code not in countries:
        raise Http404(_("No such country code."))
    ctx = {"country_code": code, "country_name": countries.name(code)}
    return subject_page(
        request, "releases/country_detail.html", ctx, announcements=Q(country=code), figures=Q(country=code)
    )


@cached_page
@answers_bad_input
def category_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """A prisoner category: the published announcements that concern it and its figures' totals."""
    category = get_object_or_404(PrisonerCategory, slug=slug)
    ctx = {"category": category}
    matching = {"announcements": Q(categories=category), "figures": Q(category=category)}
    return subject_page(request, "releases/category_detail.html", ctx, **matching)


@cached_page
@answers_bad_input
def prisoner_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """A confirmed named prisoner: nationalities, where they are now, a dated timeline of what
    happened to them (each event with what reports it), and the announcements naming them."""
    prisoner = get_object_or_404(Prisoner.objects.public().with_status(), slug=slug)
    ctx = {"prisoner": prisoner, "events": prisoners.prisoner_timeline(prisoner)}
    ctx["status"] = prisoners.status_of(prisoner.latest_kind)
    matching = {"announcements": Q(prisoners=prisoner), "figures": Q(announcement__prisoners=prisoner)}
    return subject_page(request, "releases/prisoner_detail.html", ctx, **matching)


@answers_bad_input
def prisoner_list(request: HttpRequest) -> HttpResponse:
    """Confirmed named prisoners, each with where they are now (still held, released, on
    temporary release), under ?status=, ?nationality= and ?q=."""
    if redirect := without_empty_parameters(request):
        return redirect
    filterset = valid(PrisonerFilter(request.GET, queryset=Prisoner.objects.public().with_status()))
    page = paginate(request, filterset.qs.order_by("name", "pk"))
    for prisoner in page.object_list:
        prisoner.status = prisoners.status_of(prisoner.latest_kind)
    ctx = {"filter": filterset, "page": page, "statuses": prisoners.STATUS_CHOICES}
    return render_page(request, "releases/prisoner_list.html", ctx, partial="results")


def named_like(queryset: QuerySet, q: str) -> QuerySet:
    """People whose name or aliases contain `q`: exact names first, then names that start with it."""
    from django.db.models import Case, IntegerField, Value, When

    closeness = Case(
        When(name__iexact=q, then=Value(0)),
        When(name__istartswith=q, then=Value(1)),
        default=Value(2),
        output_field=IntegerField(),
    )
    # Any spelling of a transliterated name: as typed, or every word of it in the one
    # spelling search uses (Arabic/Persian letter variants; a zero-width non-joiner and a
    # space both split words), so "خامنه ای", "خامنه‌ای" and "خامنه‌اي" all find "علی خامنه‌ای".
    every_word = Q()
    for word in normalise_for_search(q).split():
        every_word &= Q(name__icontains=word) | Q(aliases__icontains=word)
    matches = queryset.filter(Q(name__icontains=q) | Q(aliases__icontains=q) | every_word)
    return matches.alias(closeness=closeness).order_by("closeness", "name")[:SEARCH_LIMIT]


@cached_page
@answers_bad_input
def search(request: HttpRequest) -> HttpResponse:
    """Announcements, officials and prisoners matching ?q=, best matches first."""
    q = request.GET.get("q", "").strip()
    if len(q) > MAX_QUERY_LENGTH:
        raise BadInput([(_("Search"), _("Keep the search under %(n)s characters.") % {"n": MAX_QUERY_LENGTH})])
    if "\x00" in q:
        # PostgreSQL cannot hold a NUL in a string; the list's ?q= refuses it the same way.
        raise BadInput([(_("Search"), _("Null characters are not allowed."))])
    ctx = {"q": q}
    if q:
        published = Announcement.objects.published()
        found = published.search(q).with_rank(q).with_headline_figures().order_by("-rank", "-announced_on", "-id")
        links = {"officials": Announcement.officials.through, "prisoners": Prisoner.announcements.through}
        ctx["announcements"] = list(found[:SEARCH_LIMIT])
        for name, model in (("officials", Official), ("prisoners", Prisoner)):
            key = "official_id" if name == "officials" else "prisoner_id"
            reached = links[name].objects.filter(**{key: OuterRef("pk")}, announcement__status="published")
            people = model.objects.filter(Exists(reached))
            # A name the importer proposed is not public until an editor confirms it.
            ctx[name] = list(named_like(people.filter(confirmed=True) if model is Prisoner else people, q))
        # The list stops at SEARCH_LIMIT; the count says how many there are in all (one
        # query, always, so the page's cost does not depend on what is found).
        ctx["announcement_count"] = published.search(q).count()
        ctx["found_count"] = ctx["announcement_count"] + len(ctx["officials"]) + len(ctx["prisoners"])
    return render(request, "releases/search.html", ctx)


@answers_bad_input
def announcement_export(request: HttpRequest, fmt: str) -> HttpResponse:
    """The filtered announcements as CSV (one row per figure) or JSON (nested), streamed."""
    filterset = valid(AnnouncementFilter(request.GET, queryset=Announcement.objects.published()))
    return exports.announcements_response(request, filterset.qs, fmt)


@answers_bad_input
def figure_export(request: HttpRequest, fmt: str) -> HttpResponse:
    """The filtered figures as CSV or JSON, streamed."""
    filterset = valid(FigureFilter(request.GET, queryset=Figure.objects.published()))
    return exports.figures_response(request, filterset.qs, fmt)


@answers_bad_input
def totals_export(request: HttpRequest, fmt: str) -> HttpResponse:
    """Per announcement, metric and granting country under the filters: the number to add."""
    filterset = valid(FigureFilter(request.GET, queryset=Figure.objects.published()))
    return exports.totals_response(request, filterset.qs, fmt)


@cached_page
@answers_bad_input
def announcement_feed(request: HttpRequest) -> HttpResponse:
    """An Atom feed of the newest published announcements under the filters: a subscription."""
    filterset = valid(AnnouncementFilter(request.GET, queryset=Announcement.objects.published()))
    return AnnouncementFeed()(request, filterset=filterset)
