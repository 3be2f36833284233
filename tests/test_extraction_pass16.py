"""Clemency reports, pass sixteen: the day a measure was signed or announced, told days before the day the news
tells (people walking out, a minister's count, a reaction), is the announcement's."""

import datetime as dt

import pytest

from tests import extraction_readings as readings

PUBLISHED = dt.date(2024, 5, 10)  # a Friday
TUESDAY, MONDAY = dt.date(2024, 5, 7), dt.date(2024, 5, 6)

read, figures, officials = readings.in_any_language(PUBLISHED)


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        (
            "en",
            "ANKARA - More than 5,000 inmates have walked out of prisons since Wednesday, the justice minister said on "
            "Friday. Parliament passed the amnesty a second time last week. The president signed it on Tuesday after "
            "an earlier veto.",
            TUESDAY,
        ),
        (
            "en",
            "Ninety fishermen were handed over to their families at the port on Friday. The two governments had "
            "announced the reciprocal release on Monday.",
            MONDAY,
        ),
        (
            "es",
            "Los primeros 300 presos salieron el viernes de las cárceles del país. El presidente firmó el martes la ley "
            "de amnistía que el Congreso había aprobado.",
            TUESDAY,
        ),
        (
            "fr",
            "Quelque 300 détenus ont quitté vendredi la prison centrale. Le chef de l'État avait signé mardi le décret "
            "de grâce.",
            TUESDAY,
        ),
        (
            "ar",
            "أفرجت السلطات عن 400 سجين يوم الجمعة. وكان الرئيس قد أصدر المرسوم يوم الثلاثاء بعد موافقة الحكومة.",
            TUESDAY,
        ),
        (
            "fa",
            "۳۰۰ زندانی روز جمعه از زندان مرکزی آزاد شدند. رئیس‌جمهور فرمان عفو آنان را روز سه‌شنبه امضا کرد.",
            TUESDAY,
        ),
    ],
)
def test_the_day_the_measure_was_signed_or_announced_before_the_news(language, text, day):
    assert read(text, language).announced_on == day


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # A decree named as the ground of what happened, not an event of the news.
        (
            "en",
            "Some 300 prisoners walked free on Friday. They left under a decree signed on Tuesday by the justice "
            "minister.",
        ),
        (
            "en",
            "Some 300 prisoners were released on Friday and flown home. They left under an order issued on Tuesday.",
        ),
        # A verb of deciding with another object.
        ("en", "Some 300 prisoners were freed on Friday. The government announced a curfew on Tuesday."),
        ("fr", "Quelque 300 détenus ont été libérés vendredi. Le gouvernement avait décrété mardi un couvre-feu."),
        # More than ten days before.
        ("en", "Some 300 prisoners were freed on Friday. The president signed the decree on April 20."),
    ],
)
def test_a_day_that_is_not_the_measure_s_decision_stays_out(language, text):
    assert read(text, language).announced_on == PUBLISHED


