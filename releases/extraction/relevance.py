"""Is the article about clemency or a prison population? What kinds of measure, for what occasion?

A sentence speaks for relevance when a clemency cue ("pardoned", "amnesty", "freed")
stands in it together with a word about prisoners or sentences, and no look-alike
context surrounds the cue: a turkey, an album, a release clause, a knife amnesty,
animals going back to the wild, a prison being built.
"""

from __future__ import annotations

import re

from .text import Sentence

_CLEMENCY = re.compile(
    r"pardon\w*|clemency|amnest\w*|forgiv\w*|forgave|releas\w*|(?<![\w-])free(?:d|s|ing)?\b|let\s+out|commut\w*|"
    r"swap\w*|exchange\w*|furlough\w*|gr[aâ]ci\w*|grâce|amnisti\w*|libér\w*|indult\w*|liber[óa]\w*|liberad\w*|"
    r"excarcel\w*|conmut\w*|عفو|العفو|الإفراج|الافراج|أفرج|افرج|سراح|آزاد\w*|بخشود\w*",
    re.IGNORECASE,
)
_PRISON = re.compile(
    r"prisoners?|inmates?|detainees?|convicts?|convicted|jail\w*|prisons?|imprison\w*|sentences?|sentenced|custody|"
    r"detention|detained|behind\s+bars|incarcerat\w*|hostages?|captives?|penal|correctional|decree|offen[cs]es|"
    r"offenders?|arrested|prisonni\w*|détenu\w*|peines?|condamn\w*|pres[oa]s|reos|reclus\w*|detenid\w*|cárcel\w*|"
    r"prisión|condena\w*|سجن\w*|سجين\w*|السجناء|معتقل\w*|محكوم\w*|نزلاء|زندان\w*|محکوم\w*",
    re.IGNORECASE,
)
_LOOKALIKE = re.compile(
    r"turkeys?\b|thanksgiving|album|\bfilm|movie|\bsingles?\b|\bsongs?\b|record\s+label|box\s+office|trailer|"
    r"software|\bapps?\b|firmware|\bversion|iphone|console|video\s+game|release\s+clause|clause|buyout|footballer|"
    r"striker|midfielder|contract\s+extension|knife|knives|blades?|weapons\s+amnesty|guns?\b|firearms|tax\s+amnest|"
    r"library|turtles?|animals?|wildlife|\bbirds?\b|\bfish\b|\bpups?\b|whales?|dolphins?|streaming|\bcharts?\b|"
    r"pardon\s+(?:me|my|the\s+(?:interruption|pun|expression))|press\s+release|earnings|hormones?|\bgas\b|emissions",
    re.IGNORECASE,
)
_POPULATION_HEADLINE = re.compile(
    r"prison\s+population|overcrowd\w*|inmates|prisoners|población\s+penitenciaria|population\s+carcérale",
    re.IGNORECASE,
)
_CONSTRUCTION = re.compile(
    r"new\s+(?:\S+\s+)?prison|prison\s+places|\bopens\b|construction|\bbuil[dt]",
    re.IGNORECASE,
)

KIND_PATTERNS = (
    (
        "prisoner_exchange",
        re.compile(
            r"prisoner\s+(?:exchange|swap)|\bswap\w*|in\s+exchange\s+for|échange\s+de\s+prisonniers|canje|intercambio\s+de\s+presos|تبادل",
            re.IGNORECASE,
        ),
    ),
    (
        "pardon",
        re.compile(
            r"pardon\w*|clemency|forgiv\w*|forgave|gr[aâ]ci\w*|grâce|indult\w*|(?<!عفو\s)عفو(?!\s+عام)|بخشود\w*",
            re.IGNORECASE,
        ),
    ),
    (
        "amnesty",
        re.compile(r"amnest\w*|amnisti\w*|amnist[ií]a|عفو\s+عام", re.IGNORECASE),
    ),
    (
        "commutation",
        re.compile(
            r"commut\w*|conmut\w*|(?:sentences?|terms?|peines?|penas?)\s+(?:[\w-]+\s+){0,3}?(?:reduced|cut|shortened|halved|réduites?|reducidas?)|(?:reduc\w*|cut|shorten\w*)\s+(?:[\w-]+\s+){0,3}?(?:sentences|terms)|time\s+behind\s+bars\s+shortened|تخفيف|تخفیف",
            re.IGNORECASE,
        ),
    ),
    (
        "temporary_release",
        re.compile(
            r"temporar\w*\s+(?:releas\w*|freed)|furlough\w*|libér\w*\s+provisoirement|libertad\s+(?:provisional|condicional)|مرخصی|آزادی\s+موقت|الإفراج\s+المؤقت",
            re.IGNORECASE,
        ),
    ),
)

