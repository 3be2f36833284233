from django.urls import path

from . import views

app_name = "releases"

urlpatterns = [
    path("", views.timeline, name="timeline"),
    path("announcements/", views.announcement_list, name="announcement-list"),
    path("announcements/<slug:slug>/", views.announcement_detail, name="announcement-detail"),
    path("figures/", views.figure_list, name="figure-list"),
    path("officials/<slug:slug>/", views.official_detail, name="official-detail"),
    path("countries/<str:code>/", views.country_detail, name="country-detail"),
    path("categories/<slug:slug>/", views.category_detail, name="category-detail"),
    path("prisoners/<slug:slug>/", views.prisoner_detail, name="prisoner-detail"),
    path("search/", views.search, name="search"),
]
