"""Clemency reports, pass nineteen: counts told again by others, and the constructions of a new round."""

import datetime as dt

import pytest

from tests import extraction_readings as readings

PUBLISHED = dt.date(2024, 5, 10)

read, figures, officials = readings.in_any_language(PUBLISHED)


@pytest.mark.parametrize(
    ("text", "language", "value", "metric", "category"),
    [
        (
            "Según el ministro, siguen en las cárceles 3.039 presos políticos. La Comisión de Derechos Humanos, "
            "independiente del Gobierno, eleva esa cifra a cerca de 9.000. La amnistía liberó a 1.200 presos.",
            "es",
            9000,
            "detained",
            "political",
        ),
        (
            "El Gobierno sostiene que quedan 600 presos políticos, mientras que las campañas elevan la cifra a "
            "unos 3.000. El Gobierno excarceló el domingo a 40 presos.",
            "es",
            3000,
            "detained",
            "political",
        ),
    ],
)
def test_a_count_raised_by_others_is_the_same_people_held(text, language, value, metric, category):
    found = figures(text, language)
    assert found[(value, metric)][:2] == (category, "context")


@pytest.mark.parametrize(
    ("text", "language", "value", "metric"),
    [
        (
            "Le gouvernement a gracié mardi 1 200 détenus. La Ligue des droits de l'homme porte ce chiffre à 1 500.",
            "fr",
            1500,
            "pardoned",
        ),
        (
            "El Gobierno indultó el martes a 1.200 presos. Las organizaciones de derechos humanos elevan esa cifra "
            "a 1.500.",
            "es",
            1500,
            "pardoned",
        ),
    ],
)
def test_a_release_counted_again_by_others_is_an_alternative(text, language, value, metric):
    found = figures(text, language)
    assert found[(value, metric)][1] == "alternative"
    assert [role for (_v, m), (_c, role, _p) in found.items() if m == metric].count("total") == 1


def test_spanish_surnames_joined_by_y_are_one_name():
    text = "La amnistía liberó el lunes a 1.200 presos, dijo el cardenal Miguel Obando y Bravo en su homilía."
    assert "Miguel Obando y Bravo" in officials(text, "es")


def test_two_people_joined_by_y_stay_two():
    text = (
        "La amnistía liberó el lunes a 1.200 presos, anunciaron el presidente Daniel Ortega y la "
        "vicepresidenta Rosario Murillo en un comunicado."
    )
    found = officials(text, "es")
    assert "Daniel Ortega" in found
    assert "Rosario Murillo" in found


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("أفرجت السلطات يوم الخميس عن سجينين من سجن رومية المركزي بعد انتهاء محكوميتهما.", "released"),
        ("أصدر الرئيس يوم الاثنين عفوا عن 400 سجين، بينهم صحافيان من قناة الجزيرة.", "pardoned"),
    ],
)
def test_arabic_a_dual_with_no_numeral_counts_two(text, metric):
    assert (2, metric) in figures(text, "ar")


def test_arabic_the_two_told_again_with_the_article_are_no_new_count():
    text = "أصدر الرئيس يوم الاثنين عفوا عن 400 سجين. وغادر الصحفيان السجن مساء الأحد."
    assert [value for value, _metric in figures(text, "ar")] == [400]


def test_persian_lines_under_a_heading_go_on_after_a_line_counted_in_words():
    text = (
        "رئیس‌جمهور روز دوشنبه فرمان عفو ۸۰ محکوم را امضا کرد.\n\n"
        "بر اساس این فرمان، شش نفر بی‌درنگ آزاد می‌شوند و مدت حبس ۴۱ نفر نیز کاهش یافته است.\n\n"
        "ترکیب عفوشدگان:\nیک زن؛\n۱۳ تبعه خارجی؛\n۲۱ زندانی محکوم به عضویت در گروه‌ها.\n\nعفو زندانیان ادامه دارد."
    )
    found = figures(text, "fa")
    assert found[(13, "pardoned")][:2] == ("foreign_nationals", "part")
    assert found[(21, "pardoned")][1] == "part"
    assert (21, "sentence_reduced") not in found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "WASHINGTON – Le président a gracié mardi deux dindes, Pois et Carotte, lors de la cérémonie de la Maison Blanche.",
            "fr",
        ),
        ("WASHINGTON.- El presidente indultó el martes a dos pavos, Maíz y Trigo, en la Casa Blanca.", "es"),
    ],
)
def test_a_pardoned_turkey_is_no_release_in_french_or_spanish(text, language):
    assert not read(text, language).relevant