_OCCASION_TRIGGER = re.compile(
    r"\b(?:to\s+mark|to\s+celebrate|marking|on\s+the\s+occasion\s+of|in\s+honou?r\s+of|ahead\s+of|to\s+commemorate|"
    r"for|in\s+response\s+to|à\s+l'occasion\s+de|pour\s+marquer|à\s+l'approche\s+de|con\s+motivo\s+de|por\s+el)\s+"
    r"(?:the\s+|his\s+|its\s+|the\s+country's\s+|la\s+|le\s+|l'|el\s+)?",
    re.IGNORECASE,
)
_OCCASION_WORDS = re.compile(
    r"New\s+Year|Nowruz|Norouz|Eid|Ramadan|Independence|National\s+Day|Throne|Revolution|Republic\s+Day|Victory|"
    r"Constitution|Unity|Liberation|Christmas|Easter|Vesak|Thingyan|Tet\b|Diwali|Mawlid|birthday|accession|"
    r"coronation|jubilee|anniversary|Lunar|Day\b|coronavirus|covid|pandemic|epidemic|fête|Aïd|Navidad|"
    r"Independencia|aniversario|Nouvel\s+An|عيد|العيد|رمضان|ذكرى|بمناسبة|نوروز|عید|سالگرد|مبعث|غدیر|نیمه\s+شعبان",
    re.IGNORECASE,
)
_OCCASION_AR = re.compile(
    r"(?:بمناسبة|به\s+مناسبت|به\s+مناسبت\u200c?های)\s+((?:\S+\s+){0,3}\S+)"
)


def is_relevant(
    text: str, sentences: list[Sentence], headline_end: int, title: str = ""
) -> tuple[bool, str]:
    """Relevance and the sentence that decided it."""
    score, lookalikes, evidence = 0, 0, ""
    for sentence in [*sentences[:200], None]:
        words = title if sentence is None else text[sentence.start : sentence.end]
        if not words:
            continue
        lead = sentence is None or sentence.start < headline_end or sentence.index <= 2
        for cue in _CLEMENCY.finditer(words):
            window = words[max(0, cue.start() - 60) : cue.end() + 60]
            if _LOOKALIKE.search(window):
                lookalikes += 1
            elif _PRISON.search(words):
                score += 2 if lead else 1
                evidence = evidence or words[:120]
                break
    if score >= 2 and score > lookalikes:
        return True, f"clemency wording about prisoners: '{evidence}'"
    return (
        False,
        "no clemency wording about prisoners"
        if not lookalikes
        else "clemency words in another sense",
    )


def is_population_story(text: str, headline_end: int, title: str) -> bool:
    """A headline about how many people are held, not about building prisons."""
    headline = title or text[:headline_end]
    return bool(_POPULATION_HEADLINE.search(headline)) and not _CONSTRUCTION.search(
        headline
    )


def find_kinds(text: str, spans: list[tuple[int, int]], metrics: set[str]) -> list[str]:
    """Kinds of measure named in the relevant spans (headline, lead, sentences with figures)."""
    kinds = []
    for kind, pattern in KIND_PATTERNS:
        if any(pattern.search(text, start, end) for start, end in spans):
            kinds.append(kind)
    if "temporarily_released" in metrics and "temporary_release" not in kinds:
        kinds.append("temporary_release")
    if "sentence_reduced" in metrics and "commutation" not in kinds:
        kinds.append("commutation")
    if not {"pardon", "amnesty"} & set(kinds) and ("released" in metrics or not kinds):
        kinds.append("release")
    return kinds


def find_occasion(text: str, spans: list[tuple[int, int]]) -> str | None:
    """The holiday or event the measure marks ("Throne Day", "Eid al-Adha")."""
    for start, end in spans:
        for trigger in _OCCASION_TRIGGER.finditer(text, start, end):
            phrase = re.split(
                r"[,;.()]|\s(?:on|and|when|which|after|by|in|to)\s",
                text[trigger.end() : trigger.end() + 80],
            )[0]
            phrase = phrase.strip()
            if _OCCASION_WORDS.search(phrase) and len(phrase) > 2:
                return phrase[:80]
        match = _OCCASION_AR.search(text, start, end)
        if match:
            return match.group(1)
    return None
