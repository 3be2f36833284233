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

import bisect
import re
from dataclasses import dataclass
from functools import cache

from .countries import gazetteer, plural_demonym, script_country
from .lexicon import Lexicon
from .numbers import NumberMention, bullet_line, exclusion, find_numbers, table_line
from .rules import Cue, CueHit, WordScanner, compile_cues, find_cues, word_regex, word_regex_named, word_scanner
from .text import Sentence

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


MAX_CANDIDATES = 1000  # an article counts people a few dozen times at most; junk text is cut short


@cache
def _demonyms() -> frozenset[str]:
    """Plural demonyms count people ("five Iranians")."""
    return frozenset(d for d in gazetteer().demonyms if d.endswith("s") or d in ("Swiss", "Chinese", "Japanese"))


def _script_demonym(word: str, lang: str) -> bool:
    """An Arabic or Persian demonym counts people ("سبعة سعوديين", "23 سودانيا", "۷ ایرانیان"), a country's
    name does not ("۳۴ ولایت افغانستان"): a Persian demonym ends in "ی" or its plural "یان"."""
    if lang == "fa" and not word.endswith(("ی", "یان")):
        return False
    return (
        lang in ("ar", "fa") and word[-1:] in "يناةی" and not word.endswith("ستان") and script_country(word) is not None
    )


@dataclass(slots=True)
class Candidate:
    number: NumberMention
    sentence: Sentence
    np_end: int
    form: str  # "noun", "bare", "partitive", "comparison", "listed" (a breakdown's line) or "predicate"
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
    left: tuple[re.Pattern[str] | WordScanner, tuple[Cue, ...]]
    right: tuple[re.Pattern[str] | WordScanner, tuple[Cue, ...]]
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
    category_any: re.Pattern[str]  # all categories in one pass, a named group each
    official: re.Pattern[str] | WordScanner
    reported: re.Pattern[str] | WordScanner
    estimate: re.Pattern[str]


@cache
def compile_lexicon(lex: Lexicon) -> Compiled:
    flags = re.IGNORECASE

    def full(pattern: str) -> re.Pattern[str]:
        return re.compile(rf"(?:{pattern})", flags)

    def qualifier(pattern: str) -> re.Pattern[str]:
        # Arabic and Persian glue prepositions to the next word ("بنحو"): no word-start check there.
        return re.compile(pattern, flags) if lex.lang in ("ar", "fa") else word_regex(pattern, flags)

    return Compiled(
        lex=lex,
        left=compile_cues(lex.left),
        right=compile_cues(lex.right),
        np_cues=compile_cues(lex.np_cues, scan=False),
        person=full(lex.person_nouns),
        default_detained=full(lex.default_detained),
        aux=full(lex.aux),
        stop=full(lex.stop),
        partitive_after=re.compile(
            rf"\s*,?\s*(?:{lex.partitive})(?P<rest>(?:\s+(?!\d|(?:و|and|et|y|or|ou|o)\s)[\w'\u2019-]+){{0,3}})", flags
        ),
        # "Entre los indultados hay, además, 40 menores": an adverb aside may follow the group.
        partitive_before=re.compile(
            rf"(?:{lex.partitive})(?P<rest>[^,.;]{{0,40}}),?\s*(?:(?:además|también|aussi|également|also)\s*,\s*)?$",
            flags,
        ),
        of_person=re.compile(
            rf"\s*{_OF.get(lex.lang, 'of ')}(?:[\w'-]+\s+){{0,2}}?(?:{lex.person_nouns})\b",
            flags,
        ),
        inherit=re.compile(lex.inherit, flags),
        comparison=re.compile(lex.comparison, flags),
        approx=qualifier(lex.approx),
        at_least=qualifier(lex.at_least),
        up_to=qualifier(lex.up_to),
        plus_suffix=re.compile(lex.plus_suffix, flags),
        categories=tuple((slug, word_regex(pattern, flags)) for slug, pattern in lex.categories),
        category_any=word_regex_named(lex.categories, flags),
        official=word_scanner(lex.official_sources, flags),
        reported=word_scanner(lex.reported_sources, flags),
        estimate=word_regex(lex.estimate_words, flags),
    )


def find_candidates(norm: str, sentences: list[Sentence], c: Compiled) -> list[Candidate]:
    """Numbers that count people, each with its sentence and noun phrase."""
    result = []
    index = 0
    for number in find_numbers(norm, c.lex):
        while index < len(sentences) and sentences[index].end <= number.start:
            index += 1
        if index >= len(sentences) or sentences[index].start > number.start:
            continue
        reason = exclusion(norm, number, c.lex)
        one = number.value == 1 and reason is not None and reason.startswith("too small")
        bracketed = c.lex.lang == "en" and _list_item(norm, number, sentences[index]) if one else False
        # "پاکستان: ۰۱ نفر": a one written with a leading zero is a line of a table of counts.
        padded = one and norm.startswith("0", number.start) and number.end - number.start == 2
        if reason and not (
            one
            and (
                _enumerated(norm, number)
                or bracketed
                or padded
                or bullet_line(norm, number.start)
                or table_line(norm, number.start)
            )
        ):
            continue
        candidate = _noun_phrase(norm, number, sentences[index], c)
        if candidate:
            result.append(candidate)
            if len(result) >= MAX_CANDIDATES:
                break
    if c.lex.lang == "ar" and len(result) < MAX_CANDIDATES:
        result = _ar_one_or_two(norm, sentences, c, result)
    return result


# Arabic counts one and two after the noun, as adjectives: "لفائدة: نزيلة واحدة", "شخصين اثنين", "نزيلان اثنان"
# (the reading copy has no vowel marks: "موقوفَين اثنين" is read as "موقوفين اثنين").
_AR_ONE_OR_TWO = re.compile(r"(?<!\w)(\w+)\s+(واحدة?|اثن(?:ان|ين)|اثنت(?:ان|ين))(?!\w)")
# A dual with no numeral is two: "بينهم أسيران", "سجينان من سجن رومية", "الإفراج عن صحفيين" is not (a sound plural's
# "-ين" is also its plural); only the nouns whose plural is broken, or a nominative "-ان", are duals.
_AR_DUAL = re.compile(
    r"(?<!\w)[وفبل]?((?:سجين|أسير|رهين|شخص|سجينت|أسيرت|رهينت|معتقلت|محكومت)(?:ان|ين)"
    r"|(?:معتقل|محكوم|موقوف|صحفي|صحافي|ناشط|مواطن|معارض)ان)(?!\w)"
)


def _ar_one_or_two(norm: str, sentences: list[Sentence], c: Compiled, found: list[Candidate]) -> list[Candidate]:
    """The candidates with the ones and twos an Arabic noun of people takes after it."""
    taken = {cand.number.start for cand in found}
    starts = [s.start for s in sentences]

    def sentence_at(position: int) -> Sentence | None:
        k = bisect.bisect_right(starts, position) - 1
        return sentences[k] if k >= 0 and position < sentences[k].end else None

    extra = []
    for match in _AR_DUAL.finditer(norm):
        if _AR_ONE_OR_TWO.match(norm, match.start(1)):
            continue  # "شخصين اثنين": the numeral after it is the count
        sentence = sentence_at(match.start(1))
        if sentence is not None:
            number = NumberMention(match.start(1), match.end(1), 2, True)
            extra.append(Candidate(number, sentence, match.end(1), "noun", match.group(1)))
    for match in _AR_ONE_OR_TWO.finditer(norm):
        noun = match.group(1)
        if match.start(2) in taken or not c.person.fullmatch(noun):
            continue
        sentence = sentence_at(match.start(2))
        if sentence is None:
            continue
        value = 1 if match.group(2).startswith("واحد") else 2
        number = NumberMention(match.start(2), match.end(2), value, True)
        extra.append(Candidate(number, sentence, match.end(2), "noun", noun))
    return sorted(found + extra, key=lambda cand: cand.number.start) if extra else found


# "two Filipinos, one Cambodian and one Thai": a one in a list of counts is a count too.
_ENUMERATED = re.compile(r"(?:,|\band|\bet|\by|\u060c|\sو)\s*$", re.IGNORECASE)
_DIGIT_OR_WORD = re.compile(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten)\b", re.IGNORECASE)


def _enumerated(norm: str, number: NumberMention) -> bool:
    before = norm[max(0, number.start - 40) : number.start]
    return bool(_ENUMERATED.search(before)) and bool(_DIGIT_OR_WORD.search(before))


