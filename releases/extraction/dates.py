"""Dates in the text, resolved against the publication date, and the announcement date.

The announcement date is chosen by how a date is used, in this order:
1. an action date in the main clemency sentence ("pardoned 762 convicts on Saturday");
2. an action date on a definite reference to the measure ("the decree, signed on Saturday");
3. a speech date near the main sentence ("the ministry said on Tuesday");
then the dateline's date, then the publication date. Dates of holidays ("Independence Day
on Dec. 16"), background ("the Jan. 6 attack", anything months old) and the page's own
date stamp are never the announcement.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from .jalali import gregorian_to_jalali, jalali_to_gregorian
from .lexicon import EN_MONTHS, EN_WEEKDAYS, Lexicon
from .rules import WordMatch, WordScanner, word_regex, word_scanner
from .text import ARABIC_SCRIPT, FR_ES_WEEKDAY, Sentence

_SPEECH = re.compile(
    r"\b(?:said|says|told|reported|quoted|announced|stated|added|confirmed|a\s+déclaré|a\s+annoncé|indiqué|dijo|"
    r"informó|anunció|afirmó)\b|قال|أعلن|أفاد|ذكرت|گفت|اعلام",
    re.IGNORECASE,
)
_OCCASION_BEFORE = re.compile(
    r"(?:Day|Year|Eid[\w\s-]*|anniversary|Christmas|Easter|festival|holiday|Ramadan|Vesak|Nowruz),?\s+(?:on\s+)?$"
    # "the King's birthday, which fell on Monday": the day an occasion fell on, not the announcement's.
    r"|\b(?:which|that)\s+(?:fell|falls|fall|will\s+fall)\s+(?:on\s+)?$"
    # "the 60th anniversary of independence, which the country celebrates on Thursday": the occasion's day.
    r"|\b(?:which|that)\s+(?:\w+\s+){0,3}?(?:celebrates?|celebrated|marks?|marked|observes?|commemorates?)\s+(?:on\s+)?$"
    # "la Tabaski, célébrée ce mercredi 22 août", "la fiesta, celebrada este miércoles": the occasion's day.
    r"|\b(?:célébrée?s?|fêtée?s?|celebrad[oa]s?|conmemorad[oa]s?)\s+(?:par\s+\w+\s+)?(?:(?:ce|cette|este|esta|le|el)\s+)?"
    rf"(?:{FR_ES_WEEKDAY}\s+)?$"
    # "la Fiesta del Trono, que Marruecos celebra hoy", "la fête que le pays célèbre aujourd'hui": the occasion's day.
    r"|\bque\s+(?:\S+\s+){0,3}?(?:celebra|celebran|conmemora|conmemoran|festeja|célèbre|célèbrent|fête|fêtent|"
    r"commémore)\s+$"
    # "به مناسبت ۲۲ بهمن", "در آستانه سالروز ۲۲ بهمن", "بمناسبة ذكرى 25 يوليو": the day the occasion names.
    r"|(?<![\w\u200c])(?:مناسبت|آستانه|سالگرد|سالروز|مناسبة|بمناسبة|ذكرى)\s+(?:[^\s\d]+\s+)?$"
)
# "to mark the 48th anniversary of the founding of the Republic on December 2", "con motivo del aniversario de la
# independencia, el 28 de julio": the day of an occasion the measure marks, told after the occasion's name.
_MARKS_OCCASION = re.compile(
    r"\b(?:to\s+mark|marking|ahead\s+of|on\s+the\s+occasion\s+of|in\s+honou?r\s+of|to\s+(?:celebrate|commemorate)|"
    r"à\s+l['\u2019]occasion\s+d[eu]|pour\s+(?:marquer|célébrer|commémorer)|en\s+l['\u2019]honneur\s+d[eu]|"
    r"con\s+motivo\s+de|en\s+ocasión\s+de|para\s+(?:conmemorar|celebrar|marcar))\s+[^.;:!?]{0,90}?"
    r"(?:anniversary|Day|founding|independence|birthday|holiday|festival|anniversaire|fête|indépendance|aniversario|"
    r"fiesta|independencia|día)\b[^.;:!?]{0,70}?[\s,]+(?:on|le|el)\s+$",
    re.IGNORECASE,
)
_OCCASION_AFTER = re.compile(r"\s*(?:[A-Z][\w'-]+\s+)?(?:Day|holiday|anniversary|Eid|festival)\b")
_DEFINITE_MEASURE = re.compile(
    r"\b(?:the|this|that)\s+(?:\w+\s+){0,2}?(?:pardons?|amnesty|clemency|decrees?|bill|law|measure|order|releases?|proposal)\b"
    r"|\b(?:le|la|ce|cette)\s+(?:décret|grâce|amnistie)|\b(?:el|la|este|esta)\s+(?:decreto|indulto|amnistía)"
    r"|(?:ال)(?:قرار|مرسوم|عفو)|(?:این|آن)\s+(?:عفو|فرمان|بخشنامه)",
    re.IGNORECASE,
)
# A future act before its day: "will free 988 prisoners on Friday", "is to release them on Monday".
_FUTURE_ACT = re.compile(
    r"\b(?:will|would|shall|(?:is|are|was|were)\s+(?:due\s+)?to)\s+(?:be\s+)?(?:[a-z]+\s+){0,1}?"
    r"(?:free|freed|release|released|pardon|pardoned|grant|granted|set\s+free)\b[^.;:,]*$|"
    # "que comenzarán a salir de las cárceles este jueves", "qui sortiront de prison jeudi".
    r"\b(?:comenzar[áa]n|empezar[áa]n|saldr[áa]n?|quedar[áa]n\s+en\s+libertad|ser[áa]n\s+(?:liberad|excarcelad|indultad|puest)\w*|"
    r"sortiront|seront\s+(?:libérés|graciés|élargis|relâchés)|commenceront|quitteront)\b[^.;:,]*$",
    re.IGNORECASE,
)
_AFTER_DECISION = re.compile(
    r"\b(?:después\s+de\s+que|luego\s+de\s+que|tras\s+que|après\s+que|after)\s+(?:[\w'\u2019()]+\s+){0,8}?"
    r"(?:orden\w*|decret\w*|dispus\w*|concedi\w*|otorg\w*|firm\w*|indult\w*|ordonn\w*|accord\w*|sign\w*|"
    r"graci\w*|ordered|granted|signed|pardoned|decreed)\b[^.;]*$",
    re.IGNORECASE,
)
# "la excarcelación …, anunciada el martes": the day a participle of announcing names is the announcement's.
_ANNOUNCED_ON = re.compile(
    r"\b(?:anunciad[oa]s?|decretad[oa]s?|announced|annoncée?s?)\s+(?:(?:el|le|on|este|esta|ce|cette)\s+)?(?:pasado\s+)?$",
    re.IGNORECASE,
)
# "إجراءات العفو التي أعلنها رئيس الجمهورية … مساء الخميس", "مرسوم ملكي أصدره الملك … مساء أمس الأربعاء": the
# day a verb of announcing or issuing names, its subject between, is the announcement's.
_AR_ANNOUNCED_ON = re.compile(
    r"(?<!\w)(?:[وف]?(?:أعلن|اعلن|أصدر|اصدر|أقر|اقر)\w{0,3})\s+(?:\S+\s+){0,8}?(?:(?:مساء|صباح|ظهر|ليلة|فجر)\s+)?"
    r"(?:(?:يوم|أمس|امس)\s+)?$"
)
_MADE_PUBLIC = re.compile(
    r"\b(?:rendue?s?\s+publi(?:c|que)s?|made\s+public|dévoilée?s?|hech[oa]s?\s+públic[oa]s?|dad[oa]s?\s+a\s+conocer|"
    r"unveiled)\s+(?:(?:le|el|on|ce|cette|este|esta)\s+)?(?:pasado\s+|dernier\s+)?$",
    re.IGNORECASE,
)
_GRANTED_ON = re.compile(
    r"\b(?:accordée?s?|signée?s?|signed|graciée?s?|concedi(?:ó|eron)|otorg(?:ó|aron)|firm(?:ó|aron)|decret(?:ó|aron)|"
    r"promulg(?:ó|aron|ué|uée)|indult(?:ó|aron)|pardoned|granted|commuted|commuée?s?|conmut(?:ó|aron))\s+"
    r"(?:(?:el|le|on|this|este|esta|ce|cette)\s+)?(?:pasado\s+|dernier\s+)?$",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|would|is\s+to|are\s+to|expected|next|due|expires?|"
    # "ahead of Wednesday's Republic Day holiday", "à la veille de la fête de mardi": the day of what is coming.
    r"ahead\s+of|in\s+time\s+for|à\s+la\s+veille\s+d[eu]|en\s+vísperas\s+de|"
    # "la fête du Trône, qui sera célébrée samedi", "doivent sortir de prison dès mercredi", "Le souverain célèbre
    # samedi à Tanger", "saldrán el próximo lunes": a day to come, in French and Spanish.
    r"sera|seront|serait|seraient|va|vont|doit|doivent|devrait|devraient|dès|célèbre|célébrera|aura\s+lieu|"
    r"será|serán|sería|van?\s+a|deberá|deberán|debe|deben|próxim[oa]|celebra|celebrará|tendrá\s+lugar)(?!\w)",
    re.IGNORECASE,
)
_BOUND = re.compile(
    # "82 921 détenus au 1er avril", "al 30 de junio", "as of April 1": the day a count stood, not an event.
    r"(?:\b(?:au|al|as\s+of)|"
    # "released 1,000 between November 26 and December 31": both ends of a period.
    r"\bbetween\s+(?:\S+\s+){1,4}?and|"
    r"\b(?:until|till|through|since|from|between|hasta|desde|jusqu['\u2019]a[u]?|depuis|starting(?:\s+on|\s+from)?|beginning(?:\s+on)?|"
    r"effective(?:\s+from)?|(?:take|takes|took|taking)\s+effect(?:\s+on)?|(?:come|comes|came)\s+into\s+force(?:\s+on)?|"
    # "desde su entrada en vigor el pasado 10 de junio", "depuis son entrée en vigueur le 10 juin"
    r"(?:since|desde|depuis)\s+(?:its|su|son|sa|la|le|el|the)\s+(?:entry\s+into\s+force|entrada\s+en\s+vigor|"
    r"entrée\s+en\s+vigueur|aprobación|adoption|adopción|promulgación|promulgation|publicación|publication)"
    r"(?:\s+(?:on|el|le)(?:\s+(?:pasado|dernier))?)?)|"
    r"(?<!\w)(?:حتى|منذ|قبل|تا|از)|"
    # "آخرین آمارگیری که روز ۵ فروردین انجام شد": the day a census was taken.
    r"(?<![\w\u200c])آمارگیری\s+(?:\S+\s+){0,2}?(?:که\s+)?(?:در\s+)?(?:روز|تاریخ))\s+(?:(?:the|el|le|la)\s+)?"
    r"(?:(?:pasado|dernier)\s+)?$",
    re.IGNORECASE,
)
_STAMP = re.compile(
    r"(?:date|published|updated|posted|تاریخ\s+انتشار|انتشار|به\u200c?روز\s*رسانی)[:\s]*$", re.IGNORECASE
)
_JALALI_FIGURES = re.compile(r"(?<![\d/])(1[34]\d\d)/(\d{1,2})/(\d{1,2})(?![\d/])")
_WILL_HAPPEN_ON = re.compile(
    r"\b(?:will|would|shall|(?:is|are)\s+to|(?:is|are)\s+due\s+to)\s+(?:be\s+)?[a-z]+(?:\s+(?:free|out|home))?\s+(?:on|from)\s+$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    value: dt.date
    kind: str  # "explicit", "weekday", "relative" or "stamp"


_ISO = re.compile(r"-(?<=(?<!\d)\d{4}-)(\d{2})-(\d{2})(?!\d)")  # opens with "-" so the scan skips ahead
_LAST_BEFORE = re.compile(r"(?<!\w)(?:last|this\s+past|dernier|pasado)\s+$", re.IGNORECASE)
_LAST_AFTER = re.compile(r"\s+(?:dernier|pasado)(?!\w)", re.IGNORECASE)
# "روز گذشته" (the day past) is yesterday; "أول أمس", "پریروز" the day before.
# Whole words only: "امسال" (this year) holds "امس".
_RELATIVE_ARABIC = re.compile(
    r"(?<![\w\u200c])(?:و|ب|بال)?(?P<w>أول\s+أمس|أول\s+امس|أمس\s+الأول|امس\s+الاول|أمس|امس|اليوم|پریروز|دیروز|روز\s+گذشته|امروز)"
    r"(?![\w\u200c])"
)
_TODAY = frozenset(("today", "aujourd'hui", "hoy", "اليوم", "امروز"))
_BEFORE_YESTERDAY = frozenset(
    ("avant-hier", "anteayer", "antier", "أول أمس", "أول امس", "أمس الأول", "امس الاول", "پریروز")
)


@dataclass(frozen=True)
class _Patterns:
    month_day: re.Pattern[str] | WordScanner  # "March 19, 2020"
    day_month: re.Pattern[str]  # "19 March 2020", "19 de marzo de 2020"
    weekday: re.Pattern[str] | WordScanner
    relative: re.Pattern[str]


@cache
def _patterns(lex: Lexicon) -> _Patterns:
    months = {**EN_MONTHS, **lex.extra.get("gregorian_months", {}), **lex.months}
    names = "|".join(sorted((re.escape(m).replace("_", r"\s") for m in months), key=len, reverse=True))
    weekdays = {**EN_WEEKDAYS, **lex.weekdays}
    day_names = "|".join(sorted((re.escape(d) for d in weekdays), key=len, reverse=True))
    return _Patterns(
        month_day=word_scanner([("month", names)], tail=r"\.?\s+(?P<d1>\d{1,2})(?!\d)(?:,?\s+(?P<y1>\d{4}))?"),
        day_month=re.compile(
            rf"(?P<d2>\d(?<!\w\d)\d?)(?:er|st|nd|rd|th|\.?º|\.?°|ro)?\s+(?:de\s+)?(?P<m2>{names})(?!\w)"
            r"(?:\.?,?\s+(?:de\s+)?(?P<y2>\d{4}))?",
            re.IGNORECASE,
        ),
        weekday=word_scanner([("day", day_names)], tail=r"(?!\w)"),
        relative=word_regex(r"(?:yesterday|today|avant-hier|hier|aujourd'hui|anteayer|antier|ayer|anoche|hoy)\b"),
    )


def find_dates(norm: str, published: dt.date | None, lex: Lexicon) -> list[DateMention]:
    """Dates the text names, resolved against the publication date where needed."""
    patterns = _patterns(lex)
    months = {**EN_MONTHS, **lex.extra.get("gregorian_months", {}), **lex.months}
    weekdays = {**EN_WEEKDAYS, **lex.weekdays}
    found: list[DateMention] = []
    for match in _ISO.finditer(norm):
        start = match.start() - 4
        value = _safe_date(int(norm[start : match.start()]), int(match[1]), int(match[2]))
        if value:
            stamp = _STAMP.search(norm, max(0, start - 12), start)
            found.append(DateMention(start, match.end(), value, "stamp" if stamp else "explicit"))
    if lex.extra.get("months_calendar") == "jalali":
        # "۱۴۰۳/۰۴/۰۳": a Solar Hijri date in figures, as Iranian outlets write it.
        for match in _JALALI_FIGURES.finditer(norm):
            value = jalali_to_gregorian(int(match[1]), int(match[2]), int(match[3]))
            if value:
                stamp = _STAMP.search(norm, max(0, match.start() - 16), match.start())
                found.append(DateMention(match.start(), match.end(), value, "stamp" if stamp else "explicit"))
    for match in _explicit(norm, patterns):
        groups = match.groupdict()
        written = norm[match.start() : match.start("d1")] if groups.get("d1") else groups["m2"]
        month_name = re.sub(r"\s+", "_", written.rstrip(". \t\n\u00a0").lower())
        month = months.get(month_name) or months.get(month_name.rstrip("."))
        day = int(groups.get("d1") or groups["d2"])
        year = groups.get("y1") or groups.get("y2")
        jalali = lex.extra.get("months_calendar") == "jalali" and month_name in lex.months
        if year and not (1300 <= int(year) <= 1500 if jalali else 1800 <= int(year) <= 2100):
            year = None  # "۸ حمل ۲۴۶۳ زندانی": the number after the month is a count, not its year
        if jalali and (year or published):
            value = _jalali(month or 1, day, int(year) if year else None, published)
        else:
            value = _with_year(month or 1, day, int(year) if year else None, published)
        if value:
            found.append(DateMention(match.start(), match.end(), value, "explicit"))
    if published:
        # "el miércoles 15 de septiembre", "jeudi 9 janvier": a weekday with its date names that date only.
        dated = {m.start for m in found if m.kind == "explicit"}
        found += [
            m
            for m in _weekdays(norm, patterns.weekday, weekdays, published)
            if not any(m.end < start <= m.end + 3 for start in dated)
        ]
        relative = list(patterns.relative.finditer(norm))
        if ARABIC_SCRIPT.search(norm):
            relative += _RELATIVE_ARABIC.finditer(norm)
        for match in relative:
            word = " ".join((match.groupdict().get("w") or match.group()).lower().split())
            delta = 0 if word in _TODAY else 2 if word in _BEFORE_YESTERDAY else 1
            found.append(DateMention(match.start(), match.end(), published - dt.timedelta(days=delta), "relative"))
    found.sort(key=lambda m: m.start)
    return found[:500]


def _explicit(norm: str, patterns: _Patterns) -> list[re.Match[str] | WordMatch]:
    """Month-day and day-month dates in text order, the earlier one winning where two overlap."""
    matches = sorted([*patterns.month_day.finditer(norm), *patterns.day_month.finditer(norm)], key=lambda m: m.start())
    kept: list[re.Match[str] | WordMatch] = []
    for match in matches:
        if not kept or match.start() >= kept[-1].end():
            kept.append(match)
    return kept


_CLAUSE_BREAK = re.compile(r"[,.;!?\n\u060c\u061b]")


def _weekdays(
    norm: str, pattern: re.Pattern[str] | WordScanner, weekdays: dict[str, int], published: dt.date
) -> list[DateMention]:
    found = []
    for match in pattern.finditer(norm):
        start = match.start()
        target = weekdays[match.group().lower()]
        back = (published.weekday() - target) % 7
        last = _LAST_BEFORE.search(norm, max(0, start - 16), start)
        if last:
            start = last.start()
        last = last or _LAST_AFTER.match(norm, match.end())
        if last and back == 0:
            back = 7
        value = published - dt.timedelta(days=back)
        clause = norm[max(0, start - 60) : start]
        # The clause the day stands in: never a verb of the sentence before ("vont retrouver leurs familles. La
        # justice a annoncé mardi").
        if not last and back and _FUTURE.search(_CLAUSE_BREAK.split(clause)[-1]):
            value = value + dt.timedelta(days=7)
        elif not last and back and _coming(norm, start, match.end()):
            # "از فردا، یکشنبه، اجرا می‌شود", "سالگرد انقلاب که روز چهارشنبه برگزار می‌شود": a day still to
            # come is when something will happen, never the day the news was told.
            found.append(DateMention(start, match.end(), value + dt.timedelta(days=7), "future"))
            continue
        found.append(DateMention(start, match.end(), value, "weekday"))
        if len(found) > 300:
            break
    return found


# Days to come: "tomorrow, Wednesday", "demain mercredi", "التي تحل غدا الأربعاء", "فردا، یکشنبه" (not "esta
# mañana, martes", this morning), and in Persian "یکشنبه آینده" or a weekday whose clause ends in a present or
# future verb ("که روز چهارشنبه برگزار می‌شود", "روز شنبه آزاد خواهند شد").
_TOMORROW_BEFORE = re.compile(
    r"(?:\btomorrow|\bdemain|(?<!\besta\s)(?<!\bla\s)\bmañana|(?<!\w)غدا|(?<!\w)غداً|(?<![\w\u200c])(?:فردا|پس\u200c?فردا))"
    r"[\s,\u060c]*(?:روز\s+)?$",
    re.IGNORECASE,
)
_FA_COMING_AFTER = re.compile(r"\s*آینده(?![\w\u200c])")
_FA_PRESENT_AFTER = re.compile(
    r"[^.\u060c\u061b:\n]{0,60}?(?<![\w\u200c])(?:(?:می\u200c?|می\s)[\w\u200c]+|خواه(?:د|ند)\s+[\w\u200c]+)\s*(?=[.\u060c\u061b:\n])"
)


def _coming(norm: str, start: int, end: int) -> bool:
    return bool(
        _TOMORROW_BEFORE.search(norm, max(0, start - 16), start)
        or _FA_COMING_AFTER.match(norm, end)
        or _FA_PRESENT_AFTER.match(norm, end)
    )


def _jalali(month: int, day: int, year: int | None, published: dt.date | None) -> dt.date | None:
    """A Solar Hijri date; with no year ("۱۲ مرداد"), the one nearest the publication date."""
    if year or published is None:
        return jalali_to_gregorian(year, month, day) if year else None
    current = gregorian_to_jalali(published)[0]
    options = [jalali_to_gregorian(current + delta, month, day) for delta in (-1, 0, 1)]
    dates = [o for o in options if o]
    return min(dates, key=lambda o: abs((o - published).days)) if dates else None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _with_year(month: int, day: int, year: int | None, published: dt.date | None) -> dt.date | None:
    if year:
        return _safe_date(year, month, day)
    if published is None:
        return None
    options = [_safe_date(published.year + delta, month, day) for delta in (-1, 0, 1)]
    options = [o for o in options if o]
    return min(options, key=lambda o: abs((o - published).days)) if options else None


_DAY_COUNTS = {"un": 1, "una": 1, "a": 1, "one": 1, "dos": 2, "two": 2, "tres": 3, "three": 3, "deux": 2, "trois": 3,
               "يوم": 1, "يومين": 2, "ثلاثة أيام": 3, "یک": 1, "دو": 2, "سه": 3}  # fmt: skip
# "un día después de que el Gobierno anunciara …", "au lendemain de l'annonce par le président d'une grâce",
# "a day after the president signed …": the decision or its announcement, told a number of days before the
# sentence's own day, wherever in the sentence it is told.
_DAYS_AFTER_DECISION = re.compile(
    r"\b(?:(?P<n>un|una|dos|tres|deux|trois|a|one|two|three)\s+(?:días?|jours?|days?)\s+"
    r"(?:después\s+de(?:\s+que)?|tras|après(?:\s+que)?|after)|au\s+lendemain\s+d[e'\u2019]|the\s+day\s+after|"
    r"al\s+día\s+siguiente\s+de(?:\s+que)?)\s*(?:[\w'\u2019]+\s+){0,12}?(?:l['\u2019]|la\s+|el\s+|the\s+)?"
    r"(?:promulg|firm|aprob|orden|decret|conced|otorg|indult|promulgu|sign|approuv|accord|gráci|graci|anunci|annon[cç]|"
    r"announc|pardon|grant|order|décid|decid|commut|conmut|approv)\w*"
    # "بعد يوم من إصدار الرئيس عفوا", "غداة إعلان العفو", "یک روز پس از موافقت رهبری با عفو": the same in Arabic
    # and Persian.
    r"|(?:(?<!\w)بعد\s+(?P<n_ar>يوم|يومين|ثلاثة\s+أيام)\s+(?:من|على)|(?<!\w)غداة|(?<![\w\u200c])(?P<n_fa>یک|دو|سه)\s+روز\s+"
    r"(?:پس|بعد)\s+از)\s+(?:\S+\s+){0,12}?\S*(?:عفو|قرار|مرسوم|أمر|أعلن|إعلان|أصدر|إصدار|فرمان|موافقت|اعلام|دستور)",
    re.IGNORECASE,
)


def announcement_date(
    norm: str,
    sentences: list[Sentence],
    dates: list[DateMention],
    main_sentence: int | None,
    published: dt.date | None,
    dateline_end: int = 0,
    lead_sentence: int | None = None,
    told_day: bool = False,
) -> tuple[dt.date | None, str]:
    """The date of the announcement and why it was chosen (`told_day`: a main sentence dated only by its telling
    is announced that day, as French and Spanish agency leads put it)."""
    usable = [d for d in dates if d.start >= dateline_end and _usable(norm, d, published)]
    by_sentence = _group(usable, sentences)
    if main_sentence is not None:
        stated = [m for m in by_sentence.get(main_sentence, []) if not _is_speech(norm, m)]
        # "saldrán de prisión el miércoles 15 de septiembre": a day after publication is when the measure
        # takes effect, not when it was announced.
        acts = [m for m in stated if published is None or m.value <= published]
        # A day told with a verb of announcing is the announcement's even though the verb is one of saying.
        named = [m for m in acts if _ANNOUNCED_ON.search(norm, max(0, m.start - 30), m.start)] + [
            m
            for m in by_sentence.get(main_sentence, [])
            if (published is None or m.value <= published)
            and _AR_ANNOUNCED_ON.search(norm, max(sentences[main_sentence].start, m.start - 90), m.start)
        ]
        if named:
            return named[0].value, "the day the main sentence says the measure was announced"
        # "a réagi à la grâce spéciale accordée mardi par le président", "el indulto que el presidente concedió el
        # miércoles": the day told with the verb that grants the measure, not the day of the reaction around it.
        granted = [m for m in acts[1:] if _GRANTED_ON.search(norm, max(0, m.start - 30), m.start)]
        if granted and not _GRANTED_ON.search(norm, max(0, acts[0].start - 30), acts[0].start):
            return granted[0].value, "the day the main sentence's verb of clemency names"
        # "abandonó el miércoles el penal, después de que el Tribunal ordenara el martes su libertad": the
        # release follows the decision, and the decision is the announcement.
        decided = [
            m
            for m in acts[1:]
            if m.value < acts[0].value and _AFTER_DECISION.search(norm, max(0, m.start - 90), m.start)
        ]
        if decided:
            return decided[0].value, "the date of the decision the main sentence's release follows"
        # "Un día después de que el Presidente promulgara la ley …, los primeros condenados comenzaron este viernes
        # a dejar las cárceles": the decision told a number of days before the release's own day.
        sentence = sentences[main_sentence]
        told_on = acts or (by_sentence.get(main_sentence, []) if told_day else [])
        before = _DAYS_AFTER_DECISION.search(norm, sentence.start, sentence.end) if told_on else None
        if before:
            count = before["n"] or before["n_ar"] or before["n_fa"]
            days = _DAY_COUNTS[re.sub(r"\s+", " ", count.lower())] if count else 1
            return told_on[0].value - dt.timedelta(days=days), "the decision told days before the main sentence's date"
        # "Sri Lanka will free 988 prisoners on Friday …, an official said on Thursday": the day set for a
        # future act is not the announcement's; the day it was told is.
        told = [m for m in by_sentence.get(main_sentence, []) if _is_speech(norm, m)]
        if (
            stated
            and told
            # A future act dated before its telling is a weekday read back a week: the telling is still the day.
            and told[0].value != stated[0].value
            and _FUTURE_ACT.search(norm, max(0, stated[0].start - 90), stated[0].start)
        ):
            return told[0].value, "the day the main sentence's future act was told"
        for mention in acts:
            return mention.value, "the date of the main clemency sentence"
        # "… dejarán las cárceles gracias al decreto …, informó el miércoles el viceministro": the main sentence
        # dated only by its telling is announced then, whatever day the decree was signed or ratified.
        for mention in by_sentence.get(main_sentence, []) if told_day else ():
            return mention.value, "the day the main clemency sentence was told"
    for index, mentions in sorted(by_sentence.items()):
        sentence = sentences[index]
        # "Rendu public vendredi par l'Elysée, le texte …": the day the measure was made public.
        public = [m for m in mentions if _MADE_PUBLIC.search(norm, max(sentence.start, m.start - 30), m.start)]
        if public:
            return public[0].value, "the day the measure was made public"
        if _DEFINITE_MEASURE.search(norm, sentence.start, sentence.end):
            for mention in mentions:
                if not _is_speech(norm, mention):
                    return mention.value, "the date the measure was taken"
    # A news lead tells what happened and when ("روز پنجشنبه … مبادله کردند"), even where its verb
    # is not one the rules know.
    lead = by_sentence.get(lead_sentence, []) if lead_sentence is not None else []
    if main_sentence is not None:
        near = list(range(main_sentence, main_sentence + 3))
        if lead_sentence is not None and lead_sentence > main_sentence:
            # A main sentence in the headline: the sentences after the lead tell its day ("La justice a annoncé
            # lundi leur mise en liberté provisoire", after a lead that names none).
            near += [i for i in range(lead_sentence, lead_sentence + 3) if i not in near]
        for index in near:
            for mention in by_sentence.get(index, []):
                # "El anuncio llega cuando corre el plazo que el Gobierno se fijó el 20 de marzo": a day weeks before
                # the news, near a main sentence that names none, is another event's where the lead dates the news.
                if lead and lead_sentence != index and published and (published - mention.value).days > 7:
                    continue
                return mention.value, "the date it was announced"
    for mention in lead:
        if not _is_speech(norm, mention):
            return mention.value, "the date in the lead"
    # "…, the audit commission said on Monday": a report with no measure in it is dated by its telling.
    for mention in lead:
        return mention.value, "the date the lead's report was given"
    return None, ""


def act_day(
    norm: str,
    sentences: list[Sentence],
    dates: list[DateMention],
    announced: dt.date,
    act_sentences: list[int],
    published: dt.date | None,
    dateline_end: int = 0,
) -> DateMention | None:
    """ "Resham Chaudhary was released on Monday morning, hours after … The President's Office said on Sunday
    evening that the head of state had pardoned a total of 501 convicts": where the main sentence tells people
    leaving, the day a sentence counting the act of clemency itself gives, a few days before, is the
    announcement's."""
    usable = [d for d in dates if d.start >= dateline_end and _usable(norm, d, published)]
    by_sentence = _group(usable, sentences)
    for index in act_sentences:
        for mention in by_sentence.get(index, []):
            if 1 <= (announced - mention.value).days <= 7:
                return mention
    return None


