"""Cue lists compiled into one alternation each, so a sentence is scanned once per side.

Python's regex engine skips ahead quickly only when a pattern opens with a known set of
literal characters. A word list compiled case-insensitively, or behind a word-start guard,
opens with neither, so the engine tries the whole alternation at every position. The
builder below regroups the alternatives by their first letter, spells that letter in both
cases, and puts the word-start check after it: the same matches, several times faster.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from .lexicon import Cue

__all__ = ["Cue", "CueHit", "WordScanner", "compile_cues", "find_cues", "group_name", "word_regex", "word_scanner"]

_QUANTIFIERS = frozenset("?*+{")
_GUARD = r"(?<!\w.)"  # after the first character: the one before it is not a word character


@dataclass(frozen=True, slots=True)
class CueHit:
    start: int
    end: int
    cue: Cue


def compile_cues(cues: tuple[Cue, ...], scan: bool = True) -> tuple[re.Pattern[str] | WordScanner, tuple[Cue, ...]]:
    """One pattern with a named group per cue; earlier cues win where they overlap.

    `scan` for cues looked for in whole sentences; without it, for single words.
    """
    if not cues:
        return re.compile(r"(?!)"), cues
    named = [(f"c{i}", cue.pattern) for i, cue in enumerate(cues)]
    return (word_scanner(named, tail=r"(?!\w)") if scan else word_regex_named(named, tail=r"(?!\w)")), cues


def word_regex(pattern: str, flags: int = re.IGNORECASE, tail: str = "") -> re.Pattern[str]:
    """Pattern matched only at word starts (as `(?<!\\w)(?:pattern)` would be), built to scan fast."""
    return word_regex_named([(None, pattern)], flags, tail)


def word_regex_named(
    named: Sequence[tuple[str | None, str]], flags: int = re.IGNORECASE, tail: str = ""
) -> re.Pattern[str]:
    """Alternation of (name, pattern) pairs at word starts; a match's `group_name` gives its name.

    Earlier patterns win at the same position, as in a plain alternation.
    """
    source = _by_first_letter(named, flags, tail, _GUARD)
    return re.compile(source, flags & ~re.IGNORECASE) if source else _plain(named, flags, tail)


def _by_first_letter(named: Sequence[tuple[str | None, str]], flags: int, tail: str, guard: str) -> str | None:
    """The alternation regrouped by first letter, `guard` after it; None when one does not open with a letter."""
    ignorecase = bool(flags & re.IGNORECASE)
    by_first: dict[str, list[tuple[str | None, str]]] = {}
    for name, pattern in named:
        for alternative in _distributed(pattern):
            split = _first_letter(alternative, ignorecase)
            if split is None:
                return None
            first, rest, sensitive = split
            for variant in dict.fromkeys([first] if sensitive else _cases(first)):
                by_first.setdefault(variant, []).append((name, rest))
    if not by_first:
        return "(?!)"
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
        branches.append(f"{re.escape(first)}{guard}{'(?i:' if ignorecase else '(?:'}{body})")
    return f"(?:{'|'.join(branches)}){tail}"


def word_scanner(
    pattern: str | Sequence[tuple[str | None, str]], flags: int = re.IGNORECASE, tail: str = ""
) -> WordScanner | re.Pattern[str]:
    """For long scans: a `WordScanner` when many letters can open a word of the list, else `word_regex`.

    With few opening letters (or none in Latin script) the engine already skips ahead on its own.
    """
    named = [(None, pattern)] if isinstance(pattern, str) else list(pattern)
    firsts = {alt.removeprefix("\\b")[:1].lower() for _name, p in named for alt in _distributed(p)}
    if len(firsts & set("abcdefghijklmnopqrstuvwxyz")) >= 6:
        return WordScanner(named, flags, tail)
    return word_regex_named(named, flags, tail)


class WordScanner:
    """A word-start pattern for long scans (whole texts, sentences), about twice as fast again.

    It finds the character before each word together with the word: the engine then skips
    every letter inside words at full speed and tries the alternation only after a space or
    a punctuation mark. `finditer` and `search` return matches whose spans leave that
    character out, as `word_regex` would give them.
    """

    __slots__ = ("at_start", "after_gap", "fallback")

    def __init__(self, named: Sequence[tuple[str | None, str]], flags: int = re.IGNORECASE, tail: str = "") -> None:
        source = _by_first_letter(named, flags, tail, "")
        self.fallback = None if source else _plain(named, flags, tail)
        self.at_start = word_regex_named(named, flags, tail)
        self.after_gap = re.compile(r"[^\w]" + (source or "(?!)"), flags & ~re.IGNORECASE)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[WordMatch]:
        if self.fallback:
            yield from map(WordMatch, self.fallback.finditer(text, pos, len(text) if endpos is None else endpos))
            return
        end = len(text) if endpos is None else endpos
        if pos <= 0:
            pos = 0
            first = self.at_start.match(text, 0, end)
            if first:
                yield WordMatch(first)
                pos = first.end()
        # Search from the character before pos: it may be the gap before a word starting at pos.
        pos = pos - 1 if pos > 0 else 0
        search = self.after_gap.search
        while (match := search(text, pos, end)) is not None:
            yield WordMatch(match, 1)
            # Its last character may be the next gap; a search always moves on by one at least.
            pos, further = match.end() - 1, match.start() + 1
            if pos < further:
                pos = further

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> WordMatch | None:
        return next(self.finditer(text, pos, endpos), None)


class WordMatch:
    """A match of a `WordScanner`: a regex match without the gap character before the word."""

    __slots__ = ("match", "shift")

    def __init__(self, match: re.Match[str], shift: int = 0) -> None:
        self.match, self.shift = match, shift

    @property
    def lastgroup(self) -> str | None:
        return self.match.lastgroup

    def start(self, group: int | str = 0) -> int:
        return self.match.start() + self.shift if group == 0 else self.match.start(group)

    def end(self, group: int | str = 0) -> int:
        return self.match.end(group)

    def span(self, group: int | str = 0) -> tuple[int, int]:
        return self.start(group), self.end(group)

    def group(self, group: int | str = 0) -> str:
        return self.match.string[self.start() : self.match.end()] if group == 0 else self.match.group(group)

    def __getitem__(self, group: int | str) -> str:
        return self.group(group)

    def groupdict(self) -> dict[str, str | None]:
        return self.match.groupdict()


def group_name(match: re.Match[str] | WordMatch) -> str:
    """The name given to the pattern that matched, in a `word_regex_named` pattern."""
    return (match.lastgroup or "").split("__")[0]


def _plain(named: Sequence[tuple[str | None, str]], flags: int, tail: str) -> re.Pattern[str]:
    """The slow but general form, for patterns whose alternatives do not open with a letter."""
    body = "|".join(f"(?:{p})" if n is None else f"(?P<{n}__0>{p})" for n, p in named)
    return re.compile(rf"(?=\w)(?<!\w)(?:{body}){tail}", flags)


def _structure(pattern: str):
    """(index, character, depth before it) of each `(`, `)` and `|` that is syntax: outside
    character classes and not escaped."""
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
            i += pattern[i : i + 1] == "]"  # a "]" first in a class is a literal
            continue
        elif char in "()|":
            yield i, char, depth
            depth += {"(": 1, ")": -1, "|": 0}[char]
        i += 1


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (outside groups and character classes)."""
    parts, start = [], 0
    for i, char, depth in _structure(pattern):
        if char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


