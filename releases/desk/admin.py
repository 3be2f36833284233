"""The editors' desk: review what the importer filed, correct it, publish it."""

from django.contrib import admin, messages
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.urls import path
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from releases import services, sql
from releases.choices import Role, Status
from releases.ingest import filing, tasks
from releases.models import (
    Announcement,
    AnnouncementOfficial,
    Feed,
    Figure,
    Official,
    Prisoner,
    PrisonerCategory,
    Source,
)

from . import imports
from .home import RetrySourceMixin
from .imports import QUEUE_DOWN_MESSAGE, source_admin_url
from .lists import UNSHOWN_TEXTS, EstimatedCountPaginator, LanguageFilter, OutletFilter, SourceChangeList
from .quotes import QuoteLocatingForm
from .records import (
    AnnouncementRecordsMixin,
    FigureHeadlineForm,
    FigureRecordsMixin,
    FollowsInline,
    FollowUpInline,
    HeadlineFormSet,
    PrisonerEventInline,
    PrisonerRecordsMixin,
    WireGroupsMixin,
)
from .review import PublishingStepMixin
from .starter import StarterFeedsMixin

admin.site.site_header = _("Clemency Tracker editors")
admin.site.site_title = _("Clemency Tracker")
admin.site.index_title = _("Records")


