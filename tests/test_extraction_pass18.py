"""Clemency reports, pass eighteen: where an official's name ends and starts, in every language."""

import datetime as dt

import pytest

from tests import extraction_readings as readings

PUBLISHED = dt.date(2024, 5, 10)

read, figures, officials = readings.in_any_language(PUBLISHED)


def roles_of(found, value):
    """The roles of the figures of one value, whatever their metric."""
    return [role for (number, _metric), (_category, role, _part_of) in found.items() if number == value]


PARDON_LEAD = {
    "en": "The president pardoned 400 prisoners on Monday to mark the national holiday. ",
    "fr": "Le président a gracié lundi 400 détenus à l'occasion de la fête nationale. ",
    "es": "El presidente indultó el lunes a 400 presos con motivo de la fiesta nacional. ",
    "ar": "أصدر الرئيس يوم الاثنين عفوا عن 400 سجين بمناسبة العيد الوطني. ",
    "fa": "رئیس‌جمهور روز دوشنبه به مناسبت عید ملی ۴۰۰ زندانی را عفو کرد. ",
}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وبدأت وزارة الداخلية تنفيذ أول قرار عفو يصدره الرئيس محمد مرسي منذ توليه السلطة.", "محمد مرسي"),
        ("وأصدر الرئيس عبد المجيد تبون بشأن المعتقلين قرارا بالعفو.", "عبد المجيد تبون"),
        ("وقد صادق عليه الرئيس مولاتو تيشومي صادق عليها البرلمان أمس.", "مولاتو تيشومي"),
        ("وجرى الإفراج بحضور الرئيس محمود عباس ورئيس المكتب السياسي للحركة.", "محمود عباس"),
        ("وقال المتحدث أحمد لعيبي لوكالة الأنباء إن العمل مستمر.", "أحمد لعيبي"),
    ],
)
def test_arabic_a_name_ends_before_a_preposition_another_office_a_body_or_a_verb(text, name):
    found = officials(PARDON_LEAD["ar"] + text, "ar")
    assert name in found
    assert not any(other.startswith(name + " ") for other in found)


def test_arabic_a_staff_rank_between_an_office_and_the_name_is_no_name():
    text = "وأعلن ذلك المتحدث باسم قوات التحالف العقيد الركن تركي المالكي."
    assert "تركي المالكي" in officials(PARDON_LEAD["ar"] + text, "ar")


def test_arabic_an_office_glued_to_and_after_a_name_opens_another_person():
    text = "وأفرج عن 457 سجينا بحضور الأمين العام أحمد أبو الغيط ومدير المخابرات عمر سليمان."
    found = officials(text, "ar")
    assert "عمر سليمان" in found
    assert not any("ومدير" in name for name in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("زلمی خلیل‌زاد که همراه آدام بولر، فرستاده ویژه رئیس‌جمهور امریکا، به کابل سفر کرد.", "آدام بولر"),
        ("خبرگزاری باختر از قول عبدالولی محمود، معاون ریاست تفتیش محاکم، گزارش داد.", "عبدالولی محمود"),
        ("وزارت دادگستری اعلام کرد شوکت میرضیایف، رئیس جمهور این کشور، فرمان عفو را امضا کرد.", "شوکت میرضیایف"),
        ("این قانون پیش‌تر با وتوی عسکر آقایف، رئیس جمهور، روبه‌رو شده بود.", "عسکر آقایف"),
    ],
)
def test_persian_a_name_before_a_comma_and_its_office_starts_after_the_noun_it_follows(text, name):
    found = officials(PARDON_LEAD["fa"] + text, "fa")
    assert name in found
    assert not any(other.endswith(" " + name) for other in found)


