"""Importing one article by its URL from the desk, with messages that say what happened.

A URL the fetcher would refuse (a loopback or private address, not http(s)) is refused in
the form, in red, with the reason, and nothing is registered. A URL already known is
linked to its source and fetched again only when the editor asks. After a fetch, the
message follows the source's status: in the embedded mode the fetch has run by then, so a
failure is reported as one; with a worker it is queued, and the message says so.
"""

from django import forms
from django.contrib import messages
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from releases.choices import SourceStatus
from releases.ingest import filing, http, tasks
from releases.ingest.urls import canonicalize
from releases.models import Source

FETCH_AGAIN = "fetch_again"


class ImportURLForm(forms.Form):
    url = forms.URLField(label=_("Article URL"), max_length=2000, assume_scheme="https")

    def clean_url(self) -> str:
        try:
            url = canonicalize(self.cleaned_data["url"])
        except ValueError as exc:
            raise forms.ValidationError(_("Give an http or https address.")) from exc
        known = Source.objects.filter(Q(url=url) | Q(original_url=url) | Q(aliases__url=url)).exists()
        reason = None if known else http.refusal(url)
        if reason:
            raise forms.ValidationError(_("The importer will not fetch this address: %(reason)s.") % {"reason": reason})
        return url


def source_admin_url(source: Source) -> str:
    return reverse("admin:releases_source_change", args=[source.pk])


def import_url_view(model_admin, request: HttpRequest) -> HttpResponse:
    """A form for one article URL: a new article is registered and fetched; a known one is
    shown with its status, and fetched again only on the editor's word."""
    if not model_admin.has_add_permission(request):
        return redirect("admin:releases_source_changelist")
    form = ImportURLForm(request.POST or None)
    known = None
    if request.method == "POST" and form.is_valid():
        source, created = filing.source_register(url=form.cleaned_data["url"])
        if created or (FETCH_AGAIN in request.POST and can_fetch_again(source)):
            return fetch_and_report(model_admin, request, source)
        known = source
    context = {
        **model_admin.admin_site.each_context(request),
        "form": form,
        "known": known,
        "known_url": source_admin_url(known) if known else "",
        "can_fetch_again": known is not None and can_fetch_again(known),
        "opts": model_admin.model._meta,
        "title": _("Import an article from its URL"),
    }
    return TemplateResponse(request, "admin/releases/source/import_url.html", context)


def can_fetch_again(source: Source) -> bool:
    """A filed article is not fetched again (its text is stored; re-extract it instead)."""
    return source.status not in filing.DONE_STATUSES


QUEUE_DOWN_MESSAGE = _(
    "The task queue is unreachable right now: what you asked is saved and will run within a minute of its return."
)


def fetch_and_report(model_admin, request: HttpRequest, source: Source) -> HttpResponse:
    # Enqueued after the commit that made the row, so a worker finds it; without a worker
    # (the embedded mode) the fetch has run once this returns.
    # The row is committed by now (the desk's views run in autocommit); without a worker (the
    # embedded mode) the fetch has run once this returns. With the broker away, the source
    # is marked and sent within a minute of its return.
    if not tasks.fetch_source_soon(source.pk):
        model_admin.message_user(request, QUEUE_DOWN_MESSAGE, messages.WARNING)
        return redirect(source_admin_url(source))
    source.refresh_from_db()
    level, text = fetch_outcome(source)
    model_admin.message_user(request, text, level)
    return redirect(source_admin_url(source))


def fetch_outcome(source: Source) -> tuple[int, str]:
    """The message for a source after its fetch was asked for, by the status it is in now."""
    if source.status == SourceStatus.FAILED:
        return messages.ERROR, format_html("{} {}", _("The article could not be fetched:"), source.error)
    if source.status == SourceStatus.IGNORED:
        why = source.error or _("it does not read as a report of a pardon, amnesty or release.")
        return messages.WARNING, format_html("{} {}", _("The article was fetched but not filed:"), why)
    if source.status == SourceStatus.EXTRACTED:
        count = source.announcements.count()
        if count:
            return messages.SUCCESS, _("The article was fetched and filed with %(count)d announcement(s).") % {
                "count": count
            }
        return messages.SUCCESS, _("The article was fetched and its figures filed.")
    return messages.INFO, _(
        "The article is queued: a worker fetches it shortly, and its status on this page changes when it is done."
    )