def test_a_french_pardon_done_to_a_person_is_still_a_release_story():
    assert read("PHNOM PENH – Le roi a gracié vendredi l'opposant Sam Rainsy, en exil depuis 2015.", "fr").relevant


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "GUADALAJARA.- El narcotraficante Rafael Caro Quintero abandonó en libertad la madrugada del viernes el "
            "Reclusorio de Puente Grande, tras 28 años.",
            "es",
        ),
        ("Caro Quintero sale libre de Puente Grande tras una orden judicial del miércoles.", "es"),
        ("EDMONTON — Omar Khadr a retrouvé jeudi la liberté, après treize ans d'emprisonnement.", "fr"),
        ("الزنتان – أعلنت الكتيبة اليوم السبت أنها أخلت سبيل سيف الإسلام القذافي الذي احتجز ستة أعوام.", "ar"),
        ("BEIJING – China released the dissident Wei Jingsheng on medical parole on Sunday.", "en"),
    ],
)
def test_one_person_walking_free_is_a_release_story(text, language):
    assert read(text, language).relevant


def test_a_release_the_day_after_the_decision_is_dated_by_the_decision():
    text = (
        "YAOUNDÉ, 5 octobre – L'opposant Maurice Kamto, incarcéré depuis neuf mois, a recouvré la liberté samedi "
        "avec 102 partisans, au lendemain de la décision du président de mettre fin aux poursuites."
    )
    assert read(text, "fr", published=dt.date(2019, 10, 5)).announced_on == dt.date(2019, 10, 4)


@pytest.mark.parametrize(
    ("text", "language", "country"),
    [
        (
            "MEXICO — La Française Florence Cassez, détenue depuis sept ans au Mexique, a été libérée mercredi. "
            "La Française de 38 ans doit arriver jeudi en France.",
            "fr",
            "MX",
        ),
        (
            "LIMA. La estadounidense Lori Berenson, encarcelada desde 1995 en el Perú, salió el jueves en libertad "
            "condicional. La estadounidense viajará a Estados Unidos.",
            "es",
            "PE",
        ),
    ],
)
def test_a_foreign_prisoners_nationality_is_not_the_state_that_frees_them(text, language, country):
    assert read(text, language).country == country


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("El Gobierno excarceló a 300 presos. En 1993 la población de internos era de 29.114.", "es", 29114),
        (
            "Le gouvernement a libéré 300 détenus. Les prisons sont pleines : leur population journalière moyenne "
            "atteignait 10.535 détenus en 2010.",
            "fr",
            10535,
        ),
    ],
)
def test_a_count_a_population_is_said_to_be_is_the_prison_population(text, language, value):
    assert figures(text, language)[(value, "prison_population")][1] == "context"


def test_the_number_of_political_prisoners_put_by_others_is_people_held():
    text = (
        "CARACAS. El Gobierno excarceló el sábado a siete opositores. La coalición opositora situaba en 135 el "
        "número de presos políticos."
    )
    found = figures(text, "es")
    assert found[(135, "detained")][:2] == ("political", "context")
    assert (135, "released") not in found


def test_the_number_of_political_prisoners_on_the_release_list_is_no_count_of_the_held():
    text = (
        "MANAGUA. El Gobierno indultó el lunes a 37 opositores. La nueva lista eleva a 47 el número de presos "
        "políticos incluidos en la lista."
    )
    assert (47, "detained") not in figures(text, "es")


def test_arabic_a_release_under_a_committee_named_for_pardons_is_a_release():
    text = "لجنة العفو الرئاسي: إخلاء سبيل 46 محبوساً احتياطياً بينهم الناشط العمالي هيثم محمدين"
    found = figures(text, "ar")
    assert (46, "released") in found
    assert (46, "pardoned") not in found


def test_arabic_the_number_of_those_freed_rising_to_a_count_is_their_running_total():
    text = (
        "أعلنت اللجنة اليوم الخميس إخلاء سبيل 46 محبوسا. وبهذه الدفعة يرتفع عدد من أطلق سراحهم بقرارات قضائية "
        "أو بعفو رئاسي في قضايا الرأي إلى 243 على الأقل، وفق رصد الوكالة."
    )
    found = figures(text, "ar")
    assert found[(243, "released")][1] == "other_event"
    assert found[(46, "released")][1] == "total"