# A lower-case word that may be an adjective of a noun of people ("petty", "political", "long-term"): not a
# participle, an adverb or a time ("freed", "quickly", "yesterday").
_EN_ADJECTIVE = re.compile(
    r"(?!(?:yesterday|today|tonight|overnight|each|all|both|more|others?)\b)[a-z][a-z-]*(?<!ed)(?<!ly)"
)

# A proportion, not a count: "quatre détenus adultes sur dix", "cuatro de cada diez presos".
_FR_ES_SHARE = re.compile(
    r"\s*(?:[^\W\d_]+\s+){0,2}?(?:sur|de\s+cada)\s+(?:dix|cent|mille|diez|cien|\d+)\b", re.IGNORECASE
)


# People a court acquits are freed by its verdict, not by an act of clemency.
_ACQUITTAL = (
    r"(?:acquitt(?:é|ée|és|ées|ed)|relax(?:é|ée|és|ées)|absuelt[oa]s?|absolvi(?:ó|eron|do|da|dos|das)|"
    r"found\s+not\s+guilty)\b"
)
_ACQUITTED = re.compile(
    rf"[^.;:]{{0,40}}?\b(?:ont\s+été|ont|sont|fueron|han\s+sido|were|have\s+been)\s+{_ACQUITTAL}", re.I
)
_ACQUITTED_BEFORE = re.compile(
    rf"\b(?:{_ACQUITTAL}|acquitted|acquitte|acquitté)\s+(?:a\s+|à\s+)?(?:\w+\s+){{0,2}}$", re.I
)


_ASIDE = re.compile(r"\s*,[^,.;:\d]{3,40},\s*([^\W\d_]+)")
_RANGE_TO = re.compile(
    r"\s+(?:a|à|to)\s+(?:(?:unos|unas|environ|about|some)\s+)?\d[\d.,\u202f\u00a0 ]*\d"
    # "entre 8 y 9 mil presos", "۸ تا ۹ هزار زندانی", "ما بين 8 و9 آلاف سجين": a range whose scale word follows its end.
    r"|\s*(?:-|\u2013|\s(?:a|à|to|y|et|and|تا))?\s*و?\s*\d+[\s\u00a0]*(?:thousand|million|mil|mille|millions?|millones|"
    r"هزار|میلیون|آلاف|ألف|مليون)(?!\w)",
    re.IGNORECASE,
)
_EN_WHETHER = re.compile(r"\b(?:whether|if)\s+(?:the\s+|all\s+)?$", re.IGNORECASE)
_SHARE_BASE = re.compile(
    r"(?:\b(?:de\s+cada|in\s+every|out\s+of\s+every|per|por\s+cada)|(?<![\w\u200c])(?:به\s+ازای\s+هر|لكل))\s+$",
    re.IGNORECASE,
)
_RATE_AFTER = re.compile(
    r"\s+(?:[^\W\d_][\w\u200c]*\s+){0,2}?(?:(?:per|por\s+cada|لكل)\s+(?:\d|مائة|مئة|ألف|hundred|thousand)|"
    r"pour\s+\d[\d.,\s\u202f]*\s+habitants|(?:در|به\s+ازای)\s+هر\s+(?:\d|صد|هزار))",
    re.IGNORECASE,
)
# "per 100,000 people, 287 are in prison", "به ازای هر ۱۰۰ هزار نفر جمعیت، ۲۸۷ نفر در زندان‌اند": a rate.
_RATE_BEFORE = re.compile(
    r"(?:\b(?:per|por\s+cada)|(?<![\w\u200c])(?:به\s+ازای\s+هر|لكل))\s+\d[\d.,\s\u202f]*"
    r"(?:\s*(?:هزار|ألف|mil|thousand|000))?\s+(?:[^\W\d_][\w\u200c]*\s*){0,2}[,،]\s*$|"
    r"\bpour\s+\d[\d.,\s\u202f]*\s+habitants\s*,\s*$",
    re.IGNORECASE,
)
_THRESHOLD = re.compile(
    r"\b(?:seuil|barre|cap|threshold|umbral|barrera)\s+(?:des|de\s+l[oa]s|de|of|of\s+the)\s+$", re.IGNORECASE
)


def _noun_phrase(norm: str, number: NumberMention, sentence: Sentence, c: Compiled) -> Candidate | None:
    if c.lex.lang in ("fr", "es") and _FR_ES_SHARE.match(norm, number.end, sentence.end):
        return None  # "cuatro de cada diez", "un sur trois"
    if _SHARE_BASE.search(norm, max(sentence.start, number.start - 14), number.start):
        return None  # "ocho de cada diez presos": the base of a proportion
    if _RATE_BEFORE.search(norm, max(sentence.start, number.start - 50), number.start) or _RATE_AFTER.match(
        norm, number.end, sentence.end
    ):
        return None  # "per 100,000 people, 287 are in prison", "287 prisoners per 100,000": a rate, not a count
    ordinal = c.lex.lang in ("fr", "es") and _FR_ES_ORDINAL_AFTER.match(norm, number.end, sentence.end)
    if ordinal and _FR_ES_DEFINITE.search(norm, max(sentence.start, number.start - 8), number.start):
        return None  # "les deux premiers bénéficiaires", "los tres últimos": people already named
    if c.lex.lang == "en" and _EN_WHETHER.search(norm, max(sentence.start, number.start - 12), number.start):
        return None  # "Asked whether two men convicted over … would go free": a question, not a count
    if _THRESHOLD.search(norm, max(sentence.start, number.start - 20), number.start):
        return None  # "le seuil des 80 000 détenus": a mark passed, not a count of people
    if c.lex.lang in ("fr", "es") and _VOTERS.search(norm, max(sentence.start, number.start - 30), number.start):
        return None  # "con los votos de 70 diputados y el rechazo de 15 opositores": a vote's tally
    if c.lex.lang in ("fr", "es") and _VOTES_AGAINST.search(norm, max(sentence.start, number.start - 40), number.start):
        return None  # "por 177 votos frente a 172", "par 300 voix contre 250": the other side of a vote
    candidate = _counted(norm, number, sentence, c)
    if (
        candidate is None
        and SUM_BEFORE.search(norm, max(sentence.start, number.start - 30), number.start)
        and _SUM_AFTER.match(norm, number.end, sentence.end)
    ):
        # "… et gracié 291 autres condamnés, soit 10 535 au total": the groups told before, summed.
        return Candidate(number, sentence, number.end, "bare", "")
    if candidate is None and c.lex.lang == "es" and es_cleft(norm, number, sentence):
        return Candidate(number, sentence, number.end, "bare", "")
    if candidate and c.lex.lang in ("fr", "es") and _FR_ES_SHARE.match(norm, candidate.np_end, sentence.end):
        return None
    if candidate and c.lex.lang in ("fr", "es") and _FR_ES_RATE.match(norm, candidate.np_end, sentence.end):
        return None  # "más de cien amnistías a la semana": a pace, not a count of people
    # "530 protesters were killed": the dead and wounded are not people held or freed.
    casualty = c.lex.extra.get("casualty")
    if candidate and casualty and re.match(casualty, norm[candidate.np_end : candidate.np_end + 60], re.IGNORECASE):
        return None
    if candidate and (
        _ACQUITTED.match(norm, candidate.np_end, min(sentence.end, candidate.np_end + 60))
        or _ACQUITTED_BEFORE.search(norm, max(sentence.start, number.start - 40), number.start)
    ):
        return None  # "14 prévenus … ont été acquittés", "absolvió a tres militares": a court's verdict
    # "more than 140 of whom were injured": the partitive's predicate tells what befell them.
    whom = _OF_WHOM.match(norm, number.end, sentence.end)
    if candidate and casualty and whom and re.match(casualty, norm[whom.end() : whom.end() + 40], re.IGNORECASE):
        return None
    killed = c.lex.extra.get("casualty_before")
    if (
        candidate
        and killed
        and re.search(killed, norm[max(sentence.start, number.start - 40) : number.start], re.IGNORECASE)
    ):
        return None
    return candidate


def es_cleft(norm: str, number: NumberMention, sentence: Sentence) -> bool:
    """ "Fueron 193 las personas excarceladas", "serían unos 500 los beneficiados": a Spanish copula, the count, then
    the people it counts, named by what was done to them."""
    return bool(
        _ES_CLEFT_BEFORE.search(norm, max(sentence.start, number.start - 40), number.start)
        and _ES_CLEFT_PEOPLE.match(norm, number.end, sentence.end)
    )