def _group(dates: list[DateMention], sentences: list[Sentence]) -> dict[int, list[DateMention]]:
    grouped: dict[int, list[DateMention]] = {}
    index = 0
    for mention in dates:
        while index < len(sentences) and sentences[index].end <= mention.start:
            index += 1
        if index < len(sentences) and sentences[index].start <= mention.start:
            grouped.setdefault(index, []).append(mention)
    return grouped


# A photo caption's line: "عکس: زندان مرکزی کرمانشاه، ۲۰ دی ۱۴۰۳", "Photo: … on March 3"; and a link to another
# story, its headline after the marker: "Lire aussi : Maroc : 1 500 détenus graciés", "اقرأ أيضا: العفو عن 1500".
_CAPTION = re.compile(
    r"[ \t]*(?:(?:عکس|تصویر|صورة|الصورة|photo|foto|image|caption|légende|pie\s+de\s+foto)\w*(?:[ \t]+[^\s:]+){0,2}?|"
    r"(?:à\s+)?lire\s+(?:aussi|également)|voir\s+aussi|read\s+(?:more|also)|see\s+also|also\s+read|"
    r"related(?:\s+(?:story|stories|article|articles|coverage|news))?|"
    r"lea\s+también|lee\s+también|leer\s+más|(?:le|te)\s+puede\s+interesar|puede\s+interesarle|"
    r"[وف]?اقرأ\s+(?:أيضا|أيضاً|ايضا|ايضاً)|ذات\s+صلة|(?:بیشتر\s+)?بخوانید|مطلب\s+مرتبط|اخبار\s+مرتبط)"
    r"[ \t]*[:\u2013\u2014]",
    re.IGNORECASE,
)


