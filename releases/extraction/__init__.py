"""Text in, structured facts out: relevance, country, kinds, date, occasion, officials,
figures with their quotes, and named prisoners. Pure functions: no database, no network.

Imports nothing of Django and nothing of the rest of the app: the importer
(`releases.ingest`) and the commands call it, never the other way round. Its pure text
helpers are the app's only ones, imported by the domain and the pages too: `text` (the
digit table, `normalize_digits`, `fold`) and `jalali` (the Solar Hijri calendar).

    from releases.extraction import extract
    result = extract(text, published=date(2020, 3, 19))
    result.figures[0].quote, result.figures[0].reason
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from . import countries, dates, figures, officials, officials_script, reading, relevance, roles
from .arabic_spelling import (
    final_letters_swapped,
    typed_without_hamzas,
    with_final_letters,
    with_hamzas,
    with_source_joiners,
)
from .lexicon import EN_MONTHS
from .lexicon_intl import LEXICONS
from .text import (
    DATELINE,
    DATELINE_AR,
    DATELINE_SCRIPT,
    DATELINE_STOP,
    DATELINE_WIRE,
    MAX_CHARS,
    OffsetMap,
    Sentence,
    detect_language,
    headline_end,
    normalize_digits,
    reading_copy,
    split_sentences,
    unshouted,
    unwrapped,
    with_joiners,
)

__all__ = [
    "Extraction",
    "FigureMention",
    "OfficialMention",
    "extract",
    "is_relevant",
    "relevance_score",
    "warm",
]

# A short line ending with a colon: a byline's or an office's label ("مسقط - «يمن مونيتور»:").
_LABEL_LINE = re.compile(r"[^\n.!?:]{1,60}:\s*")


def _byline(norm: str, sentence: Sentence) -> bool:
    """Whether a sentence is a short line of its own with no number and no closing stop: a byline or an outlet's
    label, not a sentence of news."""
    text = norm[sentence.start : sentence.end].strip()
    text_end = sentence.start + len(norm[sentence.start : sentence.end].rstrip())
    line_start = norm.rfind("\n", 0, sentence.start) + 1
    line_end = norm.find("\n", sentence.start)
    nothing_before = not norm[line_start : sentence.start].strip()
    nothing_after = line_end < 0 or not norm[text_end:line_end].strip()
    return (
        nothing_before
        and nothing_after
        and 0 < len(text) <= 90
        and not text.endswith((".", "!", "?", "\u061f", "\u2026"))
        and not any(char.isdigit() for char in text)
    )


# A language spoken mostly in one country gives that country when the text names none
# ("عفو ۱۰ هزار زندانی"): Persian news is overwhelmingly Iranian.
_HOME = {"fa": "IR"}
# Persian text typed with Arabic letters: yeh, alef maksura and kaf read as Persian ones (same length).
_PERSIAN_LETTERS = {0x064A: 0x06CC, 0x0649: 0x06CC, 0x0643: 0x06A9}
# «زن، زندگی، آزادی», the protests' slogan, and "رادیو آزادی", an outlet: their "freedom" frees no one.
_FA_SLOGAN = re.compile(r"(?<![\w\u200c])(?:زن[\u060c,]?\s+زندگی[\u060c,]?\s+|رادیو\s+)آزادی(?![\w\u200c])")
CLEMENCY_METRICS = ("pardoned", "released", "temporarily_released", "sentence_reduced")


def _slogan_read(match: re.Match[str]) -> str:
    """The slogan's or the outlet's "آزادی" with one letter changed, so no cue of release reads it."""
    return match.group()[:-2] + "ذی"


@dataclass
class OfficialMention:
    name: str
    role: str = ""
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    # "announcer": grants, orders, signs or announces the measure for a government;
    # "commenter": anyone else quoted (rights groups, UN rapporteurs, lawyers, foreign officials).
    part: str = "announcer"


@dataclass
class FigureMention:
    value: int
    metric: str
    category: str | None
    qualifier: str
    quote: str
    start: int
    end: int
    evidence: str
    reason: str
    # How the figure may be added up (total, part, alternative, other_event, context) and, for
    # a part, the value of the total it divides.
    role: str = "total"
    part_of: int | None = None
    # The state that grants or carries out the release, where it is not the announcement's
    # (in an exchange, each side's releases count for that side).
    country: str | None = None


@dataclass
class Extraction:
    relevant: bool
    country: str | None = None
    kinds: list[str] = field(default_factory=list)
    announced_on: dt.date | None = None
    occasion: str | None = None
    officials: list[OfficialMention] = field(default_factory=list)
    figures: list[FigureMention] = field(default_factory=list)
    named_prisoners: list[str] = field(default_factory=list)
    language: str = "en"
    notes: list[str] = field(default_factory=list)  # why relevance, country and date came out as they did

    def to_gold(self) -> dict[str, Any]:
        """This extraction in the gold format of the corpus schema."""
        return {
            "relevant": self.relevant,
            "country": self.country,
            "kinds": list(self.kinds),
            "announced_on": self.announced_on.isoformat() if self.announced_on else None,
            "occasion": self.occasion,
            "officials": [
                {"name": o.name, "role": o.role, "country": o.country, "part": o.part} for o in self.officials
            ],
            "figures": [
                {
                    "value": f.value,
                    "metric": f.metric,
                    "category": f.category,
                    "qualifier": f.qualifier,
                    "role": f.role,
                    "part_of": f.part_of,
                    "quote": f.quote,
                }
                for f in self.figures
            ],
            "named_prisoners": list(self.named_prisoners),
        }


def extract(
    text: str,
    *,
    published: dt.date | None = None,
    title: str = "",
    url: str = "",
    language: str | None = None,
) -> Extraction:
    """Extract the announcement an article reports. Never raises on odd text."""
    source = text[:MAX_CHARS] if isinstance(text, str) else ""
    work, back = reading_copy(source)
    work = unwrapped(work)  # lines wrapped at a fixed width are one paragraph
    title = reading_copy(title)[0] if isinstance(title, str) else ""
    lang = language if language in LEXICONS else detect_language(normalize_digits(work))
    if lang == "fa":
        # "زنداني", "كاهش", "روحاني": Arabic yeh and kaf typed for Persian ones. One letter for
        # one, so every offset holds; the quotes are cut from the text as given.
        work, title = work.translate(_PERSIAN_LETTERS), title.translate(_PERSIAN_LETTERS)
        # "زندانی ها", "آیت الله": typed with a space for a zero-width non-joiner
        work, title = with_source_joiners(with_joiners(work)), with_source_joiners(with_joiners(title))
        # The slogan's and the outlet's "freedom" respelled (one letter for one, offsets hold).
        work, title = _FA_SLOGAN.sub(_slogan_read, work), _FA_SLOGAN.sub(_slogan_read, title)
    elif lang == "ar":
        # "فى", "الذى": final yeh and alef maksura swapped; "الافراج عن اسرى": hamzas typed bare. Only
        # where the text writes its commonest words so: elsewhere a bare alef is the writer's spelling.
        if final_letters_swapped(work):
            work, title = with_final_letters(work), with_final_letters(title)
        if typed_without_hamzas(work):
            work, title = with_hamzas(work), with_hamzas(title)
    else:
        work, title = unshouted(work), unshouted(title)  # a headline set in capitals
    norm = normalize_digits(work)
    lex = LEXICONS[lang]
    sentences = split_sentences(norm)
    head_end = headline_end(norm, title)
    extra_title = title if title and title.strip() not in norm[: max(head_end, len(title) + 5)] else ""
    relevant, why, cue_sentences = relevance.is_relevant(norm, sentences, head_end, extra_title)
    compiled = figures.compile_lexicon(lex)
    dateline = DATELINE.search(norm, head_end, head_end + 300)
    if dateline is None and lang == "en":
        dateline = DATELINE_WIRE.match(norm, _line_start(norm, head_end))
    if dateline is None and lang in ("ar", "fa"):
        dateline = DATELINE_SCRIPT.match(norm, _line_start(norm, head_end))
    if dateline is None and lang == "ar":
        dateline = DATELINE_AR.match(norm, _line_start(norm, head_end))
    if dateline is None and lang in ("es", "fr"):
        dateline = DATELINE_STOP.match(norm, _line_start(norm, head_end))
    body = [s for s in sentences if s.start >= head_end]
    lead_end = body[0].end if body else 0
    country, country_why = countries.choose_country(
        work, headline_end=head_end, lead_end=lead_end, title=extra_title,
        dateline_city=dateline["city"].strip() if dateline else "", language=lang,
        dateline_end=dateline.end() if dateline and lang == "en" else 0,
    )  # fmt: skip
    if country is None and lang in _HOME:
        country, country_why = _HOME[lang], f"no country named; most {lang} articles are about {_HOME[lang]}"
    raw = _figures(work, norm, sentences, compiled, country, head_end)
    found = _dedupe(raw, head_end, norm)
    if not relevant:
        # A clemency verb with a count of people is enough, unless the cue meant something else.
        clemency = any(f.strong and f.metric in CLEMENCY_METRICS for f in found)
        if clemency and "another sense" not in why:
            why = "a clemency verb counting people"
        elif any(f.metric == "prison_population" for f in found) and relevance.is_population_story(
            norm, head_end, title
        ):
            why = "a prison population figure under a headline about prisoners"
        elif any(f.metric == "detained" for f in found) and relevance.is_held_in_prisons_story(norm, head_end, title):
            why = "people held counted under a headline about those in a state's prisons"
        else:
            return Extraction(relevant=False, language=lang, notes=[why])
    metrics = {f.metric for f in found}
    # The main sentence is the first in the body that speaks of clemency or counts people by a clemency
    # verb, whichever comes first ("426 personnes … ont bénéficié d'une grâce" names no prisoners).
    candidates = [next((i for i in cue_sentences if sentences[i].start >= head_end), None)]
    candidates.append(
        next(
            (
                f.candidate.sentence.index
                # Before the counts told twice were merged: the lead's count is the main sentence's even where a
                # later sentence names the same people by their act.
                for f in raw
                if f.strong and f.metric in CLEMENCY_METRICS and f.start >= head_end
            ),
            None,
        )
    )
    main = min((i for i in candidates if i is not None), default=None)
    if main is None:  # relevant by a headline figure alone
        main = next((f.candidate.sentence.index for f in found if f.strong and f.metric in CLEMENCY_METRICS), None)
    if main is None:
        # A prison census: "… في تقريرها الذي نشرته أمس الثلاثاء، أن عدد نزلاء المؤسسات السجنية بلغ 105094": the
        # body's first count of the population dates the report.
        main = next(
            (f.candidate.sentence.index for f in found if f.metric == "prison_population" and f.start >= head_end), None
        )
    published = published or _stamp_date(norm)
    # "TEHRAN, March 13 (…) – … yesterday": relative days count from the dateline's day when it is
    # a day or two before the publication (wires filed late, in English, French, Spanish and Persian alike:
    # "کابل، ۱۲ اسد … دیروز" is the day before 12 Asad).
    reference = _dateline_day(dateline, published, lex) if lang in ("en", "fr", "es", "fa", "ar") else published
    mentions = dates.find_dates(norm, reference, lex)
    # "الجزائر - مكتب «الخبر»:" on a line of its own: an office's label, not the lead; nor is a byline ("By Thandeka
    # Mokoena, Political Reporter", "Par Mariam Ouédraogo", "ريف حماة – «منبر الشام»").
    lead_index = next(
        (
            s.index
            for s in body
            if s.end > (dateline.end() if dateline else 0)
            and not _LABEL_LINE.fullmatch(norm, s.start, s.end)
            and not _byline(norm, s)
        ),
        None,
    )
    announced, date_why = dates.announcement_date(
        norm, sentences, mentions, main, published, dateline.end() if dateline else 0,
        lead_sentence=lead_index,
        told_day=lang in ("fr", "es"),
    )  # fmt: skip
    if lang == "fa" and dateline and dateline["date"] and main is not None and main == lead_index:
        # "کابل، ۷ سرطان (…) – دادگاه عالی اعلام کرد … آزاد شده‌اند": a lead that names no day is the
        # dateline's news; a weekday a later paragraph gives another speaker is not the announcement's.
        lead = sentences[main]
        if not any(max(lead.start, dateline.end()) <= m.start < lead.end and m.kind != "future" for m in mentions):
            day, why = _fallback_date(norm, dateline, published, lex)
            # "… گذراندند. محمدرضا حبیبی، رئیس کل دادگستری استان، دیروز شنبه با اعلام این آمار گفت …": the
            # sentence right after the lead gives the day its figures were told, a day or three before the dateline;
            # one with a count of its own ("والی بادغیس روز پنجشنبه گفت … ۳۰ زندانی") is another speaker's news.
            nxt = sentences[main + 1] if main + 1 < len(sentences) else None
            told = (
                [
                    m
                    for m in mentions
                    if nxt.start <= m.start < nxt.end
                    and m.kind in ("weekday", "relative")
                    and 1 <= (day - m.value).days <= 3
                    and _FA_SAID.search(norm, m.end, nxt.end)
                ]
                if day and nxt is not None and not re.search(r"\d", norm[nxt.start : nxt.end])
                else []
            )
            if day and why == "the dateline" and told:
                announced, date_why = told[0].value, "the day the sentence after the lead says its figures were told"
            elif day and why == "the dateline":
                announced, date_why = day, "the dateline, its lead naming no day"
    if announced is not None and main is not None:
        main_acts = {f.metric for f in found if f.strong and f.candidate.sentence.index == main}
        if not main_acts & {"pardoned", "sentence_reduced", "temporarily_released"}:
            # The main sentence tells people leaving; the act of clemency counted in a sentence of its own
            # (a pardon, a commutation) may be told with the earlier day it was announced.
            acts = sorted(
                {
                    f.candidate.sentence.index
                    for f in found
                    if f.strong
                    and f.metric in ("pardoned", "sentence_reduced")
                    and f.candidate.sentence.index != main
                    and f.start >= head_end
                }
            )
            earlier = dates.act_day(
                norm, sentences, mentions, announced, acts[:3], published, dateline.end() if dateline else 0
            )
            if earlier is not None:
                announced, date_why = earlier.value, "the day the act of clemency was told, before the release"
    if announced is None:
        announced, date_why = _fallback_date(norm, dateline, published, lex)
    if announced is not None:
        # "More than 7,000 inmates have walked out … since Friday, the minister said on Sunday … He signed it on
        # Thursday": the day the measure was signed or announced, days before the day chosen, is the announcement's.
        decided = dates.decided_day(norm, mentions, announced, published, dateline.end() if dateline else 0)
        if decided is not None:
            announced, date_why = decided.value, "the day a verb of deciding the measure names"
        elif (
            main is not None
            and date_why.startswith(("the date of the main", "the date in the lead"))
            and dates.decided_the_day_before(norm, sentences, main)
        ):
            announced, date_why = announced - dt.timedelta(days=1), "the day before the release, when it was decided"
    people, prisoners = officials.find_people(work, sentences, country, lang)
    if lang in ("ar", "fa"):  # no capitals there: names are found by their titles
        people += officials_script.find_officials(work, sentences, country, lang)
    # A photo caption's people are the picture's ("the King and Queen Suthida greet supporters, Nov 1").
    people = [p for p in people if not p.start or not dates.in_caption(norm, p.start)]
    found_roles = roles.assign_roles(
        found,
        roles.Setting(
            norm, lang, CLEMENCY_METRICS, head_end, announced, {**EN_MONTHS, **lex.months},
            tuple((m.start, m.value) for m in mentions if m.kind != "stamp"), dateline.end() if dateline else 0,
            _headline_counts(found, head_end, extra_title, compiled),
        ),
    )  # fmt: skip
    if lang == "en":
        _parts_of_the_pardoned(norm, found, found_roles)
        _subgroups_keep_category(found, found_roles)
    if lang in ("es", "fr"):
        _held_lines_keep_political(found)
    spans = [(0, head_end)] if head_end else []
    spans += [(s.start, s.end) for s in body[:2]] + [
        (f.candidate.sentence.start, f.candidate.sentence.end) for f in found
    ]
    kinds = relevance.find_kinds(norm, spans, metrics)
    exchange = "prisoner_exchange" in kinds
    return Extraction(
        relevant=True,
        country=country,
        kinds=kinds,
        announced_on=announced,
        occasion=relevance.find_occasion(work, spans),
        officials=[
            OfficialMention(
                p.name,
                p.role,
                p.country,
                list(p.aliases),
                # A French or Spanish speaker quoted with no title at all is no one's official.
                "commenter"
                if lang in ("fr", "es") and not p.role
                else roles.official_part(p.role, p.country, country, exchange),
            )
            for p in people
        ],
        figures=_parts_of_kind([_mention(source, back, f, r) for f, r in zip(found, found_roles, strict=True)], lang),
        named_prisoners=prisoners,
        language=lang,
        notes=[why, f"country: {country_why}", f"date: {date_why}"],
    )


def _figures(work, norm, sentences, compiled, country, head_end) -> list[figures.RawFigure]:
    def foreign(phrase: str) -> bool:
        code = countries.demonym_country(phrase)
        return code is not None and code != country

    candidates = figures.find_candidates(norm, sentences, compiled)
    # A photo caption's counts are the picture's, not the news's.
    candidates = [c for c in candidates if not dates.in_caption(norm, c.number.start)]
    classifier = reading.Classifier(work, norm, compiled, foreign, head_end)
    raw = classifier.classify(candidates)
    if compiled.lex.lang == "es":
        _commutative_pardon(norm, raw)
    return _population_story(classifier, raw, candidates)


def _headline_counts(
    found: list[figures.RawFigure], head_end: int, title: str, compiled: figures.Compiled
) -> bool | None:
    """Whether the headline tells a count of people (None where there is no headline to tell)."""
    if head_end:
        return any(f.start < head_end for f in found)
    if not title.strip():
        return None
    norm = normalize_digits(title)
    return bool(figures.find_candidates(norm, split_sentences(norm), compiled))


# Chile's "indulto general conmutativo": a pardon the law itself calls commutative swaps the prison term for
# another (house arrest), so where the text names no other pardon or amnesty its people are sentence reductions.
_COMMUTATIVE = re.compile(r"\bindultos?\s+(?:generale?s?\s+)?conmutativos?\b", re.IGNORECASE)
_PLAIN_PARDON = re.compile(
    r"\b(?:amnist[ií]\w*|indultos?)\b(?!\s+(?:generale?s?\s+)?conmutativ)|\bindult(?:ó|aron|ará|arán)\b",
    re.IGNORECASE,
)


def _commutative_pardon(norm: str, raw: list[figures.RawFigure]) -> None:
    if not _COMMUTATIVE.search(norm) or _PLAIN_PARDON.search(norm):
        return
    for figure in raw:
        if figure.metric == "pardoned":
            figure.metric = "sentence_reduced"
            figure.reason += "; the pardon named is commutative -> sentence_reduced"


# Nouns that name people held, whatever the verb ("4 752 détenus dorment sur un matelas").
_HELD_NOUN = re.compile(
    r"détenu[es]*|prévenu[es]*|prisonniers?|reclus[oa]s|pres[oa]s|intern[oa]s|prisoners|inmates|detainees",
    re.IGNORECASE,
)


_HELD_AFTER = re.compile(
    r"\s+(?:écrou|incarcér|détenu|encarcelad|recluid|privad[oa]s\s+de\s+libertad|held|jailed)", re.I
)


_UNDER_POPULATION = re.compile(
    rf"{roles.LIST_LINE} under '(?:[^']*\s)?(?:población|population|جمعیت|نزلاء)", re.IGNORECASE
)


def _population_story(classifier, raw: list[figures.RawFigure], candidates) -> list[figures.RawFigure]:
    """In a story about how many are held (a prison population and no act of clemency), the other counts of
    people held are held too, and one within a tenth of the population is the population at another date."""
    population = [f.candidate.number.value for f in raw if f.metric == "prison_population"]
    if not population or any(f.metric in CLEMENCY_METRICS for f in raw):
        return raw
    taken = {f.candidate.number.start for f in raw}
    for cand in candidates:
        if cand.number.start in taken or cand.form not in ("noun", "listed"):
            continue
        # "El informe desglosa la población intramural:\n- Hombres: 93.020": a census's lines count people held.
        line = cand.form == "listed" and figures.labelled_line(classifier.norm, cand.number)
        if not (line or _HELD_NOUN.fullmatch(cand.head) or _HELD_AFTER.match(classifier.norm, cand.np_end)):
            continue
        qualifier, start, _why = classifier._qualifier(cand)
        raw.append(
            figures.RawFigure(cand, "detained", None, qualifier, "", start, cand.np_end,
                              f"'{cand.head or 'a census line'}' names people held in a story about how many are held -> detained", False)
        )  # fmt: skip
    first_population = min(f.start for f in raw if f.metric == "prison_population")
    held = [
        f
        for f in raw
        if f.metric == "detained" and f.category is None and classifier.head_end <= f.start < first_population
    ]
    largest = max(held, key=lambda f: f.candidate.number.value, default=None)
    if largest is not None and largest.candidate.number.value > max(population):
        # "había 16.624 personas privadas de libertad … La población reclusa se reparte así: - … 7.299 personas": the
        # whole told first is the population, the lines under it its parts.
        largest.metric = "prison_population"
        largest.reason += "; the largest count of people held, told before the population's lines -> prison_population"
        population.append(largest.candidate.number.value)
    # "había 16.624 personas privadas de libertad … La población reclusa se reparte así: - … 7.299 personas": the
    # lines of a heading that names the population, under a whole told before them, are its parts, people held
    # (a province's line under "the provinces that hold the most" is that province's population).
    wholes = [
        f
        for f in raw
        if f.metric == "prison_population" and roles.LIST_LINE not in f.reason and f.start >= classifier.head_end
    ]
    dividing = False
    for figure in sorted(raw, key=lambda f: f.start):
        line = figure.metric == "prison_population" and roles.LIST_LINE in figure.reason
        if line and _UNDER_POPULATION.search(figure.reason):
            dividing = any(
                w.start < figure.start and w.candidate.number.value > figure.candidate.number.value for w in wholes
            )
        elif not line:
            dividing = False
        if line and dividing and figure is not largest:
            figure.metric = "detained"
            figure.reason += "; a line under the whole population told before -> detained"
    # "El primer censo penitenciario cuenta 31.321 presos en Ecuador" over "Ecuador tiene 31.321 personas privadas
    # de libertad": the count the headline tells, in a story about how many are held, is the population.
    headline = {f.candidate.number.value for f in raw if f.start < classifier.head_end}
    for figure in raw:
        value = figure.candidate.number.value
        near = any(v != value and abs(v - value) <= 0.1 * v for v in population)
        line = figure.candidate.form == "listed"  # a census's line is a part of the whole, however large
        told = value in headline and figure.start >= classifier.head_end
        if figure.metric == "detained" and figure.category is None and (near or told) and not line:
            figure.metric = "prison_population"
            why = "the headline's count" if told and not near else "near the prison population told"
            figure.reason += f"; {why} -> prison_population"
    raw.sort(key=lambda f: f.start)
    return raw


# A Persian verb of saying or announcing after the day told: "دیروز شنبه با اعلام این آمار گفت", "روز چهارشنبه گفت".
_FA_SAID = re.compile(r"(?<![\w\u200c])(?:گفت|اعلام\s+کرد|افزود|اظهار\s+داشت|خبر\s+داد|اعلام)(?![\w\u200c])")
_HEAD_OTHERS = re.compile(r"\b(?:otros|otras|autres|others|other)\s+$", re.IGNORECASE)


def _dedupe(raw: list[figures.RawFigure], head_end: int, norm: str = "") -> list[figures.RawFigure]:
    """A figure repeated in the article counts once; the body's reading beats the headline's."""
    read_as = {id(f): f.metric for f in raw}
    body = _merge_repeats(raw, head_end, norm)
    _lines_follow_their_head(body, read_as)
    return body


def _lines_follow_their_head(body: list[figures.RawFigure], read_as: dict[int, str]) -> None:
    """ "Two hundred and forty-six prisoners walked out" under "Bio pardons 246", then "Pademba Road Centre – 65":
    where the count a breakdown divides was read again as another act, its lines take that act too."""
    head = None
    for figure in body:
        line = roles.LIST_LINE in figure.reason or "continues the figure before it" in figure.reason
        if not line:
            if figure.strong and figure.metric in CLEMENCY_METRICS:
                head = figure
            continue
        if head is not None and head.metric != read_as.get(id(head)) and figure.metric == read_as.get(id(head)):
            figure.metric = head.metric


def _merge_repeats(raw: list[figures.RawFigure], head_end: int, norm: str = "") -> list[figures.RawFigure]:
    body: list[figures.RawFigure] = []
    for figure in (f for f in raw if f.start >= head_end):
        same = next(
            (
                g
                for g in body
                if g.candidate.number.value == figure.candidate.number.value
                and g.metric == figure.metric
                and not _other_group(g, figure, norm)
                and not _told_apart(norm, g, figure)
            ),
            None,
        )
        if same:
            same.category = same.category or figure.category
            same.strong = same.strong or figure.strong
        else:
            body.append(figure)
    # "1 223 personnes … hors les murs" then "les 1 223 bénéficiaires" of the grace: the same people told as freed
    # and as pardoned carry the act of clemency, once (an exact count of 50 or more, too many to be two groups by
    # chance; "some 30,000 freed" in an earlier year beside "at least 30,000 pardoned" are two).
    pardoned = {f.candidate.number.value for f in body if f.metric == "pardoned" and f.qualifier == "exact"}
    body = [
        f
        for f in body
        if not (
            f.metric == "released"
            and f.qualifier == "exact"
            and f.candidate.number.value >= 50
            and f.candidate.number.value in pardoned
            and roles.LIST_LINE not in f.reason
        )
    ]
    strong_values = {f.candidate.number.value: f for f in body if f.strong}
    # A breakdown's line is its own group even where a count of the same value is told elsewhere.
    body = [
        f
        for f in body
        if f.strong
        or roles.LIST_LINE in f.reason
        or strong_values.get(f.candidate.number.value) in (None, f)
        or _told_apart(norm, strong_values[f.candidate.number.value], f)
        # "más de 300 personas serán beneficiadas" and, later, "al menos 300 enfermos de sida" among those held:
        # a group of people held, of its own kind, is not the measure's count told again.
        or (
            f.metric == "detained"
            and f.category is not None
            and strong_values[f.candidate.number.value].metric != "detained"
            and strong_values[f.candidate.number.value].category is None
        )
    ]
    # "will release almost 14,000 prisoners" and "grant amnesty to 13,915": a hedged release near an exact
    # pardon count is the pardon told roughly.
    exact_pardons = [f for f in body if f.metric == "pardoned" and f.qualifier == "exact"]
    for figure in body:
        value, where = figure.candidate.number.value, figure.candidate.sentence.index
        hedged = figure.metric == "released" and figure.qualifier in ("approximately", "at_least")
        if hedged and any(
            p.candidate.number.value != value
            and abs(p.candidate.number.value - value) <= 0.1 * max(p.candidate.number.value, value)
            and abs(p.candidate.sentence.index - where) <= 2
            for p in exact_pardons
        ):
            figure.metric = "pardoned"
    # "Belarus released 123 prisoners …" then "Lukashenko pardoned the group …": the pardon told of the same
    # people in the next sentence is the act that freed them.
    lead = [f for f in body if f.metric == "released" and f.qualifier == "exact"][:1]
    for figure in lead:
        end = figure.candidate.sentence.end
        after = _NEXT_SENTENCE.match(norm, end)
        if after and _PARDONED_THEM.search(after.group()) and not _DIGIT.search(after.group()):
            figure.metric = "pardoned"
    # "pardoned … Alaa Abd El-Fattah and five other prisoners" beside "the six pardoned prisoners": the
    # others told around a name are the count that includes him, told without him.
    counted = {(f.candidate.number.value, f.metric) for f in body}
    values = {value for value, _metric in counted}
    body = [
        f
        for f in body
        if not (_others_around_name(norm, f) and (f.candidate.number.value + 1, f.metric) in counted)
        # "a Ceballos y a otros 38 detenidos": the others told with a name, whatever their participle says.
        and not (
            f.candidate.number.value + 1 in values
            and _NAME_AND_OTHERS.search(norm, max(0, f.candidate.number.start - 50), f.candidate.number.start)
        )
    ]
    # "amnesty to up to 10,000 prisoners" then "9,874 would be freed": the exact release near a hedged pardon
    # count told before it is that pardon's exact count.
    # Only where no exact pardon count is told: then the release is another act ("freed 1,486 in 2020").
    hedged_pardons = [f for f in body if f.metric == "pardoned" and f.qualifier != "exact"]
    if any(f.metric == "pardoned" and f.qualifier == "exact" for f in body):
        hedged_pardons = []
    for figure in body:
        value, where = figure.candidate.number.value, figure.candidate.sentence.index
        if (
            figure.metric == "released"
            and figure.qualifier == "exact"
            and any(
                p.start < figure.start
                and p.candidate.number.value != value
                and abs(p.candidate.number.value - value) <= 0.05 * max(p.candidate.number.value, value)
                and where - p.candidate.sentence.index <= 2
                for p in hedged_pardons
            )
        ):
            figure.metric = "pardoned"
    values = {f.candidate.number.value for f in body}
    for figure in (f for f in raw if f.start < head_end):
        start = figure.candidate.number.start
        if figure.metric == "pardoned" and figure.strong:
            # "Vietnam grants amnesty to 2,434" over "will release 2,434 prisoners … in an amnesty": the same
            # count, freed by the act the headline names, where the body tells no pardon of that value.
            same = [g for g in body if g.candidate.number.value == figure.candidate.number.value]
            if same and all(g.metric == "released" for g in same):
                for g in same:
                    g.metric = "pardoned"
        others = _HEAD_OTHERS.search(norm, max(0, start - 12), start) or _others_around_name(norm, figure)
        if others and figure.candidate.number.value + 1 in values:
            continue  # "… al obispo X y a otros 18 religiosos" over the body's 19: the body's count around a name
        if figure.candidate.number.value in values and figure.category in ("foreign_nationals", "dual_nationals"):
            # "Taliban free two Americans" over "دو شهروند این کشور": the headline says who the body's count is.
            told = next(
                (
                    g
                    for g in body
                    if g.candidate.number.value == figure.candidate.number.value
                    and g.metric == figure.metric
                    and g.category is None
                    and g.strong
                ),
                None,
            )
            if told:
                told.category = figure.category
        if figure.candidate.number.value not in values:
            values.add(figure.candidate.number.value)
            # "Junta frees nearly 6,000 prisoners" over "release 5,864 prisoners … in an amnesty": the
            # headline rounds the body's count, freed by the pardon the body names.
            value = figure.candidate.number.value
            near = next(
                (
                    g
                    for g in body
                    if g.metric == "pardoned"
                    and figure.metric == "released"
                    and abs(g.candidate.number.value - value) <= 0.1 * max(value, g.candidate.number.value)
                ),
                None,
            )
            if near is None and figure.metric in CLEMENCY_METRICS:
                # "… ۴۲ هزار نفر با قانون عفو … آزاد شده‌اند" over the body's "آزاد شده‌اند … ۴۲ هزار و ۲۸۴":
                # a rounded headline is the body's count, read with all its words.
                near = next(
                    (
                        g
                        for g in body
                        if g.metric in CLEMENCY_METRICS
                        and g.metric != figure.metric
                        and g.strong
                        and abs(g.candidate.number.value - value) <= 0.02 * max(value, g.candidate.number.value)
                    ),
                    None,
                )
            if near is not None:
                figure.metric = near.metric
            elif figure.metric == "pardoned":
                _pardon_named_in_headline(body, value)
            body.append(figure)
    return body


def _pardon_named_in_headline(body: list[figures.RawFigure], value: int) -> None:
    """ "President pardons nearly 3,000 prisoners" over the lead's "ordered the release of 2,937 prisoners":
    the headline names the act the lead's exact count was freed by, where the body tells no pardon count."""
    if not body or any(
        g.metric == "pardoned" and abs(g.candidate.number.value - value) <= 0.1 * max(value, g.candidate.number.value)
        for g in body
    ):
        return
    lead = min(g.candidate.sentence.index for g in body)
    for g in body:
        if (
            g.metric == "released"
            and g.qualifier == "exact"
            and g.candidate.sentence.index - lead <= 1
            and g.candidate.number.value != value
            and abs(g.candidate.number.value - value) <= 0.05 * max(value, g.candidate.number.value)
        ):
            g.metric = "pardoned"
            return


