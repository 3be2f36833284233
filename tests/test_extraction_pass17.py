"""Clemency reports, pass seventeen: prisoners counted after the measure, on hunger strike, turned down or said to
be there, are people held, not the measure's people."""

import datetime as dt

import pytest

from tests import extraction_readings as readings

PUBLISHED = dt.date(2024, 5, 10)

read, figures, officials = readings.in_any_language(PUBLISHED)

PARDON_LEAD = {
    "en": "The president pardoned 400 prisoners on Monday to mark the national holiday. ",
    "fr": "Le président a gracié lundi 400 détenus à l'occasion de la fête nationale. ",
    "es": "El presidente indultó el lunes a 400 presos con motivo de la fiesta nacional. ",
    "ar": "أصدر الرئيس يوم الاثنين عفوا عن 400 سجين بمناسبة العيد الوطني. ",
    "fa": "رئیس‌جمهور روز دوشنبه به مناسبت عید ملی ۴۰۰ زندانی را عفو کرد. ",
}


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "A group of 30 inmates went on hunger strike last week.", 30),
        ("en", "The court rejected the appeals of another 26 prisoners.", 26),
        ("es", "Un grupo de 30 reclusos inició una huelga de hambre.", 30),
        ("es", "El tribunal rechazó los recursos de otros 26 presos.", 26),
        ("fr", "Un groupe de 30 détenus a entamé une grève de la faim.", 30),
        ("ar", "وبدأت مجموعة من 30 سجينا إضرابا عن الطعام.", 30),
        ("ar", "ورفضت المحكمة طعون 26 سجينا آخرين.", 26),
        ("fa", "گروهی از ۳۰ زندانی دست به اعتصاب غذا زدند.", 30),
        ("fa", "دادگاه درخواست ۲۶ زندانی دیگر را رد کرد.", 26),
    ],
)
def test_prisoners_on_hunger_strike_or_turned_down_are_held(language, text, value):
    found = figures(PARDON_LEAD[language] + text, language)
    assert (400, "pardoned") in found
    assert (value, "detained") in found
    assert (value, "pardoned") not in found


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("es", "Había 29 presos estadounidenses en el penal en ese momento.", 29),
        ("fr", "Il y avait alors 29 prisonniers américains dans cette prison.", 29),
    ],
)
def test_prisoners_said_to_be_there_are_held(language, text, value):
    found = figures(PARDON_LEAD[language] + text, language)
    assert (value, "detained") in found
    assert (value, "pardoned") not in found


def test_tens_of_thousands_said_to_be_there_are_the_population_unless_a_share_of_it():
    lead = PARDON_LEAD["es"]
    found = figures(lead + "Según el organismo, había 33.200 presos en recintos con espacio para 15.600.", "es")
    assert (33200, "prison_population") in found
    told = "La población penitenciaria era de 61.526 reclusos. Al término del semestre había 17.446 presos extranjeros."
    found = figures(lead + told, "es")
    assert (61526, "prison_population") in found
    assert (17446, "detained") in found


def test_prisoners_who_died_in_a_strike_stay_out():
    text = PARDON_LEAD["en"] + "A raid to end hunger strikes last week left 26 prisoners and two soldiers dead."
    found = figures(text, "en")
    assert (26, "detained") not in found
    assert (26, "pardoned") not in found


def test_a_persian_estimate_is_no_rejection():
    # "برآورد کرده" (has estimated) holds the letters of "رد کرد" (turned down) inside a word.
    text = PARDON_LEAD["fa"] + "مرکز حقوق بشر برآورد کرده که احکام اعدام نزدیک به ۴۰۰۰ زندانی لغو شود."
    assert (4000, "detained") not in figures(text, "fa")


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "Courts have ordered the release on bail of 2,961 prisoners since March.", 2961),
        ("en", "Of these, 2,719 have been granted bail.", 2719),
        ("en", "Some 2,719 remand prisoners were bailed last month.", 2719),
        ("es", "Los jueces concedieron la libertad bajo fianza a 2.961 presos desde marzo.", 2961),
        ("fr", "Les juges ont accordé une libération sous caution à 2 961 détenus depuis mars.", 2961),
    ],
)
def test_people_let_out_on_bail_are_let_out_for_a_while(language, text, value):
    found = figures(PARDON_LEAD[language] + text, language)
    assert (value, "temporarily_released") in found
    assert (value, "released") not in found
    assert (value, "pardoned") not in found