def in_caption(norm: str, position: int) -> bool:
    """Whether position stands on a photo caption's line or a link to another story."""
    return _CAPTION.match(norm, norm.rfind("\n", 0, position) + 1) is not None


def _usable(norm: str, mention: DateMention, published: dt.date | None) -> bool:
    if mention.kind in ("stamp", "future"):
        return False
    if in_caption(norm, mention.start):
        return False  # a photo's date, not the news's
    before = norm[max(0, mention.start - 40) : mention.start]
    after = norm[mention.end : mention.end + 30]
    if _OCCASION_BEFORE.search(before) or (mention.kind == "explicit" and _OCCASION_AFTER.match(after)):
        return False
    if mention.kind == "explicit" and _MARKS_OCCASION.search(norm, max(0, mention.start - 200), mention.start):
        return False
    if mention.kind == "explicit" and re.search(r"\bthe\s+$", before):
        return False  # "the Jan. 6 attack": a date used as a name
    if _BOUND.search(before):
        return False  # "con datos hasta el 30 de agosto": the end of a period, not an event
    if _WILL_HAPPEN_ON.search(before):
        return False  # "13,000 prisoners, who will be freed on Sept. 1": when the measure takes effect
    if published:
        age = (published - mention.value).days
        return 0 <= age <= 45
    return True