_OF_THOSE_FREED = re.compile(
    r"\s+of\s+(?:those|the\s+(?:people|prisoners))\s+(?:freed|released|let\s+out)\b", re.IGNORECASE
)
_THE_OTHER = re.compile(r"\bthe\s+other\s+$", re.IGNORECASE)


def _parts_of_the_pardoned(norm: str, found: list[figures.RawFigure], found_roles: list[roles.Role]) -> None:
    """ "received 114 of those freed" under "pardoned 123": those freed are the pardoned, told again; "the other
    nine" after them are the rest of the same people."""
    pardoned = {
        f.candidate.number.value
        for f, r in zip(found, found_roles, strict=True)
        if f.metric == "pardoned" and r.role == "total"
    }
    retold: set[int] = set()
    for f, r in zip(found, found_roles, strict=True):
        if r.role != "part" or f.metric != "released" or r.part_of not in pardoned:
            continue
        start, end = f.candidate.number.start, f.candidate.number.end
        if (
            _OF_THOSE_FREED.match(norm, end)
            or "among the people of the count before" in f.reason
            or (r.part_of in retold and _THE_OTHER.search(norm, max(0, start - 12), start))
        ):
            f.metric = "pardoned"
            retold.add(r.part_of)


def _subgroups_keep_category(found: list[figures.RawFigure], found_roles: list[roles.Role]) -> None:
    """ "Fourteen … are foreign citizens. Twelve of them are freed in full": a part of a group of one kind is of
    that kind, unless it names its own."""
    kinds = {}
    for f, r in zip(found, found_roles, strict=True):
        if r.role in ("total", "part") and f.category:
            kinds.setdefault(f.candidate.number.value, f.category)
    for f, r in zip(found, found_roles, strict=True):
        if r.role == "part" and f.category is None and r.part_of in kinds:
            f.category = kinds[r.part_of]


