"""Writes that span models: publishing, merging, and matching the people a report names.

Keyword-only, typed, `<noun>_<verb>` names. Each is safe to run twice. The importer
(releases.ingest) files through these; nothing here fetches or extracts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import transaction
from django.db.models import Count, Max
from django.utils import timezone

from . import sql
from .choices import Status
from .extraction.officials import shortened_name
from .extraction.text import name_key
from .models import Announcement, Official, Prisoner, Tombstone

if TYPE_CHECKING:
    from .extraction import OfficialMention


def _announcements_change(announcements, *, applies, changes, reason: str = "") -> int:
    """Set `changes(announcement)` (field: value) on each announcement that `applies` to,
    saving only those fields (the history records `reason`); returns how many changed."""
    changed = 0
    for announcement in announcements:
        if applies(announcement):
            fields = changes(announcement)
            for name, value in fields.items():
                setattr(announcement, name, value)
            if reason:
                announcement._change_reason = reason
            announcement.save(update_fields=[*fields, "updated_at"])
            changed += 1
    return changed


@transaction.atomic
def announcements_publish(*, announcements) -> int:
    """Publish the given announcements; returns how many changed status."""
    return _announcements_change(
        announcements,
        applies=lambda a: a.status != Status.PUBLISHED,
        changes=lambda a: {"status": Status.PUBLISHED, "published_at": a.published_at or timezone.now()},
    )


@transaction.atomic
def announcements_reject(*, announcements) -> int:
    """Reject the given drafts; returns how many changed. A published announcement is not
    rejected but withdrawn, with a public reason (announcements_withdraw)."""
    return _announcements_change(
        announcements, applies=lambda a: a.status == Status.DRAFT, changes=lambda a: {"status": Status.REJECTED}
    )


class ReasonMissing(ValueError):
    """Taking a public record off the site needs a reason readers will see."""


@transaction.atomic
def announcements_withdraw(*, announcements, reason: str) -> int:
    """Take published announcements off the site; their permalinks keep saying when and
    why (`reason`, which readers see). One taken off before withdrawals had reasons (ever
    published, now not) can be given one. Returns how many changed."""
    reason = reason.strip()
    if not reason:
        raise ReasonMissing("a withdrawal needs a reason readers will see")
    return _announcements_change(
        announcements,
        applies=lambda a: a.published_at is not None and a.withdrawn_at is None,
        changes=lambda a: {"status": Status.REJECTED, "withdrawn_at": timezone.now(), "withdrawal_reason": reason},
        reason=reason,
    )


@transaction.atomic
def announcement_delete(*, announcement: Announcement) -> None:
    """Delete an announcement. One that was ever public must be withdrawn first, and leaves
    a tombstone at its permalink with the withdrawal's reason."""
    if announcement.status == Status.PUBLISHED:
        raise ValueError(f"withdraw {announcement} (with a reason) before deleting it")
    if announcement.published_at is not None:
        if not announcement.withdrawal_reason:
            raise ReasonMissing(f"withdraw {announcement} with a reason before deleting it")
        Tombstone.objects.update_or_create(
            slug=announcement.slug, defaults={"title": announcement.title, "reason": announcement.withdrawal_reason}
        )
    announcement.delete()


def announcement_refresh_search(*, announcement: Announcement) -> None:
    """Bring the announcement's search text up to date with its relations."""
    announcement.refresh_search_text()


# The PostgreSQL advisory locks of filing (first key of the pair): reports about one country
# are filed one at a time, so two reports of one event cannot both miss each other and make
# two drafts; the same goes for two reports naming one new official or prisoner.
FILING_LOCK_CLASS = 0x52454C45


def filing_lock(*keys: str) -> None:
    """Take the advisory locks for these keys until the transaction ends. Always in sorted
    order, all at once, so two transactions cannot wait on each other (no deadlock). Other
    databases (SQLite) let one writer in at a time anyway."""
    if sql.postgresql():
        sql.advisory_locks(FILING_LOCK_CLASS, sorted(set(keys)))