@pytest.mark.parametrize(
    ("language", "text", "word", "name"),
    [
        (
            "fr",
            "L'a annoncé le ministre de la Communication et des Médias, porte-parole du gouvernement, "
            "Sidi Tiémoko Touré.",
            "Médias",
            "Sidi Tiémoko Touré",
        ),
        (
            "fr",
            "A précisé le ministre de la Communication et des Relations avec le Parlement, Rémis Dandjinou.",
            "Parlement",
            "Rémis Dandjinou",
        ),
        (
            "es",
            "El decreto, firmado por el ministro de Gobierno, se ampara en el artículo 184 de la Constitución.",
            "Constitución",
            None,
        ),
    ],
)
def test_one_capitalised_word_after_an_article_or_a_link_ends_a_body_s_name(language, text, word, name):
    found = officials(PARDON_LEAD[language] + text, language)
    assert word not in found
    if name:
        assert name in found


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "es",
            "El director de la PNC, Mauricio Arriaza Chicas, defendió días atrás la medida.",
            "Mauricio Arriaza Chicas",
        ),
        ("es", "El líder del PP, Pablo Casado, acusó al Gobierno de premiar a los golpistas.", "Pablo Casado"),
        ("es", "El ministro de Justicia, Juan Pérez, ha confirmado que la lista está cerrada.", "Juan Pérez"),
        ("fr", "Le directeur de l'Administration pénitentiaire, Paul Mensah, a défendu la mesure.", "Paul Mensah"),
    ],
)
def test_a_titled_name_between_commas_speaks_with_more_verbs(language, text, name):
    assert name in officials(PARDON_LEAD[language] + text, language)


def test_french_known_as_is_no_verb_of_saying():
    text = "Parmi les graciés figure Abdelhak Layada, dit Abou Adlane, l'un des fondateurs du groupe."
    assert "Abou Adlane" not in officials(PARDON_LEAD["fr"] + text, "fr")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            '"No hubo audiencia", explicó el director ejecutivo de Foro Penal, Alfredo Romero, quien prevé demoras.',
            "Alfredo Romero",
            "director ejecutivo de Foro Penal",
        ),
        (
            "Lo había adelantado la directora para América del Norte de la Cancillería, Josefina Vidal.",
            "Josefina Vidal",
            "directora para América del Norte de la Cancillería",
        ),
    ],
)
def test_spanish_a_verb_of_saying_then_an_office_of_a_named_body_then_the_name(text, name, role):
    found = read(PARDON_LEAD["es"] + text, "es").officials
    assert [o.role for o in found if o.name == name] == [role]


@pytest.mark.parametrize(
    ("language", "text", "published", "day"),
    [
        (
            "fa",
            "آزادی سرباز آمریکایی در ازای پنج زندانی\n\nواشنگتن/دوحه – ۱۱ خرداد ۱۳۹۳ – سرویس جهان: طالبان روز شنبه "
            "۲۵ زندانی را آزاد کرد.",
            dt.date(2014, 6, 1),
            dt.date(2014, 5, 31),
        ),
        (
            "fa",
            "فعال حقوق زنان آزاد شد\n\nریاض/لندن – ۲۳ بهمن ۱۳۹۹ – دادگاه روز چهارشنبه ۳۰ زندانی را آزاد کرد.",
            dt.date(2021, 2, 11),
            dt.date(2021, 2, 10),
        ),
        (
            "ar",
            "الإمارات تفرج عن مئات السجناء\n\nأبوظبي/دبي – 28 مارس 2022 – أمر رئيس الدولة يوم السبت بالإفراج عن 540 "
            "سجينا.",
            dt.date(2022, 3, 28),
            dt.date(2022, 3, 26),
        ),
    ],
)
def test_a_dateline_with_its_date_between_dashes_leaves_the_lead_s_weekday_to_date_the_news(
    language, text, published, day
):
    assert read(text, language, published=published).announced_on == day


def test_persian_a_relative_who_wrote_is_a_commenter():
    text = "لینا الهذلول، خواهر او، تصویری از خانه منتشر کرد و نوشت که او آزاد است."
    assert officials(PARDON_LEAD["fa"] + text, "fa").get("لینا الهذلول", ("",))[0] == "commenter"


