"""Roles: how each figure of an article may be added up (corpus/SCHEMA.md).

Every figure starts as a `total`; the rules below, applied in this order, change that:

1. `context`: the prison population and people detained are never let out by the measure;
2. `other_event`: a count told in a past tense before the announcement ("he had pardoned
   1,018", "il avait gracié", "había indultado", "كان قد"), or in a clause naming another
   year or "last year";
3. `part`: a subgroup of a total. Three structures say so: a subgroup marker before the
   number ("including", "among them", "dont", "entre ellos", "منهم", "از جمله") or a
   partitive after it ("117 of them", "d'entre eux"); a run of figures after a total that
   adds up to it exactly (a breakdown by court, sex, prison or nationality, often a list
   after a colon); a figure of a category (women, foreigners) smaller than a total of
   prisoners in general;
4. `alternative`: a later count within a tenth of an earlier one of the same metric (a
   rounded and an exact form, another outlet's or a rights group's estimate).

A part's `part_of` is the value of the nearest total before it that is larger than it, else
the largest total of the article.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .figures import RawFigure
from .lexicon_arfa import AR_CARRIED

CONTEXT_METRICS = ("prison_population", "detained")
SUMMED = "the sum of the groups told before it"  # the reading's words for "…, soit 10 535 au total"
LIST_LINE = "a line of the breakdown"  # the reading's words for a figure that divides a count before it
WALK_OUT = "the pardon's people, to walk out"  # the reading's words for a pardon's people told as they go free
RUNNING_TOTAL = "a tally the measure brings up"  # the reading's words for "brings to 89 the number of …"
RECOUNTED = "another count of the figure before it"  # the reading's words for "eleva esa cifra a 9.000"
# The reading's words for prisoners counted with no verb of their own after the measure is told: a smaller count
# is a group of the measure's people.
MEASURE_PEOPLE = "prisoners counted after the measure's"
_FLAGS = re.IGNORECASE

# Markers that make the next number a subgroup of the count before it.
_SUBGROUP_BEFORE = {
    "en": r"\b(?:including(?:\s[^.;:\d]{1,40}\s(?:and|as\s+well\s+as))?|among\s+(?:them|whom|those|the\s+\w+)|of\s+(?:whom|those|them|these)|"
    r"of\s+(?:those|the)\s+\w+(?:\s+\w+)?,?|such\s+as|the\s+(?:other\s+)?remaining|"
    # "Of those whose sentences were commuted, nine …": the group named by a relative clause.
    r"of\s+those\s+(?:who|whose|whom)\s+[^,.;:]{1,60},|of\s+the\s+\d[\d,.]*(?:\s+[a-z]+)?,)\s*,?\s*(?:were\s+|are\s+)?(?:\w+\s+)?$",
    "fr": r"(?:\bdont|\bparmi\s+(?:eux|elles|lesquels|lesquelles|les\s+\w+)|\by\s+compris|\bnotamment|\bla\s+(?:plupart|majorité)|"
    r"\bsur\s+ce\s+(?:nombre|total))\s*,?\s*(?:\w+,?\s+)?$",
    "es": r"(?:\bentre\s+(?:ellos|ellas|los\s+cuales|las\s+cuales)|\bla\s+(?:mayoría|mayor\s+parte)|"
    r"\bentre\s+(?:los|las)\s+\w+\s+(?:hay|figuran|están|se\s+encuentran)|\bincluid[oa]s?|\bde\s+(?:ellos|ellas|los\s+cuales|las\s+cuales)|"
    r"\bde\s+este\s+total)\s*,?\s*(?:\w+,?\s+)?$",
    # "من أصل 900 …، 700", "از مجموع ۲۲ هزار نفر …، ۱۸ هزار نفر": out of a total told just before.
    "ar": r"(?:منهم|بينهم|من\s+بينهم|بمن\s+فيهم|من\s+هؤلاء|ومن\s+بين|من\s+(?:هذا|هذه)\s+(?:العدد|الحصيلة|المجموع))\s*,?\s*(?:\S+\s+)?$|"
    r"(?:من\s+(?:أصل|مجموع|إجمالي)|من\s+بين)\s+[^.;:،,]{1,60}[،,]\s*$",
    # "در میان مشمولان این عفو مجازات اعدام ۵۹ نفر …": among the measure's people.
    "fa": r"(?:از\s+جمله|از\s+این\s+(?:تعداد|میان|شمار|عده)|از\s+آنان|از\s+آنها|شامل)\s*,?\s*(?:\S+\s+)?$|"
    r"در\s+(?:میان|بین)\s+(?:مشمولان|مشمولین|عفوشدگان|آزادشدگان|رهاشدگان)(?:\s+[^\s\d،,.]+){0,4}\s*$|"
    r"از\s+(?:مجموع|کل|میان)\s+[^.;:،,]{1,60}[،,]\s*$|"
    # "بیشترین آزادشدگان از استان فارس بوده‌اند با ۲۰۴ نفر": the most of the freed, a share of them.
    r"(?:بیشترین|بیشتر|اغلب|عمده)\s+(?:آزادشدگان|عفوشدگان|مشمولان|رهاشدگان|مددجویان)[^.;:\d]{0,60}$",
}
# A partitive right after the number: "117 of them", "364 d'entre eux", "dos de ellos".
_SUBGROUP_AFTER = {
    "en": r"\s*(?:of\s+(?:them|those|whom|these)|among\s+them|of\s+(?:the\s+)?(?:some\s+|about\s+|nearly\s+|roughly\s+|around\s+)?\d)\b|"
    # "82 of the beneficiaries would receive a full pardon": a group of the measure's people.
    r"\s*of\s+the\s+(?:beneficiar(?:y|ies)|recipients|pardoned|amnestied|freed|released)\b|"
    r"\s*[\w-]*\s*(?:were|are|was|is)\s+(?:also\s+)?(?:among\s+(?:those|the|them)|(?:in|part\s+of)\s+the\s+group)\b",
    "fr": r"\s*(?:d['\u2019]entre\s+(?:eux|elles)|parmi\s+(?:eux|elles)|restant(?:e?s)?\b|de\s+ces\s+(?:\d|[^\W\d_]+\s+(?:étant|sont|ont)))",
    # "cuatro de los liberados", "dos de estos": a group named by its measure or told just before;
    # "16 de los 39 excarcelados": the group with its count.
    "es": r"\s*(?:de\s+(?:ellos|ellas|estos|estas)|entre\s+(?:ellos|ellas)|restantes|"
    r"de\s+(?:los|las)\s+(?:\d[\d.]*\s+)?(?:liberad|excarcelad|indultad|amnistiad|beneficiad|desterrad)\w*)\b",
    # Also a group named by its measure: "33 من المعفى عنهم", "۳۸ نفر از عفوشدگان".
    "ar": r"\s*(?:\S+\s+)?(?:منهم|من\s+بينهم|من\s+(?:بين\s+)?(?:\S+\s+)?(?:المعفى|المعفي|المفرج|المشمولين|المطلق|المستفيدين)\w*)",
    "fa": r"\s*(?:نفر\s+|تن\s+)?(?:از\s+(?:(?:این|همین)\s+(?:\S+(?:ان|ین|\u200cها)|عده|جمع)(?![\w\u200c])|آنان|آنها|این\s+افراد|این\s+تعداد|(?:میان\s+)?(?:\S+\s+)?(?:عفوشدگان|آزادشدگان|مشمولان|آزادشده|عفوشده)))",
}
_RELATIVE = re.compile(r"(?<![\w\u200c])(?:که|الذين|الذي|التي|اللذين|اللواتي|ممن)(?![\w\u200c])")
# A past before the announcement: pluperfects and "last year".
_EARLIER = {
    # English reported speech backshifts the announcement itself ("said 14 women had been granted
    # clemency"), so a bare pluperfect is not enough there.
    "en": r"\bhad\s+(?:already|previously|earlier)\b|\blast\s+year\b|\bsince\s+the\s+(?:beginning|start)\s+of\b|\b(?:last|prior)\s+(?:such\s+|mass\s+|general\s+|royal\s+|presidential\s+)?(?:amnest\w*|pardons?|prisoner\s+(?:release|swap|exchange)|swap|exchange)\b|\bsince\s+(?:taking|assuming|coming\s+to)\s+(?:office|power)\b|\bsince\s+(?:he|she|they)\s+(?:took|came\s+to|assumed)\s+(?:office|power)\b|\bearlier\s+this\s+(?:year|month)\b|\blast\s+(?:week|month)\b(?!['\u2019]s)|\bprevious\s+(?:amnesty|pardon|year)|"
    r"\bsince\s+(?:the|its|this|that)\s+(?:law|decree|measure|programme|program|scheme|policy)\s+(?:took|came\s+into|went\s+into|entered\s+into)\s+(?:effect|force)\b|"
    # "will have traded nearly 6,000 prisoners": a future perfect sums earlier acts with this one.
    r"\bwill\s+have\s+(?:\w+\s+)?(?:freed|released|traded|exchanged|swapped|pardoned|handed\s+over)\b|"
    r"\bearlier\s+amnest|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d{1,2})\s+"
    r"(?:years?|months?|weeks?)\s+(?:ago|earlier|before)\b|\blast\s+year['\u2019]s\b|"
    # "has freed around 30,000 prisoners in amnesties since the coup": a tally since a past event.
    r"\bsince(?<!held\ssince)(?<!jailed\ssince)(?<!detained\ssince)(?<!imprisoned\ssince)(?<!bars\ssince)"
    r"(?<!custody\ssince)(?<!prison\ssince)(?<!jail\ssince)"
    r"\s+(?:the\s+)?(?:coup|war|uprising|revolution|crackdown|election|independence|(?:19|20)\d\d)\b|"
    # "bringing to more than 300 the number released", "bringing the total freed this year to 5,000": a
    # running tally that counts earlier releases with this one.
    r"\bbringing\s+(?:to\b|(?:the|his|her|its|their)\s+(?:total|number|tally|overall)\b[^.;:]{0,50}?\bto\b)|"
    # "granted clemency to 1,715 people during his presidency", "in his first term": a whole tenure's count.
    r"\bduring\s+(?:his|her|their|its)\s+(?:presidency|tenure|terms?|time\s+in\s+office|rule|reign|years\s+in\s+office)\b|"
    r"\bin\s+(?:his|her)\s+(?:first|previous|earlier|two)\s+terms?\b|"
    # "commuted 1,715 sentences over his two terms", "in his final hours in office he pardoned 73": the
    # clemency of a tenure, or of its last days, told as background.
    r"\b(?:over|throughout|across)\s+(?:his|her)\s+(?:two\s+|three\s+|four\s+|first\s+|second\s+)?"
    r"(?:terms?|presidency|tenure|time\s+in\s+office|years\s+in\s+(?:office|power))\b|"
    r"\b(?:in|during)\s+(?:his|her)\s+(?:final|last|closing)\s+(?:hours|days|weeks|months)\s+(?:in\s+office|as\s+president)\b|"
    r"\bon\s+(?:his|her)\s+(?:last|final)\s+(?:full\s+)?day\s+in\s+office\b|"
    # "less than two weeks after Biden commuted …", "last October": a time before the announcement.
    r"\b(?:days?|weeks?|months?)\s+after\s+(?:\w+\s+){0,3}?(?:\w+,\s+[^,.;]{1,40},\s+)?\w+ed\b|\blast\s+(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december)\b|"
    # "a second group of 1,668", "the next tranche of about 1,100": a later stage, not this one.
    r"\b(?:second|third|fourth|next|later|further)\s+(?:group|batch|tranche|phase|stage|round|wave)\s+of\s+(?:\w+\s+)?$",
    "fr": r"\b(?:avait|avaient)\s+(?:été\s+|déjà\s+)?\w+|\bl['\u2019]an(?:née)?\s+(?:dernier|dernière|passée?)\b|"
    r"\bprécédente?\b|\bil\s+y\s+a\s+(?:un|une|deux|trois|quatre|cinq|\d+)\s+(?:ans?|années?|mois)\b|"
    r"\b(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+dernier\b|"
    # "Lorsque le décret a été adopté, le gouvernement estimait que 3 000 …": the time of an earlier measure.
    r"\b(?:lorsque|quand)\s+(?:[\w'\u2019]+\s+){0,4}?(?:adopt|publi|promulgu|sign|vot)\w*|"
    # Counts since a start: "depuis le début de l'année", "depuis son arrivée au pouvoir".
    r"\bdepuis\s+(?:le\s+début|janvier|son\s+arrivée|sa\s+prise|son\s+accession|qu['\u2019](?:il|elle))|"
    r"\bdepuis\s+(?:(?:début|fin|la\s+mi-|mi-|le\s+(?:1er|\d{1,2}))\s*)?(?:janvier|février|mars|avril|mai|juin|juillet|"
    r"août|septembre|octobre|novembre|décembre)\b",
    "es": r"\b(?:había|habían|hubo)\s+\w+|\b(?:el|del|al)\s+año\s+pasado\b|\banterior(?:es)?\b|\bel\s+pasado\s+año\b|"
    r"\bhace\s+(?:un|una|dos|tres|cuatro|cinco|\d+)\s+(?:años?|meses)\b|\bun\s+año\s+(?:atrás|antes)\b|"
    r"\b(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\s+pasado\b|"
    # "Cuando se aprobó aquel decreto, el Ejecutivo calculó que unos 3.000 …": the time of an earlier measure.
    r"\bcuando\s+(?:[\w'\u2019]+\s+){0,4}?(?:aprob|public|promulg|firm|vot)\w*|"
    # Counts since a start: "en lo que va de año", "desde que asumió el cargo", "desde que se instaló el diálogo".
    r"\ben\s+lo\s+que\s+va\s+(?:de|del)\b|\bdesde\s+(?:que\s+(?:se\s+)?(?:asumi|lleg|tom|instal|abri)\w*|el\s+inicio|el\s+comienzo|principios|enero)|"
    # "desde comienzos de enero", "desde noviembre": a running count since a month.
    r"\bdesde\s+(?:(?:comienzos|principios|inicios|finales|mediados|el\s+pasado|el\s+(?:pasado\s+)?\d{1,2}(?:º|°)?)\s+(?:de\s+)?)?"
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b",
    # A pluperfect with its subject inside, however long ("وكانت السلطات الأمنية في مدينة الزاوية غرب
    # العاصمة قد أفرجت"), but not one dated yesterday: Arabic papers tell the announcement itself "أمس".
    "ar": r"(?:كان|كانت|كانوا)\s+(?:[^\s\d]\S*\s+|و?\d{4}\s+){0,9}?قد\s+(?!\S+\s+(?:أمس|الليلة\s+الماضية)(?!\w))"
    # "وكان وزير العدل … قد أوضح أن القانون يتيح الإفراج عن 7355": what was said before, not an earlier act.
    r"(?![وف]?(?:أوضح|ذكر|قال|أعلن|أكد|أشار|صرح|كشف|أفاد|بين)\w{0,2}\s+(?:\S+\s+)?أن)|"
    r"العام\s+الماضي|السنة\s+الماضية|السابق|"
    # "بعد أسبوع من عفو رئاسي آخر شمل 35": another measure, told a while before this one.
    r"(?<!\w)(?:عفو|مرسوم|قرار|إجراء)\S*\s+(?:[^\s\d]+\s+)?آخر(?!\w)|"
    r"(?<!\w)بعد\s+(?:أسبوع|أسبوعين|شهر|شهرين|أيام|يومين|عام|عامين)\s+(?:من|على)\s|"
    # A running count since a start: "منذ مطلع العام", "منذ اعتلائه العرش", "منذ توليه السلطة".
    r"(?<!\w)منذ\s+(?:مطلع|بداية|بدء|مستهل|أول)\s+(?:ال)?(?:عام|سنة|شهر|العام|السنة|الشهر|الحرب|النزاع|الأزمة)|"
    r"(?<!\w)منذ\s+(?:توليه|توليها|تولي|اعتلائه|اعتلاء|وصوله|وصولها|تسلمه|انتخابه)(?!\w)",
    # The Persian pluperfect: a past participle ("کرده", "داده", "گرفته") and "بود".
    # A request or proposal told in the pluperfect ("رئیس قوه قضاییه درخواست کرده بود …") is the one the
    # announcement grants, not an earlier measure. "دو سال پیش", "ماه گذشته": a time counted back.
    # "با رهایی این گروه، شمار … به ۴ هزار و ۹۱۷ نفر رسیده است", "اکنون به … رسیده": a running total.
    # "سال گذشته" is a whole word: "نه ماهی که از امسال گذشته" (the months of this year gone by) is now.
    "fa": r"(?<![\w\u200c])سال\s+گذشته|پارسال|پیش\s+از\s+این|قبلا|"
    r"(?<![\w\u200c])(?<!درخواست\s)(?<!پیشنهاد\s)(?<!ارائه\s)(?!خواسته)\w+(?:ده|ته)\s+بود(?:ند|یم|ید)?(?![\w\u200c])(?!\s+که)|"
    r"(?<![\w\u200c])(?:یک|دو|سه|چهار|پنج|شش|چند|\d+)\s+(?:سال|ماه|هفته)\s+(?:پیش|قبل)(?![\w\u200c])|"
    r"(?:ماه|هفته)\s+گذشته|"
    r"با\s+(?:رهایی|آزادی|آزادسازی)\s+(?:این|آن)\S*(?:\s+\S+)?\s*[\u060c,]\s*(?:شمار|تعداد)\s|"
    r"(?:اکنون|تاکنون|تا\s+کنون)\s+(?:\S+\s+){0,5}?به\s*$",
}
# "In two years, nearly 35,300 prisoners have left prison under amnesties", "En deux ans, près de 35 300 détenus …":
# a count over a span of years, told opening a clause (not an age, "26 are over 60 years old", nor a term,
# "commutation en 20 ans de réclusion"). Searched only where the clause names years at all.
_SPAN_OF_YEARS = {
    "en": r"(?:(?<=[.;,]\s)|(?<=\n)|(?<![\s\S]))(?:in|over|within)\s+(?:the\s+(?:past|last)\s+)?"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years\b(?!\s+(?:old|of\s+age))",
    "fr": r"(?:(?<=[.;,]\s)|(?<=\n)|(?<![\s\S]))(?:en|depuis)\s+(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+)\s+"
    r"ans\b(?!\s+d[e'\u2019])|\b(?:au\s+cours\s+des|durant\s+les|pendant\s+les|ces)\s+"
    r"(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+)\s+(?:dernières\s+)?années\b",
    "es": r"(?:(?<=[.;,]\s)|(?<=\n)|(?<![\s\S]))(?:en|durante)\s+(?:los\s+(?:últimos|pasados)\s+)?"
    r"(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|\d+)\s+años\b(?!\s+de\b)",
}
_YEARS_WORD = {"en": "years", "fr": "ans", "es": "años"}

# A year or a month named in the clause: "in 2009", "en avril 2020", "In July, the authorities freed 18".
_WHEN = {
    "en": r"\b(?:in|since|during|of)\s+(?:(?:early|late|mid)[\s-]+)?(?:(?P<month>[a-z]+)(?:[\s,]+|(?=[.;:)]|$)))?(?P<year>(?:19|20)\d\d)?\b",
    "fr": r"\b(?:en|depuis|au\s+printemps|fin|début|mi)\s*(?:de\s+)?(?P<month>[a-zéû]+(?:\s+|(?=,)))?(?P<year>(?:19|20)\d\d)?\b",
    "es": r"\b(?:en|desde|durante|entre|a\s+(?:comienzos|principios|inicios|finales|mediados)\s+de)\s+(?:el\s+año\s+|el\s+)?(?:(?:mes\s+de\s+)?(?P<month>[a-z]+)(?:\s+(?:de\s+)?|(?=[,.;:)]|$)))?(?P<year>(?:19|20)\d\d)?\b",
    # "أواخر نوفمبر الماضي", "منذ أكتوبر/تشرين الأول 2020": a month with its Levantine name after a slash.
    "ar": r"(?:في|منذ|عام|أواخر|أوائل|مطلع|منتصف|بداية|نهاية)\s+(?:عام\s+)?"
    r"(?:(?P<month>[^\s\d/]+)(?:/[^\s\d]+(?:\s+(?:الأول|الثاني))?)?\s+)?(?P<year>(?:19|20)\d\d)?",
    "fa": r"(?:(?:در|از)\s+(?:سال\s+)?(?P<month>[^\s\d]\S*\s+)?|سال\s+)(?P<year>(?:13|14|19|20)\d\d)?",
}


# A recent past ("last month") and a count's own predicate in the future of that past ("would be freed").
_EN_SHORT_PAST = re.compile(r"last\s+(?:week|month)|earlier\s+this\s+(?:year|month)", re.IGNORECASE)
_EN_FORECAST = re.compile(
    r"\s*(?:would|will|are\s+to|were\s+to|was\s+to|is\s+to)\s+(?:be|have|get|go|walk|leave)\b", re.IGNORECASE
)
_NOW_AFTER = re.compile(
    r"\s*(?:[\w'-]+\s+){0,3}?(?:this\s+(?:year|month|week)|today|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
    _FLAGS,
)


@dataclass(frozen=True)
class Role:
    role: str
    part_of: int | None = None
    why: str = ""


def _compiled(table: dict[str, str], lang: str) -> re.Pattern[str]:
    return _PATTERNS.setdefault((id(table), lang), re.compile(table.get(lang, table["en"]), _FLAGS))


_PATTERNS: dict[tuple[int, str], re.Pattern[str]] = {}


@dataclass(frozen=True)
class Setting:
    """What the role rules need to know of the article besides its figures."""

    norm: str
    lang: str
    clemency: tuple[str, ...]
    head_end: int = 0
    announced: dt.date | None = None
    months: dict[str, int] | None = None  # month names of the language, lower case
    dates: tuple[tuple[int, dt.date], ...] = ()  # (position, date) of each date mention
    dateline_end: int = 0  # a dateline's date is the report's, not a figure's
    headline_counts: bool | None = None  # whether the headline tells a count of people (None: no headline)


def assign_roles(figures: list[RawFigure], setting: Setting) -> list[Role]:
    """One role per figure, in the figures' order (the text's, the headline's readings last)."""
    norm, lang, clemency = setting.norm, setting.lang, setting.clemency
    order = sorted(range(len(figures)), key=lambda i: figures[i].start)
    roles: dict[int, Role] = {}
    for i in order:
        if figures[i].metric in CONTEXT_METRICS:
            roles[i] = Role("context", why="a prison population or people held")
    if lang == "en":
        _en_routine(figures, setting, order, roles)
    if lang == "ar":
        _ar_eligible(figures, setting, order, roles)
    _earlier(figures, setting, order, roles)
    _marked_parts(figures, norm, lang, order, roles)
    _breakdowns(figures, order, roles, norm)
    _list_lines(figures, order, roles)
    if lang == "ar":
        _ar_detailed_lines(figures, norm, order, roles, clemency)
        _ar_carried_parts(figures, norm, order, roles)
    _continued_parts(figures, norm, order, roles)
    _freed_under_measure(figures, setting, order, roles)
    if lang == "fa":
        _also_parts(figures, norm, order, roles, clemency)
    _category_parts(figures, order, roles, clemency, norm, lang, setting.head_end)
    if lang == "en":
        _walk_out_parts(figures, order, roles, clemency)
        _en_one_prison_parts(figures, norm, order, roles, clemency, setting.head_end)
        _en_eligible_alternatives(figures, norm, order, roles)
    if lang in ("en", "fr", "es"):
        _grand_total(figures, norm, order, roles, clemency, lang)
    if lang == "en":
        _en_so_far(figures, norm, order, roles, clemency)
    _running_totals(figures, norm, [i for i in order if figures[i].start >= setting.head_end], roles, clemency)
    _continued_parts(figures, norm, order, roles)  # a list continuing a category's part ("… mujeres y 305 hombres")
    if lang in ("fr", "es"):
        _FR_ES_out_of_parts(figures, setting, order, roles)
        _FR_ES_group_parts(figures, setting, order, roles)
        _FR_ES_measure_people_parts(figures, setting, order, roles)
    # The body's counts come before the headline's: a rounded headline ("plus de 2 400") is the other
    # count of the body's exact one ("2 460"), never the other way round.
    body_first = [i for i in order if figures[i].start >= setting.head_end] + [
        i for i in order if figures[i].start < setting.head_end
    ]
    _recounts(figures, order, roles)
    _alternatives(figures, body_first, roles, norm)
    if lang in ("fr", "es", "ar"):
        _FR_ES_rights_group_counts(figures, setting, order, roles)
    if lang == "es":
        _ES_eligible_estimates(figures, order, roles, norm, clemency)
    _total_after_its_lines(figures, [i for i in order if figures[i].start >= setting.head_end], roles)
    if lang in ("ar", "fa"):
        _this_measure_estimates(figures, order, roles, norm)
        _official_over_estimate(figures, order, roles)
    if lang == "en":
        _en_official_over_rounded(figures, order, roles, norm)
    return [roles.get(i, Role("total")) for i in range(len(figures))]