class NameIndex:
    """Every row's name and aliases as `name_key`s, for one model (officials, prisoners), kept
    per process and read again whenever a row has been added, changed or deleted since (its
    count, latest `updated_at` and highest id). Filing looked each name up by reading and
    folding every row: 19 ms a name over 2,000 officials, 47 ms over 5,000 prisoners, for
    every article the importer filed."""

    def __init__(self, model: type[Official] | type[Prisoner], *, fuller_or_shorter: bool = False):
        """`fuller_or_shorter`: also index full names by their first word, for find(fuller_or_shorter_of=…)."""
        self.model, self.stamp, self.ranks, self.by_first = model, None, {}, {}
        self.fuller_or_shorter = fuller_or_shorter

    def find(self, keys: set[str], *, fuller_or_shorter_of: str = "") -> int | None:
        """The id of the row, in the model's order, that has any of `keys`; else, given a full
        name's key, of the first row with a full name that is it with words left out or added
        ("nicolas maduro" and "nicolas maduro moros"), as one article's officials are joined
        (extraction.officials.shortened_name); None if none has."""
        stamp = tuple(self.model.objects.aggregate(n=Count("pk"), changed=Max("updated_at"), last=Max("pk")).values())
        if stamp != self.stamp:
            ranks: dict[str, tuple[int, int]] = {}
            by_first: dict[str, list[tuple[int, int, str]]] = {}
            rows = self.model.objects.values_list("pk", "name", "aliases")  # in the model's order
            for rank, (pk, name, aliases) in enumerate(rows):
                for key in {name_key(name), *(name_key(alias) for alias in aliases.splitlines())} - {""}:
                    ranks.setdefault(key, (rank, pk))
                    if self.fuller_or_shorter and " " in key:
                        by_first.setdefault(key.split()[0], []).append((rank, pk, key))
            self.ranks, self.by_first, self.stamp = ranks, by_first, stamp
        found = [self.ranks[key] for key in keys if key in self.ranks]
        if not found and fuller_or_shorter_of:
            name = fuller_or_shorter_of
            found = [
                (rank, pk)
                for rank, pk, other in self.by_first.get(name.split()[0], [])
                if shortened_name(name, other) or shortened_name(other, name)
            ]
        return min(found)[1] if found else None


_OFFICIALS = NameIndex(Official, fuller_or_shorter=True)
_PRISONERS = NameIndex(Prisoner)


def official_match(*, mention: OfficialMention) -> Official:
    """The official the mention names (by name or alias, or by a fuller or shorter form of
    its full name), created when there is none.

    The caller holds the lock on the name, so two reports cannot create one person twice
    under one name. (Two reports filed at the same moment under a fuller and a shorter form
    of a name no official has yet hold different locks, and can each create one.)
    """
    name = name_key(mention.name)
    keys = {name, *(name_key(a) for a in (mention.aliases or []))} - {""}
    if " " in name:
        # A full name is found by full names only. The surname the extractor adds as an alias
        # ("Castro" of "Raúl Castro") is shared by other people: matched alone, it filed Raúl
        # Castro's announcements under Fidel Castro. A mention named by its surname alone is
        # still found by it.
        found = _OFFICIALS.find({key for key in keys if " " in key}, fuller_or_shorter_of=name)
    else:
        found = _OFFICIALS.find(keys)
    if found is not None:
        official = Official.objects.only("pk", "name", "aliases", "role").get(pk=found)
        if mention.role and not official.role:
            Official.objects.filter(pk=official.pk).update(role=mention.role[:200])
        return official
    return Official.objects.create(
        name=mention.name[:200], role=(mention.role or "")[:200], country=mention.country or "",
        aliases="\n".join(a for a in (mention.aliases or []) if a != mention.name),
    )  # fmt: skip


def prisoner_match(*, name: str) -> Prisoner:
    """The followed prisoner of that name (or alias), else a new proposal: unconfirmed, so
    off the public site until an editor confirms it or merges it into a known prisoner."""
    found = _PRISONERS.find({name_key(name)} - {""})
    if found is not None:
        return Prisoner.objects.get(pk=found)
    return Prisoner.objects.create(name=name[:200], confirmed=False)


@transaction.atomic
def announcement_merge(*, draft: Announcement, into: Announcement) -> Announcement:
    """Fold a draft into another announcement: its sources, figures, officials, categories and
    prisoners move over and the draft is deleted. Safe to run twice (the second finds no draft)."""
    if draft.pk == into.pk:
        raise ValueError("an announcement cannot be merged into itself")
    filing_lock(f"country:{draft.country}", f"country:{into.country}")
    locked = {a.pk: a for a in Announcement.objects.select_for_update().filter(pk__in=[draft.pk, into.pk])}
    draft, into = locked.get(draft.pk), locked[into.pk]
    if draft is None:
        return into
    if draft.status != Status.DRAFT:
        raise ValueError(f"only drafts can be merged; {draft} is {draft.get_status_display().lower()}")
    headlines = set(into.figures.filter(headline=True).values_list("metric", "category_id"))
    for figure in draft.figures.all():
        figure.announcement = into
        figure.headline = figure.headline and (figure.metric, figure.category_id) not in headlines
        figure.save(update_fields=["announcement", "headline", "updated_at"])
    into.sources.add(*draft.sources.all())
    into.officials.add(*draft.officials.all())
    into.categories.add(*draft.categories.all())
    into.prisoners.add(*draft.prisoners.all())
    draft.delete()
    into.save(update_fields=["updated_at"])
    into.refresh_search_text()
    return into
