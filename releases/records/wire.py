"""Wire copies: sources that repeat another source's story.

A source is a copy of an earlier one when their texts are near-identical (word 5-shingles,
Jaccard similarity at least 0.8, over case-, accent- and punctuation-folded text), or when it
attributes its information to another outlet that reports the same announcement ("the
source of this information is X", "according to X", "X reported"). `Source.wire_of` points
from the copy to the root of its group (groups are kept one level deep), so counting
independent outlets is counting distinct roots' outlets.

Earlier copies are found whatever their age and however busy the day, through an index: each
filed source stores the BANDS bands of its text's MinHash (WireBand), and a new source is
compared with the other sources of its announcements and with the sources that share at least
one band with it (at most CANDIDATE_LIMIT, those sharing most first). With BANDS bands of ROWS
values, two texts of Jaccard similarity s share a band with probability 1 - (1 - s**ROWS)**BANDS:
0.9998 at s = 0.8 (a copy), 0.89 at 0.6, under 0.001 at 0.1 (stories that share a paragraph).
docs/PERFORMANCE.md has the recall and precision measured on planted copies.
"""

import hashlib
import re
import zlib

from django.db import transaction
from django.db.models import Count

from releases.extraction.text import fold
from releases.models import Announcement, Source, WireBand

SHINGLE = 5
THRESHOLD = 0.8
BANDS = 16
ROWS = 4
# Sources sharing a band with a new one that are read and compared (most bands shared first):
# a few copies of one story, not the many stories that share a common paragraph.
CANDIDATE_LIMIT = 50
_SLOTS = BANDS * ROWS
_MASK = (1 << 64) - 1
# Odd 64-bit constants: one per word position of a shingle, then a finaliser's multiplier.
_POSITION = (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93, 0xFF51AFD7ED558CCD)
_MIX = 0xC4CEB9FE1A85EC53
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


def text_bands(text: str) -> list[int]:
    """The BANDS locality-sensitive bands of the text's MinHash over word 5-shingles (one
    permutation, SLOTS slots, empty slots filled from the next one); [] for an empty text."""
    words = normalised_words(text)
    if not words:
        return []
    codes = [zlib.crc32(word.encode()) for word in words]
    size = min(SHINGLE, len(codes))
    slots: list[int | None] = [None] * _SLOTS
    p0, p1, p2, p3, p4 = _POSITION
    padded = codes + [0] * (SHINGLE - size)  # a text shorter than a shingle is one shingle
    for i in range(len(codes) - size + 1):
        h = (padded[i] * p0 + padded[i + 1] * p1 + padded[i + 2] * p2 + padded[i + 3] * p3 + padded[i + 4] * p4) & _MASK
        h = ((h ^ (h >> 31)) * _MIX) & _MASK
        h ^= h >> 29
        slot, value = h % _SLOTS, h // _SLOTS
        current = slots[slot]
        if current is None or value < current:
            slots[slot] = value
    filled = [i for i, value in enumerate(slots) if value is not None]
    for i in range(_SLOTS):
        if slots[i] is None:  # densification: the next filled slot's value, marked by the distance
            donor = min(filled, key=lambda j: (j - i) % _SLOTS)
            slots[i] = slots[donor] + ((donor - i) % _SLOTS << 58)
    bands = []
    for band in range(BANDS):
        key = f"{band}:" + ",".join(map(str, slots[band * ROWS : (band + 1) * ROWS]))
        bands.append(int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "big", signed=True))
    return bands


def source_index_bands(*, source: Source, bands: list[int] | None = None) -> list[int]:
    """Store the bands of `source`'s text (replacing earlier ones); returns them. Safe to run twice."""
    bands = text_bands(source.text) if bands is None else bands
    stored = set(WireBand.objects.filter(source=source).values_list("band", flat=True))
    if stored != set(bands):
        WireBand.objects.filter(source=source).exclude(band__in=bands).delete()
        WireBand.objects.bulk_create(
            [WireBand(source=source, band=band) for band in set(bands) - stored], ignore_conflicts=True
        )
    return bands


def similar_source_ids(source: Source, bands: list[int]) -> list[int]:
    """Ids of the sources sharing a band with `bands` (not `source`), most bands shared first."""
    if not bands:
        return []
    shared = (
        WireBand.objects.filter(band__in=bands)
        .exclude(source_id=source.pk)
        .values("source_id")
        .annotate(shared=Count("band"))
        .order_by("-shared", "source_id")
    )
    return [row["source_id"] for row in shared[:CANDIDATE_LIMIT]]


def _candidates(
    source: Source, announcements: list[Announcement], bands: list[int]
) -> tuple[list[Source], list[Source]]:
    """The sources a new one is compared with (its announcements' and those sharing a band
    of its text), earliest first, and those of its announcements."""
    same = Source.objects.filter(announcements__in=announcements).exclude(pk=source.pk).distinct()
    same = list(same.select_related("wire_of"))
    found = {s.pk: s for s in same}
    similar = [pk for pk in similar_source_ids(source, bands) if pk not in found]
    for other in Source.objects.filter(pk__in=similar).exclude(text="").select_related("wire_of"):
        found[other.pk] = other
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


def earlier_copy_of(source: Source) -> Source | None:
    """The root of the earlier story `source`'s text copies, found through the band index
    alone; nothing is written (the benchmark's recall and timing, bench/scale_checks.py)."""
    bands = text_bands(source.text)
    candidates, _same = _candidates(source, [], bands)
    return wire_root_for(source, candidates, [])


@transaction.atomic
def source_group_wire(*, source: Source, announcements: list[Announcement] | None = None) -> Source | None:
    """Set (or clear) `source.wire_of` from its text; returns the root it copies, if any.

    Groups stay flat: copies of this source move to its root. Safe to run twice."""
    if announcements is None:
        announcements = list(source.announcements.all())
    bands = source_index_bands(source=source)
    candidates, same_announcement = _candidates(source, announcements, bands)
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