_ES_CLEFT_BEFORE = re.compile(
    r"(?<!\w)(?:son|fueron|eran|serán|serían|sería|será|habrían\s+sido|han\s+sido)\s+"
    r"(?:(?:unos|unas|más\s+de|casi|cerca\s+de|al\s+menos|alrededor\s+de)\s+)?$",
    re.IGNORECASE,
)
_ES_CLEFT_PEOPLE = re.compile(
    r"\s+(?:los|las)\s+(?:(?:personas|presos|presas|reclusos|reclusas|reos|internos|internas|detenidos|condenados)\s+)?"
    r"(?:beneficiad|indultad|amnistiad|excarcelad|liberad|conmutad|favorecid)[oa]s\b",
    re.IGNORECASE,
)

# "…, soit 10 535 au total", "…, es decir, 10.535 en total", "…, or 10,535 in all": a sum restated after its groups.
SUM_BEFORE = re.compile(
    r"[,(]\s*(?:soit|es\s+decir,?|o\s+sea,?|that\s+is,?|i\.e\.,?|or)\s+(?:(?:un|a)\s+total\s+(?:de|of)\s+)?$",
    re.IGNORECASE,
)
_SUM_AFTER = re.compile(r"\s+(?:au\s+total|en\s+tout|en\s+total|in\s+all|in\s+total|altogether)\b", re.IGNORECASE)
_FR_ES_RATE = re.compile(
    r"\s*(?:a\s+la\s+semana|al\s+(?:día|mes|año)|por\s+(?:semana|día|mes)|cada\s+(?:semana|día|mes)|"
    r"par\s+(?:semaine|jour|mois)|chaque\s+(?:semaine|jour|mois))\b(?!\s+santa)",
    re.IGNORECASE,
)
_VOTERS = re.compile(
    r"\b(?:votos?|rechazo|abstención|voix|abstention)\s+(?:a\s+favor\s+|en\s+contra\s+|favorables?\s+)?"
    r"(?:de|d['\u2019])\s*(?:(?:los|las|les)\s+)?$",
    re.IGNORECASE,
)
_VOTES_AGAINST = re.compile(
    r"\d\s+(?:votos|voix|sufragios)\s+(?:a\s+favor\s+|pour\s+|favorables\s+)?(?:frente\s+a|contra|contre)\s+"
    r"(?:(?:los|las|les)\s+)?$",
    re.IGNORECASE,
)
_OF_WHOM = re.compile(r"\s+of\s+(?:whom|them|those|these)\b", re.IGNORECASE)


