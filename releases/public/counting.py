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
    counted = set(Figure.objects.filter(announcement=announcement).counted().values_list("pk", flat=True))
    groups, by_total, other_events, context, loose = [], {}, [], [], []
    for figure in figures:
        figure.counted = figure.pk in counted
        if figure.role == Role.TOTAL:
            by_total[figure.pk] = TotalGroup(figure)
            groups.append(by_total[figure.pk])
    totals_by_metric: dict[str, list[TotalGroup]] = {}
    for group in groups:
        totals_by_metric.setdefault(group.total.metric, []).append(group)
    for figure in figures:
        if figure.role == Role.PART and figure.part_of_id in by_total:
            by_total[figure.part_of_id].parts.append(figure)
        elif figure.role == Role.ALTERNATIVE and totals_by_metric.get(figure.metric):
            # Beside the total of its metric it is closest to.
            closest = min(totals_by_metric[figure.metric], key=lambda g: abs(g.total.value - figure.value))
            closest.alternatives.append(figure)
        elif figure.role == Role.OTHER_EVENT:
            other_events.append(figure)
        elif figure.role == Role.CONTEXT:
            context.append(figure)
        elif figure.role != Role.TOTAL:
            loose.append(figure)
    groups.sort(key=lambda g: not g.total.counted)  # counted first; else in the page's figure order
    sums: dict[str, int] = {}
    for group in groups:
        if group.total.counted:
            sums[group.total.get_metric_display()] = sums.get(group.total.get_metric_display(), 0) + group.total.value
    return FigureLayout(groups, other_events, context, loose, sorted(sums.items(), key=lambda item: -item[1]))