def _is_speech(norm: str, mention: DateMention) -> bool:
    before = norm[max(0, mention.start - 45) : mention.start]
    after = norm[mention.end : mention.end + 12]
    return bool(_SPEECH.search(before.split(",")[-1]) or _SPEECH.match(after.strip()))


# "Aliyev signed the decree early on Saturday", "He signed it on Thursday", "had it gazetted on Sunday", "Dhaka and New
# Delhi had announced the reciprocal release on Thursday": the day a verb of deciding or announcing the measure
# names.
_DECIDED_BEFORE = re.compile(
    r"\b(?:signed|gazetted|decreed|promulgated|ratified|approved|announced|ordered|granted|issued|endorsed|decided|"
    r"(?:a|ont|avait|avaient)\s+(?:sign|annonc|décrét|promulgu|approuv|accord|ordonn|ratifi|décid)é\w*|signée?s?|décrétée?s?|"
    r"promulguée?s?|firm(?:ó|aron|ado|ada)|anunci(?:ó|aron)|decret(?:ó|aron)|promulg(?:ó|aron)|aprob(?:ó|aron)|decidi(?:ó|eron)|"
    r"orden(?:ó|aron)|concedi(?:ó|eron)|otorg(?:ó|aron)|ratific(?:ó|aron))\b[^.;:!?\n]{0,70}$"
    r"|(?<!\w)[وف]?(?:أصدر|اصدر|وقع|وقّع|أعلن|اعلن|صادق|أقر|اقر|قرر|أمر|وافق)\w{0,3}\s+[^.;:!?\n]{0,80}$",
    re.IGNORECASE,
)
_FA_DECIDED_AFTER = re.compile(
    r"[^.;:!?\n]{0,220}?(?<![\w\u200c])(?:(?:امضا|صادر|اعلام|موافقت|دستور)\s+(?:کرد|کردند|شد|شده|داد|دادند)|"
    # "کمیته … شامگاه یکشنبه ۱۲ مرداد درباره این آزادی تصمیم گرفت": the day the release was decided.
    r"تصمیم\s+(?:گرفت|گرفتند))(?![\w\u200c])"
)