def test_persian_a_name_ends_before_its_copula():
    text = "پنج زندانی که آزاد شدند، ملا محمد فاضل و مولوی محمد نبی عمری هستند."
    assert "محمد نبی عمری هستند" not in officials(PARDON_LEAD["fa"] + text, "fa")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Cambodge : le roi gracie l'opposant Sam Rainsy\n\nPHNOM PENH, 13 juillet 2013 - Le chef de l'opposition, "
            "Sam Rainsy, exilé en France, a été gracié vendredi par le roi Norodom Sihamoni.",
        ),
        (
            "es",
            "El presidente indultó al exgeneral Juan Rivas\n\nLIMA.- El presidente indultó este lunes al exgeneral Juan "
            "Rivas, de 84 años, por razones humanitarias.",
        ),
    ],
)
def test_a_pardon_done_to_someone_needs_no_word_for_prison(language, text):
    assert read(text, language).relevant


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # A pardon named as a noun, with no prisoners.
        (
            "fr",
            "Le débat sur la grâce présidentielle relancé\n\nPARIS - Les députés ont débattu mardi du droit de grâce, "
            "que la Constitution confie au chef de l'Etat.",
        ),
        # English "pardoned" with no prisoners: also said of a Thanksgiving turkey.
        (
            "en",
            "President spares two turkeys\n\nWASHINGTON - The president spared two turkeys on Monday and declared "
            "them pardoned as guests watched. He joked that the birds had earned them clemency and declared them "
            "pardoned.",
        ),
    ],
)
def test_a_pardon_with_no_prisoners_is_not_enough(language, text):
    assert not read(text, language).relevant


def test_english_a_further_count_after_an_amnesty_and_a_cut_is_the_cut_s():
    text = (
        "Vietnam is releasing 6,685 prisoners, the official agency said on Sunday. The council had ordered the "
        "amnesty and cut the sentences of a further 5,320 prisoners."
    )
    found = figures(text, "en")
    assert (5320, "sentence_reduced") in found
    assert (5320, "pardoned") not in found


def test_english_a_series_of_acts_on_one_group_still_names_the_pardon():
    assert (5320, "pardoned") in figures("The king pardoned or reduced the sentences of 5,320 prisoners.", "en")


def test_english_officials_and_ministers_of_a_fallen_government_are_counted_in_a_breakdown():
    text = (
        "Vietnam is releasing 6,685 prisoners, the official agency said on Sunday. Among those amnestied were 480 "
        "military and civilian personnel of the former regime. The agency gave this breakdown:\n\n- two ministers;\n"
        "- 18 senior administrative officials;\n- nine officers of general rank."
    )
    found = figures(text, "en")
    assert found[(480, "pardoned")][0:1] in ((None,), ("political",))
    assert {(2, "pardoned"), (18, "pardoned"), (9, "pardoned")} <= set(found)
    assert [found[(v, "pardoned")][1:] for v in (2, 18, 9)] == [("part", 480)] * 3


@pytest.mark.parametrize(
    "text",
    [
        "Two lawyers said the president pardoned 400 prisoners on Monday.",
        "Two officials told Reuters the president pardoned 400 prisoners on Monday.",
        "Three senior ministers announced that the president pardoned 400 prisoners on Monday.",
    ],
)
def test_english_a_count_of_people_who_tell_the_news_is_no_figure(text):
    assert set(figures(text, "en")) == {(400, "pardoned")}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Más de sesenta presos políticos abandonaron ayer sábado la Penitenciaría Central.", (60, "released")),
        ("Más de sesenta presos políticos salieron ayer sábado de la Penitenciaría Central.", (60, "released")),
        (
            "La medida alcanza a 2.000 reclusos, en un sistema que encierra a unas 680.000 personas.",
            (680000, "prison_population"),
        ),
        ("Fueron 193 las personas excarceladas al amparo de la amnistía.", (193, "pardoned")),
        ("Los diplomáticos calculaban que serían unos 500 los beneficiados.", (500, "pardoned")),
    ],
)
def test_spanish_leaving_a_penitentiary_a_system_that_locks_up_and_a_copula_before_the_count(text, figure):
    found = figures("El Gobierno aprobó el lunes una amnistía para 400 presos. " + text, "es")
    assert figure in found
    assert (figure[0], "detained") not in found


