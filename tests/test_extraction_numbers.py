"""Numbers: grouping, scales, words, Eastern digits, and what is not a count of people."""

import pytest

from releases.extraction import extract
from releases.extraction.lexicon_intl import LEXICONS
from releases.extraction.numbers import exclusion, find_numbers, parse_number_words
from releases.extraction.text import normalize_digits


def values(text: str, lang: str = "en") -> list[int]:
    norm = normalize_digits(text)
    lex = LEXICONS[lang]
    return [m.value for m in find_numbers(norm, lex) if not exclusion(norm, m, lex)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("freed 10,000 prisoners", 10000),
        ("freed 10 000 prisoners", 10000),
        ("freed 10\u202f000 prisoners", 10000),
        ("freed 10.000 prisoners", 10000),
        ("freed 1.2 million prisoners", 1200000),
        ("freed 2 million prisoners", 2000000),
        ("freed 5,000-plus prisoners", 5000),
        ("freed 870 prisoners", 870),
    ],
)
def test_digit_groupings_and_scales(text, expected):
    assert values(text) == [expected]


@pytest.mark.parametrize(
    ("phrase", "lang", "expected"),
    [
        ("ten thousand", "en", 10000),
        ("seven hundred", "en", 700),
        ("twenty-five", "en", 25),
        ("two hundred and fifty thousand", "en", 250000),
        ("deux mille", "fr", 2000),
        ("quatre-vingt-dix", "fr", 90),
        ("dos mil quinientos", "es", 2500),
        ("ciento veinte", "es", 120),
        ("ده هزار", "fa", 10000),
        ("عشرة آلاف", "ar", 10000),
    ],
)
def test_number_words(phrase, lang, expected):
    assert parse_number_words(phrase, LEXICONS[lang]) == expected
    assert values(f"x {phrase} x", lang) == [expected]


def test_eastern_arabic_and_persian_digits():
    assert values("أفرج عن ١٬٢٥٠ سجينا", "ar") == [1250]
    assert values("آزادی ۸۵ هزار زندانی", "fa") == [85000]
    assert values("آزادی ۱۰٬۰۰۰ زندانی", "fa") == [10000]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("jailed in 2015 for spying", "a year"),
        ("serving 15 years for fraud", "a duration or age"),
        ("sentenced to six and five years", "a duration or age"),
        ("a 51-year-old businessman", "part of a compound"),
        ("Radi, 38, was arrested", "an age after a name"),
        ("paid $6 billion to the state", "an amount of money"),
        ("a fine of 451 million euros", "an amount of money"),
        ("marks Independence Day on Dec. 16 each year", "a date"),
        ("its 50th National Day", "part of a word"),
        ("a prison designed for 11,000 inmates", "a capacity"),
        ("call 888-404-3922 now", "part of a compound"),
    ],
)
def test_what_is_not_a_count(text, reason):
    norm = normalize_digits(text)
    lex = LEXICONS["en"]
    reasons = [exclusion(norm, m, lex) or "" for m in find_numbers(norm, lex)]
    assert reasons and all(reasons), reasons
    assert any(r.startswith(reason) for r in reasons)


def test_vague_amounts_and_fractions_are_not_numbers():
    assert values("hundreds of prisoners, dozens of activists and almost half of them") == []
    assert values("two-thirds of their sentences") == []


def test_offsets_point_at_the_number():
    text = "Officials freed 1,250 inmates and ten thousand detainees."
    norm = normalize_digits(text)
    found = find_numbers(norm, LEXICONS["en"])
    assert [text[m.start : m.end] for m in found] == ["1,250", "ten thousand"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Quatre cent vingt-six (426) personnes", "fr", [426]),
        ("ciento diez (110) dirigentes", "es", [110]),
        ("one hundred and fifty-nine (159) convicts", "en", [159]),
        # The digits win where the words were mistyped.
        ("trois cent soixante (370) détenus", "fr", [370]),
        ("freed [13,200] prisoners", "en", [13200]),
    ],
)
def test_words_with_digits_in_brackets_are_one_number(text, lang, expected):
    assert values(text, lang) == expected


def test_an_editors_brackets_do_not_hide_the_noun():
    from releases.extraction import extract

    figures = extract("Officials said they freed [13,200] prisoners on Monday.").figures
    assert [(f.value, f.metric, f.quote) for f in figures] == [(13200, "released", "freed [13,200] prisoners")]


