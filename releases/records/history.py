"""The public corrections log and earlier versions of a published record.

django-simple-history keeps a row for every save of an announcement and of a figure. Here
those rows become what a reader needs: the corrections made after publication (what
changed, old → new, when and why), a version number to cite, and the record as it stood
at the end of a given day. Everything is read in two queries per announcement, whatever
its history.
"""

import datetime
import functools
from dataclasses import dataclass, field

from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django_countries import countries

from releases.choices import Status
from releases.models import Announcement, Figure

# The fields of a record a correction can change, in the order a reader looks at them.
ANNOUNCEMENT_FIELDS = ["title", "kind", "country", "announced_on", "occasion", "summary"]
FIGURE_FIELDS = [
    "value", "qualifier", "metric", "category", "country", "as_of", "evidence", "headline", "source", "quote",
    "translation",
]  # fmt: skip
# Saves by one editor with one reason this close together are one correction (a form with
# inline figures saves each row separately).
SAME_CORRECTION = datetime.timedelta(minutes=2)
# Reasons are stored in a text column (settings); the form keeps them to a paragraph.
REASON_MAX_LENGTH = 1000


@dataclass
class Change:
    subject: str
    field: str
    old: str
    new: str


@dataclass
class Revision:
    """One correction: the changes saved together, the version they made, when and why."""

    number: int
    when: datetime.datetime
    reason: str
    by_editor: bool
    user_id: int | None = None
    changes: list[Change] = field(default_factory=list)


@dataclass
class Record:
    """A published announcement's history: its corrections and versions."""

    announcement: Announcement
    published: datetime.datetime | None
    revisions: list[Revision]
    announcement_rows: list
    figure_rows: list

    @property
    def version(self) -> int:
        return len(self.revisions) + 1

    @property
    def version_date(self) -> datetime.datetime | None:
        return self.revisions[-1].when if self.revisions else self.published

    def version_at(self, moment: datetime.datetime) -> tuple[int, datetime.datetime | None]:
        """The version current at `moment` and the date it was made."""
        done = [r for r in self.revisions if r.when <= moment]
        return (done[-1].number, done[-1].when) if done else (1, self.published)


def _label(model, name: str, value, related: dict) -> str:
    """A field's value as the page shows it."""
    if value is None or value == "":
        return "–"
    field_ = model._meta.get_field(name)
    if name == "category":
        return related.get(("category", value), str(value))
    if name == "source":
        return related.get(("source", value), str(value))
    if name == "country":
        return countries.name(value) or str(value)
    if field_.choices:
        return str(dict(field_.choices).get(value, value))
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, datetime.date):
        return date_format(value, "DATE_FORMAT")
    return str(value)


def _value(row, name: str):
    attname = f"{name}_id" if name in ("category", "source") else name
    value = getattr(row, attname)
    return getattr(value, "code", value) if name == "country" else value


def _field_name(model, name: str) -> str:
    return str(model._meta.get_field(name).verbose_name).capitalize()


def _figure_subject(row, related: dict) -> str:
    return _("Figure %(value)s %(metric)s") % {
        "value": f"{row.value:,}",
        "metric": _label(Figure, "metric", row.metric, related).lower(),
    }


def _diff(model, fields: list[str], old, new, subject: str, related: dict) -> list[Change]:
    changes = []
    for name in fields:
        before, after = _value(old, name), _value(new, name)
        if before != after:
            changes.append(
                Change(
                    subject,
                    _field_name(model, name),
                    _label(model, name, before, related),
                    _label(model, name, after, related),
                )
            )
    return changes


def _related_labels(figure_rows: list) -> dict:
    """Names for the categories and sources the figure rows point to (from the joined rows)."""
    related = {}
    for row in figure_rows:
        if row.category_id and row.category is not None:
            related[("category", row.category_id)] = row.category.name
        if row.source_id and row.source is not None:
            related[("source", row.source_id)] = row.source.outlet or row.source.title or row.source.url
    return related


def _figure_change(pk: int, before, row, related: dict) -> list[Change]:
    """What readers see change on one figure between two of its versions (None: not yet saved)."""
    was = before is not None and before.history_type != "-" and before.announcement_id == pk
    now = row is not None and row.history_type != "-" and row.announcement_id == pk
    if was and now:
        return _diff(Figure, FIGURE_FIELDS, before, row, _figure_subject(row, related), related)
    if now:
        return [Change(_figure_subject(row, related), _("Figure"), "–", _("added"))]
    if was:
        return [Change(_figure_subject(before, related), _("Figure"), _("shown"), _("removed"))]
    return []


