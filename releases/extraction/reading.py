"""What each candidate number counts: metric, category, qualifier, evidence and why.

The metric comes from the nearest cue, in this order (the first rule that applies wins):

1. a partitive that names the group: "Of those pardoned, 2,278 ...", "8 of those receiving amnesty";
2. a cue before the number in its clause: "pardoned 870", "the release of 43";
3. a participle inside the noun phrase: "700 pardoned prisoners";
4. a predicate after it: "were freed", "had their sentences reduced", "in prison";
5. the figure it continues: "including 28 foreigners", "63 are women", "117 of them";
6. a weak hint ("held", "serving sentences");
7. the noun itself: "detainees" and "political prisoners" are held by definition.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import NamedTuple

from .countries import gazetteer
from .figures import (
    _EN_PRISONS_HOLD,
    BRINGS_TO,
    NUMBER_OF_AFTER,
    POPULATION_OF,
    RECOUNT_BEFORE,
    SUM_BEFORE,
    Candidate,
    Compiled,
    RawFigure,
    es_cleft,
    labelled_line,
    reason_line,
)
from .lexicon import DET, POP, P, R
from .roles import LIST_LINE, MEASURE_PEOPLE, RECOUNTED, RUNNING_TOTAL, SUMMED, WALK_OUT
from .rules import CueHit, find_cues, group_name, word_regex
from .text import ARABIC_SCRIPT, Sentence

WINDOW = 120  # characters a cue may sit from its number
# Clause boundaries: punctuation (one character class opens it, so the scan jumps between
# candidates) and conjunctions.
_BOUNDARY_MARK = re.compile(r"[;:\s](?:(?<=;)|(?<=:)\s|(?<=\s)[\u2013\u2014-]\s)")
_BOUNDARY_LATIN = word_regex(
    r"(?:but|while|whereas|and\s+that|though|although|mais|pero|mientras|tandis\s+que|alors\s+que)\b"
).pattern
# "… suman 452 desde febrero de 2023, cuando fueron desterrados 222": a time clause after a comma is its own.
_BOUNDARY_WHEN = r"(?<=,\s)(?:cuando|lorsque)\b"
_BOUNDARY_WORD = re.compile(
    _BOUNDARY_LATIN
    + r"|لكن|بينما|(?<!\w)اما\b"
    + "|"
    + _BOUNDARY_WHEN
    # "… من نزلاء السجون العامة، كما سددت …": "كما" after a comma opens another clause.
    + r"|(?<=[،,])\s*كما(?!\w)|(?<=[،,]\s)كما(?!\w)"
    # "… و٣٩ أدينوا في جنح، إلى جانب تخفيف العقوبة عن ١٦": "in addition to" after a comma opens another act.
    + r"|(?<=[،,]\s)(?:إلى\s+جانب|إضافة\s+إلى|بالإضافة\s+إلى|فضلا\s+عن)(?!\w)"
    # A Persian clause ends with its verb: "… آزاد شدند و مجازات ۲۶۵ نفر …" starts a new one.
    + r"|(?:(?<![\w\u200c])(?:شد|شدند|شده|کرد|کردند|کرده|داد|دادند|داده|است|بود|بودند|یافت)|\u200cاند)\s+و\s"
)
# The same alternation less the alternatives that cannot match a text without them, for such texts: every
# other alternative consumes an Arabic-script letter, so a text with none has the same matches, and without
# the lookbehinds that open those alternatives the engine skips ahead to the letters that open the words.
_BOUNDARY_WORD_NO_ARABIC = re.compile(_BOUNDARY_LATIN + "|" + _BOUNDARY_WHEN)
_BOUNDARY_WORD_NO_ARABIC_NO_WHEN = re.compile(_BOUNDARY_LATIN)


def boundary_word(norm: str) -> re.Pattern[str]:
    """`_BOUNDARY_WORD`, or a faster pattern with the same matches in norm."""
    if ARABIC_SCRIPT.search(norm):
        return _BOUNDARY_WORD
    if "cuando" in norm or "lorsque" in norm:
        return _BOUNDARY_WORD_NO_ARABIC
    return _BOUNDARY_WORD_NO_ARABIC_NO_WHEN


_VERB_THEN_AND = re.compile(r"\s+و\s$")
_LINE_BULLETS = ("-", "\u2022", "*", "\u2013")
_LINE_OPENS = re.compile(r"\n\s*(?:[-\u2022*\u2013]\s*)?$")
_DIGIT = re.compile(r"\d")
_NEW_CLAUSE = re.compile(r"[,\u060c]\s*(?:و|and\b|et\b|y\b)", re.IGNORECASE)
# A reporting verb between a cue and its number starts a new clause: "Before those
# releases, the committee had said 300 people were imprisoned".
_REPORTING = word_regex(r"(?:said|says|told|reported|according\s+to|estimated|believes?|a\s+déclaré|dijo)\b")
_PRISON_WORD = re.compile(
    r"prisons?\b|jails?\b|penitentiar|corrections?\s+(?:department|service)|department\s+of\s+corrections|cárcel|prisión|"
    r"maison\s+centrale|maison\s+d['\u2019]arrêt|pénitenci|سجون|زندان",
    re.IGNORECASE,
)
_SCOPE_END = re.compile(r"[,;.()\u060c\u061b]")
_FA_COPULA_THAT = re.compile(r"(?<![\w\u200c])(?:است|بود|بودند|هستند)\s+که(?![\w\u200c])")
# Acts of clemency narrower than a pardon: told of a part of the pardoned, they are what it received.
_NARROWER_ACTS = ("sentence_reduced", "temporarily_released")
# The next count of a list: "300 son mujeres y 45 son extranjeros".
_NEXT_COUNT = re.compile(r"(?:,|\b(?:y|e|et|and|or|ou|o)\b)\s+(?=\d)", re.IGNORECASE)
# An adjective may follow the noun before the conjunction: "۲۰ تبعه خارجی و ۳۲ عضو", "presos políticos y 20".
_COORDINATED = re.compile(
    r"\s*(?:\w+\s+){0,2}(?:,|\u060c|and|or|et|ou|y|o|و|ainsi\s+que|así\s+como|as\s+well\s+as)\s*(?:\w+\s+)?"
)
_AR_VARIOUS_NATIONALITIES = re.compile(r"جنسيات\s+(?:مختلفة|متعددة|عدة|أخرى)|(?:مختلف|شتى)\s+الجنسيات")
_AR_REST_NATIONALS = re.compile(
    r"(?<!\w)[وف]?(?:البقية|الباقون|الباقين|الباقي|البقية\s+من|الآخرون)\s+(?:\S+\s+)?(?:\S+(?:يون|يين)|مواطن\w*)(?!\w)"
)
_AR_GAPPED_AND = re.compile(r"(?<![\w\u200c])و\s?$")
_AR_ASIDE = re.compile(
    r"\s*(?:[^\s,\u060c]+\s*)?[,\u060c]\s*(?:بينهم|منهم|من\s+بينهم|بمن\s+فيهم)\s[^,\u060c.؛]*[,\u060c]"
)
_AR_ASIDE_END = re.compile(r"[,\u060c]")
_SAME_LAW = re.compile(r"بموجب\s+(?:ال)?(?:قانون|مرسوم|قرار)\s+(?:نفسه|ذاته)")
_AR_LONG_SUBJECT = re.compile(
    r"(?<!\w)[وف]?(?:بلغ|يبلغ|ليبلغ|يصل|وصل|ليصل|يرتفع|ارتفع)\s+(?:عدد|إجمالي)\s+(?:[^\s\d.،,؛]+\s+){1,8}$|"
    # "يرتفع عدد من أطلق سراحهم بقرارات قضائية أو بعفو رئاسي … إلى 243": the number rises to the count.
    r"(?<!\w)[وف]?(?:يرتفع|ارتفع|يصل|وصل)\s+(?:بذلك\s+)?(?:عدد|إجمالي)\s+(?:[^\s\d.،,؛]+\s+){1,16}إلى\s+"
    r"(?:(?:نحو|أكثر\s+من|حوالي|قرابة)\s+)?$"
)
_AR_WERE = re.compile(r"(?<!\w)(?:كانوا|كن|كانا)(?!\w)")
_AR_BENEFICIARIES = re.compile(r"(?:ال)?مستفيد\w*")
_GROUP_COUNTED = "counts the group of the measure told before"
# "المستفيدون من العفو الموجودون في حالة اعتقال يبلغ عددهم 1769": the first group, named by the measure itself.
_GROUP_NAMED = "names the group it counts"
_AR_ASIDE_CLOSED = re.compile(r"\s*[,\u060c]")
_EN_PREPOSITION_AGAIN = re.compile(r"(?:\s+[a-z][\w'-]*){0,4}\s+and\s+(?:also\s+)?(?:to|for)\s+(?:another\s+)?")
_AR_PREPOSITION_AGAIN = re.compile(r"[,\u060c]\s*(?:و|ثم\s+)(?:عن|لـ?|على|إلى)\s*$")
_FA_PREPOSITION = re.compile(r"(?<![\w\u200c])(با|در|از)\s*$")
_FA_AND_THEN = re.compile(r"\s*(?:[\u060c,]\s*)?و\s+(?:[^\s\d\u060c,.\u061b:]+\s+){0,6}?(?:با|در|از)\s*")
_FA_LIST_JOIN = re.compile(r"\s*(?:[^\s\d،,.؛:]+\s+){0,8}?[^\s\d،,.؛:]*(?:\u060c|\s+و)\s*")
_FA_AMONG_THEM = re.compile(r"(?<![\w\u200c])در\s+(?:میان|بین|زمره)\s+(?:آنان|آنها|ایشان)(?![\w\u200c])")
_FA_ASIDE_OPEN = re.compile(r"\s*(?:[^\s\d\u060c,.؛]+\s*){0,3}?[\u060c,]\s*(?:از\s+جمله|به\u200c?شمول|شامل)\s+")
_FA_ASIDE_CLOSE = re.compile(r"[^\u060c,.؛\d]{0,40}[\u060c,]")
_FA_SUBGROUP_BARE = re.compile(r"\s*(?:به[\s\u200c]*شمول|از\s+جمله)\s+")
_AR_FA_COORDINATED = re.compile(r"\s*(?:[^\s\d،,.؛]+\s+){0,4}?[^\s\d،,.؛]*\u060c\s*(?:[^\s\d،,.؛]+\s+)?")
_OTHERS = ("others", "autres", "otros")
_SHARE_OF_WHOLE = re.compile(
    r"\b(?:de\s+(?:los|las)\s+cuales|de\s+ell[oa]s|dont|parmi\s+(?:eux|elles|lesquels)|of\s+(?:whom|them))\b",
    re.IGNORECASE,
)
_FR_ES_NAMED_AFTER = re.compile(r"\s+(?:los|las|les)\s+([^\W\d]+\s+[^\W\d]+)", re.IGNORECASE)
_FR_ES_SUBJECT = re.compile(
    r"\b(?:el\s+(?:total|número)|la\s+cifra|le\s+(?:total|nombre)|el\s+balance)\s+de\s+([^.;:]{3,70}?)\s+"
    r"(?:asciende|ascendió|llega|llegó|alcanza|alcanzó|suma|sumó|s['\u2019]él[eè]ve|atteint)",
    re.IGNORECASE,
)
# "عددهم يبلغ 40 ألفا": their number, told after the people it counts; "عدد السجناء السياسيين": the number of.
_AR_THEIR_NUMBER_REACHES = re.compile(
    r"(?<!\w)[وف]?عدد(?:هم|هن)\s+(?:\S+\s+)?(?:يبلغ|بلغ|يصل\s+إلى|وصل\s+إلى|يتجاوز|تجاوز|يقدر\s+ب|يناهز)\s*$"
)
_AR_NUMBER_OF = re.compile(r"(?<!\w)عدد\s+((?:ال)?[^\s\d،,.]+(?:\s+(?:ال)?[^\s\d،,.]+)?)")
_AR_JOINED = re.compile(r"[^.;:\d\u061b]{0,60}?[,\u060c]?\s*(?<!\w)و\s?")
_RANGE_JOIN = re.compile(r"\s+(?:a|à|to)\s+", re.IGNORECASE)
_FR_ES_JOINED = re.compile(r"[^.;:,]{0,60}?\s(?:et|y|ainsi\s+que|así\s+como)\s+(?:de\s+|a\s+|à\s+)?", re.IGNORECASE)
# A subgroup told inside the clause of its total: "62 reos, entre ellos 12 mujeres, fueron indultados".
_SUBGROUP_OPEN = re.compile(
    r"\s*,\s*(?:entre\s+(?:ellos|ellas)|incluid[oa]s|including|among\s+them|parmi\s+eux|y\s+compris|dont)\s+|"
    r"\s*\u060c\s*(?:به\u200c?شمول|بشمول|از\s+جمله|بينهم|من\s+بينهم|منهم)\s+",
    re.IGNORECASE,
)
_COLON = re.compile(r"[:\uff1a]\s")
_SENTENCES_OF = re.compile(r"(?:the\s+)?(?:death\s+|prison\s+|life\s+)?(?:sentences?|terms?)\s+of(?:\s+the)?")
_WHO_HAD_BEEN = re.compile(
    r"\s*,?\s*(?:who|qui|que|quienes)\s+(?:had\s+been|avaient\s+été|habían\s+sido)\b", re.IGNORECASE
)
_HAD_BEEN = re.compile(
    r"\b(?:had\s+(?:been\s+)?|(?:avaient|avait)\s+été\s+|(?:habían|había)\s+sido\s+)$", re.IGNORECASE
)
_CLEMENCY = (P, R, "temporarily_released", "sentence_reduced")
_INSTRUMENT = re.compile(
    r"بموجب|به\s+موجب|under\b|thanks\s+to|en\s+vertu|en\s+virtud|gracias\s+al?\b|au\s+titre|dans\s+le\s+cadre|"
    r"grâce\s+à|à\s+la\s+faveur|(?:después|luego)\s+de\s+que|tras\b|après\b",
    re.IGNORECASE,
)
# A breakdown's heading before its first line: "Por nacionalidad, 422 son …", "Par région, 300 sont …".
_HEADING = re.compile(r"(?:por|par|by|según|selon)\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*,", re.IGNORECASE)
_INCISE = re.compile(
    r",\s+(?:a|ont|avait)\s+(?:expliqué|déclaré|indiqué|annoncé|précisé|ajouté|affirmé|souligné|assuré)\b|"
    r",\s+(?:dijo|indicó|explicó|señaló|afirmó|añadió|informó|precisó|aseguró|declaró|detalló)\b",
    re.IGNORECASE,
)
# A count of the measure told again ("ainsi", "donc", "así"), or the people it covers ("concernées").
_RESTATED = re.compile(
    r"(?P<thus>\b(?:ainsi(?!\s+que)|donc|así(?!\s+como)|por\s+(?:lo\s+)?tanto|de\s+(?:este|tal)\s+modo|de\s+esta\s+(?:forma|manera))\b)|"
    r"(?P<covered>\b(?:sont|seront|seraient|serait|sont\s+donc)\s+(?:\w+\s+)?(?:concerné|visé)\w*|"
    r"\b(?:están|estarán|serán|son|resultarán|resultan)\s+(?:\w+\s+)?(?:alcanzad|comprendid)\w*)",
    re.IGNORECASE,
)
_SINGULAR_ES = re.compile(r"\w+(?:ado|ada|ido|ida)", re.IGNORECASE)
_SUBGROUP_MARK = re.compile(
    r"\s*(?:entre\s+ell|de\s+ell|de\s+[ée]st[oa]s|d['\u2019]entre|dont|parmi|y\s+compris|incluid|including|among|of\s+whom|"
    r"of\s+(?:them|these|those)\b|(?:who|which)\s+includ|از\s+(?:این|آن)\s|(?:از|در)\s+میان|و?من\s+بين\s|(?:و?من\s+)?بينهم|و?منهم|"
    r"se\s+trata\s+de|il\s+s['\u2019]agit\s+de)",
    re.IGNORECASE,
)
_OTHER_ACT = re.compile(
    r"\b(?:transf[ée]r\w*|trasl\w*|jug[ée]\w*|juzgad\w*|condamn\w*|conden\w*|expuls\w*|deport\w*|"
    r"extrad\w*|poursuiv\w*|procesad\w*)",
    re.IGNORECASE,
)
_DEFINITE = word_regex(r"(?:the|these|those|all|all\s+the|all\s+of\s+the|les|los|las)\s*$")
# "those freed", "the released": people already counted, named by what happened to them.
_THOSE = word_regex(
    r"(?:those|the\s+ones?)\s+(?:\w+\s+)?(?:freed|released|let\s+go|set\s+free|to\s+be\s+(?:freed|released))\b[^.;:]{0,80}:\s"
)
_LABELLED_LINES = re.compile(r"(?:[^\W\d_][^\d,;:]{0,40},\s*\d[\d,.]*;\s*)*[^\W\d_][^\d,;:]{0,40},\s*")
_PARTICIPLE = word_regex(r"(?:jailed|held|detained|imprisoned|arrested|convicted|incarcerated|sentenced)\b")
_FUTURE = re.compile(
    r"\s*(?:will|would|shall|are\s+to|were\s+to|are\s+due\s+to|are\s+expected\s+to)\s+(?:be\s+)?", re.IGNORECASE
)
# A clause that opens right before a count: "…, and 300 were freed".
_WHICH = re.compile(r",\s+which\b", re.IGNORECASE)
# "the release eases the pressure on a system that held almost 27,000 inmates": the prisons' own count.
_THAT_HOLDS = re.compile(r"(?:,\s+which|\s+that)\b", re.IGNORECASE)
_AND_END = re.compile(r"\band\s*$", re.IGNORECASE)
_OWN_AUX = re.compile(r"\s+(?:have|has|had|are|were|is|was|will|would|get|got)\b", re.IGNORECASE)
_CLAUSE_OPENS = re.compile(r"(?:,\s*(?:and|while|but|whereas)?|\band|\bwhile)\s*$", re.IGNORECASE)
_NOMINAL = re.compile(r"\b(?:those|the)\s+$", re.IGNORECASE)
# "the group consisted of 11 women and 18 men": the count told before, divided.
_COMPOSED = re.compile(
    r"\b(?:consist(?:s|ed|ing)?\s+of|compris(?:e|es|ed|ing)|(?:is|are|was|were)\s+made\s+up\s+of|made\s+up\s+of|"
    r"beneficiaries\s+(?:include|included|are|were))\s*$",
    re.IGNORECASE,
)
_DASH_LIST = re.compile(
    r"\s[\u2014\u2013]\s+(?=\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)", re.IGNORECASE
)
_PART_OF_THIS = re.compile(
    r"\b(?:(?:half|third|quarter|most|many|some|all|none|several|dozens|hundreds|thousands|\d[\d,.]*)\s+of\s+(?:the\s+)?|"
    r"out\s+of\s+(?:a\s+total\s+of\s+|the\s+)?)$",
    re.IGNORECASE,
)
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?(?:some\s+|about\s+|nearly\s+|roughly\s+|around\s+)?", re.IGNORECASE)
_TEMPORARY_AFTER = re.compile(
    # "release around 11,000 prisoners from the state's 71 jails on eight weeks' interim bail or parole": the
    # prisons they leave may come first, and the time they are let out for.
    r"\s*(?:(?:from|out\s+of)\s+[^.;:]{0,40}?\s+)?"
    r"(?:on\s+(?:[\w'\u2019-]+\s+){0,2}?(?:(?:interim|temporary|emergency)\s+)?(?:bail|furlough|(?:home\s+|temporary\s+)?leave)|"
    r"on\s+(?:emergency|interim|temporary)\s+parole|on\s+(?:\w+\s+)?weeks?['\u2019]?\s+parole|temporarily|"
    # "are set to walk out for eight weeks".
    r"for\s+(?:a\s+few|several|\w+)\s+(?:days|weeks|months)(?!\s+(?:after|before|ago|earlier|later)))\b",
    re.IGNORECASE,
)
_BRINGS = re.compile(
    r"\b(?:that|which|will|would|could|to|pav\w*|allow\w*|lead\w*|see|sees|bring\w*|means?|paving|clear\w*|"
    # "una amnistía para excarcelar a", "une amnistie pour libérer", "la grâce permettra de libérer", "عفو برای آزادی".
    r"para|sirvi\w*|permit\w*|pour|permet\w*|permett\w*|برای|جهت)\b",
    re.IGNORECASE,
)
_UNDER_WHICH = re.compile(r"\b(?:under|by|through|with)\s+which\b", re.IGNORECASE)
_PARTICIPLE_CUE = re.compile(r"\w+(?:ed|en)\b")
_COVERED = re.compile(
    r"\b(?:covered|concerned|affected|eligible|benefit\w*|chosen|selected|included|listed|granted|pardoned|freed|released)\b",
    re.IGNORECASE,
)
# "5 000 des 80 000", "5.000 de los 80.000", "5 آلاف من أصل 80 ألف", "۵ هزار نفر از ۸۰ هزار", "300 of the 1,500": a
# count and, after it, the whole it is taken from.
_WHOLE_GAP = (
    r"\s+(?:\w+\s+)?(?:out\s+of|of\s+(?:the|its|their|all)(?:\s+(?:country|nation|kingdom)['\u2019]s)?|"
    r"des|sur(?:\s+les)?|de\s+(?:los|las)|del\s+total\s+de|"
    r"من\s+(?:[أا]صل|بين|مجموع|[إا]جمالي)|از(?:\s+(?:مجموع|کل|میان))?)\s+(?:(?:some|about|around|nearly|quelque|environ|unos|unas|"
    r"cerca\s+de|نحو|حوالي|حدود)\s+)?"
)
_COUNT_THEN_WHOLE = re.compile(
    r"(?<![\d.,])(?P<n>\d(?:[\d.,\u00a0\u202f ]*\d)?)(?:\s*(?P<scale>آلاف|ألفا|ألف|هزار|mil|thousand|millions?|millones|مليون|میلیون)\b)?"
    + _WHOLE_GAP
    + "$",
    re.IGNORECASE,
)
# "۵ هزار زندانی از ۸۰ هزار زندانی کشور عفو می‌شوند": between a count and the whole it is taken from.
_PART_THEN_WHOLE = re.compile(_WHOLE_GAP, re.IGNORECASE)
_SCALES = {"آلاف": 1000, "ألفا": 1000, "ألف": 1000, "هزار": 1000, "mil": 1000, "thousand": 1000}


def _digits_value(digits: str, scale: str | None) -> int:
    """The value of a count written in digits of any script, with a thousands or millions word after it."""
    value = int("".join(str(int(ch)) for ch in digits if ch.isdigit()))
    if scale:
        value *= _SCALES.get(scale.lower(), 1_000_000)
    return value


# "… détenus que compte le pays", "reclusos del país", "سجين في البلاد", "زندانی کشور": the whole is the country's.
_NATION_AFTER = re.compile(
    r"\s*(?:(?:que\s+(?:compte|comptent|abrite|hay\s+en|tiene|alberga)\s+)?(?:le\s+|la\s+|el\s+|del\s+|du\s+|de\s+la\s+)?"
    r"(?:pays|país|royaume|reino|nation|nación|île|isla)\b|(?:في|ب)\s*(?:البلاد|المملكة|الدولة)|(?:در\s+)?کشور|"
    # "من أصل نحو 214 ألف نزيل تضمهم السجون التركية": the country's prisons hold them.
    r"(?:تضمهم|تضم|في)\s+السجون|"
    r"in\s+(?:the\s+)?(?:country|nation|kingdom))",
    re.IGNORECASE,
)
# "the remaining 480", "los 224 restantes", "les 480 autres restants", "الـ480 الباقين", "۴۸۰ نفر باقی‌مانده": the rest.
_REST_BEFORE = re.compile(r"\b(?:the\s+(?:other\s+)?remaining|the\s+rest\s+of\s+the)\s+$", re.IGNORECASE)
_REST_AFTER = re.compile(
    r"\s*(?:restantes|restants|remaining|الباق(?:ين|ون)|باقی[\s\u200c]*مانده)(?![\w\u200c])", re.IGNORECASE
)
# "Tanzania has more than 39,000", "el país tiene unos 39.000": what a place holds.
_HAS_BEFORE = re.compile(
    r"\b(?:has|have|had|holds?|housed|houses|tiene|tenía|tienen|cuenta\s+con|contaba\s+con)"
    r"\s+(?:(?:more|fewer|less)\s+than|about|some|nearly|around|over|roughly|almost|approximately|"
    r"(?:más|menos)\s+de|unos|unas|cerca\s+de|casi|alrededor\s+de)?\s*$",
    re.IGNORECASE,
)
_NATION_HOLDS = re.compile(
    r"\b(?:country|nation|kingdom|state|island)['\u2019]s\s+(?:estimated\s+|roughly\s+|some\s+|about\s+)?$",
    re.IGNORECASE,
)
_NAMED_NATION = re.compile(
    r"\b((?-i:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))['\u2019]s\s+(?:estimated\s+|roughly\s+|some\s+|about\s+|nearly\s+)?$"
)


def _named_nation_holds(norm: str, start: int, end: int) -> bool:
    """ "35,000 of Turkey's roughly 72,000 inmates": a country named in the possessive before the count."""
    match = _NAMED_NATION.search(norm, start, end)
    return bool(match) and match.group(1) in gazetteer().english_names


_OF_WHOM = re.compile(r"\b(?:of|among)\s+(?:whom|which|them|those)\b[^.;]*$", re.IGNORECASE)
_WHERE_HELD = re.compile(
    r"(?:are\s+|were\s+|remain\s+)?(?:in\s+(?:detention|custody|prison|jail)|behind\s+bars|detained|held)\b",
    re.IGNORECASE,
)
_COMMA_AND = re.compile(r",\s+and\s+(?!\d)(?=[a-z]+(?:ed|s)\b)")
_NEXT_GROUP = re.compile(
    r"\s(?:and|or|as\s+well\s+as)\s+(?:a|an|some|several|dozens|hundreds|scores|other)\b", re.IGNORECASE
)
# Nouns for people held, by language: a count of them in an article about a measure is the measure's, unless
# the sentence tells another fate (`_OTHER_FATE`).
_PRISONER_HEAD = {
    "en": re.compile(r"(?:prisoners?|inmates?|convicts?|detainees?|captives?|hostages?|PDLs?)\b", re.IGNORECASE),
    "es": re.compile(
        r"(?:pres[oa]s?|reclus[oa]s?|intern[oa]s?|re[oa]s?|condenad[oa]s?|detenid[oa]s?|privad[oa]s?|"
        r"sentenciad[oa]s?|secuestrad[oa]s?|rehenes)\b",
        re.IGNORECASE,
    ),
    "fr": re.compile(r"(?:détenue?s?|prisonni[eè]re?s?|condamnée?s?|prévenue?s?|captifs?|otages?)\b", re.IGNORECASE),
    "ar": re.compile(r"(?:ال)?(?:سجين|سجناء|نزيل|نزلاء|أسير|أسرى|معتقل|محكوم|مسجون|محتجز|موقوف|مدان)"),
    "fa": re.compile(r"(?:زندانی|محکوم|مددجو|بازداشتی|اسیر|اسرا)"),
}
_BEFORE_THE_ACT = re.compile(
    r"(?:\bantes\s+(?:del|de\s+la|de\s+su)|\bbefore\s+(?:the|his|her|its|their)|\bavant\s+(?:la|le|l['\u2019]|sa|son)|"
    r"(?<![\w\u200c])قبل\s+(?:صدور\s+)?|(?<![\w\u200c])(?:پیش|قبل)\s+از\s+)\s*$",
    re.IGNORECASE,
)
_BENEFICIARIES = re.compile(
    r"(?:los\s+|las\s+)?beneficiad[oa]s|(?:los\s+|las\s+)?beneficiari[oa]s|(?:les\s+)?bénéficiaires|(?:the\s+)?beneficiaries|"
    # "hasta 9.000 internos reúnen las condiciones para beneficiarse": to benefit from the measure told before.
    r"beneficiarse|beneficiarán|beneficiarían|bénéficier(?:ont|aient)?|" + _AR_BENEFICIARIES.pattern,
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(
    r"[\u060c\u061b;]|(?<!\w)[وف]?(?:إن|أن)\s|\b(?:but|mais|pero|while|whereas)\b", re.IGNORECASE
)
# A breakdown's line after its count: ": تخفيض العقوبة الحبسية؛", " : réduction de la peine ;".
_OWN_ACT = "that names its own act,"
# "qu'elles soient en détention ou en liberté", "whether in prison or at home", "سواء": a concession opens.
_CONCESSION_OPENS = (
    r"qu['\u2019](?:ils|elles)\s+soient|que\s+(?:estén|sean|se\s+encuentren)|whether|ya\s+sea(?:n)?|سواء"
)
_CONCESSION_WORD = re.compile(r"soient|whether|sean|estén|encuentren|ya\s+sea|سواء", re.IGNORECASE)
_CONCESSION = re.compile(
    rf"(?<!\w)(?:{_CONCESSION_OPENS})(?:\s+(?:they\s+(?:are|were)|أكانوا|كانوا))?\s*$", re.IGNORECASE
)
_CONCESSION_ASIDE = re.compile(rf"[,\u060c]\s*(?:{_CONCESSION_OPENS})[^,.;\u060c]{{0,80}}[,\u060c]", re.IGNORECASE)
_BULLETED = re.compile(r"[ \t]*[-\u2022*\u00b7\u2013\u2014][ \t]*\d")
_LINE_AFTER_COLON = re.compile(r"[ \t]*:[ \t]*([^\n;\u061b]{1,120})")
_LEFT_OUT_AFTER = re.compile(
    r"[^.;:]{0,90}?\b(?:(?:had|have|has)\s+)?(?:petitioned|applied|asked|pleaded|appealed)\s+for\b|"
    r"[^.;:\d]{0,40}?\b(?:did\s+not|didn't|failed\s+to)\s+(?:make|qualify|benefit)\b|"
    r"[^.;:\d]{0,40}?\b(?:were|are|was|will\s+be)\s+(?:not\s+(?:included|eligible|covered)|excluded|left\s+out)\b|"
    r"[^.;:\d]{0,40}?\b(?:no\s+(?:fueron|serán)\s+incluid|quedaron\s+fuera|quedan\s+excluid|siguen\s+(?:presos|detenid|en\s+prisión)|"
    r"n['\u2019]ont\s+pas\s+été\s+retenu|restent\s+(?:détenu|en\s+prison|incarcér)|sont\s+exclu)",
    re.IGNORECASE,
)
_WHOLE_BEFORE = re.compile(
    r"(?:\bout\s+of|\btotal\s+(?:of|de)|\bof\s+the|\bsur(?:\s+un\s+total\s+de)?|\bparmi\s+les|\bde\s+(?:un\s+total\s+de|los|las)|"
    r"\bentre\s+(?:los|las)|\bdel\s+total\s+de|من\s+(?:أصل|إجمالي|مجموع|بين)|از\s+(?:مجموع|کل|میان))"
    r"(?:\s+(?:the|les|los|las|ces|estos|estas))?"
    # "من أصل نحو 214 ألف": a qualifier between the whole and its count.
    r"(?:\s+(?:about|some|around|nearly|almost|environ|quelque|près\s+de|unos|unas|cerca\s+de|casi|نحو|حوالي|قرابة|حدود))?\s*$",
    re.IGNORECASE,
)
_OTHER_FATE = {
    "en": re.compile(
        r"\b(?:died|dead|deaths?|killed|executed|injured|wounded|vot(?:es?|ed|ing)|capacity|built\s+for|designed\s+for|"
        r"held|holds?|housed?|houses|remain\w*|still|behind\s+bars|population|escaped|rioted|riot)\b",
        re.IGNORECASE,
    ),
    "es": re.compile(
        r"\b(?:muri\w*|muert\w*|fallec\w*|asesin\w*|ejecut\w*|herid\w*|lesion\w*|vot\w*|capacidad|"
        r"siguen|permanec\w*|quedan|alberga\w*|población|hacinad\w*|había|hay|plazas|fugaron|motín)\b",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"\b(?:morts?|mortes|décéd\w*|tués?|exécut\w*|bless\w*|vot\w*|capacité|effectif|population|restent|demeurent|"
        r"toujours|évadés?|mutinerie)\b",
        re.IGNORECASE,
    ),
    "ar": re.compile(
        r"قتل|مقتل|وفاة|توفي|لقوا\s+حتفهم|أعدم|جرح|جرحى|إصاب|سعة|طاقة\s*استيعاب|لا\s+يزال|ما\s+زال|يقبع|فروا"
    ),
    "fa": re.compile(r"کشته|جان\s*باخت|فوت|اعدام\s+شد|زخمی|مجروح|ظرفیت|نگهداری|هنوز|جمعیت|فرار"),
}

# Prisoners on hunger strike, whose appeals or release were turned down, or still behind bars (in English, "behind
# bars" is among the fates above): people held, not the measure's ("A group of 30 inmates went on hunger strike",
# "rechazó los recursos de otros 26 presos").
_HELD_FATE = {
    "en": re.compile(
        r"\b(?:hunger\s+strikes?|appeals?\s+(?:\w+\s+){0,3}(?:rejected|denied|dismissed|turned\s+down)|"
        r"(?:rejected|denied|dismissed|turned\s+down)\s+(?:\w+\s+){0,3}(?:appeals?|requests?|release|bids?))\b",
        re.IGNORECASE,
    ),
    "es": re.compile(
        r"\b(?:huelga\s+de\s+hambre|rechaz\w*|deneg\w*|desestim\w*|tras\s+las\s+rejas|entre\s+rejas)\b", re.IGNORECASE
    ),
    "fr": re.compile(
        r"\b(?:grève\s+de\s+la\s+faim|rejet\w*|refus\w*|débout\w*|derrière\s+les\s+barreaux)\b", re.IGNORECASE
    ),
    "ar": re.compile(r"إضراب\w*\s+(?:مفتوح\w*\s+)?عن\s+الطعام|(?<!\w)[وف]?رفض\w*|طعون|خلف\s+القضبان"),
    "fa": re.compile(r"اعتصاب\s+غذا|(?<![\w\u200c])رد\s+(?:کرد|شد)|پشت\s+میله"),
}

# "There were 29 prisoners …", "Il y avait alors 29 prisonniers …", "Había 29 presos …", "ويوجد 29 سجينا": prisoners
# whose being is told, right before their count, are people held.
_THERE_ARE = {
    "en": re.compile(
        r"\bthere\s+(?:are|were|is|was|remain(?:ed|s)?)\s+(?:still\s+|now\s+|then\s+)?(?:\S+\s+){0,2}$", re.I
    ),
    "es": re.compile(
        r"\b(?:hay|había|habría|quedan|quedaban)\s+(?:todavía\s+|aún\s+|entonces\s+)?(?:\S+\s+){0,2}$", re.I
    ),
    "fr": re.compile(
        r"\bil\s+(?:y\s+(?:a|avait|aurait)|reste|restait)\s+(?:encore\s+|alors\s+|toujours\s+)?(?:\S+\s+){0,2}$", re.I
    ),
    "ar": re.compile(r"(?<!\w)[وف]?(?:يوجد|توجد|هناك)\s+(?:\S+\s+){0,2}$"),
    "fa": re.compile(r"(?!)"),
}

_LIST_REACH = 4  # sentences between a breakdown and the count it divides
# A subgroup marker after a count: a clemency cue past it is the subgroup's ("freed 1,486, among them
# 901 who were pardoned").
_SUBGROUP = re.compile(
    r"\b(?:including|among\s+them|of\s+whom|dont|parmi\s+eux|entre\s+ellos)\b|بينهم|منهم|بمن\s+فيهم|از\s+جمله|از\s+این\s+میان",
    re.IGNORECASE,
)
# "N نفر از عفوشدگان", "N شخصا من المفرج عنهم": a noun followed by the group it is taken from.
_OF_GROUP = re.compile(r"\s*(?:من\s+(?:بين\s+)?|از\s+(?:میان\s+|بین\s+)?)(\S+(?:\s+\S+)?)")
# "the number of …" and the verbs that give it its count.
# "عدد المفرج عنهم": the subject keeps the pronoun its participle needs.
_COUNT_SUBJECT = re.compile(r"(?<![\w\u200c])(?:شمار|تعداد|عدد|إجمالي)\s+(\S+(?:\s+(?:عنهم|سراحهم))?)")
_FA_OBJECT_MARK = re.compile(r"(?<![\w\u200c])را\s*$")
_PREDICATE_VERB = {
    "fa": (
        # "به ۱۷۰ هزار نفر رسیده", and "شمار آزادشدگان را ۳۳۴ تن گزارش کرده‌اند": the count told as the object's measure.
        re.compile(rf"به\s*$|{_FA_OBJECT_MARK.pattern}"),
        re.compile(
            r"[^.؛;]{0,40}?(?<![\w\u200c])(?:رسید|رسیده|می\u200c?رسد)|\s*(?:است|بود|بوده|می\u200c?باشد)(?![\w\u200c])"
        ),
    ),
    # "بلغ 960", and "يكون عدد المفرج عنهم 840 شخصا" with the count right after its subject.
    "ar": (
        re.compile(
            r"(?:بلغ|يبلغ|ليبلغ|وصل\s+إلى|ارتفع\s+إلى)\s*$|(?<!\w)(?:عدد|إجمالي)\s+\S+(?:\s+(?:عنهم|منهم|سراحهم))?\s*$"
        ),
        re.compile(r"(?!)"),
    ),
}
# The measures that cover people: a pardon, a decree, a law, its list, a swap.
_EN_CITIZENS_OF = re.compile(r"\s+(?:each\s+)?of\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}")
_EN_LATER_STAGE = re.compile(
    r"\b(?:second|third|fourth|next|later|further)\s+(?:group|batch|tranche|phase|stage|round|wave)\s+of\s+"
    r"(?:(?:some|about|around|nearly|roughly|another)\s+)?$",
    re.IGNORECASE,
)
_EN_AMONG_THEM = re.compile(
    r"\s+(?:were|are|was|is)\s+(?:also\s+)?(?:among\s+them|(?:in|among|part\s+of)\s+the\s+group)\b", re.IGNORECASE
)
_EN_AMONG_AFTER = re.compile(
    r"\s+(?:were|are|was|is)\s+(?:also\s+)?among\s+(?:those\s+|the\s+(?:[\d,]+\s+)?(?:[\w-]+\s+){0,2}?)"
    r"((?:\w+\s+)?(?:freed|released|pardoned|amnestied|let\s+(?:out|go)|set\s+free))\b",
    re.IGNORECASE,
)
_EN_DESCRIBED = re.compile(
    r"\s+(?:suffer(?:s|ed)?\s+from|(?:are|were)\s+(?:older|younger)\s+than|(?:are|were)\s+(?:aged\s+)?"
    r"(?:over|under|above|below)\s+\d|(?:are|were)\s+(?:pensioners|minors|disabled|elderly|mothers|fathers|parents)\b|"
    r"(?:have|had)\s+(?:chronic|serious|disabilit|(?:young\s+|small\s+)?children))",
    re.IGNORECASE,
)
_EN_ON_THE_LIST = re.compile(
    r"\s+(?:were|are|was|is)\s+(?:also\s+)?on\s+(?:the|this|its|that)\s+(?:\w+\s+)?list\b", re.IGNORECASE
)
_EN_OF_THE_NUMBER = re.compile(r"\bof\s+the\s+(\d[\d,.]*)(?:\s+[a-z]+)?\s*,\s*$", re.IGNORECASE)
_EN_GAPPED_PREDICATE = re.compile(r"\s+(?:were|are|was|is)\s+[a-z][a-z -]{0,40},\s*", re.IGNORECASE)
_FR_ES_OF_THE_GROUP = re.compile(
    r"\W*(?:de|del|des|sur|parmi)\s+(?:(?:los|las|les|ces|el|este|esta|estos|estas|ese|esa|esos|esas|ce)\s+)?(?:\d[\d.\s\u202f]*\s+)?"
    r"(?:total|nombre|grupo|groupe|conjunto|ensemble|liberad[oa]s|excarcelad[oa]s|indultad[oa]s|beneficiad[oa]s|beneficiari[oa]s|amnistiad[oa]s|"
    r"graciés|libérés|bénéficiaires|amnistiés)\s*,"
    r"(?:(?!tandis\s+que|alors\s+que|mientras|pero\b|mais\b|sin\s+embargo|cependant)[^.;:])*$",
    re.IGNORECASE,
)
_EN_OF_THE_TOTAL = re.compile(r"\bof\s+(?:the|this|that)\s+(?:total|number|figure|group)\s*,\s*$", re.IGNORECASE)
_MEASURE_OF_GRACE = re.compile(
    r"\b(?:medidas?|decretos?|leyes|ley|mesures?|décrets?|loi)\s+(?:de\s+|d['\u2019])(?:gracia|indulto|amnistía|grâce|amnistie)"
    r"\s+(?:\w+\s+){0,2}?(?:permiti\w*|permit\w*|a\s+permis|permet\w*)\s+(?:de\s+|d['\u2019])?$",
    re.IGNORECASE,
)
_EN_OF_THOSE_WHO = re.compile(
    r"\s+of\s+(?:those|the\s+\w+)\s+(?:who(?:se)?\s+)((?:\w+\s+){0,4}?(?:cut|commuted|reduced|shortened|halved|pardoned|"
    r"freed|released|granted\s+\w+))\b",
    re.IGNORECASE,
)
_AR_WHO = re.compile(r"\s+((?:\S+\s+){0,1}\S+)")
_AR_RELATIVE = re.compile(r"\s+(?:الذين|اللذين|اللواتي|اللاتي|التي)\s+((?:\S+\s+){0,2}\S+)")
_AR_BENEFITED = re.compile(r"[وف]?(?:استفاد|يستفيد|تستفيد|سيستفيد)\w*")
_EN_ASIDE_THEN_AMONG = re.compile(r",\s+(?:was|were|is|are)\s+(?:also\s+)?among\s+(?:the\s+)?$", re.IGNORECASE)
_EN_ODD = re.compile(r"-?\s?odd\b", re.IGNORECASE)
_EN_APPOSED_JOIN = re.compile(r",\s+(?:as\s+well\s+as|and|along\s+with|together\s+with|plus)\s")
_EN_AMONG_THOSE = re.compile(
    r"\s*(?:among\s+(?:those|the)|those)\s+((?:\w+\s+){0,2}?(?:released|freed|pardoned|amnestied|let\s+out|set\s+free|"
    # "Those returned to Ukraine were 270 servicemen": a swap's people, told where they went.
    r"returned|exchanged|swapped|handed\s+over)(?:\s+to\s+[A-Z][\w-]+)?)\s*"
    r"(?:(?:were|are|was|is|include|included)\b|:)",
    re.IGNORECASE,
)
_EN_HELD_NOUN = re.compile(r"inmates|prisoners|detainees|convicts", re.IGNORECASE)
_EN_NATIONWIDE = re.compile(
    r"\b(?:nationwide|across\s+the\s+country|in\s+the\s+country|prisons|jails|custodial\s+centres|custodial\s+centers|"
    r"correctional\s+(?:facilities|centres|centers|services?))\b",
    re.IGNORECASE,
)
_EN_NUMBER_OF = re.compile(r"\b(?:number|total|tally|count)\s+of\s+(?:the\s+)?([a-z]+)\b[^.;:]*$", re.IGNORECASE)
# "298 of them are held in federal prisons and 119 in …": where they are held, no verb of their own after it.
_EN_HELD_WHERE = re.compile(
    r"\s+of\s+(?:them|these|those)\s+(?:are|were)\s+(?:being\s+)?(?:held|detained|serving\s+(?:their\s+)?(?:sentences|terms))\s+in\s+"
    r"(?:[\w-]+\s+){0,3}?(?:prisons?|jails?|facilities|centres|centers)\b(?![^.;]*\b(?:remain|still|until)\b)"
)
_EN_ASIDE_PARTICIPLE = re.compile(
    r"\s+of\s+(?:them|whom|those|these)(?:\s+(?!(?:were|are|was|is|had|have|has|will|would)\b)[\w-]+){0,3}?\s+"
    r"(?:jailed|held|detained|imprisoned|convicted|sentenced|incarcerated)\b",
    re.IGNORECASE,
)
_EN_AMONG_NUMBER = re.compile(r"\bthe\s+(\d[\d,]*)")
_EN_SWAPPED = re.compile(r"(?:\w+\s+){0,2}?(?:returned|exchanged|swapped|handed\s+over)\b", re.IGNORECASE)
_EN_LEFT_OUT_BEFORE = re.compile(
    r"\b(?:(?:does|do|did|will|would)\s+not|doesn['\u2019]t|don['\u2019]t|won['\u2019]t)\s+(?:cover|include|apply\s+to|"
    r"benefit|extend\s+to|reach)\s+(?:the\s+)?(?:(?:some|about|nearly|around|roughly|more\s+than|over)\s+)?$|"
    r"\b(?:excludes?|excluding|exempts?)\s+(?:the\s+)?(?:(?:some|about|nearly|around|roughly|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)
_EN_LEFT_OUT_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:(?:were|are|was|is|will\s+be)\s+(?:excluded|ineligible|not\s+eligible)|"
    r"(?:were|are|was|is)\s+not\s+(?:covered|included)|(?:will|would)\s+not\s+(?:benefit|be\s+freed|be\s+released))\b",
    re.IGNORECASE,
)
# The same in Spanish and French: "la ley no alcanza a los 1.200 presos", "quedan excluidos 30 reclusos", "la grâce
# exclut les 300 détenus", "… sont exclus de la mesure".
_LEFT_OUT = {
    "en": (_EN_LEFT_OUT_BEFORE, _EN_LEFT_OUT_AFTER),
    "es": (
        re.compile(
            r"\b(?:no\s+(?:incluye|incluirá|alcanza|alcanzará|beneficia|beneficiará|cubre|contempla)|excluye|excluirá|"
            r"deja\s+fuera|quedan\s+excluid[oa]s|quedaron\s+excluid[oa]s)\s+(?:a\s+)?(?:los\s+|las\s+)?"
            r"(?:(?:unos|unas|cerca\s+de|más\s+de|casi)\s+)?$",
            re.IGNORECASE,
        ),
        re.compile(
            r"[^.;]{0,40}?\b(?:(?:quedan|quedaron|quedarán|fueron|serán|están|estaban)\s+excluid[oa]s|"
            r"no\s+(?:se\s+beneficiarán|serán\s+(?:indultad|liberad|excarcelad|amnistiad)\w*))",
            re.IGNORECASE,
        ),
    ),
    "fr": (
        re.compile(
            r"(?:\bn['\u2019]\s*(?:inclut|inclura|concerne|concernera|couvre|couvrira)\s+pas|\bexclut|\bexclura|\bexcluant)\s+"
            r"(?:les\s+)?(?:(?:quelque|environ|plus\s+de|près\s+de)\s+)?$",
            re.IGNORECASE,
        ),
        re.compile(
            r"[^.;]{0,40}?\b(?:(?:sont|seront|ont\s+été|étaient|restent)\s+exclu(?:e|s|es)?|"
            r"ne\s+(?:sont|seront)\s+pas\s+concerné(?:e|s|es)?)",
            re.IGNORECASE,
        ),
    ),
}
_EN_APPOSED_AFTER_TIME = re.compile(r"\s+(?:on|in|at|during|this|last)\s+[\w.]+(?:\s+[\w.]+)?\s*,\s*", re.IGNORECASE)
_EN_LIST_GOES_ON = re.compile(
    r"\s*(?:,\s*|\s+and\s+)(?:some\s+|about\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)",
    re.IGNORECASE,
)
_EN_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while)\s|;")
_EN_ARTICLE_END = re.compile(r"(?<=\s)an?\s+$", re.IGNORECASE)
_BULLET = re.compile(r"\s*[-\u2013\u2014\u2022*\u00b7]\s")
_EN_SUBGROUP_MARK = re.compile(r"\b(?:among\s+them|among\s+whom|including)\b", re.IGNORECASE)
_EN_THEY_INCLUDE = re.compile(
    r"\s*(?:(?:among|of)\s+(?:them|these|those|the\s+\d[\d,]*)\s*,?\s+(?:were|are|was|is)|"
    r"(?:they|these|those)\s+(?:also\s+)?(?:include|included|comprise|comprised))\b",
    re.IGNORECASE,
)
_EN_MEASURE_INCLUDES = re.compile(
    r"\b(?:the|this|its|that|a|another)\s+(?:\w+\s+)?(?:group|list|amnesty|pardon|decree|order|measure|clemency|release|batch)\b"
    r"(?:,[^,.;:]{1,80},)?\s+(?:(?:also|will|would)\s+){0,2}(?:includes?|included|covers?|covered|comprises?|comprised|"
    r"affects?|affected|appl(?:y|ies|ied)\s+to|extends?\s+to|extended\s+to)\s+"
    r"(?:(?:some|about|around|nearly|more\s+than|at\s+least)\s+)?$",
    re.IGNORECASE,
)
# A verb in the imperfect tells a state the people were in: "que cumplían", "qui purgeaient", "estaban".
_IMPERFECT = re.compile(r"\b[^\W\d_]{2,}(?:aban|ían|aient|ait|aba|ía)\b", re.IGNORECASE)
_APPOSED_PARTICIPLE = re.compile(r"\s*,\s*")
_PRONOUN_PARTITIVE = re.compile(
    r"\s*,?\s*(?:de\s+(?:ellos|ellas)|d['\u2019]entre\s+(?:eux|elles)|parmi\s+(?:eux|elles))\b", re.IGNORECASE
)
# A sentence that says who the people of the count before are: "Se trata de …", "Il s'agit de …".
_THEY_ARE = re.compile(r"\s*(?:se\s+trata\s+de|il\s+s['\u2019]agit\s+d[e'\u2019])", re.IGNORECASE)
_FR_ES_MEASURE_INCLUDES = re.compile(
    r"\b(?:ce|cette|le|la|el|este|esta)\s+(?:(?:premier|second|deuxième|primer|segundo)\s+)?(?:chiffre|nombre|total|"
    r"liste|mesure|décret|cifra|número|lista|medida|decreto)\s+(?:(?:aussi|également|también|además)\s+)?"
    r"(?:englobe|comprend|inclut|concerne|touche|vise|incluye|comprende|abarca|alcanza\s+a|beneficia\s+a)"
    r"(?:\s+(?:aussi|également|también|además))?\s+|"
    # "El grupo estuvo formado por 270 militares y 120 civiles", "le groupe était composé de 270 militaires": the
    # people the group told before was made of.
    r"\b(?:el|este|cada|ese|le|ce|chaque)\s+(?:grupo|contingente|groupe|contingent)\s+(?:\w+\s+){0,2}?"
    r"(?:(?:estuvo|está|estaba|fue|quedó|était|est|a\s+été|fut)\s+(?:formad|compuest|integrad|composé|constitué|formé)\w*\s+"
    r"(?:por|de)|se\s+(?:compon\w+|compos\w+)\s+de|compren\w+|comprend\w*)\s+",
    re.IGNORECASE,
)
_FR_ES_ON_THE_LIST = re.compile(
    r"\s+(?:[^\W\d]+\s+){0,4}?(?:figur\w+|aparec\w+|se\s+trouvent|están|sont)\s+(?:\w+\s+)?(?:dans|sur|en)\s+"
    r"(?:la|les|le|el|los|las|ces|estas|estos)\s+(?:listes?|listas?|arrêtés?|décrets?|decretos?|nóminas?)\b",
    re.IGNORECASE,
)
_AR_FA_MADE_OF = re.compile(
    r"(?<!\w)[وف]?(?:تألف|تتألف|يتألف|تكون|تكونت|تتكون|يتكون)\w*\s+(?:\S+\s+){0,2}?من\s+$|"
    r"(?<![\w\u200c])(?:این|آن|هر)\s+(?:گروه|عده|افراد|دسته|فهرست)\s+(?:\S+\s+){0,2}?(?:شامل|متشکل\s+از|مرکب\s+از)\s+$"
)
# "…, ainsi que huit personnes", "…, le second 57 détenus": the next count the verb of inclusion lists.
_FR_ES_INCLUDED_JOIN = re.compile(
    r"[,;]\s+(?:ainsi\s+que|así\s+como|et|y|le\s+second|la\s+seconde|le\s+deuxième|el\s+segundo|la\s+segunda|"
    r"l['\u2019]autre|el\s+otro|la\s+otra)\s+(?:(?:de|à|a)\s+)?$",
    re.IGNORECASE,
)
_MEASURE = re.compile(
    r"عفو|قرار|مرسوم|قانون|قائمة|القائمة|اتفاق|صفقة|تبادل|إفراج|الإفراج|أمر|الأمر|"
    r"فرمان|بخشنامه|فهرست|لیست|توافق|مبادله|آزادی|که(?![\w\u200c])|"
    # "این افراد شامل ۴۵۰ محکوم مالی … می‌شوند": the measure's people told before, as its subject.
    r"(?:این|آن)\s+(?:افراد|محکومان|محکومین|زندانیان|مددجویان|عده)|مشمولان|مشمولین|عفوشدگان|آزادشدگان|"
    # "Le décret concerne trois détenus", "la mesure, qui concerne plus de 4.800 cultivateurs".
    r"\b(?:décret|mesure|grâce|amnistie|loi|qui)\b",
    re.IGNORECASE,
)
_PRISON_HOLDS = re.compile(r"(?<!\w)(?:[وف]?ال)?(?:سجن|سجون|زنزان\w*)(?!\w)")
_OTHER_AFTER_NOUN = re.compile(r"\s*(?:دیگر|آخرين|آخرون)(?![\w\u200c])")
# "این رقم …", "این تعداد …": the figure told before, told again as a predicate's subject.
_FA_THIS_FIGURE = re.compile(r"(?<![\w\u200c])(?:این|آن)\s+(?:رقم|عدد|آمار)\s+(?:[^\s\d.\u060c]+\s+){0,2}$")
_FA_COPULA = re.compile(
    r"\s*(?:[^\s\d.]+\s+){0,2}?(?:بود|است|بوده|رسید|رسیده|(?:اعلام|عنوان|ذکر|برآورد|گزارش)\s+(?:کرد|کرده|کردند|شد|شده))"
    r"(?:\s+است)?(?![\w\u200c])"
)
_CLAUSE_MARK = re.compile(r"[;\u061b]")
# "… در زندان بودند": were held (a past copula), why they had been in prison.
_FA_WERE = re.compile(r"\s*(?:[^\s.\u060c]+\s+){0,2}?بودند(?![\w\u200c])")
# "… هستند که … بازداشت شده بودند": the copula, then a relative clause of what was done to them before.
_FA_WHO_HAD_BEEN = re.compile(r"(?<![\w\u200c])(?:هستند|بودند|اند)\s+که(?![\w\u200c])")
_NEXT_WORD = re.compile(r"\s+[\w\u200c]+")
_PRONOUN = re.compile(r"آنان|آنها|ایشان|هؤلاء|هم")
# "الموجودين في حالة اعتقال", "الموجودين رهن الاعتقال": where the group stands, held or at liberty.
_IN_STATE = re.compile(r"(?<!\w)(?:[وف]?(?:في|ب)\s*حالة|رهن)\s+$")
# "are still held and were not released", "n'ont pas été libérés": a release denied after people held.
_NEGATED_BEFORE = re.compile(
    r"\b(?:not|never|no\s+longer|n['\u2019]t|pas|jamais|no\s+(?:han|fueron|serán|será|ha|habían)|nunca)\b",
    re.IGNORECASE,
)
_STATE_AFTER = re.compile(r"\s*(?:\S+\s+)?(?:في|ب)\s*حالة\s+(?:سراح|اعتقال)")
_WHERE_THEY_ARE = "where the people of the count before are"
# "… وعددهم 1112 نزيلا", "البالغ عددهم": the number of the group just named.
_THEIR_NUMBER = re.compile(r"(?:[وف]?|ال\w+\s+)(?:عددهم|عددهن|عددها)\s*$")
# A release carried out by a decree named before the number: "به فرمان رهبر … آزاد شدند", "بموجب مرسوم
# ملكي أفرج عن …".
_DECREE_BEFORE = {
    "fa": re.compile(r"(?<![\w\u200c])(?:به|با)\s+(?:(?:این|آن)\s+)?فرمان"),
    "ar": re.compile(
        r"بموجب\s+(?:ال)?(?:مرسوم|أمر|عفو|قرار\s+(?:ال)?عفو)|(?<!\w)ب(?:مرسوم|أمر)\s+(?:ملكي|أميري|رئاسي|سامي)|"
        # "عفوا خاصا يقضي بالإفراج عن 2014 سجينا": a pardon that provides for the release.
        r"(?<!\w)(?:ال)?عفو[اًا]?\s+(?:\S+\s+){0,3}?(?:يقضي|يقضى|ينص\s+على)"
    ),
}
# "بر اساس این فرمان", "در اجرای این بخشنامه", "با اجرای این عفو": the measure told before.
_FA_THIS_MEASURE = re.compile(
    r"(?<![\w\u200c])(?:بر\s*اساس|طبق|مطابق|در\s+اجرای|با\s+اجرای|به\s+موجب|در\s+پی)\s+(?:این|همین|آن)\s+"
    r"(?P<noun>فرمان|بخشنامه|مصوبه|عفو)(?![\w\u200c])"
)
# "فرمان عفو زندانیان", "بخشنامه مرخصی نوروزی", "فرمانی برای عفو": a measure named with its act.
_FA_MEASURE_NAMED = re.compile(
    r"(?<![\w\u200c])(?:فرمان|بخشنامه|مصوبه)ی?\s+(?:\S+\s+)?(?P<act>عفو|بخشودگی|مرخصی)(?![\w\u200c])"
)
# "شماری از زندانیان … مشمول عفو شده‌اند": a pardon told of people not yet counted.
_FA_UNCOUNTED = re.compile(r"(?<![\w\u200c])(?:شماری|تعدادی|عده\u200c?ای|برخی|گروهی)\s+از\s+")
_FA_PARDON_WORD = re.compile(r"(?<![\w\u200c])(?:عفو|بخشودگی)(?![\w\u200c])(?!\s*بین)")
# "بر اساس فرمان عفو …", "به موجب بخشنامه مرخصی …": under a measure named with its act, in the count's sentence.
_FA_UNDER_NAMED = re.compile(
    r"(?<![\w\u200c])(?:بر\s*اساس|طبق|مطابق|به\s+موجب|در\s+اجرای|با\s+اجرای|در\s+پی)\s+"
    r"(?:فرمان|بخشنامه|مصوبه)\s+(?P<act>عفو|بخشودگی|مرخصی)(?![\w\u200c])"
)
# A Persian verb denied right after the cue: "آزاد نشدند", "مشمول این عفو نمی‌شوند", "از عفو بهره‌مند نشدند".
_FA_NEGATED = re.compile(
    # "۷۰ زندانی هنوز آزاد نشده‌اند": the perfect too.
    r"[\s\u200c]*(?:[^\s\d،,.؛]+\s+){0,2}?(?:ن(?:می\u200c?|می\s)?(?:شو|شد|گرد|کرد|کن|یافت|خواه|گرفت|گیر|بود|دار)\w*)"
    r"(?:\u200c(?:اند|ایم|اید|است|ای))?(?![\w\u200c])"
)
# A verb of clemency told as done, in English, Spanish and French: "pardoned", "commuted", "indultó", "a gracié".
_FINITE_ACT = re.compile(
    r"\b(?:pardoned|commuted|spared|freed|released|amnestied)\b|\b(?:indult|conmut|excarcel|liber)(?:ó|aron)\b|"
    r"\b(?:gracié|commué|libéré|amnistié)e?s?\b",
    re.IGNORECASE,
)
# "called for", "urged", "demanded": a measure asked for, not done.
_ASKING = re.compile(
    r"\b(?:call(?:ed|s|ing)?\s+(?:for|on)|urg(?:ed|es|ing)|demand(?:ed|s|ing)?|appeal(?:ed|s|ing)?|pidi[óe]\w*|exig\w*|"
    r"réclam\w*|appel\w*|should|would|could|may|might|debería|devrait)\b",
    re.IGNORECASE,
)
# A measure asked for, not granted: "clemency petitions", "demandes de grâce", "solicitudes de indulto", "طلبات العفو".
_ASKED_AFTER = re.compile(r"\s+(?:petitions?|applications?|requests?|pleas?)\b", re.IGNORECASE)
_ASKED_BEFORE = re.compile(
    r"(?:\b(?:petition(?:s|ed)?|appl(?:ied|y|ying|ications?)|ask(?:ed|ing)?|plead(?:ed|ing)?|sought|seeking|"
    r"requests?|requested)\s+(?:for\s+)?(?:a\s+|an\s+|the\s+|presidential\s+|executive\s+)*|"
    r"\b(?:demandes?|recours)\s+(?:en|de)\s+|\bsolicitud(?:es)?\s+de\s+|\bpedid[oa]s?\s+de\s+|"
    r"\bpedido\s+acogerse\s+a[l]?\s+(?:la\s+)?|طلبات?\s+(?:ال)?|التماس(?:ات)?\s+(?:ال)?|درخواست(?:\u200cهای|\s+های)?\s+)$",
    re.IGNORECASE,
)
# The request granted: "با درخواست آزادی ۵۰۰ زندانی موافقت کرد", "approved the petitions of 12".
_REQUEST_GRANTED = re.compile(
    r"موافقت|وافق|\b(?:approv|grant|accept|agreed|aprob|conced|acept|accord|approuv)\w*", re.IGNORECASE
)
# "خواستار آزادی", "خواهان آزادی": a release asked for.
_FA_DEMANDED = re.compile(r"(?<![\w\u200c])(?:خواستار|خواهان)\s+$")
_EXCHANGE = re.compile(
    r"\s*(?:[^\s\d]+\s+){0,3}?(?:مقابل|بمقابل|في\s+مقابل|در\s+(?:ازای|برابر|مقابل)|in\s+exchange\s+for|"
    r"en\s+échange\s+(?:de|d['\u2019])|a\s+cambio\s+de)\s*",
    re.IGNORECASE,
)
_LAW_RELEASES = re.compile(
    r"(?<!\w)(?:ال)?(?:قانون|مرسوم|قرار)\s+(?:[^\s\d]+\s+){0,2}?(?:يتيح|أتاح|يقضي\s*ب?|قضى\s*ب?|ينص\s+على|يسمح\s*ب?|سيتيح)\s*$"
)
# "la norma permitiría la excarcelación de …": the law named by its common synonym.
_FR_ES_LAW = re.compile(r"\b(?:la\s+ley|la\s+loi|esta\s+ley|cette\s+loi|la\s+norma|esta\s+norma)\b", re.IGNORECASE)
_FR_ES_AMNESTY_LAW = re.compile(r"\b(?:ley|loi)\s+(?:de\s+|d['\u2019])(?:amnist|indult|gr[aâ]ce)", re.IGNORECASE)
_THANKS_TO_MEASURE = re.compile(
    r"\b(?:gracias\s+a|en\s+virtud\s+de|grâce\s+à)\s+(?:aquella|esta|esa|dicha|cette|ladite)\s+"
    r"(?:medida|decisión|norma|disposición|mesure|décision)\b",
    re.IGNORECASE,
)
_PARDON_NOUN = re.compile(r"\b(?:indultos?|amnistías?|grâces?|amnisties?)\b", re.IGNORECASE)
_AMNESTY_NAMED = re.compile(r"(?:قانون|مرسوم|قرار)\s+(?:ال)?عفو")
# "بالعفو عنهم": a pardon told of the people just counted, however far the verb.
_BACK_REFERENCE = re.compile(r"\S*\s+(?:\S+\s+){0,2}?(?:عنهم|عنه|عنهن)(?!\w)")
# The people freed, named as a group: "آزادشدگان", "المفرج عنهم", "المطلق سراحهم".
_FREED_GROUP = re.compile(
    r"(?:[وب]?ال)?(?:مفرج\s+عنهم|مطلق\s+سراحهم|محررين)|آزادشد(?:گان|ه\u200cها)|آزاد\s*شدگان|رهاشدگان|رهاشده\u200cها"
)
# "سيمكّن … من", "يمكّن", "تمكين": a measure that enables the people counted to do what follows.
_ENABLES = re.compile(r"(?<!\w)(?:[وف]?(?:سي|ست|ي|ت)?مك[ّ]?ن\w{0,2}|تمكين)\s*$")
_AMONG_THEM = re.compile(r"(?<![\w\u200c])(?:بينهم|منهم|من\s+بينهم|بمن\s+فيهم|از\s+جمله)\s+(?:\S+\s+)?$")
_AMONG_BEFORE = re.compile(r"(?:(?:در|از)\s+(?:میان|بین)|بين|من)\s*$")
_HOLDS_AFTER = re.compile(r"\s*(?:شامل|هم|هستند|منهم|بينهم)(?![\w\u200c])")
_FA_NEAR = 25  # characters between a Persian cue and the number it governs in the same phrase


_BODY_OF_MEASURE = re.compile(
    r"(?:\b(?:commission|comité|committee|board|comisión)\s+(?:of\s+|de\s+|des\s+|du\s+|del\s+)?(?:la\s+|l['\u2019]|the\s+)?"
    r"|(?<!\w)(?:لجنة|هيئة|مجلس)\s+|(?<![\w\u200c])(?:کمیسیون|کمیته|هیئت)\s+)$",
    re.IGNORECASE,
)
# Members of a party or movement: a group of the held, never the whole prison population.
_GROUP_MEMBERS = re.compile(r"members|membres|miembros|عضو|اعضای|أعضاء|عضوا|اعضا", re.IGNORECASE)
_LISTED_FOR_RELEASE = re.compile(
    r"\s+(?:incluid|beneficiad|liberad|excarcelad|indultad|amnistiad|inclus|libérés|graciés|amnistiés|que\s+(?:serán|fueron|saldrán|seront))",
    re.IGNORECASE,
)
# A heading line ending in a colon, then short lines counted in words ending in a semicolon, up to where a line opens.
_UNDER_COLON_LINE = re.compile(r"[:\uff1a][ \t]*\n(?:[^\n:;\u061b\d]{1,60}[;\u061b][ \t]*\n){1,3}[ \t]*$")


class Reading(NamedTuple):
    metric: str
    kind: str
    hit: CueHit | None
    why: str
    strong: bool
    after: bool = False  # read from a predicate after the number


# A distributive after a count: "suman 39 cada una", "con 12 cada uno".
_EACH = re.compile(r"\s+cada\s+un[oa]\b", re.IGNORECASE)


class Classifier:
    """Reads the figures of one text, keeping what the continuation rules need."""

    def __init__(
        self,
        text: str,
        norm: str,
        c: Compiled,
        foreign_demonym: Callable[[str], bool],
        head_end: int = 0,
    ) -> None:
        self.text, self.norm, self.c, self.head_end = text, norm, c, head_end
        self.foreign_demonym = foreign_demonym
        self.boundary_word = boundary_word(norm)
        self.cue_cache: dict[tuple[int, str], tuple[list[int], list[CueHit]]] = {}
        self.figures: list[RawFigure] = []
        self.predicates: set[int] = set()  # cues already read as a figure's predicate ("were pardoned")
        # Their spans: "under the royal pardon" read after one count is not "pardon" before the next.
        self.predicate_spans: list[tuple[int, int]] = []
        self.by_sentence: dict[int, list[RawFigure]] = {}

    def classify(self, candidates: list[Candidate]) -> list[RawFigure]:
        """The figures among the candidates, in text order."""
        for i, cand in enumerate(candidates):
            prev = candidates[i - 1] if i else None
            nxt = candidates[i + 1] if i + 1 < len(candidates) else None
            figure = self._classify(
                cand,
                prev if prev and prev.sentence is cand.sentence else None,
                nxt if nxt and nxt.sentence is cand.sentence else None,
            )
            if figure:
                self.figures.append(figure)
                self.by_sentence.setdefault(cand.sentence.index, []).append(figure)
        return self.figures

    def cues(self, sentence: Sentence, side: str, start: int, end: int) -> list[CueHit]:
        """Cues of one side of the sentence lying within [start, end)."""
        key = (sentence.index, side)
        if key not in self.cue_cache:
            compiled = self.c.left if side == "left" else self.c.right
            words = self.norm[sentence.start : sentence.end]
            hits = find_cues(compiled, words, sentence.start)
            # A capitalised cue inside a sentence is part of a name ("the Liberation Front").
            # A line of a list opens with its capital: "répartis comme suit :\n- Réduction de la peine au profit de …".
            # "antes del indulto", "before the amnesty", "قبل العفو": a time told by the measure, not the act.
            hits = [
                h for h in hits if not _BEFORE_THE_ACT.search(self.norm, max(sentence.start, h.start - 16), h.start)
            ]
            # "qu'elles soient en détention ou en liberté", "whether in prison or at home": a concession, not a state.
            if _CONCESSION_WORD.search(words):
                hits = [
                    h for h in hits if not _CONCESSION.search(self.norm, max(sentence.start, h.start - 24), h.start)
                ]
            hits = [
                h
                for h in hits
                if h.start == sentence.start
                or not self.norm[h.start].isupper()
                or self.norm[max(sentence.start, h.start - 4) : h.start].strip() in _LINE_BULLETS
                or _LINE_OPENS.search(self.norm, max(sentence.start, h.start - 4), h.start)
                # "the New Bilibid Prison, which holds about 29,000": a named prison that holds people.
                or (h.cue.metric == POP and _WHICH.search(self.norm, h.start, h.end))
            ]
            self.cue_cache[key] = ([h.start for h in hits], hits)
        starts, hits = self.cue_cache[key]
        low = bisect.bisect_left(starts, start)
        high = bisect.bisect_left(starts, end)
        return [h for h in hits[low:high] if h.end <= end]

    def _classify(self, cand: Candidate, prev: Candidate | None, nxt: Candidate | None) -> RawFigure | None:
        if self.c.lex.lang == "en" and _EN_SPEAKERS.match(self.norm, cand.number.end, cand.sentence.end):
            return None  # "Two officials said the president pardoned 400": the people who told it, not the measure's
        qualifier, qual_start, qual_why = self._qualifier(cand)
        left_start = self._left_start(cand, prev, qual_start)
        right_end = self._right_end(cand, nxt)
        reading = None
        number_of = NUMBER_OF_AFTER.match(self.norm, cand.number.end) if cand.form == "predicate" else None
        if number_of:
            # "brings to 89 the number of commutations he has granted", "a chiffré à 344 le nombre de personnes sorties
            # de prison en liberté provisoire": the people of the count are named after it; let out for a while
            # where that is said of them.
            named = self.norm[number_of.end() : min(cand.sentence.end, number_of.end() + 90)]
            hits = self._clemency_cues(named, number_of.end())
            hits = [h for h in hits if h.cue.metric == "temporarily_released"] or hits
            if hits:
                tally = BRINGS_TO.search(self.norm, max(cand.sentence.start, cand.number.start - 50), cand.number.start)
                what = RUNNING_TOTAL if tally else "the people the count is of"
                reading = Reading(
                    hits[0].cue.metric, hits[0].cue.kind, hits[0], f"{what}, '{self._show(hits[0])}'", True
                )
            elif (held := self.c.default_detained.match(subject := named.lstrip())) and not _LISTED_FOR_RELEASE.match(
                subject, held.end()
            ):
                # "situaba en 135 el número de presos políticos": the people a count of those held is of (not "eleva
                # a 47 el número de presos políticos incluidos en la lista", those on the measure's list).
                reading = Reading(DET, "det", None, "the number of people held", False)
        if (
            cand.form == "predicate"
            and self.figures
            and RECOUNT_BEFORE.search(self.norm, max(cand.sentence.start, cand.number.start - 60), cand.number.start)
        ):
            # "eleva esa cifra a cerca de 9.000": the people of the figure just before, counted by someone else.
            told = self.figures[-1]
            if told.candidate.sentence.index >= cand.sentence.index - 1:
                kind = {DET: "det", POP: "pop"}.get(told.metric, "")
                reading = Reading(told.metric, kind, None, RECOUNTED, told.strong)
        if reading is None and POPULATION_OF.search(
            self.norm, max(cand.sentence.start, cand.number.start - 60), cand.number.start
        ):
            # "la población de internos era de 29.114": the count of a population named before it.
            reading = Reading(POP, "pop", None, "the population named before it", False)
        if cand.form == "listed" and reason_line(self.norm, cand.number):
            # "- 331 tras la conmutación de su pena", "- 126 por haber cumplido la condena": the way a line's
            # people went; the list counts the people of the count above it, under its act.
            reading = self._list_head(cand, f"{LIST_LINE} of the count before it", reach=2 * _LIST_REACH)
        reading = reading or self._metric(cand, left_start, qual_start, right_end) or self._held_of_measure(cand)
        bulleted = self._bulleted(cand)
        if reading is None and self.figures and bulleted:
            # "- 36 personnes : grâce sur la peine d'emprisonnement ;": a bulleted line under the measure names its
            # own act after a colon, whatever noun counts its people.
            reading = self._act_on_its_line(cand)
        if reading is None:
            return None
        if reading.after and reading.hit:
            self.predicates.add(reading.hit.start)
            self.predicate_spans.append((reading.hit.start, reading.hit.end))
        reading = self._whole_taken_from(cand, reading)
        reading = self._rest_of_count(cand, reading)
        reading = self._freed_of_pardon(cand, reading)
        reading = self._beneficiaries_of_measure(reading)
        if reading.hit is None and (LIST_LINE in reading.why or bulleted):
            reading = self._act_on_its_line(cand) or reading
        elif bulleted and reading.metric in (DET, POP):
            # "- 1.809 reclusos que están en prisión: remisión de la pena": where the line's people are says who
            # they are; the act after the colon is what was done to them.
            reading = self._act_on_its_line(cand) or reading
        if reading.metric == R and self.c.lex.lang in ("ar", "fa"):
            # "منهم ١٦٠ أُفرج عنهم بالضمان": let out on bail, for a while.
            lo = max(cand.np_end, reading.hit.end if reading.hit and reading.hit.start > cand.np_end else cand.np_end)
            temporary = self._temporary_after(cand, lo, right_end)
            if temporary:
                reading = reading._replace(
                    metric="temporarily_released", why=f"{reading.why}, '{self._show(temporary)}'"
                )
        category, category_why = self._category(cand, right_end, nxt)
        if category is None and reading.why == RECOUNTED:
            category, category_why = self.figures[-1].category, ""  # the same people, of the same kind
        if category is None and self.c.lex.lang in ("ar", "fa") and self.figures:
            category, category_why = self._group_category(cand, reading)
        if category is None and self.c.lex.lang == "fa" and cand.form == "partitive":
            category, category_why = self._fa_them_kind(cand)
        if category is None and self.c.lex.lang == "en":
            category, category_why = self._en_group_kind(cand)
        metric = reading.metric
        if self.c.lex.lang in _LEFT_OUT and metric in _CLEMENCY and self._left_out(cand, qual_start):
            # "The pardon does not cover the 1,200 people convicted of terrorism", "quedan excluidos 30 reclusos":
            # people the measure leaves held.
            metric, reading = DET, Reading(DET, "still", None, "left out of the measure", False)
        if metric in (POP, DET):
            # People still held are held; so are members of a group counted in prison ("۲٬۲۰۰ عضو این حزب در زندان").
            group = cand.form == "noun" and _GROUP_MEMBERS.fullmatch(cand.head or "") is not None
            metric = DET if category or group or reading.kind in ("det", "still") else POP
        start, end = qual_start, cand.np_end
        if reading.hit and reading.hit.start < start:
            start = reading.hit.start
        if reading.hit and reading.hit.end > end:
            end = reading.hit.end
        if end - start > 200:
            start, end = qual_start, cand.np_end
        why = "; ".join(p for p in (f"{reading.why} -> {metric}", qual_why, category_why) if p)
        evidence = self._evidence(cand, metric)
        return RawFigure(cand, metric, category, qualifier, evidence, start, end, why, reading.strong)

    def _whole_taken_from(self, cand: Candidate, reading: Reading) -> Reading:
        """ "graciera 5 000 des 80 000 détenus du pays", "5 آلاف من أصل 80 ألف سجين", "۵ هزار نفر از ۸۰ هزار
        زندانی کشور": the larger count a clemency count is taken from is the whole it is part of, people held,
        not more people let out."""
        if reading.metric not in _CLEMENCY:
            return reading
        before = _COUNT_THEN_WHOLE.search(
            self.norm, max(cand.sentence.start, cand.number.start - 60), cand.number.start
        )
        if before is None or _digits_value(before.group("n"), before.group("scale")) >= cand.number.value:
            return reading
        if reading.hit and cand.number.end <= reading.hit.start <= cand.np_end + 1:
            return reading  # "16 de los 39 excarcelados": the whole is itself people let out
        if any(f.candidate.number.value == cand.number.value and f.metric in _CLEMENCY for f in self.figures):
            return reading  # the count of the measure told before, now the whole of a group
        around = self.norm[cand.np_end : min(cand.sentence.end, cand.np_end + 40)]
        if _PRISON_WORD.search(self.norm, cand.number.end, cand.np_end + 40) or _NATION_AFTER.match(around):
            return Reading(POP, "pop", None, "the whole a clemency count is taken from, the country's prisoners", False)
        return Reading(DET, "det", None, "the whole a clemency count is taken from", False)

    def _rest_of_count(self, cand: Candidate, reading: Reading) -> Reading:
        """ "los 224 restantes fueron liberados", "the remaining 480": the rest of a clemency count told before
        are its people, under its act, whatever verb tells how they left."""
        if reading.metric != R or not self.figures:
            return reading
        before = self.norm[max(cand.sentence.start, cand.number.start - 20) : cand.number.start]
        if not (_REST_BEFORE.search(before) or _REST_AFTER.match(self.norm, cand.number.end, cand.sentence.end)):
            return reading
        larger = next(
            (
                f
                for f in reversed(self.figures)
                if f.strong
                and f.metric in _CLEMENCY
                and f.candidate.number.value > cand.number.value
                and cand.sentence.index - f.candidate.sentence.index <= 2
            ),
            None,
        )
        if larger is None or larger.metric == reading.metric:
            return reading
        return reading._replace(
            metric=larger.metric, why=f"{reading.why}, the rest of the {larger.metric} count before"
        )

    def _acted_on_right_before(self, cand: Candidate, left_start: int, qual_start: int) -> bool:
        """Whether a finite verb of clemency stands right before the count, with nothing asked for before it."""
        hits = [h for h in self.cues(cand.sentence, "left", left_start, qual_start) if h.cue.strength >= 3]
        if not hits or hits[-1].cue.metric not in _CLEMENCY:
            return False
        hit = hits[-1]
        between = self.norm[hit.end : qual_start].strip().lower()
        # "commuted the sentences of 51 others who were on death row": the verb acts on them through their sentences.
        if between not in ("", "a", "à", "the", "les", "los", "las") and not _SENTENCES_OF.fullmatch(between):
            return False
        if not _FINITE_ACT.search(self.norm, hit.start, hit.end):
            return False
        return not _ASKED_BEFORE.search(self.norm, max(cand.sentence.start, hit.start - 60), hit.start) and not (
            _ASKING.search(self.norm, cand.sentence.start, hit.start)
        )

    def _held_of_measure(self, cand: Candidate) -> Reading | None:
        """ "saldrán cerca de 300 reos", "Ten convicts were included": prisoners counted with no verb the rules
        read, in an article whose measure is told before, are that measure's people."""
        heads = _PRISONER_HEAD.get(self.c.lex.lang)
        if heads is None or cand.form not in ("noun", "partitive") or not heads.match(cand.head or ""):
            return None
        if cand.number.start < self.head_end:
            return None  # the headline's counts are told again, with their verbs, in the body
        if _HAS_BEFORE.search(self.norm, max(cand.sentence.start, cand.number.start - 60), cand.number.start):
            # "Tanzania has more than 39,000 prisoners", "el país tiene 39.000 presos": the people a country or
            # its prisons hold, not the measure's.
            return Reading(POP, "pop", None, "the prisoners a place has", False)
        there = _THERE_ARE[self.c.lex.lang]
        if there.search(self.norm, max(cand.sentence.start, cand.number.start - 40), cand.number.start):
            # Tens of thousands of no kind are a country's prisons ("había 33.200 privados de libertad en recintos …").
            # A share of a larger population told before is people held ("había 17.446 internos de otras …").
            larger = any(f.metric == POP and f.candidate.number.value > cand.number.value for f in self.figures)
            if cand.number.value >= 10_000 and not larger and self._category(cand, cand.sentence.end)[0] is None:
                return Reading(POP, "pop", None, "the prisoners there are, tens of thousands: the population", False)
            return Reading(DET, "det", None, "prisoners there are: held", False)
        fate = _OTHER_FATE[self.c.lex.lang]
        if fate.search(self.norm, cand.sentence.start, cand.sentence.end):
            return None  # died, killed, voted, still held: a count of prisoners that is no release
        held = _HELD_FATE[self.c.lex.lang].search(self.norm, cand.sentence.start, cand.sentence.end)
        if held:
            return Reading(DET, "det", None, f"'{held.group()}': still held", False)
        if _WHOLE_BEFORE.search(self.norm, max(cand.sentence.start, cand.number.start - 40), cand.number.start):
            # "out of a total of 282,000 inmates", "of the 67 convicts who": the whole a group is of; "de los
            # 80.000 reclusos del país": the country's prisoners.
            if _NATION_AFTER.match(self.norm, cand.np_end, min(cand.sentence.end, cand.np_end + 40)):
                return Reading(POP, "pop", None, "the whole a group is of, the country's prisoners", False)
            return None
        told = next((f for f in reversed(self.figures) if f.strong and f.metric in _CLEMENCY), None)
        if told is None:
            return None
        left_out = _LEFT_OUT_AFTER.match(self.norm, cand.np_end, cand.sentence.end)
        if left_out:
            # "460 inmates had petitioned for mercy", "Sixteen of them did not make the final list": still held.
            return Reading(DET, "det", None, f"'{left_out.group().strip()}': still held", False)
        why = f"{MEASURE_PEOPLE} '{told.candidate.number.value}'"
        return Reading(told.metric, "", None, why, False)

    def _enabled_to(self, cand: Candidate, qual_start: int, right_end: int) -> Reading | None:
        """ "هذا العفو سيمكّن 483 محكوما من استعادة حريتهم": what the measure enables them to do is what
        happens to them, told after the count."""
        if self.c.lex.lang != "ar" or not _ENABLES.search(
            self.norm, max(cand.sentence.start, qual_start - 20), qual_start
        ):
            return None
        hits = [h for h in self.cues(cand.sentence, "right", cand.np_end, right_end) if h.cue.strength >= 3]
        if not hits:
            return None
        hit = hits[0]
        return Reading(
            hit.cue.metric, hit.cue.kind, hit, f"'{self._show(hit)}', what they are enabled to", True, after=True
        )

    def _temporary_after(self, cand: Candidate, start: int, right_end: int) -> CueHit | None:
        """The first cue of a release for a while ("بالضمان", "pour un congé pénitentiaire") within 40 characters
        after start, with no other count between."""
        return next(
            (
                h
                for h in self.cues(cand.sentence, "right", start, min(right_end, start + 40))
                if h.cue.metric == "temporarily_released" and not _DIGIT.search(self.norm, start, h.start)
            ),
            None,
        )

    def _clemency_cues(self, words: str, start: int) -> list[CueHit]:
        """The strong cues of an act of clemency, read either way, in words that stand at start: the act a
        clause names ("whose sentences were cut", "الذين أطلق سراحهم")."""
        return [
            h
            for h in find_cues(self.c.left, words, start) + find_cues(self.c.right, words, start)
            if h.cue.strength >= 3 and h.cue.metric in _CLEMENCY
        ]

    def _acts_after_still(self, hits: list[CueHit], still: CueHit, right_end: int) -> list[CueHit]:
        """ "seven prisoners on death row had their sentences commuted": the strong acts of clemency told after
        where the people are held, unless they are denied ("were not pardoned")."""
        if _NEGATED_BEFORE.search(self.norm, still.end, right_end):
            return []
        # "130 ألف شخص ما زالوا محتجزين …، وإن الإفراج عنهم بالمعدل …": an act in a clause of its own is not theirs.
        return [
            h
            for h in hits
            if h.start >= still.end
            and h.cue.metric in _CLEMENCY
            and h.cue.strength >= 3
            and not _CLAUSE_BREAK.search(self.norm, still.end, h.start)
        ]

    def _freed_of_pardon(self, cand: Candidate, reading: Reading) -> Reading:
        """ "۵ زن در میان آزادشدگان", "آزادشدگان شامل ۳۳۸ مرد", "من بين المفرج عنهم": people told as the
        freed, right after a count pardoned and freed, are the pardon's people and keep its act."""
        if reading.metric == R and self.c.lex.lang in ("fr", "es", "en", "ar", "fa"):
            # "A ces mesures s'ajoute la grâce traditionnelle : environ 3 000 condamnés … vont quitter la prison":
            # a release told after a colon that names the measure is that measure's.
            colon = self.norm.rfind(":", cand.sentence.start, cand.number.start)
            if colon > 0 and not _DIGIT.search(self.norm, cand.sentence.start, cand.number.start):
                named = [
                    h
                    for h in self.cues(cand.sentence, "left", cand.sentence.start, colon)
                    if h.cue.metric == P
                    and h.cue.strength >= 3
                    # "لجنة العفو الرئاسي: إخلاء سبيل 46": a body named after the measure, not the measure.
                    and not _BODY_OF_MEASURE.search(self.norm, max(cand.sentence.start, h.start - 14), h.start)
                ]
                if named:
                    return reading._replace(metric=P, why=f"{reading.why}, after '{self._show(named[-1])}' and a colon")
            if self.c.lex.lang not in ("ar", "fa"):
                return reading
        if self.c.lex.lang not in ("ar", "fa") or reading.metric != R or reading.hit is None:
            return reading
        if not _FREED_GROUP.match(self.norm, reading.hit.start, reading.hit.end + 12):
            return reading
        # The group holds the count ("در میان آزادشدگان", "آزادشدگان شامل"); "عدد المفرج عنهم" is a total.
        before = self.norm[max(0, reading.hit.start - 12) : reading.hit.start]
        if not (_AMONG_BEFORE.search(before) or _HOLDS_AFTER.match(self.norm, reading.hit.end)):
            return reading
        last = next((f for f in reversed(self.figures) if f.metric in _CLEMENCY), None)
        if last is None or last.metric != P or cand.sentence.index - last.candidate.sentence.index > 2:
            return reading
        return reading._replace(metric=P, why=f"{reading.why}, the people of the pardon told before")

    def _qualifier(self, cand: Candidate) -> tuple[str, int, str]:
        start = cand.number.start
        before = self.norm[max(cand.sentence.start, start - 30) : start]
        if self.c.lex.lang == "en":
            before = _EN_ARTICLE_END.sub("", before)  # "over a thousand": the article is no gap
        for name, pattern in (
            ("approximately", self.c.approx),
            ("at_least", self.c.at_least),
            ("up_to", self.c.up_to),
        ):
            match = pattern.search(before)
            if match:
                qual_start = start - len(before) + match.start()
                return name, qual_start, f"'{match.group().strip()}' -> {name}"
        if self.c.lex.lang == "en" and _EN_ODD.match(self.norm, cand.number.end, cand.sentence.end):
            return "approximately", start, "'odd' after the number -> approximately"
        suffix = self.c.plus_suffix.match(self.norm, cand.number.end, cand.sentence.end)
        if cand.number.plus or suffix:
            return "at_least", start, "'plus' after the number -> at_least"
        return "exact", start, ""

    def _left_start(self, cand: Candidate, prev: Candidate | None, qual_start: int) -> int:
        start = max(cand.sentence.start, qual_start - WINDOW)
        if prev:
            start = max(start, prev.np_end)
        label = start
        for pattern in (_BOUNDARY_MARK, self.boundary_word):
            for match in pattern.finditer(self.norm, start, qual_start):
                label, start = start, max(start, match.end())
        if (
            start > label
            and self.norm[start - 2 : start].strip() == ":"
            and not self.norm[start:qual_start].strip()
            and not _DIGIT.search(self.norm, label, start)
            and not self.norm[cand.np_end : cand.sentence.end].strip(" \t\n.;,\u060c\u061b")
        ):
            # "- التخفيض من عقوبة الحبس لفائدة: 1632 نزيلا؛", "- remise de peine : 455 détenus ;": a line's label
            # before its colon is the clause of a count that ends the line.
            return label
        return start

    def _right_end(self, cand: Candidate, nxt: Candidate | None) -> int:
        start = cand.np_end
        # "1.243 personnes condamnées …, qu'elles soient en détention ou en liberté, bénéficient de la grâce": the
        # verb is told after the concession, which does not count against its reach.
        aside = _CONCESSION_ASIDE.search(self.norm, start, min(cand.sentence.end, start + WINDOW))
        if aside:
            start = aside.end()
        end = min(cand.sentence.end, start + WINDOW)
        for pattern in (_BOUNDARY_MARK, self.boundary_word):
            match = pattern.search(self.norm, start, end)
            if match:
                # A Persian clause ends after its verb ("… معاف شدند و …"): the verb stays in it.
                verb_end = _VERB_THEN_AND.search(match.group())
                end = match.start() + verb_end.start() if verb_end else match.start()
        # "تخفض عقوبة 545 سجينا، بينهم 148 مواطنا، تباعا وفق …": a subgroup between commas is an aside; the words
        # after it are its group's.
        if (
            self.c.lex.lang == "ar"
            and _AR_ASIDE_CLOSED.match(self.norm, cand.np_end)
            and _AMONG_THEM.search(self.norm, max(cand.sentence.start, cand.number.start - 20), cand.number.start)
        ):
            end = min(end, cand.np_end)
        # A reporting incise closes the clause: "… sont visées, a expliqué M. Kamerhe, qui a invité …".
        incise = _INCISE.search(self.norm, cand.np_end, end)
        if incise:
            end = incise.start()
        if self.c.lex.lang == "en":
            # "pardoned 4,270 inmates, including 200 women, and commuted …": ", and" opens the next clause.
            match = _COMMA_AND.search(self.norm, cand.np_end, end)
            if match:
                end = match.start()
        # "14 women and 16 men had been granted clemency": the cue serves both.
        coordinated = nxt and (
            _COORDINATED.fullmatch(self.norm, cand.np_end, nxt.number.start)
            or _SUBGROUP_OPEN.fullmatch(self.norm, cand.np_end, nxt.number.start)
        )
        # "۱۹ هزار تن از شهروندان کشور، ۲۵ شهروند خارجی و … در زندان‌ها": a longer noun phrase in a list.
        coordinated = coordinated or bool(
            nxt
            and self.c.lex.lang in ("ar", "fa")
            and _AR_FA_COORDINATED.fullmatch(self.norm, cand.np_end, nxt.number.start)
        )
        # "10 people, two of them minors, were taken to Russia": the aside leaves the verb to the count.
        aside = nxt and nxt.form == "partitive" and self.norm[cand.np_end : nxt.number.start].strip() == ","
        # "۴۰ تبعه خارجی، از جمله ۳ شهروند ایتالیایی، در میان آنان هستند": a subgroup aside between commas.
        aside = aside or bool(
            nxt
            and self.c.lex.lang == "fa"
            and _FA_ASIDE_OPEN.fullmatch(self.norm, cand.np_end, nxt.number.start)
            and _FA_ASIDE_CLOSE.match(self.norm, nxt.np_end, cand.sentence.end)
        )
        # "۴۲۰ زندانی به شمول ۳۵ زن و ۱۲ کودک از زندان‌ها رها شدند": a subgroup told right after its count,
        # with no commas, shares the verb that closes the sentence.
        aside = aside or bool(
            nxt and self.c.lex.lang == "fa" and _FA_SUBGROUP_BARE.fullmatch(self.norm, cand.np_end, nxt.number.start)
        )
        # "Some 200 of the 1,200 pardoned had been jailed": the part reads the words of the whole.
        whole = nxt and self.c.lex.lang == "en" and _OF_THE.fullmatch(self.norm, cand.number.end, nxt.number.start)
        # "۵ هزار زندانی از ۸۰ هزار زندانی کشور عفو می‌شوند": the same, where the verb closes the sentence.
        whole = whole or bool(
            nxt
            and self.c.lex.lang == "fa"
            and nxt.number.value > cand.number.value
            and _PART_THEN_WHOLE.fullmatch(self.norm, cand.np_end, nxt.number.start)
        )
        if nxt and nxt.number.start < end and not coordinated and not aside and not whole:
            end = nxt.number.start
        elif coordinated and nxt and self.c.lex.lang == "ar":
            # "بينهم 300 امرأة و45 أجنبيا، على أن يستفيد 1200 آخرون من تخفيض عقوباتهم": the verb after a third
            # count is that count's, not the pair's.
            third = _DIGIT.search(self.norm, nxt.np_end, end)
            if third:
                end = third.start()
        return end

    def _metric(self, cand: Candidate, left_start: int, qual_start: int, right_end: int) -> Reading | None:
        reading = self._metric_read(cand, left_start, qual_start, right_end)
        if reading is not None and reading.hit is not None and reading.metric in _CLEMENCY:
            hit = reading.hit
            asked = _ASKED_AFTER.match(self.norm, hit.end) or _ASKED_BEFORE.search(
                self.norm, max(cand.sentence.start, hit.start - 40), hit.start
            )
            if asked and not _REQUEST_GRANTED.search(self.norm, cand.sentence.start, cand.sentence.end):
                # "clemency petitions from 89 death row prisoners", "solicitudes de indulto de 916 reos": people who
                # asked for the measure, still held until it reaches them.
                return Reading(DET, "det", hit, f"'{self._show(hit)}' asked for: still held", True, after=reading.after)
        if reading is None or reading.hit is None or self.c.lex.lang != "fa" or reading.metric not in _CLEMENCY:
            return reading
        hit = reading.hit
        if reading.after and _FA_NEGATED.match(self.norm, hit.end, right_end + 20):
            # "۴۰۰ زندانی سیاسی مشمول این عفو نمی‌شوند", "… آزاد نشدند": people the measure leaves in prison.
            return Reading(DET, "det", hit, f"'{self._show(hit)}' denied: still held", True, after=True)
        if not reading.after and _FA_DEMANDED.search(self.norm, max(cand.sentence.start, hit.start - 14), hit.start):
            # "خانواده‌ها خواستار آزادی ۲۰۰ زندانی سیاسی شدند": a release asked for, the people still held.
            return Reading(DET, "det", hit, f"'{self._show(hit)}' demanded: still held", True)
        return reading

    def _metric_read(self, cand: Candidate, left_start: int, qual_start: int, right_end: int) -> Reading | None:
        aside = (
            self._en_aside(cand)
            or self._next_state_line(cand)
            or self._en_of_those_who(cand)
            or self._en_where_held(cand)
        )
        if aside:
            return aside
        partitive = self._partitive(cand, qual_start) or self._of_group(cand)
        if partitive and partitive.metric == P:
            # "Parmi les bénéficiaires, 1 219 détenus ont vu leur peine réduite": the part's own verb names
            # a narrower act of clemency than the group's pardon, and says what was done to them.
            own = self._after(cand, right_end)
            if own and own.metric == DET and own.kind == "still":
                # "27 of those amnestied were back in custody": held again, whatever the group was granted.
                return own
            if own and own.metric in _NARROWER_ACTS:
                return own._replace(why=f"{own.why}, among '{self._show(partitive.hit)}'" if partitive.hit else own.why)
        if partitive and partitive.metric in (DET, POP):
            # "۲۲ هزار و ۶۲۸ نفر از آنان از بازداشت‌شدگان … بوده‌اند": who they were, among "them".
            told = self._fa_them(cand, right_end)
            if told:
                return told
        if partitive:
            return partitive
        told = self._fa_them(cand, right_end)
        if told:
            return told
        # "… ما زالوا معتقلين", "the 40 men on federal death row": held now, whatever release is asked for
        # or told before; a later count's words ("37 of the 40 men on death row") are not this one's.
        right = self.cues(cand.sentence, "right", cand.np_end, right_end)
        still = [h for h in right if h.cue.kind == "still" and not _DIGIT.search(self.norm, cand.number.end, h.start)]
        acted = still and any(
            h.start < still[0].start and h.cue.metric in _CLEMENCY and h.cue.strength >= 3 for h in right
        )
        if acted:
            # "172,678 received a partial reduction and will remain in prison": what was done to them comes first,
            # where they stay after it second.
            still = []
        if still and self._acts_after_still(right, still[0], right_end):
            # "seven prisoners on death row had their sentences commuted to life": where they were held says who
            # they are; the verb after it says what was done to them.
            still = []
        if still and self._acted_on_right_before(cand, left_start, qual_start):
            # "yesterday pardoned 61 prisoners on death row": the verb right before the count acts on them; where
            # they were held says who they are.
            still = []
        same = None if still else self._same_people(cand, qual_start)
        if same:
            return same
        if cand.form == "bare" and cand.np_cue:  # "400 una rebaja de condena": the cue right after it governs
            return self._inside(cand)
        if still:  # "… ما زالوا معتقلين": held now, whatever release is asked for before the number
            hit = still[0]
            return Reading(DET, "det", hit, f"'{self._show(hit)}' after the number", True, after=True)
        again = self.c.lex.lang == "fa" and _FA_THIS_FIGURE.search(
            self.norm, max(cand.sentence.start, qual_start - 30), qual_start
        )
        if again and _FA_COPULA.match(self.norm, cand.np_end, cand.sentence.end):
            # "سال گذشته این رقم هزار و ۸۰۰ نفر بود": the figure told before, for another time.
            head = self._list_head(cand, "'این رقم': the figure told before, told again")
            if head:
                return head._replace(strong=True)
        reading = self._count_subject(cand, qual_start) or self._reading(cand, left_start, qual_start, right_end)
        enabled = self._enabled_to(cand, qual_start, right_end)
        if enabled:
            return enabled
        their_number = self.c.lex.lang in _PREDICATE_VERB and (
            reading is None
            # "الموجودون في حالة اعتقال، وعددهم 1203 نزلاء": where the group stands when the measure reaches it
            # (held or at liberty), not a count of people held.
            or (
                reading.metric == DET
                and reading.hit is not None
                and _IN_STATE.search(self.norm, max(cand.sentence.start, reading.hit.start - 12), reading.hit.start)
                is not None
            )
        )
        if their_number and _THEIR_NUMBER.search(self.norm, max(cand.sentence.start, qual_start - 30), qual_start):
            # "الموجودون في حالة سراح، وعددهم 299 شخصا" after "… في حالة اعتقال، وعددهم 1203 نزلاء" and its
            # lines: a group told like the one before takes its measure, not that of the lines between.
            sibling = next(
                (
                    f
                    for f in reversed(self.figures)
                    if (_GROUP_COUNTED in f.reason or _GROUP_NAMED in f.reason)
                    and cand.sentence.index - f.candidate.sentence.index <= 2 * _LIST_REACH
                ),
                None,
            )
            if sibling is None and _AR_BENEFICIARIES.search(self.norm, cand.sentence.start, qual_start):
                # "أما المستفيدون الموجودون في حالة سراح فبلغ عددهم 356 شخصا": the measure's beneficiaries, whatever
                # the lines told just before them had done to them.
                sibling = next((f for f in self.figures if f.strong and f.metric in _CLEMENCY), None)
            head = (
                Reading(sibling.metric, "", None, _GROUP_COUNTED, False)
                if sibling
                else self._list_head(cand, _GROUP_COUNTED, larger=True)
            )
            reading = head._replace(strong=True) if head else None
        same = self.by_sentence.get(cand.sentence.index)
        held_head = bool(same) and same[-1].metric in (DET, POP)  # "211 personas presas: 144 en prisión preventiva"
        if reading and reading.metric == DET and reading.after and self._in_list(cand, qual_start) and not held_head:
            # A breakdown's line: "16 شخصا كانوا أطفالا لحظة اعتقالهم" tells how they were held, not what
            # the list counts; "38 graciées de leur peine d'emprisonnement" names its act in its own noun.
            if cand.np_cue and cand.np_cue.cue.strength >= 3 and cand.np_cue.cue.metric in _CLEMENCY:
                return self._inside(cand)
            head = self._list_head(cand, f"{LIST_LINE} of the count before it")
            if head:
                return head
        if (
            reading
            and reading.hit
            and reading.hit.cue.kind == "covers"
            and _PRISON_HOLDS.search(
                self.norm, max(cand.sentence.start, reading.hit.start - 30), max(reading.hit.start, cand.number.start)
            )
        ):
            # "السجن المركزي يضم 5000 نزيل", "يضم السجن 5000 نزيل": a prison holds them.
            return Reading(POP, "pop", reading.hit, f"a prison '{self._show(reading.hit)}' them", False)
        if reading and reading.hit and reading.hit.cue.kind == "covers":
            # "این فرمان … را در بر می‌گیرد": the measure told before covers them; a survey or a poll that
            # "includes" people is no measure.
            # The measure is the clause's subject, before the count however long its noun phrase
            # ("این فرمان دو هزار و ۱۰۰ نفر از محکومان دادگاه‌های عمومی و انقلاب را در بر می‌گیرد").
            lo = max(cand.sentence.start, min(reading.hit.start - 60, qual_start - 30))
            if not _MEASURE.search(self.norm, lo, max(reading.hit.end, cand.number.start)):
                return None
            main = next(
                (f for f in self.figures if f.start >= self.head_end and f.strong and f.metric in _CLEMENCY), None
            )
            if main:
                why = f"'{self._show(reading.hit)}': covered by the measure told before"
                return Reading(main.metric, "", reading.hit, why, True, after=True)
        if reading and reading.metric == R and not reading.after and self.c.lex.lang in ("ar", "fa"):
            # "أفرجت عن 300 معتقل بكفالة": let out for a while (the bail right after the people counted).
            temporary = [
                h
                for h in self.cues(cand.sentence, "right", cand.np_end, min(right_end, cand.np_end + 25))
                if h.cue.metric == "temporarily_released" and not _DIGIT.search(self.norm, cand.np_end, h.start)
            ]
            if temporary:
                hit = temporary[0]
                return Reading(hit.cue.metric, hit.cue.kind, hit, f"{reading.why}, '{self._show(hit)}' after it", True)
        if reading and reading.metric == R and reading.hit and self.c.lex.lang == "ar" and not reading.after:
            # "القانون يتيح الإفراج عن 7355 نزيلا" after an amnesty law is named: the amnesty lets them out.
            law = _LAW_RELEASES.search(self.norm, max(cand.sentence.start, reading.hit.start - 50), reading.hit.start)
            if law and _AMNESTY_NAMED.search(self.norm, 0, law.start()):
                return reading._replace(metric=P, why=f"{reading.why}, by '{law.group().strip()}' (the amnesty)")
        if reading and reading.metric == R and reading.hit and self.c.lex.lang in ("fr", "es"):
            # "Cuando la ley se publicó, … calculó que podrían recuperar la libertad 6 mil 200 personas" after the
            # amnesty law is named: the release the amnesty law brings.
            lo = max(cand.sentence.start, reading.hit.start - 120)
            law = _FR_ES_LAW.search(self.norm, lo, reading.hit.start)
            if law and _FR_ES_AMNESTY_LAW.search(self.norm, 0, reading.hit.start):
                return reading._replace(metric=P, why=f"{reading.why}, by '{law.group().strip()}' (the amnesty)")
            # "aprobó un indulto …; gracias a aquella medida salieron de prisión 2.221 personas": the measure
            # named again by a demonstrative is the pardon told before it in the sentence.
            measure = _THANKS_TO_MEASURE.search(self.norm, lo, reading.hit.start)
            if measure and _PARDON_NOUN.search(self.norm, cand.sentence.start, measure.start()):
                return reading._replace(metric=P, why=f"{reading.why}, by '{measure.group().strip()}' (the pardon)")
            # "otra medida de gracia permitió excarcelar a 41 detenidos": the release a pardon brings.
            grace = _MEASURE_OF_GRACE.search(self.norm, lo, reading.hit.start)
            if grace:
                return reading._replace(metric=P, why=f"{reading.why}, by '{grace.group().strip()}' (the pardon)")
        if reading and reading.metric == R and self.c.lex.lang in _DECREE_BEFORE:
            decree = _DECREE_BEFORE[self.c.lex.lang].search(self.norm, cand.sentence.start, qual_start)
            # "بالعفو عن 706 سجناء … وبموجب المرسوم يفرج فورا عن 161": where the decree's pardon is already
            # counted, a smaller release under it is what the pardon does for those people.
            counted = any(
                f.metric == P and f.strong and f.start >= self.head_end and f.candidate.number.value > cand.number.value
                for f in self.figures
            )
            if decree and not (self.c.lex.lang == "ar" and counted):
                return reading._replace(metric=P, why=f"{reading.why}, by '{decree.group()}'")
        if (
            reading
            and reading.metric == P
            and reading.hit
            and self.c.lex.lang == "ar"
            and _AR_BENEFITED.match(self.norm, reading.hit.start)
        ):
            # "أصدر الرئيس مرسوما بتخفيض سنة من العقوبة، استفاد منه 142 سجينا": those who benefit from a measure
            # told just before have what it does.
            lo = max(cand.sentence.start, reading.hit.start - 90)
            acts = [h for h in self.cues(cand.sentence, "left", lo, reading.hit.start) if h.cue.strength >= 3]
            if acts and acts[-1].cue.metric in _NARROWER_ACTS:
                act = acts[-1]
                return Reading(act.cue.metric, act.cue.kind, act, f"{reading.why}, of '{self._show(act)}'", True)
        if reading and reading.metric == R and self.c.lex.lang == "fa":
            act = self._fa_measure_told_before(cand, qual_start) or self._fa_uncounted_pardon_before(cand)
            if act:
                return reading._replace(metric=act[0], why=f"{reading.why}, under '{act[1]}' told before")
        return reading

    def _count_subject(self, cand: Candidate, qual_start: int) -> Reading | None:
        """ "شمار مشمولان … به ۱۷۰ هزار نفر رسیده است", "عدد المستفيدين من العفو بلغ 960 سجينا": the count is
        the predicate of "the number of …", whose noun gives the metric."""
        lang = self.c.lex.lang
        if lang not in _PREDICATE_VERB:
            return None
        their_number = _THEIR_NUMBER.search(self.norm, max(cand.sentence.start, qual_start - 30), qual_start)
        if their_number:
            # "المستفيدون من العفو الموجودون في حالة اعتقال وعددهم 1112 نزيلا": the group named just before.
            lo = max(cand.sentence.start, their_number.start() - 100)
            hits = [h for h in self.cues(cand.sentence, "left", lo, their_number.start()) if h.cue.strength >= 3]
            # "عفوه السامي على مجموعة من الأشخاص، منهم المعتقلين ومنهم الموجودين في حالة سراح، المحكوم عليهم …،
            # وعددهم 2476 شخصا": where the group's people are ("في حالة سراح", "المعتقلين") describes them; the
            # measure that names the group may stand further back.
            if not any(h.cue.metric in _CLEMENCY and not _IN_STATE.search(
                self.norm, max(cand.sentence.start, h.start - 12), h.start) for h in hits):  # fmt: skip
                lo = max(cand.sentence.start, their_number.start() - 240)
                wide = [h for h in self.cues(cand.sentence, "left", lo, their_number.start()) if h.cue.strength >= 3]
                clemency = [
                    h
                    for h in wide
                    if h.cue.metric in _CLEMENCY
                    and not _IN_STATE.search(self.norm, max(cand.sentence.start, h.start - 12), h.start)
                ]
                hits = clemency or hits
            if hits:
                hit = _best_left(hits, self.norm)
                why = f"'{self._show(hit)}' {_GROUP_NAMED}"
                return Reading(hit.cue.metric, hit.cue.kind, hit, why, True)
            return None  # the words after it, else the measure told before (see _metric)
        before, verb_after = _PREDICATE_VERB[lang]
        near = self.norm[max(cand.sentence.start, qual_start - 20) : qual_start]
        # "وبلغ عدد المستفيدين من الموجودين في حالة سراح 240 شخصا": the verb before a long subject.
        long_subject = lang == "ar" and _AR_LONG_SUBJECT.search(
            self.norm, max(cand.sentence.start, qual_start - 90), qual_start
        )
        if not (before.search(near) or long_subject or verb_after.match(self.norm, cand.np_end, cand.sentence.end)):
            return None
        subjects = list(_COUNT_SUBJECT.finditer(self.norm, cand.sentence.start, qual_start))
        if not subjects:
            return None
        subject = subjects[-1]
        hits = [h for h in find_cues(self.c.left, subject.group(1), subject.start(1)) if h.cue.strength >= 3]
        if _PRONOUN.fullmatch(subject.group(1)):
            # "… آزاد شدند و تعداد آنان ۴۵ نفر است": "them" are the people of the clause before.
            hits = [
                h for h in self.cues(cand.sentence, "left", cand.sentence.start, subject.start()) if h.cue.strength >= 3
            ]
            if not hits:
                return None
            hit = hits[-1]
            return Reading(hit.cue.metric, hit.cue.kind, hit, f"'{subject.group().strip()}' counts them", True)
        if not hits and lang == "fa":
            # "شمار زندانیان این استان … به حدود ۱۶ هزار نفر رسیده است": the number of prisoners held.
            told = self.norm[subject.start() : qual_start]  # "شمار زندانیان آزادشده" counts the freed
            held = [h for h in find_cues(self.c.left, told, subject.start()) if h.cue.metric == POP]
            if held and held[0].start == subject.start():
                why = f"'{subject.group().strip()}': the number of prisoners held"
                return Reading(POP, "pop", held[0], why, True)
        if not hits and lang == "ar" and _AR_BENEFICIARIES.match(subject.group(1)):
            # "عدد المستفيدين …": the people the measure told before benefits.
            main = next((f for f in self.figures if f.strong and f.metric in _CLEMENCY), None)
            if main:
                why = f"'{subject.group().strip()}': the beneficiaries of the measure told before"
                return Reading(main.metric, "", None, why, True)
        if (not hits or hits[0].start != subject.start(1)) and lang == "ar":
            # "عدد المتهمين الذين أُطلق سراحهم … بلغ 20040": the relative clause of the subject says what was done.
            relative = _AR_RELATIVE.match(self.norm, subject.end(1))
            if subject.group(1) in ("من", "ممن") and long_subject and long_subject.start() <= subject.start():
                relative = _AR_WHO.match(self.norm, subject.end(1))  # "عدد من أطلق سراحهم": the number of who
            if relative:
                acts = self._clemency_cues(relative.group(1), relative.start(1))
                if acts:
                    act = acts[0]
                    why = f"'{subject.group().strip()} {relative.group().strip()}' is the subject of the count"
                    return Reading(act.cue.metric, act.cue.kind, act, why, True)
        if not hits or hits[0].start != subject.start(1):
            return None
        hit = hits[0]
        if lang == "fa" and hit.cue.metric == R and _FA_OBJECT_MARK.search(near):
            # "شمار آزادشدگانِ مشمول عفو را حدود هفت هزار نفر می‌داند": the freed the pardon covers are its people.
            told = self.norm[subject.start(1) : qual_start]
            hit = next((h for h in self._clemency_cues(told, subject.start(1)) if h.cue.metric != R), hit)
        return Reading(
            hit.cue.metric, hit.cue.kind, hit, f"'{subject.group().strip()}' is the subject of the count", True
        )

    def _en_of_those_who(self, cand: Candidate) -> Reading | None:
        """ "Sixty-seven of those whose sentences were cut had been serving life in prison": the group named by
        what was done to it, whatever they had been before."""
        if self.c.lex.lang != "en" or cand.form != "partitive":
            return None
        match = _EN_OF_THOSE_WHO.match(self.norm, cand.number.end, cand.sentence.end)
        if not match:
            return None
        hits = self._clemency_cues(match.group(1), match.start(1))
        if not hits:
            return None
        hit = hits[0]
        return Reading(hit.cue.metric, hit.cue.kind, hit, f"'{match.group().strip()}' names the group", True)

    def _next_state_line(self, cand: Candidate) -> Reading | None:
        """ "منهم 474 نزيلا في حالة اعتقال و234 في حالة سراح": the next line of where the measure's people are."""
        if self.c.lex.lang == "ar" and _STATE_AFTER.match(self.norm, cand.np_end):
            same = self.by_sentence.get(cand.sentence.index)
            if same and same[-1].reason.startswith(_WHERE_THEY_ARE):
                return Reading(same[-1].metric, "", None, _WHERE_THEY_ARE, False)
        return None

    def _of_group(self, cand: Candidate) -> Reading | None:
        if cand.form != "noun" or self.c.lex.lang not in ("ar", "fa"):
            return None
        match = _OF_GROUP.match(self.norm, cand.np_end, cand.sentence.end)
        if not match:
            return None
        hits = [h for h in find_cues(self.c.left, match.group(1), match.start(1)) if h.cue.strength >= 3]
        if not hits or hits[0].start != match.start(1):
            return None
        hit = hits[0]
        return Reading(hit.cue.metric, hit.cue.kind, hit, f"'{match.group().strip()}' names the group", True)

    def _sum_of_groups(self, cand: Candidate) -> Reading | None:
        """ "a amnistié 10 244 détenus … et gracié 291 autres condamnés, soit 10 535 au total": a count that
        restates the sum of the groups told before it in its sentence takes their act."""
        if not SUM_BEFORE.search(self.norm, max(cand.sentence.start, cand.number.start - 30), cand.number.start):
            return None
        groups = [f for f in self.by_sentence.get(cand.sentence.index, ()) if f.metric in _CLEMENCY]
        if len(groups) < 2 or sum(f.candidate.number.value for f in groups) != cand.number.value:
            return None
        return Reading(groups[0].metric, "", None, SUMMED, True)

    def _reading(self, cand: Candidate, left_start: int, qual_start: int, right_end: int) -> Reading | None:
        if self.c.lex.lang in ("fr", "es") and _THEY_ARE.match(self.norm, cand.sentence.start, qual_start):
            # "Se trata de cinco personas recluidas en cárceles y dos que cumplían detención domiciliaria": who
            # the people of the count before are; what they were serving says who they are, not what is done.
            # A verb of their own in the present ("850 détenus qui bénéficient d'une remise") still says what is
            # done to them.
            own = self._after(cand, right_end)
            told_state = (
                own is None
                or own.metric in (DET, POP)
                or (own.hit is not None and _IMPERFECT.search(self.norm, cand.np_end, own.hit.start) is not None)
            )
            head = self._list_head(cand, f"'{_THEY_ARE.match(self.norm, cand.sentence.start).group().strip()}'"
                                   ": the people of the count before", reach=2) if told_state else None  # fmt: skip
            if head:
                return head
        includes = self._en_measure_includes(cand, qual_start)
        if includes:
            return includes
        summed = self._sum_of_groups(cand)
        if summed:
            return summed
        if (
            self.c.lex.lang == "en"
            and cand.form == "predicate"
            and _EN_PRISONS_HOLD.search(self.norm, max(cand.sentence.start, qual_start - 90), qual_start)
        ):
            return Reading(POP, "pop", None, "what the prisons hold", False)
        before = self._before(cand, left_start, qual_start)
        if (
            before
            and before.hit
            and self.c.lex.lang == "en"
            and _UNDER_WHICH.search(self.norm, before.hit.end, qual_start)
        ):
            # "an amnesty law under which about 5,000 people will have their sentences cut": the measure is the
            # instrument, the verb after the count says what it does to them.
            after = self._after(cand, right_end)
            if after and after.metric in _CLEMENCY:
                before = after
        if (
            before
            and before.hit
            and self.c.lex.lang == "fa"
            and _CLAUSE_MARK.search(self.norm, before.hit.end, qual_start) is not None
        ):
            # "… ۸۹۰ زندانی آزاد می‌شوند؛ ۶۳۶ نفر دیگر از تخفیف مجازات بهره‌مند شده‌اند": a cue before a
            # semicolon is the clause before's; the count's own verb follows it.
            before = self._after(cand, right_end) or before
        elif before and before.hit and self.c.lex.lang == "fa" and qual_start - before.hit.end > _FA_NEAR:
            # Persian puts the verb last: a cue well before the number belongs to its own clause unless
            # none follows ("عفو ۱۰ هزار زندانی" is adjacent; "… مدت حبس ۱۵۲ زندانی کاهش یافت" is not).
            before = self._after(cand, right_end) or before
        elif before and before.hit and self.c.lex.lang == "fa" and before.metric == P:
            # "در میان مشمولان این عفو مجازات اعدام ۵۹ نفر به حبس تبدیل شده است": a pardon named before a
            # noun phrase of its own (two words or more) is the frame; the narrower verb after the count
            # says what was done to them.
            gap = self.norm[before.hit.end : cand.number.start].split()
            after = self._after(cand, right_end) if len(gap) >= 2 else None
            if after and after.metric in _NARROWER_ACTS and after.hit and after.hit.cue.strength >= 3:
                before = after
        if (
            before
            and before.hit
            and before.metric in (DET, POP)
            and self.c.lex.lang == "en"
            and _EN_ASIDE_THEN_AMONG.search(self.norm, before.hit.end, qual_start)
        ):
            # "X, jailed after his conviction in 2020, was among 200 prisoners released under a pardon": the aside
            # tells of X; the count's own words after it say what was done to them.
            before = self._after(cand, right_end) or before
        inside = None if before else self._inside(cand)
        if inside and inside.metric in (DET, POP):
            # "75 detained dissidents were released": the participle says who they were, the verb what
            # happened to them.
            after = self._after(cand, right_end)
            if after and after.metric in _CLEMENCY:
                inside = after
        reading = (
            before
            or inside
            or self._restated(cand, right_end)
            or self._after(cand, right_end)
            or self._fa_among_them(cand, right_end)
            or self._inherit(cand, qual_start)
            or self._weak(cand, left_start, qual_start, right_end)
            or self._by_noun(cand, right_end)
            or self._covered(cand)
            or self._en_later_stage(cand, qual_start)
        )
        if reading and reading.after and reading.hit and self.c.lex.lang == "en" and cand.form == "noun":
            # "pardoned 3,015 prisoners, including 98 foreigners, and in separate orders freed …": a verb after
            # the next clause's ", and" is that clause's; the subgroup keeps the act of the count it is in.
            near = self.norm[max(cand.sentence.start, qual_start - 16) : qual_start]
            if self.c.inherit.search(near) and _EN_NEXT_CLAUSE.search(self.norm, cand.np_end, reading.hit.start):
                same = self.by_sentence.get(cand.sentence.index)
                if same and same[-1].metric in _CLEMENCY:
                    return Reading(same[-1].metric, "", None, "a group of the count before its marker", False)
        if reading and not reading.after and reading.metric in (DET, POP) and reading.hit and self.c.lex.lang == "en":
            # "released nearly 2,000 Palestinian prisoners and detainees, including 250 serving life sentences":
            # the noun of the count before the marker says who they were, not what became of the group.
            same = self.by_sentence.get(cand.sentence.index)
            near = self.norm[max(cand.sentence.start, qual_start - 16) : qual_start]
            if (
                same
                and same[-1].metric in _CLEMENCY
                and self.c.inherit.search(near)
                and reading.hit.start < same[-1].candidate.np_end + 40
                and reading.hit.start >= same[-1].candidate.number.start
            ):
                return Reading(same[-1].metric, "", None, "a group of the count before its marker", False)
        if (
            reading
            and reading.after
            and reading.hit
            and cand.form == "noun"
            and self.c.lex.lang in ("fr", "es")
            and _APPOSED_PARTICIPLE.fullmatch(self.norm, cand.np_end, reading.hit.start)
            and self._in_list(cand, qual_start)
        ):
            # "gracié les 49 : les 46 hommes …, et trois femmes, relâchées dès septembre": a participle set off
            # after a line's noun says who they are; the line keeps the act of the count the list divides.
            head = self._list_head(cand, f"{LIST_LINE} of the count before it")
            if head and head.metric != reading.metric:
                return head
        if reading and not reading.after and reading.metric == DET and reading.hit and self.c.lex.lang == "en":
            # "pardoned X, jailed over remarks about the border, as well as four women activists": the participle
            # of an apposition tells of the person before it; the count is joined to the verb's object.
            hit = reading.hit
            if self.norm.startswith(", ", hit.start - 2) and _EN_APPOSED_JOIN.search(
                self.norm, hit.end, cand.number.start
            ):
                lo = max(cand.sentence.start, hit.start - 200)
                verbs = [h for h in self.cues(cand.sentence, "left", lo, hit.start - 2) if h.cue.metric in _CLEMENCY]
                if verbs and verbs[-1].cue.strength >= 3:
                    verb = verbs[-1]
                    return Reading(verb.cue.metric, verb.cue.kind, verb, f"'{self._show(verb)}' before an aside", True)
        if reading and reading.after and reading.metric in (DET, POP) and self.c.lex.lang == "en":
            # "pardoned 1,304 people: 1,130 in detention and 174 at liberty", "of whom 1,130 are in detention":
            # where the measure's people are, not people held apart from it.
            same = self.by_sentence.get(cand.sentence.index)
            before = self.norm[max(cand.sentence.start, qual_start - 30) : qual_start]
            divides = self._in_list(cand, qual_start) or _OF_WHOM.search(before) or self.c.inherit.search(before)
            if (
                same
                and same[-1].metric in _CLEMENCY
                and divides
                and reading.hit
                and _WHERE_HELD.match(self.norm, reading.hit.start)
            ):
                return Reading(same[-1].metric, "", None, _WHERE_THEY_ARE, False)
        if (
            reading
            and reading.after
            and reading.metric in (DET, POP)
            and reading.hit
            and self.c.lex.lang == "ar"
            and _IN_STATE.search(self.norm, max(cand.sentence.start, reading.hit.start - 12), reading.hit.start)
            and (
                _AMONG_THEM.search(self.norm, max(cand.sentence.start, qual_start - 20), qual_start)
                or self._in_list(cand, qual_start)
            )
        ):
            # "عفوه على 708 أشخاص، منهم 474 نزيلا في حالة اعتقال": where the measure's people are, not people
            # held apart from it.
            same = self.by_sentence.get(cand.sentence.index)
            if same and same[-1].metric in _CLEMENCY:
                return Reading(same[-1].metric, "", None, _WHERE_THEY_ARE, False)
        if (
            reading
            and reading.after
            and reading.metric in (DET, POP)
            and reading.hit
            and self.c.lex.lang == "fa"
            and _OTHER_AFTER_NOUN.match(self.norm, cand.np_end)
            and _FA_WERE.match(self.norm, reading.hit.end)
            and self.figures
            and LIST_LINE in self.figures[-1].reason
            and cand.sentence.index - self.figures[-1].candidate.sentence.index <= 2
        ):
            # "پرونده‌های مالی: ۱۳۱ نفر … سه نفر دیگر نیز به دلیل تصادف در زندان بودند": the others of a
            # breakdown, told by why they had been held, are its last line, not people held now.
            head = self._list_head(cand, f"{LIST_LINE} of the count before it")
            if head:
                return head
        if reading and reading.after and reading.metric in (DET, POP) and reading.hit and cand.form == "noun":
            # "among them 16 Tamils jailed under the terror law": a participle right after the noun says
            # who they are; the subgroup marker gives what happened to them.
            gap = self.norm[cand.np_end : reading.hit.start]
            marked = self.c.inherit.search(self.norm[max(cand.sentence.start, qual_start - 40) : qual_start])
            if marked and not gap.strip() and _PARTICIPLE.match(self.norm, reading.hit.start):
                reading = self._inherit(cand, qual_start) or reading
        of_whom = cand.form == "bare" and _OF_WHOM.search(
            self.norm[max(cand.sentence.start, qual_start - 30) : qual_start]
        )
        if reading and reading.metric == R and reading.after and reading.hit and (cand.form == "noun" or of_whom):
            # "Thirty-four foreigners will go free", "of whom 1,200 will be released" after "grant amnesty to 18,539 prisoners": those the
            # pardon covers, told as they will walk out, keep the act of clemency.
            first = next(
                (f for f in self.figures if f.strong and f.metric in _CLEMENCY and f.start >= self.head_end), None
            )
            future = _FUTURE.fullmatch(self.norm, cand.np_end, reading.hit.start)
            # "pardoned more than 4,000 … A total of 4,270 inmates will be freed": the rounded pardon's exact count.
            rounded = bool(
                first
                and first.qualifier in ("at_least", "approximately")
                and abs(first.candidate.number.value - cand.number.value) * 10 <= cand.number.value
            )
            larger = first and first.candidate.number.value > cand.number.value
            if future and first and first.metric == P and (larger or rounded):
                return Reading(P, "", reading.hit, f"'{self._show(reading.hit)}': {WALK_OUT}", False)
        # "released 1,400 prisoners on bail": let out for a while.
        left_release = reading and reading.metric == R and reading.hit and not reading.after
        if left_release and self.c.lex.lang == "en" and _TEMPORARY_AFTER.match(self.norm, cand.np_end):
            return Reading("temporarily_released", "", reading.hit, f"{reading.why}, for a while", True)
        # "5,000 undertrial prisoners had already been let out on interim bail", "ont quitté les prisons belges
        # pour un congé pénitentiaire": the release told after the count, for a while.
        right_release = reading and reading.metric == R and reading.hit and reading.after
        if right_release and self.c.lex.lang == "en" and _TEMPORARY_AFTER.match(self.norm, reading.hit.end):
            return reading._replace(metric="temporarily_released", why=f"{reading.why}, for a while")
        in_fr_es = right_release and self.c.lex.lang in ("fr", "es")
        temporary = self._temporary_after(cand, reading.hit.end, right_end) if in_fr_es else None
        if temporary:
            return reading._replace(metric="temporarily_released", why=f"{reading.why}, '{self._show(temporary)}'")
        of_whole = self.c.lex.lang == "en" and _OF_THE.match(self.norm, cand.number.end) is not None
        if reading and reading.metric == R and reading.hit and not of_whole:
            # "freed 250 prisoners under a presidential pardon", "dejarán las cárceles gracias al decreto de
            # amnistía": freed by a pardon, so pardoned (the schema keeps the act of clemency).
            pardon = self._pardon_after(cand, max(cand.np_end, reading.hit.end), right_end)
            if pardon and reading.after:
                # Both are this count's predicate ("would be freed under the royal pardon"), not the next's.
                self.predicates.add(reading.hit.start)
                self.predicate_spans.append((reading.hit.start, reading.hit.end))
            if pardon:
                return pardon._replace(why=f"{reading.why}, {pardon.why}")
        return reading

    def _en_later_stage(self, cand: Candidate, qual_start: int) -> Reading | None:
        """ "a second group of 1,668 prisoners would be put to parliament": with no verb of its own, a later
        stage of the measure counts people of its kind (its role says it is another event)."""
        if self.c.lex.lang != "en" or cand.form != "noun":
            return None
        if not _EN_LATER_STAGE.search(self.norm, max(cand.sentence.start, qual_start - 40), qual_start):
            return None
        main = next((f for f in self.figures if f.start >= self.head_end and f.strong and f.metric in _CLEMENCY), None)
        return Reading(main.metric, "", None, "a later stage of the measure", False) if main else None

    def _en_measure_includes(self, cand: Candidate, qual_start: int) -> Reading | None:
        """ "The list, approved by the president, includes 66 foreign nationals", "The group also includes six
        activists jailed for treason": people the measure told before covers, whatever their past."""
        if self.c.lex.lang in ("fr", "es"):
            # "Ce chiffre englobe aussi 14 détenus …, ainsi que huit personnes … en détention provisoire": the
            # verb of inclusion governs the counts it lists, whatever they were.
            opening = _FR_ES_MEASURE_INCLUDES.search(self.norm, cand.sentence.start, qual_start)
            if (
                opening
                and not _DIGIT.search(self.norm, opening.end(), qual_start)
                or (opening and _FR_ES_INCLUDED_JOIN.search(self.norm, opening.end(), qual_start))
            ):
                return self._measure_includes()
            if _FR_ES_ON_THE_LIST.match(self.norm, cand.np_end, cand.sentence.end):
                # "… admis au bénéfice de la loi d'amnistie. Plus de 350 ex-membres du mouvement figurent dans les
                # arrêtés": the measure's people, the measure told before.
                return self._measure_includes() or self._measure_named_before(cand)
            return None
        if self.c.lex.lang in ("ar", "fa"):
            # "وتألفت المجموعة من 270 عسكريا"، "این گروه شامل ۲۷۰ نظامی … بود": what the group told before was made of.
            made_of = _AR_FA_MADE_OF.search(self.norm, max(cand.sentence.start, qual_start - 60), qual_start)
            if made_of and not _DIGIT.search(self.norm, made_of.end(), qual_start):
                return self._measure_includes()
            return None
        if self.c.lex.lang != "en":
            return None
        if (
            cand.form == "bare"
            and not self.norm[cand.sentence.start : qual_start].strip()
            and _EN_DESCRIBED.match(self.norm, cand.np_end, cand.sentence.end)
        ):
            # "Eight of those pardoned are women and 24 are men. Seventeen suffer from chronic illnesses …":
            # a bare subject described by its health, age or family is some of the people just counted.
            head = self._list_head(cand, "described as some of the people of the count before", reach=2)
            if head:
                return head
        if _EN_AMONG_THEM.match(self.norm, cand.np_end, cand.sentence.end) and cand.form == "noun":
            # "… told reporters that 18 foreigners were among them": a subgroup of the count told before.
            head = self._list_head(cand, "among the people of the count before")
            if head:
                return head
        among_after = _EN_AMONG_AFTER.match(self.norm, cand.np_end, cand.sentence.end)
        if among_after:
            # "Thirty-four foreigners were among the 6,000 prisoners freed", "… among those released".
            hits = [
                h for h in find_cues(self.c.right, among_after.group(1), among_after.start(1)) if h.cue.strength >= 3
            ]
            if hits:
                return Reading(hits[0].cue.metric, hits[0].cue.kind, hits[0], f"'{among_after.group().strip()}'", True)
        among = _EN_AMONG_THOSE.match(self.norm, cand.sentence.start, qual_start)
        if among:
            # "Among those released were opposition figures, people jailed over the protests, as well as 14
            # foreign citizens": the sentence counts the people its opening names.
            hits = [h for h in find_cues(self.c.left, among.group(1), among.start(1)) if h.cue.strength >= 3]
            if not hits and _EN_SWAPPED.match(among.group(1)):
                # "Those returned to Ukraine were 270 servicemen": the people a swap gave back.
                return Reading(R, "", None, f"'{among.group().strip()}' names them", True)
            if hits:
                hit = hits[0]
                head = self._list_head(cand, f"'{among.group().strip()}' names the people of the pardon", reach=2)
                if hit.cue.metric == R and head and head.metric == P:
                    return head  # "pardoned 1,019 convicts. Among the freed: 28 women, …": the same people
                return Reading(hit.cue.metric, hit.cue.kind, hit, f"'{among.group().strip()}' names them", True)
        they = _EN_THEY_INCLUDE.match(self.norm, cand.sentence.start, qual_start)
        if they and cand.form == "noun":
            # "… pardoned 1,210 prisoners. Among them were 34 women and 12 people over 70", "They include 28
            # women, 14 foreigners and …": a sentence opened by the people just counted lists some of them.
            # "Among the 334 are 18 foreign citizens": those of the count it names, not of the nearest one.
            named = _EN_AMONG_NUMBER.search(they.group())
            value = int(named.group(1).replace(",", "")) if named else None
            head = next(
                (
                    Reading(f.metric, "", None, "a group of the people of the count it names", False)
                    for f in reversed(self.figures)
                    if f.candidate.number.value == value and f.strong and f.metric in _CLEMENCY
                ),
                None,
            ) or self._list_head(cand, "a group of the people counted just before", reach=2)
            if head:
                return head
        if _EN_ON_THE_LIST.match(self.norm, cand.np_end, cand.sentence.end):
            # "Twenty foreign nationals are on the list: nine Chinese, …": the measure's people.
            return self._measure_includes()
        lo = max(cand.sentence.start, qual_start - 140)
        if not _EN_MEASURE_INCLUDES.search(self.norm, lo, qual_start):
            return None
        return self._measure_includes()

    def _measure_named_before(self, cand: Candidate) -> Reading | None:
        """The act of a measure named by a strong cue in the sentence before the count's, or before it in its own."""
        previous_end = self.norm.rfind(".", 0, max(0, cand.sentence.start - 1))
        start = max(self.head_end, self.norm.rfind(".", 0, max(0, previous_end)) + 1)
        hits = [
            h
            for h in find_cues(self.c.left, self.norm[start : cand.number.start], start)
            + find_cues(self.c.np_cues, self.norm[start : cand.number.start], start)
            if h.cue.strength >= 3 and h.cue.metric in (P, "sentence_reduced")
        ]
        return Reading(hits[-1].cue.metric, "", None, "the people of the measure named before", False) if hits else None

    def _measure_includes(self) -> Reading | None:
        """The act of the measure's main count, for people the measure told before includes."""
        main = next((f for f in self.figures if f.start >= self.head_end and f.strong and f.metric in _CLEMENCY), None)
        if main is None:
            return None
        return Reading(main.metric, "", None, "the people the measure told before includes", True)

    def _restated(self, cand: Candidate, right_end: int) -> Reading | None:
        """The people the measure covers, told again: "Près de 300 personnes sont donc concernées", "un millier
        de détenus retrouvent ainsi la liberté", "unos 500 presos quedan así en libertad". They restate the
        clemency count told before, whose metric they keep (the schema keeps the act of clemency)."""
        end = min(right_end, cand.np_end + 40)
        match = _RESTATED.search(self.norm, cand.np_end, end)
        if match is None:
            return None
        if match.lastgroup == "thus":
            hits = [h for h in self.cues(cand.sentence, "right", cand.np_end, right_end) if h.cue.strength >= 2]
            if hits and min(hits, key=lambda h: (-h.cue.strength, h.start)).cue.metric != R:
                return None
            if _OTHER_ACT.search(self.norm, match.end(), right_end):
                return None  # "300 détenus seront donc transférés": another act, not the measure told again
        return self._list_head(
            cand, f"'{match.group().strip()}': the count of the measure told again", reach=8, near=True
        )

    def _same_people(self, cand: Candidate, qual_start: int) -> Reading | None:
        """People counted again: "the 14 would be set free", "All 14 were driven across the border" after
        "pardoned 14 prisoners", or "Most of those freed are foreigners: two Japanese, …" after it. Told
        once more, they keep the act of clemency of the count they repeat or divide."""
        first = next((f for f in self.figures if f.strong and f.metric in _CLEMENCY and f.start >= self.head_end), None)
        if first is None:
            return None
        before = self.norm[max(cand.sentence.start, qual_start - 12) : qual_start]
        if _DEFINITE.search(before):
            value = cand.number.value
            # A headline's "frees 988" and the body's "988 … under a presidential pardon": the body's act of
            # clemency is the one the count told again keeps.
            told = [f for f in self.figures if f.candidate.number.value == value and f.metric in _CLEMENCY]
            earlier = min(told, key=lambda f: (f.start < self.head_end, f.metric == R), default=None)
            if earlier is not None:
                return Reading(earlier.metric, "", None, f"the same {value:,} as before", False)
        group = _THOSE.search(self.norm, max(cand.sentence.start, qual_start - 200), qual_start)
        # "Most of those freed came from seven prisons: Mahara, 20; Kegalle, 18": a list's labels after its colon
        # end in commas of their own, not another clause's.
        between = self.norm[group.end() : qual_start] if group else ""
        if group and first.metric != R and (not between.count(",") or _LABELLED_LINES.fullmatch(between)):
            return Reading(
                first.metric, "", None, f"'{group.group().strip()}' are the people of the count before", False
            )
        return None

    def _en_aside(self, cand: Candidate) -> Reading | None:
        """ "… for 159 convicts, two of them former state governors jailed for theft": a partitive aside right after
        a clemency count, with a participle and no verb of its own, is a group of that count's people."""
        if cand.form != "partitive" or self.c.lex.lang != "en" or not self.figures:
            return None
        last = self.figures[-1]
        if last.candidate.sentence.index != cand.sentence.index or last.metric not in _CLEMENCY:
            return None
        if self.norm[last.candidate.np_end : cand.number.start].strip() != ",":
            return None
        if not _EN_ASIDE_PARTICIPLE.match(self.norm, cand.number.end, cand.sentence.end):
            return None
        return Reading(last.metric, "", None, "an aside on the people of the count before it", False)

    def _en_where_held(self, cand: Candidate) -> Reading | None:
        """ "pardoned 417 convicted prisoners. 298 of them are held in federal prisons": where the people of the
        measure told just before are held says who they are, not that they stay."""
        if cand.form != "partitive" or self.c.lex.lang != "en" or not self.figures:
            return None
        if not _EN_HELD_WHERE.match(self.norm, cand.number.end, cand.sentence.end):
            return None
        last = self.figures[-1]
        if last.metric not in _CLEMENCY or not last.strong or cand.sentence.index - last.candidate.sentence.index > 1:
            return None
        return Reading(last.metric, "", None, "where the people of the count before are held", False)

    def _covered(self, cand: Candidate) -> Reading | None:
        """ "4,688 of those covered were convicted of …": with no verb of their own, the measure's people."""
        if cand.form != "partitive" or self.c.lex.lang != "en":
            return None
        if not _COVERED.search(self.norm, cand.number.end, cand.np_end):
            return None
        first = next((f for f in self.figures if f.strong and f.metric in _CLEMENCY), None)
        return Reading(first.metric, "", None, "the people the measure covers", False) if first else None

    def _pardon_after(self, cand: Candidate, start: int, right_end: int) -> Reading | None:
        # The instrument may end past the window: "quedarán en libertad … después de que el Gobierno les
        # concediera distintas gracias" (the reach below still bounds where it starts).
        if right_end >= min(cand.sentence.end, cand.np_end + WINDOW):
            clause = _BOUNDARY_MARK.search(self.norm, right_end, cand.sentence.end)
            right_end = min(clause.start() if clause else cand.sentence.end, start + 200)
        hits = [h for h in self.cues(cand.sentence, "right", start, right_end) if h.cue.metric == P]
        if not hits:
            return None
        hit = hits[0]
        # Past the clause only when told of the people counted: "غادروا السجن … بعد قرار بالعفو عنهم".
        if hit.start >= right_end and (hit.start - start > 250 or not _BACK_REFERENCE.match(self.norm, hit.end)):
            return None
        subgroup = _SUBGROUP.search(self.norm, start, hit.start)
        closed = subgroup and self.c.lex.lang == "ar" and _AR_ASIDE_END.search(self.norm, subgroup.end(), hit.start)
        if subgroup and not closed:
            return None  # the pardon of a subgroup told after the count (not one of an aside closed before it)
        if _SAME_LAW.match(self.norm, hit.start) and not _AMNESTY_NAMED.search(self.norm, 0, hit.start):
            return None  # "بموجب القانون نفسه" is a pardon only where that law is the amnesty's
        # The measure named as the instrument ("بموجب مرسوم العفو", "gracias al decreto de amnistía") or
        # told of the people counted ("بالعفو العام عنهم") may close a long clause; a bare verb must be near.
        far = _INSTRUMENT.match(self.norm, hit.start) or _BACK_REFERENCE.match(self.norm, hit.end)
        reach = 120 if far else 40
        if not far and _NEW_CLAUSE.search(self.norm, start, hit.start):
            return None  # "أفرج عن 15 ألفا، وصدر قرار بالعفو عن …": the pardon of the next clause
        if hit.start - start > reach:
            return None
        return Reading(P, hit.cue.kind, hit, f"'{self._show(hit)}' after it", True, after=True)

    def _partitive(self, cand: Candidate, qual_start: int) -> Reading | None:
        # The partitive serves every number of its clause ("Entre los beneficiados hay 36 mujeres y
        # 20 extranjeros"), not the next clause's.
        start = max(cand.sentence.start, qual_start - 60)
        for pattern in (_BOUNDARY_MARK, self.boundary_word):
            for match in pattern.finditer(self.norm, start, qual_start):
                start = max(start, match.end())
        before = self.norm[start:qual_start]
        match = self.c.partitive_before.search(before)
        if match:
            hits = find_cues(self.c.left, match.group("rest"), 0)
            if (
                hits
                and cand.form == "bare"
                and self.c.lex.lang == "en"
                and _AND_END.search(before)
                and _OWN_AUX.match(self.norm, cand.number.end, cand.sentence.end)
            ):
                return None  # "Twelve of them are freed in full and two have their terms halved": its own verb
            if hits and hits[0].cue.metric == R and self.c.lex.lang == "en" and match.start() == 0:
                # "Of those freed, sixteen are Gambians" after "pardoned 21": the freed are the pardon's people.
                last = next((f for f in reversed(self.figures) if f.metric in _CLEMENCY), None)
                if last is not None and last.metric == P and cand.sentence.index - last.candidate.sentence.index <= 2:
                    return Reading(P, "", None, f"'{match.group().strip(' ,')}' are the pardon's people", False)
            if hits:
                start = qual_start - len(before) + match.start()
                hit = CueHit(start, qual_start, hits[0].cue)
                return Reading(
                    hits[0].cue.metric,
                    hits[0].cue.kind,
                    hit,
                    f"'{match.group().strip(' ,')}' names the group",
                    True,
                )
        if match and self.c.lex.lang == "en" and self.figures and match.start() == 0:
            # "Of those, some 22,000 had been arrested amid the protests": those are the people of the
            # count before; what they had been (arrested, held) does not change what was done to them.
            last = self.figures[-1]
            near = cand.sentence.index - last.candidate.sentence.index <= 1
            if near and last.metric in _CLEMENCY:
                # "Of them, 1,247 were released, while the rest had their terms cut": a narrower act of their
                # own says what was done to these (what they had been, held or arrested, does not).
                own = self._after(cand, min(cand.sentence.end, cand.np_end + WINDOW))
                if own and own.metric in (R, *_NARROWER_ACTS) and own.metric != last.metric and last.metric == P:
                    return own
                return Reading(last.metric, "", None, f"'{match.group().strip(' ,')}' are the count before", False)
        of_total = self.c.lex.lang == "en" and _EN_OF_THE_TOTAL.search(before)
        if of_total and self.figures and self.figures[-1].metric in _CLEMENCY:
            # "Of the total, some 3,000 were men": the people of the count just told.
            last = self.figures[-1]
            return Reading(last.metric, "", None, f"'{of_total.group().strip(' ,')}' are the count before", False)
        group = self.c.lex.lang in ("fr", "es") and _FR_ES_OF_THE_GROUP.match(
            self.norm, cand.sentence.start, qual_start
        )
        if group and self.figures and cand.np_cue is None:
            # "De los liberados, 279 son varones", "Del total, 505 son civiles", "Sur ces 1 166 graciés, 562 …":
            # the people of the measure's count told before, whatever they are.
            whole = re.search(r"\b(?:total|nombre|grupo|groupe|conjunto|ensemble)\b", group.group(), re.IGNORECASE)
            told = [f for f in self.figures if f.candidate.sentence.index < cand.sentence.index]
            last = (
                (told[-1] if told else None)
                if whole
                else next((f for f in reversed(told) if f.metric in _CLEMENCY), None)
            )
            # "Del total" names the count told last, however many sentences of comment came between.
            if last is not None and cand.sentence.index - last.candidate.sentence.index <= (4 if whole else 2):
                kind = "det" if last.metric == DET else ""
                return Reading(last.metric, kind, None, f"'{group.group().strip(' ,')}' are the count before", False)
        of_the = self.c.lex.lang == "en" and _EN_OF_THE_NUMBER.search(before)
        if of_the and self.figures:
            # "Of the 3,000, 1,800 are serving drug sentences": the people of that count, whatever they serve.
            told = int(re.sub(r"\D", "", of_the.group(1)) or 0)
            whole = next((f for f in reversed(self.figures) if f.candidate.number.value == told), None)
            if whole is not None and whole.metric in _CLEMENCY:
                return Reading(whole.metric, "", None, f"'{of_the.group().strip(' ,')}' are that count's people", False)
        if cand.form == "partitive":
            rest = self.norm[cand.number.end : cand.np_end]
            inner = find_cues(self.c.left, rest, cand.number.end)
            if self.c.lex.lang == "en":
                inner = [h for h in inner if h.cue.strength >= 2]  # "24 of whom were serving sentences" says who
            # "Nine of them had been jailed for …", "Quatre d'entre eux avaient été arrêtés …": what they had been
            # before the measure, not what was done to them.
            inner = self._not_what_they_had_been(inner, cand.number.end)
            if not inner and self.c.lex.lang in ("fr", "es"):
                # "1 200 d'entre eux recouvreront la liberté": the predicate read with the partitive.
                reach = self.norm[cand.number.end : min(cand.sentence.end, cand.np_end + 40)]
                inner = [h for h in find_cues(self.c.right, reach, cand.number.end) if h.cue.strength >= 3]
            if inner:
                hit = inner[0]
                return Reading(
                    hit.cue.metric,
                    hit.cue.kind,
                    hit,
                    f"'{rest.strip()}' names the group",
                    True,
                )
            cues = self.cues(cand.sentence, "left", cand.sentence.start, qual_start) + self.cues(
                cand.sentence, "right", cand.np_end, cand.sentence.end
            )
            if _PRONOUN_PARTITIVE.match(rest) and not any(h.cue.strength >= 2 for h in cues):
                # "Dos de ellos habían sido condenados a …": with no act of their own, some of the people of
                # the count told just before.
                return self._list_head(cand, f"'{rest.strip()}' are some of the count before", reach=2)
        return None

    def _fa_measure_told_before(self, cand: Candidate, qual_start: int) -> tuple[str, str] | None:
        """ "رهبر طالبان فرمان عفو زندانیان را صادر کرد. بر اساس این فرمان، ۲۴۶۳ زندانی رها شدند": people
        freed under "this" decree or circular, which an earlier sentence named as a pardon (or a furlough),
        keep that act."""
        ref = _FA_THIS_MEASURE.search(self.norm, cand.sentence.start, qual_start)
        named_here = _FA_UNDER_NAMED.search(self.norm, cand.sentence.start, qual_start) if ref is None else None
        if named_here is not None:
            # "بر اساس فرمان عفو رهبر طالبان، دو هزار و ۱۷۸ زندانی … آزاد شده‌اند": freed under a measure the
            # same sentence names with its act, before the count however long the noun phrase after it.
            act = named_here.group("act")
            if any(
                f.metric == P and f.candidate.number.value > cand.number.value and f.start >= self.head_end
                for f in self.figures
            ):
                return None
            return ("temporarily_released" if act == "مرخصی" else P), named_here.group().strip()
        if ref is None:
            return None
        # Where the measure's own count was told ("فرمان عفو ۶۲۵ محکوم … بر اساس این فرمان، ۴۷۵ نفر … آزاد
        # می‌شوند"), the release is what it does to some of them: their own verb stays.
        value = cand.number.value
        if any(f.metric == P and f.candidate.number.value > value and f.start >= self.head_end for f in self.figures):
            return None
        if ref.group("noun") == "عفو":
            return P, ref.group().strip()
        told = list(_FA_MEASURE_NAMED.finditer(self.norm, max(0, cand.sentence.start - 600), cand.sentence.start))
        if not told:
            return None
        named = told[-1]
        act = named.group("act")
        metric = "temporarily_released" if act == "مرخصی" else P if act in ("عفو", "بخشودگی") else None
        return (metric, named.group().strip()) if metric else None

    def _fa_uncounted_pardon_before(self, cand: Candidate) -> tuple[str, str] | None:
        """ "… به دستور رئیس دادگاه، شماری از زندانیان مشمول عفو شده‌اند. بر پایه این اعلامیه، ۱۵۵۹ زندانی
        آزاد شده‌اند": the sentence before told a pardon of people it did not count; the first release counted
        after it is how many it freed."""
        if any(f.metric == P and f.start >= self.head_end for f in self.figures):
            return None
        start = cand.sentence.start
        if _DIGIT.search(self.norm, start, cand.number.start):
            return None
        base = max(0, start - 400)
        end = base + len(self.norm[base:start].rstrip(" \n\t."))  # the sentence before, without its full stop
        lo = max(self.head_end, start - 400, self.norm.rfind(".", 0, end) + 1, self.norm.rfind("\n", 0, end) + 1)
        vague = _FA_UNCOUNTED.search(self.norm, lo, start)
        if vague is None or _DIGIT.search(self.norm, vague.end(), start):
            return None
        pardon = _FA_PARDON_WORD.search(self.norm, vague.end(), start)
        if pardon is None or _FA_NEGATED.match(self.norm, pardon.end(), start):
            return None
        return P, f"{vague.group().strip()} … {pardon.group()}"

    def _fa_line_of_another_act(self, cand: Candidate, last: RawFigure, opening: str) -> bool:
        """ "- آزادی: ۷۱ نفر / - اعزام به مرخصی: ۱۱۰۷ نفر / - ملاقات با خانواده: ۱۳۳۵ نفر": where the line
        before named its own act in its label, a line whose label names none tells another act (a visit, a
        service), not more people of the line before's."""
        if self.c.lex.lang != "fa" or LIST_LINE in last.reason:
            return False
        label = opening.strip(" -\u2013\u2022*:\uff1a\t")
        if not label or _DIGIT.search(label):
            return False
        line = last.candidate.sentence
        head = self.norm[line.start : last.candidate.number.start]
        if ":" not in head or len(head) > 60:  # the line before is a labelled line of the list too
            return False
        own = self.cues(line, "left", line.start, last.candidate.number.start)
        return any(h.cue.strength >= 2 and h.cue.metric == last.metric for h in own)

    def _fa_among_them(self, cand: Candidate, right_end: int) -> Reading | None:
        """ "… موافقت کرد که ۴۰ تبعه خارجی، از جمله ۳ شهروند ایتالیایی، در میان آنان هستند": people told
        to be among "them", the people of the clemency count just told, keep its act."""
        if self.c.lex.lang != "fa" or not self.figures:
            return None
        among = _FA_AMONG_THEM.search(self.norm, cand.np_end, right_end)
        last = self.figures[-1]
        if among is None or last.metric not in _CLEMENCY or last.candidate.number.value <= cand.number.value:
            return None
        return Reading(last.metric, "", None, f"'{among.group().strip()}': among the count before", False)

    def _fa_them(self, cand: Candidate, right_end: int) -> Reading | None:
        """ "۸۲ هزار و ۶۵۶ نفر مشمول آن عفو شدند که ۲۲ هزار و ۶۲۸ نفر از آنان … بازداشت شده بودند": some of
        "them", the people of the count just told, keep its act; what they had been (arrested, sentenced to
        death) says who they are. A verb of clemency of their own still says what was done to them."""
        if self.c.lex.lang != "fa" or cand.form != "partitive" or not self.figures:
            return None
        if not _PRONOUN.search(self.norm, cand.number.end, cand.np_end):
            return None
        last = self.figures[-1]
        if last.metric not in _CLEMENCY or cand.sentence.index - last.candidate.sentence.index > 1:
            return None
        own = self._after(cand, right_end)
        if own and own.metric not in (DET, POP):
            return None
        return Reading(last.metric, "", None, "'از آنان': some of the count before, with its act", False)

    def _before(self, cand: Candidate, left_start: int, qual_start: int) -> Reading | None:
        if self.c.lex.lang == "en" and (
            _NATION_HOLDS.search(self.norm, max(left_start, qual_start - 40), qual_start)
            or _named_nation_holds(self.norm, max(left_start, qual_start - 40), qual_start)
        ):
            # "5 percent of the country's 80,000 prisoners", "35,000 of Turkey's roughly 72,000 inmates": everyone
            # held, whatever the measure.
            return Reading(POP, "pop", None, "the country's prisoners", True)
        # "pardons prisoners who have served half, some 3,000 people, the ministry said": an aside that
        # restates the count keeps the verb before it.
        aside = (
            self.c.lex.lang == "en" and cand.form == "noun" and self.norm[cand.np_end : cand.np_end + 1] in (",", ".")
        )
        if self.norm[left_start:qual_start].rstrip().endswith((",", "\u060c")) and not aside:
            return None  # the number opens its own clause: "cancelled, 2,090 had ..."
        if self.c.lex.lang == "en" and _PART_OF_THIS.search(self.norm, left_start, qual_start):
            return None  # "freed about half of the 6,000 prisoners covered by the decree": the verb is the half's
        if cand.form == "bare" and self.c.lex.lang == "en" and _CLAUSE_OPENS.search(self.norm, left_start, qual_start):
            return None  # "…were granted amnesty, and 47 had their sentences commuted": its own verb follows
        # A cue already read as the predicate of the figure before ("10,000 were pardoned and
        # 85,000 were sent on leave") does not also count for this one.
        # A cue right after the count before is that count's ("will see 13,000 people released, including
        # 1,900 women"): the part takes its total's reading.
        told = {f.candidate.np_end for f in self.by_sentence.get(cand.sentence.index, ())}
        hits = [
            h
            for h in self.cues(cand.sentence, "left", left_start, qual_start)
            if h.start not in self.predicates
            and not (
                self.c.lex.lang in ("en", "es", "fr") and any(a <= h.start < b for a, b in self.predicate_spans[-4:])
            )
            and not _REPORTING.search(self.norm, h.end, qual_start)
            and not (_PARTICIPLE_CUE.match(self.norm, h.start) and any(0 <= h.start - end <= 1 for end in told))
        ]
        if not hits:
            return None
        hit = _best_left(hits, self.norm)
        if hit.cue.strength < 2:
            return None
        return Reading(
            hit.cue.metric,
            hit.cue.kind,
            hit,
            f"'{self._show(hit)}' before the number",
            True,
        )

    def _inside(self, cand: Candidate) -> Reading | None:
        hit = cand.np_cue
        if hit is None:
            return None
        return Reading(
            hit.cue.metric,
            hit.cue.kind,
            hit,
            f"'{self._show(hit)}' describes the people counted",
            True,
        )

    def _after(self, cand: Candidate, right_end: int) -> Reading | None:
        start = cand.np_end
        aside = self.c.lex.lang == "ar" and _AR_ASIDE.match(self.norm, cand.np_end, cand.sentence.end)
        if aside:
            # "144 ألف شخص آخرين، بينهم موقوفون … أطلقوا بكفالة …، باتوا مؤهلين": the subgroup's words are its own;
            # the count's clause goes on after it.
            start = aside.end()
            clause = _SCOPE_END.search(self.norm, start, cand.sentence.end)
            right_end = min(clause.start() if clause else cand.sentence.end, start + WINDOW)
        # "Fueron 193 las personas excarceladas", "serían unos 500 los beneficiados": the count a copula opens is
        # that of the people named after it.
        cleft = self.c.lex.lang == "es" and es_cleft(self.norm, cand.number, cand.sentence)
        # "those freed", "the released": a noun for people already counted, not this count's predicate.
        hits = [
            h
            for h in self.cues(cand.sentence, "right", start, right_end)
            if h.cue.strength >= 2
            and (cleft or not _NOMINAL.search(self.norm, max(cand.np_end, h.start - 12), h.start))
        ]
        if self.c.lex.lang == "ar":
            # "24472 شخصاً كانوا مطلقي السراح بكفالة", "٤٥ إسلامياً كانوا ملاحقين أو موقوفين": a state they were in
            # before the measure says who they are, not what was done to them.
            hits = [h for h in hits if not (h.cue.metric != P and _AR_WERE.search(self.norm, cand.np_end, h.start))]
        if self.c.lex.lang == "fa":
            # "… شش زن و ۳۳ نوجوان هستند که بیشترشان در کودکی بازداشت شده بودند": who they are, then a relative
            # clause of what had been done to them before.
            hits = [
                h
                for h in hits
                if not (h.cue.metric == DET and _FA_WHO_HAD_BEEN.search(self.norm, cand.np_end, h.start))
            ]
        if self.c.lex.lang != "ar" and any(h.cue.metric == DET for h in hits) and self._some_of_the_measure(cand):
            # "Nine of the convicts had been jailed for …", "… including 35 who had been jailed for failing to pay
            # fines": what some of the measure's people had been before it, not what was done to them.
            hits = self._not_what_they_had_been(hits, cand.np_end)
        if self.c.lex.lang == "es" and cand.number.value > 1:
            # A singular participle describes someone else: "… y cuatro suplentes, además de X, detenido desde …".
            hits = [
                h
                for h in hits
                if not (h.cue.metric in (DET, POP) and _SINGULAR_ES.fullmatch(self.norm, h.start, h.end))
            ]
        # "با خروج این پنج نفر، اکنون ۱۴۹ زندانی … باقی مانده‌اند": where people stay, told past another count, is
        # that count's.
        hits = [h for h in hits if h.cue.kind != "still" or not _DIGIT.search(self.norm, cand.number.end, h.start)]
        if not hits:
            return None
        still = next((h for h in hits if h.cue.kind == "still"), None)
        # "seven prisoners on death row had their sentences commuted": where they were held says who they are; the
        # act told after it says what was done to them.
        hits = (self._acts_after_still(hits, still, right_end) if still else []) or hits
        hit = min(hits, key=lambda h: (-h.cue.strength, h.start))
        return Reading(hit.cue.metric, hit.cue.kind, hit, f"'{self._show(hit)}' after the number", True, after=True)

    def _not_what_they_had_been(self, hits: list[CueHit], start: int) -> list[CueHit]:
        """The hits but a detention told in the pluperfect right before it ("had been jailed", "avaient été
        arrêtés", "habían sido detenidos"), read from `start`."""
        return [h for h in hits if not (h.cue.metric == DET and _HAD_BEEN.search(self.norm, start, h.start))]

    def _some_of_the_measure(self, cand: Candidate) -> bool:
        """Whether the count names some of the people of an act of clemency told in its sentence or the one before:
        a partitive ("nine of them", "nine of the convicts"), or people described by a relative clause in the act's
        own sentence ("including 35 who had been jailed")."""
        if cand.form == "partitive":
            reach = (0, 1)
        elif _WHO_HAD_BEEN.match(self.norm, cand.np_end):
            reach = (0, 0)
        else:
            return False
        return any(
            f.metric in _CLEMENCY and reach[0] <= cand.sentence.index - f.candidate.sentence.index <= reach[1]
            for f in self.figures
        )

    def _inherit(self, cand: Candidate, qual_start: int) -> Reading | None:
        if cand.form == "comparison" and self.figures:
            first = next((f for f in self.figures if f.start >= self.head_end), self.figures[0])
            return Reading(
                first.metric,
                "",
                None,
                "compared with an earlier total of the same kind",
                False,
            )
        before = self.norm[max(cand.sentence.start, qual_start - 40) : qual_start]
        marker = self.c.inherit.search(before)
        # A list after a colon ("par prison : 70 à Lomé, 30 à Kara") breaks down the count before it.
        listed = self._in_list(cand, qual_start)
        same = self.by_sentence.get(cand.sentence.index)
        # "300 محبوس و45 متهما", "14 women and 16 men": a count joined to the one before shares its verb.
        joined = bool(same) and _COORDINATED.fullmatch(self.norm, same[-1].candidate.np_end, qual_start) is not None
        # "۱۴۲۰ نفر از محکومان دادگاه‌های عمومی و انقلاب، ۶۴ نفر از محکومان … و ۴۲ نفر …": a Persian list's
        # counts with long noun phrases share the verb that closes it.
        joined = joined or (
            bool(same)
            and self.c.lex.lang == "fa"
            and _FA_LIST_JOIN.fullmatch(self.norm, same[-1].candidate.np_end, qual_start) is not None
        )
        # "از استان فارس با ۲۰۴ نفر و پس از آن استان تهران با ۱۹۵ نفر": the preposition of the count before told
        # again after "و" gives the count its verb.
        joined = joined or (
            bool(same) and self.c.lex.lang == "fa" and self._fa_preposition_again(same[-1].candidate, cand, qual_start)
        )
        # "300 détenus âgés de plus de 60 ans et 40 détenus malades": a count joined after a short modifier.
        joined = joined or (
            bool(same)
            and self.c.lex.lang in ("fr", "es")
            and _FR_ES_JOINED.fullmatch(self.norm, same[-1].candidate.np_end, qual_start) is not None
        )
        # "منهم 1568 محبوسا في قضايا القانون العام، و903 محبوسين في قضايا أخرى": a count joined by "و" after the
        # short complement of the count before shares its verb.
        joined = joined or (
            bool(same)
            and self.c.lex.lang == "ar"
            and _AR_JOINED.fullmatch(self.norm, same[-1].candidate.np_end, qual_start) is not None
        )
        # "de unos 14.900 a 14.400 reclusos": the two ends of a range are counts of one kind.
        joined = joined or (
            bool(same) and _RANGE_JOIN.fullmatch(self.norm, same[-1].candidate.np_end, qual_start) is not None
        )
        # "1,700 of theirs in exchange for 1,200 of ours": both sides of a swap are let out alike.
        joined = joined or (
            bool(same)
            and same[-1].metric in _CLEMENCY
            and _EXCHANGE.fullmatch(self.norm, same[-1].candidate.np_end, qual_start) is not None
        )
        # "أفرجت عن 3610 نزلاء في …، وعن 3438 نزيلا في …": the verb's preposition told again after "و" gives
        # the count the verb of the count before.
        joined = joined or (
            bool(same)
            and self.c.lex.lang == "ar"
            and _AR_PREPOSITION_AGAIN.search(self.norm, same[-1].candidate.np_end, qual_start) is not None
        )
        # "grant amnesty to 3,763 prisoners serving jail terms and to two people whose sentences …": the
        # preposition of a clemency count told again after "and" gives the count the same verb.
        joined = joined or (
            bool(same)
            and self.c.lex.lang == "en"
            and same[-1].metric in _CLEMENCY
            and _EN_PREPOSITION_AGAIN.fullmatch(self.norm, same[-1].candidate.np_end, qual_start) is not None
        )
        # "600 were drug dealers, 400 thieves and 240 fraudsters": a gapped predicate goes on after a comma.
        joined = joined or (
            self.c.lex.lang == "en"
            and bool(same)
            and _EN_GAPPED_PREDICATE.fullmatch(self.norm, same[-1].candidate.np_end, qual_start) is not None
        )
        # "pardoned 25 prisoners on Monday, 16 men and nine women": a breakdown apposed after the day told.
        joined = joined or (
            self.c.lex.lang == "en"
            and bool(same)
            and cand.form == "noun"
            and _EN_APPOSED_AFTER_TIME.fullmatch(self.norm, same[-1].candidate.np_end, qual_start) is not None
            and _EN_LIST_GOES_ON.match(self.norm, cand.np_end, cand.sentence.end) is not None
        )
        forms = ("bare", "partitive", "listed", "predicate")
        composed = _COMPOSED.search(before) is not None
        if not (cand.form in forms or cand.head in _OTHERS or marker or listed or joined or composed):
            return None
        if same:
            # A line of a list after a dash ("— six Lithuanians, two Latvians") divides the count before it.
            # So does one after a colon in English ("12 are former members: four men received …").
            line = listed and self.c.lex.lang == "en"
            why = f"{LIST_LINE} before it" if line else "continues the figure before it in the sentence"
            share = (
                cand.form == "partitive"
                or (marker is not None and _SUBGROUP_MARK.match(marker.group()) is not None)
                or _SHARE_OF_WHOLE.search(self.norm, same[-1].candidate.np_end, qual_start)
            )
            if same[-1].metric == POP and share:
                # "la población penitenciaria es de 220 mil 866 personas, de las cuales 16 mil 464 están en
                # centros federales", "73,756, with 51,983 of them awaiting trial": a share of the whole
                # population is people held, not the population.
                return Reading(DET, "det", None, f"{why}, a share of the prison population", False)
            above = self._list_above_its_own_act_line(listed, same[-1])
            if above is not None:
                return above
            return Reading(same[-1].metric, "det" if same[-1].metric == DET else "", None, why, False)
        hits = [h for h in self.cues(cand.sentence, "left", cand.sentence.start, qual_start) if h.cue.strength >= 2]
        if hits:
            hit = hits[-1]
            return Reading(
                hit.cue.metric,
                hit.cue.kind,
                None,
                f"'{self._show(hit)}' earlier in the sentence",
                False,
            )
        # "Entre ellos figuran 23 diputados": a subgroup of the count told before (not a bare "and").
        if marker and _SUBGROUP_MARK.match(marker.group()) and self.figures:
            last = self.figures[-1]
            if last.metric in (POP, DET) and last.candidate.sentence.index == cand.sentence.index - 1:
                # "بیش از ۲۰ هزار نفر در زندان‌ها به سر می‌برند. در میان آنان حدود یک هزار زن …": among the people
                # held just counted, not among the measure's told further back.
                return Reading(DET, "det", None, "a subgroup of the people held told just before it", False)
            head = self._list_head(cand, "a subgroup of the count told before it")
            if head:
                return head
        opening = self.norm[cand.sentence.start : qual_start].strip(" \"'\u201c")
        # "A further 88 had been convicted of …": more of the groups told just before.
        heading = not opening or opening.lower() in ("another", "a further") or _HEADING.fullmatch(opening) is not None
        if (listed or (cand.form != "noun" and heading)) and self.figures:
            last = self.figures[-1]
            if last.candidate.sentence.index == cand.sentence.index - 1:
                if listed and self._fa_line_of_another_act(cand, last, opening):
                    return None
                why = f"{LIST_LINE} before it" if listed else "continues the list in the sentence before"
                above = self._list_above_its_own_act_line(listed, last)
                if above is not None:
                    return above
                # "Del total, 1.495 son hombres …. Por su condición, 1.535 son civiles": people held stay held.
                return Reading(last.metric, "det" if last.metric == DET else "", None, why, False)
        if listed or cand.form == "listed":
            # A labelled list ("- Tipitapa: 606") opens under a heading that may follow the count it divides by
            # a few sentences of comment.
            reach = 2 * _LIST_REACH if labelled_line(self.norm, cand.number) else _LIST_REACH
            heading = self._heading(cand)
            if heading is not None and heading.metric in _CLEMENCY and heading.metric != R:
                # "El perfil de los beneficiarios:\n• Mujeres: 159": the heading names the measure the list counts (a
                # heading of those "freed" tells how the measure's people left, not which measure it was).
                return heading
            return (
                self._list_head(cand, f"{LIST_LINE} of the count before it", reach=reach)
                or heading
                or self._held_list_head(cand)
            )
        if cand.form == "predicate" and self.c.lex.lang in ("fr", "es"):
            # "el total de presos políticos … asciende a 1.976": a subject of people held is held.
            subject = _FR_ES_SUBJECT.search(self.norm, max(cand.sentence.start, qual_start - 90), qual_start)
            if subject and self.c.default_detained.search(subject.group(1)):
                return Reading(DET, "det", None, f"'{subject.group(1).strip()}' are held", False)
            # "cifró en 1.148 los presos políticos que había en la isla": the people held, named after the count.
            named = _FR_ES_NAMED_AFTER.match(self.norm, cand.np_end, cand.sentence.end)
            if named and self.c.default_detained.match(named.group(1)):
                return Reading(DET, "det", None, f"'{named.group(1).strip()}' are held", False)
        if cand.form == "predicate" and self.c.lex.lang == "en":
            # "put the number of beneficiaries at 81,333": the people the number counts give its metric.
            subject = _EN_NUMBER_OF.search(self.norm, max(cand.sentence.start, qual_start - 110), qual_start)
            hits = find_cues(self.c.np_cues, subject.group(1), subject.start(1)) if subject else []
            if hits and hits[0].cue.strength >= 3:
                why = f"'{subject.group().strip()}' names them"
                return Reading(hits[0].cue.metric, hits[0].cue.kind, None, why, True)
            if subject and _EN_HELD_NOUN.fullmatch(subject.group(1)):
                # "put the number of inmates in custodial centres nationwide at 73,756": people held, all of the
                # country's where its prisons or the whole nation are named.
                whole = _EN_NATIONWIDE.search(subject.group())
                why = f"'{subject.group().strip()}' are held"
                return Reading(POP, "pop", None, why, False) if whole else Reading(DET, "det", None, why, False)
        if cand.form == "predicate" and _EACH.match(self.norm, cand.np_end, cand.sentence.end):
            # "Castilla y León y Aragón suman 39 cada una": what each of the places named has, a breakdown's line.
            return self._list_head(cand, f"{LIST_LINE} of the count before it")
        if cand.form == "predicate":  # "putting the overall total at 82,656": the count told before
            return self._list_head(cand, "a count of the same people as the one before it")
        if _COMPOSED.search(before):
            return self._list_head(cand, f"{LIST_LINE} of the count before it")
        return None

    def _beneficiaries_of_measure(self, reading: Reading) -> Reading:
        """ "Los beneficiados son 1.059 hombres" after "excarceló a 1.150 prisioneros": the beneficiaries are those of
        the measure told, a release here, not a pardon the word alone would make them."""
        if reading.metric != P or reading.hit is None:
            return reading
        if not _BENEFICIARIES.fullmatch(self.norm, reading.hit.start, reading.hit.end):
            return reading
        told = [f for f in self.figures if f.strong and f.metric in _CLEMENCY]
        if not told or any(f.metric == P for f in told):
            return reading
        return reading._replace(metric=told[0].metric, why=f"{reading.why}, of the measure told before")

    def _act_on_its_line(self, cand: Candidate) -> Reading | None:
        """ "- 40 شخصا: تخفيض العقوبة الحبسية؛", "- 40 personnes : réduction de la peine ;": a breakdown's line that
        names, after a colon, what was done to its people."""
        line = _LINE_AFTER_COLON.match(self.norm, cand.np_end)
        if line is None:
            # "- 1.809 reclusos que están en prisión: remisión de la pena": who they are, then the colon.
            line_end = self.norm.find("\n", cand.np_end)
            end = min(cand.np_end + 60, line_end if line_end >= 0 else len(self.norm))
            colon = self.norm.find(":", cand.np_end, end)
            if colon > 0 and not _DIGIT.search(self.norm, cand.np_end, colon):
                line = _LINE_AFTER_COLON.match(self.norm, colon)
        if line is None:
            return None
        hits = self._clemency_cues(line.group(1), line.start(1))
        if not hits:
            return None
        hit = hits[0]
        why = f"{LIST_LINE} {_OWN_ACT} '{self._show(hit)}'"
        return Reading(hit.cue.metric, hit.cue.kind, hit, why, False, after=True)

    def _a_line(self, figure: RawFigure) -> bool:
        """Whether a figure is told on a line of a list ("- Nursing mothers: 2", "• 399 are released")."""
        return (
            figure.candidate.form == "listed"
            or LIST_LINE in figure.reason
            or labelled_line(self.norm, figure.candidate.number)
        )

    def _list_above_its_own_act_line(self, listed: bool, before: RawFigure) -> Reading | None:
        """ "- Life sentences commuted: 51\n- Seriously ill prisoners: 33": a line with no act of its own, after a line
        that names its own, is the list's, not that line's act."""
        if not (listed and self._a_line(before) and self._own_act(before)):
            return None
        head = self._head_above_lines()
        if head is None:
            return None
        return Reading(head.metric, "", None, f"{LIST_LINE} of the count above the list", False)

    def _head_above_lines(self) -> RawFigure | None:
        """What the run of list lines that ends the figures so far divides: the act its first line with no act of
        its own took, else the clemency count told just above the run."""
        taken = None
        for figure in reversed(self.figures):
            if not self._a_line(figure):
                return taken or (figure if figure.metric in _CLEMENCY else None)
            if not self._own_act(figure):
                taken = figure
        return taken

    @staticmethod
    def _own_act(figure: RawFigure) -> bool:
        """Whether a line's figure took its act from its own words, not from the list."""
        return LIST_LINE not in figure.reason or _OWN_ACT in figure.reason

    def _fa_preposition_again(self, before: Candidate, cand: Candidate, qual_start: int) -> bool:
        opening = _FA_PREPOSITION.search(
            self.norm, max(before.sentence.start, before.number.start - 8), before.number.start
        )
        if opening is None:
            return False
        between = self.norm[before.np_end : qual_start]
        return bool(_FA_AND_THEN.fullmatch(between)) and between.rstrip().endswith(opening.group(1))

    def _heading(self, cand: Candidate) -> Reading | None:
        """A table's lines with no count of a measure before them take the verb of the heading that opens
        it ("پس از استان تهران، بیشترین زندانی در این استان‌ها به سر می‌برند:\nفارس: ۱۵ هزار …")."""
        end = cand.sentence.start
        for _ in range(12):
            line_start = self.norm.rfind("\n", max(0, end - 300), max(0, end - 1)) + 1
            line = self.norm[line_start:end].rstrip()
            if not line and line_start > 0 and self.norm[line_start - 1] == "\n" and end - line_start <= 1:
                end = line_start  # the blank line between a heading and its list
                continue
            if not line or line_start == 0 and end - line_start >= 300:
                return None
            if line.endswith((":", "\uff1a")):
                head_end = line_start + len(line) - 1
                words = self.norm[line_start:head_end]
                hits = find_cues(self.c.left, words, line_start) + find_cues(self.c.right, words, line_start)
                hits = [h for h in hits if h.cue.strength >= 2]
                if not hits:
                    return None
                hit = max(hits, key=lambda h: h.end)
                return Reading(hit.cue.metric, hit.cue.kind, None, f"{LIST_LINE} under '{self._show(hit)}'", False)
            if not any(ch.isdigit() for ch in line) and not (len(line) < 60 and line.endswith((";", "\u061b"))):
                return None  # prose, not a line of the table ("یک زن؛" is a line with its count in words)
            end = line_start
        return None

    def _in_list(self, cand: Candidate, qual_start: int) -> bool:
        """A line of a list: after a colon in its sentence, or on a line after one ending in a colon,
        or after such a line ("موزعين كالآتي:\n4688 نزيلا …؛\n2667 نزيلا …")."""
        if _COLON.search(self.norm, cand.sentence.start, qual_start):
            return True
        if _DASH_LIST.search(self.norm, cand.sentence.start, min(cand.sentence.end, qual_start + 8)):
            return True  # "14 are foreign nationals — six Lithuanians, two Latvians, …"
        opening = self.norm[max(0, cand.sentence.start - 3) : cand.sentence.start].rstrip()
        if opening.endswith((":", "\uff1a")):
            return True
        previous = self.by_sentence.get(cand.sentence.index - 1)
        if (
            not previous
            and opening.endswith((";", "\u061b"))
            and _UNDER_COLON_LINE.search(self.norm, max(0, cand.sentence.start - 300), cand.sentence.start)
        ):
            return True  # "ترکیب عفوشدگان:\nیک زن؛\n۱۳ تبعه خارجی؛": under a heading, after a line counted in words
        if not previous or LIST_LINE not in previous[-1].reason:
            return False
        # "- 300 men\n- 200 women": bulleted lines go on as long as the lines before them do.
        if opening.endswith((";", "\u061b")) or _BULLET.match(self.norm, cand.sentence.start, qual_start):
            return True
        # A line with no closing mark after a line of the list, opening with its count like it:
        # "…:\n۲۲۰۰ نفر محکومان دادگاه‌های عمومی\n۳۰۰ نفر محکومان سازمان تعزیرات".
        between = self.norm[previous[-1].candidate.sentence.end : cand.sentence.start]
        lead = self.norm[cand.sentence.start : qual_start].strip(" -\u2022*\u2013")
        return "\n" in between and not lead

    def _bulleted(self, cand: Candidate) -> bool:
        """Whether the count's line opens with a bullet."""
        return _BULLETED.match(self.norm, self.norm.rfind("\n", 0, cand.number.start) + 1) is not None

    def _held_list_head(self, cand: Candidate) -> Reading | None:
        """ "يقبع في السجون ستة آلاف وخمسمئة (٦٥٠٠) أسير … يتوزع الأسرى على النحو الآتي:\n- ٤٧٨ أسيراً …": lines
        under a count of people held, with no measure told before them, are groups of the held."""
        last = self.figures[-1] if self.figures else None
        if last is None or last.metric not in (DET, POP):
            return None
        if not self._bulleted(cand):
            return None  # "elle compte 10 877 détenus pour 3 800 lits": prose after a colon, no list
        if cand.sentence.index - last.candidate.sentence.index > 2 or last.candidate.number.value <= cand.number.value:
            return None
        return Reading(DET, "det", None, f"{LIST_LINE} of the people held before it", False)

    def _list_head(
        self, cand: Candidate, why: str, reach: int = _LIST_REACH, near: bool = False, larger: bool = False
    ) -> Reading | None:
        """A breakdown with no verb of its own ("Leur répartition est la suivante : 344 à Lomé, …")
        divides the clemency count told just before it; a count with no verb restates it (`near`: the
        nearest such count of about its size, not a small line of a breakdown)."""
        found = None
        limit = cand.sentence.index - reach
        for figure in reversed(self.figures):
            if figure.candidate.sentence.index < limit:
                break
            if LIST_LINE in figure.reason:  # a long list: the reach counts from its first line
                limit = min(limit, figure.candidate.sentence.index - _LIST_REACH)
            if larger and figure.candidate.number.value <= cand.number.value:
                continue  # a group of the measure's people is counted within a larger count, not a line
            if figure.strong and figure.metric in _CLEMENCY:
                if not near or 2 * figure.candidate.number.value >= cand.number.value:
                    return Reading(figure.metric, "", None, why, False)
                found = found or Reading(figure.metric, "", None, why, False)
        return found

    def _weak(self, cand: Candidate, left_start: int, qual_start: int, right_end: int) -> Reading | None:
        if cand.form != "noun":
            return None
        hits = self.cues(cand.sentence, "left", left_start, qual_start) + self.cues(
            cand.sentence, "right", cand.np_end, right_end
        )
        hits = [h for h in hits if h.cue.strength == 1]
        if not hits:
            return None
        hit = hits[0]
        kind = hit.cue.kind
        if kind == "hold":
            # The prisons may be named in the paragraph's sentence before: "Les prisons n'ont jamais été aussi pleines.
            # Selon les statistiques, 80 792 personnes étaient détenues au 1er décembre".
            paragraph = self.norm.rfind("\n\n", 0, cand.sentence.start) + 1
            prisons = _PRISON_WORD.search(self.norm, max(paragraph, cand.sentence.start - 200), cand.sentence.end)
            kind = "pop" if prisons else "det"
        return Reading(POP, kind, hit, f"'{self._show(hit)}' (a weak hint)", False)

    def _by_noun(self, cand: Candidate, right_end: int) -> Reading | None:
        if cand.form != "noun":
            return None
        scope = self.norm[cand.number.end : min(right_end, cand.np_end + 40)]
        political = any(slug == "political" and p.search(scope) for slug, p in self.c.categories)
        if self.c.default_detained.fullmatch(cand.head) or political:
            return Reading(DET, "det", None, f"'{cand.head}' are held by definition", False)
        return None

    def _category(self, cand: Candidate, right_end: int, nxt: Candidate | None = None) -> tuple[str | None, str]:
        scope = self.norm[cand.number.end : min(right_end, cand.number.end + 90)]
        if nxt and nxt.number.start > cand.number.end:
            # The next count's words are its own: "14 امرأة و6 أجانب", "14 women and 6 foreigners".
            scope = scope[: nxt.number.start - cand.number.end]
        skip = max(0, cand.np_end - cand.number.end)
        if cand.form == "bare" and scope[skip : skip + 1] == ",":
            skip += 1  # "La mayoría, 45, recibió … por ser mayores de 60 años": the clause after the apposition
        stop = _SCOPE_END.search(scope, skip)
        if stop and cand.form != "partitive":
            scope = scope[: stop.start()]
        if self.c.lex.lang == "fa":
            # "شمار زندانیان ایران ۱۸۹ هزار نفر است که صدها معترض نیز در میان آنان‌اند": the clause after the
            # copula tells of some of them, not who the whole count is.
            copula = _FA_COPULA_THAT.search(scope, skip)
            if copula:
                scope = scope[: copula.start()]
        # A category told after the next number is that number's: "300 son mujeres y 45 son extranjeros".
        digit = _NEXT_COUNT.search(scope, max(0, cand.np_end - cand.number.end))
        if digit:
            scope = scope[: digit.start()]
        if self.c.lex.lang == "en":
            # "35 monks and a dozen journalists": the next group's words are not these people's.
            other = _NEXT_GROUP.search(scope, max(0, cand.np_end - cand.number.end))
            if other:
                scope = scope[: other.start()]
        if cand.form == "predicate" and self.c.lex.lang in ("fr", "es"):
            # "el total de presos políticos en el país asciende a 1.976": the subject names who they are.
            subject = _FR_ES_SUBJECT.search(
                self.norm, max(cand.sentence.start, cand.number.start - 90), cand.number.start
            )
            if subject:
                scope = subject.group(1) + " " + scope
        if self.c.lex.lang == "ar" and _AR_THEIR_NUMBER_REACHES.search(
            self.norm, max(cand.sentence.start, cand.number.start - 30), cand.number.start
        ):
            # "عدد السجناء السياسيين … وتقول الجماعة … عددهم يبلغ 40 ألفا": "their number" is that of the people
            # the sentence counted before.
            counted = _AR_NUMBER_OF.findall(self.norm, cand.sentence.start, cand.number.start)
            if counted:
                scope = counted[-1] + " " + scope
        if cand.form == "listed" and labelled_line(self.norm, cand.number):
            # "• Very old prisoners (70 years and above): 16": the line's label says who they are.
            scope = self.norm[self.norm.rfind("\n", 0, cand.number.start) + 1 : cand.number.start]
        if (
            self.c.lex.lang == "ar"
            and cand.form == "noun"
            and cand.head
            and cand.number.words
            and cand.number.value <= 2
        ):
            # "امرأة واحدة", "صحافيان اثنان": the noun a one or a two follows is who they are.
            before = self.norm[max(cand.sentence.start, cand.number.start - len(cand.head) - 4) : cand.number.start]
            if cand.head in before:
                scope = before + " " + scope
        found = {group_name(m): m.group() for m in self.c.category_any.finditer(scope)}
        if not found and self.c.lex.lang in ("fr", "es"):
            # "siguen presas por motivos políticos 687 personas": the verb and who they are told before the count.
            lead = self.norm[max(cand.sentence.start, cand.number.start - 45) : cand.number.start]
            if not _DIGIT.search(lead):  # words after another count are that count's ("153 son mujeres y 305")
                lead = re.split(r"[,.;:()\u00ab\u00bb\"]", lead)[-1]
                found = {group_name(m): m.group() for m in self.c.category_any.finditer(lead)}
        if self.c.lex.lang == "en" and cand.form == "noun":
            # "Fourteen opposition activists jailed over a protest": the noun phrase's own word comes first.
            own = {group_name(m): m.group() for m in self.c.category_any.finditer(scope[: max(0, skip)])}
            found = own or found
        phrase = self.text[cand.number.end : cand.np_end]
        if self.c.lex.lang in ("ar", "fa", "fr", "es"):
            # The adjective follows the noun: "۱۵ زندانی اوکراینی", "20 سجينا أمريكيا", "deux ressortissants
            # français", "seis ciudadanos estadounidenses".
            following = _NEXT_WORD.match(self.norm, cand.np_end, cand.sentence.end)
            phrase += following.group() if following else ""
        if (
            self.c.lex.lang == "fa"
            and cand.form == "noun"
            and not any(m.start() < skip for m in self.c.category_any.finditer(scope))
            and self.foreign_demonym(phrase)
        ):
            # "سه امریکایی هنوز در بازداشت طالبان": their nationality is the noun phrase's own word; who holds
            # them, told after it, is not who they are.
            return "foreign_nationals", "citizens of another country -> foreign_nationals"
        for slug, _pattern in self.c.categories:
            if slug in found:
                return slug, f"'{found[slug]}' -> {slug}"
        citizens_of = self.c.lex.lang == "en" and _EN_CITIZENS_OF.match(self.text, cand.np_end, cand.sentence.end)
        if citizens_of and cand.head in ("citizens", "nationals", "citizen", "national"):
            phrase += citizens_of.group()  # "two citizens each of Latvia, Poland and Germany"
        if cand.form == "noun" and self.foreign_demonym(phrase):
            return (
                "foreign_nationals",
                "citizens of another country -> foreign_nationals",
            )
        if (
            self.c.lex.lang == "ar"
            and _AR_VARIOUS_NATIONALITIES.search(scope)
            and _AR_REST_NATIONALS.search(self.norm, cand.np_end, cand.sentence.end)
        ):
            # "78 نزيلا من جنسيات مختلفة، فيما البقية عمانيون": set against the nationals, "of various
            # nationalities" are the foreigners.
            return "foreign_nationals", "of various nationalities, the rest nationals -> foreign_nationals"
        same = self.by_sentence.get(cand.sentence.index)
        if cand.head in _OTHERS and same and same[-1].category:
            return same[-1].category, f"'others' like the figure before -> {same[-1].category}"
        return None, ""

    def _group_category(self, cand: Candidate, reading: Reading) -> tuple[str | None, str]:
        """ "۵۳۹ نفر از آنان", a breakdown's line, "۲۶۵ نفر دیگر": a count taken from the group before it
        is of that group's kind (Arabic and Persian)."""
        # The group is the last count read from its own words, not a sibling line or subgroup.
        last = next((f for f in reversed(self.figures) if f.strong), None)
        line = LIST_LINE in reading.why  # a list reaches as far as its lines go
        if last is None or last.category is None:
            return None, ""
        if last.candidate.number.value <= cand.number.value:
            return None, ""  # "… دو کودک … : آلمان: ۱۳ نفر": a group of two holds no line of thirteen
        if not line and cand.sentence.index - last.candidate.sentence.index > _LIST_REACH:
            return None, ""
        taken = cand.form == "partitive" or line or _OTHER_AFTER_NOUN.match(self.norm, cand.np_end) is not None
        # "عن 259 من المتمردين، بينهم 66 محكوما بالإعدام": a subgroup of the group is of its kind.
        before = self.norm[max(cand.sentence.start, cand.number.start - 16) : cand.number.start]
        taken = taken or (
            cand.sentence.index == last.candidate.sentence.index and _AMONG_THEM.search(before) is not None
        )
        # "13 منهم من العفو …، و12 من التخفيض": a count whose noun is left out after "و" shares the noun, and
        # so the kind, of the count before it.
        taken = taken or (
            cand.form == "bare"
            and cand.sentence.index == last.candidate.sentence.index
            and _AR_GAPPED_AND.search(self.norm, max(cand.sentence.start, cand.number.start - 3), cand.number.start)
            is not None
        )
        if not taken:
            return None, ""
        return last.category, f"of the group before it -> {last.category}"

    def _fa_them_kind(self, cand: Candidate) -> tuple[str | None, str]:
        """ "عفو شامل بازداشت‌شدگان آن اعتراض‌ها شد و … گفت ۲۲ هزار نفر از آنان عفو شده‌اند": "them" are the
        group its sentence named before with no count of its own, and of its kind."""
        if not _PRONOUN.search(self.norm, cand.number.end, cand.np_end):
            return None, ""
        lo = cand.sentence.start
        digits = [m.end() for m in _DIGIT.finditer(self.norm, lo, cand.number.start)]
        if digits:
            lo = digits[-1]  # another count's words are that count's
        kinds = list(self.c.category_any.finditer(self.norm, lo, cand.number.start))
        if not kinds:
            return None, ""
        kind = group_name(kinds[-1])
        return kind, f"'{kinds[-1].group()}' names the group 'them' are taken from -> {kind}"

    def _left_out(self, cand: Candidate, qual_start: int) -> bool:
        left_out_before, left_out_after = _LEFT_OUT[self.c.lex.lang]
        before = self.norm[max(cand.sentence.start, qual_start - 50) : qual_start]
        after = self.norm[cand.np_end : min(cand.sentence.end, cand.np_end + 60)]
        return bool(left_out_before.search(before) or left_out_after.match(after))

    def _en_group_kind(self, cand: Candidate) -> tuple[str | None, str]:
        """ "granted an amnesty to some of its best-known political prisoners, among them … six veteran leaders
        of the front": a count named after "among them" or "including" is of the kind of the group it is
        taken from, told in its sentence with no count of its own."""
        lo = max(cand.sentence.start, cand.number.start - 200)
        marks = list(_EN_SUBGROUP_MARK.finditer(self.norm, lo, cand.number.start))
        if not marks:
            return None, ""
        mark = marks[-1]
        group_start = cand.sentence.start
        if any(ch.isdigit() for ch in self.norm[group_start : mark.start()]):
            return None, ""  # a counted group gives its own kind to its own count
        found = [
            (m.start(), slug)
            for slug, pattern in self.c.categories
            for m in pattern.finditer(self.norm, group_start, mark.start())
        ]
        if not found:
            return None, ""
        slug = max(found)[1]
        return slug, f"of the group it is named among -> {slug}"

    def _evidence(self, cand: Candidate, metric: str) -> str:
        """Estimate when hedged just before the number; else the nearest attribution wins."""
        sentence, start = cand.sentence, cand.number.start
        after_end = min(sentence.end, cand.np_end + 30)
        comma = self.norm.find(",", cand.np_end, after_end)
        if self.c.estimate.search(self.norm, max(sentence.start, start - 40), start) or (
            self.c.estimate.search(self.norm, cand.np_end, comma if comma >= 0 else after_end)
        ):
            return "estimate"
        # The nearest attribution before the number, else the nearest after it.
        best, distance = "", 10**6
        for evidence, match_start, match_end in self._attributions(sentence):
            before = match_end <= start
            gap = start - match_end if before else 10**5 + match_start - cand.np_end
            if 0 <= gap < distance:
                best, distance = evidence, gap
        if best:
            return best
        return "official" if metric in ("pardoned", "sentence_reduced") else "reported"

    def _attributions(self, sentence: Sentence) -> list[tuple[str, int, int]]:
        key = (sentence.index, "attribution")
        if key not in self.cue_cache:
            found = [
                (evidence, m.start(), m.end())
                for evidence, pattern in (("official", self.c.official), ("reported", self.c.reported))
                for m in pattern.finditer(self.norm, sentence.start, sentence.end)
            ]
            self.cue_cache[key] = found  # type: ignore[assignment]
        return self.cue_cache[key]  # type: ignore[return-value]

    def _show(self, hit: CueHit) -> str:
        return " ".join(self.text[hit.start : hit.end].split())


