"""Clemency reports, pass fourteen: common reporting constructions written once in each of the five
languages (a breakdown opened by the people just counted, the whole a count is taken from, the rest of a
count, leave from prison), so that a wording is read wherever it turns up rather than in one article."""

import datetime as dt

import pytest

from tests import extraction_readings as readings

PUBLISHED = dt.date(2024, 5, 10)  # a Friday

read, figures, officials = readings.in_any_language(PUBLISHED)

P, R, T, S = "pardoned", "released", "temporarily_released", "sentence_reduced"
POP, DET = "prison_population", "detained"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The president pardoned 240 prisoners on Monday. Among them, 203 were men and 37 women."),
        ("es", "El presidente indultó el lunes a 240 reos. De ellos, 203 son hombres y 37 mujeres."),
        ("fr", "Le président a gracié lundi 240 détenus. Parmi eux, 203 sont des hommes et 37 des femmes."),
        ("ar", "أصدر الرئيس يوم الاثنين عفوا عن 240 سجينا. ومن بين هؤلاء 203 رجال و37 امرأة."),
        ("fa", "رئیس‌جمهور روز دوشنبه ۲۴۰ زندانی را عفو کرد. در میان آنان ۲۰۳ مرد و ۳۷ زن هستند."),
    ],
)
def test_a_sentence_opened_by_the_people_just_counted_divides_them(language, text):
    found = figures(text, language)
    assert found[(240, P)][1] == "total"
    assert found[(203, P)][1:] == ("part", 240)
    assert found[(37, P)][1:] == ("part", 240)


def test_a_partitive_s_words_stop_before_the_next_count():
    text = "مقامات روز دوشنبه ۷۵۰ زندانی را آزاد کردند که ۶۰۰ نفر از آنان مرد و ۱۵۰ نفر زن بودند."
    found = figures(text, "fa")
    assert found[(600, R)][1:] == ("part", 750)
    assert found[(150, R)][1:] == ("part", 750)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le président graciera 5 000 des 80 000 détenus du pays, a annoncé lundi le ministre de la Justice."),
        ("es", "El presidente indultará a 5.000 de los 80.000 reclusos del país, informó el lunes el ministro."),
        ("ar", "قال وزير العدل إن العفو الرئاسي يشمل 5 آلاف سجين من أصل 80 ألف سجين في البلاد."),
        ("fa", "رئیس قوه قضاییه گفت ۵ هزار نفر از ۸۰ هزار زندانی کشور عفو می‌شوند."),
    ],
)
def test_the_whole_a_clemency_count_is_taken_from_is_the_country_s_prisoners(language, text):
    found = figures(text, language)
    assert found[(5000, P)][1] == "total"
    assert found[(80000, POP)][1] == "context"
    assert (80000, P) not in found


def test_a_whole_that_is_itself_people_let_out_stays_theirs():
    text = (
        "El gobierno excarceló a 39 presos el miércoles. Foro Penal advirtió que 16 de los 39 excarcelados "
        "no eran opositores."
    )
    found = figures(text, "es")
    assert found[(39, R)][1] == "total"
    assert found[(16, R)][1:] == ("part", 39)
    assert (39, DET) not in found


def test_the_rest_of_a_count_is_a_part_of_it():
    text = "El gobierno liberó el miércoles a 500 presos. Veinte son extranjeros y los 480 restantes, nacionales."
    found = figures(text, "es")
    assert found[(500, R)][1] == "total"
    assert found[(480, R)][1:] == ("part", 500)


@pytest.mark.parametrize(
    ("language", "text", "metric"),
    [
        ("en", "The president pardoned 50 prisoners. Another 1,234 prisoners were granted furlough on Monday.", T),
        ("es", "El presidente indultó a 50 presos. Otros 1.234 reclusos recibieron permisos de salida el lunes.", T),
        ("fr", "Le roi a gracié 50 détenus. Par ailleurs, 1 234 détenus ont bénéficié d'une permission de sortir.", T),
        ("es", "Un total de 1.234 privados de libertad han abandonado las cárceles de Honduras.", R),
        ("es", "El presidente aspira a que por lo menos 1.234 reclusos se beneficien de los indultos este año.", P),
    ],
)
def test_wordings_of_leave_release_and_benefit(language, text, metric):
    found = figures(text, language)
    assert (1234, metric) in found
    assert not {key for key in found if key[0] == 1234 and key[1] != metric}