def test_people_held_on_remand_are_held_not_the_population():
    text = PARDON_LEAD["en"] + "About 13,000 people are held on remand in the country's jails."
    found = figures(text, "en")
    assert (13000, "detained") in found
    assert (13000, "prison_population") not in found


def test_the_rest_out_on_bail_gives_no_bail_to_the_count_before():
    text = PARDON_LEAD["en"] + "Of those charged, 74 were awaiting trial inside prison, with the rest out on bail."
    assert (74, "temporarily_released") not in figures(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Au total, 203 détenus obtiennent la remise du reliquat de leur peine et pourront quitter la prison.",
        "Le décret accorde la remise de la peine restant à courir à 203 détenus.",
    ],
)
def test_french_rest_of_the_term_remitted_is_a_pardon(text):
    found = figures(text, "fr")
    assert (203, "pardoned") in found
    assert (203, "sentence_reduced") not in found
    assert (203, "released") not in found


def test_french_remission_of_part_of_a_term_stays_a_reduction():
    assert (56, "sentence_reduced") in figures("Le décret accorde une remise de peine de six mois à 56 détenus.", "fr")


@pytest.mark.parametrize(
    "text",
    [
        "Plus de deux cents prisonniers de droit commun ont quitté vendredi la maison d'arrêt de la capitale.",
        "Plus de deux cents prisonniers ont quitté la maison centrale dans la soirée.",
    ],
)
def test_french_people_leaving_a_jail_named_maison_d_arret_are_released(text):
    found = figures(PARDON_LEAD["fr"] + text, "fr")
    assert (200, "released") in found
    assert (200, "detained") not in found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "La maison d'arrêt, construite pour accueillir 300 personnes, en abrite aujourd'hui plus de 2 000."),
        ("es", "La cárcel, construida para albergar a 300 personas, tiene hoy más de 2.000 reclusos."),
    ],
)
def test_a_capacity_to_house_people_is_not_people(language, text):
    found = figures(PARDON_LEAD[language] + text, language)
    assert not any(value == 300 for value, _metric in found)


def test_a_spanish_measure_meant_for_its_people_is_no_capacity():
    text = "En 2018 el presidente dictó un decreto similar pensado para 2.535 reclusos: 1.035 por amnistía."
    assert (2535, "pardoned") in figures(PARDON_LEAD["es"] + text, "es")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("وجرت مراسم أُطلق فيها 178 معتقلا دفعة واحدة.", (178, "released")),
        ("وغادر 17 سجينا السجن المركزي مساء الأحد.", (17, "released")),
        ("وغادر سبعة عشر شابا من المعتقلين السجن المركزي مساء الأحد.", (17, "released")),
        ("من أصل نحو 214 ألف نزيل تضمهم السجون التركية.", (214000, "prison_population")),
        ("وأوقفت السلطات أكثر من 18 ألف شخص منذ المحاولة الانقلابية.", (18000, "detained")),
    ],
)
def test_arabic_released_leaving_prison_the_country_s_inmates_and_arrests(text, figure):
    found = figures(PARDON_LEAD["ar"] + text, "ar")
    assert figure in found
    assert (figure[0], "pardoned") not in found


def test_arabic_a_day_of_arrest_is_no_count_of_the_arrested():
    text = "وكانوا قد أوقفوا في 16 مارس 2004، وأُفرج عن ستة منهم لاحقا."
    found = figures(PARDON_LEAD["ar"] + text, "ar")
    assert (6, "detained") not in found


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("خبرگزاری‌ها شمار آزادشدگان را ۳۳۴ نفر گزارش کرده‌اند.", (334, "released")),
        ("منابع محلی شمار رهاشدگان را دست‌کم ۱۳ تن اعلام کردند.", (13, "released")),
        ("دیده‌بان حقوق بشر شمار آزادشدگانِ مشمول عفو را حدود هفت هزار نفر می‌داند.", (7000, "pardoned")),
        ("در آن روز ۶۶ نفر به گروگان گرفته شدند.", (66, "detained")),
    ],
)
def test_persian_the_number_told_as_the_object_s_measure_and_hostages(text, figure):
    found = figures(PARDON_LEAD["fa"] + text, "fa")
    assert figure in found