def _public_changes(pk: int, announcement_rows: list, figure_rows: list, related: dict, public) -> list[tuple]:
    """(when, user id, reason, changes) for each change readers could see, oldest first.

    Each save made while the record was public is compared with the version readers had
    before it. Saves made while it was off the site (a draft, rejected or withdrawn) are
    not shown one by one: they are the editors' working state and may hold internal
    notes. When the record is published again, what differs from the last version readers
    saw is one change, made at that moment."""
    timeline = sorted(
        [(row.history_date, 0, row) for row in announcement_rows] + [(row.history_date, 1, row) for row in figure_rows],
        key=lambda item: (item[0], item[1]),
    )
    current, figures = None, {}
    shown, shown_figures = None, {}
    events, was_public, again = [], False, None
    for when, kind, row in timeline:
        if kind == 0:
            current = row
        else:
            figures[row.id] = row
        if current is None or not public(current):
            was_public = False
            continue
        reason = row.history_change_reason or ""
        if shown is None:  # first published: version 1
            shown, shown_figures, was_public = current, dict(figures), True
            continue
        if not was_public:
            changes = _diff(Announcement, ANNOUNCEMENT_FIELDS, shown, current, _("Announcement"), related)
            for figure_id in sorted(shown_figures.keys() | figures.keys()):
                changes += _figure_change(pk, shown_figures.get(figure_id), figures.get(figure_id), related)
            reason = reason or _("Published again")
            again = (when, row.history_user_id, reason)
            shown, shown_figures = current, dict(figures)
        elif kind == 0:
            changes = _diff(Announcement, ANNOUNCEMENT_FIELDS, shown, row, _("Announcement"), related)
            shown = row
        else:
            changes = _figure_change(pk, shown_figures.get(row.id), row, related)
            shown_figures[row.id] = row
        if not reason and again and again[1] == row.history_user_id and when - again[0] <= SAME_CORRECTION:
            reason = again[2]  # the inline figures saved by the form that published it again
        was_public = True
        events.append((when, row.history_user_id, reason, changes))
    return events


@functools.cache
def historical(model: type[models.Model]) -> type[models.Model]:
    """`model`'s historical model. `model.history` builds a new manager class on every access
    (about 0.3 ms each, three times a page)."""
    return model.history.model


# What a figure's category and source show, read with its historical rows.
JOINED = {"category": ("id", "slug", "name"), "source": ("id", "url", "outlet", "title", "language")}


def _figure_versions(pk: int) -> list:
    """Every saved version of every figure ever on the announcement, oldest first, each with
    its category and source (None where the row is gone: the history keeps no constraint)."""
    versions = historical(Figure).objects
    return list(
        versions.filter(id__in=versions.filter(announcement_id=pk).values("id"))
        .select_related("category", "source")
        .only(
            *(f.attname for f in historical(Figure)._meta.concrete_fields),
            *(f"{name}__{column}" for name, columns in JOINED.items() for column in columns),
        )
        .order_by("history_date", "history_id")
    )


def record_history(announcement: Announcement) -> Record:
    """The announcement's versions and the corrections between them (two queries)."""
    versions = historical(Announcement).objects.filter(id=announcement.pk)
    announcement_rows = list(versions.order_by("history_date", "history_id"))
    figure_rows = _figure_versions(announcement.pk)
    published_rows = [row for row in announcement_rows if row.status == Status.PUBLISHED]
    baseline = published_rows[0].history_date if published_rows else announcement.published_at
    if baseline is None:
        return Record(announcement, None, [], announcement_rows, figure_rows)
    related = _related_labels(figure_rows)
    if published_rows:
        public = lambda row: row.status == Status.PUBLISHED  # noqa: E731
    else:  # published before its history was kept: every later save was public
        public = lambda row: row.history_date >= baseline  # noqa: E731
    events = _public_changes(announcement.pk, announcement_rows, figure_rows, related, public)
    # Entering a record published at once saves its figures just after it: that is the
    # first version, not a correction (a correction always carries a reason).
    settled = baseline + SAME_CORRECTION
    events = [event for event in events if event[2] or event[0] > settled]
    return Record(announcement, baseline, _revisions(events), announcement_rows, figure_rows)


def _revisions(events: list[tuple]) -> list[Revision]:
    """Group the saves into corrections and number them (version 1 is as first published)."""
    revisions: list[Revision] = []
    start = None
    for when, user_id, reason, changes in sorted(events, key=lambda event: event[0]):
        if not changes:
            continue
        last = revisions[-1] if revisions else None
        same = last and (last.reason, last.user_id) == (reason, user_id) and when - start <= SAME_CORRECTION
        if same:
            last.changes += changes
            last.when = when
            continue
        start = when
        revisions.append(
            Revision(
                number=len(revisions) + 2,
                when=when,
                reason=reason,
                by_editor=user_id is not None,
                user_id=user_id,
                changes=list(changes),
            )
        )
    return revisions


def end_of_day(day: datetime.date) -> datetime.datetime:
    """The first instant after `day` in the site's time zone (for the last day the calendar
    has, the last instant it has: every record is older)."""
    try:
        following = datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time())
    except OverflowError:
        return datetime.datetime.max.replace(tzinfo=datetime.UTC)
    return timezone.make_aware(following) if timezone.is_naive(following) else following


def record_as_of(record: Record, day: datetime.date) -> tuple[Announcement, list[Figure]] | None:
    """The announcement (its own fields) and its figures as they stood at the end of `day`;
    None when it was not published then (a draft state is never shown)."""
    moment = end_of_day(day)
    rows = [row for row in record.announcement_rows if row.history_date < moment]
    if not rows or rows[-1].status != Status.PUBLISHED:
        return None
    announcement = record.announcement
    for name in ANNOUNCEMENT_FIELDS:
        setattr(announcement, name, getattr(rows[-1], name))
    latest: dict[int, object] = {}
    for row in record.figure_rows:
        if row.history_date < moment:
            latest[row.id] = row
    figures = []
    for row in latest.values():
        if row.history_type == "-" or row.announcement_id != announcement.pk:
            continue
        figure = row.instance
        figure.category, figure.source = row.category, row.source
        figures.append(figure)
    figures.sort(key=lambda figure: (figure.metric, -figure.value, figure.pk))
    return announcement, figures