# "on top of the roughly 1,000 inmates who are released at the end of their terms in a normal week": releases
# that happen anyway, not the measure's.
_EN_ROUTINE = re.compile(
    r"\b(?:(?:in\s+)?(?:a|an)\s+(?:normal|typical|average|ordinary|usual)\s+(?:week|month|year)|(?:each|every|per)\s+(?:week|month|year)|"
    r"normally|usually|routinely|typically|ordinarily)\b",
    _FLAGS,
)


def _en_routine(figures: list[RawFigure], setting: Setting, order: list[int], roles: dict[int, Role]) -> None:
    for i in order:
        if i in roles or figures[i].start < setting.head_end:
            continue
        number = figures[i].candidate.number
        sentence = figures[i].candidate.sentence
        after = re.split(r"[,;:.]\s", setting.norm[number.end : min(sentence.end, number.end + 120)])[0]
        if _EN_ROUTINE.search(after):
            roles[i] = Role("context", why="released in the ordinary course, not by the measure")


# "نحو 144 ألف شخص آخرين … باتوا مؤهلين للإفراج": people who may yet benefit, not people let out.
_AR_ELIGIBLE = re.compile(
    r"(?<!\w)(?:مؤهل\w*|يحق\s+لهم|مرشح\w*\s+لل|(?:قد|يمكن\s+أن|يتوقع\s+أن)\s+يستفيد\w*|يُنتظر\s+أن\s+يستفيد\w*)"
)


