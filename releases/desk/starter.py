"""The feeds' "Add the starter feeds" button: the curated list, added switched off."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from releases.ingest.starter import feeds_add_starter


class StarterFeedsMixin:
    """For the feeds' ModelAdmin: a POST that adds the starter feeds."""

    change_list_template = "admin/releases/feed/change_list.html"

    def get_urls(self):
        view = self.admin_site.admin_view(require_POST(self.add_starter_view))
        return [path("starter/", view, name="releases_feed_starter"), *super().get_urls()]

    def add_starter_view(self, request: HttpRequest) -> HttpResponse:
        if not self.has_add_permission(request):
            return redirect("admin:releases_feed_changelist")
        added, already = feeds_add_starter()
        text = _(
            "%(added)d starter feed(s) added, switched off (%(already)d already there): check each and tick "
            "“active” to start polling it."
        ) % {"added": added, "already": already}
        self.message_user(request, text, messages.SUCCESS)
        return redirect("admin:releases_feed_changelist")