_CONTINUES = ("are the count before", "continues the", roles.LIST_LINE)


def _held_lines_keep_political(found: list[figures.RawFigure]) -> None:
    """ "1.697 personas encarceladas por motivos políticos … Del total, 1.495 son hombres; 1.535 son civiles":
    the lines that break down a count of political prisoners count political prisoners too."""
    political = False
    for f in found:
        if f.metric != "detained":
            continue
        if f.category == "political":
            political = True
        elif f.category is None and political and any(words in f.reason for words in _CONTINUES):
            f.category = "political"


_NEXT_SENTENCE = re.compile(r"\s*[^.!?\n]{0,300}")
_DIGIT = re.compile(r"\d")
_PARDONED_THEM = re.compile(
    r"\b(?:pardoned|amnestied|granted\s+(?:a\s+)?(?:pardons?|amnesty|clemency)\s+to)\s+(?:the\s+(?:whole\s+)?(?:group|"
    r"prisoners|detainees|inmates|convicts|freed|released)|them|all\s+of\s+them|those\s+(?:freed|released))\b",
    re.IGNORECASE,
)


_NAME_AND = re.compile(r"[A-Z][\w'\u2019-]+\s+(?:and|y|et)\s+(?:a\s+)?$")
_OTHERS_AFTER = re.compile(r"\s+(?:other|others)\b", re.IGNORECASE)
_NAME_AND_OTHERS = re.compile(r"[A-Z][\w'\u2019-]+\s+(?:y|et)\s+(?:a\s+)?(?:otros|otras|autres)\s+$")