def test_spanish_a_copula_before_a_count_of_people_still_held_names_no_measure():
    found = figures(
        "El Gobierno aprobó el lunes una amnistía para 400 presos. Son 500 los presos que siguen detenidos.", "es"
    )
    assert (500, "pardoned") not in found


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_middle_initial_before_a_particle_goes_on_with_the_name(language):
    text = {
        "en": "President Frederik W. de Klerk said on Monday that the eight would be freed.",
        "es": "Así lo anunció ayer el presidente surafricano, Frederik W. de Klerk, en una rueda de prensa.",
    }[language]
    assert "Frederik W. de Klerk" in officials(PARDON_LEAD[language] + text, language)


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "es",
            "El Gobierno decidió excarcelar a cuatro dirigentes comunistas, entre ellos el antiguo jefe del Nuevo "
            "Ejército del Pueblo, Bernabé Buscayno.",
            "Bernabé Buscayno",
        ),
        (
            "fr",
            "Le gouvernement a décidé de libérer quatre dirigeants, parmi eux le chef de la rébellion, Jean Mbarga.",
            "Jean Mbarga",
        ),
    ],
)
def test_french_and_spanish_a_name_in_the_list_of_those_let_out_is_no_official(language, text, name):
    assert name not in officials(text, language)


def test_spanish_a_clause_after_the_list_of_those_let_out_ends_it():
    text = (
        "Las autoridades excarcelaron el viernes a 39 presos, entre ellos el exalcalde Daniel Ceballos, en un gesto "
        "que el Gobierno presentó como parte del diálogo que el presidente Nicolás Maduro dice buscar."
    )
    found = officials(text, "es")
    assert "Nicolás Maduro" in found
    assert "Daniel Ceballos" not in found


def test_french_plural_of_a_demonym_listed_in_the_singular_counts_foreigners():
    text = (
        "Au Vietnam, le président a gracié lundi 400 détenus, dont 21 étrangers : cinq Cambodgiens, quatre "
        "Américains, trois Malaisiens, deux Chinois."
    )
    found = figures(text, "fr")
    assert found[(3, "pardoned")][:2] == ("foreign_nationals", "part")


def test_spanish_plural_of_a_demonym_counts_people():
    found = figures("El presidente indultó el lunes a 400 presos, entre ellos tres malasios.", "es")
    assert (3, "pardoned") in found


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        (
            "fr",
            "Le président a gracié lundi 10 428 détenus. En deux ans, près de 35 300 détenus sont sortis de prison "
            "grâce à des amnisties, a-t-il dit.",
            35300,
        ),
        (
            "es",
            "El presidente indultó el lunes a 10.428 presos. En dos años, cerca de 35.300 presos salieron de prisión "
            "gracias a amnistías.",
            35300,
        ),
        (
            "en",
            "The president pardoned 10,428 prisoners on Monday. Over the past two years, nearly 35,300 prisoners "
            "have been freed under amnesties.",
            35300,
        ),
    ],
)
def test_a_count_over_a_span_of_years_belongs_to_earlier_measures(language, text, value):
    found = figures(text, language)
    assert roles_of(found, value) == ["other_event"]
    assert roles_of(found, 10428) == ["total"]


def test_french_a_commutation_to_a_term_of_years_is_no_span_of_years():
    text = (
        "Le président a gracié 818 détenus. Les bénéficiaires se répartissent comme suit :\n"
        "- 786 détenus obtiennent une remise totale de leur peine ;\n"
        "- 6 condamnés à perpétuité bénéficient d'une commutation en 20 ans de réclusion criminelle."
    )
    found = figures(text, "fr")
    assert roles_of(found, 6) != ["other_event"]


