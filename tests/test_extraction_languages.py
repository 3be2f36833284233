"""French, Spanish, Arabic and Persian articles: figures (value and metric) and country at least."""

import datetime as dt

import pytest

from releases.extraction import extract

PUBLISHED = dt.date(2024, 3, 20)

FRENCH = (
    "Le roi a gracié 1 500 détenus à l'occasion de la fête du Trône, a annoncé mardi le ministère "
    "de la Justice à Rabat. Parmi eux, 35 détenus condamnés pour terrorisme ont bénéficié de la grâce "
    "royale. Les prisons marocaines comptaient environ 100 000 détenus fin 2023. Selon une ONG, près de "
    "deux cents personnes ont été libérées provisoirement."
)
SPANISH = (
    "El Gobierno de Cuba indultó a 2 900 presos con motivo de la Semana Santa, informó el miércoles el "
    "diario oficial en La Habana. Además, más de 300 presos políticos siguen detenidos, según "
    "organizaciones de derechos humanos. Las cárceles del país albergan a unos 90.000 reclusos. El "
    "indulto alcanza también a 120 mujeres, que cumplían condenas de cinco años."
)
ARABIC = (
    "أصدر الرئيس عبد المجيد تبون عفوا عن ٤٬٧٠٠ سجين بمناسبة عيد الاستقلال، حسبما أعلنت الرئاسة "
    "الجزائرية يوم الأحد. وقالت وزارة العدل إنه تم الإفراج عن 850 محكوما قضوا أكثر من ثلاث سنوات. "
    "ويقدر عدد نزلاء السجون في الجزائر بنحو ٦٥ ألف سجين."
)
PERSIAN = (
    "رئیس قوه قضاییه اعلام کرد با موافقت رهبر انقلاب، ۱۰ هزار نفر از زندانیان به مناسبت عید نوروز "
    "مورد عفو قرار گرفتند. همچنین حدود ۸۵ هزار زندانی به مرخصی رفتند. سخنگوی قوه قضاییه گفت تعداد "
    "زندانیان در ایران ۱۸۹٬۵۰۰ نفر است."
)


@pytest.mark.parametrize(
    ("text", "language", "country", "expected"),
    [
        (
            FRENCH,
            "fr",
            "MA",
            {(1500, "pardoned"), (35, "pardoned"), (100000, "prison_population"), (200, "temporarily_released")},
        ),
        (SPANISH, "es", "CU", {(2900, "pardoned"), (300, "detained"), (90000, "prison_population"), (120, "pardoned")}),
        (ARABIC, "ar", "DZ", {(4700, "pardoned"), (850, "released"), (65000, "prison_population")}),
        (PERSIAN, "fa", "IR", {(10000, "pardoned"), (85000, "temporarily_released"), (189500, "prison_population")}),
    ],
)
def test_figures_and_country_in_other_languages(text, language, country, expected):
    result = extract(text, published=PUBLISHED)
    assert result.language == language
    assert result.relevant
    assert result.country == country
    assert {(f.value, f.metric) for f in result.figures} == expected
    for figure in result.figures:
        assert text[figure.start : figure.end] == figure.quote


def test_categories_and_qualifiers_in_other_languages():
    french = {f.value: f for f in extract(FRENCH, published=PUBLISHED).figures}
    assert french[35].category == "security"
    assert french[100000].qualifier == "approximately"
    spanish = {f.value: f for f in extract(SPANISH, published=PUBLISHED).figures}
    assert (spanish[300].category, spanish[300].qualifier) == ("political", "at_least")
    assert spanish[120].category == "women"
    persian = {f.value: f for f in extract(PERSIAN, published=PUBLISHED).figures}
    assert persian[10000].category is None  # "زن" inside "زندانیان" is not "women"


def test_weekday_in_arabic_resolves_against_publication():
    assert extract(ARABIC, published=PUBLISHED).announced_on == dt.date(2024, 3, 17)


def test_jalali_date_in_persian():
    text = "رئیس قوه قضاییه روز ۲۸ اسفند ۱۳۹۸ اعلام کرد ۱۰ هزار زندانی عفو شدند."
    assert extract(text, published=dt.date(2020, 3, 19)).announced_on == dt.date(2020, 3, 18)


def test_language_can_be_given():
    assert extract("Le roi a gracié 300 détenus.", language="fr").language == "fr"