def _others_around_name(norm: str, figure: figures.RawFigure) -> bool:
    """ "X and five other prisoners", "X and 13 others": a count joined by "and" to a named person."""
    number = figure.candidate.number
    return bool(
        _OTHERS_AFTER.match(norm, number.end) and _NAME_AND.search(norm, max(0, number.start - 40), number.start)
    )


def _told_apart(norm: str, a: figures.RawFigure, b: figures.RawFigure) -> bool:
    """Two equal counts of one sentence, each told with its own time, are two groups ("pardoned 30 people on
    Aug. 16, 30 on Sept. 4")."""
    if a.candidate.sentence is not b.candidate.sentence:
        return False
    times = [figures.EN_TIME_AFTER.match(norm, f.candidate.number.end, f.candidate.sentence.end) for f in (a, b)]
    return bool(times[0] and times[1] and times[0]["time"] != times[1]["time"])


def _other_group(a: figures.RawFigure, b: figures.RawFigure, norm: str = "") -> bool:
    """Two equal counts of one sentence with different nouns are two groups ("six Laotians, six Malaysians")."""
    same_sentence = a.candidate.sentence is b.candidate.sentence
    heads = a.candidate.head, b.candidate.head
    lines = a.candidate.form == b.candidate.form == "listed"  # "France (1) … Canada (1)"
    # "ترکیه: ۰۲ نفر / کامرون: ۰۲ نفر", each on its line: two lines of one breakdown are two groups.
    table = all(roles.LIST_LINE in f.reason and f.candidate.number.start > 0 for f in (a, b))
    # "قندوز: ۳۵ تن" in a list, then "سی و پنج عضو طالبان … رها شدند" with a verb of its own in another
    # paragraph: a line of a breakdown and a count told for itself are two groups.
    line, told = (a, b) if roles.LIST_LINE in a.reason else (b, a)
    apart = (
        roles.LIST_LINE in line.reason
        and roles.LIST_LINE not in told.reason
        and told.strong
        and not same_sentence
        and "\n\n" in norm[min(line.end, told.end) : max(line.start, told.start)]
    )
    # "… and to two people whose sentences …" then "…: two Cambodians, two Americans": a breakdown's line
    # with its own noun is another group than an equal count of other people told elsewhere.
    own_nouns = any(roles.LIST_LINE in f.reason for f in (a, b)) and all(heads) and heads[0] != heads[1]
    return (
        table
        or apart
        or own_nouns
        or (same_sentence and (lines or (all(heads) and heads[0] != heads[1])))
        or _two_nations(norm, a, b)
    )


