"""Text plumbing shared by the extractors: digits, sentences, headline, language.

Every helper keeps character offsets into the text it was given, because each
figure must carry the exact quote and its offsets in the source text.
"""

from __future__ import annotations

import bisect
import re
import string
import unicodedata
from collections import Counter
from dataclasses import dataclass

from .wordlist import words

# Analyse at most this many characters: articles are far shorter, and the bound
# keeps hostile input (megabytes of junk) from costing more than a fixed budget.
MAX_CHARS = 200_000
MAX_SENTENCE = 1500
MAX_SENTENCES = 3000  # a long article has a few hundred; the rest of junk text is not read

# The app's one table of digits: each language's own, by language (the languages not
# listed write ASCII digits). The pages write numbers with them (releases.i18n), the
# extractor and the search read them back through ASCII_DIGITS.
DIGITS = {"fa": "۰۱۲۳۴۵۶۷۸۹", "ar": "٠١٢٣٤٥٦٧٨٩"}

# Eastern Arabic and Persian digits map one-to-one onto ASCII digits, and the
# Arabic separators onto ',' and '.', so a translated copy keeps every offset.
ASCII_DIGITS = {ord(c): ord("0") + i for digits in DIGITS.values() for i, c in enumerate(digits)}
ASCII_DIGITS.update({0x066C: ord(","), 0x066B: ord(".")})


# What the extractor reads in place of the text as given: one spelling of what typing and
# publishing systems vary without changing a word.
# - Arabic short vowels, tanween, shadda, sukun, the dagger alif and the tatweel: written inside
#   words ("عفواً", "أُفرج", "لـ 1500"), they would split them. Dropped.
# - Spaces: a run of them, or a no-break, narrow, thin or other wide space alone (HTML's &nbsp;,
#   French typography, a number's "12 000"), is one plain space; a tab is a space.
# - Line ends: Windows' "\r\n" and an old "\r" are "\n".
_VOWEL_MARKS = "\u064b-\u065f\u0670"  # a character class's ranges: short vowels, tanween, shadda, sukun
_MARK_CLASS = f"[\u0640{_VOWEL_MARKS}]"  # and the tatweel
_ODD_SPACES = "\t\u00a0\u2000-\u200a\u202f\u205f\u3000"  # a tab, no-break, narrow, thin and wide spaces
_READING = re.compile(rf"(?P<marks>{_MARK_CLASS}+)|(?P<spaces>[ {_ODD_SPACES}]{{2,}}|[{_ODD_SPACES}])|(?P<line>\r\n?)")
_READ_AS = {"marks": "", "spaces": " ", "line": "\n"}
_MARKS = re.compile(_MARK_CLASS)
ARABIC_MARK = _MARKS  # one Arabic vowel mark or tatweel, for readers that drop them keeping offsets
_ODD_SPACE = re.compile(f"[{_ODD_SPACES}]")
# A Latin letter written as the letter and its accent apart ("e" + U+0301, as some systems save
# text): read as the one composed letter (Unicode NFC).
_DECOMPOSED = re.compile(r".[\u0300-\u036f]+", re.S)


class OffsetMap:
    """For each offset of a respelled text (and its end), the offset in the text it was made from:
    `map[i]`. Kept as the stretches copied and the pieces replaced, not one entry per character,
    so a text respelled all through costs no more than the respelling."""

    __slots__ = ("copied", "froms", "inner", "reads")

    def __init__(self, reads: list[int], froms: list[int], copied: list[bool], inner: OffsetMap | None):
        self.reads, self.froms, self.copied, self.inner = reads, froms, copied, inner

    def __getitem__(self, offset: int) -> int:
        k = bisect.bisect_right(self.reads, offset) - 1
        given = self.froms[k] + (offset - self.reads[k] if self.copied[k] else 0)
        return given if self.inner is None else self.inner[given]