def _ar_eligible(figures: list[RawFigure], setting: Setting, order: list[int], roles: dict[int, Role]) -> None:
    norm = setting.norm
    for i in order:
        if i in roles:
            continue
        candidate = figures[i].candidate
        end = min(candidate.sentence.end, candidate.np_end + 200)
        digit = re.search(r"\d", norm[candidate.np_end : end])
        if digit:
            end = candidate.np_end + digit.start()  # the next count's words are its own
        if _AR_ELIGIBLE.search(norm, candidate.np_end, end):
            roles[i] = Role("context", why="eligible for the measure, not let out by it")


# "In all, the measure will affect more than 13,000 people": the sum of the groups told before it.
_SO_FAR = {
    "en": r"\b(?:this\s+(?:year|month)|so\s+far|to\s+date|since|in\s+\d{4})\b",
    "fr": r"\b(?:cette\s+année|ce\s+mois|depuis|jusqu['\u2019](?:ici|à\s+présent)|à\s+ce\s+jour|en\s+\d{4})\b",
    "es": r"\b(?:este\s+año|este\s+mes|desde|hasta\s+(?:ahora|la\s+fecha)|en\s+lo\s+que\s+va|en\s+\d{4})\b",
}
_IN_ALL = {
    "en": r"\s*(?:in\s+all|in\s+total|altogether|all\s+told|overall)\b",
    "fr": r"\s*(?:au\s+total|en\s+tout|au\s+final)\b",
    "es": r"\s*(?:en\s+total|en\s+conjunto|en\s+suma)\b",
}


def _grand_total(
    figures: list[RawFigure],
    norm: str,
    order: list[int],
    roles: dict[int, Role],
    clemency: tuple[str, ...],
    lang: str = "en",
) -> None:
    """Groups told before a count "in all" ("au total", "en total") are its parts."""
    in_all = _compiled(_IN_ALL, lang)
    so_far = _compiled(_SO_FAR, lang)
    for position, i in enumerate(order):
        sentence = figures[i].candidate.sentence
        summed = figures[i].reason.startswith(SUMMED)
        if i in roles or not (summed or in_all.match(norm, sentence.start, figures[i].candidate.number.start)):
            continue
        if so_far.search(norm, sentence.start, sentence.end):
            continue  # "In total, 2,000 have been pardoned this year": a running count, not this measure's sum
        value = _value(figures[i])
        groups = [
            j
            for j in order[:position]
            if j not in roles
            and figures[j].metric in clemency
            and 0 <= sentence.index - figures[j].candidate.sentence.index <= 3
        ]
        if groups and sum(_value(figures[j]) for j in groups) <= value:
            for j in groups:
                roles[j] = Role("part", value, "a group of the total told 'in all' after it")
            if summed:
                roles[i] = Role("total", why="the sum of its groups, told after them")


def _value(figure: RawFigure) -> int:
    return figure.candidate.number.value


def _clause_before(norm: str, figure: RawFigure) -> str:
    sentence = figure.candidate.sentence
    start = max(sentence.start, figure.candidate.number.start - 80)
    text = norm[start : figure.candidate.number.start]
    return re.split(r"[;:]\s|\s[\u2013\u2014]\s", text)[-1]


def _earlier(figures: list[RawFigure], setting: Setting, order: list[int], roles: dict[int, Role]) -> None:
    norm = setting.norm
    pattern = _compiled(_EARLIER, setting.lang)
    found = []
    for i in order:
        if i in roles or figures[i].start < setting.head_end:
            continue
        sentence = figures[i].candidate.sentence
        number = figures[i].candidate.number
        # The clause around the number: up to 80 characters before it, to the next comma after it.
        lo = max(sentence.start, number.start - 80)
        # An Arabic pluperfect's subject may be long: "وكانت السلطات الأمنية في مدينة الزاوية … قد أفرجت".
        wide = max(sentence.start, number.start - 130) if setting.lang in ("ar", "fa") else lo
        # French and Spanish put the verb after a long subject ("300 militants de … avaient déjà été …").
        hi = min(sentence.end, number.end + (100 if setting.lang in ("fr", "es") else 60))
        after = re.split(r"[,;:\u060c]", norm[number.end : hi])[0]
        # A relative clause tells the people's past, not the count's: "۵ ایرانی را که … محکوم شده بودند عفو کرد".
        after = _RELATIVE.split(after, 1)[0] if setting.lang in ("ar", "fa") else after
        # "Dos de ellos habían sido condenados a …": the pluperfect after a partitive tells the past of the
        # people of the count before, not when this count was told.
        told_of = (
            setting.lang in ("fr", "es")
            and figures[i].candidate.form == "partitive"
            and not pattern.search(norm, sentence.start, number.start)
        )
        if setting.lang in ("fr", "es"):
            # "…habían sido condenados a …; los otros tres estaban procesados": a clause after a semicolon is
            # its own.
            semi = norm.rfind("; ", lo, number.start)
            lo = semi + 2 if semi >= 0 else lo
            # "… : les 46 hommes, condamnés le 30 décembre, et trois femmes": a line of a list starts after the
            # comma that closes the line before it.
            if LIST_LINE in figures[i].reason and ":" in norm[sentence.start : number.start]:
                lo = max(lo, norm.rfind(",", lo, number.start) + 1)
        start = wide if setting.lang in ("ar", "fa") else lo
        told = pattern.search(norm, start, number.start) or (pattern.search(after) if not told_of else None)
        years = _YEARS_WORD.get(setting.lang)
        if not told and years and years in norm[start : number.start]:
            told = _compiled(_SPAN_OF_YEARS, setting.lang).search(norm, start, number.start)
        if told and setting.lang == "en" and _EN_SHORT_PAST.fullmatch(told.group()):
            # "When he presented the bill last month, the minister said almost 1,000 inmates would be freed":
            # a count of the measure forecast weeks before it, not an earlier act.
            np_end = figures[i].candidate.np_end
            if _EN_FORECAST.match(norm, np_end, min(sentence.end, np_end + 40)):
                told = None
        if told:
            found.append((i, _TOLD_PAST))
            continue
        # "prevé autorizar unos 300 indultos más antes de fin de año": a further stage the government plans.
        if (
            setting.lang == "es"
            and _ES_MORE.match(norm, figures[i].candidate.np_end)
            and _ES_PLANNED.search(norm, sentence.start, number.start)
        ):
            found.append((i, "a further stage, planned"))
            continue
        # "Last week the king pardoned X, … as well as four women activists": an English time opening the sentence.
        opening = pattern.match(norm, sentence.start, min(number.start, sentence.start + 20))
        if setting.lang == "en" and opening:
            found.append((i, _TOLD_PAST))
            continue
        # "The move came three days after Joe Biden, in his final week in office, commuted the sentences of
        # nearly 2,500 people": the verb of the earlier act governs the count, however long its subject.
        if setting.lang == "en" and _EN_AFTER_EARLIER.search(norm, sentence.start, number.start):
            found.append((i, "told in a past before the announcement"))
            continue
        # A time that opens the sentence governs all of it: "En enero pasado, tras …, el Gobierno excarceló a 53",
        # "Ahead of Eid Al Adha in June, the President ordered …, while the rulers together freed 2,974";
        # so does one that opens the clause after a colon ("La última fue en 2025: en enero, … liberar a 553").
        if setting.lang in ("fr", "es", "en"):
            opening = _opening_time(setting, sentence.start, number.start)
            if opening:
                found.append((i, opening))
        elif setting.lang == "fa":
            # Persian before its own comma: "دو سال پیش، در چهلمین سالگرد انقلاب، … بیش از ۵۰ هزار …".
            comma = norm.find("\u060c", sentence.start, min(number.start, sentence.start + 40))
            if comma > 0 and pattern.search(norm, sentence.start, comma):
                found.append((i, _TOLD_PAST))
                continue
            # "میزان روز دوشنبه هم گزارش داده بود که ۷۰۹ زندانی … آزاد شده‌اند": a report told in the pluperfect on
            # a day before the announcement's is another release, however near.
            announced = setting.announced
            if (
                announced is not None
                and any(lo <= position < number.start and value < announced for position, value in setting.dates)
                and _FA_PLUPERFECT.search(norm, lo, number.start)
            ):
                found.append((i, "told on a day before the announcement"))
                continue
        # "The swap was agreed on May 16 in Istanbul, …, where each side promised to free 1,000 prisoners": a
        # pledge made on a day well before the announcement is that earlier agreement's count.
        if (
            setting.lang == "en"
            and setting.announced is not None
            and _EN_PLEDGE.search(norm, lo, number.start)
            and any(
                max(sentence.start, setting.dateline_end) <= position < number.start
                and (setting.announced - value).days > 5
                for position, value in setting.dates
            )
        ):
            found.append((i, "pledged on a day before the announcement"))
            continue
        # "2013: 1.733" in a list of earlier decrees: a line labelled with an earlier year.
        line_label = _YEAR_LINE.fullmatch(
            norm, norm.rfind("\n", max(0, number.start - 40), number.start) + 1, number.start
        )
        if line_label and setting.announced is not None and int(line_label["year"]) < setting.announced.year:
            found.append((i, "a line of an earlier year"))
            continue
        # "… but only 1,100 this year": a time told right after the count is its own.
        now = setting.lang == "en" and _NOW_AFTER.match(after)
        when = "" if now else _other_time(setting, sentence.start, lo, number.start, number.end + len(after), wide)
        if when:
            found.append((i, when))
    # The announcement itself is never background: with every clemency count told as past,
    # the first one is the announcement's.
    past = {i for i, _ in found}
    if not any(i not in roles and i not in past and figures[i].metric in setting.clemency for i in order):
        first = next(iter(sorted(past, key=order.index)), None)
        told_past = any(i == first and why == _TOLD_PAST for i, why in found)
        # A story of named people with no count in its headline ("Kathleen Folbigg pardoned and freed") tells the
        # counts of earlier measures deep in its body as background, not as its own.
        named_story = (
            first is not None
            and setting.headline_counts is False
            and figures[first].start > _lead_paragraph_end(setting)
            and figures[first].candidate.sentence.index > _LEAD_SENTENCES
        )
        if first is None or not (told_past and _years_before(setting, figures[first]) or named_story):
            found = [(i, why) for i, why in found if i != first]
    # "… العفو عن ٥٧٢ شخصا، منهم ٥٣٣ صدرت ضدهم أحكام …": a subgroup marked as such of a count that is the
    # announcement's is the announcement's too, whatever past its sentence is told in.
    past = {i for i, _ in found}
    marked = _compiled(_SUBGROUP_BEFORE, setting.lang)
    kept: set[int] = set()
    for i, _ in sorted(found, key=lambda pair: order.index(pair[0])):
        head = _head_in_sentence(figures, order, i)
        if head is not None and head not in past and marked.search(_clause_before(setting.norm, figures[i])[-60:]):
            kept.add(i)
        elif head is not None and head in kept and _AND_NEXT.search(_between(figures[head], figures[i], setting.norm)):
            kept.add(i)  # "… و٣٩ أدينوا في جنح": the next group of the same breakdown
    found = [(i, why) for i, why in found if i not in kept]
    if setting.lang == "en":
        found += _en_joined_earlier(figures, setting, order, roles, {i for i, _ in found})
    if setting.lang == "ar":
        found += _ar_continued_earlier(figures, order, roles, {i for i, _ in found})
    for i, why in found:
        roles[i] = Role("other_event", why=why)


_TOLD_PAST = "told in a past before the announcement"
_LEAD_SENTENCES = 3  # a headline, a dateline or byline, and the lead: the named people's count is told in them


def _lead_paragraph_end(setting: Setting) -> int:
    """Where the lead paragraph, the first after the headline (and its dateline line), ends."""
    start = setting.head_end
    while True:
        end = setting.norm.find("\n\n", start + 1)
        if end < 0:
            return len(setting.norm)
        if end - start > 80:  # a dateline or byline alone on its line is no lead
            return end
        start = end + 1


# "٥٣٣ صدرت ضدهم أحكام من القضاء العسكري و٣٩": the next count of a breakdown, after "and".
_AND_NEXT = re.compile(r"^[^.;:\d]{0,80}(?:(?<=\s)|^)(?:و|and|et|y)\s*$", re.IGNORECASE)


_YEAR_LINE = re.compile(
    r"[ \t]*(?:[-\u2022*\u00b7\u2013\u2014]\s*)?(?:(?:en|in|año|année|year)\s+)?(?P<year>(?:19|20)\d\d)\s*:\s*",
    re.IGNORECASE,
)
_FA_PLUPERFECT = re.compile(r"(?<![\w\u200c])(?:\S+ده)\s+بود(?:ند|ه)?(?![\w\u200c])")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _years_before(setting: Setting, figure: RawFigure) -> bool:
    """Whether the clause before a count names only years before the announcement's ("وكانت مراسيم عفو
    أصدرها الأسد بين عامي 2000 و2004 قد شملت أكثر من 800"): a count of its own past, whatever else the
    article tells."""
    if setting.announced is None:
        return False
    sentence, number = figure.candidate.sentence, figure.candidate.number
    if setting.lang == "en" and _EN_LAST_MONTH.search(
        setting.norm, max(sentence.start, number.start - 80), number.start
    ):
        return True  # "In the largest swap since the Cold War, in Ankara last August, 26 people changed hands"
    years = [int(y) for y in _YEAR.findall(setting.norm, max(sentence.start, number.start - 130), number.start)]
    return bool(years) and all(y < setting.announced.year for y in years)


_EN_LAST_MONTH = re.compile(
    r"\blast\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|year)\b",
    re.IGNORECASE,
)