def _counted(norm: str, number: NumberMention, sentence: Sentence, c: Compiled) -> Candidate | None:
    pos = number.end
    number_of = NUMBER_OF_AFTER.match(norm, pos, sentence.end)
    if number_of and BRINGS_TO.search(norm, max(sentence.start, number.start - 50), number.start):
        # "The move brings to 89 the number of commutations", "porte à 145 739 le nombre de personnes": a tally
        # whose people are named after it.
        return Candidate(number, sentence, number_of.end(), "predicate", "")
    if norm.startswith(("\u00bb", "\u201d", '"'), pos) and norm.startswith(" ", pos + 1):
        pos += 1  # 'از مرخصی «نزدیک به ۸۵ هزار» زندانی', 'some "85,000" prisoners': a count quoted, its noun after
    if c.lex.lang in ("ar", "fa") and norm.startswith(")", pos) and norm[number.start - 1 : number.start] == "(":
        pos += 1  # "بلغ عدد المشمولين بالعفو (901) محكوم": Gulf statements put a count in brackets
    if labelled_line(norm, number) and _heading_counts_people(norm, number, c):
        return Candidate(number, sentence, number.end, "listed", "")  # "• First offenders: 772"
    if POPULATION_OF.search(norm, max(sentence.start, number.start - 60), number.start):
        # "una población penitenciaria de unas 18.000", "put the inmate population at 25,242": the number of
        # a population named before it, with no noun after.
        return Candidate(number, sentence, number.end, "bare", "")
    first = _TOKEN.match(norm, pos, sentence.end)
    if first is None:
        return _comparison(norm, number, sentence, c)
    partitive = c.partitive_after.match(norm, pos, sentence.end)
    of_person = c.of_person.match(norm, pos, sentence.end)
    if partitive:
        return Candidate(number, sentence, partitive.end(), "partitive", "")
    if of_person:
        head = of_person.group().split()[-1]
        # "180 of the beneficiaries": a noun that names the measure's people gives its metric.
        hits = find_cues(c.np_cues, head, 0)
        np_cue = CueHit(of_person.end() - len(head), of_person.end(), hits[0].cue) if hits else None
        return Candidate(number, sentence, of_person.end(), "noun", head.lower(), np_cue)
    aside = _ASIDE.match(norm, pos, sentence.end)
    if aside and c.aux.fullmatch(aside.group(1)):
        return Candidate(number, sentence, pos, "bare", "")  # "Noventa y siete, uno de cada cuatro, son extranjeros"
    ranged = _RANGE_TO.match(norm, pos, sentence.end)
    if ranged:
        # "de unos 14.900 a 14.400 reclusos", "from 14,900 to 14,400 inmates": the first end shares the noun.
        second = _TOKEN.match(norm, ranged.end(), sentence.end)
        if second and c.person.fullmatch(second.group(1).rstrip(".")):
            return Candidate(number, sentence, pos, "bare", "")
    negated = first.group(1) in ("no", "ne", "n'") and c.lex.lang in ("fr", "es")
    second = _TOKEN.match(norm, first.end(), sentence.end) if negated else None
    if c.aux.fullmatch(first.group(1)) or (second and c.aux.fullmatch(second.group(1))):
        # "de los cuales unos 12.000 no tienen sentencia": a bare subject, its verb negated.
        if _BOTH.search(norm, max(sentence.start, number.start - 12), number.start):
            return None  # "Tous deux ont recouvré la liberté": the people just named
        if c.lex.lang == "en" and _en_the_named(norm, number, sentence, c):
            return None  # "The two were swapped at the airport": the people just named, no count told before
        return Candidate(number, sentence, pos, "bare", "")
    if c.lex.lang == "en" and _OF_NUMBER.match(norm, pos, sentence.end):
        return Candidate(number, sentence, pos, "bare", "")  # "released 1,200 of the 3,000 prisoners"
    if c.lex.lang == "en" and _EN_SUFFER.match(norm, pos, sentence.end):
        return Candidate(number, sentence, pos, "bare", "")  # "Seventeen suffer from chronic illnesses"
    cases = _FA_CASES.match(norm, pos, sentence.end) if c.lex.lang == "fa" else None
    if cases:
        # "۵۰۲۳ مورد مرخصی", "۵۲۱ مورد عفو": cases of a measure count the people it reaches.
        hits = find_cues(c.left, cases.group(1), cases.start(1))
        if hits and hits[0].start == cases.start(1) and hits[0].cue.strength >= 3:
            return Candidate(number, sentence, cases.end(1), "bare", "", hits[0])
    np_cue = None
    previous = ""
    for _ in range(5):
        token = _TOKEN.match(norm, pos, sentence.end)
        if token is None:
            break
        word = token.group(1).rstrip(".") if not token.group(1).endswith("S.") else token.group(1)
        # A noun that counts acts of clemency gives its metric ("376 amnistías"): read it first.
        hits = find_cues(c.np_cues, word, 0) if word[:1].isalnum() and not c.stop.fullmatch(word) else []
        if hits:
            np_cue = CueHit(token.start(1), token.end(), hits[0].cue)
        # French capitalises a nationality used as a noun: "8 Russes", "trois Américains".
        demonym = word in _demonyms() or (c.lex.lang == "fr" and word[:1].isupper() and word.lower() in _demonyms())
        # "trois Malaisiens", "tres malasios": a French or Spanish plural the country list gives in the singular.
        demonym = demonym or (
            c.lex.lang in ("fr", "es")
            and number.value > 1
            and (c.lex.lang == "fr" or word[:1].islower())
            and plural_demonym(word) is not None
        )
        singular = number.value == 1 and word in gazetteer().demonyms  # "one Cambodian"
        if c.lex.lang in ("fr", "es") and word.lower() in ("autres", "otros", "otras"):
            # "… ont bénéficié de la grâce, et trois autres d'une libération conditionnelle": the verb is
            # gapped, and the act named right after "autres" is this count's own.
            after = token.end()
            hits = find_cues(c.right, norm[after : min(sentence.end, after + 40)], after)
            if hits and hits[0].cue.strength >= 3 and _FR_ES_GAPPED_OBJECT.fullmatch(norm, after, hits[0].start):
                return Candidate(number, sentence, after, "bare", "", hits[0])
        if c.person.fullmatch(word) or demonym or singular or _script_demonym(word, c.lex.lang):
            end = token.end(1) - (len(token.group(1)) - len(word))
            if word.lower() in _ACTS and _PAST_ACTS.search(norm, number.end, end):
                return None  # "three previous pardons": earlier decrees, not people
            if word.lower() in _ACTS and _HELD_MEASURES.search(
                norm, max(sentence.start, number.start - 24), number.start
            ):
                return None  # "it has held nine amnesties": measures taken, not people
            return Candidate(number, sentence, end, "noun", word.lower(), np_cue)
        if c.lex.lang == "en" and token.start() == number.end and word.lower() in ("-odd", "odd"):
            pos = token.end()  # "1,200-odd inmates": a rounded count (see the qualifier)
            continue
        # "5,061 petty and long-term offenders": adjectives joined by "and" before the noun.
        joined = c.lex.lang == "en" and word in ("and", "or") and _EN_ADJECTIVE.fullmatch(previous)
        if not joined and (not word[:1].isalnum() or c.stop.fullmatch(word) or word[:1].isdigit()):
            break  # "the two sides exchanged 40 prisoners": another number opens its own phrase
        previous = "" if joined else word
        pos = token.end()
    if _list_item(norm, number, sentence) or reason_line(norm, number):
        return Candidate(number, sentence, number.end, "listed", "")
    if c.lex.lang == "fa" and _fa_placed_line(norm, number, sentence, c):
        return Candidate(number, sentence, number.end, "listed", "")
    # A clemency phrase right after a bare number governs it: "1.035 por amnistía y 1.500 por indulto".
    # An article may stand between them in a breakdown: "cinquante-six (56) une remise partielle".
    hits = find_cues(c.right, norm[number.end : min(sentence.end, number.end + 40)], number.end)
    if hits and hits[0].cue.strength >= 3 and _ARTICLE_GAP.fullmatch(norm, number.end, hits[0].start):
        return Candidate(number, sentence, number.end, "bare", "", hits[0])
    # "La mayoría, 45, recibió …", "la plupart, 300, ont …": a number in apposition to a share of the group.
    if _APPOSITION.search(norm, max(sentence.start, number.start - 30), number.start) and norm.startswith(
        ",", number.end
    ):
        return Candidate(number, sentence, number.end, "bare", "")
    # "cinco personas recluidas en cárceles y dos que cumplían detención domiciliaria": the noun left out before
    # a relative clause after "y"/"et" is the one of the count before.
    if (
        c.lex.lang in ("fr", "es")
        and _RELATIVE_AFTER.match(norm, number.end, sentence.end)
        and _AND_BEFORE.search(norm, max(sentence.start, number.start - 6), number.start)
        and any(
            c.person.fullmatch(w) for w in _WORD.findall(norm, max(sentence.start, number.start - 80), number.start)
        )
    ):
        return Candidate(number, sentence, number.end, "bare", "")
    # "y conmutó la pena de otros 25", "et 40 autres": the noun is the one told before.
    if _OTHER_BEFORE.search(norm, max(sentence.start, number.start - 12), number.start):
        return Candidate(number, sentence, number.end, "bare", "")
    # Spanish marks people with "a": "el Gobierno indultó a 300", after a clemency verb.
    if c.lex.lang == "es" and _PERSONAL_A.search(norm, max(sentence.start, number.start - 30), number.start):
        lead = max(sentence.start, number.start - 60)
        if any(h.cue.strength >= 3 for h in find_cues(c.left, norm[lead : number.start], lead)):
            return Candidate(number, sentence, number.end, "bare", "")
    # "fueron excarcelados unos 200.": the noun told before, the verb's subject put after it.
    if c.lex.lang in ("fr", "es") and _FR_ES_PASSIVE_BEFORE.search(
        norm, max(sentence.start, number.start - 60), number.start
    ):
        lead = max(sentence.start, number.start - 60)
        strong = any(h.cue.strength >= 3 for h in find_cues(c.left, norm[lead : number.start], lead))
        if strong and _FR_ES_CLAUSE_END.match(norm, number.end, sentence.end):
            return Candidate(number, sentence, number.end, "bare", "")
    if (
        c.lex.lang in ("fr", "es")
        and _FR_ES_INVERTED_RELEASE.search(norm, max(sentence.start, number.start - 70), number.start)
        and _FR_ES_CLAUSE_END.match(norm, number.end, sentence.end)
    ):
        return Candidate(number, sentence, number.end, "bare", "")
    if _COUNT_PREDICATE.search(norm, max(sentence.start, number.start - 110), number.start):
        return Candidate(number, sentence, number.end, "predicate", "")
    if c.lex.lang == "fr" and _FR_PRISON_HOLDS.search(norm, max(sentence.start, number.start - 90), number.start):
        return Candidate(number, sentence, number.end, "predicate", "")  # "la prison … en compte plus de 15 000"
    if c.lex.lang == "en" and _EN_PRISONS_HOLD.search(norm, max(sentence.start, number.start - 90), number.start):
        return Candidate(number, sentence, number.end, "predicate", "")  # "the prisons, built for …, hold 22,000"
    # "putting the overall total at 82,656 and the protest-related group at 22,628": the second count
    # shares the first one's verb.
    if _SECOND_PREDICATE.search(norm, max(sentence.start, number.start - 110), number.start):
        return Candidate(number, sentence, number.end, "predicate", "")
    if c.lex.lang == "en":
        english = _en_bare(norm, number, sentence, c)
        if english:
            return english
    if c.lex.lang in ("ar", "fa") and _ELLIPSIS_BEFORE.search(
        norm, max(sentence.start, number.start - 3), number.start
    ):
        # "33 من المعفى عنهم كانوا محبوسين في قضية …، و18 في قضية …": the noun of the count before is left out.
        earlier = norm[sentence.start : number.start]
        if _ELLIPSIS_AFTER.match(norm, number.end, sentence.end) and _COUNTED_BEFORE[c.lex.lang].search(earlier):
            return Candidate(number, sentence, number.end, "bare", "")
    return _comparison(norm, number, sentence, c)


_FR_ES_ORDINAL_AFTER = re.compile(r"\s+(?:premi[eè]re?s|derni[eè]re?s|primer[oa]s|últim[oa]s)\b", re.IGNORECASE)
_FR_ES_DEFINITE = re.compile(r"\b(?:les|los|las|ces|ses|estos|estas|sus)\s+$", re.IGNORECASE)
_FR_ES_PASSIVE_BEFORE = re.compile(
    r"\b(?:fueron|han\s+sido|habían\s+sido|serán|serían|son|ont\s+été|avaient\s+été|seront|furent|sont)\s+"
    r"[^\W\d_]+\s+(?:(?:unos|unas|más\s+de|al\s+menos|cerca\s+de|casi|alrededor\s+de|environ|près\s+de|quelque|"
    r"plus\s+de|au\s+moins)\s+)?$",
    re.IGNORECASE,
)
_FR_ES_CLAUSE_END = re.compile(r"\s*(?:[,.;:)]|$)")
# "En febrero salieron de la cárcel 1.200.", "ont recouvré la liberté 450,": an intransitive release verb, its
# subject put after it at the end of the clause.
_FR_ES_INVERTED_RELEASE = re.compile(
    r"\b(?:salieron|salen|saldrán|quedaron\s+(?:en\s+libertad|libres)|(?:han\s+)?recuperad?o?\w*\s+la\s+libertad|"
    r"recobraron\s+la\s+libertad|sont\s+sortis|sortent|ont\s+(?:quitté\s+la\s+prison|recouvré\s+la\s+liberté|"
    r"retrouvé\s+la\s+liberté))(?:\s+(?:de|des|du)\s+(?:la\s+|las\s+|los\s+)?\w+)?\s+"
    r"(?:(?:unos|unas|más\s+de|al\s+menos|cerca\s+de|casi|environ|près\s+de|plus\s+de|au\s+moins)\s+)?$",
    re.IGNORECASE,
)
_BOTH = re.compile(r"\b(?:tous|toutes)\s+$", re.IGNORECASE)  # "tous deux", "toutes trois"; not "tous les 300"
_EN_THE = re.compile(r"(?<![\w,])the\s+$", re.IGNORECASE)