_NAMED_BY_PARTICIPLE = re.compile(
    r"\b(?:under|pursuant\s+to|in\s+line\s+with|en\s+vertu\s+d['\u2019]?|conformément\s+à|en\s+application\s+d['\u2019]?|"
    r"(?:en\s+vertu|en\s+application|à\s+la\s+faveur)\s+du|conformément\s+au|"
    r"en\s+virtud\s+de|conforme\s+a|bajo|al\s+amparo\s+de)\s+(?:an?|the|un|une|le|la|el|del?|l['\u2019])?\s*"
    r"(?:\w+\s+){0,2}?(?:decree|order|law|bill|resolution|décret|ordonnance|loi|decreto|ley|resolución)\s*,?\s*$",
    re.IGNORECASE,
)
# "The decree was issued on Thursday", "Le décret, signé mercredi": the measure is the verb's subject.
_MEASURE_SUBJECT = re.compile(
    r"\b(?:decree|law|pardons?|amnesty|measure|order|bill|décret|texte|loi|mesure|grâce|amnistie|decreto|ley|medida|"
    r"indulto|amnistía)\s*(?:,\s*|\s+(?:was|were|has\s+been|had\s+been|a\s+été|avait\s+été|fue|ha\s+sido|había\s+sido)\s+)$",
    re.IGNORECASE,
)
_CLAUSE_AFTER = re.compile(r"[^.;:!?,\n\u060c]{0,60}")
# What is decided: the measure, or "it" standing for it.
_MEASURE = re.compile(
    r"\b(?:decree|law|pardons?|amnesty|releases?|order|bill|it|them|clemency|commutations?|swap|exchange|deal|list|measure|"
    r"mesure|medida|"
    r"décret|grâces?|amnistie|ordonnance|loi|libérations?|remises?\s+de\s+peine|decreto|indultos?|amnistía|ley|"
    r"excarcelaci[oó]n\w*|liberaci[oó]n\w*|resoluci[oó]n|conmutaci[oó]n\w*|canje)\b"
    # "أصدره الرئيس … يوم الثلاثاء إلى النائب العام بإطلاق 19": the release ordered.
    r"|(?:عفو|العفو|مرسوم|المرسوم|قرار|القرار|قانون|القانون|الإفراج|إطلاق\s+سراح|بإطلاق|الاتفاق|اتفاق|قائمة|فرمان|آزادی|رهایی|"
    r"بخشودگی|تبادل|مبادله)",
    re.IGNORECASE,
)