def _replace(
    text: str, pattern: re.Pattern[str], replacement, inner: OffsetMap | None = None
) -> tuple[str, OffsetMap | None]:
    """`text` with each match of `pattern` replaced by `replacement(match)`, and the map from the
    result's offsets to `text`'s (then through `inner`); None when nothing matched."""
    parts, reads, froms, copied, pos, read = [], [], [], [], 0, 0
    for match in pattern.finditer(text):
        start = match.start()
        if start > pos:
            parts.append(text[pos:start])
            reads.append(read), froms.append(pos), copied.append(True)
            read += start - pos
        new = replacement(match)
        if new:
            parts.append(new)
            reads.append(read), froms.append(start), copied.append(False)
            read += len(new)
        pos = match.end()
    if not reads and pos == 0:
        return text, inner
    parts.append(text[pos:])
    reads.append(read), froms.append(pos), copied.append(True)  # the rest, and the end
    return "".join(parts), OffsetMap(reads, froms, copied, inner)


def reading_copy(text: str) -> tuple[str, OffsetMap | None]:
    """The text the extractor reads (see _READING, _DECOMPOSED), and the map from each of its
    offsets (and its end) to the offset in the text given, so a quote is cut from the text as
    published; None when the two are the same."""
    back = None
    if not unicodedata.is_normalized("NFC", text):
        text, back = _replace(text, _DECOMPOSED, lambda m: unicodedata.normalize("NFC", m.group()))
    if not (_MARKS.search(text) or "  " in text or "\r" in text or _ODD_SPACE.search(text)):
        return text, back  # the common case: one scan of the text, no copy
    return _replace(text, _READING, lambda m: _READ_AS[m.lastgroup], back)


# A line written in capitals ("BIO PARDONS 246 INMATES ON NEW YEAR'S DAY"), as some outlets set
# their headlines: four words or more, nearly every letter a capital.
_LINE = re.compile(r"[^\n]+")
_LETTER = re.compile(r"[^\W\d_]")
_CASED_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")  # "YEAR'S" is one word
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*)$")
_ASCII_LOWER = str.maketrans("", "", string.ascii_lowercase)


def _shouted(line: str) -> bool:
    if len(line.split()) < 4:
        return False
    if (len(line) - len(line.translate(_ASCII_LOWER))) * 10 > len(line):
        return False  # more than a tenth of the line in lower-case ASCII letters: a body's line (a quick exact test)
    letters = _LETTER.findall(line)
    return len(letters) >= 12 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def unshouted(text: str) -> str:
    """`text` with each line written in capitals read as the article writes its words: a name in
    the capitals the body gives it ("Bio", "New Year's Day"), another word in lower case, a short
    one never seen in lower case kept as an acronym ("UN"). The same length, so every offset holds."""
    lines = [m for m in _LINE.finditer(text) if _shouted(m.group())]
    if not lines:
        return text
    names, first, lower = {}, {}, set()  # capitalised inside a sentence, at its start; in lower case
    for word in _CASED_WORD.finditer(text):
        found = word.group()
        if found.islower():
            lower.add(found)
        elif found[0].isupper() and not found.isupper():
            starts = _SENTENCE_START.search(text, max(0, word.start() - 3), word.start())
            (first if starts else names).setdefault(found.lower(), found)

    def cased(word: re.Match[str]) -> str:
        found, low = word.group(), word.group().lower()
        if low in names or (low in first and low not in lower):
            return names.get(low) or first[low]
        if len(found) <= 3 and low not in lower:
            return found
        return low

    pieces, pos = [], 0
    for line in lines:
        read = _CASED_WORD.sub(cased, line.group())
        read = read[:1].upper() + read[1:]
        if len(read) == len(line.group()):
            pieces += [text[pos : line.start()], read]
            pos = line.end()
    pieces.append(text[pos:])
    return "".join(pieces)


# Text wrapped at a fixed width (a press release sent as plain text, a page copied from a PDF):
# most lines end near one width, a paragraph only at a blank line or a short line.
_STOPS = frozenset(".;:!?\u061b")
_LIST_STOPS = frozenset(";:\u061b")
_BULLET_START = re.compile(r"\s*(?:[-\u2013\u2014\u2022*]|\d{1,3}[.)]\s)")


