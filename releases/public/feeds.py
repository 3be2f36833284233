"""The Atom feed of announcements: any filter query string is a subscription to that filter."""

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from releases.models import Announcement

from .filters import AnnouncementFilter

FEED_SIZE = 50


class AnnouncementFeed(Feed):
    """The newest published announcements under a validated AnnouncementFilter."""

    feed_type = Atom1Feed
    description_template = "releases/_feed_item.html"

    def get_object(self, request: HttpRequest, *, filterset: AnnouncementFilter) -> AnnouncementFilter:
        self.query = request.GET.urlencode()
        return filterset

    def title(self, obj: AnnouncementFilter) -> str:
        return _("Clemency Tracker: filtered announcements") if obj.active() else _("Clemency Tracker: announcements")

    def subtitle(self, obj: AnnouncementFilter) -> str:
        return _("Pardons, amnesties and prisoner releases announced by governments, with their figures and sources.")

    def link(self, obj: AnnouncementFilter) -> str:
        return reverse("releases:announcement-list") + (f"?{self.query}" if self.query else "")

    def feed_url(self, obj: AnnouncementFilter) -> str:
        return reverse("releases:announcement-feed") + (f"?{self.query}" if self.query else "")

    def items(self, obj: AnnouncementFilter):
        # A feed reader wants the newest, whatever sort the page had.
        return (
            obj.apply(obj.queryset)
            .with_headline_figures()
            .prefetch_related("categories")
            .order_by("-announced_on", "-id")[:FEED_SIZE]
        )

    def item_title(self, item: Announcement) -> str:
        return item.title

    def item_pubdate(self, item: Announcement):
        return item.published_at or item.created_at

    def item_updateddate(self, item: Announcement):
        return item.updated_at

    def item_categories(self, item: Announcement) -> list[str]:
        return [category.name for category in item.categories.all()]

    def item_author_name(self, item: Announcement) -> str | None:
        return ", ".join(official.name for official in item.officials.all()) or None