def _two_nations(norm: str, a: figures.RawFigure, b: figures.RawFigure) -> bool:
    """Two equal counts whose nouns name two nations are a swap's two sides ("115 Ukrainian servicemen returning
    home", then "handed back 115 Russian soldiers")."""
    if not norm:
        return False
    nations = [countries.demonym_country(norm[f.candidate.number.end : f.candidate.np_end]) for f in (a, b)]
    return None not in nations and nations[0] != nations[1]


def _mention(source: str, back: OffsetMap | None, figure: figures.RawFigure, role: roles.Role) -> FigureMention:
    """The figure with its quote and offsets in the text as given (vowel marks, accents and spaces as
    published). The quote ends where the next character read comes from, so a last word keeps its
    closing vowel mark or accent, and a run of spaces after it is left out."""
    start, end = figure.start, figure.end
    if back is not None:
        start, end = back[start], back[end]
    return FigureMention(
        value=figure.candidate.number.value,
        metric=figure.metric,
        category=figure.category,
        qualifier=figure.qualifier,
        quote=source[start:end],
        start=start,
        end=end,
        evidence=figure.evidence,
        reason=f"{figure.reason}; {role.role}: {role.why}" if role.why else figure.reason,
        role=role.role,
        part_of=role.part_of,
    )


def _parts_of_kind(mentions: list[FigureMention], lang: str) -> list[FigureMention]:
    """French and Spanish: a part that names no kind of its own is of its total's kind ("gracié les 49
    militaires ivoiriens : les 46 hommes toujours détenus …" are foreign nationals too)."""
    if lang not in ("fr", "es"):
        return mentions
    kinds = {m.value: m.category for m in mentions if m.role in ("total", "part") and m.category}
    for mention in mentions:
        if mention.role == "part" and mention.category is None and kinds.get(mention.part_of or -1):
            mention.category = kinds[mention.part_of or -1]
    return mentions


