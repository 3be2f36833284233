"""Public URLs (fixed: scripts outside the code rely on them): pages, exports, the feed and the sitemap."""

from django.contrib.sitemaps import views as sitemap_views
from django.urls import path

from . import views
from .sitemaps import SITEMAPS

app_name = "releases"

urlpatterns = [
    path("", views.timeline, name="timeline"),
    path("announcements/", views.announcement_list, name="announcement-list"),
    path("announcements/export.csv", views.announcement_export, {"fmt": "csv"}, name="announcement-export-csv"),
    path("announcements/export.json", views.announcement_export, {"fmt": "json"}, name="announcement-export-json"),
    path("announcements/<slug:slug>/", views.announcement_detail, name="announcement-detail"),
    path("figures/", views.figure_list, name="figure-list"),
    path("figures/export.csv", views.figure_export, {"fmt": "csv"}, name="figure-export-csv"),
    path("figures/export.json", views.figure_export, {"fmt": "json"}, name="figure-export-json"),
    path("figures/totals.csv", views.totals_export, {"fmt": "csv"}, name="totals-export-csv"),
    path("figures/totals.json", views.totals_export, {"fmt": "json"}, name="totals-export-json"),
    path("how-we-count/", views.methodology, name="methodology"),
    path("officials/<slug:slug>/", views.official_detail, name="official-detail"),
    path("countries/<str:code>/", views.country_detail, name="country-detail"),
    path("categories/<slug:slug>/", views.category_detail, name="category-detail"),
    path("prisoners/", views.prisoner_list, name="prisoner-list"),
    path("prisoners/<slug:slug>/", views.prisoner_detail, name="prisoner-detail"),
    path("search/", views.search, name="search"),
    path("about/", views.about, name="about"),
    path("feeds/announcements.atom", views.announcement_feed, name="announcement-feed"),
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "releases:sitemap-section"},
        name="sitemap",
    ),
    path("sitemap-<section>.xml", sitemap_views.sitemap, {"sitemaps": SITEMAPS}, name="sitemap-section"),
]