RELEASE_LEAD = {
    "en": "The government freed 300 political prisoners on Monday. ",
    "fr": "Le gouvernement a libéré lundi 300 prisonniers politiques. ",
    "es": "El gobierno excarceló el lunes a 300 presos políticos. ",
    "ar": "أفرجت الحكومة يوم الاثنين عن 300 معتقل سياسي. ",
}


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        ("en", "Some 144 are still deprived of their liberty.", (144, "detained")),
        ("en", "Another 144 are still awaiting trial.", (144, "detained")),
        ("fr", "Quelque 144 sont toujours privés de liberté.", (144, "detained")),
        ("fr", "Quelque 144 personnes attendent toujours d'être jugées.", (144, "detained")),
        ("fr", "Le pays comptait 33 200 détenus fin 2023.", (33200, "prison_population")),
        ("es", "Todavía 144 están privados de libertad.", (144, "detained")),
        ("es", "Unas 144 personas aguardan todavía una sentencia.", (144, "detained")),
        ("es", "Había 33.200 reclusos en el país a fines de 2023.", (33200, "prison_population")),
        ("ar", "ويوجد في سجون البلاد 33200 نزيل.", (33200, "prison_population")),
    ],
)
def test_people_still_held_after_a_release_are_held(language, text, figure):
    found = figures(RELEASE_LEAD[language] + text, language)
    assert (300, "released") in found
    assert figure in found
    assert (figure[0], "released") not in found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "HANOÏ, 10 mai – Le Vietnam va libérer 3 026 détenus à la faveur d'une amnistie, ont annoncé les autorités. "
            "Les bénéficiaires doivent sortir de prison dès mercredi.",
        ),
        (
            "fr",
            "RABAT, 10 mai – Quatorze détenus au total sont libérables immédiatement après la grâce royale. "
            "Le souverain célèbre samedi à Tanger l'anniversaire de son intronisation.",
        ),
        (
            "en",
            "WARSAW, May 10 - The authorities said on Friday that they would release every political prisoner. The "
            "remaining releases will be made under a clemency law, which expires on Monday.",
        ),
        (
            "es",
            "MADRID, 10 de mayo – Unos 300 presos saldrán de las cárceles gracias al indulto, informó el ministerio. "
            "Los beneficiarios serán excarcelados el próximo lunes.",
        ),
        (
            "en",
            "ACCRA, May 10 - President John Mahama has granted amnesty to 900 prisoners ahead of Wednesday's Republic "
            "Day holiday, the ministry said in a statement.",
        ),
    ],
)
def test_a_weekday_still_to_come_is_not_the_announcement(language, text):
    assert read(text, language).announced_on == PUBLISHED


def test_pardons_in_the_plural_are_pardons():
    text = "Le roi a accordé vendredi des grâces partielles ou totales à 968 personnes."
    assert read(text, "fr").relevant
    assert (968, "pardoned") in figures(text, "fr")
    assert (968, "pardoned") in figures("Le président a accordé des grâces à 968 détenus.", "fr")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Les autorités libèrent 1 250 détenus à l'occasion de la fête nationale."),
        ("fr", "Le président libère 1 250 détenus."),
        ("ar", "ستطلق السلطات سراح 1250 معتقلا بمناسبة العيد الوطني."),
        ("ar", "تطلق الحكومة سراح 1250 سجينا."),
    ],
)
def test_a_release_in_the_present_or_future_tense(language, text):
    assert (1250, "released") in figures(text, language)


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        (
            "en",
            "The president pardoned 1,250 prisoners on Monday. Nine of them had been jailed for taking part in protests.",
            (9, "pardoned"),
        ),
        (
            "en",
            "The king pardoned 71 prisoners, including 35 who had been jailed for failing to pay fines.",
            (35, "pardoned"),
        ),
        (
            "fr",
            "Le président a gracié 1 250 détenus. Quatre d'entre eux avaient été arrêtés lors des manifestations.",
            (4, "pardoned"),
        ),
    ],
)
def test_what_the_measure_s_people_had_been_is_not_what_was_done_to_them(language, text, figure):
    found = figures(text, language)
    assert figure in found
    assert (figure[0], "detained") not in found


def test_people_arrested_before_a_release_told_on_their_own_stay_held():
    text = "The government freed 300 prisoners on Monday. Some 500 protesters had been arrested since January."
    assert (500, "detained") in figures(text, "en")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The president pardoned 700 men and 50 women on Tuesday."),
        ("fr", "Le président a gracié mardi 700 hommes et 50 femmes."),
        ("es", "El presidente indultó el martes a 700 hombres y 50 mujeres."),
        ("ar", "أصدر الرئيس عفوا عن 700 رجل و50 امرأة."),
        ("fa", "رئیس جمهور ۷۰۰ مرد و ۵۰ زن را عفو کرد."),
    ],
)
def test_women_beside_men_are_no_part_of_them(language, text):
    found = figures(text, language)
    assert found[(700, "pardoned")][1] == "total"
    assert found[(50, "pardoned")] == ("women", "total", None)


