"""Which country an announcement is about: the authority that decides, not the loudest.

Every name, demonym, capital or institution counts once; a mention weighs more in the
headline and the lead, and much more where it is the authority ("Belarusian President",
"Myanmar's junta") or the actor of a clemency verb ("Nicaragua released", "freed by Iran").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from . import countries_data, leaders
from .relevance import _CLEMENCY
from .text import ARABIC_SCRIPT
from .trie import trie_pattern

MAX_MENTIONS = 3000
LEADER_REACH = 3000  # characters from the top where a leader may be named as the one who acts

_AUTHORITY = re.compile(
    r"(?:'s|\u2019s)?\s+(?:[\w-]+\s+){0,2}?(?:president|presidency|king|queen|monarch|emir|sultan|ruler|sheikh|leader|"
    r"supreme|government|authorities|junta|military|regime|judiciary|courts?|ministry|minister|prime\s+minister|"
    r"parliament|lawmakers|senate|state\s+(?:media|television|tv|news)|palace|cabinet)\b",
    re.IGNORECASE,
)
_ACTOR_AFTER = re.compile(
    r"(?:'s|\u2019s)?\s+(?:[\w-]+\s+){0,3}?(?:pardon\w*|releas\w*|free[sd]?\b|freeing|amnest\w*|clemency|commut\w*|"
    r"swap\w*|gr[aâ]ci\w*|lib[éè]r\w*|amnisti\w*|indult\w*|liber[óa]\w*|excarcel\w*|عف\w*|أفرج|يفرج|أطلق|عفو|آزاد\w*)",
    re.IGNORECASE,
)
_REACTS = re.compile(
    r"\b(?:celebr\w*|welcom\w*|salu\w*|condemn\w*|conden\w*|critic\w*|critiqu\w*|félicit\w*|felicit\w*|hail\w*|"
    r"prais\w*|elogi\w*|rechaz\w*|reject\w*|denounc\w*|denunci\w*|dénonc\w*|réjou\w*|deplor\w*|déplor\w*)|"
    r"(?<!\w)(?:رحب\w*|ترحب|يرحب|انتقد\w*|تنتقد|أدان\w*|تدين|استنكر\w*)",
    re.IGNORECASE,
)
# "Russia frees U.S. teacher in swap", "Taliban free British couple": the state names a person's nationality.
_NATIONALITY_OF = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:teachers?|citizens?|nationals?|journalists?|reporters?|couple|man|woman|men|women|"
    r"veterans?|marines?|students?|activists?|businessm[ae]n|tourists?|aid\s+workers?|workers?|prisoners?|"
    r"detainees?|hostages?|soldiers?|fishermen|sailors?|pilots?|academics?|researchers?|dissidents?)\b",
    re.IGNORECASE,
)
_NATIONALITY_NEXT = re.compile(
    r"\s+(?:teachers?|citizens?|nationals?|journalists?|reporters?|couple|man|woman|men|women|"
    r"veterans?|marines?|students?|businessm[ae]n|tourists?|aid\s+workers?|"
    r"fishermen|sailors?|pilots?|academics?|researchers?)\b"
)
# French and Spanish tell a person's nationality after the article or the noun: "la Française Florence Cassez",
# "La estadounidense Lori Berenson", "la Française de 38 ans", "l'homme d'affaires allemand Helmut Hofer".
_FR_ES_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:la|le|l['\u2019]|el|une|una)\s*$", re.IGNORECASE)
_FR_ES_NAME_AFTER = re.compile(r"\s+(?:[A-ZÁÉÍÓÚ][\w'\u2019-]+|de\s+\d+\s+(?:ans|años))")
_FR_ES_PERSON_NOUN_BEFORE = re.compile(
    r"\b(?:homme|femme)\s+d['\u2019]affaires\s+$|"
    r"\b(?:ressortissante?|journaliste|chercheu(?:r|se)|universitaire|touriste|empresari[oa]|periodista|turista|"
    r"académic[oa]|investigador(?:a)?)\s+$",
    re.IGNORECASE,
)
_ACTOR_BEFORE = re.compile(
    r"(?:pardoned|freed|released|gr[aâ]ciés?\s+par|libérés?\s+par|indultados?\s+por|liberados?\s+por)\s+(?:by\s+)?$",
    re.IGNORECASE,
)
# French and Spanish name the authority before its state: "el Gobierno de Nicaragua", "les autorités
# camerounaises", "las cárceles del Gobierno de Daniel Ortega".
_AUTHORITY_BEFORE = re.compile(
    r"\b(?:gobierno|presidente|presidenta|rey|régimen|autoridades|justicia|fiscalía|cancillería|junta|"
    r"gouvernement|président|présidente|roi|régime|autorités|junte|justice|cárceles|prisiones|prisons)"
    r"(?:\s+(?:de|del|d['\u2019]|du|de\s+la)\s+(?:[A-ZÁÉÍÓÚ][\w'\u2019-]*\s+)?)?\s*$",
    re.IGNORECASE,
)
_ANNOUNCES = re.compile(r"(?:'s|\u2019s)?\s+(?:has\s+|had\s+)?(?:announced|said|says|confirmed|reported)\b")
# "in Ankara prisoner swap": where the measure happened, not who took it.
_PLACE_BEFORE = re.compile(r"(?<!\w)(?:in|at|on)\s+$")
_HELD_IN = re.compile(
    r"(?:held|jailed|detained|imprisoned|prisons?|jails?)\s+in\s+$|"
    # "détenus depuis plus d'un an au Burkina Faso", "encarcelados desde 2018 en Nicaragua".
    r"\b(?:détenue?s?|emprisonnée?s?|incarcérée?s?|retenue?s?|detenid[oa]s?|encarcelad[oa]s?|recluid[oa]s?)"
    r"\s+(?:[\w'\u2019]+\s+){0,5}?(?:en|au|aux)\s+$",
    re.IGNORECASE,
)
_PRISONS_AFTER = re.compile(r"\s+(?:prisons?|jails?|custody)\b", re.IGNORECASE)
_WORD_START = r"(?<![\w.].)"  # after a term's first character: no word character or dot before it
# "Latin America"; "القنب الهندي", "chanvre indien", "cáñamo indio": Indian hemp, cannabis, not India.
_NOT_COUNTRY = re.compile(r"(?:Latin|South|Central|North)\s+$|(?:القنب|قنب|chanvre|cáñamo)\s+$")


@dataclass(frozen=True)
class Gazetteer:
    latin: re.Pattern[str]
    capitalised: re.Pattern[str]  # latin without the lower-case French and Spanish demonyms
    arabic: re.Pattern[str]
    codes: dict[str, str]  # term -> ISO code
    demonyms: dict[str, str]  # demonym -> ISO code
    english_names: frozenset[str]  # countries' English names ("Turkey"), without cities, institutions or demonyms


@cache
def gazetteer() -> Gazetteer:
    codes: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    arabic_terms: set[str] = set()
    english: set[str] = set()
    english_names: set[str] = set()
    for line in countries_data.EN.strip().splitlines():
        code, names, dems, cities, institutions = (line.split("|") + [""] * 5)[:5]
        english_names.update(filter(None, names.split(";")))
        for group in (names, dems, cities, institutions):
            for term in filter(None, group.split(";")):
                codes[term] = code
                english.add(term)
        for term in filter(None, dems.split(";")):
            demonyms[term] = code
    for line in countries_data.OTHER.strip().splitlines():
        code, *groups = line.split("|")
        for index, group in enumerate(groups):
            for term in filter(None, group.split(";")):
                if index >= 2:
                    arabic_terms.add(term)
                    codes[term] = code
                else:
                    codes.setdefault(term, code)
                    codes.setdefault(term[:1].upper() + term[1:], code)
                    if term[:1].islower():
                        demonyms.setdefault(term, code)
    latin = sorted((t for t in codes if t not in arabic_terms), key=len, reverse=True)
    arabic = sorted(arabic_terms, key=len, reverse=True)
    # French and Spanish write demonyms in lower case; English text needs only the capitalised
    # names, which the engine finds fast because few characters can open them (with so many
    # lower-case openings, the full list is faster behind a word-start check).
    capitalised = [t for t in latin if t[:1].isupper() or t in english]
    return Gazetteer(
        latin=re.compile(r"(?=\w)(?<![\w.])(?:" + trie_pattern(latin) + r")(?![\w])"),
        capitalised=re.compile(trie_pattern(capitalised, _WORD_START) + r"(?![\w])"),
        arabic=re.compile(r"(?<!\w)(?:و|ب|ل|ف)?(?:" + trie_pattern(arabic) + r")\w{0,3}(?!\w)"),
        codes=codes,
        demonyms=demonyms,
        english_names=frozenset(english_names),
    )


@dataclass(frozen=True, slots=True)
class CountryMention:
    start: int
    end: int
    code: str


def find_mentions(text: str, language: str | None = None) -> list[CountryMention]:
    """Every country name, demonym, city or institution in text."""
    gaz = gazetteer()
    found = []
    patterns = [gaz.capitalised if language == "en" else gaz.latin]
    if ARABIC_SCRIPT.search(text):
        patterns.append(gaz.arabic)
    for pattern in patterns:
        for match in pattern.finditer(text):
            code = _code_of(match.group(), gaz)
            if code and not _NOT_COUNTRY.search(text, max(0, match.start() - 10), match.start()):
                found.append(CountryMention(match.start(), match.end(), code))
            if len(found) >= MAX_MENTIONS:
                break
    found.sort(key=lambda m: m.start)
    return found


def script_country(word: str) -> str | None:
    """The country an Arabic-script word names, with or without its article ("سعوديين" -> SA)."""
    gaz = gazetteer()
    return _code_of(word, gaz) or (None if word.startswith("ال") else _code_of("ال" + word, gaz))


def _code_of(term: str, gaz: Gazetteer) -> str | None:
    if term in gaz.codes:
        return gaz.codes[term]
    for prefix in ("و", "ب", "ل", "ف", ""):
        if term.startswith(prefix):
            core = term[len(prefix) :]
            for cut in range(4):
                candidate = core[: len(core) - cut] if cut else core
                # A short name with letters after it is another word: "پرونده" (a case file) is not Peru.
                if cut and len(candidate) <= 3:
                    break
                if candidate in gaz.codes:
                    return gaz.codes[candidate]
    return None


def mention_weight(text: str, mention: CountryMention, headline_end: int, lead_end: int) -> tuple[int, str]:
    """How strongly one mention says the announcement is this country's, and why."""
    weight, why = 1, "named"
    after = text[mention.end : mention.end + 60]
    before = text[max(0, mention.start - 30) : mention.start]
    if _NATIONALITY_NEXT.match(after):
        return 0, "names the people's nationality"  # "freed American teacher Marc Fogel", "a British couple"
    term = text[mention.start : mention.end]
    if term.lower() in gazetteer().demonyms and (
        _FR_ES_PERSON_NOUN_BEFORE.search(before)
        or (_FR_ES_ARTICLE_BEFORE.search(before) and _FR_ES_NAME_AFTER.match(after))
    ):
        return 0, "names a person's nationality"  # "la Française Florence Cassez", "l'homme d'affaires allemand"
    if _script_people(term, before, after):
        return 0, "describes the people counted"  # "دو زندانی سوئدی": their nationality, not a state
    if mention.start < headline_end and not _PLACE_BEFORE.search(before):
        weight += 2  # "… in Doha prisoner swap": where it happened, not who did it
    elif mention.start < lead_end:
        weight += 1
    # "El Gobierno español celebró el indulto que …", "Madrid celebra el indulto de Obiang": a state reacting to
    # another's clemency does not act in it.
    if _REACTS.search(after, 0, 40):
        return weight, "reacts to the clemency"
    if _AUTHORITY.match(after) and _acts_later(text, mention.end):
        weight, why = weight + 4, "names its authority"
    elif _ANNOUNCES.match(after) and _acts_later(text, mention.end) and not _PLACE_BEFORE.search(before):
        weight, why = weight + 3, "announces the clemency"  # "Iran announced Monday that … pardoned"
    elif (
        _ACTOR_AFTER.match(after)
        and not _people(text[mention.start : mention.end])
        and not _NATIONALITY_OF.match(after)
        and not _counted(before)
        and not _PLACE_BEFORE.search(before)
    ) or _ACTOR_BEFORE.search(before):
        weight, why = weight + 4, "acts in the clemency"
    elif _AUTHORITY_BEFORE.search(before):
        weight, why = weight + 3, "names its authority"
    elif _HELD_IN.search(before) or _PRISONS_AFTER.match(after):
        weight, why = weight + 2, "holds the prisoners"
    return weight, why


