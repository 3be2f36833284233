"""Named prisoners: where each one is now, and the editors' confirming and merging of the
names the importer proposes.

Keyword-only, typed, `<noun>_<verb>` names, like services.py.
"""

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from releases.models import (
    FREE_AFTER,
    HELD_AFTER,
    Announcement,
    Prisoner,
    PrisonerEvent,
    PrisonerEventKind,
)

HELD, RELEASED, TEMPORARY = "held", "released", "temporary"
STATUS_CHOICES = [
    (HELD, _("Still held")),
    (RELEASED, _("Released")),
    (TEMPORARY, _("On temporary release")),
]
# The kinds of latest event that put a prisoner in each status.
STATUS_KINDS = {
    HELD: sorted(HELD_AFTER),
    RELEASED: sorted(FREE_AFTER),
    TEMPORARY: [PrisonerEventKind.TEMPORARILY_RELEASED],
}


def status_of(latest_kind: str | None) -> str:
    """The status a latest event's kind means; "" when nothing is recorded."""
    for status, kinds in STATUS_KINDS.items():
        if latest_kind in kinds:
            return status
    return ""


def prisoners_with_status(queryset: QuerySet, statuses: list[str]) -> QuerySet:
    """The prisoners (annotated with `latest_kind`) whose latest public event puts them in one
    of `statuses`."""
    kinds = [kind for status in statuses for kind in STATUS_KINDS.get(status, [])]
    return queryset.filter(latest_kind__in=kinds)


@transaction.atomic
def prisoners_confirm(*, prisoners: QuerySet) -> int:
    """Confirm proposed prisoners: they join the public site (where a published announcement
    names them) and its search. Returns how many changed."""
    ids = list(prisoners.filter(confirmed=False).values_list("pk", flat=True))
    changed = Prisoner.objects.filter(pk__in=ids).update(confirmed=True)
    _refresh_search(Announcement.objects.filter(prisoners__in=ids).distinct())
    return changed


def _refresh_search(announcements) -> None:
    for announcement in announcements.prefetch_related("officials", "prisoners", "categories", "figures"):
        announcement.refresh_search_text()


def _merged_aliases(into: Prisoner, other: Prisoner) -> str:
    from releases.services import name_key

    known = {name_key(into.name), *(name_key(alias) for alias in into.alias_list)}
    aliases = list(into.alias_list)
    for name in (other.name, *other.alias_list):
        if name_key(name) not in known:
            aliases.append(name)
            known.add(name_key(name))
    return "\n".join(aliases)


@transaction.atomic
def prisoner_merge(*, prisoner: Prisoner, into: Prisoner) -> Prisoner:
    """Fold `prisoner` into `into`: its announcements, events, name (as an alias), aliases and
    nationalities move over and it is deleted. Safe to run twice (the second finds it gone)."""
    if prisoner.pk == into.pk:
        raise ValueError("a prisoner cannot be merged into itself")
    locked = {p.pk: p for p in Prisoner.objects.select_for_update().filter(pk__in=[prisoner.pk, into.pk])}
    prisoner, into = locked.get(prisoner.pk), locked[into.pk]
    if prisoner is None:
        return into
    announcement_ids = list(prisoner.announcements.values_list("pk", flat=True))
    into.announcements.add(*announcement_ids)
    PrisonerEvent.objects.filter(prisoner=prisoner).update(prisoner=into)
    into.aliases = _merged_aliases(into, prisoner)
    into.nationalities = list(dict.fromkeys([*into.nationalities, *prisoner.nationalities]))
    into.summary = into.summary or prisoner.summary
    into.save(update_fields=["aliases", "nationalities", "summary", "updated_at"])
    prisoner.delete()
    # The announcements' search text names their prisoners: the old name stays findable as an alias.
    _refresh_search(Announcement.objects.filter(pk__in=announcement_ids))
    return into


def prisoner_timeline(prisoner: Prisoner) -> list[PrisonerEvent]:
    """The prisoner's public events, oldest first, each with what reports it."""
    events = PrisonerEvent.objects.public().filter(prisoner=prisoner)
    events = events.select_related("announcement", "source").defer("announcement__search_vector")
    return list(events.order_by("happened_on", "id"))


def prisoner_search(queryset: QuerySet, text: str) -> QuerySet:
    return queryset.filter(Q(name__icontains=text) | Q(aliases__icontains=text))
