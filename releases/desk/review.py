"""Publishing as a step: an editor with the publish permission publishes a record from its
review page, which shows it through the public page's own template and reads, as readers
will see it (figures, totals, quotes, sources). The status field of the change form cannot
publish, so nothing reaches the public site without that look.
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from releases import services
from releases.choices import Status
from releases.models import Announcement
from releases.public.views import announcement_context

PUBLISH_PERMISSION = "releases.publish_announcement"
NOT_HERE = _("Publish from the record's review page, where it shows as readers will see it.")


def review_url(announcement: Announcement) -> str:
    return reverse("admin:releases_announcement_review", args=[announcement.pk])


class PublishingStepMixin:
    """For the announcements' ModelAdmin: the review page, its link in the list, and a status
    field that offers "published" only to a record that already is."""

    def get_urls(self):
        view = self.admin_site.admin_view(self.review_view)
        return [path("<int:object_id>/review/", view, name="releases_announcement_review"), *super().get_urls()]

    def review_view(self, request: HttpRequest, object_id: int) -> HttpResponse:
        return announcement_review(self, request, object_id)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        status = form.base_fields.get("status")
        if status is not None and (obj is None or obj.status != Status.PUBLISHED):
            status.choices = [(value, label) for value, label in status.choices if value != Status.PUBLISHED]
            status.help_text = NOT_HERE
            status.error_messages["invalid_choice"] = NOT_HERE
        return form

    @admin.display(description=_("review"))
    def review_link(self, obj: Announcement) -> str:
        label = _("Review and publish") if obj.status != Status.PUBLISHED else _("Preview")
        return format_html('<a href="{}">{}</a>', review_url(obj), label)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context["review_url"] = review_url(obj) if obj is not None and obj.pk else ""
        return super().render_change_form(request, context, add, change, form_url, obj)


def announcement_review(model_admin, request: HttpRequest, object_id: int) -> HttpResponse:
    """The record as the public page will show it, with Publish and Reject for those who may."""
    announcement = get_object_or_404(Announcement, pk=object_id)
    if not model_admin.has_view_or_change_permission(request, announcement):
        raise PermissionDenied
    may_publish = request.user.has_perm(PUBLISH_PERMISSION)
    if request.method == "POST":
        if not may_publish:
            raise PermissionDenied
        return decide(model_admin, request, announcement)
    ctx = announcement_context(request, announcement, as_of=None) | {
        "review": {
            "may_publish": may_publish,
            "version": version_token(announcement),
            "change_url": reverse("admin:releases_announcement_change", args=[announcement.pk]),
            "queue_url": reverse("admin:releases_announcement_changelist"),
        },
    }
    return TemplateResponse(request, "admin/releases/announcement/review.html", ctx)


def version_token(announcement: Announcement) -> str:
    """Which state of the record the editor looked at: a decision on an older one is refused."""
    return announcement.updated_at.isoformat()


def decide(model_admin, request: HttpRequest, announcement: Announcement) -> HttpResponse:
    decision = request.POST.get("decision")
    if decision not in ("publish", "reject"):
        model_admin.message_user(request, _("Choose Publish or Reject."), messages.ERROR)
        return redirect(review_url(announcement))
    if request.POST.get("version") != version_token(announcement):
        message = _("The record changed after you opened this review: look at it again before deciding.")
        model_admin.message_user(request, message, messages.ERROR)
        return redirect(review_url(announcement))
    if decision == "publish":
        services.announcements_publish(announcements=[announcement])
        announcement.refresh_from_db()
        message = format_html(
            '{} <a href="{}">{}</a>', _("Published:"), announcement.get_absolute_url(), announcement.title
        )
    else:
        services.announcements_reject(announcements=[announcement])
        message = format_html("{} {}", _("Rejected:"), announcement.title)
    model_admin.message_user(request, message, messages.SUCCESS)
    return redirect("admin:releases_announcement_changelist")
