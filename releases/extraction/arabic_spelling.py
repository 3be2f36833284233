"""Arabic-script text spelled as typists vary it, read as the rules spell it: Arabic typed without
its hamzas ("الافراج عن اسرى") or with its final yeh and alef maksura swapped ("فى", "المصرى", as
Egyptian outlets write them), Persian with a space where the rules write a zero-width non-joiner
("آیت الله", "زندانی ها"; extraction.text.with_joiners does the suffixes and prefixes).

Many Arabic sites write أ, إ and آ as a bare ا. The rules are written in the standard spelling, so
a word typed bare is given back the hamza the rules spell it with, letter for letter (the text
keeps its length and every offset; quotes are cut from the text as given). The words are the
rules' own: every Arabic word of this package's sources that starts with a hamza on its alef, in
the spelling the sources give it most (at least twice as often as any other), Persian words left
out. A word is given its hamza after a clitic (و, ف, ب, ل, ك, ال, لل) and before a short ending
(ت, وا, ها, ات, ين, ون, …), and "ال" standing alone is the "آل" of a family's name.

A word ending in ي or ى takes the final letter the sources give that word most ("فى" is "في",
"الذى" "الذي", "اسري" "أسرى"); a name the sources list ("علي", beside "على") is left as written.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from pathlib import Path

from .lexicon_intl import LEXICONS
from .trie import trie_pattern

_HAMZAS = frozenset("أإآ")
_FOLD = str.maketrans("أإآٱ", "اااا")
_WORD = re.compile(r"[\u0621-\u064a]{2,}")
_CLITICS = r"(?:[وف]?[بلك]?(?:ال|لل)?)"
_CLITIC_START = re.compile(_CLITICS)
# Short endings, and the hundreds written on to their digit ("اربعمائة" is "أربع" and "مائة").
_ENDINGS = r"(?:ت|تا|وا|ها|هما|هم|هن|ه|ة|ات|ين|ون|ان|نا|ي|ا|يا|ية|يين|يون|مائة|مئة)?"
# "آل" of a family's name ("حمد بن عيسى آل خليفة") typed bare is a word of its own; the article
# "ال" is always joined to its noun.
_FAMILY = re.compile(r"(?<![\u0621-\u064a])ال(?= [\u0621-\u064a])")


@functools.cache
def _sources() -> tuple[tuple[str, str], ...]:
    """(file name, text) of each of this package's sources: the rules' own words, read once."""
    return tuple((path.name, path.read_text(encoding="utf-8")) for path in sorted(Path(__file__).parent.glob("*.py")))


@functools.cache
def _spellings() -> tuple[dict[str, str], re.Pattern[str], frozenset[str]]:
    """(bare word -> its spelling with a hamza, a pattern finding the bare words in a text, every
    word of the sources)."""
    written: dict[str, Counter[str]] = defaultdict(Counter)
    bare_words = set()
    for _name, source in _sources():
        for word in _WORD.findall(source):
            bare_words.add(word)
            # "الأردن", "والإفراج": the word after its clitics, when a hamza opens it.
            for start in {0, _CLITIC_START.match(word).end()}:
                if word[start : start + 1] in _HAMZAS:
                    written[word[start:].translate(_FOLD)][word[start:]] += 1
    # Persian words of the sources ("آمار", "آزاد") are not Arabic ones typed bare.
    persian = set(_WORD.findall(repr(LEXICONS["fa"]))) - set(_WORD.findall(repr(LEXICONS["ar"])))
    chosen = {}
    for bare, spellings in written.items():
        ranked = [(n, w) for w, n in spellings.most_common() if w not in persian]
        # Of two spellings, the rules' usual one ("أمر" many times, "آمر" once), or none.
        # "آل" of a family is `_FAMILY`'s: as a word here it would read "المائة" as "آل" and an ending.
        if ranked and (len(ranked) == 1 or ranked[0][0] >= 2 * ranked[1][0]) and bare != "ال":
            chosen[bare] = ranked[0][1]
    pattern = re.compile(
        rf"(?<![\u0621-\u064a]){_CLITICS}(?P<word>{trie_pattern(sorted(chosen))}){_ENDINGS}(?![\u0621-\u064a])"
    )
    return chosen, pattern, frozenset(bare_words)


# Words that always take a hamza: typed bare more often than with it, the text is typed without
# hamzas; otherwise a bare alef is the writer's spelling and is left.
_ALWAYS_HAMZA = re.compile(
    r"(?<![\u0621-\u064a])(?:(?P<variant>الى|او|ان|انه|اي)|إلى|أو|أن|إن|أنه|إنه|أي)(?![\u0621-\u064a])"
)


def _mostly_variant(words: re.Pattern[str], text: str) -> bool:
    """Whether `text` writes `words` in their variant spelling (the group "variant") more often
    than in the standard one, over its first 20,000 characters."""
    variant = standard = 0
    for match in words.finditer(text, 0, 20_000):
        if match.group("variant"):
            variant += 1
        else:
            standard += 1
    return variant > standard


def typed_without_hamzas(text: str) -> bool:
    """Whether `text` writes "إلى", "أو", "أن" and the like bare more often than with their hamza."""
    return _mostly_variant(_ALWAYS_HAMZA, text)


def with_hamzas(text: str) -> str:
    """`text` with the words the rules spell with an initial hamza given it where it was typed bare
    (call it on text typed_without_hamzas)."""
    if "ا" not in text:
        return text
    chosen, pattern, known = _spellings()
    pieces, pos = [], 0
    for match in pattern.finditer(text):
        start, end = match.span("word")
        stem, given = text[match.start() : end], text[match.start() : start] + chosen[match.group("word")]
        if stem in known and given not in known:
            continue  # "واحد" ("واحدة") is a word as the rules write it, not "و" and "أحد"
        pieces += [text[pos:start], chosen[match.group("word")]]
        pos = end
    if pieces:
        pieces.append(text[pos:])
        text = "".join(pieces)
    return _FAMILY.sub("آل", text)


@functools.cache
def _final_letters() -> tuple[dict[str, str], frozenset[str]]:
    """(the word with its hamzas bare and its last letter ي -> the rules' usual last letter, the
    names of people and places the sources list, left as they are written)."""
    ends: dict[str, Counter[str]] = defaultdict(Counter)
    names: set[str] = set()
    for name, source in _sources():
        words = _WORD.findall(source)
        if name in _NAME_LISTS:
            names.update(words)
        for word in words:
            if word[-1] in _YEHS:
                ends[_yeh_key(word)][word[-1]] += 1
    letters = {
        key: ranked[0][0]
        for key, counted in ends.items()
        if len(ranked := counted.most_common()) == 1 or ranked[0][1] >= 2 * ranked[1][1]
    }
    return letters, frozenset(names)


_NAME_LISTS = ("leaders.py", "countries_data.py")


_YEHS = frozenset("يى")
_ENDS_IN_YEH = re.compile(r"[\u0621-\u064a]*[يى](?![\u0621-\u064a])")
_LEADING_CLITICS = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل")


def _yeh_key(word: str) -> str:
    return word[:-1].translate(_FOLD) + "ي"


# Words whose last letter is always a yeh, written the Egyptian way with alef maksura.
_ALWAYS_YEH = re.compile(r"(?<![\u0621-\u064a])(?:(?P<variant>فى|الذى|التى)|في|الذي|التي)(?![\u0621-\u064a])")


def final_letters_swapped(text: str) -> bool:
    """Whether `text` writes "في", "الذي", "التي" with a final alef maksura more often than not."""
    return _mostly_variant(_ALWAYS_YEH, text)


def with_final_letters(text: str) -> str:
    """`text` with each word ending in ي or ى given the last letter the sources write that word
    with most (one letter for one); names the sources list are left. For text whose
    final_letters_swapped."""
    if "ى" not in text and "ي" not in text:
        return text
    letters, names = _final_letters()
    out = None
    for match in _ENDS_IN_YEH.finditer(text):
        word = match.group()
        if word in names:
            continue  # "علي", a name, beside "على"
        candidates = [word] + [
            word[len(c) :] for c in _LEADING_CLITICS if word.startswith(c) and len(word) > len(c) + 1
        ]
        for candidate in candidates:
            last = letters.get(_yeh_key(candidate))
            if last is not None:
                if last != word[-1]:
                    out = out or list(text)
                    out[match.end() - 1] = last
                break
    return text if out is None else "".join(out)


@functools.cache
def _joined() -> re.Pattern[str] | None:
    """The Persian words the sources write with a zero-width non-joiner ("آیت‌الله",
    "حجت‌الاسلام"), as they would be typed with a space instead."""
    pairs = set()
    for _name, source in _sources():
        for word in _JOINED_WORD.findall(source):
            pairs.add(word.replace("\u200c", " "))
    if not pairs:
        return None
    return re.compile(rf"(?<![^\W\d_]|\u200c)(?:{trie_pattern(sorted(pairs))})(?![^\W\d_]|\u200c)")


_JOINED_WORD = re.compile(r"[\u0621-\u06d3]+(?:\u200c[\u0621-\u06d3]+)+")


def with_source_joiners(text: str) -> str:
    """Persian `text` with a zero-width non-joiner for the space typed inside a word the sources
    write joined ("آیت الله" is "آیت‌الله"). One character for one."""
    pattern = _joined()
    if pattern is None or " " not in text:
        return text
    return pattern.sub(lambda m: m.group().replace(" ", "\u200c"), text)