def unwrapped(text: str) -> str:
    """`text` with the line breaks of fixed-width wrapping read as spaces. The text counts as
    wrapped when at least half its lines end within 15 characters of one width (50-120) and
    most of those end inside a sentence, not on its punctuation (a list's lines end on theirs).
    A break is kept after a short line, before a blank or bulleted line, after a line ending in a
    semicolon or a colon, and between an item ending in punctuation and a count. The same length,
    so every offset holds."""
    lines = text[:MAX_CHARS].split("\n")
    lengths = sorted(len(line) for line in lines if line.strip())
    if len(lengths) < 8:
        return text
    width = lengths[int(0.9 * (len(lengths) - 1))]
    full = width - 15
    ends = [line.rstrip()[-1:] for line in lines if len(line) >= full]
    if not 50 <= width <= 120 or len(ends) < 0.5 * len(lengths) or sum(e in _STOPS for e in ends) > 0.4 * len(ends):
        return text
    out, pos = list(text), 0
    for line, after in zip(lines, lines[1:], strict=False):
        pos += len(line)
        last = line.rstrip()[-1:]
        kept = last in _LIST_STOPS or (last in _STOPS and after.lstrip()[:1].isdigit())
        if len(line) >= full and after.strip() and not _BULLET_START.match(after) and not kept:
            out[pos] = " "
        pos += 1
    return "".join(out)


# Persian typed with a space where a zero-width non-joiner belongs ("زندانی ها", "می شود", "اژه ای"):
# a suffix that is never a word of its own joins the word before it, a prefix the word after it.
_PERSIAN_SUFFIX = re.compile(r"(?<=[^\W\d_]) (?=(?:ها|های|هایی|هایش|هایشان|ای|ایی|اند|ترین|تری)(?![^\W\d_]|\u200c))")
_PERSIAN_PREFIX = re.compile(r"(?<![^\W\d_]|\u200c)(?:نمی|می) (?=[^\W\d_])")


def with_joiners(text: str) -> str:
    """Persian `text` with a zero-width non-joiner for the space typed before a suffix ("ها",
    "های", "ای", "اند", "ترین") or after the verb prefix "می"/"نمی". One character for one."""
    text = _PERSIAN_SUFFIX.sub("\u200c", text)
    return _PERSIAN_PREFIX.sub(lambda m: m.group()[:-1] + "\u200c", text)


def normalize_digits(text: str) -> str:
    """Return text with Eastern Arabic/Persian digits as ASCII, same length."""
    return text.translate(ASCII_DIGITS)


def fold(text: str) -> str:
    """Text with its accents dropped and its case folded: "Ébrahim" and "ebrahim" are one.
    The one folding the app compares names and words with (matching officials and
    prisoners, wire copies, scoring the extractor)."""
    if text.isascii():
        return text.casefold()  # nothing to decompose: the common case, kept fast
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


# Arabic and Persian spell some letters differently (yeh, kaf), may add short vowels or a
# stretching tatweel, and join or split words with a zero-width non-joiner: the search's stored text
# and its query, and names compared, are brought to one spelling, so any of them finds the others.
_SEARCH_TABLE = str.maketrans(
    {
        "\u064a": "\u06cc",  # Arabic yeh → Persian yeh
        "\u0649": "\u06cc",  # alef maksura → Persian yeh
        "\u0643": "\u06a9",  # Arabic kaf → Persian keheh
        "\u0623": "\u0627",  # alef with hamza above → alef
        "\u0625": "\u0627",  # alef with hamza below → alef
        "\u0622": "\u0627",  # alef with madda → alef
        "\u200c": " ",  # zero-width non-joiner: a word boundary, like the space many type instead
        "\u200d": None,  # zero-width joiner
        "\u0640": None,  # tatweel
        **ASCII_DIGITS,  # Persian and Arabic digits and separators
    }
)
_HARAKAT = re.compile(f"[{_VOWEL_MARKS}]")


def normalise_for_search(text: str) -> str:
    """One spelling for Arabic-script variants, ASCII digits, ZWNJ as a space; Latin text is
    left as it is. What the search stores and asks for (releases.models), and part of name_key."""
    return _HARAKAT.sub("", text.translate(_SEARCH_TABLE))


def name_key(name: str) -> str:
    """A name for matching: accents, case, punctuation, spacing and Arabic-script spellings
    ignored: "حسن روحاني" typed with an Arabic yeh is "حسن روحانی", and "عزت الله" with a space
    is "عزت‌الله" with a zero-width non-joiner. Filing matches officials and prisoners by it
    (releases.services); the extractor's scoring compares names by it."""
    return " ".join("".join(c if c.isalnum() else " " for c in fold(normalise_for_search(name))).split())


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    index: int
    paragraph: int


# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    words(
        "u.s u.k u.n mr mrs ms dr st no jan feb mar apr jun jul aug sep sept oct nov dec "
        "gen lt col maj sgt gov sen rep rev prof jr sr inc ltd co corp vs fla calif mass "
        "approx etc e.g i.e p.m a.m mme mlle sr sra dña art av"
    )
)
# A full stop before a space (or a closing quote and a space), or a line break (blank lines
# included). One character class opens it, so the scan jumps between candidates.
_BOUNDARY = re.compile(r"[.!?\u061f\u06d4\n](?:(?<=\n)(?:\s*\n)?|(?<!\n)(?=[\"'\u201d\u2019)\]]?\s))")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


def split_sentences(text: str) -> list[Sentence]:
    """Split text into sentences, keeping offsets; paragraphs are blank-line runs."""
    sentences: list[Sentence] = []
    start = 0
    paragraph = 0
    for match in _BOUNDARY.finditer(text):
        if len(sentences) >= MAX_SENTENCES:
            return sentences
        end = match.end()
        if match.group().startswith("."):
            before = _WORD_BEFORE.search(text, max(0, match.start() - 12), match.start())
            word = before.group(1).lower() if before else ""
            initials = len(word) > 2 and word[1::2].strip(".") == "" and word[::2].isalpha()  # "M.A. Sumanthiran"
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or initials:
                continue
            following = text[end : end + 3].lstrip()
            if following[:1].islower() or following[:1].isdigit():
                continue
        _append(sentences, text, start, end, paragraph)
        if "\n" in match.group():
            paragraph += 1
        start = end
    _append(sentences, text, start, len(text), paragraph)
    return sentences


