"""Clemency reports, pass fifteen: numbers that are not counts (a fraction of a term, an Arabic ordinal
teen, a dateline's year before a count in words) and the readings the sixteenth round of unseen articles
asked for."""

import datetime as dt

import pytest

from tests import extraction_readings as readings

PUBLISHED = dt.date(2024, 5, 10)  # a Friday

read, figures, officials = readings.in_any_language(PUBLISHED)

P, R, T, S = "pardoned", "released", "temporarily_released", "sentence_reduced"
POP, DET = "prison_population", "detained"


def test_a_dateline_s_year_before_a_count_in_words_is_no_scale():
    text = "Lomé, 2 avril 2020 - Mille quarante-huit prisonniers ont quitté jeudi les prisons après une grâce présidentielle."
    found = figures(text, "fr")
    assert (1048, P) in found
    assert not any(value >= 2_000_000 for value, _ in found)


def test_a_hyphened_scale_word_still_scales():
    found = figures("The president pardoned 1.5-million prisoners on Monday.", "en")
    assert (1_500_000, P) in found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The president pardoned 120 prisoners who had served three quarters of their sentences."),
        ("fr", "Le président a gracié 120 détenus ayant purgé les deux tiers de leur peine."),
        ("es", "El presidente indultó a 120 reos que habían cumplido las tres cuartas partes de su condena."),
        ("ar", "أصدر الرئيس عفوا عن 120 سجينا أمضوا أكثر من ثلاثة أرباع مدة العقوبة المحكوم بها عليهم."),
        ("fa", "رئیس قوه قضاییه ۱۲۰ زندانی را که دو سوم محکومیت خود را گذرانده بودند عفو کرد."),
    ],
)
def test_a_fraction_of_a_term_is_not_a_count(language, text):
    found = figures(text, language)
    assert (120, P) in found
    assert set(found) == {(120, P)}


def test_an_arabic_ordinal_teen_is_no_count_of_ten():
    text = "أصدر الرئيس عفوا عن 300 سجين. وقال وزير العدل إن عدد نزلاء السجون بلغ في السادس عشر من أيلول 5343 سجينا."
    found = figures(text, "ar")
    assert (300, P) in found
    assert not any(value == 10 for value, _ in found)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Six convicts pardoned by the governor walked out of prison on Friday, a day after the Supreme Court ordered their "
            "premature release.",
        ),
        ("ar", "غادر 40 سجينا السجن المركزي يوم الجمعة، بعد يوم من إصدار الرئيس عفوا عنهم."),
        ("fa", "۴۰ زندانی روز جمعه یک روز پس از موافقت رهبری با عفو آنان از زندان آزاد شدند."),
    ],
)
def test_a_release_a_day_after_the_decision_dates_the_decision(language, text):
    # Friday 10 May 2024: the decision was Thursday the 9th.
    assert read(text, language).announced_on == dt.date(2024, 5, 9)


def test_an_arabic_day_crimes_were_committed_before_is_no_event():
    text = (
        "بعد يومين من إصدار الرئيس المرسوم التشريعي القاضي بمنح عفو عام عن الجرائم المرتكبة قبل 5 أيار الجاري، "
        "شككت منظمة حقوقية في أن يطلق المرسوم سراح 100 معتقل."
    )
    assert read(text, "ar").announced_on not in (dt.date(2024, 5, 3), dt.date(2024, 5, 5))