# "… after Biden commuted the sentences of nearly 1,500 people … and pardoned 39 others": a count joined by
# "and" to a count of another event, in the same sentence and with no time of its own, shares its time.
_EN_JOINED_VERB = re.compile(r"\band\s+(?:\w+\s+){0,2}?\w+(?:ed|ave|ew|ut)\b", _FLAGS)
_EN_OWN_TIME = re.compile(
    r"\b(?:this\s+(?:year|month|week)|today|now|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b|[;:]|\bwhile\b|\bbut\b",
    _FLAGS,
)


def _en_joined_earlier(
    figures: list[RawFigure], setting: Setting, order: list[int], roles: dict[int, Role], past: set[int]
) -> list[tuple[int, str]]:
    joined = []
    for previous, i in zip(order, order[1:], strict=False):
        if previous not in past or i in past or i in roles or figures[i].start < setting.head_end:
            continue
        a, b = figures[previous].candidate, figures[i].candidate
        if a.sentence.index != b.sentence.index:
            continue
        between = setting.norm[a.number.end : b.number.start]
        if _EN_JOINED_VERB.search(between) and not _EN_OWN_TIME.search(between):
            joined.append((i, "joined to a count of another event before it"))
            past.add(i)
    return joined


def _ar_continued_earlier(
    figures: list[RawFigure], order: list[int], roles: dict[int, Role], past: set[int]
) -> list[tuple[int, str]]:
    """ "وكانت الوزارة قد أفرجت عن 3610 نزلاء …، وعن 3438 نزيلا …": a count that takes the verb of a
    background count before it in its sentence is background too."""
    joined = []
    for previous, i in zip(order, order[1:], strict=False):
        if previous not in past or i in past or i in roles:
            continue
        if figures[i].candidate.sentence.index != figures[previous].candidate.sentence.index:
            continue
        if _CONTINUES in figures[i].reason:
            joined.append((i, "takes the verb of a count of another event before it"))
            past.add(i)
    return joined


_CONTINUES = "continues the figure before it in the sentence"
_DATE_AS_NAME = re.compile(r"\bthe\s+$", _FLAGS)
_CLAUSE_OPENER = re.compile(r"[:;]\s+")
_EN_MEASURE_AFTER = re.compile(
    r"[\s,]+(?:[\w-]+\s+){0,2}?(?:amnest|pardon|releas|swap|exchange|decree|clemency|commutation|remission)",
    re.IGNORECASE,
)


_ES_MORE = re.compile(r"\s+más\b(?!\s+(?:de|que)\b)", re.IGNORECASE)
_ES_PLANNED = re.compile(r"\b(?:prevé|prevén|planea|planean|proyecta|proyectan)\b", re.IGNORECASE)
_LONG_OPENER = re.compile(r"\s*(?:desde\s+que|depuis\s+que)\b", re.IGNORECASE)


def _opening_time(setting: Setting, sentence_start: int, number_start: int) -> str:
    """A past time before the first comma of the sentence, or of the clause after a colon, that holds the number."""
    norm = setting.norm
    starts = [sentence_start] + [m.end() for m in _CLAUSE_OPENER.finditer(norm, sentence_start, number_start)]
    start = starts[-1]
    comma = norm.find(",", start, min(number_start, start + 40))
    if comma < 0 and _LONG_OPENER.match(norm, start):
        # "Desde que se instaló la mesa de negociación con la oposición, …": a subordinate clause of time
        # may run longer before its comma.
        comma = norm.find(",", start, min(number_start, start + 100))
    if comma < 0:
        return ""
    if _compiled(_EARLIER, setting.lang).search(norm, start, comma):
        return "told in a past before the announcement"
    announced = setting.announced
    if announced is None:
        return ""
    # "El lunes, el ministro … cifró el total en 895": a day before the announcement's, told first.
    if any(start <= position < comma and value < announced for position, value in setting.dates):
        return "told on a day before the announcement"
    for match in _compiled(_WHEN, setting.lang).finditer(norm, start, comma):
        year = int(match["year"]) if match["year"] else None
        month = (setting.months or {}).get((match["month"] or "").strip().lower())
        if (year and year < announced.year) or (month and not year and month < announced.month):
            return "told in a past before the announcement"
    return ""


def _other_time(setting: Setting, sentence_start: int, lo: int, hi: int, clause_end: int, month_lo: int = -1) -> str:
    """A time named in the clause of a number, well before the announcement (or none); a month alone may be
    told from month_lo on (an Arabic clause's long subject)."""
    month_lo = lo if month_lo < 0 else month_lo
    announced = setting.announced
    if announced is None:
        return ""
    for position, value in setting.dates:
        if max(lo, setting.dateline_end) <= position < hi and (announced - value).days > 5:
            if setting.lang == "en" and _DATE_AS_NAME.search(setting.norm, max(0, position - 6), position):
                continue  # "the Jan. 6, 2021, attack": a date used as a name, not when this count was told
            return f"dated {value.isoformat()}, before the announcement"
    # "Lukashenko pardoned 30 people on Aug. 16, …": an English date told right after the count, in its
    # clause, weeks before the announcement, is when that count was told (unless the clause looks ahead).
    if setting.lang == "en":
        for position, value in setting.dates:
            if (
                hi <= position < clause_end
                and (announced - value).days > 5
                and _EN_ON_DATE.search(setting.norm, max(0, position - 4), position)
                and not _EN_FUTURE.search(setting.norm, sentence_start, clause_end)
            ):
                return f"dated {value.isoformat()}, before the announcement"
    for match in _compiled(_WHEN, setting.lang).finditer(setting.norm, sentence_start, clause_end):
        if match.group().startswith("سال") and match.start() >= hi:
            continue  # "… در پرونده ناآرامی‌های سال ۲۰۱۵": a year after the count names the people's past
        year = int(match["year"]) if match["year"] else None
        if (
            year
            and setting.lang == "en"
            and _DATE_AS_NAME.search(setting.norm, max(0, match.start("year") - 6), match.start("year"))
            and not _EN_MEASURE_AFTER.match(setting.norm, match.end("year"))
        ):
            continue  # "to mark the anniversary of the 1979 Islamic Revolution": a year that names an event
        if year and setting.lang == "fa" and year < 1500:
            year += 621  # a Persian solar year, near enough for "another year"
        month = (setting.months or {}).get((match["month"] or "").strip().lower())
        if year and year < announced.year:
            return f"in {year}, before the announcement"
        if month and not year and month != announced.month and month_lo <= match.start() < hi:
            return "in another month than the announcement"
        # "after 2,000 were freed in January": an earlier month of the year told after the count, in the past
        # (a later month told in the past, "were freed early in September" in June, is last year's).
        if (
            setting.lang == "en"
            and month
            and not year
            and month != announced.month
            and hi <= match.start() < clause_end
            and not _EN_FUTURE.search(setting.norm, sentence_start, clause_end)
        ):
            return "in an earlier month than the announcement"
    return ""


_EN_ON_DATE = re.compile(r"\bon\s+$")
_EN_FUTURE = re.compile(r"\b(?:will|would|shall|to\s+be|is\s+to|are\s+to|scheduled|expected|due)\b", re.IGNORECASE)


def _part_of(figures: list[RawFigure], order: list[int], roles: dict[int, Role], i: int) -> int | None:
    """The nearest total before figure i that is larger than it, else the largest total."""
    value = _value(figures[i])
    position = order.index(i)
    for j in reversed(order[:position]):
        if roles.get(j) is None and _value(figures[j]) > value:
            return _value(figures[j])
    larger = [_value(figures[j]) for j in order if j != i and roles.get(j) is None and _value(figures[j]) > value]
    return max(larger) if larger else None


def _part_of_same(figures: list[RawFigure], order: list[int], roles: dict[int, Role], i: int) -> int | None:
    """The nearest larger total before figure i that counts the same act, else any (see _part_of)."""
    value, metric = _value(figures[i]), figures[i].metric
    for j in reversed(order[: order.index(i)]):
        if roles.get(j) is None and figures[j].metric == metric and _value(figures[j]) > value:
            return _value(figures[j])
    return _part_of(figures, order, roles, i)


_EN_AMONG_THE_COUNT = re.compile(r"\bamong\s+the\s+(\d[\d,]*)\s+(?:\w+\s+)?(?:were|are)\s+$", re.IGNORECASE)


def _marked_parts(figures: list[RawFigure], norm: str, lang: str, order: list[int], roles: dict[int, Role]) -> None:
    before_re, after_re = _compiled(_SUBGROUP_BEFORE, lang), _compiled(_SUBGROUP_AFTER, lang)
    for i in order:
        if i in roles:
            continue
        figure = figures[i]
        number = figure.candidate.number
        clause = _clause_before(norm, figure)[-60:]
        marked = before_re.search(clause) or after_re.match(norm, number.end)
        if not marked:
            continue
        # "… 951 محكوما، أفضى إلى إطلاق سراح 272 سجينا منهم": a subgroup of a count told as background
        # belongs to that background too.
        head = _head_in_sentence(figures, order, i)
        if head is not None and roles.get(head) is not None and roles[head].role == "other_event":
            roles[i] = Role("other_event", why="a subgroup of a count told as background")
            continue
        total = _part_of(figures, order, roles, i)
        # "Among the 334 are 18 foreign citizens": the group of the count the marker names.
        named = _EN_AMONG_THE_COUNT.search(clause) if lang == "en" else None
        if named and any(_value(figures[j]) == int(named.group(1).replace(",", "")) for j in order if j != i):
            total = int(named.group(1).replace(",", ""))
        if total is not None:
            roles[i] = Role("part", total, "a subgroup marker")


def _head_in_sentence(figures: list[RawFigure], order: list[int], i: int) -> int | None:
    """The count told just before figure i in its sentence (or none)."""
    position = order.index(i)
    if position == 0:
        return None
    j = order[position - 1]
    same = figures[j].candidate.sentence.index == figures[i].candidate.sentence.index
    return j if same and _value(figures[j]) > _value(figures[i]) else None


# "… بالإفراج عن 4700 نزيل. وتوزعت الأوامر على النحو الآتي: … 1440 …؛ … 1856 …؛ … 738": a statement that
# details the count told just before it, ruler by ruler or measure by measure, even where a line is left out.
_AR_DETAIL = re.compile(
    r"على\s+النحو\s+(?:الآتي|التالي)|(?<!\w)(?:ك|و)?(?:الآتي|التالي)\s*:|(?<!\w)و?تفصيلا|(?<!\w)[وف]?(?:توزع|تتوزع|يتوزع)\w*"
)


def _ar_detailed_lines(
    figures: list[RawFigure], norm: str, order: list[int], roles: dict[int, Role], clemency: tuple[str, ...]
) -> None:
    for marker in _AR_DETAIL.finditer(norm):
        before = [i for i in order if figures[i].candidate.number.end <= marker.start()]
        if not before:
            continue
        head = before[-1]
        if roles.get(head) is not None or figures[head].metric not in clemency:
            continue
        if marker.start() - figures[head].candidate.number.end > 300:
            continue  # the count detailed is told right before its details
        total, run, running = _value(figures[head]), [], 0
        sentence = figures[head].candidate.sentence.index
        for j in order[len(before) :]:
            # A pardon statement's lines may cut or commute sentences: "العفو … لفائدة: 133؛ التخفيض … لفائدة: 1632".
            narrower = figures[head].metric == "pardoned" and figures[j].metric in clemency
            if roles.get(j) is not None or (figures[j].metric != figures[head].metric and not narrower):
                break
            if figures[j].candidate.sentence.index > sentence + 5:
                break
            if "counts the group of the measure told before" in figures[j].reason:
                break  # "… وعددهم 283 شخصا": the next group of the statement, not a line of this one
            running += _value(figures[j])
            if running >= total:
                run = []
                break
            run.append(j)
        if len(run) >= 2:
            for k in run:
                roles[k] = Role("part", total, "a line of the statement detailing the count before it")


# "طائرة … وعلى متنها 120 أسيرا", "نقلت 250 من أسرى الحوثيين … و72 …": a planeload of a swap is a batch of it.
_AR_CARRIED = re.compile(rf"(?:{AR_CARRIED})\s+(?:[^\s\d.،,؛]+\s+){{0,8}}?$")


# "إطلاق 181 أسيرا من جانب الحكومة والتحالف … مقابل …": one side's count in a swap.
_AR_SIDE = re.compile(r"\s*(?:من\s+(?:جانب|طرف)|لدى)\s")
_AR_SWAP = re.compile(r"(?<!\w)\w{0,3}تبادل")


def _ar_carried_parts(figures: list[RawFigure], norm: str, order: list[int], roles: dict[int, Role]) -> None:
    carried: list[int] = []
    swap = _AR_SWAP.search(norm) is not None
    for position, i in enumerate(order):
        if roles.get(i) is not None or figures[i].metric != "released":
            continue
        sentence = figures[i].candidate.sentence
        number = figures[i].candidate.number
        side = swap and _AR_SIDE.match(norm, figures[i].candidate.np_end, sentence.end)
        if (
            side
            or _AR_CARRIED.search(norm, max(sentence.start, number.start - 80), number.start)
            or (carried and order[position - 1] == carried[-1] and _CONTINUES in figures[i].reason)
        ):
            carried.append(i)
    for i in carried:
        heads = [
            j
            for j in order
            if j not in carried
            and roles.get(j) is None
            and figures[j].metric == "released"
            and figures[j].start < figures[i].start
            and _value(figures[j]) > _value(figures[i])
        ]
        if heads:
            roles[i] = Role("part", _value(figures[heads[-1]]), "a batch or one side of the release before it")


