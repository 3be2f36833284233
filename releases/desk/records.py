"""The editors' side of the public record: reasons for corrections, headline figures,
follow-ups, prisoner events, confirming and merging proposed prisoners.

admin.py wires these into its ModelAdmins.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from releases import services
from releases.choices import Status
from releases.models import Figure, FollowUp, Prisoner, PrisonerEvent
from releases.records import followups, prisoners, wire
from releases.records.history import REASON_MAX_LENGTH

REASON_FIELD = "change_reason"
REASON_REQUIRED = _(
    "Give the reason for this change: the record is public, and its corrections log shows readers what changed and why."
)


def reason_field() -> forms.CharField:
    return forms.CharField(
        label=_("Reason for this change"),
        max_length=REASON_MAX_LENGTH,
        required=True,
        help_text=_("Shown to readers in the record's corrections log, with the old and new values."),
        error_messages={"required": REASON_REQUIRED},
    )


class ChangeReasonMixin:
    """A ModelAdmin whose public records need a stated reason for every change: the form
    gets a required `change_reason` field (only then), and each saved row and inline row
    carries it into its history record."""

    def needs_reason(self, obj) -> bool:
        raise NotImplementedError

    def get_form(self, request, obj=None, change=False, **kwargs):
        if obj is not None and self.needs_reason(obj):
            kwargs["form"] = type("ReasonForm", (kwargs.get("form", self.form),), {REASON_FIELD: reason_field()})
        return super().get_form(request, obj, change, **kwargs)

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or not self.needs_reason(obj) or not self.fieldsets:
            return fieldsets
        reason = (_("Correction of a published record"), {"fields": [REASON_FIELD]})
        return [reason, *fieldsets]

    def save_model(self, request, obj, form, change):
        obj._change_reason = form.cleaned_data.get(REASON_FIELD, "")
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        reason = form.cleaned_data.get(REASON_FIELD, "")
        if reason:
            for inline_form in formset.forms:
                inline_form.instance._change_reason = reason
        super().save_formset(request, form, formset, change)


class HeadlineFormSet(BaseInlineFormSet):
    """Exactly one headline figure per metric and category of an announcement."""

    def clean(self):
        super().clean()
        if any(self.errors):
            return
        rows = []
        for form in self.forms:
            data = getattr(form, "cleaned_data", None) or {}
            if not data.get("metric") or data.get("DELETE"):
                continue
            category = data.get("category")
            rows.append((data["metric"], category.pk if category else None, bool(data.get("headline"))))
        problems = followups.headline_problems(rows)
        if problems:
            raise ValidationError(headline_message(problems))


def headline_message(problems: list[tuple[str, int | None]]) -> str:
    from releases.choices import Metric

    names = ", ".join(str(Metric(metric).label).lower() for metric, _category in problems)
    return _(
        "Mark exactly one figure as the headline for each quantity (%(names)s): when sources disagree, the "
        "headline uses one of them and the others stay as reported."
    ) % {"names": names}


class FigureHeadlineForm(forms.ModelForm):
    """A single figure: unticking its headline must leave another one for its quantity."""

    def clean(self):
        data = super().clean()
        announcement = data.get("announcement")
        if announcement is None or data.get("headline"):
            return data
        others = Figure.objects.filter(announcement=announcement, metric=data.get("metric"), headline=True)
        others = others.filter(category=data.get("category")) if data.get("category") else others.filter(category=None)
        if not others.exclude(pk=self.instance.pk).exists():
            raise ValidationError(
                _(
                    "This is the only headline figure for its quantity: open the figure that should replace it and make that one the headline."
                )
            )
        return data


class FollowUpLinkInline(admin.TabularInline):
    """The follow-up links on one side of an announcement; `other` is the far end's field."""

    model = FollowUp
    extra = 0
    other = ""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.fields, cls.autocomplete_fields = ["relation", cls.other, "note"], [cls.other]


class FollowUpInline(FollowUpLinkInline):
    fk_name, other = "earlier", "later"
    verbose_name = _("later announcement that follows this one up")
    verbose_name_plural = _("later announcements that follow this one up")


class FollowsInline(FollowUpLinkInline):
    fk_name, other = "later", "earlier"
    verbose_name = _("earlier announcement this one follows up")
    verbose_name_plural = _("earlier announcements this one follows up")


class PrisonerEventInline(admin.TabularInline):
    model = PrisonerEvent
    extra = 1
    fields = ["happened_on", "kind", "announcement", "source", "note"]
    autocomplete_fields = ["announcement", "source"]
    ordering = ["happened_on", "id"]


