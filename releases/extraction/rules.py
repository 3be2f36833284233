"""Cue lists compiled into one alternation each, so a sentence is scanned once per side."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Cue

__all__ = ["Cue", "CueHit", "compile_cues", "find_cues", "word_regex"]


@dataclass(frozen=True, slots=True)
class CueHit:
    start: int
    end: int
    cue: Cue


def compile_cues(cues: tuple[Cue, ...]) -> tuple[re.Pattern[str], tuple[Cue, ...]]:
    """One pattern with a named group per cue; earlier cues win where they overlap."""
    if not cues:
        return re.compile(r"(?!)"), cues
    alternation = "|".join(f"(?P<c{i}>{cue.pattern})" for i, cue in enumerate(cues))
    return word_regex(rf"(?:{alternation})(?!\w)"), cues


def word_regex(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Pattern matched only at word starts: the guard makes long alternations several times faster."""
    return re.compile(rf"(?=\w)(?<!\w)(?:{pattern})", flags)


def find_cues(compiled: tuple[re.Pattern[str], tuple[Cue, ...]], text: str, offset: int) -> list[CueHit]:
    """Every cue in text, with offsets shifted by offset."""
    pattern, cues = compiled
    hits = []
    for match in pattern.finditer(text):
        index = int(match.lastgroup[1:]) if match.lastgroup else 0
        hits.append(CueHit(match.start() + offset, match.end() + offset, cues[index]))
    return hits