_LAST_WORD = re.compile(r"([\w\u200c]+)\s+$")


@cache
def _number_words() -> frozenset[str]:
    from .lexicon_intl import LEXICONS

    return frozenset(w for lex in LEXICONS.values() for w in lex.number_words)


def _counted(before: str) -> bool:
    """A demonym after a number counts people ("هفت ایرانی", "seven Iranians"), also after the noun it
    describes ("۷ زندانی ونزوئلایی", "20 سجينا أمريكيا"): it is not the state acting."""
    last = _LAST_WORD.search(before)
    if not last:
        return False
    if last.group(1).isdigit() or last.group(1).lower() in _number_words():
        return True
    if not _PERSON_NOUN.fullmatch(last.group(1)):
        return False
    previous = _LAST_WORD.search(before, 0, last.start())
    return bool(previous) and (previous.group(1).isdigit() or previous.group(1).lower() in _number_words())


# Arabic and Persian nouns of people that a demonym may follow.
_PERSON_NOUN = re.compile(
    r"\w{0,2}(?:سجين\w*|سجناء|معتقل\w*|أسير\w*|أسرى|مواطن\w*|شخص\w*|أشخاص|محكوم\w*|رهين\w*|رهائن)|"
    r"زندانی\w*|نفر|تن|تبعه|اتباع|شهروند\w*|محکوم\w*|اسیر|اسرا"
)