class FigureInline(admin.StackedInline):
    """Each figure in a few short rows (the numbers, their role, where they come from),
    its quote in a text area under them: fourteen columns in one row were 1,385 px wide. A
    quote typed or pasted here is located in its source's text (releases/desk/quotes.py)."""

    model = Figure
    form = QuoteLocatingForm
    formset = HeadlineFormSet
    extra = 1
    fieldsets = [
        (
            None,
            {
                "fields": [
                    ("value", "metric", "qualifier", "category"),
                    ("role", "part_of", "headline"),
                    ("evidence", "as_of", "source"),
                    "quote",
                    "translation",
                ],
                "classes": ["figure-rows"],
            },
        )
    ]
    autocomplete_fields = ["source"]
    show_change_link = True

    def get_formset(self, request, obj=None, **kwargs):
        # part_of is chosen among this announcement's totals only.
        self._parent = obj
        return super().get_formset(request, obj, **kwargs)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "part_of":
            parent = getattr(self, "_parent", None)
            kwargs["queryset"] = (
                Figure.objects.filter(announcement=parent, role=Role.TOTAL).select_related("category")
                if parent is not None and parent.pk
                else Figure.objects.none()
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class OfficialLinkInline(admin.TabularInline):
    """The officials of an announcement and each one's part: announcer or commenter."""

    model = AnnouncementOfficial
    extra = 1
    fields = ["official", "part"]
    autocomplete_fields = ["official"]
    verbose_name = _("official")
    verbose_name_plural = _("officials: who announced it, who commented")


class ReviewQueueFilter(admin.SimpleListFilter):
    """Drafts waiting for review come first: the default view of the list."""

    title = _("review")
    parameter_name = "status__exact"

    def lookups(self, request, model_admin):
        return [(value, label) for value, label in Status.choices] + [("all", _("All"))]

    def choices(self, changelist):
        value = self.value() or Status.DRAFT
        for lookup, title in self.lookup_choices:
            yield {
                "selected": value == lookup,
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }

    def queryset(self, request, queryset):
        value = self.value() or Status.DRAFT
        return queryset if value == "all" else queryset.filter(status=value)


@admin.register(Announcement)
class AnnouncementAdmin(PublishingStepMixin, AnnouncementRecordsMixin, admin.ModelAdmin):
    list_display = [
        "title", "status", "kind", "country_name", "announced_on", "figure_count", "source_count", "updated_at",
        "review_link",
    ]  # fmt: skip
    list_filter = [ReviewQueueFilter, "kind", "country", "categories"]
    search_fields = ["title", "summary", "occasion", "officials__name", "figures__quote"]
    date_hierarchy = "announced_on"
    autocomplete_fields = ["sources"]
    filter_horizontal = ["categories"]
    # The slug is made from the date and title (and follows them until first published).
    readonly_fields = ["slug", "published_at", "created_at", "updated_at"]
    inlines = [OfficialLinkInline, FigureInline, FollowsInline, FollowUpInline]
    # Publishing is done from each record's review page (releases/desk/review.py).
    actions = ["reject", "withdraw", "merge"]
    list_per_page = 50
    # The announcements list at 100,000 rows: no "N total" count, an estimated count beyond
    # EXACT_UP_TO (lists.py).
    show_full_result_count = False
    paginator = EstimatedCountPaginator
    fieldsets = [
        (None, {"fields": ["title", "slug", "status", "kind", "country", "announced_on", "occasion", "summary"]}),
        (_("Who and what"), {"fields": ["categories", "sources"]}),
        (_("History"), {"fields": ["published_at", "created_at", "updated_at"], "classes": ["collapse"]}),
    ]

    def get_queryset(self, request):
        # Counted per row by correlated subqueries, which the database runs for the rows of
        # the page only; a join-and-GROUP-BY counted the links of every announcement first.
        figures = Figure.objects.filter(announcement=OuterRef("pk")).order_by().values("announcement")
        sources = Announcement.sources.through.objects.filter(announcement=OuterRef("pk")).order_by()
        return (
            super()
            .get_queryset(request)
            .annotate(
                _figures=Coalesce(Subquery(figures.annotate(n=Count("pk")).values("n")), 0),
                _sources=Coalesce(Subquery(sources.values("announcement").annotate(n=Count("pk")).values("n")), 0),
            )
        )

    @admin.display(description=_("country"), ordering="country")
    def country_name(self, obj):
        # The country's name, looked up by its code: the admin's own display of a choice field
        # flattened the 250 countries' choices for every row (a third of the list's time).
        return obj.country.name or "-"

    @admin.display(description=_("figures"), ordering="_figures")
    def figure_count(self, obj):
        return obj._figures

    @admin.display(description=_("sources"), ordering="_sources")
    def source_count(self, obj):
        return obj._sources

    def get_search_results(self, request, queryset, search_term):
        # The stored search text (title, summary, occasion, officials, prisoners, categories,
        # figures' quotes), by its GIN index on PostgreSQL; each word may be a word's start.
        # The admin's icontains over the joined officials and figures read every row: 19-27 s
        # a search at 100,000 announcements.
        if not search_term.split():
            return queryset, False
        return queryset.search(search_term, prefixes=True), False

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.announcement_refresh_search(announcement=form.instance)

    @admin.action(description=_("Reject the selected drafts"), permissions=["publish"])
    def reject(self, request, queryset):
        count = services.announcements_reject(announcements=queryset)
        self.message_user(request, _("%(count)d announcement(s) rejected.") % {"count": count}, messages.SUCCESS)
        if queryset.filter(status=Status.PUBLISHED).exists():
            note = _("Published announcements are not rejected: withdraw them, with a reason readers will see.")
            self.message_user(request, note, messages.WARNING)

    def has_publish_permission(self, request) -> bool:
        return request.user.has_perm("releases.publish_announcement")

    def source_review(self, obj) -> str:
        """Each source's text with every figure quoted from it highlighted in place: the panel
        beside the figures (templates/admin/releases/announcement/change_form.html)."""
        if obj is None or not obj.pk:
            return ""
        parts = []
        for source in obj.sources.prefetch_related("figures"):
            heading = format_html('<h3><a href="{}">{}</a> · {}</h3>', source_admin_url(source), source, source.outlet)
            parts.append(heading + highlighted_text(source))
        return mark_safe("".join(parts))

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context["source_panel"] = self.source_review(obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

    @admin.action(
        description=_("Merge the selected drafts into the other selected announcement"), permissions=["change"]
    )
    def merge(self, request, queryset):
        """The target is the one selected announcement that is not a draft, or else the oldest."""
        selected = list(queryset.order_by("pk"))
        targets = [a for a in selected if a.status != Status.DRAFT] or selected[:1]
        if len(selected) < 2 or len(targets) != 1:
            self.message_user(
                request, _("Select one announcement to keep and the drafts to merge into it."), messages.ERROR
            )
            return
        into = targets[0]
        for draft in selected:
            if draft.pk != into.pk:
                services.announcement_merge(draft=draft, into=into)
        self.message_user(
            request,
            _("Merged %(count)d draft(s) into “%(into)s”.") % {"count": len(selected) - 1, "into": into},
            messages.SUCCESS,
        )


class FigureAdminForm(QuoteLocatingForm, FigureHeadlineForm):
    """One figure on its own page: its quote located in its source, its headline kept."""


@admin.register(Figure)
class FigureAdmin(FigureRecordsMixin, admin.ModelAdmin):
    form = FigureAdminForm
    list_display = ["__str__", "metric", "qualifier", "category", "country", "evidence", "entered_by", "announcement"]
    list_filter = ["metric", "qualifier", "category", "evidence", "entered_by", "country"]
    search_fields = ["quote", "translation", "announcement__title", "source__title", "source__url"]
    autocomplete_fields = ["announcement", "source"]
    list_select_related = ["category", "announcement"]
    readonly_fields = ["created_at", "updated_at"]


class SourceFigureInline(admin.TabularInline):
    model = Figure
    fk_name = "source"
    extra = 0
    fields = ["value", "metric", "qualifier", "category", "announcement", "quote"]
    readonly_fields = fields
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Source)
class SourceAdmin(RetrySourceMixin, WireGroupsMixin, admin.ModelAdmin):
    list_display = ["__str__", "outlet", "status", "language", "published_at", "feed", "wire_of", "short_error"]
    list_filter = ["status", LanguageFilter, "feed", OutletFilter]
    search_fields = ["title", "url", "outlet", "text"]
    # A million sources: no "N total" count, an estimated count past EXACT_UP_TO (lists.py).
    show_full_result_count = False
    paginator = EstimatedCountPaginator
    list_per_page = 50  # as the announcements: half the admin's 100 rows, half its rendering
    readonly_fields = ["content_hash", "attempts", "fetched_at", "created_at", "updated_at", "highlighted"]
    inlines = [SourceFigureInline]
    list_select_related = ["feed", "wire_of"]
    autocomplete_fields = ["wire_of"]
    actions = ["reextract", "fetch_again", "recompute_wire_groups"]
    change_list_template = "admin/releases/source/change_list.html"

    class Media:
        css = {"all": ["css/desk.css"]}  # the source text (.source-text)

    def get_changelist(self, request, **kwargs):
        return SourceChangeList

    def get_paginator(self, request, queryset, per_page, orphans=0, allow_empty_first_page=True):
        # The page's rows are read by id alone, in the order of the ids the list read.
        rows = Source.objects.select_related(*self.list_select_related).defer(*UNSHOWN_TEXTS)
        return self.paginator(queryset, per_page, orphans, allow_empty_first_page, rows=rows)

    def get_search_results(self, request, queryset, search_term):
        # On PostgreSQL every word is looked up in the indexes of migration 0017 (sql.py); the
        # planner then either walks the date index (a word in most articles: the first page's
        # matches come first) or reads the matches from the indexes and sorts them (a rare one).
        if not sql.postgresql() or not search_term.split():
            return super().get_search_results(request, queryset, search_term)
        queryset = queryset.alias(words=sql.SourceWords("text"))
        for word in search_term.split():
            queryset = queryset.filter(sql.source_match(word))
        return queryset, False

    @admin.display(description=_("error"))
    def short_error(self, obj):
        return obj.error[:120]

    @admin.display(description=_("text with the figures' quotes"))
    def highlighted(self, obj):
        return highlighted_text(obj) if obj.pk else "-"

    @admin.action(description=_("Re-run extraction on the selected sources"), permissions=["change"])
    def reextract(self, request, queryset):
        ids = list(queryset.exclude(text="").values_list("pk", flat=True))
        for source_id in ids:
            tasks.reextract_source.delay_on_commit(source_id)
        self.message_user(request, _("Extraction will run again on %(count)d source(s).") % {"count": len(ids)})

    @admin.action(description=_("Fetch the selected sources again"), permissions=["change"])
    def fetch_again(self, request, queryset):
        ids = list(queryset.exclude(status__in=filing.DONE_STATUSES).values_list("pk", flat=True))
        sent = [tasks.fetch_source_soon(source_id) for source_id in ids]
        self.message_user(request, _("%(count)d source(s) will be fetched again.") % {"count": len(ids)})
        if not all(sent):
            self.message_user(request, QUEUE_DOWN_MESSAGE, messages.WARNING)

    def get_urls(self):
        view = self.admin_site.admin_view(self.import_url_view)
        return [path("import/", view, name="releases_source_import"), *super().get_urls()]

    def import_url_view(self, request):
        return imports.import_url_view(self, request)


@admin.register(Official)
class OfficialAdmin(admin.ModelAdmin):
    list_display = ["name", "role", "organisation", "country"]
    list_filter = ["country"]
    search_fields = ["name", "aliases", "role", "organisation"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(PrisonerCategory)
class PrisonerCategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "description"]
    search_fields = ["name", "slug"]


@admin.register(Prisoner)
class PrisonerAdmin(PrisonerRecordsMixin, admin.ModelAdmin):
    list_display = ["name", "nationality_list", "confirmed"]
    list_filter = ["confirmed"]
    search_fields = ["name", "aliases"]
    autocomplete_fields = ["announcements"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [PrisonerEventInline]
    actions = ["confirm", "merge_prisoners"]

    @admin.display(description=_("nationalities"))
    def nationality_list(self, obj):
        return ", ".join(country.name for country in obj.nationalities)


@admin.register(Feed)
class FeedAdmin(StarterFeedsMixin, admin.ModelAdmin):
    list_display = ["__str__", "url", "active", "last_polled_at", "failures", "last_error"]
    list_filter = ["active"]
    search_fields = ["name", "url"]
    readonly_fields = [
        "etag",
        "last_modified",
        "last_polled_at",
        "next_poll_at",
        "failures",
        "last_error",
        "created_at",
    ]
    actions = ["poll_now"]

    @admin.action(description=_("Poll the selected feeds now"), permissions=["change"])
    def poll_now(self, request, queryset):
        ids = list(queryset.filter(active=True).values_list("pk", flat=True))
        sent = [tasks.poll_feed_soon(feed_id) for feed_id in ids]
        self.message_user(request, _("%(count)d feed(s) will be polled now.") % {"count": len(ids)})
        if not all(sent):
            self.message_user(request, QUEUE_DOWN_MESSAGE, messages.WARNING)


def highlighted_text(source: Source) -> SafeString:
    """The source text, escaped, with each figure's quote marked where its offsets say."""
    text = source.text
    spans = sorted(
        (f.quote_start, f.quote_end, f)
        for f in source.figures.all()
        if f.quote_start is not None and f.quote_end <= len(text)
    )
    pieces, position = [], 0
    for start, end, figure in spans:
        if start < position:
            continue  # overlaps the previous quote: that one is already marked
        pieces.append(escape(text[position:start]))
        pieces.append(
            format_html('<mark title="{}">{}</mark>', f"{figure} ({figure.get_entered_by_display()})", text[start:end])
        )
        position = end
    pieces.append(escape(text[position:]))
    return format_html('<div class="source-text">{}</div>', mark_safe("".join(pieces)))