def test_arabic_bulleted_lines_under_a_count_of_the_held_are_groups_of_the_held():
    text = (
        "يقبع في السجون الإسرائيلية ستة آلاف وخمسمئة (٦٥٠٠) أسير، وفق هيئة شؤون الأسرى.\n\n"
        "ويتوزع الأسرى على النحو الآتي:\n- ٤٧٨ أسيراً صدرت بحقهم أحكام بالسجن المؤبد؛\n- ٢١ أسيرة، بينهن قاصرتان؛\n"
        "- ٢٠٥ أطفال لم يبلغوا الثامنة عشرة.\n\nوكانت إسرائيل قد أفرجت عام 2011 عن 1027 أسيرا في صفقة تبادل."
    )
    found = figures(text, "ar")
    assert found[(478, "detained")][1] == "context"
    assert found[(21, "detained")][:2] == ("women", "context")


def test_french_prose_after_a_colon_under_a_count_of_the_held_is_no_list():
    text = (
        "Le roi a gracié 2 052 détenus. Les prisons comptent 97 200 personnes incarcérées. L'exemple le plus "
        "frappant est celui de la prison d'Oukacha : elle compte 10 877 détenus pour 3 800 lits, soit près de "
        "trois personnes par place."
    )
    assert (3, "detained") not in figures(text, "fr")


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("El Gobierno indultó el lunes a 30 guerrilleros. Hay 106 miembros de las FARC todavía recluidos.", "es", 106),
        (
            "رئیس‌جمهور روز دوشنبه ۷۵ زندانی را عفو کرد. هنوز بیش از ۲٬۲۰۰ عضو این حزب در زندان‌های افغانستان هستند.",
            "fa",
            2200,
        ),
    ],
)
def test_members_of_a_group_in_prison_are_people_held_not_the_population(text, language, value):
    found = figures(text, language)
    assert (value, "detained") in found
    assert (value, "prison_population") not in found


@pytest.mark.parametrize(
    ("title", "text", "language", "value", "metric"),
    [
        (
            "Kathleen Folbigg pardoned and freed after 20 years",
            "SYDNEY, June 5 - Kathleen Folbigg walked out of prison on Monday after the Governor granted her an "
            "unconditional pardon.\n\nHer lawyers welcomed the decision.\n\nThe inquiry heard from experts.\n\n"
            "The case was long disputed.\n\nIn 2019 the state had pardoned 120 prisoners in a separate amnesty.",
            "en",
            120,
            "pardoned",
        ),
        (
            "Hissène Habré autorisé à sortir de prison pour soixante jours",
            "DAKAR — L'ancien président tchadien Hissène Habré a quitté lundi la prison du Cap Manuel pour deux mois."
            "\n\nSes avocats avaient invoqué son âge.\n\nLa décision a été prise par un juge.\n\nLes autorités "
            "ont multiplié les mesures.\n\nLe 26 mars, le président Macky Sall avait gracié 2 036 détenus.",
            "fr",
            2036,
            "pardoned",
        ),
    ],
)
def test_a_count_deep_in_a_story_of_named_people_is_an_earlier_measures(title, text, language, value, metric):
    found = {(f.value, f.metric): f.role for f in read_titled(text, title, language).figures}
    assert found[(value, metric)] == "other_event"


def test_a_count_in_the_headline_stays_the_announcements_own():
    title = "Myanmar frees 5,774 prisoners"
    text = (
        "YANGON, Nov 17 - Myanmar's junta freed 5,774 prisoners on Thursday.\n\nThe state broadcaster said so.\n\n"
        "Families waited outside.\n\nSome were foreigners.\n\nIn April it had freed 1,619 prisoners."
    )
    found = {(f.value, f.metric): f.role for f in read_titled(text, title, "en").figures}
    assert found[(5774, "released")] == "total"


def read_titled(text, title, language):
    from releases.extraction import extract

    return extract(text, published=PUBLISHED, title=title, language=language)


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        (
            "Georges Abdallah a été libéré vendredi. La veille, plus de 160 personnes s'étaient rassemblées devant "
            "la prison pour célébrer sa libération.",
            "fr",
            160,
        ),
        (
            "Kathleen Folbigg walked out of prison on Monday, two decades after she was jailed over the deaths of "
            "her four children, after the governor granted her a pardon.",
            "en",
            4,
        ),
        ("The activist was freed on Monday. More than 300 people gathered outside the jail to greet her.", "en", 300),
        (
            "El opositor salió el lunes en libertad. Unas 200 personas se concentraron ante el penal para recibirlo.",
            "es",
            200,
        ),
    ],
)
def test_a_crowd_or_the_dead_are_no_count_of_prisoners(text, language, value):
    assert all(found_value != value for found_value, _metric in figures(text, language))