def test_women_among_a_general_count_stay_its_part():
    found = figures("The president pardoned 750 prisoners on Tuesday, 700 men and 50 women.", "en")
    assert found[(50, "pardoned")] == ("women", "part", 750)


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        ("es", "Ese año salieron por esa vía 2.908 reos comunes.", (2908, "released")),
        ("es", "El lunes salieron 102 internos del penal de Santa Martha.", (102, "released")),
        (
            "fr",
            "Le président a gracié 300 détenus. La maison centrale compte un effectif total de 21 186 détenus.",
            (21186, "prison_population"),
        ),
    ],
)
def test_a_verb_of_leaving_before_its_prisoners_and_a_prison_headcount(language, text, figure):
    assert figure in figures(text, language)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("أعلنت السلطات الإفراج عن 1716 من أبناء غزة.", (1716, "released")),
        ("أصدر الرئيس عفوا عن 336 من المغرر بهم في إطار قرار العفو العام.", (336, "pardoned")),
        ("أفرجت السلطات عن 90 صيادا هنديا.", (90, "released")),
    ],
)
def test_arabic_people_named_by_origin_or_trade_are_counted(text, figure):
    assert read(text, "ar").relevant
    assert figure in figures(text, "ar")


def test_arabic_expatriates_and_a_state_s_nationals_are_foreign():
    found = figures("شمل العفو الأميري أكثر من 50 وافدا، وقالت السفارة إن 27 من رعاياها شملهم العفو.", "ar")
    assert found[(50, "pardoned")][0] == "foreign_nationals"
    assert found[(27, "pardoned")][0] == "foreign_nationals"


def test_arabic_prison_staff_are_not_prisoners():
    found = figures("أفرجت السلطات عن 300 سجين. ويعمل أكثر من 20 موظفا في السجن المركزي.", "ar")
    assert all(value != 20 for value, _metric in found)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The president pardoned 32 owners of small and mid-sized firms on Tuesday."),
        ("en", "The junta freed 32 peasants held since the uprising."),
        ("en", "The government released 32 guerrillas under the peace deal."),
        ("fr", "Le président a gracié mardi 32 paysans condamnés après les émeutes."),
        ("fr", "Les autorités ont libéré 32 syndicalistes."),
    ],
)
def test_people_named_by_their_trade_or_movement_are_counted(language, text):
    assert any(value == 32 for value, _metric in figures(text, language))


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        (
            "fr",
            "Le président a promulgué la loi qui transforme en peines de prison les condamnations à mort d'environ 60 "
            "détenus.",
            (60, "sentence_reduced"),
        ),
        ("en", "The law converted the death sentences of 60 inmates into prison terms.", (60, "sentence_reduced")),
        ("es", "La ley transformó en penas de prisión las condenas a muerte de 60 reos.", (60, "sentence_reduced")),
        (
            "fr",
            "Au total, 376 détenus issus du crime organisé ont été placés aux arrêts domiciliaires.",
            (376, "temporarily_released"),
        ),
        ("fr", "Selon le communiqué, 175 militaires russes détenus en Ukraine ont été rapatriés.", (175, "released")),
        ("es", "Un total de 175 militares rusos fueron repatriados tras el canje.", (175, "released")),
    ],
)
def test_death_sentences_turned_into_prison_terms_house_arrest_and_repatriation(language, text, figure):
    found = figures(text, language)
    assert figure in found
    assert read(text, language).relevant


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Of the 1,997 inmates let out on Christmas leave, 393 had not come back.", (1997, "temporarily_released")),
        ("The authorities granted Christmas leave to 1,997 inmates.", (1997, "temporarily_released")),
        ("The president commuted the sentences of 51 others who were on death row.", (51, "sentence_reduced")),
        ("The ministry recorded 10,083 early releases under the scheme.", (10083, "released")),
    ],
)
def test_holiday_leave_sentences_commuted_on_death_row_and_releases_counted(text, figure):
    assert figure in figures(text, "en")


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        ("ar", "أصدر الرئيس عفوا شاملا لمئة وتسعة من سجناء الحق العام.", (109, "pardoned")),
        ("ar", "منح الملك عفوا لألف سجين بمناسبة العيد.", (1000, "pardoned")),
        ("ar", "شمل العفو نحو مئة كردي وثلاثة ضباط سابقين في سلاح الجو.", (3, "pardoned")),
        ("ar", "أفرجت إسرائيل عن 151 أسيرا. ووصل 83 من المحررين إلى قطاع غزة.", (83, "released")),
        (
            "es",
            "Más de 46.000 presos brasileños dejaron temporalmente las cárceles por Navidad.",
            (46000, "temporarily_released"),
        ),
        ("es", "El año pasado hubo 48.179 presos con salida navideña.", (48179, "temporarily_released")),
    ],
)
def test_a_glued_hundred_officers_the_freed_and_christmas_leave(language, text, figure):
    assert figure in figures(text, language)