def test_benefiting_from_a_pardon_governs_over_the_detention_participle():
    from releases.extraction import extract

    text = (
        "Quatre cent vingt-six (426) personnes incarcérées dans les établissements pénitentiaires ont bénéficié "
        "d'une grâce présidentielle, a annoncé dimanche le ministère."
    )
    figures = extract(text, language="fr").figures
    assert [(f.value, f.metric) for f in figures] == [(426, "pardoned")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Arabic hundreds are one word, thousands take a construct form, and "و" glues to the next word.
        ("عفا عن ألف وثلاثمائة واثنين وعشرين سجينا", "ar", [1322]),
        ("أفرج عن ألفي و 450 سجينا", "ar", [2450]),
        ("أفرج عن تسعمئة سجين", "ar", [900]),
        ("عفا عن ألف سجين", "ar", [1000]),
        # Persian hundreds and teens, and a compound joined by a zero-width non-joiner.
        ("آزادی هفتصد و پنجاه زندانی", "fa", [750]),
        ("عفو هفده زندانی", "fa", [17]),
        ("سی\u200cوهفت نفر آزاد شدند", "fa", [37]),
        ("عفو یک هزار و ۲۰۰ زندانی", "fa", [1200]),
        ("عفو پنج هزار و ۴۱۰ زندانی", "fa", [5410]),
        # Mexican Spanish writes the thousands and the rest side by side.
        ("liberó a 3 mil 450 personas", "es", [3450]),
        ("un millier de détenus", "fr", [1000]),
    ],
)
def test_compound_numbers_in_words_and_mixed_forms(text, lang, expected):
    assert values(text, lang) == expected


def test_a_plural_of_thousands_is_no_count():
    assert values("des milliers de détenus", "fr") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("El presidente indultó a un millar de presos.", 1000),
        ("El Gobierno liberó a cuatrocientas reclusas.", 400),
        ("El presidente indultó a veintiún presos.", 21),
        ("El presidente indultó a quinientas presas.", 500),
    ],
)
def test_spanish_feminine_hundreds_apocopes_and_a_millar(text, value):
    from releases.extraction import extract

    assert [f.value for f in extract(text, language="es").figures] == [value]


def test_a_one_in_brackets_is_a_breakdowns_line_and_a_bare_one_counts_nothing():
    from releases.extraction import extract

    text = "El Gobierno indultó a 20 reos. Por penal, proceden de: Lurigancho (12), Ancón (07) y Jauja (01)."
    found = {(f.value, f.role) for f in extract(text, language="es").figures}
    assert (1, "part") in found
    assert 1 not in {
        f.value for f in extract("El presidente indultó a 1 preso y a 40 reclusas.", language="es").figures
    }


def test_a_four_digit_count_of_people_in_arabic_and_persian_is_not_a_year():
    from releases.extraction import extract

    text = "رهبر انقلاب با عفو، تخفیف و تبدیل مجازات ۱۸۶۲ نفر از محکومان موافقت کرد."
    assert [(f.value, f.metric) for f in extract(text, language="fa").figures] == [(1862, "pardoned")]
    text = "وأصدر الملك عفوا عن 1904 سجينا بمناسبة العيد."
    assert [f.value for f in extract(text, language="ar").figures] == [1904]
    # A year word before it keeps it a year.
    text = "وأصدر الملك عفوا عن 300 سجين، بعد عفو عام 2019 سجينا عن غيرهم."
    assert 2019 not in [f.value for f in extract(text, language="ar").figures]


def test_arabic_thousands_standing_alone_are_vague():
    from releases.extraction import extract

    assert extract("عفو\n\nالعفو عن آلاف السجناء", language="ar").figures == []
    assert [f.value for f in extract("عفو\n\nالعفو عن ثلاثة آلاف سجين", language="ar").figures] == [3000]
    assert [f.value for f in extract("عفو\n\nالعفو عن ألف سجين", language="ar").figures] == [1000]


def test_a_number_after_a_year_word_is_a_year_in_arabic_and_persian():
    from releases.extraction import extract

    text = "عفو ۵۰۰ زندانی اعلام شد.\n\nاین افراد سال ۱۳۹۸ محکوم شده بودند."
    assert [f.value for f in extract(text, language="fa").figures] == [500]
    text = "عفو عن 500 سجين.\n\nوكان هؤلاء قد اعتقلوا عام 2019 معتقلين في احتجاجات."
    assert [f.value for f in extract(text, language="ar").figures] == [500]


def test_tens_of_thousands_is_vague():
    from releases.extraction import extract

    assert extract("عفو\n\nعفو ده‌ها هزار نفر از محکومان", language="fa").figures == []
    assert extract("عفو\n\nالعفو عن عشرات الآلاف من السجناء", language="ar").figures == []


def test_a_decimal_before_millier_or_millar_counts_thousands():
    assert [m.value for m in find_numbers("1,2 millier de détenus", LEXICONS["fr"])] == [1200]
    assert [m.value for m in find_numbers("1,5 millar de presos", LEXICONS["es"])] == [1500]


def test_an_arabic_number_word_with_and_glued_on():
    text = "صنعاء، 5 مايو – أعلنت الجماعة الإفراج عن 113 أسيرا، بينهم 16 سعوديا وثلاثة سودانيين."
    got = {(f.value, f.category) for f in extract(text, language="ar").figures}
    assert {(16, "foreign_nationals"), (3, "foreign_nationals")} <= got
    text = "أفرج عن مئة وخمسين سجينا."
    assert [f.value for f in extract(text, language="ar").figures] == [150]