def test_persian_tons_of_goods_stay_out():
    text = PARDON_LEAD["fa"] + "پلیس ۱۳ تن مواد مخدر کشف و اعلام کرد."
    assert not any(value == 13 for value, _metric in figures(text, "fa"))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El presidente firmó una amnistía para excarcelar a 3.073 presos."),
        ("es", "El indulto sirvió para liberar a 3.073 penados."),
        ("fr", "Le président a signé une amnistie pour libérer 3 073 détenus."),
        ("fr", "La grâce permettra de libérer 3 073 détenus."),
        ("ar", "ووقع الرئيس عفوا للإفراج عن 3073 سجينا."),
        ("fa", "رئیس‌جمهور فرمان عفو برای آزادی ۳۰۷۳ زندانی را امضا کرد."),
        ("en", "The president signed an amnesty to free 3,073 prisoners."),
    ],
)
def test_a_pardon_for_a_release_counts_its_people_as_pardoned(language, text):
    found = figures(text, language)
    assert (3073, "pardoned") in found
    assert (3073, "released") not in found


def test_a_release_after_a_pardon_told_in_another_clause_stays_a_release():
    text = "Le président a accordé sa grâce la semaine dernière. Vendredi, la prison a libéré 300 détenus."
    assert (300, "released") in figures(text, "fr")


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        (
            "en",
            "Nearly 19,000 inmates to be paroled\n\nBy Thandeka Mokoena, Political Reporter\n\nJOHANNESBURG – Thousands "
            "of offenders could be home within weeks after President Cyril Ramaphosa on Tuesday authorised parole for "
            "low-risk inmates.\n\nThe measure could relieve the system of just under 19,000 inmates.",
            dt.date(2024, 5, 7),
        ),
        (
            "fr",
            "Quatorze proches de l'ancien président en liberté provisoire\n\nPar Koffi Ange Yao, à Abidjan\n\nAprès deux "
            "ans de détention, quatorze détenus vont retrouver leurs familles, la justice ayant annoncé mardi leur mise "
            "en liberté provisoire.\n\nLe procureur a rendu la mesure publique dans un communiqué.",
            dt.date(2024, 5, 7),
        ),
    ],
)
def test_a_byline_line_is_not_the_lead_that_dates_the_news(language, text, day):
    assert read(text, language).announced_on == day


def test_the_day_a_directive_ordering_the_release_was_issued_is_the_announcement():
    text = (
        "صنعاء – غادر سبعة عشر شابا من المعتقلين السجن المركزي صباح اليوم الجمعة.\n\n"
        "وجاء الإفراج تنفيذا لتوجيه أصدره الرئيس يوم الثلاثاء إلى النائب العام بإطلاق 19 من أصل 22 شابا."
    )
    assert read(text, "ar").announced_on == dt.date(2024, 5, 7)


def test_a_decree_signed_weeks_before_the_release_dates_it():
    text = (
        "N'DJAMENA — Plus de deux cents prisonniers ont quitté vendredi la maison d'arrêt, à la faveur d'une remise "
        "collective de peine.\n\nLe décret, signé le 19 avril, concerne au total 295 condamnés."
    )
    assert read(text, "fr").announced_on == dt.date(2024, 4, 19)


def test_a_decree_named_as_the_ground_weeks_before_does_not_date_the_news():
    text = (
        "N'DJAMENA — Plus de deux cents prisonniers ont quitté vendredi la maison d'arrêt. Ils sortent en vertu du "
        "décret signé le 19 avril par le chef de l'État."
    )
    assert read(text, "fr").announced_on == PUBLISHED


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fa",
            "رژیم اسرائیل روز جمعه ۳۳۹ اسیر فلسطینی را آزاد کرد. کمیته وزیران شامگاه سه‌شنبه درباره این آزادی "
            "تصمیم گرفت.",
        ),
        (
            "en",
            "Israel freed 339 Palestinian prisoners on Friday. A ministerial committee decided on Tuesday to approve "
            "the release.",
        ),
        (
            "fr",
            "Israël a libéré vendredi 339 prisonniers palestiniens. Le gouvernement avait décidé mardi cette libération.",
        ),
    ],
)
def test_the_day_the_release_was_decided_is_the_announcement(language, text):
    assert read(text, language).announced_on == dt.date(2024, 5, 7)