def test_an_age_over_a_number_of_years_is_no_span_of_years():
    text = (
        "The president pardoned 800 prisoners on Wednesday. Seventeen of those pardoned are foreign citizens, 63 are "
        "women and 26 are over 60 years old."
    )
    found = figures(text, "en")
    assert roles_of(found, 26) == ["part"]


def test_persian_prisoners_who_remain_are_held_and_the_remaining_is_not_the_count_before():
    text = (
        "رئیس‌جمهور روز دوشنبه پنج زندانی را آزاد کرد. با خروج این پنج نفر، اکنون ۱۴۹ زندانی در گوانتانامو "
        "باقی مانده‌اند."
    )
    found = figures(text, "fa")
    assert (149, "detained") in found
    assert (149, "released") not in found
    assert (5, "detained") not in found


def test_persian_a_military_rank_and_its_grade_are_no_part_of_the_name():
    text = "به گفته سرهنگ دوم بری جانسون، سخنگوی نظامی آمریکا در عراق، ۶۲۴ زندانی آزاد شدند."
    found = officials(text, "fa")
    assert "بری جانسون" in found
    assert not any("سرهنگ" in name for name in found)


@pytest.mark.parametrize(
    ("text", "name", "wrong"),
    [
        (
            "وأمر الشيخ سعود بن صقر القاسمي حاكم رأس الخيمة بالإفراج عن 345 نزيلا.",
            "سعود بن صقر القاسمي",
            "رأس الخيمة",
        ),
        ("ففي عام 2019 أمر رئيس الدولة قبيل الشهر الكريم بالإفراج عن 3005 نزلاء.", None, "قبيل الشهر"),
        ("ولم يحدد الوزير طبيعة القضايا التي أوقف المفرج عنهم على ذمتها.", None, "طبيعة القضايا"),
        ("وجرى ذلك بالتعاون مع مكتب النائب العام وجهاز الردع لمكافحة الإرهاب.", None, "وجهاز الردع"),
    ],
)
def test_arabic_places_times_bodies_and_objects_after_a_title_are_no_names(text, name, wrong):
    found = officials(PARDON_LEAD["ar"] + text, "ar")
    assert wrong not in found
    if name:
        assert name in found


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (
            "Togo : 1 511 détenus graciés\n\nLOMÉ, 1er janvier 2026 - Les portes des prisons ont commencé à s'ouvrir "
            "mercredi pour les bénéficiaires de la grâce accordée à 1 511 condamnés, adoptée la veille en Conseil des "
            "ministres.",
            dt.date(2026, 1, 1),
            dt.date(2025, 12, 30),
        ),
        (
            "Cameroun : 42 détenus libérés\n\nYAOUNDÉ, 31 août 2017 - Quarante-deux détenus ont recouvré la liberté "
            "jeudi à Yaoundé. La veille, un communiqué signé du ministre avait annoncé l'arrêt des poursuites.",
            dt.date(2017, 8, 31),
            dt.date(2017, 8, 30),
        ),
        (
            "Le président gracie 500 détenus\n\nDAKAR, 3 juillet 2025 - Cinq cents détenus ont quitté jeudi la prison "
            "après le décret signé à la veille de la fête de l'indépendance.",
            dt.date(2025, 7, 3),
            dt.date(2025, 7, 3),
        ),
    ],
)
def test_french_a_release_decided_the_day_before_is_dated_by_the_decision(text, published, day):
    assert read(text, "fr", published=published).announced_on == day


@pytest.mark.parametrize(
    ("language", "text", "country"),
    [
        (
            "es",
            "La Ley de Amnistía cumple 44 años\n\nHace hoy 44 años, el Rey Juan Carlos I sancionó la Ley de Amnistía, "
            "que sacó de prisión a 89 presos.",
            "ES",
        ),
        (
            "es",
            "Consejo de Gobierno concede nueve indultos\n\nEl Consejo de Gobierno, bajo la dirección de la presidenta "
            "Laura Chinchilla, concedió la semana pasada nueve indultos a presos.",
            "CR",
        ),
    ],
)
def test_a_head_of_state_of_earlier_decades_names_the_state(language, text, country):
    assert read(text, language).country == country