_DECIDING = r"(?:adopt|sign|approuv|décid|promulgu|aprob|firm|decid|approv)\w*"
_THE_DAY_BEFORE = r"(?:la\s+veille|la\s+víspera|the\s+day\s+before|the\s+previous\s+day)"
# "adoptée la veille en Conseil des ministres", "La veille, un communiqué signé du ministre …" (not "signé à la veille
# de la fête", a day before a holiday), "au lendemain de la décision du président".
_DAY_BEFORE_DECIDED = re.compile(
    rf"\b{_DECIDING}\s+(?:[\w'\u2019]+\s+){{0,2}}?{_THE_DAY_BEFORE}\b(?!\s+(?:de|du|des|d['\u2019]|of)\b)|"
    rf"(?:^|(?<=[.;]\s)|(?<=\n)){_THE_DAY_BEFORE}\s*,\s+[^.;]{{0,100}}?\b{_DECIDING}|"
    # "a recouvré la liberté samedi …, au lendemain de la décision du président": the decision the day before.
    r"\b(?:au\s+lendemain|al\s+día\s+siguiente|(?:the|a)\s+day\s+after)\s+(?:de\s+|d['\u2019]|of\s+)?"
    r"(?:la\s+|l['\u2019]|el\s+|the\s+|sa\s+|su\s+|his\s+|her\s+)?(?:décision|decisión|decision|annonce|anuncio)\b",
    re.IGNORECASE,
)
_RELEASE_TOLD = re.compile(
    r"libér|libert|quitt|sorti|ouvr|freed|released|walked\s+out|salier|excarcel|liberad", re.IGNORECASE
)