def _en_the_named(norm: str, number: NumberMention, sentence: Sentence, c: Compiled) -> bool:
    """Whether "the" and a small number with no noun ("The two were swapped") name people already named:
    not where a count of that many was told before ("the 14 would be set free" tells that count again)."""
    if number.value > 3 or not _EN_THE.search(norm, max(sentence.start, number.start - 5), number.start):
        return False
    return all(n.value != number.value for n in find_numbers(norm[: sentence.start], c.lex))


_PERSONAL_A = re.compile(
    r"\ba\s+(?:(?:unos|unas|más\s+de|al\s+menos|cerca\s+de|casi|otros|otras|alrededor\s+de)\s+)?$", re.IGNORECASE
)
_OTHER_BEFORE = re.compile(r"\b(?:otros|otras|autres|another|other)\s+$", re.IGNORECASE)
_ARTICLE_GAP = re.compile(
    r"\s{0,2}(?:(?:un|une|una|la|le|el|a|an|the|de|del|de\s+la|de\s+una?|d['\u2019]une?)\s*)?", re.IGNORECASE
)
# "et trois autres d'une libération conditionnelle", "y otros dos de un indulto": the gapped verb's object.
_FR_ES_GAPPED_OBJECT = re.compile(r"\s+(?:d['\u2019]une?\s+|de\s+(?:la\s+|una?\s+)?|a\s+una?\s+)", re.IGNORECASE)
_APPOSITION = re.compile(
    r"\b(?:la\s+mayoría|la\s+mayor\s+parte|el\s+resto|la\s+plupart|la\s+majorité|le\s+reste|the\s+majority|"
    r"most|the\s+rest)\s*,\s*$",
    re.IGNORECASE,
)
# "۵۰۲۳ مورد مرخصی": a count of cases of an act of clemency.
_FA_CASES = re.compile(r"\s+مورد\s+((?:مرخصی|عفو|آزادی|تخفیف|بخشودگی)(?![\w\u200c]))")
_ELLIPSIS_BEFORE = re.compile(r"(?<![\w\u200c])و\s?$")
_ELLIPSIS_AFTER = re.compile(r"\s+(?:في|من|على|در|از)\s")
_COUNTED_BEFORE = {
    # "استفاد 13 منهم من العفو …، و12 من التخفيض": a partitive count before is a count of people too.
    "ar": re.compile(
        r"\d\s+(?:من\s+)?\w*(?:سجين|سجناء|معتقل|محكوم|نزيل|نزلاء|شخص|أشخاص|معفى|مفرج|متهم|محبوس)|\d\s+منهم"
    ),
    "fa": re.compile(r"\d\s+(?:نفر|تن|زندانی|محکوم)"),
}

_ACTS = frozenset(("pardons", "commutations", "sentences", "amnesties", "grâces", "amnisties"))
_HELD_MEASURES = re.compile(
    r"\b(?:held|holds|hold|declared|proclaimed|organi[sz]ed|a\s+(?:tenu|décrété|proclamé))\s+$", re.IGNORECASE
)
_PAST_ACTS = re.compile(r"\b(?:previous|earlier|prior|similar|separate|such|mass|past|other)\b", re.IGNORECASE)
_OF_NUMBER = re.compile(
    r"\s+of\s+(?:the\s+)?(?:(?:country|nation|state|kingdom|island)['\u2019]s\s+|its\s+|their\s+)?"
    r"(?:some\s+|about\s+|nearly\s+|roughly\s+|around\s+|more\s+than\s+)?\d"
)

# "eleva esa cifra a cerca de 9.000", "porte ce chiffre à 1 500": another count of the figure told just before.
RECOUNT = (
    r"(?:elev\w*|sit[uú]\w*)\s+(?:esa|esta|la|dicha)\s+cifra\s+(?:en|a)"
    r"|(?:port|évalu|estim|situ)\w*\s+(?:ce|le|ces|leur)\s+(?:chiffre|nombre|bilan)\s+à"
)
RECOUNT_BEFORE = re.compile(
    r"\b(?:" + RECOUNT + r")(?:\s+(?:casi|unos|unas|más\s+de|cerca\s+de|près\s+de|environ|plus\s+de))?\s*$", re.I
)

# A count given as the predicate of "the number of …": "El número de excarcelados ascendió a quince",
# "the number freed rose to 1,200". The subject's noun or participle gives the metric.
_COUNT_PREDICATE = re.compile(
    r"(?:\b(?:ascendi\w*|asciende\w*|lleg\w*|se\s+elev\w*|sum\w*|alcanz\w*)\s+a(?:\s+(?:unos|unas|al\s+menos|más\s+de))?"
    r"|\b(?:(?:rose|climbed|risen|grew|jumped)(?:\s+to)?|reached|stands?\s+at|stood\s+at|totall?ed|"
    r"put(?:s|ting)?\s+(?:[\w'\u2019-]+\s+){0,14}?at|round\w*\s+(?:[\w'\u2019-]+\s+){0,6}?to|"
    r"(?<!the\s)(?<!a\s)number(?:ed|s|ing)?|beneficiar(?:y|ies)\s+(?:[\w'\u2019-]+\s+){0,6}?(?:are|were|is|was)|"
    # "expected the number to exceed 80,000": the count the number passes.
    r"(?:number|total|tally|figure)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:exceed|top|surpass)(?:s|ed|ing)?)"
    r"(?:\s+(?:a\s+)?(?:record|new\s+high\s+of|high\s+of|peak\s+of))?"
    r"(?:\s+(?:more\s+than|some|about|around|nearly|almost|over|at\s+least|roughly|just\s+over))?"
    r"|\bs['\u2019]él[eè]v\w*\s+à|\batteint|(?:بلغ|وصل\s+إلى|ارتفع\s+إلى)"
    # "había cifrado en casi 1.900 los excarcelados", "chiffré à 300 le nombre de".
    r"|\b(?:(?:cifr|sitú|situ)\w*\s+(?:[\w'\u2019-]+\s+){0,5}?en|chiffr\w*\s+(?:[\w'\u2019-]+\s+){0,5}?à|"
    + RECOUNT
    + ")"
    r"(?:\s+(?:casi|unos|unas|más\s+de|cerca\s+de|près\s+de|environ|plus\s+de))?"
    # "sont au nombre de 1 270", "ils étaient 82 921", "eran 1.200": the count is the subject's.
    # "suman 390 las excarcelaciones", "ya son 430 los liberados": the subject told after the count.
    r"|\b(?:suman|sumaban|sumaron|ya\s+son|son\s+ya)"
    r"(?:\s+(?:unos|unas|más\s+de|al\s+menos|casi))?"
    r"|\bau\s+nombre\s+de|\b(?:ils|elles)\s+(?:étaient|sont|seraient|seront)|(?:^|[:;]\s*)(?:eran|serían)"
    r"(?:\s+(?:près\s+de|environ|plus\s+de|quelque|casi|unos|unas|más\s+de|cerca\s+de))?"
    # "ويقدر عدد المعتقلين في السجون بنحو 130 ألفا": the count a number of people is put at.
    r"|(?<!\w)[وف]?(?:ي|ت)?قدر\w*\s+عدد\s+(?:\S+\s+){1,5}?ب(?:أكثر\s+من|نحو|حوالي|حوالى|قرابة|ما\s+يقارب)?"
    # "وبهذه الدفعة يرتفع عدد من أُطلق سراحهم … إلى 243": the number of a group rises to the count.
    r"|(?<!\w)[وف]?(?:ي|ت)?(?:رتفع|ارتفع)\s+(?:بذلك\s+)?(?:إجمالي\s+)?عدد\s+(?:\S+\s+){1,16}?إلى"
    r"(?:\s+(?:نحو|أكثر\s+من|حوالي|قرابة))?)\s*$",
    re.IGNORECASE,
)


