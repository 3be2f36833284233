"""Cue lists compiled into one alternation each, so a sentence is scanned once per side.

Python's regex engine skips ahead quickly only when a pattern opens with a known set of
literal characters. A word list compiled case-insensitively, or behind a word-start guard,
opens with neither, so the engine tries the whole alternation at every position. The
builder below regroups the alternatives by their first letter, spells that letter in both
cases, and puts the word-start check after it: the same matches, several times faster.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .lexicon import Cue

__all__ = ["Cue", "CueHit", "compile_cues", "find_cues", "group_name", "word_regex"]

_QUANTIFIERS = frozenset("?*+{")
_GUARD = r"(?<!\w.)"  # after the first character: the one before it is not a word character


@dataclass(frozen=True, slots=True)
class CueHit:
    start: int
    end: int
    cue: Cue


def compile_cues(cues: tuple[Cue, ...]) -> tuple[re.Pattern[str], tuple[Cue, ...]]:
    """One pattern with a named group per cue; earlier cues win where they overlap."""
    if not cues:
        return re.compile(r"(?!)"), cues
    return word_regex_named([(f"c{i}", cue.pattern) for i, cue in enumerate(cues)], tail=r"(?!\w)"), cues


def word_regex(pattern: str, flags: int = re.IGNORECASE, tail: str = "") -> re.Pattern[str]:
    """Pattern matched only at word starts (as `(?<!\\w)(?:pattern)` would be), built to scan fast."""
    return word_regex_named([(None, pattern)], flags, tail)


def word_regex_named(
    named: Sequence[tuple[str | None, str]], flags: int = re.IGNORECASE, tail: str = ""
) -> re.Pattern[str]:
    """Alternation of (name, pattern) pairs at word starts; a match's `group_name` gives its name.

    Earlier patterns win at the same position, as in a plain alternation.
    """
    ignorecase = bool(flags & re.IGNORECASE)
    by_first: dict[str, list[tuple[str | None, str]]] = {}
    for name, pattern in named:
        for alternative in _distributed(pattern):
            split = _first_letter(alternative, ignorecase)
            if split is None:
                return _plain(named, flags, tail)
            first, rest, sensitive = split
            for variant in dict.fromkeys([first] if sensitive else _cases(first)):
                by_first.setdefault(variant, []).append((name, rest))
    branches, counter = [], 0
    for first, rests in by_first.items():
        inner = []
        for name, rest in rests:
            if name is None:
                inner.append(f"(?:{rest})")
            else:
                inner.append(f"(?P<{name}__{counter}>{rest})")
                counter += 1
        body = "|".join(inner)
        branches.append(f"{re.escape(first)}{_GUARD}{'(?i:' if ignorecase else '(?:'}{body})")
    return re.compile(f"(?:{'|'.join(branches)}){tail}", flags & ~re.IGNORECASE)


def group_name(match: re.Match[str]) -> str:
    """The name given to the pattern that matched, in a `word_regex_named` pattern."""
    return (match.lastgroup or "").split("__")[0]


def _plain(named: Sequence[tuple[str | None, str]], flags: int, tail: str) -> re.Pattern[str]:
    """The slow but general form, for patterns whose alternatives do not open with a letter."""
    body = "|".join(f"(?:{p})" if n is None else f"(?P<{n}__0>{p})" for n, p in named)
    return re.compile(rf"(?=\w)(?<!\w)(?:{body}){tail}", flags)


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (outside groups and character classes)."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += 1
            i += pattern[i : i + 1] == "^"
            i += pattern[i : i + 1] == "]"  # a "]" first in a class is a literal
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def _distributed(pattern: str, depth: int = 0) -> list[str]:
    """Top-level alternatives, with a leading group spread out: "(?:a|b)c" gives "ac", "bc"."""
    result = []
    for alternative in _alternatives(pattern):
        close = _group_end(alternative) if alternative.startswith("(?:") and depth < 3 else -1
        if close > 0 and alternative[close + 1 : close + 2] not in _QUANTIFIERS:
            rest = alternative[close + 1 :]
            result += [inner + rest for inner in _distributed(alternative[3:close], depth + 1)]
        else:
            result.append(alternative)
    return result


def _group_end(pattern: str) -> int:
    """Index of the parenthesis closing the group that opens the pattern, or -1."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += 1
            i += pattern[i : i + 1] == "^"
            i += pattern[i : i + 1] == "]"
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


def _first_letter(alternative: str, ignorecase: bool) -> tuple[str, str, bool] | None:
    """(first letter, the rest, case-sensitive?) of an alternative that opens with a letter."""
    alternative = alternative.removeprefix(r"\b")  # a word start already
    sensitive = not ignorecase
    if alternative.startswith("(?-i:"):
        alternative, sensitive = alternative[5:], True
        if not alternative[:1].isalnum() or alternative[1:2] in _QUANTIFIERS:
            return None
        return alternative[0], "(?-i:" + alternative[1:], sensitive
    if alternative.startswith(("(?<!", "(?<=")):
        # A lookbehind before the first letter moves after it, widened by that letter.
        close = _group_end(alternative)
        after = alternative[close + 1 :]
        if close < 0 or not after[:1].isalnum() or after[1:2] in _QUANTIFIERS:
            return None
        return after[0], f"{alternative[:close]}.){after[1:]}", sensitive
    if not alternative[:1].isalnum() or alternative[1:2] in _QUANTIFIERS:
        return None
    return alternative[0], alternative[1:], sensitive


def _cases(letter: str) -> list[str]:
    upper, lower = letter.upper(), letter.lower()
    return [c for c in (lower, upper) if len(c) == 1]


def find_cues(compiled: tuple[re.Pattern[str], tuple[Cue, ...]], text: str, offset: int) -> list[CueHit]:
    """Every cue in text, with offsets shifted by offset."""
    pattern, cues = compiled
    hits = []
    for match in pattern.finditer(text):
        name = group_name(match)
        index = int(name[1:]) if name else 0
        hits.append(CueHit(match.start() + offset, match.end() + offset, cues[index]))
    return hits