@pytest.mark.parametrize(
    ("language", "text", "country"),
    [
        (
            "es",
            "Mesa de desinternamiento: 1.253 reos salieron en un año\n\nTEGUCIGALPA. Un total de 1.253 personas "
            "privadas de libertad recobraron la libertad este año, informó el magistrado.",
            "HN",
        ),
        (
            "es",
            "Salen 1.253 reos en un año\n\nTegucigalpa.- Un total de 1.253 personas privadas de libertad recobraron la "
            "libertad este año.",
            "HN",
        ),
        (
            "fr",
            "Cent quarante-six détenus libérés\n\nCent quarante-six détenus graciés ont quitté lundi la prison centrale "
            "de Beau-Bassin, à l'île Maurice.",
            "MU",
        ),
    ],
)
def test_a_city_closed_by_a_stop_opening_the_lead_and_mauritius_in_french(language, text, country):
    assert read(text, language).country == country


def test_a_first_name_maurice_names_no_country():
    text = "Le président Maurice Kamto a salué la libération de 200 détenus à Yaoundé."
    assert read(text, "fr").country != "MU"


def test_a_headline_count_is_dated_by_the_sentences_after_the_lead():
    text = (
        "Quatorze responsables dont douze proches de l'ancien président en liberté provisoire\n\n"
        "Par Koffi Ange Yao, à Abidjan\n\n"
        "Après plus de deux ans derrière les barreaux, les responsables de l'ancien régime vont retrouver leurs "
        "familles. La justice a annoncé mardi leur mise en liberté provisoire, une décision saluée par le "
        "gouvernement.\n\nLe procureur a rendu la mesure publique dans un communiqué."
    )
    assert read(text, "fr").announced_on == dt.date(2024, 5, 7)


def test_a_future_verb_in_the_sentence_before_does_not_push_a_weekday_forward():
    text = "Les détenus vont retrouver leurs familles. Le président a gracié mardi 300 détenus."
    assert read(text, "fr").announced_on == dt.date(2024, 5, 7)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("غير أن رئيس مركز البحرين لحقوق الإنسان نبيل رجب قال إن نحو 100 فقط من هؤلاء معتقلون سياسيون.", "نبيل رجب"),
        ("وقال النائب المستقيل من كتلة الوفاق جاسم حسين إن الإفراج يعني الكثير.", "جاسم حسين"),
        ("وكانت وزيرة حقوق الإنسان في حكومة الوفاق حورية مشهور قد أعلنت يوم الأحد اعتصامها.", "حورية مشهور"),
        ("وقال المتحدث باسم الوزارة وليد العماري، أحد منظمي الزيارة، إن العملية تمت.", "وليد العماري"),
        ("وجرى ذلك بحضور ذويهم ووزير العدل حسن الشمري.", "حسن الشمري"),
    ],
)
def test_arabic_officials_after_a_long_office_or_a_glued_and(text, name):
    found = officials(PARDON_LEAD["ar"] + text, "ar")
    assert name in found
    assert "أحد منظمي الزيارة" not in found


def test_arabic_a_lawyer_among_those_pardoned_is_no_official():
    text = (
        "وأصدر الرئيس قرارا بالعفو عن عدد من المحكوم عليهم، بينهم الباحث باتريك زكي والمحامي محمد الباقر، وفق ما أعلنه."
    )
    assert "محمد الباقر" not in officials(text, "ar")


def test_arabic_a_title_after_a_name_opens_no_other_name():
    text = PARDON_LEAD["ar"] + "وقال اللواء حبيب العادلي وزير الداخلية فحص الملفات إن اللجان أنهت عملها."
    assert "فحص الملفات" not in officials(text, "ar")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("آرنون پرلمن، مشاور رسانه‌ای نخست‌وزیر، در نشستی خبری گفت این آزادی نشانه حسن نیت است.", "آرنون پرلمن"),
        ("محمد الهندی، از رهبران جنبش جهاد اسلامی، نیز هشدار داد که این آزادی کافی نیست.", "محمد الهندی"),
        ("فضل احمد فقیریار، معاون دادستان کل، رقم دیگری ارائه کرد.", "فضل احمد فقیریار"),
    ],
)
def test_persian_an_adviser_one_of_a_body_s_leaders_and_a_given_name(text, name):
    assert name in officials(PARDON_LEAD["fa"] + text, "fa")


