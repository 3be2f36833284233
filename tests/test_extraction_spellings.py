"""The same article typed or published another way reads the same.

Publishing systems and keyboards vary what does not change a word: several spaces or a no-break
space for one, Windows line ends, an accent stored apart from its letter, Persian typed with
Arabic letters. The extractor reads one spelling of each (extraction.text.reading_copy) and cuts
every quote from the text as given. Each development article of tests/corpus/dev.jsonl is read as
written and as each variant: the facts must be the same, and every quote the variant's own text
at its offsets.
"""

import re
import textwrap
import unicodedata
from pathlib import Path

import pytest

from releases.extraction import extract
from releases.extraction.arabic_spelling import with_final_letters, with_hamzas, with_source_joiners
from releases.extraction.scoring import load_articles
from releases.extraction.text import name_key, reading_copy, unshouted, unwrapped, with_joiners

ARTICLES = load_articles(Path(__file__).resolve().parent / "corpus" / "dev.jsonl")
ARABIC_LETTERS = str.maketrans({"\u06cc": "\u064a", "\u06a9": "\u0643"})
# A hamza on a word's first alef (after its clitics) typed as a bare alef: "الافراج عن اسرى".
BARE_HAMZA = re.compile(r"(?<![\u0621-\u064a])((?:[وف]?[بلك]?(?:ال|لل)?))[أإآ]")

VARIANTS = {
    "double spaces": (None, lambda text: text.replace(" ", "  ")),
    "no-break spaces": (("en", "es", "fr"), lambda text: text.replace(" ", "\u00a0")),
    "Windows line ends": (None, lambda text: text.replace("\n", "\r\n")),
    "accents stored apart": (("es", "fr"), lambda text: unicodedata.normalize("NFD", text)),
    "Persian in Arabic letters": (("fa",), lambda text: text.translate(ARABIC_LETTERS)),
}


def facts(article, text: str, title: str, *, language: str | None) -> dict:
    """What the extractor reads, quotes checked against `text` and left out of the comparison."""
    result = extract(text, published=article.published, title=title, language=language)
    for figure in result.figures:
        assert text[figure.start : figure.end] == figure.quote, (article.id, figure.quote)
    return {
        "relevant": result.relevant,
        "country": result.country,
        "announced_on": result.announced_on,
        "figures": sorted((f.value, f.metric, f.role, f.category or "") for f in result.figures),
        "officials": sorted(name_key(o.name) for o in result.officials),
    }


@pytest.mark.parametrize("variant", VARIANTS)
def test_a_variant_spelling_reads_as_the_article(variant):
    languages, change = VARIANTS[variant]
    chosen = [a for a in ARTICLES if languages is None or a.language in languages]
    assert len(chosen) > 50
    for article in chosen:
        as_written = facts(article, article.text, article.title, language=article.language)
        text, title = change(article.text), change(article.title)
        assert facts(article, text, title, language=article.language) == as_written, article.id


def test_persian_in_arabic_letters_is_told_from_arabic_without_its_language():
    persian = [a for a in ARTICLES if a.language == "fa"]
    for article in persian:
        text = article.text.translate(ARABIC_LETTERS)
        assert extract(text, published=article.published).language == "fa", article.id


def test_the_reading_copy_maps_each_character_back_to_the_text_as_given():
    given = "Le pre\u0301sident a gracie\u0301  1\u202f500\u00a0de\u0301tenus\r\nعَفْوٌ"
    read, back = reading_copy(given)
    assert read == "Le président a gracié 1 500 détenus\nعفو"
    assert back[len(read)] == len(given) and back[0] == 0
    start = read.index("1 500")
    end = start + len("1 500 détenus")
    assert given[back[start] : back[end]] == "1\u202f500\u00a0de\u0301tenus"
    assert given[back[read.index("gracié")] : back[read.index("gracié") + 6]] == "gracie\u0301"
    assert given[back[read.index("عفو")] :] == "عَفْوٌ"
    assert reading_copy("Nothing to change here.") == ("Nothing to change here.", None)