def _distributed(pattern: str, depth: int = 0) -> list[str]:
    r"""Top-level alternatives, with a leading group spread out: "(?:a|b)c" gives "ac", "bc";
    an optional one gives the text without it too ("(?:who\s+)?still" gives "who\s+still",
    "still"), and so does a leading class of letters ("[وف]?فرج" gives "وفرج", "ففرج", "فرج")."""
    result = []
    for alternative in _alternatives(pattern):
        if depth >= 3:
            result.append(alternative)
            continue
        close = _group_end(alternative) if alternative.startswith("(?:") else -1
        quantifier = alternative[close + 1 : close + 2] if close > 0 else ""
        letters = _letter_class(alternative)
        if close > 0 and quantifier not in _QUANTIFIERS:
            rest = alternative[close + 1 :]
            result += [inner + rest for inner in _distributed(alternative[3:close], depth + 1)]
        elif close > 0 and quantifier == "?" and alternative[close + 2 : close + 3] not in ("?", "+"):
            rest = alternative[close + 2 :]
            result += [inner + rest for inner in _distributed(alternative[3:close], depth + 1)]
            result += _distributed(rest, depth + 1)
        elif letters is not None:
            chars, rest, optional = letters
            result += [char + rest for char in chars] + (_distributed(rest, depth + 1) if optional else [])
        else:
            result.append(alternative)
    return result


def _letter_class(alternative: str) -> tuple[str, str, bool] | None:
    """(its letters, the rest, optional?) of an alternative opening with a class of letters only
    ("[يتن]", "[وبلف]?"), else None."""
    if not alternative.startswith("[") or alternative.startswith("[^"):
        return None
    end = alternative.find("]", 1)
    chars = alternative[1:end] if end > 1 else ""
    if not chars or not all(char.isalpha() for char in chars):
        return None
    quantifier = alternative[end + 1 : end + 2]
    if quantifier == "?" and alternative[end + 2 : end + 3] not in ("?", "+"):
        return chars, alternative[end + 2 :], True
    if quantifier in _QUANTIFIERS:
        return None
    return chars, alternative[end + 1 :], False


def _group_end(pattern: str) -> int:
    """Index of the parenthesis closing the group that opens the pattern, or -1."""
    for i, char, depth in _structure(pattern):
        if char == ")" and depth == 1:
            return i
    return -1


def _first_letter(alternative: str, ignorecase: bool) -> tuple[str, str, bool] | None:
    """(first letter, the rest, case-sensitive?) of an alternative that opens with a letter."""
    # A word start already: "\b" holds there, and "\s*" can match nothing else.
    alternative = alternative.removeprefix(r"\b").removeprefix(r"\s*")
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


def find_cues(compiled: tuple[re.Pattern[str] | WordScanner, tuple[Cue, ...]], text: str, offset: int) -> list[CueHit]:
    """Every cue in text, with offsets shifted by offset."""
    pattern, cues = compiled
    hits = []
    for match in pattern.finditer(text):
        lastgroup = match.lastgroup
        index = _CUE_INDEX.get(lastgroup)
        if index is None:
            name = group_name(match)
            index = _CUE_INDEX[lastgroup] = int(name[1:]) if name else 0
        hits.append(CueHit(match.start() + offset, match.end() + offset, cues[index]))
    return hits


# The cue index of a group name ("c12__3" gives 12), worked out once for each name.
_CUE_INDEX: dict[str | None, int] = {}
