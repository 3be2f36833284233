"""The desk's home page: what needs an editor today.

The review queue (drafts, oldest first, with their headline figures), the sources that
failed or are stuck, each with a retry button, the feeds with their last poll, error and
back-off, and the import-from-URL form. The admin's index template shows it above the
list of models (templates/admin/index.html, through the `desk` tag library).
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib import admin, messages
from django.db.models import Count, Q, Sum
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from releases.choices import Metric, SourceStatus, Status
from releases.ingest import filing, tasks
from releases.models import Announcement, Feed, Figure, Source

QUEUE_LENGTH = 30
SOURCES_SHOWN = 30
FEEDS_SHOWN = 100


@dataclass
class Draft:
    announcement: Announcement
    figures: list[Figure] = field(default_factory=list)
    # (metric label, the number the site will add) once published: the counting rule's sums.
    totals: list[tuple[str, int]] = field(default_factory=list)


def review_queue(*, limit: int = QUEUE_LENGTH) -> tuple[list[Draft], int]:
    """The oldest drafts first, with their headline figures; and how many drafts wait."""
    drafts = Announcement.objects.filter(status=Status.DRAFT)
    total = drafts.count()
    rows = list(
        drafts.annotate(source_count=Count("sources", distinct=True))
        .only("pk", "title", "country", "kind", "announced_on", "created_at")
        .order_by("created_at", "pk")[:limit]
    )
    headlines = defaultdict(list)
    for figure in Figure.objects.filter(announcement__in=[a.pk for a in rows], headline=True).select_related(
        "category"
    ):
        headlines[figure.announcement_id].append(figure)
    sums = defaultdict(list)
    counted = (
        Figure.objects.filter(announcement__in=[a.pk for a in rows])
        .counted()
        .values("announcement_id", "metric")
        .annotate(total=Sum("value"))
        .order_by("announcement_id", "-total")
    )
    labels = dict(Metric.choices)
    for row in counted:
        sums[row["announcement_id"]].append((labels.get(row["metric"], row["metric"]), row["total"]))
    return [Draft(a, sorted(headlines[a.pk], key=lambda f: -f.value), sums[a.pk]) for a in rows], total


def sources_needing_attention(*, now: datetime.datetime | None = None, limit: int = SOURCES_SHOWN):
    """Failed sources, and those left new or fetching past the time a fetch takes (a lost
    enqueue or a dead worker; beat picks them up too, but an editor should see them)."""
    cutoff = (now or timezone.now()) - tasks.STALE_AFTER
    stuck = Q(status__in=[SourceStatus.NEW, SourceStatus.FETCHING], updated_at__lt=cutoff)
    return Source.objects.filter(Q(status=SourceStatus.FAILED) | stuck).order_by("-updated_at")[:limit]


def feeds_health(*, limit: int = FEEDS_SHOWN):
    """Active feeds first, the failing ones at the top; then the ones turned off."""
    return Feed.objects.order_by("-active", "-failures", "name", "url")[:limit]


class RetrySourceMixin:
    """For the sources' ModelAdmin: the home page's retry button, one source per click."""

    def get_urls(self):
        view = self.admin_site.admin_view(require_POST(self.retry_view))
        return [path("<int:object_id>/retry/", view, name="releases_source_retry"), *super().get_urls()]

    def retry_view(self, request: HttpRequest, object_id: int) -> HttpResponse:
        return source_retry(self, request, object_id)


def source_retry(model_admin: admin.ModelAdmin, request: HttpRequest, object_id: int) -> HttpResponse:
    source = get_object_or_404(Source, pk=object_id)
    if not model_admin.has_change_permission(request, source):
        return redirect("admin:index")
    if source.status in filing.DONE_STATUSES:
        model_admin.message_user(request, _("“%(source)s” is filed already.") % {"source": source}, messages.INFO)
        return redirect("admin:index")
    tasks.fetch_source.delay_on_commit(source.pk)
    source.refresh_from_db()
    if source.status == SourceStatus.FAILED:
        text = _("“%(source)s” failed again: %(error)s") % {"source": source, "error": source.error}
        model_admin.message_user(request, text, messages.ERROR)
    else:
        text = _("“%(source)s” is being fetched again (now %(status)s).") % {
            "source": source,
            "status": source.get_status_display().lower(),
        }
        model_admin.message_user(request, text, messages.SUCCESS)
    return redirect("admin:index")