def decided_the_day_before(norm: str, sentences: list[Sentence], main: int) -> bool:
    """Whether the main sentence tells a release and it or the next tells the measure decided the day before: "Les
    portes des prisons ont commencé à s'ouvrir mercredi pour les bénéficiaires de la grâce …, adoptée la veille en
    Conseil des ministres" (the release's day, and the decision the day before it)."""
    if not _RELEASE_TOLD.search(norm, sentences[main].start, sentences[main].end):
        return False
    return any(_DAY_BEFORE_DECIDED.search(norm, s.start, s.end) for s in sentences[main : main + 2])


def decided_day(
    norm: str, dates: list[DateMention], announced: dt.date, published: dt.date | None, dateline_end: int = 0
) -> DateMention | None:
    """A day, one to ten days before the one chosen (up to a month where the measure is its signing's subject), that
    a verb of signing, decreeing or announcing the measure names: the measure was announced then, and what the chosen
    day tells (people walking out, a reaction) came after."""
    for mention in dates:
        days = (announced - mention.value).days
        if mention.start < dateline_end or not 1 <= days <= 31:
            continue
        if not _usable(norm, mention, published):
            continue
        before = norm[max(0, mention.start - 90) : mention.start]
        verb = _DECIDED_BEFORE.search(before)
        if verb and _NAMED_BY_PARTICIPLE.search(before, 0, verb.start()):
            # "deported under an order issued on Wednesday", "Under a decree signed on Monday by the minister": the
            # measure's legal ground, told beside the news, not the day it was announced.
            continue
        if verb and _MEASURE_SUBJECT.search(before, 0, verb.start()):
            # "Le décret, signé le 4 février, concerne au total 295 condamnés": the measure's own day, weeks before
            # the people walked out.
            return mention
        if days > 10:
            continue
        if verb:
            clause = before[verb.start() :] + _CLAUSE_AFTER.match(norm, mention.end)[0]
        else:
            after = _FA_DECIDED_AFTER.match(norm, mention.end)
            clause = (norm[max(0, mention.start - 60) : mention.start].split("\u060c")[-1] + after[0]) if after else ""
        if clause and _MEASURE.search(clause):
            return mention
    return None