def test_an_official_named_by_surname_takes_the_given_name_the_text_tells():
    text = (
        "PARIS – Le président Chirac a gracié vendredi le détenu Omar Raddad. Par décret, Jacques "
        "Chirac a réduit sa peine de quatre ans et huit mois."
    )
    found = officials(text, "fr")
    assert "Jacques Chirac" in found
    assert "Chirac" not in found


def test_two_given_names_for_one_surname_leave_the_surname_alone():
    text = (
        "MANAGUA. El presidente Ortega indultó el lunes a 200 presos. Daniel Ortega y Camila Ortega no "
        "asistieron al acto."
    )
    assert not any(name in ("Daniel Ortega", "Camila Ortega") for name in officials(text, "es") if name != "Ortega")


def test_prisoners_who_may_benefit_from_a_release_law_are_its_released():
    text = (
        "BOGOTÁ. La nueva ley permitió excarcelar el martes a 300 presos por delitos menores. Según el Inpec, hasta "
        "9.000 internos reúnen las condiciones para beneficiarse."
    )
    found = figures(text, "es")
    assert (9000, "released") in found
    assert (9000, "pardoned") not in found


def test_spanish_a_release_told_in_a_relative_clause_is_the_counts():
    text = (
        "MANAGUA. Dos aviones despegaron este jueves con 59 presos políticos a los que el Gobierno del general "
        "Anastasio Somoza Debayle tuvo que excarcelar para salvar a los rehenes."
    )
    found = figures(text, "es")
    assert found[(59, "released")][:2] == ("political", "total")
    assert (59, "detained") not in found


@pytest.mark.parametrize(
    "text",
    [
        "LUCKNOW: The state government will release around 11,000 prisoners from its 71 jails on eight weeks' "
        "interim bail or parole to ease overcrowding, the chief minister said on Saturday.",
        "LUCKNOW: In Kanpur alone, 11,000 prisoners are set to walk out for eight weeks, the chief minister said "
        "on Saturday.",
    ],
)
def test_english_a_release_for_some_weeks_is_temporary(text):
    found = figures(text, "en")
    assert (11000, "temporarily_released") in found
    assert (11000, "released") not in found


def test_house_arrest_orders_served_on_rioters_are_no_release():
    text = (
        "NOUMÉA – Le ministre a fait état mardi de 276 interpellations depuis le début des émeutes. Il a aussi "
        "annoncé 29 procédures d'assignation à résidence, dont 17 avaient été notifiées."
    )
    assert not read(text, "fr").relevant


def test_the_dead_brought_home_are_no_count_of_the_freed():
    text = (
        "Le président a gracié lundi 300 détenus. Deux gendarmes mobiles dont les dépouilles ont été rapatriées "
        "ont été honorés mardi."
    )
    assert all(value != 2 for value, _metric in figures(text, "fr"))


def test_a_count_of_people_held_in_a_states_prisons_is_a_story_of_its_own():
    title = "في يوم الأسير: أكثر من 9500 معتقل في سجون الاحتلال بينهم 80 أسيرة"
    text = (
        title + "\n\nرام الله – قالت هيئة شؤون الأسرى يوم الثلاثاء إن عدد الأسرى في السجون تجاوز 9500 أسير، "
        "بينهم 80 أسيرة وأكثر من 200 طفل."
    )
    result = read_titled(text, "", "ar")
    assert result.relevant
    assert any(f.metric == "detained" for f in result.figures)


def test_an_arrest_count_is_no_story_of_people_held_in_prisons():
    title = "Police arrest 300 protesters after clashes in the capital"
    text = title + "\n\nPolice arrested 300 protesters on Tuesday after clashes, officials said."
    assert not read_titled(text, "", "en").relevant


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("عربستان روز چهارشنبه اعلام کرد که ۱۱ صیاد بوشهری پس از دو سال بازداشت آزاد شدند.", "fa", 11),
        ("أفرجت السلطات يوم الأربعاء عن 19 صيادا إيرانيا كانوا محتجزين منذ أشهر.", "ar", 19),
    ],
)
def test_fishermen_are_people_counted(text, language, value):
    assert any(found_value == value for found_value, _metric in figures(text, language))