_EN_SUFFER = re.compile(r"\s*suffer(?:s|ed)?\s+from\b", re.IGNORECASE)
_EN_PRISONS_HOLD = re.compile(
    r"\b(?:prisons?|jails?)\b(?:\s+system)?(?:,[^.;:]{1,60},)?\s+(?:hold|holds|held|house|houses|housed)"
    r"(?:\s+(?:more\s+than|some|about|around|nearly|almost|over|at\s+least|roughly))?\s*$",
    re.IGNORECASE,
)
_FR_PRISON_HOLDS = re.compile(
    r"\b(?:prisons?|maisons?\s+d['\u2019]arrêt|établissements?\s+pénitentiaires?|centres?\s+pénitentiaires?|pénitenciers?)\b"
    r"[^.;:\d]{0,40}?\ben\s+(?:compt|abrit|accueill|héberg|détien)\w*"
    r"(?:\s+(?:aujourd['\u2019]hui|actuellement|désormais|encore))?"
    r"(?:\s+(?:plus\s+de|près\s+de|environ|quelque|au\s+moins))?\s*$",
    re.IGNORECASE,
)
_SECOND_PREDICATE = re.compile(
    r"\bput(?:s|ting)?\s+(?:[\w'\u2019-]+\s+){1,6}?at\s+[\d,.]+\s+and\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){1,4}?at\s*$",
    re.IGNORECASE,
)
_LIST_COLON = re.compile(r"[:\uff1a]\s")
# A breakdown's line names a place or a ground: "344 à Lomé", "449 por delitos contra la salud".
_PLACE_AFTER = re.compile(
    r"\s*(?:à|a|en|in|at|au|aux|por|pour|for|con|avec|mediante|bajo|sous|par|via|from|في|در)\s+[^\W\d_]", re.IGNORECASE
)
_GAP_JOINER = re.compile(r"(?:,|\band|\bet|\by|\u060c|\sو)\s*(?:another\s+|other\s+)?$", re.IGNORECASE)
# An English month, spelled out or abbreviated with its point ("in November", "on Sept. 4").
_EN_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_TOLD_WHEN = re.compile(
    r"\d[\d,.]*\s+(?:[\w'-]+\s+)?(?:in|during|for)\s+(?:(?:19|20)\d\d\b|this\s+year|last\s+year)|"
    # "3 461 prisonniers en avaient profité en 2015, 6 136 en 2016": the noun and the verb gapped after a year.
    r"\d\s+[^\W\d_]+(?:\s+[^\W\d_\s]+){0,4}?\s+(?:en|durante|pendant)\s+(?:19|20)\d\d\b|"
    # "pardoned 30 people on Aug. 16, 30 on Sept. 4 …", "freed 7,012 on Independence Day in January and …".
    rf"\d[\d,.]*\s+(?:[\w'-]+\s+){{0,4}}?(?:in|on)\s+{_EN_MONTH}"
)
_GAPPED_WHEN = re.compile(
    r"\s+(?:(?P<prep>in|during|for|en|durante|pendant)\s+)?(?:(?:19|20)\d\d\b|this\s+year|last\s+year)"
    rf"|\s+(?:in|on)\s+{_EN_MONTH}(?!\w)"
)
# The time a count was told, a few words after it: "30 people on Aug. 16", "30 on Sept. 4", "2,500 in 2024".
EN_TIME_AFTER = re.compile(
    rf"\s+(?:[\w'-]+\s+){{0,3}}?(?P<time>(?:in|on)\s+{_EN_MONTH}(?:\s+\d{{1,2}}(?!\d))?|(?:in|during)\s+(?:19|20)\d\d\b)"
)
_ENUMERATED_BUT = re.compile(
    r"(?:,|\band|\bet|\by|\bbut(?:\s+only)?|\bwhile)\s*(?:only\s+|just\s+|some\s+|about\s+)?$", re.IGNORECASE
)
_LABEL_BEFORE = re.compile(r"[^\W\d_][\w'\u2019-]*,\s*$")
_LINE_END = re.compile(r"\s*(?:[;.]|$)")
_GAPPED = re.compile(
    r"\s+(?P<prep>to|in|from|by|of|for)\s+(?:the\s+)?(?:[A-Z]|(?<=by\s)\w|(?<=by\sthe\s)\w|(?<=of\s)\w|(?<=for\s)\w)"
)
_EN_GAPPED_STATE = re.compile(r"\s+(?:at|in|on)\s+(?:liberty|large|detention|custody|prison|jail|bail|parole)\b")
_EN_STATE_TOLD = re.compile(
    r"\b(?:are|were|is|was|remain|remained)\s+(?:at|in|on)\s+(?:liberty|large|detention|custody|prison|jail|bail|parole)\b"
)
_FR_ES_PLACE_LINE = re.compile(r"\s+(?:à|a|en|au)\s+(?-i:[A-ZÁÉÍÓÚ])")
_FR_ES_LINE_JOINER = re.compile(r"(?:[;,]|\bet|\by)\s*$")
_FR_ES_PLACED_COUNT = re.compile(
    r"\d\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,6}?\s+(?:à|en|a|au)\s+(?-i:[A-ZÁÉÍÓÚ])[^;]{0,40}[;,]"
)
_NAME_BRACKET = re.compile(r"[^\W\d_][\w.'\u2019-]*\s*\($")
_BRACKETED = re.compile(r"\(\s*\d+\s*\)")


_RELATIVE_AFTER = re.compile(r"\s+(?:que|qui)\s")
_WORD = re.compile(r"[^\W\d_]+")
_ELIDED_VERB = re.compile(r",\s*[^\W\d_]{3,}\s*(?:[.;]|$)")
_AND_BEFORE = re.compile(r"\b(?:y|et|and)\s+$", re.IGNORECASE)
_COPULA_COUNT = re.compile(r"\d\s+(?:son|eran|sont|étaient|are|were)\s+[^\W\d_]{3,}", re.IGNORECASE)
_PLACE_WITH = re.compile(
    r"(?-i:[A-ZÁÉÍÓÚ])[\w'\u2019-]*(?:\s+(?-i:[A-ZÁÉÍÓÚ])[\w'\u2019-]*){0,3},\s*(?:con|avec|with)\s+$"
)
_PLACED_COUNTS = re.compile(r"(?-i:[A-ZÁÉÍÓÚ])[\w'\u2019-]*,\s*(?:con|avec|with)\s+\d[\d.,\u202f]*(?=\s*[,.;:)]|$)")
_COUNT_WITH = re.compile(r"\b(?P<prep>con|avec|with)\s+\d[\d.,\s\u202f]*\s+[^\W\d_]{3,}")