class PrisonerMergeForm(forms.Form):
    into = forms.ModelChoiceField(
        queryset=Prisoner.objects.none(),
        widget=forms.RadioSelect,
        label=_("Keep this one; the others become its aliases"),
    )

    def __init__(self, *args, selected, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["into"].queryset = selected
        confirmed = [p for p in selected if p.confirmed]
        self.fields["into"].initial = (confirmed or list(selected))[0].pk


class PrisonerRecordsMixin:
    """Confirm proposed prisoners; merge several records of one person."""

    @admin.action(description=_("Confirm the selected proposed prisoners"), permissions=["change"])
    def confirm(self, request, queryset):
        count = prisoners.prisoners_confirm(prisoners=queryset)
        self.message_user(request, _("%(count)d prisoner(s) confirmed.") % {"count": count}, messages.SUCCESS)

    @admin.action(description=_("Merge the selected prisoners (one person) into one"), permissions=["change"])
    def merge_prisoners(self, request, queryset):
        selected = queryset.order_by("-confirmed", "created_at", "pk")
        if selected.count() < 2:
            self.message_user(request, _("Select the records of one person: two or more."), messages.ERROR)
            return None
        form = PrisonerMergeForm(request.POST if "apply" in request.POST else None, selected=selected)
        if form.is_bound and form.is_valid():
            into = form.cleaned_data["into"]
            others = [p for p in selected if p.pk != into.pk]
            for prisoner in others:
                prisoners.prisoner_merge(prisoner=prisoner, into=into)
            message = _("Merged %(count)d record(s) into “%(into)s”.") % {"count": len(others), "into": into}
            self.message_user(request, message, messages.SUCCESS)
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": _("Merge prisoners"),
            "form": form,
            "selected": selected,
            "opts": self.model._meta,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/releases/prisoner/merge.html", context)


class WireGroupsMixin:
    @admin.action(description=_("Recompute wire groups of the selected sources"), permissions=["change"])
    def recompute_wire_groups(self, request, queryset):
        copies = wire.sources_regroup_wire(sources=list(queryset.defer(None)))  # the texts, which the list defers
        message = _("Wire groups recomputed: %(copies)d of %(count)d source(s) repeat another.") % {
            "copies": copies,
            "count": queryset.count(),
        }
        self.message_user(request, message, messages.SUCCESS)


def announcement_needs_reason(obj) -> bool:
    return obj.status == Status.PUBLISHED


def figure_needs_reason(obj) -> bool:
    return obj.announcement_id is not None and obj.announcement.status == Status.PUBLISHED


class WithdrawForm(forms.Form):
    reason = forms.CharField(
        label=_("Why it is withdrawn"),
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Shown to readers at the announcement's permalink: “withdrawn on …, because …”."),
        error_messages={"required": _("Give the reason readers will see at the permalink.")},
    )


class AnnouncementRecordsMixin(ChangeReasonMixin):
    """A published announcement (and its inline figures) changes only with a reason; it
    leaves the site by being withdrawn, with a public reason; only a superuser deletes one
    that was ever public, once withdrawn, and a tombstone keeps its permalink."""

    def needs_reason(self, obj) -> bool:
        return announcement_needs_reason(obj)

    def save_model(self, request, obj, form, change):
        if change and form.initial.get("status") == Status.PUBLISHED and obj.status != Status.PUBLISHED:
            # Taken off the site from the form: a withdrawal, its reason the one the form asked for.
            obj.withdrawn_at, obj.withdrawal_reason = timezone.now(), form.cleaned_data.get(REASON_FIELD, "")
        super().save_model(request, obj, form, change)

    @admin.action(
        description=_("Withdraw the selected published announcements (with a reason)"), permissions=["publish"]
    )
    def withdraw(self, request, queryset):
        selected = queryset.exclude(published_at=None).filter(withdrawn_at=None)
        form = WithdrawForm(request.POST if "apply" in request.POST else None)
        if form.is_bound and form.is_valid():
            count = services.announcements_withdraw(announcements=selected, reason=form.cleaned_data["reason"])
            self.message_user(request, _("%(count)d announcement(s) withdrawn.") % {"count": count}, messages.SUCCESS)
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": _("Withdraw announcements"),
            "form": form,
            "selected": selected,
            "opts": self.model._meta,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/releases/announcement/withdraw.html", context)

    def get_deleted_objects(self, objs, request):
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        objs = list(objs)
        if any(a.status == Status.PUBLISHED for a in objs):
            perms_needed.add(str(_("published announcements: withdraw them, with a reason, first")))
        elif any(a.published_at is not None for a in objs) and not request.user.is_superuser:
            perms_needed.add(str(_("announcements that were public: only a superuser deletes them")))
        elif any(a.published_at is not None and not a.withdrawal_reason for a in objs):
            perms_needed.add(str(_("announcements that were public: withdraw them, with a reason, first")))
        return deleted, counts, perms_needed, protected

    def delete_model(self, request, obj):
        services.announcement_delete(announcement=obj)

    def delete_queryset(self, request, queryset):
        for announcement in queryset:
            services.announcement_delete(announcement=announcement)


class FigureRecordsMixin(ChangeReasonMixin):
    """A figure of a published announcement changes only with a reason; making it the
    headline makes the others of its quantity not."""

    form = FigureHeadlineForm

    def needs_reason(self, obj) -> bool:
        return figure_needs_reason(obj)

    def get_deleted_objects(self, objs, request):
        # A figure of a published record is removed in the record's form, which asks the
        # reason its corrections log shows.
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        if any(figure_needs_reason(figure) for figure in objs):
            perms_needed.add(str(_("figures of published announcements: remove them in the announcement's form")))
        return deleted, counts, perms_needed, protected

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if obj.headline and obj.announcement_id:
            followups.figure_make_headline(figure=obj, reason=form.cleaned_data.get(REASON_FIELD, ""))
