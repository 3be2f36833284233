"""How an announcement's figures are laid out for a reader: each total with its parts under it
and its alternatives beside it, other announcements' counts and the context apart, and the
sums the site adds (read through the one counting rule, `Figure.objects.counted()`)."""

from dataclasses import dataclass, field

from releases.choices import Role
from releases.models import Announcement, Figure


@dataclass
class TotalGroup:
    total: Figure
    parts: list[Figure] = field(default_factory=list)
    alternatives: list[Figure] = field(default_factory=list)


@dataclass
class FigureLayout:
    groups: list[TotalGroup]
    other_events: list[Figure]
    context: list[Figure]
    # Figures whose total or role is not set (an editor's unfinished work): shown, never added.
    loose: list[Figure]
    # (metric label, the number the site adds) for each metric with counted figures.
    sums: list[tuple[str, int]]


def figure_layout(announcement: Announcement, figures: list[Figure]) -> FigureLayout:
    """The figures in reading order, with each figure's `counted` set from the counting rule."""
    if all(hasattr(figure, "is_counted") for figure in figures):  # read with_counted()
        counted = {figure.pk for figure in figures if figure.is_counted}
    else:  # an earlier version's figures: the rule asked of the current record
        counted = set(Figure.objects.filter(announcement=announcement).counted().values_list("pk", flat=True))
    groups, by_total, other_events, context, loose = [], {}, [], [], []
    for figure in figures:
        figure.counted = figure.pk in counted
        if figure.role == Role.TOTAL:
            by_total[figure.pk] = TotalGroup(figure)
            groups.append(by_total[figure.pk])
    counted_by_metric: dict[str, list[TotalGroup]] = {}
    for group in groups:
        if group.total.counted:
            counted_by_metric.setdefault(group.total.metric, []).append(group)

    def beside(figure: Figure) -> TotalGroup | None:
        """The counted total of the figure's metric closest to it in value."""
        candidates = counted_by_metric.get(figure.metric)
        return min(candidates, key=lambda g: abs(g.total.value - figure.value)) if candidates else None

    # Another source's report of a counted total is shown beside it, as another count.
    for group in list(groups):
        if not group.total.counted and (home := beside(group.total)) is not None:
            home.alternatives.append(group.total)
            groups.remove(group)
            del by_total[group.total.pk]
    for figure in figures:
        if figure.role == Role.PART and figure.part_of_id in by_total:
            by_total[figure.part_of_id].parts.append(figure)
        elif figure.role == Role.ALTERNATIVE and (home := beside(figure)) is not None:
            home.alternatives.append(figure)
        elif figure.role == Role.OTHER_EVENT:
            other_events.append(figure)
        elif figure.role == Role.CONTEXT:
            context.append(figure)
        elif figure.role not in (Role.TOTAL, Role.PART) or (
            figure.role == Role.PART and figure.part_of_id not in by_total
        ):
            loose.append(figure)
    for figure in other_events:
        figure.own_announcement = own_announcement(announcement, figure)
    groups.sort(key=lambda g: not g.total.counted)  # counted first; else in the page's figure order
    sums: dict[str, int] = {}
    for group in groups:
        if group.total.counted:
            sums[group.total.get_metric_display()] = sums.get(group.total.get_metric_display(), 0) + group.total.value
    return FigureLayout(groups, other_events, context, loose, sorted(sums.items(), key=lambda item: -item[1]))


def own_announcement(announcement: Announcement, figure: Figure) -> Announcement | None:
    """The published announcement an earlier count cited as background belongs to, where the
    tracker has it: the same country, a total of the same metric and value, another record."""
    match = (
        Figure.objects.published()
        .counted()
        .filter(metric=figure.metric, value=figure.value, announcement__country=announcement.country)
        .exclude(announcement=announcement)
        .select_related("announcement")
        .order_by("-announcement__announced_on")
        .first()
    )
    return match.announcement if match else None