def test_people_a_census_finds_held_are_not_the_measure_s():
    text = (
        "El presidente firmó el decreto de indulto para 5.000 presos. Según Régimen Penitenciario, hasta "
        "septiembre había 33.200 privados de libertad en recintos con espacio para 15.600 plazas."
    )
    found = figures(text, "es")
    assert found[(5000, P)][1] == "total"
    assert not {key for key in found if key[0] == 33200 and key[1] in (P, R, T, S)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Rusia y Ucrania canjearon prisioneros el lunes. Kiev recuperó a 1.234 soldados en el canje."),
        ("es", "Rusia y Ucrania canjearon prisioneros el lunes. Moscú devolvió a 1.234 prisioneros a Kiev."),
        ("fr", "Kiev et Moscou ont échangé des prisonniers lundi. Kiev a récupéré 1 234 militaires."),
        ("fr", "Kiev et Moscou ont échangé des prisonniers lundi. La Russie a remis 1 234 prisonniers à Kiev."),
        ("ar", "جرت عملية تبادل للأسرى يوم الاثنين. وتسلمت أوكرانيا 1234 أسيرا في عملية التبادل."),
        ("ar", "جرت عملية تبادل للأسرى يوم الاثنين. واستعادت روسيا 1234 من جنودها."),
        ("fa", "روز دوشنبه مبادله اسیران انجام شد. روسیه ۱۲۳۴ اسیر جنگی اوکراینی را تحویل داد."),
    ],
)
def test_each_side_of_a_swap_is_let_out(language, text):
    found = figures(text, language)
    assert (1234, R) in found
    assert not {key for key in found if key[0] == 1234 and key[1] != R}


def test_a_verb_of_clemency_right_before_people_on_death_row_acts_on_them():
    text = "President John Magufuli yesterday pardoned 61 prisoners on death row to mark independence."
    assert figures(text, "en")[(61, P)][1] == "total"
    asked = "Rights groups called for the release of the 40 men on federal death row."
    assert (40, P) not in figures(asked, "en") and (40, R) not in figures(asked, "en")


def test_death_sentences_replaced_with_prison_terms_are_reduced():
    text = "A total of 866 people facing the gallows had their death sentences replaced with prison terms this year."
    assert figures(text, "en")[(866, S)][1] == "total"


def test_bail_granted_to_prisoners_lets_them_out_for_a_while():
    text = "The High Court on Tuesday granted bail to 408 under-trial prisoners held in Adiala jail on minor charges."
    found = figures(text, "en")
    assert found[(408, T)][1] == "total"
    assert (408, POP) not in found


def test_the_prisoners_a_country_has_are_its_population_not_the_measure_s():
    text = (
        "President John Magufuli yesterday pardoned 61 prisoners. The President said Tanzania has more than "
        "39,000 prisoners, about 2,000 of whom are women."
    )
    found = figures(text, "en")
    assert found[(61, P)][1] == "total"
    assert found[(39000, POP)][1] == "context"
    assert found[(2000, DET)][0] == "women"
    spanish = "El presidente indultó a 61 reos el lunes. Según el ministro, el país tiene unos 39.000 presos."
    assert figures(spanish, "es")[(39000, POP)][1] == "context"


def test_the_number_of_inmates_nationwide_put_at_a_figure_is_the_population():
    text = (
        "President Buhari approved the release of 2,600 inmates on Thursday. The Controller General put the "
        "number of inmates in custodial centres nationwide at 73,756, with 51,983 of them awaiting trial."
    )
    found = figures(text, "en")
    assert found[(2600, R)][1] == "total"
    assert found[(73756, POP)][1] == "context"
    assert found[(51983, DET)][1] == "context"
    assert not {key for key in found if key[0] in (73756, 51983) and key[1] in (P, R, T, S)}