def _stamp_date(norm: str) -> dt.date | None:
    for mention in dates.find_dates(norm[:300], None, LEXICONS["en"]):
        if mention.kind == "stamp":
            return mention.value
    return None


def _dateline_day(dateline, published, lex) -> dt.date | None:
    if not (dateline and dateline["date"] and published):
        return published
    found = dates.find_dates(dateline["date"], published, lex)
    if found and 0 < (published - found[0].value).days <= 2:
        return found[0].value
    return published


def _line_start(norm: str, head_end: int) -> int:
    """Where the body's first line starts (a dateline opens it)."""
    pos = head_end
    while pos < len(norm) and norm[pos] in " \t\r\n":
        pos += 1
    return pos


def _fallback_date(norm, dateline, published, lex) -> tuple[dt.date | None, str]:
    if dateline and dateline["date"]:
        found = dates.find_dates(dateline["date"], published, lex)
        if found:
            return found[0].value, "the dateline"
    return published, "the publication date" if published else ""


def relevance_score(text: str, title: str = "") -> int:
    """How many sentences speak of clemency for prisoners (cheap: no figures)."""
    norm = normalize_digits(text[:MAX_CHARS])
    found, _lookalikes = relevance.clemency_sentences(norm, split_sentences(norm))
    return len(found)