def test_an_amnesty_that_wipes_out_convictions_pardons_those_named_after_it():
    text = (
        "Côte d'Ivoire : l'Assemblée vote l'amnistie de 75 opposants\n\nABIDJAN, 29 juillet. — L'Assemblée a "
        "adopté mercredi la loi d'amnistie. Le texte efface les condamnations de soixante-quinze opposants, au "
        "premier rang desquels Laurent Gbagbo, secrétaire général du Front populaire ivoirien."
    )
    result = read(text, "fr")
    assert result.relevant
    assert (75, "pardoned") in {(f.value, f.metric) for f in result.figures}
    assert "Laurent Gbagbo" not in {o.name for o in result.officials}


def test_persian_captives_taken_home_are_released_not_a_transfer_to_prison():
    text = (
        "تهران – نخستین مبادله اسیران روز پنجشنبه آغاز شد. هواپیمای صلیب سرخ ۵۲ اسیر عراقی را از تهران به بغداد "
        "برد. پیش‌تر طارق عزیز، وزیر خارجه عراق، از مبادله استقبال کرده بود."
    )
    assert (52, "released") in figures(text, "fa")
    assert not any(name.startswith("پیش") for name in officials(text, "fa"))
    transfer = "تهران – پلیس روز دوشنبه ۳۰ زندانی را به زندان اوین برد."
    assert (30, "released") not in figures(transfer, "fa")


def test_arabic_the_disappeared_are_still_held():
    text = (
        "دمشق – أفرجت السلطات عن 300 معتقل يوم الأحد. ووثقت الشبكة ما لا يقل عن 112414 شخصاً لا يزالون مختفين "
        "قسراً على يد النظام السابق."
    )
    found = figures(text, "ar")
    assert found[(112414, "detained")][1] == "context"
    assert (112414, "released") not in found


def test_a_prison_riot_holding_inmates_is_no_population_story():
    title = "Brazil hunts escaped inmates after 56 killed in Manaus prison riot"
    text = (
        title + "\n\nMANAUS – Police hunted on Tuesday for inmates who escaped after a gang riot left 56 prisoners "
        "dead.\n\nThe complex, the largest prison in the state, was holding 1,224 inmates in space built for 454, and "
        "the country's prisons as a whole hold more than 600,000 people."
    )
    assert not read_titled(text, "", "en").relevant


def test_a_record_population_after_riots_is_still_a_population_story():
    title = "Prison population hits record in wake of riots"
    text = title + "\n\nLONDON – The prison population of England and Wales reached 87,214 on Friday, officials said."
    assert read_titled(text, "", "en").relevant


@pytest.mark.parametrize(
    ("text", "language", "country"),
    [
        (
            "TUXTLA GUTIÉRREZ. El gobierno de Chiapas excarceló el sábado a 300 reos; la secretaria de Gobierno, "
            "Areli Madrid Tovilla, entregó las boletas de libertad.",
            "es",
            "MX",
        ),
        ("LUCKNOW: The Uttar Pradesh government will release 11,000 prisoners on parole, officials said.", "en", "IN"),
    ],
)
def test_a_state_of_a_federal_country_names_the_country(text, language, country):
    assert read(text, language).country == country


def test_a_count_above_31_before_a_month_is_no_date():
    text = (
        "La población penitenciaria baja por primera vez en diez años\n\nMADRID. Según el ministro, la población "
        "reclusa es ahora de 75.503 personas, frente a las 76.434 de octubre de 2009."
    )
    assert figures(text, "es")[(76434, "prison_population")][1] == "context"


def test_a_day_before_a_month_stays_a_date():
    text = "MADRID. El Gobierno indultó a 30 presos el 12 de octubre, fiesta nacional."
    assert all(value != 12 for value, _metric in figures(text, "es"))


def test_a_line_whose_own_noun_names_its_act_keeps_it():
    text = (
        "Le roi a accordé sa grâce à 371 personnes vendredi.\n\nLes bénéficiaires se répartissent comme suit :\n\n"
        "— 263 détenus, parmi lesquels 12 ont obtenu la grâce, 247 une remise de peine et quatre la commutation ;\n\n"
        "— 108 personnes en liberté : 38 graciées de leur peine d'emprisonnement, 9 de la peine d'amende."
    )
    found = figures(text, "fr")
    assert (38, "pardoned") in found
    assert (38, "sentence_reduced") not in found