def test_a_quote_keeps_the_closing_vowel_mark_of_its_last_word():
    text = "العفو عن سجناء\n\nعمّان، 3 أبريل (وكالة) – أصدر الملك عفواً خاصاً عن ألف وخمسمائة سجينٍ بمناسبة العيد."
    result = extract(text, language="ar")
    [figure] = [f for f in result.figures if f.value == 1500]
    assert text[figure.start : figure.end] == figure.quote == "عفواً خاصاً عن ألف وخمسمائة سجينٍ"


def test_every_variant_changes_some_article():
    for variant, (languages, change) in VARIANTS.items():
        chosen = [a for a in ARTICLES if languages is None or a.language in languages]
        assert any(change(a.text) != a.text for a in chosen), variant


def test_arabic_typed_without_its_hamzas_reads_as_the_article():
    # Without the hamzas given back, 40 of the 61 read differently; one still does (a category). Of the 123
    # with the fifteenth round, two do: that one, and the role of an extra count in one of the round's articles.
    arabic = [a for a in ARTICLES if a.language == "ar"]
    same = 0
    for article in arabic:
        as_written = facts(article, article.text, article.title, language="ar")
        text = BARE_HAMZA.sub(lambda m: m.group(1) + "\u0627", article.text)
        title = BARE_HAMZA.sub(lambda m: m.group(1) + "\u0627", article.title)
        same += facts(article, text, title, language="ar") == as_written
    assert len(arabic) > 50 and same >= len(arabic) - max(1, len(arabic) // 60)


def test_hamzas_are_given_back_letter_for_letter_to_the_words_the_rules_spell_with_them():
    bare = "قرر الملك الافراج عن الف واربعمائة اسير، وامر الشيخ حمد بن عيسى ال خليفة باطلاق سراحهم"
    given = with_hamzas(bare)
    assert given == "قرر الملك الإفراج عن ألف وأربعمائة أسير، وأمر الشيخ حمد بن عيسى آل خليفة بإطلاق سراحهم"
    assert len(given) == len(bare)
    # Words written with a bare alef stay as they are: "واحدة" is not "و" and "أحد".
    assert with_hamzas("سجين واحد وامرأة واحدة") == "سجين واحد وامرأة واحدة"
    # A Persian word of the rules ("آمار", statistics) is not given to Arabic: "لامارة" is "لإمارة".
    assert with_hamzas("حاكما لامارة دبي") == "حاكما لإمارة دبي"


def test_a_headline_set_in_capitals_reads_as_the_article():
    # Read as it came, 34 of the 213 read differently; the capitals' words now take the case the
    # body writes them in, and 3 still do. Of the 363 with the fourteenth round, 6 do (one of its
    # articles), the same six on the code before it; of the 399 with the fifteenth, 7 (one more of the new
    # articles), the same seven on the code before the pass; of the 579 with the twentieth, 11 (two of its
    # articles), the same eleven on the code before pass sixteen.
    def shout(text: str) -> str:
        first, _, rest = text.partition("\n")
        return first.upper() + "\n" + rest

    latin = [a for a in ARTICLES if a.language in ("en", "es", "fr")]
    differ = sum(
        facts(a, shout(a.text), a.title.upper(), language=a.language) != facts(a, a.text, a.title, language=a.language)
        for a in latin
    )
    assert len(latin) > 200 and differ <= len(latin) // 52


def test_a_line_in_capitals_takes_the_case_its_words_have_in_the_body():
    text = (
        "BIO PARDONS 246 INMATES ON NEW YEAR'S DAY; EX-MINISTER PAOLO CONTEH WALKS FREE\n\n"
        "FREETOWN – Prisoners walked out in Sierra Leone after President Julius Maada Bio pardoned them on "
        "New Year's Day. Paolo Conteh, the UN said, was among them."
    )
    read = unshouted(text)
    assert read.splitlines()[0] == "Bio pardons 246 inmates on New Year's Day; EX-minister Paolo Conteh walks free"
    assert read[len(read.splitlines()[0]) :] == text[len(read.splitlines()[0]) :]
    assert unshouted("NAIROBI\nThe UN said so.") == "NAIROBI\nThe UN said so."  # too short to be a headline


def _wrapped(text: str, width: int) -> str:
    return "\n".join(
        "\n".join(textwrap.wrap(p, width, break_long_words=False, break_on_hyphens=False)) if p.strip() else p
        for p in text.split("\n")
    )


@pytest.mark.parametrize("width", [60, 72, 78])
def test_text_wrapped_at_a_fixed_width_reads_as_the_article(width):
    # Read as it came, 269 of the first 347 read differently at 72 characters; 3 to 7 still did, and 10 of the
    # 497 with the thirteenth round (the same ten on the code before it): about one in fifty.
    differ = sum(
        facts(a, _wrapped(a.text, width), a.title, language=a.language)
        != facts(a, a.text, a.title, language=a.language)
        for a in ARTICLES
    )
    assert len(ARTICLES) > 300 and differ <= len(ARTICLES) // 45


def test_unwrapping_leaves_lists_short_lines_and_unwrapped_text_alone():
    listed = "Les bénéficiaires :\n- 133 détenus à Rabat ;\n- 47 détenus à Fès ;\n- 12 détenus à Oujda.\n" * 4
    assert unwrapped(listed) == listed
    assert all(unwrapped(a.text) == a.text for a in ARTICLES)
    wrapped = _wrapped("The president pardoned 1,200 prisoners on Monday, the justice ministry said. " * 8, 60)
    assert "\n" in wrapped and "\n" not in unwrapped(wrapped) and len(unwrapped(wrapped)) == len(wrapped)


def test_a_final_yeh_and_alef_maksura_swapped_are_read_as_the_rules_spell_the_word():
    egyptian = "قال المتحدث المصرى الذى تحدث فى القاهرة إن الرئيس علي وافق على الافراج عن اسري"
    read = with_hamzas(with_final_letters(egyptian))
    assert read == "قال المتحدث المصري الذي تحدث في القاهرة إن الرئيس علي وافق على الإفراج عن أسرى"
    assert len(read) == len(egyptian)


def test_arabic_written_the_egyptian_way_reads_as_the_article():
    # A final yeh written as alef maksura ("فى", "الذى"): 25 of the first 61 read differently before, 3 now;
    # of the 99 with the thirteenth round, 6 (three of its articles), the same six on the code before it;
    # of the 111 with the fourteenth, 8 (two more of its articles), the same eight on the code before it;
    # of the 123 with the fifteenth, 10 (two more new articles), the same ten on the code before the pass;
    # of the 147 with the sixteenth and seventeenth rounds, 14 (four more new articles), the same fourteen on the
    # code before pass fifteen.
    arabic = [a for a in ARTICLES if a.language == "ar"]
    same = 0
    for article in arabic:
        as_written = facts(article, article.text, article.title, language="ar")
        text = re.sub("\u064a(?![\u0621-\u064a])", "\u0649", article.text)
        same += facts(article, text, article.title, language="ar") == as_written
    assert len(arabic) >= 81 and same >= len(arabic) - len(arabic) // 10


def test_persian_typed_with_spaces_for_zero_width_non_joiners_reads_as_the_article():
    # "آیت الله", "زندانی ها", "می شود": 25 of the 73 read differently before, 2 now (a name the
    # rules do not know, "عزت الله یوسفیان ملا", is still cut short).
    persian = [a for a in ARTICLES if a.language == "fa"]
    differ = 0
    for article in persian:
        as_written = facts(article, article.text, article.title, language="fa")
        text, title = article.text.replace("\u200c", " "), article.title.replace("\u200c", " ")
        differ += facts(article, text, title, language="fa") != as_written
    # Of the 103 with the thirteenth round, 4 (two of its articles), the same on the code before it; of the 215
    # with the twenty-second, 8 (the same eight on the code before pass eighteen, with a ninth there: "قائم مقام").
    assert len(persian) > 50 and differ <= len(persian) // 25


def test_a_space_typed_for_a_zero_width_non_joiner_is_read_as_one():
    typed = "آیت الله سید علی خامنه ای گفت زندانی ها آزاد می شوند. ای مردم"
    read = with_source_joiners(with_joiners(typed))
    assert read == "آیت\u200cالله سید علی خامنه\u200cای گفت زندانی\u200cها آزاد می\u200cشوند. ای مردم"


def test_a_percentage_written_with_the_article_is_not_read_as_a_family_s_al():
    bare = "و10 في المائة اثر البراءة، و4 في المائة في اطار السراح المؤقت"
    given = with_hamzas(bare)
    assert given.count("في المائة") == 2 and "آل" not in given and len(given) == len(bare)