_SERIES_GAP = re.compile(r"(?:\s*(?:,|\u060c|\b(?:or|and|and/or|ou|et|y|o)\b|و|یا|أو|او)\s*(?:[\w'\u2019-]+\s*)?){1,3}")


def _best_left(hits: list[CueHit], norm: str) -> CueHit:
    """Nearest strongest cue; a series that names a pardon first ('pardoned or reduced the sentences
    of', 'grâce, réduction ou commutation de peines au profit de') counts as a pardon."""
    strength = max(h.cue.strength for h in hits)
    best = [h for h in hits if h.cue.strength == strength][-1]
    held = [h for h in hits if h.cue.metric == POP and h.start > best.end and _THAT_HOLDS.search(norm, best.end, h.end)]
    if held:
        return held[-1]  # "the releases … decongest the prison, which holds about 29,000": the prison's own count
    if best.cue.metric == R:
        # "an amnesty law that paves the way for the release of 379": the release the measure brings.
        for other in hits:
            if other.cue.metric == "pardoned" and other.end <= best.start:
                gap = norm[other.end : best.start]
                # "the amnesty freed 8,000": the measure is the verb's subject.
                subject = not gap.strip() and norm[other.start : other.end].lower().startswith(("amnest", "pardon"))
                # "عفوا للإفراج عن": the release the pardon is for, its preposition glued on.
                subject = subject or (not gap.strip() and norm.startswith("لل", best.start))
                if len(gap) <= 70 and (_BRINGS.search(gap) or subject) and not re.search(r"[,;:.]", gap):
                    return other
    # "ordered the amnesty and cut the sentences of a further 5,320": the further people are not the pardon's.
    further = _FURTHER_AFTER.match(norm, best.end) is not None
    if best.cue.metric in ("sentence_reduced", R) and not further:  # "ordonnances de grâce et de libération …"
        for other in hits:
            gap = norm[other.end : best.start]
            if other.cue.metric == "pardoned" and (_SERIES_GAP.fullmatch(gap) or _FORM_OF.fullmatch(gap)):
                return other
    if best.cue.metric == "sentence_reduced":
        # "از آزادی یا کاهش حبس ۵۶۱۵ زندانی": a Persian series that names the release first is a release.
        for other in hits:
            if other.cue.metric == R and other.end <= best.start and _FA_OR.fullmatch(norm, other.end, best.start):
                return other
    return best


_FA_OR = re.compile(r"\s*یا\s*")
# A count of officials, lawyers or sources who speak: "two officials said", "three senior ministers told Reuters".
_EN_SPEAKERS = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:officials|ministers|lawyers|diplomats|sources|witnesses|analysts|experts|"
    r"relatives|aides|advisers|advisors|spokesmen|spokespeople)\s+(?:have\s+|had\s+)?(?:said|say|told|tell|"
    r"announced|confirmed|stated|reported|added|explained|noted|insisted|argued|wrote|warned|believe|believed)\b"
)
_FURTHER_AFTER = re.compile(
    r"\s*(?:of|to|for|de|à|a)?\s*(?:a\s+further|another|further|d['\u2019]autres|otros|otras)\b", re.IGNORECASE
)


# "une grâce présidentielle sous forme de remises de peine au profit de": the pardon is the act, the
# remission its form.
_FORM_OF = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,2}?(?:sous\s+(?:la\s+)?forme\s+d[e'’]|en\s+forma\s+de|in\s+the\s+form\s+of)\s*",
    re.IGNORECASE,
)