# "• First offenders: 772", "2013: 1.733", "- Réduction de peine : 455": a line of a list, its label, a colon and the
# count that ends the line.
# The label ends with a colon, or with a dash between spaces ("Pademba Road Centre – 65").
_LABELLED_LINE = re.compile(
    r"[ \t]*(?:[-\u2022*\u00b7\u2013\u2014\u25aa\u25e6]\s*)?[^\W_][^\n:\u2013\u2014]{0,90}?(?:\s*:|\s+[-\u2013\u2014])\s*$"
)
# "Pujehun Centre – 6, including one woman": a line's count may be followed by a subgroup of it.
_LINE_TAIL = (
    r"(?:[,\u060c]\s*(?:including|among\s+them|of\s+whom|dont|parmi\s+(?:eux|elles)|entre\s+(?:ellos|ellas)|"
    r"incluid[oa]s?|بينهم|منهم|از\s+جمله)(?![\w\u200c])[^\n]{0,80})?"
)
_LINE_CLOSE = re.compile(_LINE_TAIL + r"[ \t]*[;.,\u061b\u060c]?[ \t]*(?:\n|$)", re.IGNORECASE)
_ANY_LABELLED_LINE = re.compile(
    r"^[ \t]*(?:[-\u2022*\u00b7\u2013\u2014\u25aa\u25e6]\s*)?[^\W_][^\n:\u2013\u2014]{0,90}?(?:\s*:|\s+[-\u2013\u2014])\s*"
    # "- الإفراج الشرطي …: 268 سجينا.": the count may carry its noun.
    r"(?:\d[\d.,\s\u202f]*(?:[^\W\d_][\w\u200c]*)?" + _LINE_TAIL + r"|[^\W\d_]+(?:[ -][^\W\d_]+){0,3})"
    r"[ \t]*[;.,\u061b\u060c]?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)


POPULATION_OF = re.compile(
    # "The prison population jumped from 7,948 on March 18 to 8,348 on May 16": both ends of the change.
    r"\bpopulation\s+(?:[^\W\d_]+\s+){0,2}?(?:jumped|rose|fell|grew|climbed|increased|dropped|declined|went\s+(?:up|down))"
    r"\s+(?:from\s+(?:about\s+|some\s+)?|from\s+[\d,.]+(?:\s+[\w.]+){0,4}?\s+to\s+(?:about\s+|some\s+)?)$|"
    # "la población de internos era de 29.114", "leur population journalière moyenne atteignait 10.535 détenus".
    r"\b(?:population|población)\s+(?:[^\W\d_]+\s+){0,3}?(?:of|at|stood\s+at|de|à|d['\u2019]environ|"
    r"(?:era|es|fue|était|est)\s+de|ascend\w+\s+a|lleg\w+\s+a|alcanz\w+|atteign\w+|atteint)\s+"
    r"(?:(?:about|some|around|nearly|almost|roughly|more\s+than|over|unos|unas|cerca\s+de|más\s+de|environ|quelque|"
    r"près\s+de|plus\s+de)\s+)?$",
    re.IGNORECASE,
)


def labelled_line(norm: str, number: NumberMention) -> bool:
    """Whether the number ends a line of the form "label: N" next to another such line (a list of counts,
    bulleted or not). Lines are looked for within 120 characters: a list's lines are short."""
    lo = max(0, number.start - 120)
    line_start = norm.rfind("\n", lo, number.start) + 1
    if line_start == 0 and lo > 0:
        return False
    if not _LABELLED_LINE.fullmatch(norm, line_start, number.start) or not _LINE_CLOSE.match(norm, number.end):
        return False
    return bool(
        _ANY_LABELLED_LINE.fullmatch(_line_before(norm, line_start))
        or _ANY_LABELLED_LINE.fullmatch(_line_after(norm, number.end))
    )


def _line_before(norm: str, line_start: int) -> str:
    """The line that ends where the line at line_start begins, if it is no longer than 120 characters."""
    if not line_start:
        return ""
    end = line_start - 1
    start = norm.rfind("\n", max(0, end - 120), end) + 1
    return norm[start:end] if start or end <= 120 else ""


def _line_after(norm: str, end: int) -> str:
    """The line after the one that closes within 8 characters of end, cut at 121 characters."""
    line_end = norm.find("\n", end, end + 8)
    if line_end < 0:
        return ""
    next_end = norm.find("\n", line_end + 1, line_end + 122)
    return norm[line_end + 1 : next_end if next_end >= 0 else line_end + 122]


_NAMED_COUNT_BEFORE = re.compile(
    r"(?-i:[A-Z])[\w'\u2019()-]*(?:\s+[\w'\u2019()-]+){0,7}?(?:,\s*(?:with\s+)?|\s+with\s+)$"
)
_NAMED_COUNT_AFTER = re.compile(r"\s*(?:[;.]|,|\s+and\b|$)")
_NAMED_COUNTS = re.compile(
    r"(?-i:[A-Z])[\w'\u2019()-]*(?:\s+[\w'\u2019()-]+){0,7}?(?:,\s*(?:with\s+)?|\s+with\s+)"
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?=[;.,]|\s+and\b|$)"
)


def _heading_counts_people(norm: str, number: NumberMention, c: Compiled) -> bool:
    """Whether the lines of a labelled list break down people: the line above the list, where it ends with a
    count, counts people ("این جمعیت در ۲۶۵ مرکز توزیع شده بود:\n- زندان بسته: ۱۷۳" counts prisons)."""
    end = norm.rfind("\n", 0, number.start)
    for _ in range(30):
        if end <= 0:
            return True
        start = norm.rfind("\n", max(0, end - 400), end) + 1
        line = norm[start:end]
        if line.strip() and not _ANY_LABELLED_LINE.fullmatch(line):
            # "… libérés entre le 19 mars et le 15 avril. Les juridictions les plus concernées sont :": a date's day
            # counts no one.
            counts = [m for m in _HEADING_COUNT.finditer(line) if m.group("noun").lower() not in c.lex.months]
            if not counts:
                return True
            # "the 61 pardoned death row inmates were held at the following prisons:": the noun may follow words
            # that describe the people.
            words = [counts[-1].group("noun"), *counts[-1].group("more").split()]
            return any(c.person.fullmatch(word.rstrip(".,:;")) for word in words)
        end = start - 1
    return True


_HEADING_COUNT = re.compile(
    r"\d[\d.,\s\u202f]*\s+(?P<noun>[^\W\d_][\w\u200c]*)(?P<more>(?:\s+[^\W\d_][\w\u200c-]*){0,3})"
)


# "- 782 por preliberación", "- 330 con libertad condicional", "- 12 after serving their term": a bulleted
# line that opens with its count and tells the way its people went.
_BULLET_OPENING = re.compile(
    r"[ \t]*[-\u2022*\u00b7\u2013\u2014][ \t]*(?:(?:cerca\s+de|unos|unas|más\s+de|about|some|over|environ|près\s+de|"
    r"plus\s+de|حوالي|نحو|حدود)\s+)?"
)
_REASON_AFTER = re.compile(
    r"\s+(?:por|con|tras|mediante|pour|par|après|avec|for|by|after|through|under|via|on|بموجب|بسبب|به\s+دلیل|با)\s",
    re.IGNORECASE,
)


def reason_line(norm: str, number: NumberMention) -> bool:
    """Whether the number opens a bulleted line that says how its people went, under a heading ending in a colon."""
    line_start = norm.rfind("\n", 0, number.start) + 1
    if not _BULLET_OPENING.fullmatch(norm, line_start, number.start) or not _REASON_AFTER.match(norm, number.end):
        return False
    end = line_start - 1
    for _ in range(30):
        if end <= 0:
            return False
        start = norm.rfind("\n", 0, end) + 1
        line = norm[start:end].strip()
        if line and not _BULLET_OPENING.match(line):
            return line.endswith(":")
        end = start - 1
    return False


# "brings to 89", "porte à 145 739", "eleva a 630", "lleva a 1.200": a tally raised to the count.
BRINGS_TO = re.compile(
    r"\b(?:brings?|brought|bringing|raises?|raised|raising|takes?|took|taking|porte|portant|porté|portent|"
    r"eleva|elevó|elevando|elevan|lleva|llevó|llevando|sube|subió)\s+(?:to|à|a)\s+"
    r"(?:(?:about|some|more\s+than|over|nearly|environ|plus\s+de|près\s+de|unos|unas|más\s+de|cerca\s+de)\s+)?$",
    re.IGNORECASE,
)
# "… 89 the number of commutations", "… 145 739 le nombre de personnes", "… 630 el número de condenados".
NUMBER_OF_AFTER = re.compile(
    r"\s+(?:the|le|el|la)\s+(?:total\s+)?(?:number|total|tally|nombre|número|cifra|cantidad)\s+(?:total\s+)?(?:of|de|d['\u2019])",
    re.IGNORECASE,
)