def test_a_glued_preposition_before_a_short_word_is_no_number():
    assert (20, "released") in figures("وقال إنه لست متأكدا من العدد، وأفرج عن 20 سجينا.", "ar")
    assert all(value != 6 for value, _metric in figures("وقال إنه لست متأكدا من العدد، وأفرج عن 20 سجينا.", "ar"))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The amnesty will free 8 to 9 thousand prisoners."),
        ("es", "La amnistía liberará a entre 8 y 9 mil presos."),
        ("ar", "سيفرج العفو عن ما بين 8 و9 آلاف سجين."),
        ("fa", "عفو شامل ۸ تا ۹ هزار زندانی می‌شود."),
    ],
)
def test_the_first_end_of_a_range_shares_the_scale_word_after_the_second(language, text):
    found = {value for value, _metric in figures(text, language)}
    assert {8000, 9000} <= found and 8 not in found


def test_a_small_count_before_a_scaled_amount_of_something_else_keeps_its_value():
    found = figures("He pardoned 25 prisoners and 2 million dollars in fines were cancelled.", "en")
    assert (25, "pardoned") in found


@pytest.mark.parametrize(
    "text",
    [
        "دولت روز دوشنبه ۳۰۰ زندانی را آزاد کرد. حدود ۷۰ نفر دیگر در بند هستند.",
        "دولت روز دوشنبه ۳۰۰ زندانی را آزاد کرد. ۷۰ زندانی هنوز آزاد نشده‌اند.",
    ],
)
def test_persian_people_in_chains_or_not_yet_freed_are_held(text):
    found = figures(text, "fa")
    assert (70, "detained") in found and (70, "released") not in found


def test_persian_people_freed_in_the_perfect_are_freed():
    assert (70, "released") in figures("دولت روز دوشنبه ۳۰۰ زندانی را آزاد کرد. ۷۰ زندانی دیگر آزاد شده‌اند.", "fa")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Some 300 prisoners walked free on Friday under the amnesty, state media said on Friday. The decree was "
            "issued on Tuesday by the presidium.",
        ),
        (
            "fr",
            "Les quatre journalistes ont quitté vendredi la prison après une grâce présidentielle. Le décret, signé "
            "mardi, leur accorde la remise totale des peines.",
        ),
    ],
)
def test_a_measure_signed_or_issued_as_the_subject_dates_the_announcement(language, text):
    assert read(text, language).announced_on == TUESDAY


def test_spanish_penalties_remitted_are_pardons_and_a_commutation_obtained_is_one():
    text = (
        "El rey indultó a 742 personas: nueve quedan exentos de ambas penas y a 146 se les condona la multa. "
        "Otros 12 obtienen la conmutación de la pena de muerte."
    )
    found = figures(text, "es")
    assert (9, "pardoned") in found and (146, "pardoned") in found
    assert (12, "sentence_reduced") in found


@pytest.mark.parametrize(
    "text",
    [
        "أفرجت إريتريا يوم الجمعة عن أربعة أسرى. وتحتجز جيبوتي بدورها 19 أسيرا إريتريا.",
        "أفرجت إريتريا يوم الجمعة عن أربعة أسرى. وكانت إريتريا قد أسرت 19 جنديا في عام 2008.",
    ],
)
def test_arabic_people_a_state_holds_or_captured_are_held(text):
    found = figures(text, "ar")
    assert (19, "detained") in found and (19, "released") not in found


def test_pardons_counted_as_acts_count_their_people_unless_measures_were_held():
    assert (362, "pardoned") in figures("The office defended the 362 amnesties granted during his term.", "en")
    assert (968, "pardoned") in figures("Le roi a accordé 968 grâces à l'occasion de la fête du Trône.", "fr")
    found = figures("Since 2009 it has held nine amnesties that benefited more than 92,000 prisoners.", "en")
    assert all(value != 9 for value, _metric in found)