def is_relevant(text: str, title: str = "") -> bool:
    """Whether the text is about clemency for prisoners (cheap: no figures)."""
    norm = normalize_digits(text[:MAX_CHARS])
    sentences = split_sentences(norm)
    return relevance.is_relevant(norm, sentences, headline_end(norm, title), title)[0]


# One short report per language, in the project's own words: enough to build every table the
# reading of that language compiles on first use.
_WARM_TEXTS = (
    ("en", "President Ali Rahimi of Iran pardoned 1,200 prisoners on Monday, state media reported."),
    ("fr", "Le président tunisien a gracié samedi 1 200 détenus, a annoncé la présidence."),
    ("es", "El presidente de Cuba indultó el lunes a 1.200 presos, informó la agencia oficial."),
    ("ar", "أصدر الملك محمد السادس عفوا عن 1200 سجين بمناسبة عيد العرش، حسب وزارة العدل."),
    ("fa", "رئیس قوه قضاییه با عفو و تخفیف مجازات ۱۲۰۰ زندانی موافقت کرد."),
)


def warm() -> None:
    """Build the patterns and tables the extractor otherwise compiles on its first article in
    each language (about a second in all). A process that forks workers calls it first, so
    that each worker shares them instead of building its own on its first task."""
    for language, text in _WARM_TEXTS:
        extract(text, title=text, language=language)
        extract(text, title=text)