def test_groups_of_a_count_told_by_what_they_had_been_convicted_of_are_its_parts():
    text = (
        "أعلن المستشار مساء الخميس موافقة الرئيس على العفو عن ٥٧٢ شخصا، منهم ٥٣٣ صدرت ضدهم أحكام من القضاء "
        "العسكري و٣٩ أدينوا في جنح، إلى جانب تخفيف العقوبة عن ١٦ محكوما."
    )
    found = figures(text, "ar")
    assert found[(572, P)][1] == "total"
    assert found[(533, P)][1:] == ("part", 572)
    assert found[(39, P)][1:] == ("part", 572)
    assert found[(16, S)][1] == "total"


def test_the_freed_named_as_such_are_let_out():
    text = "أفرجت سلطات الاحتلال مساء الأحد عن 550 أسيرا. ووصل 505 من الأسرى المحررين إلى رام الله."
    found = figures(text, "ar")
    assert (505, R) in found and (505, DET) not in found


@pytest.mark.parametrize(
    ("language", "title", "body", "value"),
    [
        ("es", "Las cárceles chilenas rozan los 60 mil presos", "La población privada de libertad en Chile llegó a 59.411 personas al 31 de octubre.", 59411),
        ("es", "Aumenta el número de presos", "El número de presos en el país ascendió a 59.411 en octubre, informó Gendarmería.", 59411),
        ("fr", "Surpopulation carcérale : un nouveau record", "Le nombre de détenus s'élève à 80 893 au 1er février, selon le ministère.", 80893),
        ("ar", "السجون التونسية تضم 20504 مساجين", "أعلن المتحدث باسم الهيئة العامة للسجون أمس أن عدد المودعين بالوحدات السجنية بلغ 20504 مساجين.", 20504),
    ],
)  # fmt: skip
def test_a_prison_census_in_each_language_is_a_population_story(language, title, body, value):
    result = read(title + "\n\n" + body, language)
    assert result.relevant
    assert {(f.value, f.metric, f.role) for f in result.figures} >= {(value, POP, "context")}


def test_groups_of_the_population_are_people_held():
    text = (
        "أعلنت الهيئة العامة للسجون أن عدد المودعين بالوحدات السجنية بلغ 20504 مساجين، من بينهم 9815 موقوفا "
        "و10689 محكوما."
    )
    found = figures("الهيئة العامة للسجون: 20504 مساجين في تونس\n\n" + text, "ar")
    assert found[(20504, POP)][1] == "context"
    assert (9815, DET) in found and (10689, DET) in found
    assert (9815, POP) not in found


def test_a_labelled_list_under_a_heading_that_describes_its_people_divides_the_count():
    text = (
        "President Magufuli pardoned 61 death row inmates on Saturday.\n\n"
        "According to prison records, the 61 pardoned death row inmates were held at the following prisons:\n\n"
        "- Ukonga: 19\n- Isanga: 15\n- Maweni: 11\n- Butimba: 16"
    )
    found = figures(text, "en")
    assert found[(61, P)][1] == "total"
    assert {found[(value, P)][1:] for value in (19, 15, 11, 16)} == {("part", 61)}


@pytest.mark.parametrize(
    ("language", "text", "total"),
    [
        (
            "es",
            "Un total de 1.624 privados de libertad han abandonado las cárceles de Honduras.\n\n"
            "Así se reparten los excarcelados, según el Poder Judicial:\n\n- 782 por preliberación\n"
            "- 331 tras la conmutación de su pena\n- 126 por haber cumplido la condena",
            1624,
        ),
        (
            "en",
            "The authorities freed 1,239 inmates over the past month.\n\nThe releases break down as follows:\n\n"
            "- 782 on parole\n- 331 after their sentences were commuted\n- 126 by court order",
            1239,
        ),
    ],
)
def test_lines_that_tell_how_their_people_went_divide_the_count_under_its_act(language, text, total):
    found = figures(text, language)
    assert found[(total, R)][1] == "total"
    for value in (782, 331, 126):
        assert found[(value, R)][1:] == ("part", total)
    assert (331, S) not in found


