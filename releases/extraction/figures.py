"""Figures: which numbers count people, what they count, who, and how sure the text is.

For each number that is not a year, date, duration, age or amount (see numbers.py):

1. the noun phrase after it must count people ("870 prisoners"), or the number must
   stand alone as a subject ("2,090 had their sentences reduced") or a partitive
   ("117 of them");
2. the metric comes from the nearest cue, in this order: a partitive that names the
   group ("of those pardoned"), a verb before the number in its clause ("pardoned
   870"), a participle inside the noun phrase, a predicate after it ("were freed"),
   the figure it continues ("including 28 foreigners"), a weak hint ("held"), and
   last the noun itself ("detainees" are detained);
3. category, qualifier and evidence are read from the words around it.

Every step is recorded in `reason`, so an editor can see why a number got its meaning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .countries import gazetteer
from .lexicon import DET, POP, Lexicon
from .numbers import NumberMention, exclusion, find_numbers
from .rules import Cue, CueHit, compile_cues, find_cues
from .text import Sentence

WINDOW = 120  # characters a cue may sit from its number
_OF = {"en": r"of\s+(?:the\s+)?", "fr": r"(?:des|de\s+la|de|d['\u2019])\s*", "es": r"de\s+(?:los\s+|las\s+)?",
       "ar": r"من\s+", "fa": r"از\s+"}  # fmt: skip
_BOUNDARY = re.compile(
    r";|:\s|\s[\u2013\u2014-]\s|\bbut\b|\bwhile\b|\bwhereas\b|\bmais\b|\bpero\b|\bmientras\b|لكن|بينما|\bاما\b",
    re.IGNORECASE,
)
# A reporting verb between a cue and its number starts a new clause: "Before those
# releases, the committee had said 300 people were imprisoned".
_REPORTING = re.compile(
    r"\b(?:said|says|told|reported|according\s+to|estimated|believes?|a\s+déclaré|dijo)\b",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"\s*([\w'\u2019\u200c-]+(?:\.\w+)*\.?|[^\w\s])")
_PRISON_WORD = re.compile(
    r"prisons?\b|jails?\b|penitentiar|prison\s+system|cárcel|prisión|سجون|زندان",
    re.IGNORECASE,
)
_CATEGORY_SCOPE_END = re.compile(r"[,;.()\u060c]")


@cache
def _demonyms() -> frozenset[str]:
    """Plural demonyms count people ("five Iranians")."""
    return frozenset(
        d
        for d in gazetteer().demonyms
        if d.endswith("s") or d in ("Swiss", "Chinese", "Japanese")
    )


@dataclass(slots=True)
class Candidate:
    number: NumberMention
    sentence: Sentence
    np_end: int
    form: str  # "noun", "bare", "partitive" or "comparison"
    head: str
    np_cue: CueHit | None = None


@dataclass(slots=True)
class RawFigure:
    candidate: Candidate
    metric: str
    category: str | None
    qualifier: str
    evidence: str
    start: int
    end: int
    reason: str
    strong: bool


@dataclass(frozen=True)
class Compiled:
    lex: Lexicon
    left: tuple[re.Pattern[str], tuple[Cue, ...]]
    right: tuple[re.Pattern[str], tuple[Cue, ...]]
    np_cues: tuple[re.Pattern[str], tuple[Cue, ...]]
    person: re.Pattern[str]
    default_detained: re.Pattern[str]
    aux: re.Pattern[str]
    stop: re.Pattern[str]
    partitive_after: re.Pattern[str]
    partitive_before: re.Pattern[str]
    of_person: re.Pattern[str]
    inherit: re.Pattern[str]
    comparison: re.Pattern[str]
    approx: re.Pattern[str]
    at_least: re.Pattern[str]
    up_to: re.Pattern[str]
    plus_suffix: re.Pattern[str]
    categories: tuple[tuple[str, re.Pattern[str]], ...]
    official: re.Pattern[str]
    reported: re.Pattern[str]
    estimate: re.Pattern[str]


@cache
def compile_lexicon(lex: Lexicon) -> Compiled:
    flags = re.IGNORECASE

    def full(pattern: str) -> re.Pattern[str]:
        return re.compile(rf"(?:{pattern})", flags)

    return Compiled(
        lex=lex,
        left=compile_cues(lex.left),
        right=compile_cues(lex.right),
        np_cues=compile_cues(lex.np_cues),
        person=full(lex.person_nouns),
        default_detained=full(lex.default_detained),
        aux=full(lex.aux),
        stop=full(lex.stop),
        partitive_after=re.compile(
            rf"\s*,?\s*(?:{lex.partitive})(?P<rest>(?:\s+[\w'\u2019-]+){{0,3}})", flags
        ),
        partitive_before=re.compile(
            rf"(?:{lex.partitive})(?P<rest>[^,.;]{{0,40}}),?\s*$", flags
        ),
        of_person=re.compile(
            rf"\s*{_OF.get(lex.lang, 'of ')}(?:[\w'-]+\s+){{0,2}}?(?:{lex.person_nouns})\b",
            flags,
        ),
        inherit=re.compile(lex.inherit, flags),
        comparison=re.compile(lex.comparison, flags),
        approx=re.compile(lex.approx, flags),
        at_least=re.compile(lex.at_least, flags),
        up_to=re.compile(lex.up_to, flags),
        plus_suffix=re.compile(lex.plus_suffix, flags),
        categories=tuple(
            (slug, re.compile(pattern, flags)) for slug, pattern in lex.categories
        ),
        official=re.compile(lex.official_sources, flags),
        reported=re.compile(lex.reported_sources, flags),
        estimate=re.compile(lex.estimate_words, flags),
    )


def find_candidates(
    norm: str, sentences: list[Sentence], c: Compiled
) -> list[Candidate]:
    """Numbers that count people, each with its sentence and noun phrase."""
    result = []
    index = 0
    for number in find_numbers(norm, c.lex):
        while index < len(sentences) and sentences[index].end <= number.start:
            index += 1
        if index >= len(sentences) or sentences[index].start > number.start:
            continue
        if exclusion(norm, number, c.lex):
            continue
        candidate = _noun_phrase(norm, number, sentences[index], c)
        if candidate:
            result.append(candidate)
    return result


def _noun_phrase(
    norm: str, number: NumberMention, sentence: Sentence, c: Compiled
) -> Candidate | None:
    pos = number.end
    first = _TOKEN.match(norm, pos, sentence.end)
    if first is None:
        return _comparison(norm, number, sentence, c)
    partitive = c.partitive_after.match(norm, pos, sentence.end)
    of_person = c.of_person.match(norm, pos, sentence.end)
    if partitive:
        return Candidate(number, sentence, partitive.end(), "partitive", "")
    if of_person:
        return Candidate(
            number,
            sentence,
            of_person.end(),
            "noun",
            of_person.group().split()[-1].lower(),
        )
    if c.aux.fullmatch(first.group(1)):
        return Candidate(number, sentence, pos, "bare", "")
    np_cue = None
    for _ in range(5):
        token = _TOKEN.match(norm, pos, sentence.end)
        if token is None:
            break
        word = (
            token.group(1).rstrip(".")
            if not token.group(1).endswith("S.")
            else token.group(1)
        )
        if c.person.fullmatch(word) or word in _demonyms():
            return Candidate(
                number, sentence, token.end(), "noun", word.lower(), np_cue
            )
        if not word[:1].isalnum() or c.stop.fullmatch(word):
            break
        hits = find_cues(c.np_cues, word, 0)
        if hits:
            np_cue = CueHit(token.start(1), token.end(), hits[0].cue)
        pos = token.end()
    return _comparison(norm, number, sentence, c)


def _comparison(
    norm: str, number: NumberMention, sentence: Sentence, c: Compiled
) -> Candidate | None:
    before = norm[max(sentence.start, number.start - 40) : number.start]
    if c.comparison.search(before):
        return Candidate(number, sentence, number.end, "comparison", "")
    return None


class Classifier:
    """Reads the figures of one text; keeps the state that the inheritance rules need."""

    def __init__(
        self, text: str, norm: str, c: Compiled, foreign_demonym, head_end: int = 0
    ) -> None:
        self.text, self.norm, self.c, self.head_end = text, norm, c, head_end
        self.foreign_demonym = foreign_demonym
        self.cue_cache: dict[tuple[int, str], list[CueHit]] = {}
        self.figures: list[RawFigure] = []

    def cues(self, sentence: Sentence, side: str) -> list[CueHit]:
        key = (sentence.index, side)
        if key not in self.cue_cache:
            compiled = self.c.left if side == "left" else self.c.right
            hits = find_cues(
                compiled, self.norm[sentence.start : sentence.end], sentence.start
            )
            # A capitalised cue inside a sentence is part of a name ("Committee for the Liberation of ...").
            self.cue_cache[key] = [
                h
                for h in hits
                if h.start == sentence.start or not self.norm[h.start].isupper()
            ]
        return self.cue_cache[key]

    def classify(self, candidates: list[Candidate]) -> list[RawFigure]:
        for i, cand in enumerate(candidates):
            prev = (
                candidates[i - 1]
                if i and candidates[i - 1].sentence is cand.sentence
                else None
            )
            nxt = (
                candidates[i + 1]
                if i + 1 < len(candidates)
                and candidates[i + 1].sentence is cand.sentence
                else None
            )
            figure = self._classify(cand, prev, nxt)
            if figure:
                self.figures.append(figure)
        return self.figures

    def _classify(
        self, cand: Candidate, prev: Candidate | None, nxt: Candidate | None
    ) -> RawFigure | None:
        qualifier, qual_start, qual_reason = self._qualifier(cand)
        left_start = self._left_start(cand, prev, qual_start)
        right_end = self._right_end(cand, nxt)
        found = self._metric(cand, left_start, qual_start, right_end)
        if found is None:
            return None
        metric, kind, hit, rule, strong = found
        category, cat_reason = self._category(cand, right_end)
        if metric in (POP, DET):
            metric = DET if category or kind == "det" else POP
        start = (
            min(qual_start, hit.start)
            if hit and hit.start < cand.number.start
            else qual_start
        )
        end = (
            max(cand.np_end, hit.end) if hit and hit.end > cand.np_end else cand.np_end
        )
        if end - start > 200:
            start, end = qual_start, cand.np_end
        reason = "; ".join(
            part for part in (rule + f" -> {metric}", qual_reason, cat_reason) if part
        )
        evidence = self._evidence(cand.sentence, metric)
        return RawFigure(
            cand, metric, category, qualifier, evidence, start, end, reason, strong
        )

    def _qualifier(self, cand: Candidate) -> tuple[str, int, str]:
        start = cand.number.start
        before = self.norm[max(cand.sentence.start, start - 30) : start]
        for name, pattern in (("approximately", self.c.approx), ("at_least", self.c.at_least),
                              ("up_to", self.c.up_to)):  # fmt: skip
            match = pattern.search(before)
            if match:
                qual_start = start - len(before) + match.start()
                return name, qual_start, f"'{match.group().strip()}' -> {name}"
        if cand.number.plus or self.c.plus_suffix.match(
            self.norm, cand.number.end, cand.sentence.end
        ):
            return "at_least", start, "'plus' after the number -> at_least"
        return "exact", start, ""

    def _left_start(
        self, cand: Candidate, prev: Candidate | None, qual_start: int
    ) -> int:
        start = max(cand.sentence.start, qual_start - WINDOW)
        if prev:
            start = max(start, prev.np_end)
        for match in _BOUNDARY.finditer(self.norm, start, qual_start):
            start = match.end()
        return start

    def _right_end(self, cand: Candidate, nxt: Candidate | None) -> int:
        end = min(cand.sentence.end, cand.np_end + WINDOW)
        match = _BOUNDARY.search(self.norm, cand.np_end, end)
        if match:
            end = match.start()
        if nxt and nxt.number.start < end:
            gap = self.norm[cand.np_end : nxt.number.start]
            if not re.fullmatch(r"\s*(?:,|and|or|et|ou|y|o|و)\s*(?:\w+\s+)?", gap):
                end = nxt.number.start
        return end

    def _metric(
        self, cand: Candidate, left_start: int, qual_start: int, right_end: int
    ):
        """(metric, kind, cue hit, explanation, strong) by the rules in the module docstring."""
        before = self.norm[cand.sentence.start : qual_start]
        partitive = self.c.partitive_before.search(before[-60:])
        if partitive:
            hits = find_cues(self.c.left, partitive.group("rest"), 0)
            if hits:
                hit = hits[0]
                start = qual_start - len(before[-60:]) + partitive.start()
                return hit.cue.metric, hit.cue.kind, CueHit(start, qual_start, hit.cue), \
                    f"'{partitive.group().strip(' ,')}' names the group", True  # fmt: skip
        clause_initial = (
            re.search(r"[,\u060c]\s*$", self.norm[left_start:qual_start]) is not None
        )
        left = [
            h
            for h in self.cues(cand.sentence, "left")
            if h.start >= left_start
            and h.end <= qual_start
            and not _REPORTING.search(self.norm, h.end, qual_start)
        ]
        if cand.form == "partitive":
            rest = self.norm[cand.number.end : cand.np_end]
            inner = find_cues(self.c.left, rest, cand.number.end)
            if inner:
                return (
                    inner[0].cue.metric,
                    inner[0].cue.kind,
                    inner[0],
                    f"'{rest.strip()}' names the group",
                    True,
                )
        if left and not clause_initial:
            hit = _best_left(left, self.norm)
            if hit.cue.strength >= 2:
                return (
                    hit.cue.metric,
                    hit.cue.kind,
                    hit,
                    f"'{self._show(hit)}' before the number",
                    True,
                )
        if cand.np_cue:
            hit = cand.np_cue
            return (
                hit.cue.metric,
                hit.cue.kind,
                hit,
                f"'{self._show(hit)}' describes the people counted",
                True,
            )
        right = [
            h
            for h in self.cues(cand.sentence, "right")
            if h.start >= cand.np_end and h.end <= right_end
        ]
        strong_right = [h for h in right if h.cue.strength >= 2]
        if strong_right:
            hit = min(strong_right, key=lambda h: (-h.cue.strength, h.start))
            return (
                hit.cue.metric,
                hit.cue.kind,
                hit,
                f"'{self._show(hit)}' after the number",
                True,
            )
        inherited = self._inherit(cand, qual_start)
        if inherited:
            return inherited
        weak = [h for h in left + right if h.cue.strength == 1]
        if weak and cand.form == "noun":
            hit = weak[0]
            kind = hit.cue.kind
            if kind == "hold":
                kind = (
                    "pop"
                    if _PRISON_WORD.search(
                        self.norm, cand.sentence.start, cand.sentence.end
                    )
                    else "det"
                )
            return POP, kind, hit, f"'{self._show(hit)}' (a weak hint)", False
        if cand.form == "noun" and (
            self.c.default_detained.fullmatch(cand.head)
            or self._political(cand, right_end)
        ):
            return DET, "det", None, f"'{cand.head}' are held by definition", False
        return None

    def _inherit(self, cand: Candidate, qual_start: int):
        before = self.norm[max(cand.sentence.start, qual_start - 40) : qual_start]
        marker = self.c.inherit.search(before)
        continues = (
            cand.form in ("bare", "partitive")
            or cand.head in ("others", "autres", "otros")
            or marker
        )
        body = [f for f in self.figures if f.start >= self.head_end] or self.figures
        if cand.form == "comparison" and body:
            return (
                body[0].metric,
                "",
                None,
                "compared with an earlier total of the same kind",
                False,
            )
        if not continues:
            return None
        same = [f for f in self.figures if f.candidate.sentence is cand.sentence]
        if same:
            return (
                same[-1].metric,
                "",
                None,
                "continues the figure before it in the sentence",
                False,
            )
        left = [
            h
            for h in self.cues(cand.sentence, "left")
            if h.end <= qual_start and h.cue.strength >= 2
        ]
        if left:
            hit = left[-1]
            return (
                hit.cue.metric,
                hit.cue.kind,
                None,
                f"'{self._show(hit)}' earlier in the sentence",
                False,
            )
        initial = (
            not self.norm[cand.sentence.start : qual_start].strip(" \"'\u201c").strip()
            or before.strip().lower() == "another"
        )
        if initial and cand.form != "noun" and self.figures:
            last = self.figures[-1]
            if last.candidate.sentence.index == cand.sentence.index - 1:
                return (
                    last.metric,
                    "",
                    None,
                    "continues the list in the sentence before",
                    False,
                )
        return None

    def _political(self, cand: Candidate, right_end: int) -> bool:
        scope = self.norm[cand.number.end : min(right_end, cand.np_end + 40)]
        return any(
            slug == "political" and pattern.search(scope)
            for slug, pattern in self.c.categories[:6]
        )

    def _category(self, cand: Candidate, right_end: int) -> tuple[str | None, str]:
        end = min(right_end, cand.number.end + 90)
        scope = self.norm[cand.number.end : end]
        stop = _CATEGORY_SCOPE_END.search(scope, max(0, cand.np_end - cand.number.end))
        if stop and cand.form != "partitive":
            scope = scope[: stop.start()]
        for slug, pattern in self.c.categories:
            match = pattern.search(scope)
            if match:
                return slug, f"'{match.group()}' -> {slug}"
        if cand.form == "noun" and self.foreign_demonym(
            self.text[cand.number.end : cand.np_end]
        ):
            return (
                "foreign_nationals",
                "citizens of another country -> foreign_nationals",
            )
        if cand.head in ("others", "autres", "otros"):
            same = [f for f in self.figures if f.candidate.sentence is cand.sentence]
            if same and same[-1].category:
                return same[
                    -1
                ].category, f"'others' like the figure before -> {same[-1].category}"
        return None, ""

    def _evidence(self, sentence: Sentence, metric: str) -> str:
        words = self.norm[sentence.start : sentence.end]
        if self.c.estimate.search(words):
            return "estimate"
        if self.c.reported.search(words):
            return "reported"
        if self.c.official.search(words) or metric in ("pardoned", "sentence_reduced"):
            return "official"
        return "reported"

    def _show(self, hit: CueHit) -> str:
        return " ".join(self.text[hit.start : hit.end].split())


def _best_left(hits: list[CueHit], norm: str) -> CueHit:
    """Nearest strongest cue; 'pardoned or reduced the sentences of' counts as a pardon."""
    strength = max(h.cue.strength for h in hits)
    best = [h for h in hits if h.cue.strength == strength][-1]
    if best.cue.metric == "sentence_reduced":
        for other in hits:
            gap = norm[other.end : best.start].strip().lower()
            if other.cue.metric == "pardoned" and gap in ("or", "and", ",", "and/or"):
                return other
    return best
