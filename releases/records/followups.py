"""Reads and writes for the announcement page's record: follow-up chains and contested figures.

Keyword-only, typed, `<noun>_<verb>` names for writes, like services.py.
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Q

from releases.choices import Metric, Status
from releases.models import Announcement, Figure, FollowUp

# How many steps a chain is followed each way: one query per step, whatever the chain.
FOLLOW_UP_DEPTH = 4


@dataclass
class Chain:
    """The published announcements linked to one, each way, as (follow-up, depth) pairs:
    `earlier` nearest first, `later` nearest first."""

    earlier: list[tuple[FollowUp, int]] = field(default_factory=list)
    later: list[tuple[FollowUp, int]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.earlier or self.later)


# The follow-ups' two announcements, read with them: what the chain shows of each.
ENDS = ("id", "title", "slug", "announced_on")


def _links_of(back: list[int], forward: list[int]) -> list[FollowUp]:
    """Links to published announcements from `back` (the earlier side) and from `forward`
    (the later side), oldest link first, each with its two announcements."""
    published = Status.PUBLISHED
    return list(
        FollowUp.objects.filter(
            Q(later_id__in=back, earlier__status=published) | Q(earlier_id__in=forward, later__status=published)
        )
        .select_related("earlier", "later")
        .only(
            *(f.attname for f in FollowUp._meta.concrete_fields),
            *(f"{side}__{c}" for side in ("earlier", "later") for c in ENDS),
        )
        .order_by("pk")
    )


def follow_up_chain(announcement: Announcement, *, depth: int = FOLLOW_UP_DEPTH) -> Chain:
    """What this announcement follows up (earlier) and what follows it up (later),
    transitively up to `depth` steps, through published announcements only: a draft in the
    middle ends the chain there, so nothing about it shows. One query per step, both ways
    at once; one in all when there is nothing to follow."""
    chain = Chain()
    seen = {announcement.pk}
    back, forward = [announcement.pk], [announcement.pk]
    for step in range(1, depth + 1):
        next_back, next_forward = [], []
        for link in _links_of(back, forward):
            if link.later_id in back and link.earlier_id not in seen:
                seen.add(link.earlier_id)
                next_back.append(link.earlier_id)
                chain.earlier.append((link, step))
            elif link.earlier_id in forward and link.later_id not in seen:
                seen.add(link.later_id)
                next_forward.append(link.later_id)
                chain.later.append((link, step))
        back, forward = next_back, next_forward
        if not back and not forward:
            break
    # The page lists the chain in time order.
    chain.earlier.sort(key=lambda pair: (pair[0].earlier.announced_on, pair[0].pk))
    chain.later.sort(key=lambda pair: (pair[0].later.announced_on, pair[0].pk))
    return chain


@dataclass
class Contest:
    """Figures of one announcement that count the same thing with different values."""

    metric: str
    category: object
    figures: list[Figure]

    @property
    def metric_label(self) -> str:
        return str(Metric(self.metric).label)


def contested_figures(figures: list[Figure]) -> list[Contest]:
    """The (metric, category) groups whose figures disagree: more than one value, from more
    than one source. Figures are the announcement's, already loaded (no query)."""
    groups: dict[tuple[str, int | None], list[Figure]] = {}
    for figure in figures:
        if figure.metric != Metric.PRISON_POPULATION and figure.announcement_id:
            groups.setdefault((figure.metric, figure.category_id), []).append(figure)
    contests = []
    for (metric, _category_id), members in groups.items():
        values = {figure.value for figure in members}
        sources = {figure.source_id for figure in members}
        if len(values) > 1 and len(sources) > 1:
            members.sort(key=lambda figure: (not figure.headline, -figure.value, figure.pk))
            contests.append(Contest(metric=metric, category=members[0].category, figures=members))
    return contests


def headline_problems(rows: list[tuple[str, int | None, bool]]) -> list[tuple[str, int | None]]:
    """The (metric, category) keys that do not have exactly one headline among `rows` of
    (metric, category id, headline)."""
    counts: dict[tuple[str, int | None], int] = {}
    for metric, category_id, headline in rows:
        key = (metric, category_id)
        counts[key] = counts.get(key, 0) + int(bool(headline))
    return [key for key, n in counts.items() if n != 1]


@transaction.atomic
def figure_make_headline(*, figure: Figure, reason: str = "") -> int:
    """Make `figure` the one its announcement's headline uses for its metric and category;
    the others of that quantity stop being headlines. Each change is saved (so the
    corrections log records it, with `reason`). Returns how many figures changed."""
    if figure.announcement_id is None:
        return 0
    same = Figure.objects.select_for_update().filter(announcement_id=figure.announcement_id, metric=figure.metric)
    same = same.filter(Q(category_id=figure.category_id) if figure.category_id else Q(category__isnull=True))
    changed = 0
    for other in same:
        wanted = other.pk == figure.pk
        if other.headline != wanted:
            other.headline = wanted
            other._change_reason = reason
            other.save(update_fields=["headline", "updated_at"])
            changed += 1
    figure.headline = True
    return changed
