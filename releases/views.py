"""The public site: only published records are ever shown."""

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render

from .models import Announcement, Official, PrisonerCategory, Prisoner


def healthz(request: HttpRequest) -> HttpResponse:
    """200 when the database (and Redis, when configured) answer; 503 otherwise."""
    from .health import check_services

    problems = check_services()
    return JsonResponse({"ok": not problems, "problems": problems}, status=503 if problems else 200)


def timeline(request: HttpRequest) -> HttpResponse:
    """Published announcements, newest first."""
    page = Announcement.objects.published().with_headline_figures()[:50]
    return render(request, "releases/timeline.html", {"announcements": page})


def announcement_list(request: HttpRequest) -> HttpResponse:
    return timeline(request)


def announcement_detail(request: HttpRequest, slug: str) -> HttpResponse:
    announcement = get_object_or_404(Announcement.objects.published(), slug=slug)
    return render(request, "releases/announcement_detail.html", {"announcement": announcement})


def figure_list(request: HttpRequest) -> HttpResponse:
    return timeline(request)


def official_detail(request: HttpRequest, slug: str) -> HttpResponse:
    official = get_object_or_404(Official, slug=slug, announcements__status="published")
    return HttpResponse(official.name)


def country_detail(request: HttpRequest, code: str) -> HttpResponse:
    return HttpResponse(code)


def category_detail(request: HttpRequest, slug: str) -> HttpResponse:
    return HttpResponse(get_object_or_404(PrisonerCategory, slug=slug).name)


def prisoner_detail(request: HttpRequest, slug: str) -> HttpResponse:
    return HttpResponse(get_object_or_404(Prisoner, slug=slug).name)


def search(request: HttpRequest) -> HttpResponse:
    return timeline(request)


