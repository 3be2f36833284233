"""The sitemap: the fixed pages and every published announcement."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from releases.models import Announcement


class PageSitemap(Sitemap):
    changefreq = "daily"

    def items(self) -> list[str]:
        return ["releases:timeline", "releases:announcement-list", "releases:figure-list"]

    def location(self, item: str) -> str:
        return reverse(item)


class AnnouncementSitemap(Sitemap):
    changefreq = "weekly"
    limit = 10000

    def items(self):
        return Announcement.objects.published().only("slug", "updated_at").order_by("-announced_on", "-id")

    def lastmod(self, item: Announcement):
        return item.updated_at


SITEMAPS = {"pages": PageSitemap, "announcements": AnnouncementSitemap}