def test_the_day_a_pardon_was_told_dates_the_release_that_follows_it():
    text = (
        "KATHMANDU, May 29: Former lawmaker Resham Chaudhary was released from Dillibazar jail on Monday "
        "morning, hours after the President waived the life sentence he was serving.\n\n"
        "The President's Office said on Sunday evening that the head of state had pardoned a total of 501 "
        "convicts on the recommendation of the Council of Ministers."
    )
    result = read(text, "en", published=dt.date(2023, 5, 29))
    assert result.announced_on == dt.date(2023, 5, 28)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Russia freed 390 prisoners on Friday. The group was made up of 270 soldiers and 120 civilians."),
        ("es", "Rusia liberó el viernes a 390 prisioneros. El grupo estuvo formado por 270 militares y 120 civiles."),
        ("fr", "La Russie a libéré vendredi 390 prisonniers. Le groupe était composé de 270 militaires et 120 civils."),
        ("ar", "أفرجت روسيا يوم الجمعة عن 390 أسيرا. وتألفت المجموعة من 270 عسكريا و120 مدنيا."),
        ("fa", "روسیه روز جمعه ۳۹۰ زندانی را آزاد کرد. این گروه شامل ۲۷۰ نظامی و ۱۲۰ غیرنظامی بود."),
    ],
)
def test_what_the_group_was_made_of_divides_its_count(language, text):
    found = figures(text, language)
    assert found[(390, R)][1] == "total"
    assert found[(270, R)][1:] == ("part", 390)
    assert found[(120, R)][1:] == ("part", 390)


def test_people_who_remained_in_prison_are_held():
    text = "أصدر الرئيس عفوا عن 572 شخصا. وبحسب اللجنة، بقي 2165 مدنيا في السجون العسكرية قبل صدور القرار."
    found = figures("عفو رئاسي عن 572 شخصا\n\n" + text, "ar")
    assert found[(572, P)][1] == "total"
    assert (2165, DET) in found
    assert not {key for key in found if key[0] == 2165 and key[1] in (P, R, T, S, POP)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Russia and Ukraine swapped 146 prisoners each on Sunday. The UAE said 4,641 prisoners had been exchanged through its mediation so far."),
        ("es", "Rusia y Ucrania canjearon el domingo a 146 prisioneros cada uno. Con este canje, ya son 4.641 los prisioneros intercambiados hasta ahora."),
        ("fr", "La Russie et l'Ukraine ont échangé dimanche 146 prisonniers chacune. Au total, 4 641 prisonniers ont été échangés jusqu'ici."),
        ("fa", "روسیه و اوکراین روز یکشنبه ۱۴۶ اسیر را مبادله کردند. تاکنون ۴۶۴۱ اسیر با میانجیگری امارات مبادله شده‌اند."),
    ],
)  # fmt: skip
def test_a_running_total_reached_until_now_is_background(language, text):
    found = figures(text, language)
    assert found[(146, R)][1] == "total"
    assert found[(4641, R)][1] == "other_event"


def test_a_count_told_again_until_now_is_still_the_measure_s():
    text = (
        "رئیس قوه قضاییه: ۸۲ هزار نفر مشمول عفو شدند\n\nرئیس قوه قضاییه روز دوشنبه گفت تاکنون در مجموع ۸۲ هزار و "
        "۶۵۶ نفر از زندانیان مشمول عفو شده‌اند."
    )
    assert figures(text, "fa")[(82656, P)][1] == "total"


def test_a_quoted_count_keeps_its_noun_after_the_quote():
    text = (
        "سخنگوی قوه قضاییه گفت ۱۰۰ هزار زندانی به مرخصی رفته‌اند. سخنگوی قوه قضاییه در ۲۷ اسفند از مرخصی "
        "«نزدیک به ۸۵ هزار» زندانی خبر داد."
    )
    assert (85000, T) in figures(text, "fa")
    english = 'The minister said "over 4,000" inmates were being held over unpaid fines.'
    assert (4000, DET) in figures("The president pardoned 300 inmates on Monday. " + english, "en")