def _total_after_its_lines(figures: list[RawFigure], order: list[int], roles: dict[int, Role]) -> None:
    """ "1700 of ours for 1200 of theirs … the deal frees 2,900": counts told first that add up exactly to an
    exact count told after them are its lines; that count is the total, and a hedged near count told
    before it ("about 3,000") the other count of the same people."""
    for position, t in enumerate(order):
        role = roles.get(t)
        if (role is not None and role.role != "alternative") or figures[t].qualifier != "exact":
            continue
        total, sentence = _value(figures[t]), figures[t].candidate.sentence.index
        earlier = [
            j
            for j in order[:position]
            if roles.get(j) is None
            and _same_act_or_freed(figures[j].metric, figures[t].metric)
            and _value(figures[j]) < total
            and sentence - figures[j].candidate.sentence.index <= 6
        ]
        run = _summing_run(figures, earlier, total)
        if not run:
            continue
        for k in run:
            roles[k] = Role("part", total, _ADDS_UP)
        roles.pop(t, None)
        for j in order[:position]:
            near = abs(_value(figures[j]) - total) <= 0.1 * max(total, _value(figures[j]))
            if roles.get(j) is None and figures[j].metric == figures[t].metric and near and j not in run:
                roles[j] = Role("alternative", why=f"another count of the {total:,} its lines add up to")


def _same_act_or_freed(line: str, total: str) -> bool:
    """A line of the total's act, or any act of clemency under a count of the people freed ("901 pardoned
    and 585 moved to alternative sentences … 1,486 leave prison in all")."""
    return line == total or (total == "released" and line in ("pardoned", "sentence_reduced"))


def _summing_run(figures: list[RawFigure], candidates: list[int], total: int) -> list[int]:
    """Two or more consecutive candidates adding up exactly to total (the first such run), or none."""
    for start in range(len(candidates)):
        running = 0
        for end in range(start, min(len(candidates), start + 12)):
            running += _value(figures[candidates[end]])
            if running == total and end > start:
                return candidates[start : end + 1]
            if running > total:
                break
    return []


def _sibling_line(figures: list[RawFigure], order: list[int], position: int, norm: str) -> bool:
    """A breakdown's line with no list of its own (no colon after it before the next count)."""
    figure = figures[order[position]]
    if not norm or LIST_LINE not in figure.reason or position + 1 >= len(order):
        return False
    following = figures[order[position + 1]]
    if LIST_LINE not in following.reason:
        return False
    end = min(figure.candidate.sentence.end, following.candidate.number.start)
    return ":" not in norm[figure.candidate.number.end : end]


def _breakdowns(figures: list[RawFigure], order: list[int], roles: dict[int, Role], norm: str = "") -> None:
    """Figures after a total that add up to it exactly are its breakdown; a part may have its own ("the
    detained beneficiaries are 610: 31 …, 577 … and 2 …")."""
    for position, i in enumerate(order):
        if roles.get(i) is not None and (roles[i].role != "part" or roles[i].why == _ADDS_UP):
            continue  # a line of a breakdown is not broken down again
        if _sibling_line(figures, order, position, norm):
            continue  # "گرجستان: ۰۶ نفر / روسیه: ۰۴ نفر / ترکیه: ۰۲ نفر": the lines after it are its siblings
        total = _value(figures[i])
        sentence = figures[i].candidate.sentence.index
        run: list[int] = []
        running = 0
        # One count may be broken down twice ("16 freed by one side, 8 and 2 by the other; 10 flown to
        # Moscow, 13 to Berlin and 3 to Washington"): after a run that adds up, another may follow.
        nested: dict[int, list[int]] = {}  # a line that is itself broken down: "1112 … : 1035 …; 77 …"
        skip = 0
        subgroup_sentence = -1  # the sentence of the last subgroup told of a line
        for p, j in enumerate(order[position + 1 :], start=position + 1):
            if skip:
                skip -= 1
                sentence = figures[j].candidate.sentence.index  # a long list's reach counts from its last line
                continue
            # The lines run on while each is near the one before ("1 270 … :" with its own lines, then "Les 231 …").
            reach = figures[run[-1]].candidate.sentence.index if run else sentence
            if not run and roles.get(j) is not None and roles[j].role == "context" and j == order[position + 1]:
                continue  # "81,333 out of the 216,522 inmates in the system. …:": the population told beside it
            if figures[j].candidate.sentence.index > reach + 6 or _value(figures[j]) >= total:
                break
            if roles.get(j) is not None and (roles[j].role != "part" or roles[j].why == _ADDS_UP):
                continue
            if run and roles.get(j) is not None and roles[j].part_of == _value(figures[run[-1]]):
                subgroup_sentence = figures[j].candidate.sentence.index
                # "161 …، بينهم 47 مواطنا، … 545", "… 231 en liberté : pour 156 d'entre eux …": a subgroup
                continue  # of a line is not another line
            if (
                run
                and subgroup_sentence == figures[j].candidate.sentence.index
                and "\n" not in norm[figures[run[-1]].start : figures[j].start]
                and figures[j].reason.startswith(_CONTINUES)
            ):
                # "- 786 détenus …, parmi lesquels 14 grands malades, une personne âgée et 10 mineurs ;": the
                # subgroup's list goes on within the line.
                continue
            run.append(j)
            running += _value(figures[j])
            inner = _exact_run(figures, order, roles, p + 1, _value(figures[j])) or _colon_lines(
                figures, order, roles, p + 1, figures[j], norm
            )
            if inner and running + sum(_value(figures[k]) for k in inner) > total:
                nested[j], skip = inner, len(inner)
            if running == total and len(run) >= 2:
                for k in run:
                    roles[k] = Role("part", total, _ADDS_UP)
                for head, lines in nested.items():
                    for k in lines:
                        roles[k] = Role("part", _value(figures[head]), _ADDS_UP)
                run, running, nested = [], 0, {}
            elif running > total:
                break


_ADDS_UP = "a breakdown that adds up to the total"


def _exact_run(figures: list[RawFigure], order: list[int], roles: dict[int, Role], start: int, total: int) -> list[int]:
    """The figures from order[start] on that add up exactly to total (at least two, at most twelve), or none."""
    run, running = [], 0
    for j in order[start : start + 12]:
        if roles.get(j) is not None and roles[j].role != "part":
            return []
        running += _value(figures[j])
        run.append(j)
        if running == total:
            return run if len(run) >= 2 else []
        if running > total:
            return []
    return []


_HEAD_COLON = re.compile(r"[^\S\n]*[:\uff1a][^\S\n]*\n")
_LIST_STOP = re.compile(r"\n\s*\n|\n[^\S\n]*[-\u2022*\u2013]")


def _colon_lines(
    figures: list[RawFigure], order: list[int], roles: dict[int, Role], start: int, head: RawFigure, norm: str
) -> list[int]:
    """The lines under a count that opens a list ("… وعددهم 299 شخصا:" then one line per measure), to the
    list's end (a blank line or the next bullet), even where they do not add up to it (a statement may
    leave a line out); none when they add up to more."""
    colon = _HEAD_COLON.match(norm, head.candidate.np_end) if norm else None
    if not colon:
        return []
    stop = _LIST_STOP.search(norm, colon.end())
    end = stop.start() if stop else len(norm)
    run = []
    for j in order[start : start + 12]:
        if figures[j].candidate.number.start >= end:
            break
        if roles.get(j) is not None and roles[j].role != "part":
            return []
        run.append(j)
    if len(run) < 2 or sum(_value(figures[j]) for j in run) > _value(head):
        return []
    return run


def _list_lines(figures: list[RawFigure], order: list[int], roles: dict[int, Role]) -> None:
    """A breakdown's lines ("344 à Lomé", "Lurigancho (16)") are parts of the count they divide,
    even where the list is cut short ("entre otros penales") and does not add up."""
    for i in order:
        figure = figures[i]
        line = figure.candidate.form == "listed" or LIST_LINE in figure.reason or MEASURE_PEOPLE in figure.reason
        if i not in roles and line:
            part_of = _part_of(figures, order, roles, i)
            if part_of is not None:
                roles[i] = Role("part", part_of, "a line of a breakdown")


# "153 beneficiarios son mujeres y 305 hombres": a count joined to a part is one too.
# Persian places each line: "در کندهار ۸۰ و در بلخ ۶۵ زندانی"; Arabic may join with a comma before "و".
_JOINED = re.compile(
    r"[^.;:\d]{0,60}?\s(?:y|e|et|and|و)\s+(?:(?:otros|otras|autres|other)\s+|(?:در|از)\s+(?:[^\s\d،,.]+\s+){1,3}|"
    # "فارس با ۲۰۴ نفر و پس از آن استان تهران با ۱۹۵ نفر": a place and its count after "با".
    r"(?:[^\s\d،,.]+\s+){1,5}?با\s+)?"
    r"|[^.;:\d\u061b]{0,60}?[,\u060c]?\s(?:و)",
    _FLAGS,
)
_ANOTHER = re.compile(r"(?:another|others?|autres?|otros?|otras?|آخرين|دیگر)\s*$", _FLAGS)


_ALSO = re.compile(r"[^.؛;:]{0,140}?(?<![\w\u200c])نیز(?![\w\u200c])")


def _also_parts(
    figures: list[RawFigure], norm: str, order: list[int], roles: dict[int, Role], clemency: tuple[str, ...]
) -> None:
    """ "سه محکوم به حبس ابد نیز مشمول تخفیف شدند": people "also" let out under the announcement are
    some of those its total counts."""
    for i in order:
        figure = figures[i]
        if roles.get(i) is not None or figure.metric not in clemency:
            continue
        if not _ALSO.match(norm, figure.candidate.np_end, figure.candidate.sentence.end):
            continue
        # Only a count of the same act, or a pardon (which frees some and cuts the sentences of others), holds
        # them: "۵۲۱ نفر … نیز مورد عفو … قرار گرفتند" after 5,023 furloughs is another measure's total.
        earlier = [
            j
            for j in order[: order.index(i)]
            if roles.get(j) is None
            and figures[j].metric in (figure.metric, "pardoned")
            and figures[j].metric in clemency
        ]
        future = _FUTURE_VERB.search(norm, figure.candidate.np_end, figure.candidate.sentence.end)
        if earlier and _OTHER_AFTER.match(norm, figure.candidate.np_end) and future:
            # "تا روز چهارم عید ۵۰۰ زندانی دیگر طالبان نیز آزاد می‌شوند": more people, at a later stage.
            roles[i] = Role("other_event", why="others to be let out at a later stage")
            continue
        if not any(_value(figures[j]) > _value(figure) for j in earlier):
            continue
        if _OTHER_AFTER.match(norm, figure.candidate.np_end) and all(
            figures[j].metric != figure.metric for j in earlier
        ):
            # "… ۲۱۷۸ زندانی آزاد شدند. از مدت حبس ۴۸۹ زندانی دیگر نیز کاسته شد": "other" people, given another
            # act, are not among those the count before freed.
            continue
        total = _part_of_same(figures, order, roles, i)
        roles[i] = Role("part", total, "'also' let out under the announcement")


_OTHER_AFTER = re.compile(r"\s*(?:دیگر|آخرين|آخرون|أخرى)(?![\w\u200c])")
# A Persian verb of the future: "آزاد می‌شوند", "آزاد خواهند شد", "قرار است … رها شوند".
_FUTURE_VERB = re.compile(r"(?<![\w\u200c])(?:می\u200c?|می\s)(?:شوند|شود)(?![\w\u200c])|خواهند\s+شد|قرار\s+است")

# Between two counts of a list: "some 140 women, 35 monks and 12 journalists".
_EN_LIST_JOINER_AFTER_PHRASE = re.compile(
    r"\s+(?:from|of|in|at|for|with)\s+[^,;.:\d]{1,50}?(?:,|,?\s+and|,?\s+as\s+well\s+as)\s*"
    r"(?:(?:some|about|around|nearly|almost|roughly|more\s+than|at\s+least|over)\s+)?",
    _FLAGS,
)
_LIST_JOINER = re.compile(
    r"\s*(?:,|,?\s+and|,?\s+as\s+well\s+as|\u060c|\s+et|\s+y|\s+و)\s*"
    r"(?:(?:some|about|around|nearly|almost|roughly|more\s+than|at\s+least|over)\s+)?",
    _FLAGS,
)
_OTHER_AFTER_NUMBER = re.compile(r"\s+(?:others?|more|further|autres|otros|otras)\b", _FLAGS)
# Persian and Arabic modifiers follow the noun: "۴۵۰ محکوم مالی، ۱۲۰ محکوم مواد مخدر و ۸۳ نفر".
_SCRIPT_LIST_JOINER = re.compile(r"(?:\s+[^\s\d\u060c\u061b,.;:]+){0,3}\s*(?:\u060c|\s+و)\s*")