def test_a_head_of_state_of_earlier_decades_named_in_passing_is_no_official():
    text = (
        "El presidente indultó el lunes a 400 presos. La medida recuerda la amnistía que el general Augusto "
        "Pinochet decretó en 1978."
    )
    assert "Augusto Pinochet" not in officials(text, "es")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Valladares llega a París tras 22 años en las cárceles de Castro\n\nPARÍS.- El poeta Armando Valladares "
            "llegó ayer a París como un hombre libre, después de veintidós años de prisión.",
        ),
        (
            "es",
            "La expresidenta sale de la cárcel\n\nLA PAZ.- La expresidenta Jeanine Áñez abandonó este jueves el penal "
            "femenino de Miraflores, donde había pasado casi cinco años.",
        ),
    ],
)
def test_spanish_one_person_leaving_prison_a_free_man_is_a_release_story(language, text):
    assert read(text, language).relevant


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("El Gobierno anunció el lunes la salida de 287 presos de la cárcel de Mariona.", (287, "released")),
        (
            "El Gobierno aprobó el lunes una amnistía para 400 presos. De ellos, 688 salieron a la calle.",
            (688, "released"),
        ),
        (
            "Quedan unos 500 presos políticos cuya liberación había ordenado el presidente el lunes.",
            (500, "released"),
        ),
        ("El Gobierno aprobó el lunes que unos 300 presos reciban permisos de salida.", (300, "temporarily_released")),
    ],
)
def test_spanish_the_leaving_of_prisoners_walking_free_and_a_release_in_a_relative_clause(text, figure):
    found = figures(text, "es")
    assert figure in found
    assert (figure[0], "detained") not in found


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("ويشمل العفو لفائدة: شخص واحد من سجن العاصمة.", 1, None),
        ("ويتوزع المستفيدون: العفو من الغرامة لفائدة شخصين اثنين.", 2, None),
        ("ومن بين المفرج عنهم امرأة واحدة.", 1, "women"),
        ("ومن بين المستفيدين نزيلان اثنان من سجن العاصمة.", 2, None),
    ],
)
def test_arabic_one_and_two_told_after_the_noun_of_people(text, value, category):
    found = figures("أصدر الملك عفوا عن 400 سجين. " + text, "ar")
    assert (400, "pardoned") in found
    assert [c for (v, _m), (c, _r, _p) in found.items() if v == value] == [category]


def test_arabic_one_after_a_noun_of_time_is_no_count():
    found = figures("أصدر الملك عفوا عن 400 سجين في وقت واحد.", "ar")
    assert set(found) == {(400, "pardoned")}


def test_indian_grouping_by_lakhs_reads_the_whole_number():
    found = figures(
        "The president pardoned 400 prisoners on Monday. India's jails held 5,54,034 prisoners at the end of 2021.",
        "en",
    )
    assert (554034, "prison_population") in found
    assert not any(value in (5, 54, 34) for value, _metric in found)


@pytest.mark.parametrize(
    ("text", "nine"),
    [
        ("رئیس‌جمهور روز دوشنبه ۴۰۰ زندانی را عفو کرد که نُه نفر از آنان زن هستند.", True),
        ("رئیس‌جمهور روز دوشنبه ۴۰۰ زندانی را عفو کرد که نه تن از آنان زن هستند.", True),
        ("رئیس‌جمهور روز دوشنبه ۴۰۰ زندانی را عفو کرد. این نه زندانی بود و نه آزاد.", False),
    ],
)
def test_persian_nine_before_a_noun_of_people_is_a_count_and_no_alone_is_not(text, nine):
    found = figures(text, "fa")
    assert ((9, "pardoned") in found) is nine