def test_persian_a_resignation_names_no_official_and_a_verb_ends_a_name():
    text = (
        PARDON_LEAD["fa"] + "گزارش‌ها حاکی است این برنامه در استعفای امرالله صالح، رئیس پیشین امنیت ملی، بی‌تأثیر نبود."
    )
    found = officials(text, "fa")
    assert "استعفای امرالله صالح" not in found


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("en", "Miles Bhudu of the South African Prisoners' Organisation for Human Rights said the move was overdue.",
         "Miles Bhudu"),
        ("en", "Bo Kyi of the Assistance Association for Political Prisoners (AAPP) said it was unclear who was freed.",
         "Bo Kyi"),
        ("es", "El subdelegado del Gobierno en Málaga, Javier Salas, subrayó el carácter de la medida.", "Javier Salas"),
        ("fr", "La directrice de l'association, Claire Dupont, a souhaité que la mesure soit élargie.", "Claire Dupont"),
    ],
)  # fmt: skip
def test_a_body_s_voice_named_before_its_verb_and_more_verbs_of_saying(language, text, name):
    assert name in officials(PARDON_LEAD[language] + text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "La Defensoría del Pueblo anunció que vigilará el cumplimiento de la medida."),
        ("es", "El Sistema Penitenciario Nacional indicó que los presos saldrán esta semana."),
    ],
)
def test_a_public_body_that_speaks_is_no_person(language, text):
    found = officials(PARDON_LEAD[language] + text, language)
    assert not any(word in name for name in found for word in ("Defensoría", "Sistema"))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "RABAT – Le roi a gracié vendredi 400 détenus à l'occasion de l'Aïd.\n\nLire aussi : Maroc : 1 500 détenus "
               "graciés pour la fête du Trône\n\nLa mesure concerne des délits mineurs."),
        ("en", "RABAT – The king pardoned 400 prisoners on Friday to mark Eid.\n\nRead more: Morocco pardons 1,500 "
               "prisoners for Throne Day\n\nThe measure covers minor offenders."),
        ("es", "RABAT – El rey indultó el viernes a 400 presos con motivo del Aid.\n\nLea también: Marruecos indulta a "
               "1.500 presos por la Fiesta del Trono\n\nLa medida afecta a delitos menores."),
        ("ar", "الرباط – أصدر الملك يوم الجمعة عفوا عن 400 سجين بمناسبة العيد.\n\nاقرأ أيضا: العفو عن 1500 سجين بمناسبة "
               "عيد العرش\n\nويشمل العفو مرتكبي الجنح البسيطة."),
        ("fa", "تهران - رهبر انقلاب روز جمعه با عفو ۴۰۰ زندانی موافقت کرد.\n\nبیشتر بخوانید: عفو ۱۵۰۰ زندانی به مناسبت "
               "عید فطر\n\nاین عفو شامل جرایم سبک است."),
    ],
)  # fmt: skip
def test_a_link_to_another_story_gives_no_figure(language, text):
    found = figures(text, language)
    assert (400, "pardoned") in found
    assert not any(value == 1500 for value, _metric in found)


def test_a_sentence_that_reads_on_is_no_link():
    text = "The king pardoned 400 prisoners on Friday. Read more than 1,500 pages of the decree, lawyers said."
    assert (400, "pardoned") in figures(text, "en")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Some 30 prisoners escaped during the riot last week."),
        ("es", "Unos 30 presos se fugaron durante el motín de la semana pasada."),
        ("fr", "Quelque 30 détenus évadés lors de la mutinerie restent introuvables."),
    ],
)
def test_prisoners_who_escaped_are_not_the_measure_s(language, text):
    assert (30, "pardoned") not in figures(PARDON_LEAD[language] + text, language)