def _append(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    # Real sentences are short; cutting run-on junk into pieces bounds the work per sentence.
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        sentences.append(Sentence(start, cut, len(sentences), paragraph))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        sentences.append(Sentence(start, end, len(sentences), paragraph))


def headline_end(text: str, title: str = "") -> int:
    """Offset where the headline (a short first line without a full stop) ends, else 0."""
    first_break = text.find("\n")
    if first_break <= 0:
        return 0
    line = text[:first_break].strip()
    if title and line == title.strip():
        return first_break
    if len(line) < 200 and not line.endswith((".", "!", "?", '"', "\u201d")) and len(line.split()) >= 3:
        return first_break
    return 0


# A letter of the Arabic script (Arabic and Persian text): the one test of it, for every module.
ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_PERSIAN_WORDS = re.compile(
    r"(?<![\u0600-\u06ff])(?:است|را|که|كه|از|با|این|اين|برای|براي|شد|شدند|کرد|كرد|می|مي|تا)(?![\u0600-\u06ff])"
)
_ARABIC_WORDS = re.compile(
    r"(?<![\u0600-\u06ff])(?:في|من|على|إلى|الى|أن|ان|التي|الذي|عن|مع|هذا|هذه|كان|قد)(?![\u0600-\u06ff])"
)
_PERSIAN_ONLY = re.compile(r"[\u067e\u0686\u0698\u06af\u06a9\u06cc\u06f0-\u06f9]")

_STOPWORDS = {
    "en": frozenset(words("the and of to in was were has have said with that for from by is on")),
    "fr": frozenset(words("le la les des du et est une dans pour par sur été ont qui au aux")),
    "es": frozenset(words("el la los las del y en por con una para fue han que al se sus")),
}
_WORDS = re.compile(r"\w+")
# Arabic name particles: r"\b(?:[Aa]l|[Ee]l)-(?=\w)|\bAl\s+(?=[A-Z])", the word-start check moved after
# the particle's two letters (the same matches) so that the engine skips ahead to an "a" or an "e".
_NAME_PARTICLE = re.compile(r"[AaEe]l(?<!\w..)(?:-(?=\w)|(?<=Al)\s+(?=[A-Z]))")


def detect_language(text: str) -> str:
    """Guess 'en', 'fr', 'es', 'ar' or 'fa' from script and common words."""
    sample = text[:4000]
    if ARABIC_SCRIPT.search(sample):
        arabic = len(ARABIC_SCRIPT.findall(sample))
        if arabic > 20 and arabic > len(sample) * 0.2 or arabic > len(_LATIN.findall(sample)):
            if len(_PERSIAN_ONLY.findall(sample)) > arabic * 0.02:
                return "fa"
            # Persian typed with Arabic yeh and kaf: its common words tell it.
            return "fa" if len(_PERSIAN_WORDS.findall(sample)) > 2 * len(_ARABIC_WORDS.findall(sample)) + 2 else "ar"
    # One pass to count every word, then a look-up per stopword; the opening 1,000 characters
    # settle most articles, the rest of the sample only a close call.
    # Arabic name particles ("Al-Sabah", "Al Nahyan", "el-Sisi") are not the Spanish "al" and "el".
    sample = _NAME_PARTICLE.sub(" ", sample)
    for size in (1000, 4000):
        counts = Counter(_WORDS.findall(sample[:size].lower()))
        scores = sorted(((sum(counts[w] for w in words_), lang) for lang, words_ in _STOPWORDS.items()), reverse=True)
        (best, lang), (second, _other) = scores[0], scores[1]
        if best >= 10 and best >= 3 * second or len(sample) <= size:
            break
    return lang if best > 0 else "en"


# The French and Spanish weekdays, as datelines and occasions name them ("mercredi 15 janvier", "celebrada este
# miércoles").
FR_ES_WEEKDAY = (
    "(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)"
)

_SCRIPT_WEEKDAY = r"(?:(?:یک|دو|سه|چهار|پنج)[\u200c ]?)?شنبه|جمعه|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد"

# A date at the top of a scraped page ("date 2020-03-19") or a wire dateline
# ("DOHA, Sept 18 (Agency) -").
# "MANAMA, April 9 (Courier) –", "TUNIS, 15 octobre (L'Écho) –", "تهران، ۷ اسفند (خبرنامه) –": a city in
# capitals (or in Arabic script), a day and month in either order, the outlet, a dash.
DATELINE = re.compile(
    # "JERUSALEM/RAMALLAH, Nov 28 (…) -": two cities of one dateline.
    r"^\s*(?P<city>[A-ZÀ-Ý][A-ZÀ-Ý .'\u2019/-]{2,40}?|[\u0600-\u06ff][\u0600-\u06ff\u200c ]{1,30}?(?: [-\u2013\u2014] [\u0600-\u06ff][\u0600-\u06ff\u200c ]{1,30}?)?|"
    # "Caracas, 4 feb (EFE).-", "La Habana, 12 mar (EFE).-": a city in title case before a day and an outlet.
    # "Cúcuta (Colombia), 15 sep (…).-": the city's country in brackets after it.
    r"[A-ZÀ-Ý][a-zà-ÿ'\u2019-]+(?: (?:de |del |la |el )?[A-ZÀ-Ý][a-zà-ÿ'\u2019-]+){0,3}(?: \([A-ZÀ-Ý][\w ]{1,30}\))?"
    r"(?=, \d{1,2}\.?(?: de)? [^\W\d_]{3,12}\.? "
    # "La Paz, 14 de abril de 2020.-": a newspaper's own dateline, the year written out and no outlet.
    r"(?:\d{4} )?\(|, \d{1,2} de [^\W\d_]{3,12} de \d{4}\.?[-\u2013\u2014]|"
    # "Bangkok, 12 oct.- El Gobierno …": an agency's day and month, the outlet left out.
    r", \d{1,2} [^\W\d_]{3,12}\.[-\u2013\u2014]|"
    # "Conakry, 6 février 2020 -": the French newspaper's, the day before the month and the year, then a dash.
    # "Tunis, mercredi 15 janvier 2014 –": its weekday before it.
    rf", (?:le )?(?:{FR_ES_WEEKDAY} )?\d{{1,2}}(?:er)? [^\W\d_]{{3,12}} \d{{4}} [-\u2013\u2014]))"
    r"(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)?)?[,\u060c] "
    # "کاراکاس - رادیو فردا، شنبه ۱۳ بهمن ۱۴۰۳ -": a Persian or Arabic weekday before the day, too.
    rf"(?:le )?(?:(?:{FR_ES_WEEKDAY}|{_SCRIPT_WEEKDAY}) )?"
    r"(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2}(?:er|º|°)?\.?(?: de)? [^\W\d_]{3,12}\.?)?(?: (?:de )?\d{4})?\s*(?:\([^()\n]{1,120}\))?\s*\.?(?:[-\u2013\u2014]|:(?=\s))",
    re.MULTILINE,
)

# Arabic wire datelines with no date: a city, then the agency in brackets or between dashes ("القاهرة – (أ ش أ)
# –", "عمان – بترا –", "بغداد (أ ب) –").
DATELINE_AR = re.compile(
    r"^[ \t]*(?P<city>[\u0621-\u064a]{2,}(?: [\u0621-\u064a]{2,}){0,2})[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?[-\u2013\u2014]"
    r"[ \t]*(?:(?:\([^()\n]{1,40}\)|[\u0621-\u064a]{2,10})[ \t]*[-\u2013\u2014][ \t]*)?(?P<date>(?!))?",
    re.MULTILINE,
)

# Persian and Arabic datelines with the date between dashes: "واشنگتن/دوحه – ۱۱ خرداد ۱۳۹۳ – سرویس جهان:",
# "ریاض/لندن – ۲۳ بهمن ۱۳۹۹ –", "الرباط - 10 يناير 2025 -": one or two cities, a day, a month, a year.
DATELINE_SCRIPT = re.compile(
    r"^[ \t]*(?P<city>[\u0621-\u06ff][\u0621-\u06ff\u200c]+(?: [\u0621-\u06ff][\u0621-\u06ff\u200c]+)?"
    r"(?:[ \t]*/[ \t]*[\u0621-\u06ff][\u0621-\u06ff\u200c]+(?: [\u0621-\u06ff][\u0621-\u06ff\u200c]+)?)?)"
    r"[ \t]+[-\u2013\u2014][ \t]+(?P<date>\d{1,2} [\u0621-\u06ff]{2,12}(?: \d{4})?)[ \t]+[-\u2013\u2014]"
    r"(?:[ \t]+[\u0621-\u06ff][\u0621-\u06ff\u200c ]{1,30}:)?",
    re.MULTILINE,
)

# A Spanish or French newspaper's city closed by a stop and a dash, or a stop alone, before the lead's first
# word ("TEGUCIGALPA. Un total de", "San José.- El Consejo", "Palma.- Sesenta internos", "ABIDJAN. — Les").
DATELINE_STOP = re.compile(
    r"^[ \t]*(?P<city>[A-ZÀ-Ý][A-ZÀ-Ý'\u2019-]{2,}(?: [A-ZÀ-Ý][A-ZÀ-Ý'\u2019-]+){0,2}|"
    r"[A-ZÀ-Ý][a-zà-ÿ'\u2019-]+(?: (?:de |del |la |el )?[A-ZÀ-Ý][a-zà-ÿ'\u2019-]+){0,2})"
    r"\.(?: ?[-\u2013\u2014])?[ \t]+(?=[A-ZÀ-Ý])(?P<date>(?!))?",
    re.MULTILINE,
)

# English wire datelines the one above leaves out: the outlet right after the city ("HANOI (Reuters) -"),
# a country of three words ("DUBAI, United Arab Emirates (AP) —"), or a city written in lower case before
# a date or a dash ("Cairo, Oct. 7, (Xinhua) –", "Rabat –", "Abu Dhabi: …").
DATELINE_WIRE = re.compile(
    r"^[ \t]*(?P<city>[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,3}|[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)"
    r"(?:, [A-Z][\w.]*(?: [A-Z][\w.]*){0,2})?"
    # "Harare, 18 April 2024 –", "LAGOS, June 5, 2023 (AP) —": a day before its month, or a year after it.
    r"(?:, (?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2} [A-Z][a-z]{2,8}\.?(?: \d{4})?),?)?"
    r"[ \t]*(?:\([^()\n]{1,120}\))?[ \t]*(?:[-\u2013\u2014]|:(?= [A-Z]))[ \t]",
    re.MULTILINE,
)
