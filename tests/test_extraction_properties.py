"""Properties: quotes are exact substrings at their offsets; no input makes the extractor raise."""

import datetime as dt
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from releases.extraction import extract

WORDS = st.sampled_from(
    "the king pardoned freed released temporarily some about more than 10,000 1.2 million five thousand "
    "prisoners inmates detainees political women foreigners of them including were in prison held on "
    "Monday last Tuesday yesterday Iran Tehran President Ali Reza said , . ; - 2015 years $ 38 "
    "٣٬٠٠٠ ۱۰ هزار زندانی عفو سجين الإفراج عن gracié détenus indultó presos".split()
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, max_size=80).map(" ".join), st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)))
def test_quotes_are_substrings_at_their_offsets(text, published):
    result = extract(text, published=published)
    for figure in result.figures:
        assert text[figure.start : figure.end] == figure.quote
        assert figure.value > 1
    assert result.to_gold()["relevant"] is result.relevant


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=2000), st.one_of(st.none(), st.sampled_from(["en", "fr", "es", "ar", "fa", "xx"])))
def test_arbitrary_unicode_never_raises(text, language):
    result = extract(text, language=language)
    for figure in result.figures:
        assert text[figure.start : figure.end] == figure.quote


def test_hostile_megabyte_finishes_quickly():
    samples = [
        "1,000 prisoners freed. " * 45000,
        "President Ali Reza pardoned 2,000 prisoners on Monday, including 30 women. " * 13000,
        "أفرج عن ١٬٠٠٠ سجين " * 55000,
        "(" * 1_000_000,
        "a" * 1_000_000,
        ". " * 500_000,
        "\n" * 1_000_000,
        "A. " * 333_334,
        # Initials that no longer end a sentence, leaders named over and over, lists of ones, gapped verbs.
        "A.B.C. D.E. said, " * 60000,
        "Alexander Lukashenko, a b c d e f g h, " * 26000,
        "two men, one woman and one Thai, " * 31000,
        "were taken to Russia, 13 to Germany and " * 25000,
        "putting the total at 5 and the group at " * 25000,
        # Appositions before a verb, groups among those freed, adjectives joined by "and", speakers after "said".
        "the prisons, built for 5 men, hold about 7 and " * 21000,
        "3 thieves were among the 5 old men freed and " * 22000,
        "they still holds 4 petty and old and " * 27000,
        "said John Smith, the U.S. envoy a b c d e f g h, " * 20000,
        # What the reading copy respells: runs of odd spaces, Windows line ends, accents apart, bare hamzas.
        "pre\u0301sident gracie\u0301  1\u202f500\u00a0de\u0301tenus\r\n" * 28000,
        "امر الملك بالافراج عن اربعمائة اسير ال خليفة  \u00a0" * 21000,
        "PRESIDENT PARDONS 1,000 PRISONERS TODAY " * 25000,
        "قال المتحدث المصرى الذى تحدث فى القاهرة " * 25000,
        "آیت الله سید علی خامنه ای گفت زندانی ها آزاد می شوند " * 20000,
        "The president pardoned 1,000 prisoners on Monday, the ministry said\n" * 15000,
    ]
    for text in samples:
        start = time.perf_counter()
        extract(text[:1_000_000], published=dt.date(2024, 1, 1))
        assert time.perf_counter() - start < 2.0