def test_this_figure_put_at_a_count_is_the_count_before_told_again():
    text = (
        "سخنگوی قوه قضاییه گفت ۱۰۰ هزار زندانی به مرخصی رفته‌اند. رئیس قوه قضاییه پیش‌تر این رقم را حدود ۷۰ هزار "
        "نفر اعلام کرد."
    )
    assert (70000, T) in figures(text, "fa")


def test_people_on_the_measure_s_list_or_decrees_are_its_people():
    text = (
        "RDC : plus de 350 ex-rebelles du M23 amnistiés\n\nLe gouvernement congolais a rendu publique jeudi la liste "
        "d'anciens rebelles et de détenus admis au bénéfice de la loi d'amnistie. Plus de 350 ex-membres du "
        "mouvement figurent dans les arrêtés du ministre de la Justice."
    )
    found = figures(text, "fr")
    assert found[(350, P)][1] == "total"
    assert (350, DET) not in found


@pytest.mark.parametrize(
    ("language", "text", "value", "metric"),
    [
        ("en", "President Trump pardoned two former Border Patrol agents on Tuesday.", 2, P),
        ("en", "The Federal Court reviewed the cases of 900 people on death row; 866 obtained a commutation.", 866, S),
        ("es", "El decreto de indulto busca beneficiar al menos a 2.000 reos, según el ministro.", 2000, P),
    ],
)
def test_more_wordings_of_the_people_a_measure_reaches(language, text, value, metric):
    assert (value, metric) in figures(text, language)


def test_a_concession_about_where_people_are_is_not_their_state():
    text = (
        "Au total, 1.243 personnes condamnées par les différentes juridictions du Royaume, qu'elles soient en "
        "détention ou en liberté, bénéficient de la grâce royale à l'occasion de la Fête du Trône."
    )
    found = figures(text, "fr")
    assert found[(1243, P)][1] == "total"
    assert (1243, DET) not in found


def test_a_bulleted_line_names_its_own_act_after_a_colon_whatever_its_noun():
    text = (
        "Le Roi a accordé sa grâce à 1.243 personnes. Elle se décline comme suit :\n\n"
        "Bénéficiaires en détention : 1.108 détenus\n"
        "- 19 détenus : grâce sur le reliquat de la peine ;\n"
        "- 1.086 détenus : remise de la peine d'emprisonnement ;\n"
        "- 3 détenus : commutation de la réclusion perpétuelle en peine à temps.\n\n"
        "Bénéficiaires en liberté : 135 personnes\n"
        "- 36 personnes : grâce sur la peine d'emprisonnement ;\n"
        "- 99 personnes : grâce sur la peine d'amende."
    )
    found = figures(text, "fr")
    assert found[(1086, S)][1:] == ("part", 1108)
    assert found[(3, S)][1:] == ("part", 1108)
    assert found[(36, P)][1:] == ("part", 135)
    assert found[(99, P)][1:] == ("part", 135)


@pytest.mark.parametrize(
    ("language", "text", "value", "metric"),
    [
        ("en", "Obama commuted the sentences of 46 drug offenders on Monday. The move brings to 89 the number of commutations he has granted.", 89, S),
        ("fr", "Le président a gracié 8 537 détenus mardi. Cette mesure porte à 145 739 le nombre de personnes ayant bénéficié de mesures de grâce.", 145739, P),
        ("ar", "أصدر الرئيس عفوا عن 8537 سجينا. ويرفع هذا العفو عدد المستفيدين من العفو إلى 145739 شخصا.", 145739, P),
    ],
)  # fmt: skip
def test_a_tally_the_measure_brings_up_is_background(language, text, value, metric):
    found = figures(text, language)
    assert found[(value, metric)][1] == "other_event"


def test_a_count_put_at_a_figure_is_of_the_people_named_after_it():
    text = (
        "La ministre de la Justice a chiffré mardi à trois cent quarante-quatre le nombre de personnes sorties de "
        "prison en liberté provisoire depuis le 15 février."
    )
    assert (344, T) in figures("Sénégal : 344 détenus en liberté provisoire\n\n" + text, "fr")