def _continued_parts(figures: list[RawFigure], norm: str, order: list[int], roles: dict[int, Role]) -> None:
    """A subject with no noun ("171 had ...", "Another 182 ...") right after a part continues its list."""
    for previous, i in zip(order, order[1:], strict=False):
        before = roles.get(previous)
        if roles.get(i) is not None or before is None or before.role != "part" or before.part_of is None:
            continue
        figure = figures[i]
        near = figure.candidate.sentence.index - figures[previous].candidate.sentence.index <= 1
        opening = norm[max(figure.candidate.sentence.start, figure.candidate.number.start - 30) : figure.start]
        same = figure.candidate.sentence.index == figures[previous].candidate.sentence.index
        joined = same and _JOINED.fullmatch(norm, figures[previous].end, figure.candidate.number.start) is not None
        # Arabic and Persian put "other" after the noun: "۲۶۵ نفر دیگر", "200 سجين آخرين".
        other_after = _OTHER_AFTER.match(norm, figure.candidate.np_end)
        other = _OTHER_AFTER_NUMBER.match(norm, figure.candidate.number.end)  # "eight other former members"
        # "among them some 140 women, 35 monks and 12 journalists": the list goes on.
        listed = same and (
            _LIST_JOINER.fullmatch(norm, figures[previous].candidate.np_end, figure.candidate.number.start)
            # "including 24 foreigners from seven countries and about 100 people": a complement between.
            or _EN_LIST_JOINER_AFTER_PHRASE.fullmatch(
                norm, figures[previous].candidate.np_end, figure.candidate.number.start
            )
            or _SCRIPT_LIST_JOINER.fullmatch(norm, figures[previous].candidate.np_end, figure.candidate.number.start)
        )
        continues = (
            figure.candidate.form == "bare" or _ANOTHER.search(opening) or joined or other_after or other or listed
        )
        if near and _value(figure) < before.part_of and continues:
            roles[i] = Role("part", before.part_of, "continues the list of parts before it")


# "Under the decree, 63 were freed": the freed are some of those the measure covers.
_UNDER_MEASURE = {
    "en": r"\b(?:under|by|with|through)\s+(?:the|this)\s+(?:\w+\s+)?(?:decree|pardon|amnesty|measure|order)",
    "fr": r"\b(?:en\s+vertu\s+d[ue]|au\s+titre\s+d[ue]|grâce\s+à)\s+(?:ce|cette|la|le)\s+(?:\w+\s+)?"
    r"(?:décret|grâce|amnistie|mesure)",
    "es": r"\b(?:en\s+virtud\s+del?|con\s+(?:el|este|esta|la))\s+(?:\w+\s+)?(?:decreto|indulto|amnistía|medida)",
    "ar": r"بموجب\s+(?:هذا\s+|هذه\s+)?(?:ال)?(?:مرسوم|عفو|قرار)",
    "fa": r"(?:بر\s*اساس|به\s+موجب|با|طبق|مطابق|در\s+اجرای|با\s+اجرای)\s+(?:این\s+|همین\s+)?(?:عفو|بخشنامه|دستور|فرمان|مصوبه)",
}


def _freed_under_measure(figures: list[RawFigure], setting: Setting, order: list[int], roles: dict[int, Role]) -> None:
    pattern = _compiled(_UNDER_MEASURE, setting.lang)
    for i in order:
        if roles.get(i) is not None or figures[i].metric != "released":
            continue
        lo = max(figures[i].candidate.sentence.start, figures[i].candidate.number.start - 80)
        if not pattern.search(setting.norm, lo, figures[i].candidate.number.start):
            continue
        larger = [
            _value(figures[j])
            for j in order
            if roles.get(j) is None and figures[j].metric == "pardoned" and _value(figures[j]) > _value(figures[i])
        ]
        if larger:
            roles[i] = Role("part", max(larger), "freed under the measure that pardoned more")


# "247,557 convicts eligible for reduced sentences": those the measure may reach, told after its count.
_EN_ELIGIBLE = re.compile(
    r"\s*,?\s*(?:who\s+(?:are|were)\s+|(?:are|were)\s+)?(?:eligible|qualif(?:y|ied|ying))\s+for\b", re.I
)


def _en_eligible_alternatives(figures: list[RawFigure], norm: str, order: list[int], roles: dict[int, Role]) -> None:
    """A count of those eligible for the measure, after the measure's own count of the same metric, is
    another count of the same people, not more of them."""
    for i in order:
        if i in roles or not _EN_ELIGIBLE.match(norm, figures[i].candidate.np_end):
            continue
        earlier = next(
            (
                j
                for j in order
                if j not in roles
                and j != i
                and figures[j].start < figures[i].start
                and figures[j].metric == figures[i].metric
            ),
            None,
        )
        if earlier is not None:
            roles[i] = Role("alternative", why=f"those eligible, beside the {_value(figures[earlier]):,}")


def _walk_out_parts(figures: list[RawFigure], order: list[int], roles: dict[int, Role], clemency) -> None:
    """ "almost 1,000 inmates would be freed" after "more than 2,300 inmates" the amnesty covers: the
    people of the pardon who go free are a part of its count, not more of them."""
    for i in order:
        if i in roles or WALK_OUT not in figures[i].reason:
            continue
        head = next(
            (
                j
                for j in order
                if j not in roles
                and figures[j].start < figures[i].start
                and figures[j].metric in clemency
                and _value(figures[j]) > _value(figures[i])
            ),
            None,
        )
        if head is not None:
            roles[i] = Role("part", part_of=_value(figures[head]), why="the pardon's people who go free")


# "17 prisoners walked out of Sittwe Prison", "31 were freed from Kandy jail": the count of one named prison.
_EN_ONE_PRISON = re.compile(
    r"\s+(?:[\w'-]+\s+){0,4}?(?:out\s+of|from|at|in)\s+(?:the\s+)?(?:[A-Z][\w'-]+\s+){1,3}"
    r"(?:Central\s+|Remand\s+)?(?:Prison|Jail|prison|jail)\b"
)


def _en_one_prison_parts(
    figures: list[RawFigure], norm: str, order: list[int], roles: dict[int, Role], clemency, head_end: int
) -> None:
    """The people let out of one named prison, told after the measure's larger count in an earlier sentence,
    are a part of it, not more of them."""
    for i in order:
        figure = figures[i]
        if i in roles or figure.metric != "released" or figure.start < head_end:
            continue
        number = figure.candidate.number
        if not _EN_ONE_PRISON.match(norm, number.end, figure.candidate.sentence.end):
            continue
        head = next(
            (
                j
                for j in order
                if j not in roles
                and head_end <= figures[j].start < figure.candidate.sentence.start
                and figures[j].metric in clemency
                and _value(figures[j]) > _value(figure)
            ),
            None,
        )
        if head is not None:
            roles[i] = Role("part", part_of=_value(figures[head]), why="the people of one prison")


def _category_parts(
    figures: list[RawFigure],
    order: list[int],
    roles: dict[int, Role],
    clemency: tuple[str, ...],
    norm: str = "",
    lang: str = "",
    head_end: int = 0,
) -> None:
    """A count of women or foreigners inside a larger count of prisoners in general is a part of it."""
    general = [i for i in order if roles.get(i) is None and figures[i].category is None]
    if norm and lang in ("fr", "es"):
        # A headline's round count ("Casi mil excarcelaciones") is the body's told again, not a total above it.
        body = [i for i in order if roles.get(i) is None and figures[i].start >= head_end]
        general = [
            i
            for i in general
            if figures[i].start >= head_end
            or not any(abs(_value(figures[j]) - _value(figures[i])) <= 0.1 * _value(figures[i]) for j in body)
        ]
    general = [i for i in general if figures[i].metric in clemency]
    if not general:
        return
    for i in order:
        if roles.get(i) is not None or figures[i].category is None:
            continue
        # "… شملا نحو 14 ألف محبوس، وسبقهما بأيام إجراء عفو لفائدة 101 من الشباب": a group told in the
        # sentence of a background count, right after it, belongs to that background.
        head = _head_in_sentence(figures, order, i)
        if head is not None and roles.get(head) is not None and roles[head].role == "other_event":
            roles[i] = Role("other_event", why="a group told with a count of background")
            continue
        if lang == "en" and _others_after(figures[i], norm):
            continue  # "… and ordered the release of 457 others held in riot cases": a group beside the first
        # The other side of an exchange is no part: "freed 33 hostages in return for 1,900 prisoners"; nor
        # are "others" told after it ("۲۲ هزار … عفو شده‌اند و ۸۰ هزار نفر دیگر").
        larger = [
            j
            for j in general
            if _value(figures[j]) > _value(figures[i])
            and not _SIDES.search(_between(figures[i], figures[j], norm))
            and not _OTHER_SIDE.search(
                norm, max(0, figures[j].candidate.number.start - 40), figures[j].candidate.number.start
            )
            and not (j > i and figures[j].start > figures[i].start and _others_after(figures[j], norm))
            # "pardoned 700 men and 50 women": the women are no part of the men.
            and not (figures[i].category == "women" and _MEN.fullmatch(figures[j].candidate.head or ""))
        ]
        sentence = figures[i].candidate.sentence
        if larger and _EN_SEPARATE.search(norm, sentence.start, figures[i].candidate.number.start):
            continue  # "In a separate order the council granted amnesty to 114 foreign prisoners": its own count
        own_act = lang == "ar" and _AR_OWN_ACT.search(
            norm, max(sentence.start, figures[i].candidate.number.start - 40), figures[i].candidate.number.start
        )
        if larger and own_act and all(figures[j].metric != figures[i].metric for j in larger):
            continue  # "العفو عن 150 سجينا وإطلاق سراح 30 موقوفا في قضايا الحراك": another act, its own count
        if (
            lang in ("fr", "es")
            and _FR_ES_ALSO.search(norm, sentence.start, figures[i].candidate.number.start)
            and all(figures[j].metric != figures[i].metric for j in larger)
        ):
            continue  # "Il a aussi accordé une remise de peine à 366 détenus malades": another act, its own count
        if larger and lang == "fa" and _FA_SEPARATE.match(norm, sentence.start):
            continue  # "همزمان، به فرمان رئیس‌جمهور ۳۵ عضو طالبان رها شدند": meanwhile, another act's own count
        if larger:
            roles[i] = Role("part", _part_of(figures, order, roles, i), "a category inside a general count")


_MEN = re.compile(r"men|males?|hommes|hombres|varones|(?:ال)?رجال|(?:ال)?رجل|(?:ال)?ذكور|مرد(?:ان)?", re.IGNORECASE)
# A Persian sentence that opens on "meanwhile" tells another act: "همزمان، …", "در همین حال …".
_FA_SEPARATE = re.compile(r"\s*(?:هم\u200c?زمان|در\s+همین\s+حال|از\s+سوی\s+دیگر)(?![\w\u200c])")
_AR_OWN_ACT = re.compile(
    r"(?<!\w)و(?:إطلاق|اطلاق|الإفراج|الافراج|إفراج|افراج|العفو|عفو|تخفيف|تخفيض)\w*(?:\s+سراح)?\s+(?:عن\s+)?(?:\S+\s+)?$"
)
_FR_ES_ALSO = re.compile(
    r"\b(?:aussi|également|en\s+outre|par\s+ailleurs|de\s+plus|también|además|asimismo|igualmente)\b", _FLAGS
)
_EN_SEPARATE = re.compile(
    r"\b(?:in\s+)?(?:(?:a|another)\s+separate\s+(?:order|decree|statement|announcement|decision|list|move)|"
    r"separate\s+(?:orders|decrees|lists)|another\s+(?:order|decree))\b",
    _FLAGS,
)


# "142 prisonniers, dont deux femmes, sur 3 000 bénéficiaires prévus", "45 de un total de 300": out of a total.
_FR_ES_OUT_OF = re.compile(
    r"[^.;:]{0,60}?\b(?:sur|de\s+un\s+total\s+de)\s+(?:un\s+total\s+de\s+|les\s+)?(?=\d)", _FLAGS
)


_FR_ES_DIGITS = re.compile(r"\d{1,3}(?:[\s.,\u202f\u00a0]\d{3})+(?!\d)|\d+")


def _FR_ES_out_of_parts(figures: list[RawFigure], setting: Setting, order: list[int], roles: dict[int, Role]) -> None:
    starts = {figures[j].candidate.number.start: j for j in order}
    for i in order:
        if roles.get(i) is not None:
            continue
        match = _FR_ES_OUT_OF.match(setting.norm, figures[i].candidate.np_end)
        digits = _FR_ES_DIGITS.match(setting.norm, match.end()) if match else None
        if digits is None:
            continue
        # The total may be the one told before, counted once: "quelque 3 000 … sur 3 000 bénéficiaires".
        value = int(re.sub(r"\D", "", digits.group()))
        j = starts.get(match.end()) if match else None
        if j is None:
            j = next((k for k in order if roles.get(k) is None and _value(figures[k]) == value), None)
        if j is not None and _value(figures[j]) > _value(figures[i]) and roles.get(j) is None:
            roles[i] = Role("part", _value(figures[j]), "out of the total told after it")


# "Cette mesure permettra la libération de 476 détenus", "este decreto implicará la excarcelación de 300": what the
# measure told before brings about for some of its people.
_THIS_MEASURE_ENABLES = re.compile(
    r"\b(?:cette|ce|esta|este)\s+(?:mesure|décret|grâce|amnistie|medida|decreto|indulto|amnistía)\s+"
    r"(?:\w+\s+){0,2}?(?:permet\w*|entraîn\w*|se\s+traduit\w*|permit\w*|implica\w*|supondrá|supone|significa\w*)\b"
    r"[^.;:]*$",
    _FLAGS,
)