# An Arabic-script demonym: "امریکایی", "سوئدی", "أمريكيين", "الأمريكية".
_SCRIPT_DEMONYM = re.compile(r"(?:ی|ي|ية|يين|يون|يا|ة)$")


def _script_people(term: str, before: str, after: str) -> bool:
    """A Persian or Arabic demonym that describes people: right after their noun, with or without a
    number ("در بدل شهروندان امریکایی آزاد شده"), or in the plural ("امریکایی‌های رهاشده")."""
    if not _SCRIPT_DEMONYM.search(term):
        return False
    if after.startswith("\u200cها"):
        return True
    last = _LAST_WORD.search(before)
    return bool(last) and _PERSON_NOUN.fullmatch(last.group(1)) is not None


def _people(term: str) -> bool:
    """A plural demonym names the people freed, not the state freeing them ("Americans freed")."""
    return term.endswith("s") and term in gazetteer().demonyms


def _acts_later(text: str, start: int) -> bool:
    """A clemency verb later in the same sentence: the authority named is the one acting."""
    end = text.find(". ", start, start + 300)
    return _CLEMENCY.search(text, start, end if end > 0 else start + 300) is not None


def choose_country(
    text: str,
    *,
    headline_end: int = 0,
    lead_end: int = 0,
    title: str = "",
    dateline_city: str = "",
    language: str | None = None,
    dateline_end: int = 0,
) -> tuple[str | None, str]:
    """The ISO code of the deciding country, with a short explanation.

    Places inside a dateline ("DUBAI, United Arab Emirates (AP) —") count once, as the dateline: a wire
    files stories on Iran from Dubai and on Myanmar from Bangkok."""
    scores: dict[str, int] = {}
    first: dict[str, int] = {}
    reasons: dict[str, str] = {}
    amman = language in ("ar", "fa") and dateline_city.strip() in _AR_AMMAN
    in_dateline: list[str] = []
    for mention in find_mentions(text, language):
        if headline_end <= mention.start < dateline_end:
            in_dateline.append(mention.code)
            continue
        if not text[: mention.start].strip() and _LABEL_COLON.match(text, mention.end):
            # "Iran : Benjamin Brière et Bernard Phelan libérés", "Nicaragua: excarcelan a …": the headline's label
            # names the country the news is about, however often the prisoners' own country comes up after.
            scores[mention.code] = scores.get(mention.code, 0) + _LABEL_WEIGHT
            reasons.setdefault(mention.code, f"'{text[mention.start : mention.end]}' labels the headline")
        if amman and mention.code == "OM" and mention.start < headline_end + 20:
            mention = CountryMention(mention.start, mention.end, "JO")  # the dateline's Amman
        weight, why = mention_weight(text, mention, headline_end, lead_end)
        scores[mention.code] = scores.get(mention.code, 0) + weight
        first.setdefault(mention.code, mention.start)
        if weight >= 5:
            reasons.setdefault(mention.code, f"'{text[mention.start : mention.end]}' {why}")
    # A head of state's name names the state ("Kaïs Saïed a gracié …"): read near the top only,
    # where the one who acts is named.
    for start, end, code in leaders.find_leaders(text[:LEADER_REACH]) + leaders.find_past_leaders(text[:LEADER_REACH]):
        weight, why = mention_weight(text, CountryMention(start, end, code), headline_end, lead_end)
        scores[code] = scores.get(code, 0) + weight
        first.setdefault(code, start)
        if weight >= 5:
            reasons.setdefault(code, f"its leader '{text[start:end]}' {why}")
    for mention in find_mentions(title, language) if title else ():
        weight, why = mention_weight(title, mention, len(title), 0)
        scores[mention.code] = scores.get(mention.code, 0) + weight
        first.setdefault(mention.code, -1)
    if dateline_city:
        code = gazetteer().codes.get(dateline_city.title()) or gazetteer().codes.get(dateline_city)
        code = "JO" if amman else code
        if code:
            # An English wire files from its bureau (Dubai for Iran, Bangkok for Myanmar): one mention's weight.
            scores[code] = scores.get(code, 0) + (1 if language == "en" else 2)
    if not scores and in_dateline:
        # "SALEM, Ore. —" and nothing else: a city the gazetteer does not know, in a state or country it does.
        return in_dateline[0], "the dateline's state or country"
    if not scores:
        return None, ""
    best = max(scores, key=lambda code: (scores[code], -first.get(code, 0)))
    return best, reasons.get(best, f"most weight ({scores[best]}) among the countries named")