def test_a_census_s_lines_count_people_held():
    text = (
        "El Inpec cierra 2011 con 126.976 presos\n\nLa población penitenciaria llegó a 126.976 personas, según el "
        "Inpec. Dentro de los muros hay 100.573 internos.\n\nEl informe desglosa la población intramural:\n\n"
        "- Hombres: 93.020\n- Mujeres: 7.553\n- Sindicados, a la espera de sentencia: 32.116\n- Condenados: 68.457"
    )
    found = figures(text, "es")
    assert found[(126976, POP)][1] == "context"
    for value in (93020, 7553, 32116, 68457):
        assert (value, DET) in found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Lungu commuted the death sentences of 246 prisoners on Monday. The condemned section was built for 50 people, but it now accommodates more than 420 prisoners."),
        ("es", "Lungu conmutó el lunes las penas de muerte de 246 condenados. El pabellón sigue desbordado: alberga a más de 420 presos en unas instalaciones pensadas para cincuenta."),
    ],
)  # fmt: skip
def test_what_a_place_holds_right_before_the_count_is_people_held(language, text):
    found = figures(text, language)
    assert found[(246, S)][1] == "total"
    assert (420, POP) in found and (420, S) not in found


def test_people_who_applied_for_the_measure_past_an_aside_are_still_held():
    text = (
        "Obama commuted the sentences of 46 inmates on Monday. More than 35,000 federal inmates, roughly 16 percent "
        "of everyone in federal custody, have applied for clemency."
    )
    found = figures(text, "en")
    assert found[(46, S)][1] == "total"
    assert (35000, DET) in found and (35000, S) not in found


def test_a_line_tells_who_its_people_are_before_the_colon_and_its_act_after():
    text = (
        "El rey Mohamed VI indultó a 2.097 personas con motivo del Aid al Fitr. El Ministerio detalló que la "
        "medida de gracia se reparte así:\n\n"
        "- 1.809 reclusos que están en prisión: remisión de la pena o del resto de la condena.\n"
        "- 270 personas en libertad: indulto de la pena de prisión.\n"
        "- 18 condenados por terrorismo: conmutación de la pena."
    )
    found = figures(text, "es")
    assert found[(1809, P)][1:] == ("part", 2097)
    assert found[(270, P)][1:] == ("part", 2097)
    assert found[(18, S)][1:] == ("part", 2097)
    assert (1809, POP) not in found


def test_a_day_weeks_before_the_news_near_an_undated_main_sentence_is_another_event_s():
    text = (
        "Managua, 16 abr (EFE).- El Ministerio de Gobernación informó este martes que 636 personas recluidas en "
        "distintos penales pasan desde hoy al régimen de convivencia familiar.\n\n"
        "Según la nota oficial, los 636 beneficiados salieron de ocho centros penitenciarios. El anuncio llega cuando "
        "corre el plazo de noventa días que el Gobierno se fijó el 20 de marzo para liberar a los detenidos."
    )
    result = read(text, "es", published=dt.date(2019, 4, 16))
    assert result.announced_on == dt.date(2019, 4, 16)


def test_the_day_an_occasion_is_celebrated_is_not_the_measure_s():
    text = (
        "A la veille de la Tabaski, célébrée ce mercredi 22 août par la majorité des musulmans du Sénégal, le "
        "président Macky Sall a accordé sa grâce à 425 personnes condamnées, selon un communiqué rendu public mardi."
    )
    result = read(text, "fr", published=dt.date(2018, 8, 22))
    assert result.announced_on != dt.date(2018, 8, 22)


def test_a_leader_written_with_vowel_marks_is_found_where_written():
    from releases.extraction import leaders

    text = "قرر رئيس الجمهورية قيس سعيّد، اليوم الأربعاء، تمتيع 859 محكوما بالعفو الخاص."
    found = leaders.find_leaders(text)
    assert [(text[start:end], code) for start, end, code in found] == [("قيس سعيّد", "TN")]