def _FR_ES_group_parts(figures: list[RawFigure], setting: Setting, order: list[int], roles: dict[int, Role]) -> None:
    """ "De los liberados, 279 son varones y 102 mujeres", "Ce chiffre englobe aussi 14 détenus": counts told of
    the people of the count before, or that it includes, are some of them."""
    for i in order:
        figure = figures[i]
        if roles.get(i) is not None and roles[i].role != "part":
            continue
        number = figure.candidate.number
        enabled = _THIS_MEASURE_ENABLES.search(
            setting.norm, max(figure.candidate.sentence.start, number.start - 80), number.start
        )
        told = "are the count before" in figure.reason or "the measure told before includes" in figure.reason
        if not (told or enabled):
            continue
        larger = [
            j
            for j in order
            if roles.get(j) is None
            and setting.head_end <= figures[j].start < figure.start
            and (figures[j].metric == figure.metric or (enabled and figures[j].metric in setting.clemency))
            and _value(figures[j]) > _value(figure)
            and "are the count before" not in figures[j].reason
        ]
        if larger:
            roles[i] = Role("part", _value(figures[larger[-1]]), "told of the people of the count before")


def _FR_ES_measure_people_parts(
    figures: list[RawFigure], setting: Setting, order: list[int], roles: dict[int, Role]
) -> None:
    """ "À Gitega, 352 graciés …", "685 des bénéficiaires": a smaller count named as the measure's people,
    after the measure's total, is some of them."""
    for i in order:
        figure = figures[i]
        hit = figure.candidate.np_cue
        if roles.get(i) is not None or hit is None or hit.cue.metric != figure.metric or hit.cue.metric != "pardoned":
            continue
        larger = [
            j
            for j in order
            if j != i
            and roles.get(j) is None
            and setting.head_end <= figures[j].start < figure.start
            and figures[j].metric == figure.metric
            and _value(figures[j]) > _value(figure)
        ]
        if larger:
            roles[i] = Role("part", _value(figures[larger[-1]]), "some of the measure's people, named as such")


# A rights group's or the families' own tally: "la ONG … contabilizaba al menos 107 excarcelados".
_FR_ES_RIGHTS_TALLY = re.compile(
    r"\b(?:ONG|NGO|organisations?\s+de\s+défense|organizaci\w+\s+(?:de\s+)?(?:defensa\s+de\s+(?:los\s+)?)?derechos|"
    r"droits\s+(?:de\s+l['\u2019]homme|humains)|derechos\s+humanos|familiares|familles|collectif|colectivo|"
    r"observatoire|observatorio)\b",
    _FLAGS,
)


# "فيما قالت الشبكة السورية لحقوق الإنسان إنها وثقت الإفراج عن 420 معتقلا فقط": a rights group's tally.
_AR_RIGHTS_TALLY = re.compile(
    r"(?<!\w)(?:[وف]?(?:ال)?(?:منظم|شبك|مرصد|مركز|رابط|هيئ)\w*\s+(?:[^\s\d.؛]+\s+){0,4}?(?:ل)?حقوق|"
    r"[وف]?(?:ال)?حقوقي\w*|[وف]?ناشط(?:ون|ين)|[وف]?(?:ال)?أهالي|[وف]?عائلات)"
    r"[^.؛\d]{0,80}?(?:وثق|رصد|أحص|قال|تقول|يقول|أكد|أفاد|ذكر|قدر|تقدر)\w*"
)
_AR_ONLY = re.compile(r"\s+فقط(?!\w)")


def _FR_ES_rights_group_counts(
    figures: list[RawFigure], setting: Setting, order: list[int], roles: dict[int, Role]
) -> None:
    """A hedged count of the same release by a rights group or the families, after the official one, or an exact
    one near it, is another count of the same people, not more of them."""
    for i in order:
        figure = figures[i]
        if roles.get(i) is not None or figure.start < setting.head_end:
            continue
        sentence = figure.candidate.sentence
        lo = max(sentence.start, figure.candidate.number.start - 120)
        tally = _AR_RIGHTS_TALLY if setting.lang == "ar" else _FR_ES_RIGHTS_TALLY
        if not tally.search(setting.norm, lo, figure.candidate.number.start):
            continue
        # "… 420 معتقلا فقط": a tally told as only so many is a lower count of the same release.
        only = setting.lang == "ar" and _AR_ONLY.match(setting.norm, figure.candidate.np_end) is not None
        official = next(
            (
                j
                for j in order
                if j != i
                and roles.get(j) is None
                and setting.head_end <= figures[j].start < figure.start
                and figures[j].metric == figure.metric
                and 3 * _value(figure) >= _value(figures[j])
                and _value(figure) <= 3 * _value(figures[j])
                # An exact tally is the same release only when it is near the official count ("103" and "99").
                and (
                    figure.qualifier != "exact"
                    or only
                    or abs(_value(figure) - _value(figures[j])) <= 0.15 * _value(figures[j])
                )
            ),
            None,
        )
        if official is not None:
            roles[i] = Role("alternative", why=f"a rights group's count of the {_value(figures[official]):,} before it")


def _others_after(figure: RawFigure, norm: str) -> bool:
    """ "۸۰ هزار نفر دیگر", "80,000 other prisoners": a count of others than those told before."""
    return bool(
        _OTHER_AFTER.match(norm, figure.candidate.np_end)
        or _OTHER_AFTER_NUMBER.match(norm, figure.candidate.number.end)
    )


