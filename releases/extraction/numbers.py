"""Numbers in running text: digits with any grouping, scale words, number words.

`find_numbers` returns every number with its offsets; `exclusion` says why a number
cannot be a count of people (a year, a date, a duration, an age, money...), so an
editor can see why a number was passed over.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from .lexicon import Lexicon
from .rules import word_regex, word_scanner

# Counts above this are not prisoner figures (the whole world holds about 11 million).
MAX_VALUE = 5_000_000
MAX_NUMBERS = 3000  # bound the work on hostile text full of digits

# A number opens with a digit not glued to a word ("A4", "x25"); the check follows that first
# digit so the scan jumps from digit to digit.
# "5,54,034" (Indian English groups lakhs and crores by two): tried first, then thousands grouped by three.
_DIGITS = re.compile(
    r"(?P<int>[0-9](?<![0-9A-Za-z_].)(?:(?<!,.)[0-9]?(?P<lakh>(?:,[0-9]{2})+),[0-9]{3}(?![0-9,])|"
    r"[0-9]{0,2}(?:(?P<sep>[,.\u00a0\u202f ])[0-9]{3})(?:(?P=sep)[0-9]{3})*|[0-9]*))"
    r"(?:[.,](?P<dec>[0-9]+))?(?![0-9])"
)


@dataclass(frozen=True, slots=True)
class NumberMention:
    start: int
    end: int  # after the scale word when there is one ("1.2 million")
    value: int
    words: bool  # written in words ("seven hundred")
    decimal: bool = False  # a decimal with no scale: not a count of people
    plus: bool = False  # "5,000-plus"
    grouped: bool = False  # written with a thousands separator


@cache
def _scale_re(lex: Lexicon) -> re.Pattern[str]:
    words = sorted(lex.scale, key=len, reverse=True)
    # "1.5 million", "1.5-million"; never across a dash between spaces ("Lomé, 2 avril 2020 - Mille
    # quarante-huit prisonniers": a dateline's year, then a count in words).
    return re.compile(r"(?:[\s\u00a0]+|-)?(" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


def _number_words(lex: Lexicon) -> list[str]:
    """Every number word of the language, longest first (so "seventeen" wins over "seven")."""
    return sorted(set(lex.number_words) | set(lex.multipliers) | set(lex.scale), key=len, reverse=True)


@cache
def _words_re(lex: Lexicon) -> re.Pattern[str]:
    words = _number_words(lex)
    word = "(?:" + "|".join(map(re.escape, words)) + ")"
    glue = rf"(?:\s*-\s*|\s+(?:{lex.connectors})\s*|\s+)"
    if lex.lang in ("ar", "fa"):
        # Persian joins compounds with a zero-width non-joiner too: "بیست‌وسه".
        glue = r"(?:[\s\u200c]+و[\s\u200c]*|[\s\u200c]+|[\s\u200c]*و\u200c?)"
        if lex.lang == "fa":
            # A scale word may be written glued to its multiplier: "چهارهزار", "دومیلیون".
            glue = glue[:-1] + r"|(?=هزار|میلیون))"
    return word_scanner(word[3:-1], tail=rf"(?i:(?:{glue}{word}){{0,8}})(?!\w)")


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    """Whether position falls inside one of the sorted spans."""
    index = bisect.bisect_right(spans, (position, 10**12)) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]


@cache
def _ar_glued_and_re(lex: Lexicon) -> re.Pattern[str]:
    """Arabic number words after a glued "و", "ل" or "ب" ("وثلاثة", "لألفين"), the match starting at the
    number word."""
    word = "(?:" + "|".join(map(re.escape, _number_words(lex))) + ")"
    glue = r"(?:[\s\u200c]+و[\s\u200c]*|[\s\u200c]+|[\s\u200c]*و\u200c?)"
    # A glued preposition ("لألفين و520", "بثلاثة") takes only words of four letters or more, so
    # "لست" (I am not) is no six, and the scale words "مئة" and "ألف" ("عفوا شاملا لمئة وتسعة من السجناء").
    long_word = "(?=[^\\W\\d_]{4}|مئة|ألف)" + word
    return re.compile(
        rf"(?<!\w)(?:و(?P<n>{word}(?:{glue}{word}){{0,8}})|[لب](?P<p>{long_word}(?:{glue}{word}){{0,8}}))(?!\w)"
    )


class _Glued(NamedTuple):
    """A number word read after a glued "و": the parts of a match the scan reads."""

    text: str
    begin: int
    finish: int

    def group(self) -> str:
        return self.text

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish


# Plural scale words standing alone say "thousands", "millions": a vague amount.
_VAGUE_PLURALS = frozenset(("آلاف", "الاف", "ألوف", "ملايين", "centenares", "centaines"))
_VAGUE_BEFORE = re.compile(
    r"(?:ده\u200c?ها|صدها|عشرات|مئات|tens\s+of|hundreds\s+of|dizaines\s+de|centaines\s+de|decenas\s+de|cientos\s+de)\s*$",
    re.IGNORECASE,
)


@cache
def _token_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, _number_words(lex))), re.IGNORECASE)


def parse_number_words(phrase: str, lex: Lexicon) -> int:
    """Value of a phrase of number words ("seven hundred", "dos mil", "ده هزار")."""
    total = current = 0
    for match in _token_re(lex).finditer(phrase):
        token = match.group().lower()
        multiplier = lex.multipliers.get(token) or lex.scale.get(token)
        if multiplier == 100:
            current = (current or 1) * 100
        elif multiplier:
            total += (current or 1) * multiplier
            current = 0
        else:
            current += lex.number_words.get(token, 0)
    return total + current


def find_numbers(norm: str, lex: Lexicon) -> list[NumberMention]:
    """Every number in the (digit-normalised) text, in order of position."""
    found: list[NumberMention] = []
    scale_re = _scale_re(lex)
    for match in _DIGITS.finditer(norm):
        found.append(_digit_mention(norm, match, scale_re))
        if len(found) >= MAX_NUMBERS:
            break
    matches = list(_words_re(lex).finditer(norm))
    if lex.lang == "ar":
        # "16 سعوديا وثلاثة سودانيين": a number word with "و" glued on.
        spans = [(m.start(), m.end()) for m in matches]
        glued = [
            _Glued(m.group(g), m.start(g), m.end(g))
            for m in _ar_glued_and_re(lex).finditer(norm)
            for g in ("n" if m.group("n") else "p",)
            if not _inside(spans, m.start(g))
        ]
        matches = sorted(matches + glued, key=lambda m: m.start())
    for match in matches[: 4 * MAX_NUMBERS]:
        if match.group().lower() in _VAGUE_PLURALS or _VAGUE_BEFORE.search(
            norm, max(0, match.start() - 8), match.start()
        ):
            continue  # "آلاف السجناء", "ده‌ها هزار نفر": thousands, tens of thousands, not a count
        value = parse_number_words(match.group(), lex)
        half = _HALF_BEFORE.search(norm, max(0, match.start() - 8), match.start())
        if half and match.group().lower() in lex.multipliers:
            # "medio millar de presos", "un demi-millier": half the scale word.
            found.append(NumberMention(half.start(), match.end(), value // 2, True))
            continue
        end = match.end()
        if lex.lang == "fa":
            # "نود و نه", "بیست‌ونه": nine closes a compound; alone "نه" is "no", never a number.
            nine = _FA_AND_NINE.match(norm, end)
            if nine and value and value % 10 == 0:
                value, end = value + 9, nine.end()
        # "one" counts only in a list of counts ("two Filipinos, one Cambodian and one Thai").
        if value > 1 or (
            value == 1
            and (
                _AFTER_COUNT.search(norm, max(0, match.start() - 50), match.start())
                or bullet_line(norm, match.start())
                or table_line(norm, match.start())
            )
        ):
            found.append(NumberMention(match.start(), end, value, True))
        if len(found) >= 2 * MAX_NUMBERS:
            break
    if lex.lang == "fa":
        # "نُه نفر بالای ۶۰ سال", "نه تن": nine before a counter of people (alone "نه" is "no": "نه زندانی بود و
        # نه آزاد"); the reading copy has dropped the vowel mark that sets the number apart.
        taken = {m.start for m in found}
        found += [NumberMention(m.start(), m.end(), 9, True) for m in _FA_NINE.finditer(norm) if m.start() not in taken]
    found.sort(key=lambda m: m.start)
    if lex.lang == "en":
        found = [_dozens(norm, m) for m in found]
    return _ranged(norm, _bracketed(norm, _joined(norm, _with_plus(norm, found))))


_FA_AND_NINE = re.compile(r"[\s\u200c]*و[\s\u200c]*نه(?![\w\u200c])")
_FA_NINE = re.compile(r"(?<![\w\u200c])نه(?=\s+(?:نفر|تن)(?![\w\u200c]))")
# "– 858 obtiennent une remise … ;\n– un condamné à perpétuité voit sa peine commuée": a one that opens a
# bulleted line after a line of counts is a line of the breakdown.
_BULLET_OPEN = re.compile(r"\n[ \t]*[-\u2013\u2014\u2022*][ \t]*$")
_BULLET_BEFORE = re.compile(r"\n[ \t]*[-\u2013\u2014\u2022*][ \t]*[^\n]*\d[^\n]*$")


# "مهریه: ۲۸ نفر\nدیه حادثه کارگاهی: یک نفر": a line of a table, its label before a colon, after a line
# of the same shape with a count.
_TABLE_LABEL = re.compile(r"\n[^\n\d:]{1,60}:[ \t]*$")
_TABLE_LINE_BEFORE = re.compile(r"\n[^\n\d:]{1,60}:[ \t]*\d[^\n]*\n$")


def table_line(norm: str, start: int) -> bool:
    """Whether the number at start is the count of a labelled line that follows another such line."""
    label = _TABLE_LABEL.search(norm, max(0, start - 64), start)
    return bool(label) and bool(_TABLE_LINE_BEFORE.search(norm, max(0, label.start() - 120), label.start() + 1))


def bullet_line(norm: str, start: int) -> bool:
    """Whether the number at start opens a bulleted line that follows a bulleted line with a count."""
    opening = _BULLET_OPEN.search(norm, max(0, start - 8), start)
    return bool(opening) and bool(_BULLET_BEFORE.search(norm, max(0, opening.start() - 300), opening.start()))


_HALF_BEFORE = re.compile(r"\b(?:medio|media|demi)[\s-]*$", re.IGNORECASE)
_DOZEN = re.compile(r"\s+dozen\b(?!s)", re.IGNORECASE)


def _dozens(norm: str, mention: NumberMention) -> NumberMention:
    """ "some two dozen prisoners" counts 24 ("a dozen" alone, like "dozens", stays vague)."""
    dozen = _DOZEN.match(norm, mention.end)
    if dozen is None or mention.decimal:
        return mention
    return NumberMention(mention.start, dozen.end(), mention.value * 12, mention.words, grouped=mention.grouped)


_AFTER_COUNT = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)[^.;:]*(?:,|\band)\s*$", re.IGNORECASE
)
_BRACKET_OPEN = re.compile(r"\s*[(\[]\s*")
_BRACKET_CLOSE = re.compile(r"\s*[)\]]")


def _bracketed(norm: str, found: list[NumberMention]) -> list[NumberMention]:
    """Words with their digits in brackets ("quatre cent vingt-six (426)") are one number, read from
    the digits; a number an editor put in brackets ("[13,200]") reaches past its closing bracket."""
    result: list[NumberMention] = []
    for mention in found:
        last = result[-1] if result else None
        opened = last and _BRACKET_OPEN.fullmatch(norm, last.end, mention.start)
        closed = _BRACKET_CLOSE.match(norm, mention.end)
        if last and opened and closed and last.words and not mention.words:
            result[-1] = NumberMention(last.start, closed.end(), mention.value, True, grouped=mention.grouped)
            continue
        if closed and norm[closed.end() - 1] == "]" and norm[max(0, mention.start - 1) : mention.start] == "[":
            mention = NumberMention(mention.start, closed.end(), mention.value, mention.words,
                                    plus=mention.plus, grouped=mention.grouped)  # fmt: skip
        result.append(mention)
    return result


def _digit_mention(norm: str, match: re.Match[str], scale_re: re.Pattern[str]) -> NumberMention:
    digits = re.sub(r"[^0-9]", "", match.group("int"))
    value = int(digits[:12])
    end = match.end()
    scale = scale_re.match(norm, end)
    decimal = match.group("dec")
    if scale:
        factor = 10 ** len(decimal) if decimal else 1
        number = int(digits[:12]) * factor + (int(decimal) if decimal else 0)
        multiplier = _scale_value(scale.group(1))
        value = number * multiplier // factor
        return NumberMention(match.start(), scale.end(), value, False, grouped=bool(match.group("sep")))
    return NumberMention(
        match.start(),
        end,
        value,
        False,
        decimal=bool(decimal),
        grouped=bool(match.group("sep") or match.group("lakh")),
    )


_SCALES = {"thousand": 1000, "mil": 1000, "mille": 1000, "ألف": 1000, "الف": 1000, "آلاف": 1000, "الاف": 1000,
           "ألفا": 1000, "هزار": 1000, "lakh": 10**5, "millier": 1000, "millar": 1000}  # fmt: skip


def _scale_value(word: str) -> int:
    word = word.lower()
    if word in _SCALES:
        return _SCALES[word]
    if word.startswith(("milliard", "billion", "میلیارد")):
        return 10**9
    return 10**6


_AND = re.compile(r"\s*و\s*")
_SPACE = re.compile(r"[ \u00a0]+")


def _joined(norm: str, found: list[NumberMention]) -> list[NumberMention]:
    """Thousands and the rest joined by "و" in Arabic and Persian ("۲ هزار و ۵۰۰" is 2,500), or
    written side by side after a scale word, as Mexican Spanish does ("6 mil 200" is 6,200)."""
    result: list[NumberMention] = []
    for mention in found:
        last = result[-1] if result else None
        # "یک میلیون و ۲۰۰ هزار": millions and thousands joined the same way.
        unit = 10**6 if last and last.value % 10**6 == 0 and mention.value % 1000 == 0 else 1000
        if (
            last
            and last.value % unit == 0
            and mention.value < unit
            and not mention.decimal
            and not norm[last.start : last.end].isdigit()  # a scale word ends it: "۲ هزار"
            and (_AND.fullmatch(norm, last.end, mention.start) or _SPACE.fullmatch(norm, last.end, mention.start))
        ):
            result[-1] = NumberMention(last.start, mention.end, last.value + mention.value, last.words or mention.words,
                                       grouped=last.grouped)  # fmt: skip
            continue
        result.append(mention)
    return result


# "8 to 9 thousand", "۸ تا ۹ هزار", "entre 8 y 9 mil", "ما بين 8 و9 آلاف": the first end of a range shares the
# scale word written after the second.
_RANGE_JOIN = re.compile(r"\s*(?:-|\u2013|to|and|or|à|et|ou|a|y|o|تا|یا|و|أو)\s*", re.IGNORECASE)


def _ranged(norm: str, found: list[NumberMention]) -> list[NumberMention]:
    result = list(found)
    for i in range(len(result) - 1):
        first, second = result[i], result[i + 1]
        if first.words or first.grouped or first.decimal or not norm[first.start : first.end].isdigit():
            continue
        if not _RANGE_JOIN.fullmatch(norm, first.end, second.start):
            continue
        digits = _LEADING_DIGITS.match(norm, second.start, second.end)
        if digits is None or not _SCALED.search(norm, digits.end(), second.end):
            continue
        lead = int(digits.group())
        if not 0 < first.value < lead or second.value % lead:
            continue
        scale = second.value // lead
        if scale < 1000:
            continue
        result[i] = NumberMention(first.start, first.end, first.value * scale, False)
    return result


_LEADING_DIGITS = re.compile(r"\d+(?=[\s\u00a0-]*[^\W\d_])")


def _with_plus(norm: str, found: list[NumberMention]) -> list[NumberMention]:
    result = []
    for mention in found:
        if result and mention.start < result[-1].end:
            continue  # "five" inside "twenty-five" or digits inside a word phrase
        if norm.startswith(("-plus", " plus", "+"), mention.end):
            size = 1 if norm[mention.end] == "+" else 5
            mention = NumberMention(mention.start, mention.end + size, mention.value, mention.words, plus=True,
                                    grouped=mention.grouped)  # fmt: skip
        result.append(mention)
    return result


# In Arabic and Persian a four-digit number followed by a noun of people and not preceded by a year
# word counts them: "۱۸۶۲ نفر از محکومان", "1862 سجينا".
_AFTER_YEAR_WORD = re.compile(r"(?<![\w\u200c])(?:سال|عام|العام|لعام|سنة|لسنة)\s*$")
_SCALED = re.compile(r"[^\W\d_]")  # a letter inside a number's span: a scale word ("۳۶ هزار و ۲۸۳")
_YEAR_WORD = re.compile(r"(?:عام|العام|سنة|لسنة|سال|منذ|في|در|از|تا|حتى)\s*$")


@cache
def _person_after(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{lex.person_nouns})(?![\w\u200c])", re.IGNORECASE)


def _counted_not_year(after: str, before: str, lex: Lexicon) -> bool:
    if lex.lang not in ("ar", "fa") or _YEAR_WORD.search(before):
        return False
    return _person_after(lex).match(after) is not None


def _counted_after_month(after: str, mention: NumberMention, lex: Lexicon) -> bool:
    """ "۸ حمل ۲۴۶۳ زندانی": a number after a date's month that a noun of people follows, and not a
    plausible year, counts them."""
    if lex.lang not in ("ar", "fa") or 1300 <= mention.value <= 1500 or 1900 <= mention.value <= 2100:
        return False
    return _person_after(lex).match(after) is not None


@cache
def _exclusion_res(lex: Lexicon) -> dict[str, re.Pattern[str]]:
    months = "|".join(
        sorted(
            (re.escape(m).replace("_", r"\s") for m in lex.months),
            key=len,
            reverse=True,
        )
    )
    flags = re.IGNORECASE
    duration = re.compile(
        rf"(?:\s*(?:-|\u2013|to|and|or|a|et|à|y|o|و|تا)\s*[\w.,]+(?!\w))?[\s-]*(?:{lex.time_units})(?!\w)", flags
    )
    money_after = re.compile(rf"\s*(?:{lex.money_after})(?!\w)", flags)
    unit = re.compile(rf"\s*(?:{lex.other_units})(?!\w)", flags)
    month_after = re.compile(rf"\s*(?:de\s+)?(?:{months})(?!\w)", flags)
    return {
        "money_before": re.compile(lex.money_before, flags),
        # "آذرماه ۱۳۹۷": a Persian month may carry "ماه" glued on.
        "month_before": word_regex(months, tail=r"(?:\u200c?ماه)?\.?\s*(?i:de\s+)?$"),
        "capacity": word_regex(lex.capacity),
        "after": re.compile(
            "|".join(
                rf"(?P<{name}>{res.pattern})"
                for name, res in (
                    ("month_after", month_after),
                    ("duration", duration),
                    ("money_after", money_after),
                    ("unit", unit),
                )  # fmt: skip
            ),
            flags,
        ),
        "age_after_name": re.compile(r"[A-Z][\w'\u2019-]+,\s*$"),
        "age_words": word_regex(r"aged|age\s+of|âgée?s?\s+de|de\s+edad|edad\s+de", tail=r"\s*$"),
        "number_sign": word_regex(r"No\.?|number|numéro|núm\.?", tail=r"\s*$"),
    }


_AFTER_REASONS = {"month_after": "a date", "duration": "a duration or age", "money_after": "an amount of money",
                  "unit": "a measure"}  # fmt: skip


def _day_or_year(mention: NumberMention) -> bool:
    """Whether a number after a month may be its day or its year ("al cierre de enero 1.207 presos" is neither)."""
    if mention.grouped or mention.words:
        return False
    return mention.value <= 31 or 1000 <= mention.value <= 2100


_NUMBER_VERB = re.compile(r"\b[a-z]{3,}(?:ed|s)\s+number\s*$")


# "3.2 por ciento", "5 pour cent": the word for a hundred in a percentage.
_PERCENT_BEFORE = re.compile(r"\b(?:por|pour)\s+$", re.IGNORECASE)


def exclusion(norm: str, mention: NumberMention, lex: Lexicon) -> str | None:
    """Why this number cannot count people, or None when it might."""
    res = _exclusion_res(lex)
    after = norm[mention.end : mention.end + 40]
    before = norm[max(0, mention.start - 30) : mention.start]
    if mention.decimal:
        return "a decimal, not a count"
    if (
        mention.words
        and _PERCENT_BEFORE.search(before)
        and norm[mention.start : mention.end].lower() in ("ciento", "cent")
    ):
        return "a percentage ('por ciento', 'pour cent')"
    first, last = after[:1], before[-1:]
    if first.isascii() and first.isalpha() or (first and first in "/:") or (last and last in "/:"):
        return "part of a word, code, ordinal or time"
    rounded = lex.lang == "en" and after[:5].lower() == "-odd "  # "1,200-odd inmates": a rounded count
    if not rounded and (after[:1] == "-" and after[1:2].isalnum() or before.endswith("-") and before[-2:-1].isalnum()):
        return "part of a compound ('five-year', '1,715-place') or a code"
    if before.rstrip().endswith("#"):
        return "a rank or number sign"
    if (
        not mention.words
        and not mention.grouped
        and (1800 <= mention.value <= 2100 or (lex.lang == "fa" and 1300 <= mention.value <= 1499))
        and mention.end - mention.start == 4
        and not _counted_not_year(after, before, lex)
    ):
        return "a year"
    for name, reason in (
        ("month_before", "a date"),
        ("number_sign", "a rank or number sign"),
    ):
        if res[name].search(before) and not (
            name == "month_before" and (_counted_after_month(after, mention, lex) or not _day_or_year(mention))
        ):
            if name == "number_sign" and lex.lang == "en" and _NUMBER_VERB.search(before):
                continue  # "Those pardoned number 4,216": the verb of a count, not a number sign
            return reason
    # The four checks on the words after the number in one match, in the same order of priority.
    after_match = res["after"].match(after)
    # "frente a las 76.434 de octubre de 2009": no day of a month is above 31; the month dates the count.
    if after_match and not (after_match.lastgroup == "month_after" and mention.value > 31):
        return _AFTER_REASONS[after_match.lastgroup or ""]
    if res["money_before"].search(before):
        return "an amount of money"
    if (
        lex.lang in ("ar", "fa")
        and not mention.words
        and _AFTER_YEAR_WORD.search(before)
        # "از ۱۸ تیر آن سال ۳۶ هزار و ۲۸۳ زندانی": a number with a scale word names no year.
        and not _SCALED.search(norm, mention.start, mention.end)
    ):
        return "a year"  # "سال ۱۳۹۸ محکوم شدند", "عام 2019"
    # A one in brackets may be a breakdown's line ("Huancayo (01)"); a one elsewhere counts no group.
    bracketed = norm[mention.start - 1 : mention.start] == "(" and norm[mention.end : mention.end + 1] == ")"
    if not (mention.value > 1 or (mention.value == 1 and bracketed)) or mention.value > MAX_VALUE:
        return "too small or too large to count prisoners"
    if res["age_after_name"].search(before) and after.lstrip(" ")[:1] in (",", ")"):
        return "an age after a name"
    if res["age_words"].search(before):
        return "an age"
    if res["capacity"].search(norm[max(0, mention.start - 40) : mention.start]):
        return "a capacity, not people"
    if _LAW_BEFORE.search(before):
        return "the number of a law, decree or article ('Republic Act 10592', 'artículo 184')"
    if _AGE_AFTER_PEOPLE.search(before):
        return "an age ('prisoners over 60')"
    if _SHARE_BEFORE.search(before):
        return "the whole of a share ('one in five'), not a count"
    share = _SHARE_AFTER.match(after)
    if share and mention.value < 20 and _small_count(share.group(1), lex) > mention.value:
        return "a share ('one in five'), not a count"
    if mention.value < 20 and _FRACTION_AFTER.match(after):
        return "a fraction ('three quarters of the sentence'), not a count"
    if mention.words and lex.lang == "ar" and mention.value == 10 and _AR_ORDINAL_UNIT.search(before):
        return "an ordinal ('السادس عشر', the sixteenth)"
    return None


# "three quarters of their term", "les deux tiers", "las tres cuartas partes", "ثلاثة أرباع المدة", "دو سوم".
_FRACTION_AFTER = re.compile(
    r"[\s\u200c]+(?:quarters|thirds|fifths|tenths|quarts|tiers|cinquièmes|dixièmes|cuartas\s+partes|terceras\s+partes|"
    r"tercios|quintos|décimos|أرباع|أثلاث|أخماس|أعشار|سوم|چهارم|پنجم|دهم)(?![\w\u200c])",
    re.IGNORECASE,
)
# The unit of an Arabic ordinal teen, before its "عشر": "في السادس عشر من أيلول", "الحادي عشر".
_AR_ORDINAL_UNIT = re.compile(r"(?<!\w)(?:ال)?(?:حادي|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع)ة?\s+$")


_LAW_BEFORE = re.compile(
    r"\b(?:(?:Republic\s+)?Act|Law|Decree|Executive\s+Order|Proclamation|Resolution|articles?|sections?|"
    r"Ley|Decreto|art[ií]culos?|Loi|décret|ordonnance)\s+(?:No\.?\s*|n[°ºo]\.?\s*)?$",
    re.IGNORECASE,
)
# "prisoners over 60 who have served …", "los mayores de 65": an age, not a count.
_AGE_AFTER_PEOPLE = re.compile(
    r"\b(?:prisoners|inmates|convicts|detainees|people|persons|those|men|women)\s+(?:over|above|older\s+than|"
    r"under|younger\s+than)\s+(?:the\s+age\s+of\s+)?$|\b(?:mayores|menores)\s+de\s+$",
    re.IGNORECASE,
)
# "one in five", "uno de cada cinco", "un sur cinq": a share of a group told with a small whole.
_SHARE_BEFORE = re.compile(r"\b(?:one|uno|una|un|une)\s+(?:in|out\s+of|de\s+cada|sur)\s+(?:every\s+)?$", re.IGNORECASE)
_SHARE_AFTER = re.compile(r"\s+(?:in|out\s+of|de\s+cada|sur)\s+(?:every\s+)?([0-9]+|[^\W\d_]+)\b", re.IGNORECASE)


def _small_count(word: str, lex: Lexicon) -> int:
    """The value of a digit string or a number word up to twenty, else 0."""
    if word.isdigit():
        return int(word)
    value = lex.number_words.get(word.lower(), 0)
    return value if value <= 20 else 0