_LABEL_COLON = re.compile(r"[ \t\u00a0]*:")
_LABEL_WEIGHT = 12
# "عمّان، 3 أبريل –": without its vowel marks Amman is spelt as Oman; a dateline names a city, and
# Oman's are filed from Muscat.
_AR_AMMAN = frozenset(("عمان", "عمّان"))


_LATIN_WORD = re.compile(r"[^\W\d_\u0600-\u06ff]{4,}")


def plural_demonym(word: str) -> str | None:
    """The country of a French or Spanish plural whose demonym the list gives in the singular ("trois Malaisiens",
    "tres malasios"), capitalised or not; None for any other word."""
    if not word.endswith("s"):
        return None
    demonyms = gazetteer().demonyms
    return demonyms.get(word[:-1]) or (demonyms.get(word[:-1].lower()) if word[:1].isupper() else None)


def demonym_country(phrase: str) -> str | None:
    """The country a demonym or country name in phrase refers to ('U.S. citizens' -> 'US', 'سعوديين' -> 'SA')."""
    for match in gazetteer().latin.finditer(phrase):
        return gazetteer().codes.get(match.group())
    for word in _LATIN_WORD.findall(phrase):
        code = plural_demonym(word)
        if code:
            return code
    if ARABIC_SCRIPT.search(phrase):
        for word in phrase.split():
            code = script_country(word)
            if code:
                return code
    return None