_EN_PLEDGE = re.compile(
    r"\b(?:promised|pledged|vowed|undertook|agreed|committed\s+themselves)\s+to\s+(?:\w+\s+){0,2}?"
    r"(?:free|release|exchange|swap|hand\s+over|return)\b[^.;:]*$",
    re.IGNORECASE,
)
_EN_AFTER_EARLIER = re.compile(
    r"\b(?:days?|weeks?|months?)\s+after\s+[^.;:\d]{0,90}?\b\w+ed\s+(?:the\s+(?:sentences?|terms?)\s+of\s+)?"
    r"(?:(?:some|about|nearly|almost|around|roughly|more\s+than|over|at\s+least)\s+)?$",
    re.IGNORECASE,
)
# A count told as what the other side got ("swap for some 250 migrants", "in exchange for 252 men") holds
# no group of the side that freed people.
_OTHER_SIDE = re.compile(
    r"\b(?:in\s+(?:exchange|return)|swap(?:ped)?|trade[ds]?|traded)\s+for\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
_SIDES = re.compile(r"\bin\s+(?:exchange|return)\s+for\b|\ben\s+échange\s+de\b|\ba\s+cambio\s+de\b", _FLAGS)


def _between(a: RawFigure, b: RawFigure, norm: str) -> str:
    first, second = sorted((a, b), key=lambda f: f.candidate.number.start)
    return norm[first.candidate.number.end : second.candidate.number.start][:400]


_ES_ELIGIBLE = re.compile(r"'[^']*\bacog\w+\s+a\b")
# "la cifra podría llegar a 2.000 beneficiarios": where the count may go, not more people.
_ES_MAY_REACH = re.compile(
    r"\bpodr(?:ía|ían|á|án)\s+(?:llegar|alcanzar|ascender|elevarse|superar)\s+(?:a\s+|hasta\s+|los\s+|las\s+)*"
    r"(?:(?:unos|unas|más\s+de|casi)\s+)?$"
)


def _ES_eligible_estimates(
    figures: list[RawFigure], order: list[int], roles: dict[int, Role], norm: str, clemency: tuple[str, ...]
) -> None:
    """ "al menos dos mil presos podrían acogerse a ella" beside the 381 who left prison, or "la cifra podría
    llegar a 2.000" after the 1.050 the decree lets out: those who may claim the measure, or where its count may
    go, are another count of its people, not more of them."""

    def estimate(i: int) -> bool:
        if _ES_ELIGIBLE.search(figures[i].reason):
            return True
        return _ES_MAY_REACH.search(norm, max(0, figures[i].start - 50), figures[i].start) is not None

    counted = [i for i in order if roles.get(i) is None and not estimate(i)]
    for i in order:
        if roles.get(i) is not None or figures[i].metric not in clemency or not estimate(i):
            continue
        # Those who may claim it are of its kind; where its count may go is the count before's, whatever cue
        # ("beneficiarios") is nearest.
        claim = _ES_ELIGIBLE.search(figures[i].reason) is not None
        same = next(
            (
                j
                for j in counted
                if figures[j].metric == figures[i].metric or (not claim and figures[j].metric in clemency)
            ),
            None,
        )
        if same is not None:
            figures[i].metric = figures[same].metric
            roles[i] = Role("alternative", why=f"those the measure may reach, beside the {_value(figures[same]):,}")


_BREAKDOWN_LINE = "a line of a breakdown"


def _recounts(figures: list[RawFigure], order: list[int], roles: dict[int, Role]) -> None:
    """ "… la CPDH eleva esa cifra a cerca de 9.000", "la Ligue porte ce chiffre à 1 500": another count of the
    people of the figure just before, which keeps its role."""
    for n, i in enumerate(order):
        if roles.get(i) is not None or RECOUNTED not in figures[i].reason or n == 0:
            continue
        j = order[n - 1]
        if figures[j].metric == figures[i].metric and (roles.get(j) is None or roles[j].role == "total"):
            roles[i] = Role("alternative", why=f"another count of the {_value(figures[j]):,} before it")


def _alternatives(figures: list[RawFigure], order: list[int], roles: dict[int, Role], norm: str) -> None:
    """A later count within a tenth of an earlier one of the same metric counts the same people."""
    seen: list[int] = []
    # "230 … : 213 soldiers, 11 officers and six civilians": a count its lines add up to (and each line) is
    # exact, however round it looks ("248 servicemen" beside it is another group, not a second count of it).
    adding = [i for i, r in roles.items() if r.role == "part" and _ADDS_UP in r.why]
    broken = {roles[i].part_of for i in adding} | {_value(figures[i]) for i in adding}
    for i in order:
        role = roles.get(i)
        if role is not None and role.role not in ("part",):
            continue
        value = _value(figures[i])
        same = next(
            (
                j
                for j in seen
                if figures[j].metric == figures[i].metric
                and value != _value(figures[j])
                and not (
                    figures[i].qualifier == figures[j].qualifier == "exact"
                    and (value in broken and _value(figures[j]) % 10 or _value(figures[j]) in broken and value % 10)
                    and min(value, _value(figures[j])) < 1000
                    and not (_another_count(figures[i], norm) or _another_count(figures[j], norm))
                )
                and not (role is not None and role.part_of == _value(figures[j]))  # a line of its breakdown
                # Two lines of one breakdown ("Biobío, con 104, y Antofagasta, con 100") are two groups.
                and not (
                    role is not None
                    and roles.get(j) is not None
                    and roles[j].role == role.role == "part"
                    and roles[j].part_of == role.part_of
                    and _BREAKDOWN_LINE in role.why
                    and _BREAKDOWN_LINE in roles[j].why
                )
                and max(value, _value(figures[j])) >= 50
                and abs(value - _value(figures[j])) <= 0.1 * max(value, _value(figures[j]))
                and _estimate_like(figures[i], figures[j], norm)
            ),
            None,
        )
        # A part is another count only of a part (the protest-related 22,628 beside "some 22,000"), and
        # never of a line of a breakdown that adds up ("100 by military courts" is not "90 of them women").
        lines = (
            role is not None
            and same is not None
            and _ADDS_UP in (role.why + roles[same].why if roles.get(same) else role.why)
        )
        if same is not None and (role is None or roles.get(same) is not None) and not lines:
            roles[i] = Role("alternative", why=f"another count of the {_value(figures[same]):,} before it")
        else:
            seen.append(i)


# "این فرمان شامل حال حدود ۵۰ هزار زندانی خواهد شد", "هذا العفو سيشمل نحو …": the measure told again.
_THIS_MEASURE = re.compile(
    r"(?<![\w\u200c])(?:این|همین)\s+(?:فرمان|عفو|بخشودگی|قانون|تصمیم)|(?<!\w)(?:هذا|هذه)\s+(?:ال)?(?:عفو|مرسوم|قرار|قانون|مبادرة)"
)


def _this_measure_estimates(figures: list[RawFigure], order: list[int], roles: dict[int, Role], norm: str) -> None:
    """A hedged count of the people "this" measure covers, beside the measure's exact count of the same
    metric, is another count of them (an outlet's earlier estimate), not a second total."""
    exact = [j for j in order if roles.get(j) is None and figures[j].qualifier == "exact"]
    for i in order:
        if roles.get(i) is not None or figures[i].qualifier == "exact":
            continue
        number, sentence = figures[i].candidate.number, figures[i].candidate.sentence
        if not _THIS_MEASURE.search(norm, max(sentence.start, number.start - 80), number.start):
            continue
        value = _value(figures[i])
        same = next(
            (
                j
                for j in exact
                if figures[j].metric == figures[i].metric
                and 2 * min(value, _value(figures[j])) >= max(value, _value(figures[j]))
            ),
            None,
        )
        if same is not None:
            roles[i] = Role("alternative", why=f"this measure's count told again, beside the {_value(figures[same]):,}")


def _official_over_estimate(figures: list[RawFigure], order: list[int], roles: dict[int, Role]) -> None:
    """ "نحو 2500 … وفق تقديرات المركز …، فيما قالت الحكومة إن العدد بلغ 2430": the exact official count
    told after a hedged estimate of the same people is the total, the estimate its alternative."""
    for i in order:
        role = roles.get(i)
        if role is None or role.role != "alternative" or figures[i].qualifier != "exact":
            continue
        if figures[i].evidence != "official":
            continue
        value = _value(figures[i])
        head = next(
            (
                j
                for j in order
                if roles.get(j) is None
                and figures[j].metric == figures[i].metric
                and figures[j].qualifier != "exact"
                and figures[j].evidence in ("estimate", "reported")
                and abs(_value(figures[j]) - value) <= 0.1 * max(value, _value(figures[j]))
            ),
            None,
        )
        if head is not None:
            roles.pop(i)
            roles[head] = Role("alternative", why=f"an estimate beside the official {value:,}")


_EN_OTHER_SOURCE = re.compile(
    r"\b(?:other|another|some|several|different)\s+(?:news\s+)?(?:agenc\w+|outlets?|media|reports?|sources?|newspapers?)\b",
    re.IGNORECASE,
)


def _en_official_over_rounded(figures: list[RawFigure], order: list[int], roles: dict[int, Role], norm: str) -> None:
    """ "freed more than 3,000 prisoners … State television said 3,113 prisoners were pardoned": the exact
    count an official source gives after a hedged lead count of the same people is the total, the lead
    its rounded form. Another outlet's exact count ("other agencies put it at …") stays the alternative."""
    for i in order:
        role = roles.get(i)
        if role is None or role.role != "alternative" or figures[i].qualifier != "exact":
            continue
        sentence = figures[i].candidate.sentence
        if figures[i].evidence != "official" or _EN_OTHER_SOURCE.search(norm, sentence.start, sentence.end):
            continue
        value = _value(figures[i])
        head = next(
            (
                j
                for j in order
                if j != i
                and roles.get(j) is None
                and figures[j].start < figures[i].start
                and figures[j].metric == figures[i].metric
                # "freed 1,500 prisoners, rights lawyers said, while the interior ministry put the number at
                # 1,432": a round count from another source is rounded too.
                and (
                    figures[j].qualifier != "exact"
                    or (figures[j].evidence == "reported" and _round(_value(figures[j])))
                )
                and abs(_value(figures[j]) - value) <= 0.1 * max(value, _value(figures[j]))
            ),
            None,
        )
        if head is not None:
            roles.pop(i)
            roles[head] = Role("alternative", why=f"a rounded count beside the official {value:,}")


_EN_UNTIL_NOW = re.compile(r"\b(?:so\s+far|thus\s+far|to\s+date|until\s+now|as\s+of\s+(?:now|today|\w+day))\b", _FLAGS)


def _en_so_far(
    figures: list[RawFigure], norm: str, order: list[int], roles: dict[int, Role], clemency: tuple[str, ...]
) -> None:
    """ "Cuba will release 553 prisoners. So far, 127 have been freed": the measure's people let out until
    now are some of its count."""
    for i in order:
        if i in roles or figures[i].metric not in clemency:
            continue
        sentence, number = figures[i].candidate.sentence, figures[i].candidate.number
        if not _EN_UNTIL_NOW.search(norm, sentence.start, min(sentence.end, number.end + 60)):
            continue
        head = next(
            (
                j
                for j in reversed(order[: order.index(i)])
                if roles.get(j) is None
                and figures[j].metric == figures[i].metric
                and _value(figures[j]) > _value(figures[i])
            ),
            None,
        )
        if head is not None:
            roles[i] = Role("part", _value(figures[head]), "the measure's people let out so far")


# "4,641 exchanged through its mediation so far", "ya son 4.641 … hasta ahora", "jusqu'ici", "حتى الآن", "تاکنون".
_UNTIL_NOW = re.compile(
    r"\b(?:so\s+far|to\s+date|until\s+now|in\s+all\s+since|since\s+the\s+(?:start|beginning|outbreak)|"
    r"hasta\s+ahora|hasta\s+la\s+fecha|en\s+lo\s+que\s+va|desde\s+el\s+(?:inicio|comienzo|principio)|"
    r"jusqu['\u2019]ici|jusqu['\u2019]à\s+présent|à\s+ce\s+jour|depuis\s+le\s+début)\b|"
    r"\bbring(?:s|ing)?\s+(?:the\s+)?(?:total|tally|overall)\b|\bbrought\s+(?:the\s+)?(?:total|tally|overall)\b|"
    r"حتى\s+الآن|منذ\s+(?:بداية|بدء|اندلاع)|(?<!\w)[وف]?(?:يرفع|ليرفع|يرتفع|ليرتفع|ترفع|لترتفع|رفع)\s+(?:\S+\s+){0,6}?(?:عدد|حصيلة)|(?<![\w\u200c])(?:تاکنون|تا\s+کنون|تا\s+به\s+حال|از\s+(?:ابتدای|آغاز))(?![\w\u200c])",
    _FLAGS,
)


def _running_totals(
    figures: list[RawFigure], norm: str, order: list[int], roles: dict[int, Role], clemency: tuple[str, ...]
) -> None:
    """ "Russia and Ukraine swapped 146 prisoners each on Sunday. … 4,641 have been exchanged so far": a count
    larger than the measure's, told as reached until now, adds earlier measures to this one: background. `order`
    holds the body's figures (the headline's tell the measure again)."""
    for i in order:
        if i in roles or figures[i].metric not in clemency:
            continue
        sentence = figures[i].candidate.sentence
        if RUNNING_TOTAL not in figures[i].reason and not _UNTIL_NOW.search(norm, sentence.start, sentence.end):
            continue
        earlier = [j for j in order[: order.index(i)] if roles.get(j) is None and figures[j].metric in clemency]
        # Larger by more than a rounding: "82 هزار" in the headline and "۸۲ هزار و ۶۵۶" so far are one count.
        # "brings to 630 the number of …" is a tally whatever was counted before it.
        larger = all(_value(figures[j]) * 11 < _value(figures[i]) * 10 for j in earlier)
        if larger and (earlier or RUNNING_TOTAL in figures[i].reason):
            roles[i] = Role("other_event", why="a running total of this measure and earlier ones")


def _round(value: int) -> bool:
    return value >= 100 and value % (100 if value >= 1000 else 10) == 0


def _estimate_like(a: RawFigure, b: RawFigure, norm: str) -> bool:
    """Two near counts are one count told twice when one is hedged or rounded, or both are large."""

    def rounded(figure: RawFigure) -> bool:
        value = _value(figure)
        return figure.qualifier != "exact" or (value >= 100 and value % (100 if value >= 1000 else 10) == 0)

    return (
        rounded(a)
        or rounded(b)
        or min(_value(a), _value(b)) >= 1000
        or _another_count(a, norm)
        or _another_count(b, norm)
    )


# "A prisons spokesman gave a slightly different count, saying 93 …": a second source's count.
_ANOTHER_COUNT = re.compile(
    r"\b(?:different|differing|another|other|separate|lower|higher|revised)\s+(?:\w+\s+)?(?:count|figure|tally|toll|number|estimate)|"
    r"\b(?:cifra|chiffre|bilan)\s+(?:différent|distinto|diferente)",
    re.IGNORECASE,
)


def _another_count(figure: RawFigure, norm: str) -> bool:
    sentence = figure.candidate.sentence
    return _ANOTHER_COUNT.search(norm, sentence.start, sentence.end) is not None


# Titles of people who comment on a measure rather than grant it (corpus/SCHEMA.md: rights
# groups, UN rapporteurs, lawyers, the opposition, foreign officials reacting).
_COMMENTER_TITLE = re.compile(
    r"rapporteur|lawyer|attorney(?!\s*-?\s*general)|advocate|advocacy|amnesty\s+international|human\s+rights\s+(?:watch|chief)|"
    r"(?-i:\bUN\b|U\.N\.|\bEU\b)|united\s+nations|political\s+prisoners|monitoring\s+cent|european\s+(?:union|commission|parliament)|researcher|for\s+(?:human\s+)?rights\b|rights\s+and\b|activist|opposition|rights\s+(?:group|watch|defender|organi|campaign|activist|lawyer|centre|center)|campaign|analyst|"
    r"former|ex-|-elect\b|\belect\b|legislator|lawmaker|senator|inspector\s+of\s+prisons|ombuds\w+|watchdog|senate|(?:democratic|republican|minority)\s+leader|\bmp\b|congress|envoy|ambassador|laureate|founder|researcher|"
    r"professor|scholar|lecturer|academic|"
    r"spokes\w+\s+(?:of|for)\s+(?!(?:the\s+)?(?:government|ministry|presiden|judiciary|military|junta|state|royal|palace|"
    r"king|army|armed|police|prison|interior|justice|foreign|council|cabinet|kremlin|white\s+house|department|office|"
    r"court|prosecutor|attorney|authorit|correction|national|federal))|director\s+of\s+(?:the\s+)?\w+\s+"
    r"(?:group|institute|centre|center|watch|network)|"
    r"avocat|opposant|militant|défenseur|rapporteur|abogad[oa]|opositor|activista|defensor|relator|fondat(?:eur|rice)|"
    # A party's spokesperson, as in English: "la portavoz de Junts", "le porte-parole du PS".
    r"(?:portavoz|vocer[oa]|porte-parole)\s+(?:de|del|du|des|de\s+la|de\s+l')\s+(?!(?:la\s+|el\s+|los\s+|l')?"
    r"(?:gobierno|gouvernement|ejecutivo|presiden|présiden|minist|cancill|fiscal|parquet|poder|pouvoir|fuerzas|forces|"
    r"polic|ejército|armée|casa|palacio|palais|junta|junte|consejo|conseil|tribunal|corte|cour|estado|état|moncloa|"
    r"elysée|élysée|gendarm|instituto|institut|servicio|service|sistema|secretar|procur|defensor|seguridad|"
    r"justicia|justice|interior|intérieur|relaciones|relations|exteriores|extérieur|régimen|régime|autoridad|autorit))|"
    r"fundador|cofundador|"
    r"mouvement|movimiento|association|asociaci|collectif|colectivo|coordinat|coordinador|société\s+civile|"
    r"sociedad\s+civil|diputad|député|parlementaire|legislador|senador|sénateur|obispo|évêque|arzobispo|"
    r"archevêque|bâtonn|cardenal|amnist[ií]a\s+internacional|"
    # A human rights commission or an observatory watches the state: "la Comisión Cubana de Derechos Humanos".
    r"comisi[oó]n\s+(?:[\w\u00c0-\u00ff]+\s+){0,3}de\s+derechos\s+humanos|observatori[oa]|"
    r"\bong\b|\bonu\b|nations\s+unies|naciones\s+unidas|haut-commissa|alto\s+comisionad|ligue|liga\b|syndicat|"
    r"sindicat|foro\s+penal|amnesty|human\s+rights\s+watch|ancien|\bex\b|expresident|"
    r"محام(?!ي\s+العام|\s+عام)|معارض|ناشط|حقوقي|وکیل|فعال|مخالف|گزارشگر|"
    r"مبعوث|الأممي|الأمم\s+المتحدة|منظمة|معهد|الشبكة|شبكة|مرصد|لحقوق|للحقوق|المعزول|السابق|بعثة|الصليب\s+الأحمر|صلیب\s+سرخ|"
    # Parties, movements, the bar and members of parliament: "زعيم حركة النهضة", "عضو مجلس النواب".
    r"حركة|لحركة|حزب|لحزب|جبهة|تيار|الأسبق|نقيب|نقابة|هيئة\s+الدفاع|عضو\s+(?:ال)?(?:مجلس|برلمان|لجنة)|"
    r"تحرير\s+(?:صحيفة|جريدة|موقع|مجلة)|"
    r"فرستاده|سازمان\s+ملل|حقوق\s+بشر|سازمان\s+عفو|سابق|پیشین|نوبل|nobel|"
    # A prisoner's kin: "همسر او", "پدر این زندانی".
    r"^(?:همسر|پدر|مادر|برادر|خواهر|فرزند|پسر|دختر)(?![\w\u200c])",
    re.IGNORECASE,
)


# A head of state or government, who in a prisoner exchange announces his own side's releases.
_HEAD_OF_STATE = re.compile(
    r"\bpresident\b|\bprésident\b|\bpresidente\b|رئیس\u200c?جمهور|رئيس\s+(?:الجمهورية|الدولة)|الرئيس|"
    r"(?i:\bprime\s+minister\b|\bpremier\s+ministre\b|\bprimer\s+ministro\b)|نخست\u200c?وزیر|رئيس\s+(?:الوزراء|الحكومة)",
    re.IGNORECASE,
)


_EN_SWAP_OFFICE = re.compile(
    r"\bsecretary\s+of\s+state\b|\bforeign\s+(?:minister|secretary)\b|\bnational\s+security\s+advis[eo]r\b|"
    r"\bCIA\s+director\b|\bdirector\s+of\s+the\s+CIA\b",
    re.IGNORECASE,
)


def official_part(role: str, country: str | None, article_country: str | None, exchange: bool = False) -> str:
    """`announcer` for who grants or announces the measure, `commenter` for anyone else quoted."""
    if exchange and _HEAD_OF_STATE.search(role or "") and not _commenter_title(role or ""):
        return "announcer"  # each side of a swap lets its own prisoners go
    if exchange and _EN_SWAP_OFFICE.search(role or "") and not _commenter_title(role or ""):
        return "announcer"  # "Secretary of State Marco Rubio confirmed the release": the other side's government
    if country and article_country and country != article_country:
        return "commenter"
    if _commenter_title(role or ""):
        return "commenter"
    return "announcer"


@lru_cache(maxsize=4096)
def _commenter_title(role: str) -> bool:
    """Whether the role names a commenter: the long pattern is tried at every character of the role, and the
    same few roles ("President", "spokesman") come back article after article."""
    return _COMMENTER_TITLE.search(role) is not None
