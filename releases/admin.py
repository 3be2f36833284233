"""The editors' desk: review what the importer filed, correct it, publish it."""

from django.contrib import admin, messages
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from . import services
from .choices import Status
from .models import Announcement, Feed, Figure, Official, Prisoner, PrisonerCategory, Source

admin.site.site_header = _("Clemency Tracker editors")
admin.site.site_title = _("Clemency Tracker")
admin.site.index_title = _("Records")


class FigureInline(admin.TabularInline):
    model = Figure
    extra = 1
    fields = ["value", "metric", "qualifier", "category", "as_of", "evidence", "headline", "source", "quote"]
    autocomplete_fields = ["source"]
    show_change_link = True


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
class AnnouncementAdmin(admin.ModelAdmin):
    list_display = ["title", "status", "kind", "country", "announced_on", "figure_count", "source_count", "updated_at"]
    list_filter = [ReviewQueueFilter, "kind", "country", "categories"]
    search_fields = ["title", "summary", "occasion", "officials__name", "figures__quote"]
    date_hierarchy = "announced_on"
    autocomplete_fields = ["officials", "sources"]
    filter_horizontal = ["categories"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["published_at", "created_at", "updated_at"]
    inlines = [FigureInline]
    actions = ["publish", "reject"]
    list_per_page = 50
    fieldsets = [
        (None, {"fields": ["title", "slug", "status", "kind", "country", "announced_on", "occasion", "summary"]}),
        (_("Who and what"), {"fields": ["officials", "categories", "sources"]}),
        (_("History"), {"fields": ["published_at", "created_at", "updated_at"], "classes": ["collapse"]}),
    ]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(_figures=Count("figures", distinct=True), _sources=Count("sources", distinct=True))
        )

    @admin.display(description=_("figures"), ordering="_figures")
    def figure_count(self, obj):
        return obj._figures

    @admin.display(description=_("sources"), ordering="_sources")
    def source_count(self, obj):
        return obj._sources

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.announcement_refresh_search(announcement=form.instance)

    @admin.action(description=_("Publish the selected announcements"), permissions=["publish"])
    def publish(self, request, queryset):
        count = services.announcements_publish(announcements=queryset)
        self.message_user(request, _("%(count)d announcement(s) published.") % {"count": count}, messages.SUCCESS)

    @admin.action(description=_("Reject the selected announcements"), permissions=["publish"])
    def reject(self, request, queryset):
        count = services.announcements_reject(announcements=queryset)
        self.message_user(request, _("%(count)d announcement(s) rejected.") % {"count": count}, messages.SUCCESS)

    def has_publish_permission(self, request) -> bool:
        return request.user.has_perm("releases.publish_announcement")


@admin.register(Figure)
class FigureAdmin(admin.ModelAdmin):
    list_display = ["__str__", "metric", "qualifier", "category", "country", "evidence", "entered_by", "announcement"]
    list_filter = ["metric", "qualifier", "category", "evidence", "entered_by", "country"]
    search_fields = ["quote", "announcement__title", "source__title", "source__url"]
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
class SourceAdmin(admin.ModelAdmin):
    list_display = ["__str__", "outlet", "status", "language", "published_at", "feed", "short_error"]
    list_filter = ["status", "language", "feed", "outlet"]
    search_fields = ["title", "url", "outlet", "text"]
    readonly_fields = ["content_hash", "attempts", "fetched_at", "created_at", "updated_at"]
    inlines = [SourceFigureInline]
    list_select_related = ["feed"]

    @admin.display(description=_("error"))
    def short_error(self, obj):
        return obj.error[:120]


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
class PrisonerAdmin(admin.ModelAdmin):
    list_display = ["name", "nationality_list"]
    search_fields = ["name", "aliases"]
    autocomplete_fields = ["announcements"]
    prepopulated_fields = {"slug": ["name"]}

    @admin.display(description=_("nationalities"))
    def nationality_list(self, obj):
        return ", ".join(country.name for country in obj.nationalities)


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    list_display = ["__str__", "url", "active", "last_polled_at", "failures", "last_error"]
    list_filter = ["active"]
    search_fields = ["name", "url"]
    readonly_fields = ["etag", "last_modified", "last_polled_at", "next_poll_at", "failures", "last_error", "created_at"]
