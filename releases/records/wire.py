"""Wire copies: sources that repeat another source's story.

A source is a copy of an earlier one when their texts are near-identical (word 5-shingles,
Jaccard similarity at least 0.8, over case-, accent- and punctuation-folded text), or when it
attributes its information to another outlet that reports the same announcement ("the
source of this information is X", "according to X", "X reported"). `Source.wire_of` points
from the copy to the root of its group (groups are kept one level deep), so counting
independent outlets is counting distinct roots' outlets.

The work is bounded: a new source is compared with the other sources of its announcements
and with at most RECENT_LIMIT sources published within RECENT_DAYS of it.
"""

import datetime
import re

from django.db import transaction

from releases.extraction.text import fold
from releases.models import Announcement, Source

SHINGLE = 5
THRESHOLD = 0.8
RECENT_DAYS = 3
RECENT_LIMIT = 200
# Only the start of a long article is compared: wire copies differ at the end (credits,
# related links), and the work stays bounded.
MAX_WORDS = 3000
# How far a chain of copies is followed on a page (groups are flat; this guards old data).
MAX_HOPS = 5


def normalised_words(text: str) -> list[str]:
    """The words of `text`: case, accents and punctuation ignored."""
    return re.findall(r"\w+", fold(text))[:MAX_WORDS]


def shingles(text: str, size: int = SHINGLE) -> set[tuple[str, ...]]:
    words = normalised_words(text)
    if len(words) < size:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def jaccard(a: set, b: set) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def _outlet_key(outlet: str) -> str:
    return " ".join(normalised_words(outlet))


def attributed_outlet(text: str, outlets: list[str]) -> str | None:
    """The outlet among `outlets` that `text` names as the source of its information."""
    plain = " ".join(normalised_words(text))
    for outlet in sorted(outlets, key=len, reverse=True):
        name = _outlet_key(outlet)
        if not name:
            continue
        name = re.escape(name)
        patterns = [
            rf"\bsource of (?:this|the) (?:information|news|report) (?:is|was) (?:the )?{name}\b",
            rf"\baccording to (?:the )?{name}\b",
            rf"\bciting (?:the )?{name}\b",
            rf"\b{name} (?:news agency )?(?:reported|reports|said|says)\b",
            rf"\breported by (?:the )?{name}\b",
        ]
        if any(re.search(pattern, plain) for pattern in patterns):
            return outlet
    return None


def _order(source: Source) -> tuple:
    """Earlier first: by publication, then by when it was stored."""
    published = source.published_at or source.created_at
    return (published, source.pk)


def root_of(source: Source, by_pk: dict[int, Source] | None = None) -> Source:
    """The first source of the group `source` belongs to."""
    seen, current = {source.pk}, source
    for _hop in range(MAX_HOPS):
        if current.wire_of_id is None or current.wire_of_id in seen:
            break
        seen.add(current.wire_of_id)
        current = (by_pk or {}).get(current.wire_of_id) or current.wire_of
    return current


def _candidates(source: Source, announcements: list[Announcement]) -> tuple[list[Source], list[Source]]:
    """The sources a new one is compared with (its announcements' and recent ones, bounded),
    earliest first, and those of its announcements."""
    same = Source.objects.filter(announcements__in=announcements).exclude(pk=source.pk).distinct()
    same = list(same.select_related("wire_of"))
    found = {s.pk: s for s in same}
    moment = source.published_at or source.created_at
    if moment is not None:
        window = datetime.timedelta(days=RECENT_DAYS)
        recent = (
            Source.objects.filter(published_at__range=(moment - window, moment + window))
            .exclude(pk=source.pk)
            .exclude(text="")
            .select_related("wire_of")
            .order_by("-published_at", "-pk")[:RECENT_LIMIT]
        )
        for other in recent:
            found.setdefault(other.pk, other)
    return sorted(found.values(), key=_order), same


def wire_root_for(source: Source, candidates: list[Source], outlets_here: list[Source]) -> Source | None:
    """The root `source` copies, or None when it is independent."""
    mine = shingles(source.text)
    for other in candidates:
        if _order(other) >= _order(source) or not other.text:
            continue
        if jaccard(mine, shingles(other.text)) >= THRESHOLD:
            return root_of(other)
    own = _outlet_key(source.outlet)
    others = [s for s in outlets_here if _outlet_key(s.outlet) and _outlet_key(s.outlet) != own]
    outlet = attributed_outlet(source.text, [s.outlet for s in others])
    if outlet is not None:
        named = sorted((s for s in others if s.outlet == outlet), key=_order)
        return root_of(named[0])
    return None


@transaction.atomic
def source_group_wire(*, source: Source, announcements: list[Announcement] | None = None) -> Source | None:
    """Set (or clear) `source.wire_of` from its text; returns the root it copies, if any.

    Groups stay flat: copies of this source move to its root. Safe to run twice."""
    if announcements is None:
        announcements = list(source.announcements.all())
    candidates, same_announcement = _candidates(source, announcements)
    root = wire_root_for(source, candidates, same_announcement)
    if root is not None and root_of(root).pk == source.pk:
        root = None  # never a loop: that one already copies this source
    new_id = root.pk if root is not None else None
    changed = source.wire_of_id != new_id
    if changed:
        Source.objects.filter(pk=source.pk).update(wire_of=new_id)
        source.wire_of_id = new_id
    if new_id is not None:
        changed = Source.objects.filter(wire_of=source).update(wire_of=new_id) > 0 or changed
    return root


def sources_regroup_wire(*, sources) -> int:
    """Recompute the groups of the given sources, oldest first; returns how many are copies."""
    copies = 0
    for source in sorted(sources, key=_order):
        source.refresh_from_db(fields=["wire_of"])
        if source_group_wire(source=source) is not None:
            copies += 1
    return copies


def independent_outlets(sources: list[Source]) -> int:
    """How many independent outlets report: each copy counts as its root, and a root's
    outlet once (a source without an outlet counts on its own)."""
    by_pk = {source.pk: source for source in sources}
    keys = set()
    for source in sources:
        root = root_of(source, by_pk)
        # The same key as AnnouncementQuerySet.with_source_count, so lists and pages agree.
        keys.add(root.outlet.strip().lower() or f"#{root.pk}")
    return len(keys)