def _list_item(norm: str, number: NumberMention, sentence: Sentence) -> bool:
    """A line of a breakdown with no noun: "trois cent quarante-quatre (344) à Lomé",
    "Lurigancho (16), Ancón II (04)": a number after a colon followed by a place, or a number in
    brackets after a name where the sentence lists several."""
    after_colon = _LIST_COLON.search(norm, sentence.start, number.start) is not None
    if after_colon and _PLACE_AFTER.match(norm, number.end, sentence.end):
        return True
    # "By offence: theft, 837 inmates; murder, 2,188; drug crimes, 1,449.": a label, a comma, the count.
    labelled = after_colon and _LABEL_BEFORE.search(norm, max(sentence.start, number.start - 40), number.start)
    if labelled and (_LINE_END.match(norm, number.end, sentence.end) or number.end >= sentence.end - 1):
        return True
    # "the San Ramon Prison and Penal Farm, 101; the Leyte Regional Prison, 69; …", "the NBP Maximum Security
    # Camp, with 199, followed by the Davao Prison and Penal Farm with 170": places told one by one, each
    # with its count, the verb told once.
    named = _NAMED_COUNT_BEFORE.search(norm, max(sentence.start, number.start - 80), number.start)
    if (
        named
        and _NAMED_COUNT_AFTER.match(norm, number.end, sentence.end)
        and len(_NAMED_COUNTS.findall(norm, sentence.start, sentence.end)) >= 2
    ):
        return True
    # "10 people were taken to Russia, 13 to Germany and three to the United States": the verb gapped.
    # "pardoned 3,000 prisoners in 2023 and 2,500 in 2024": the count and its noun gapped after a year.
    when = _GAPPED_WHEN.match(norm, number.end, sentence.end)
    coordinated = when and _ENUMERATED_BUT.search(norm, max(sentence.start, number.start - 12), number.start)
    if coordinated and _TOLD_WHEN.search(norm, sentence.start, number.start):
        return True
    # "612 of them are in detention and 405 at liberty": where the people are, the verb gapped.
    state = _EN_GAPPED_STATE.match(norm, number.end, sentence.end)
    joined = state and _GAP_JOINER.search(norm, max(sentence.start, number.start - 16), number.start)
    if joined and _EN_STATE_TOLD.search(norm, sentence.start, number.start):
        return True
    gapped = _GAPPED.match(norm, number.end, sentence.end)
    if gapped and _GAP_JOINER.search(norm, max(sentence.start, number.start - 16), number.start):
        verb = re.compile(rf"\b\w+(?:ed|en|wn|nt|ing)\s+{gapped['prep']}\s+(?:the\s+)?\w")
        if verb.search(norm, sentence.start, number.start):
            return True
    # "562 condamnés … à Libreville ; 101 à Port-Gentil ; 173 à Franceville": the noun and verb gapped by place.
    if (
        _FR_ES_PLACE_LINE.match(norm, number.end, sentence.end)
        and _FR_ES_LINE_JOINER.search(norm, max(sentence.start, number.start - 6), number.start)
        and _FR_ES_PLACED_COUNT.search(norm, max(sentence.start, number.start - 300), number.start)
    ):
        return True
    # "505 son civiles y 182, militares": the verb left out after "y", its place marked by a comma.
    if (
        _ELIDED_VERB.match(norm, number.end, sentence.end)
        and _AND_BEFORE.search(norm, max(sentence.start, number.start - 6), number.start)
        and _COPULA_COUNT.search(norm, sentence.start, number.start)
    ):
        return True
    # "La Paz encabeza la lista con 182 beneficiados; le siguen Santa Cruz, con 91, y Cochabamba, con 59": a
    # place, its preposition and the count, the noun gapped after the first such count.
    placed = _PLACE_WITH.search(norm, max(sentence.start, number.start - 50), number.start)
    if (
        placed
        and (
            _COUNT_WITH.search(norm, sentence.start, placed.start())
            # "Lima, con 310, es la región con más beneficiados; le siguen Arequipa, con 95": the places told
            # one by one, the first of them too.
            or len(_PLACED_COUNTS.findall(norm, sentence.start, sentence.end)) >= 2
        )
        and _FR_ES_CLAUSE_END.match(norm, number.end)
    ):
        return True
    before = norm[max(sentence.start, number.start - 40) : number.start]
    if norm[number.end : number.end + 1] != ")" or not _NAME_BRACKET.search(before):
        return False
    return after_colon or len(_BRACKETED.findall(norm, sentence.start, sentence.end)) >= 2


# "در ولایت هرات ۱۲۰، در کندهار ۸۰ و در بلخ ۶۵ زندانی آزاد شدند": counts placed one by one, the noun
# and the verb told once after the last.
_FA_PLACE_BEFORE = re.compile(r"(?<![\w\u200c])(?:در|از)\s+(?:[^\s\d،,.]+\s+){0,2}?[^\s\d،,.]+\s*$")
_FA_NEXT_PLACED = re.compile(r"\s*(?:[،,]\s*(?:و\s+)?|\s+و\s+)(?:در|از)\s+(?:[^\s\d،,.]+\s+){0,2}?[^\s\d،,.]+\s+(?=\d)")


def _fa_placed_line(norm: str, number: NumberMention, sentence: Sentence, c: Compiled) -> bool:
    if not _FA_PLACE_BEFORE.search(norm, max(sentence.start, number.start - 40), number.start):
        return False
    pos = number.end
    for _ in range(12):
        step = _FA_NEXT_PLACED.match(norm, pos, sentence.end)
        if step is None:
            return False
        following = next((n for n in find_numbers(norm[step.end() : step.end() + 40], c.lex) if n.start == 0), None)
        if following is None:
            return False
        pos = step.end() + following.end
        token = _TOKEN.match(norm, pos, sentence.end)
        if token and c.person.fullmatch(token.group(1)):
            return True  # the last line names the people all the lines count
    return False


# "commuting the sentences of 1,499 who had been on home confinement", "cut the sentences of 7,000 more".
_EN_PEOPLE_AFTER = re.compile(
    r"\s+(?:who|whom)\b|\s+the\s+(?:number|total)\s+(?:of\s+)?(?:people\s+|prisoners\s+)?(?:freed|released|pardoned)\b|"
    r"\s+more(?=\s*(?:[,.;:)]|$|\s+(?:on|in|were|was|are|is|will|would|had|have|under|to|from|"
    r"after|this|last|and|or|who)\b))",
    re.IGNORECASE,
)
# "160 have their sentences cancelled and 1,980 their terms reduced": the verb "have" left out after "and".
_EN_GAPPED_HAVE = re.compile(
    r"\s+(?:their|his|her)\s+(?:remaining\s+|prison\s+|jail\s+)?(?:sentences?|terms?|fines?|penalt(?:y|ies))\s+"
    r"(?:[a-z]+\s+)?(?:reduced|cut|shortened|halved|commuted|cancell?ed|waived|lifted|remitted|quashed)\b",
    re.IGNORECASE,
)
_EN_TALLY_TO = re.compile(
    r"\bbringing\s+the\s+(?:total|number|tally)\b[^.;:\d]{0,90}?\bto\s+"
    r"(?:(?:some|about|nearly|almost|around|roughly|more\s+than|over|at\s+least)\s+)?$",
    re.IGNORECASE,
)
# "In January the government freed 2,000.": a clemency verb's object with its noun left out.
_EN_OBJECT_END = re.compile(
    r"\s*(?:[,.;:)]|$|\s+(?:on|in|last|this|under|to|from|after|before|since|during|at|by|for|ahead)\b)", re.IGNORECASE
)
_EN_HEDGES = re.compile(
    r"\s*(?:(?:some|about|nearly|almost|around|roughly|more\s+than|over|at\s+least|up\s+to|another|a\s+further)\s+)?",
    re.IGNORECASE,
)


_EN_TO_HEDGES = re.compile(
    r"\s+(?:to|for)\s+(?:(?:some|about|nearly|almost|around|roughly|more\s+than|over|at\s+least|up\s+to|another|a\s+further)\s+)?",
    re.IGNORECASE,
)


def _en_bare(norm: str, number: NumberMention, sentence: Sentence, c: Compiled) -> Candidate | None:
    """English counts whose noun is left out: people named by a relative clause or "more" after the number,
    and the bare object of a clemency verb ("freed 2,000.")."""
    if _EN_PEOPLE_AFTER.match(norm, number.end, sentence.end):
        return Candidate(number, sentence, number.end, "bare", "")
    if _EN_GAPPED_HAVE.match(norm, number.end, sentence.end) and _GAP_JOINER.search(
        norm, max(sentence.start, number.start - 12), number.start
    ):
        return Candidate(number, sentence, number.end, "bare", "")  # "… and 1,980 their terms reduced"
    if _EN_TALLY_TO.search(norm, max(sentence.start, number.start - 80), number.start):
        return Candidate(number, sentence, number.end, "predicate", "")  # "bringing the total freed to 250"
    if not _EN_OBJECT_END.match(norm, number.end, sentence.end):
        return None
    lead = max(sentence.start, number.start - 40)
    hits = [h for h in find_cues(c.left, norm[lead : number.start], lead) if h.cue.strength >= 3]
    if hits and (
        _EN_HEDGES.fullmatch(norm, hits[-1].end, number.start)
        # "granted amnesty to 2,434 ahead of …", "clemency for 600 on …": the measure's people after "to".
        or (hits[-1].cue.metric == "pardoned" and _EN_TO_HEDGES.fullmatch(norm, hits[-1].end, number.start))
    ):
        return Candidate(number, sentence, number.end, "bare", "")
    return None


def _comparison(norm: str, number: NumberMention, sentence: Sentence, c: Compiled) -> Candidate | None:
    before = norm[max(sentence.start, number.start - 40) : number.start]
    if c.comparison.search(before):
        return Candidate(number, sentence, number.end, "comparison", "")
    return None
