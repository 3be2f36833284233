"""Clemency reports, pass twenty: units that swallowed people, swaps counted from both sides, and the
constructions of a new round."""

import datetime as dt

import pytest

from tests import extraction_readings as readings

PUBLISHED = dt.date(2024, 5, 10)

read, figures, officials = readings.in_any_language(PUBLISHED)

FA_LEAD = "آزادی زندانیان\n\nسخنگوی قوه قضاییه روز جمعه گفت "


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (FA_LEAD + "۱۵ ماهیگیر آزاد شدند.", 15),  # "ماه", a month, opens "ماهیگیر", fishermen
        (FA_LEAD + "۱۲ روزنامه‌نگار آزاد شدند.", 12),  # "روز", a day, opens "روزنامه‌نگار", journalists
        (FA_LEAD + "۹ سالمند آزاد شدند.", 9),  # "سال", a year, opens "سالمند", the elderly
    ],
)
def test_persian_people_whose_noun_opens_with_a_unit_of_time_are_counted(text, value):
    assert (value, "released") in figures(text, "fa")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (FA_LEAD + "۲۰۰ زندانی پس از ۱۵ سال حبس آزاد شدند.", 15),
        (FA_LEAD + "۲۰۰ زندانی پس از ۱۵ ماه‌ها آزاد شدند.", 15),
        (FA_LEAD + "۲۰۰ زندانی ۱۵ ساله آزاد شدند.", 15),
    ],
)
def test_persian_units_of_time_and_ages_are_still_no_count(text, absent):
    found = figures(text, "fa")
    assert (200, "released") in found
    assert not any(value == absent for value, _metric in found)


def test_the_elderly_counted_in_persian_are_elderly():
    assert figures(FA_LEAD + "۹ سالمند آزاد شدند.", "fa")[(9, "released")][0] == "elderly"


@pytest.mark.parametrize(
    ("text", "language", "value", "metric"),
    [
        (
            "Indonesia cuts sentences for Independence Day\n\nThe justice ministry said on Thursday it had granted "
            "sentence cuts to 175,510 inmates to mark the holiday.",
            "en",
            175510,
            "sentence_reduced",
        ),
        (
            "California frees inmates early\n\nThe state will free about 8,000 prisoners early, and around 108,000 "
            "inmates will be eligible for a one-time credit of 12 weeks, officials said on Friday.",
            "en",
            108000,
            "sentence_reduced",
        ),
        (
            "Bielorrusia aprueba una amnistía\n\nEl presidente firmó el martes una ley de amnistía. Según el texto, a "
            "800 personas se les perdonará el resto de sus condenas condicionales.",
            "es",
            800,
            "pardoned",
        ),
        (
            "Bielorrusia aprueba una amnistía\n\nEl presidente firmó el martes una ley de amnistía. A 260 reos se les "
            "sustituirá la pena de prisión por una restricción de libertad.",
            "es",
            260,
            "sentence_reduced",
        ),
        (
            "Bielorrusia aprueba una amnistía\n\nEl presidente firmó el martes una ley de amnistía para 7.850 "
            "condenados. Desde julio, al menos diez presos políticos han quedado libres.",
            "es",
            10,
            "released",
        ),
        (
            "Marruecos indulta a 958 personas\n\nEl rey indultó el lunes a 958 personas. Otros 115 internos lograron "
            "la libertad por otras vías.",
            "es",
            115,
            "released",
        ),
        (
            "México suma liberaciones\n\nEl programa suma ya 4 mil 461 preliberaciones desde que comenzó.",
            "es",
            4461,
            "released",
        ),
        (
            "L'Ouzbékistan gracie 523 condamnés\n\nLe président a signé mercredi un décret de grâce au profit de 523 "
            "condamnés. Parmi eux, 94 détenus voient leur durée d'emprisonnement réduite.",
            "fr",
            94,
            "sentence_reduced",
        ),
        (
            "L'Ouzbékistan gracie 523 condamnés\n\nLe président a signé mercredi un décret de grâce au profit de 523 "
            "condamnés. Pour 87 autres, la peine est remplacée par une sanction plus légère.",
            "fr",
            87,
            "sentence_reduced",
        ),
        (
            "Échange de prisonniers\n\nLa Russie et l'Ukraine ont échangé samedi des prisonniers. « 277 de nos "
            "combattants sont rentrés chez eux », a déclaré le président.",
            "fr",
            277,
            "released",
        ),
        (
            "Egipto indulta a 1.557 presos\n\nEl presidente indultó el viernes a 1.557 presos. A fines de mes quedaron "
            "libres otros 50 detenidos en prisión preventiva.",
            "es",
            50,
            "released",
        ),
        (
            "Indonesia rebaja penas por Navidad\n\nYAKARTA - El Gobierno concedió el sábado una remisión especial de "
            "condena a 12.641 reclusos cristianos.",
            "es",
            12641,
            "sentence_reduced",
        ),
        (
            "Indonesia rebaja penas por Navidad\n\nYAKARTA - El Gobierno concedió el sábado rebajas de pena por "
            "Navidad. Unos 2.296 reclusos obtuvieron 15 días de rebaja.",
            "es",
            2296,
            "sentence_reduced",
        ),
        (
            "Échange de prisonniers\n\nKIEV - L'Ukraine et la Russie ont procédé jeudi à un échange. Cent "
            "quatre-vingt-cinq militaires russes ont été rapatriés.",
            "fr",
            185,
            "released",
        ),
        (
            "Échange de prisonniers\n\nKIEV - L'Ukraine et la Russie ont procédé jeudi à un échange de prisonniers. "
            "Depuis 2022, plus de 7 000 Ukrainiens ont pu rentrer au pays.",
            "fr",
            7000,
            "released",
        ),
        (
            "الإفراج عن 183 أسيرا\n\nأفرجت السلطات الإسرائيلية يوم السبت عن 183 أسيرا فلسطينيا، منهم 150 أسيرا أعيدوا "
            "إلى قطاع غزة.",
            "ar",
            150,
            "released",
        ),
        (
            "تبادل تازه اسیران\n\nاوکراین و روسیه روز پنجشنبه اسیران جنگی را مبادله کردند. زلنسکی نوشت که ۱۸۵ نظامی "
            "و ۲۰ غیرنظامی به کشور بازگشته‌اند.",
            "fa",
            185,
            "released",
        ),
        (
            "Thailand royal pardon\n\nBANGKOK - The corrections department said on Sunday that about 32,000 inmates "
            "will be freed, while 138,175 inmates will benefit from reduced prison terms.",
            "en",
            138175,
            "sentence_reduced",
        ),
    ],
)
def test_the_acts_of_a_new_round_name_their_metric(text, language, value, metric):
    assert (value, metric) in figures(text, language)


def test_a_remission_then_going_home_keeps_the_act_told_first():
    text = (
        "Le président gracie 23 prisonniers\n\nLe chef de l'État a signé mardi un décret de grâce. Au total, 23 "
        "prisonniers ont obtenu une rémission et sont rentrés chez eux."
    )
    assert (23, "released") not in figures(text, "fr")


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        (
            "Bielorrusia aprueba una amnistía\n\nEl presidente firmó el martes una ley de amnistía para 7.850 condenados. Desde 2020 la "
            "policía ha detenido a más de 3.500 personas.",
            "es",
            3500,
        ),
        (
            "L'Algérie gracie 11 896 détenus\n\nLe président a signé dimanche des décrets de grâce au profit de 11 896 "
            "détenus. L'an dernier, 64 candidats avaient été incarcérés pour triche.",
            "fr",
            64,
        ),
    ],
)
def test_arrests_of_a_new_round_are_people_held(text, language, value):
    assert found_metric(text, language, value) == "detained"


def found_metric(text, language, value):
    return next((metric for found, metric in figures(text, language) if found == value), None)


def test_the_dead_in_the_spanish_perfect_are_no_count():
    text = (
        "Bielorrusia aprueba una amnistía\n\nEl presidente firmó el martes una ley de amnistía para 7.850 condenados. "
        "Al menos seis han muerto tras las rejas."
    )
    assert found_metric(text, "es", 6) is None


@pytest.mark.parametrize(
    "text",
    [
        "Prisoners freed in Indonesia\n\nOfficials said on Thursday that 2,606 inmates were freed, with 270,207 "
        "people behind bars across Indonesia.",
        "Prisoners freed in Indonesia\n\nOfficials said on Thursday that 2,606 inmates were freed, with 270,207 "
        "people behind bars nationwide.",
    ],
)
def test_people_behind_bars_across_the_country_are_its_prison_population(text):
    assert found_metric(text, "en", 270207) == "prison_population"


SWAP_EN = "Russia and Ukraine swap prisoners\n\nKYIV - Russia and Ukraine exchanged prisoners on Saturday. "


def test_english_a_swaps_sides_handed_back_are_released():
    found = figures(
        SWAP_EN + "Moscow also returned 31 seriously wounded Ukrainian soldiers, while Kyiv handed back 15 injured "
        "Russian servicemen.",
        "en",
    )
    assert (31, "released") in found and (15, "released") in found
    assert found[(31, "released")][0] == "sick"


def test_equal_counts_of_two_nations_are_a_swaps_two_sides():
    text = (
        "Ukraine and Russia swap prisoners\n\nKYIV, August 24 - Ukraine and Russia exchanged prisoners of war on "
        "Saturday, with 115 Ukrainian servicemen returning home.\n\nThe Russian Defence Ministry said Kyiv had "
        "handed back 115 Russian soldiers in return."
    )
    released = [f for f in read(text, "en").figures if f.metric == "released" and f.value == 115]
    assert len(released) == 2


def test_a_count_told_twice_of_one_nation_is_still_one():
    text = (
        "Ukraine brings home soldiers\n\nKYIV, August 24 - Ukraine brought home 115 Ukrainian servicemen on "
        "Saturday in a swap.\n\nThe 115 Ukrainian servicemen were taken to hospitals."
    )
    released = [f for f in read(text, "en").figures if f.metric == "released" and f.value == 115]
    assert len(released) == 1


AR_SWAP = "تبادل للأسرى بين روسيا وأوكرانيا\n\nأعلنت وزارة الدفاع الروسية يوم الجمعة أن "


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("روسيا وأوكرانيا تتبادلان 190 أسير حرب بوساطة إماراتية.", 190),
        ("روسيا وأوكرانيا تبادلتا 190 أسير حرب بوساطة إماراتية.", 190),
        ("الطرفين تبادلا 190 أسيرا.", 190),
        ("روسيا تبادلت 190 أسيرا. وأعيد 95 عسكريا روسيا من الأراضي الخاضعة لسيطرة كييف.", 95),
        ("روسيا تبادلت 190 أسيرا. وجرى تسليم 95 أسير حرب من القوات المسلحة الأوكرانية.", 95),
    ],
)
def test_arabic_a_swaps_verbs_count_the_released(sentence, value):
    assert (value, "released") in figures(AR_SWAP + sentence, "ar")


def test_arabic_the_armed_forces_are_no_armed_group():
    found = figures(AR_SWAP + "روسيا تبادلت 190 أسيرا. وجرى تسليم 95 أسير حرب من القوات المسلحة الأوكرانية.", "ar")
    assert found[(95, "released")][0] != "security"


def test_arabic_their_number_takes_the_category_of_those_counted_before():
    text = (
        "مصر تفرج عن 460 سجينا\n\nأفرجت السلطات المصرية يوم الخميس عن 460 سجينا بعفو رئاسي. ولا تعلن السلطات عدد "
        "السجناء السياسيين منذ صيف 2013، وتقول جماعة الإخوان المسلمين إن عددهم يبلغ 40 ألفا."
    )
    assert figures(text, "ar")[(40000, "detained")][:2] == ("political", "context")


def test_arabic_people_of_other_nationalities_are_counted():
    text = "عفو عن 174 نزيلا\n\nأصدر السلطان عفوا عن 174 نزيلا، منهم 78 من جنسيات مختلفة."
    assert figures(text, "ar")[(78, "pardoned")][1:] == ("part", 174)


@pytest.mark.parametrize(
    ("text", "language", "title"),
    [
        ("Marruecos indulta a 958 presos\n\nEl rey indultó a 958 presos con motivo del Aid el Fitr.", "es", ""),
        ("Aïd El Adha : le président gracie 11 896 détenus\n\nLe président a gracié 11 896 détenus.", "fr", ""),
        (
            "Perú libera a 1.355 internos\n\nEl ministro de Justicia y Derechos Humanos, Fernando Castañeda, informó "
            "que 1.355 internos fueron liberados.",
            "es",
            "",
        ),
        (
            "Malawi pardons 35 prisoners\n\nPresident Lazarus Chakwera has pardoned 35 prisoners, the Ministry of "
            "Homeland Security announced on Saturday.",
            "en",
            "",
        ),
    ],
)
def test_feasts_and_ministries_are_no_officials(text, language, title):
    names = officials(text, language)
    assert not any(word in name for name in names for word in ("Fitr", "Adha", "Derechos", "Homeland"))


def test_an_office_of_prosecutions_is_no_part_of_the_name():
    text = (
        "Court orders releases\n\nDeputy Director of Public Prosecutions George Busby told the court on Friday that "
        "121 inmates had been freed."
    )
    assert "George Busby" in officials(text, "en")


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        (
            "عفو ملكي عن 300 سجين\n\nأصدر الملك محمد السادس عفوا عن 300 سجين بمناسبة عيد المولد. ودأب العاهل على "
            "إصدار عفوه في عيد العرش وذكرى ثورة الملك والشعب وعيد الشباب.",
            "ar",
            "عيد",
        ),
        (
            "عفو رئاسي عن 72 سجينا\n\nأصدر الرئيس محمد ولد عبد العزيز عفوا عن 72 سجينا، وجاء البيان متزامنا مع خطاب "
            "وجهه رئيس الجمهورية إلى الأمة بمناسبة حلول شهر شوال.",
            "ar",
            "بمناسبة",
        ),
    ],
)
def test_arabic_feasts_after_a_title_are_no_officials(text, language, word):
    assert not any(word in name for name in officials(text, language))


@pytest.mark.parametrize(
    "title",
    [
        "Nearly 1,900 inmates on the run after attack on Freetown prison",
        "Prison breakout: 118 inmates escape after storm",
    ],
)
def test_a_prison_break_is_no_release_story(title):
    text = (
        f"{title}\n\nFREETOWN - Some 1,890 inmates fled the main prison when gunmen stormed it on Sunday, officials "
        "said. The prison, built for 324 inmates, was holding around 2,000 people."
    )
    assert not read(text, "en").relevant


def test_english_the_pardoned_held_in_prisons_are_parts_of_the_pardon():
    text = (
        "Ethiopia pardons 746\n\nADDIS ABABA, Feb 9 - Ethiopia's attorney general on Thursday pardoned 417 convicted "
        "prisoners. 298 of them are held in federal prisons."
    )
    assert figures(text, "en")[(298, "pardoned")][1:] == ("part", 417)


@pytest.mark.parametrize(
    ("text", "language", "published", "day"),
    [
        (
            "Cuba has freed all 53 political prisoners\n\nWASHINGTON/HAVANA, Jan 13 (Newsline) - Cuba has completed "
            "the release of the 53 political prisoners it agreed to free, the administration said on Monday.",
            "en",
            dt.date(2015, 1, 13),
            dt.date(2015, 1, 12),
        ),
        (
            "Disidencia libera a cinco secuestrados\n\nCúcuta (Colombia), 15 sep (Agencia Andina).- Una disidencia "
            "dejó en libertad a cinco personas que mantenía secuestradas, informó el miércoles la Cruz Roja.",
            "es",
            dt.date(2022, 9, 15),
            dt.date(2022, 9, 14),
        ),
        (
            "Vietnam amnistía a 4.384 presos\n\nHANÓI, 30 nov – Vietnam concedió una amnistía a 4.384 reclusos, que "
            "comenzarán a salir de las cárceles este jueves, anunció este miércoles en rueda de prensa el vicepresidente.",
            "es",
            dt.date(2016, 11, 30),
            dt.date(2016, 11, 30),
        ),
        (
            "مالاوی ۴۹۹ زندانی را عفو کرد\n\nلیلانگوه – خبرگزاری نیم‌روز، شنبه ۲۵ مرداد ۱۳۹۹: رئیس‌جمهور مالاوی روز "
            "جمعه ۴۹۹ زندانی را مورد عفو قرار داد.",
            "fa",
            dt.date(2020, 8, 15),
            dt.date(2020, 8, 14),
        ),
    ],
)
def test_the_announcement_day_counts_from_the_dateline_and_the_tense(text, language, published, day):
    assert read(text, language, published=published).announced_on == day


def test_a_persian_dateline_with_its_weekday_is_read():
    text = (
        "ونزوئلا شش آمریکایی را آزاد کرد\n\nکاراکاس - رادیو فردا، شنبه ۱۳ بهمن ۱۴۰۳ - دولت ونزوئلا شش شهروند "
        "آمریکایی را آزاد کرد."
    )
    result = read(text, "fa", published=dt.date(2025, 2, 1))
    assert result.announced_on == dt.date(2025, 2, 1)
    assert "dateline" in result.notes[2]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "عفو ملكي عن 881 شخصا\n\nالرباط – أصدر الملك عفوه على 881 شخصا بمناسبة الذكرى التي تحل غدا الأربعاء، "
            "وفق بلاغ لوزارة العدل.",
            "ar",
        ),
        (
            "Le roi gracie 881 détenus\n\nRABAT – Le roi a gracié 881 détenus à l'occasion de la fête qui sera "
            "célébrée demain mercredi, selon un communiqué.",
            "fr",
        ),
    ],
)
def test_a_weekday_after_tomorrow_is_no_day_of_the_week_before(text, language):
    # Published on a Tuesday: "tomorrow, Wednesday" is still to come, never the Wednesday six days before.
    assert read(text, language, published=dt.date(2025, 8, 19)).announced_on == dt.date(2025, 8, 19)


def test_the_persian_protest_slogan_frees_no_one():
    text = (
        "گزارش اعدام‌ها در ایران\n\nبر پایه این گزارش، دست‌کم ۸۳۴ نفر در سال ۲۰۲۳ اعدام شدند و هشت نفر هم در ارتباط با "
        "اعتراض‌های سراسری «زن، زندگی، آزادی» اعدام شدند."
    )
    result = read(text, "fa")
    assert not result.relevant and not result.figures


def test_the_persian_slogan_leaves_quotes_as_written():
    text = (
        "آزادی ۱۲۰ زندانی\n\nسخنگوی قوه قضاییه روز شنبه گفت ۱۲۰ زندانی از بازداشت‌شدگان اعتراض‌های «زن، زندگی، "
        "آزادی» آزاد شدند."
    )
    result = read(text, "fa")
    assert [(f.value, f.metric) for f in result.figures] == [(120, "released")]
    assert all(text[f.start : f.end] == f.quote for f in result.figures)


@pytest.mark.parametrize(
    ("text", "language", "published", "value"),
    [
        (
            "Turkmenistán indulta a 736 presos\n\nASJABAD - El presidente indultó el jueves a 736 presos.\n\nEn abril, "
            "con motivo de la Noche del Poder, el presidente indultó a 356 reclusos.",
            "es",
            dt.date(2024, 9, 20),
            356,
        ),
        (
            "UAE pardons 2,269 prisoners\n\nABU DHABI - The President pardoned 2,269 prisoners on Wednesday ahead of "
            "National Day.\n\nAhead of Eid Al Adha in June, the President ordered the release of 1,138 prisoners, "
            "while the rulers together freed 2,974 inmates on that occasion.",
            "en",
            dt.date(2024, 11, 27),
            2974,
        ),
    ],
)
def test_a_month_opening_the_sentence_dates_all_its_counts(text, language, published, value):
    found = {f.value: f.role for f in read(text, language, published=published).figures}
    assert found[value] == "other_event"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Jamaïque : pas de libération massive de détenus\n\nKINGSTON, 14 mars – Le gouvernement n'a pas "
            "l'intention de faire sortir de prison les détenus en raison de l'épidémie, a déclaré le ministre.",
            "fr",
        ),
        (
            "El Gobierno descarta indultos por la pandemia\n\nKINGSTON, 14 mar – El ministro descarta indultos a los "
            "presos por la epidemia y no tiene intención de liberar a ningún recluso.",
            "es",
        ),
        (
            "شورش در زندان خجند\n\nرادیو آزادی روز سه‌شنبه به نقل از منابعی گزارش داد که دست‌کم ۵۰ زندانی در شورش "
            "زندان خجند کشته شدند.",
            "fa",
        ),
        (
            "Georgian court jails journalist for two years after reducing charge\n\nTBILISI, Aug 7 - A court sentenced "
            "the journalist to two years in prison on Wednesday after prosecutors reduced the charge against her.",
            "en",
        ),
    ],
)
def test_no_release_story(text, language):
    assert not read(text, language).relevant


@pytest.mark.parametrize(
    ("text", "language", "value", "metric"),
    [
        pytest.param(
            "Prisoners freed in Indonesia\n\nOfficials said on Thursday that 2,606 inmates were freed. Another 40 people remain behind bars in Cipinang.",
            "en",
            40,
            "detained",
            id="people behind bars in one prison are still held",
        ),
        pytest.param(
            "El primer censo penitenciario cuenta 31.321 presos en Ecuador\n\nQUITO, 11 jul – Ecuador tiene 31.321 "
            "personas privadas de libertad, según el primer censo penitenciario. En 2021 las cárceles ecuatorianas "
            "albergaban a 38.693 personas.",
            "es",
            31321,
            "prison_population",
            id="a census's headline count told again is the population",
        ),
        pytest.param(
            "Le Sénégal gracie 1 466 détenus\n\nDAKAR - Le président a accordé vendredi sa grâce à 1 466 détenus. Le "
            "Sénégal compte plus de 11 000 détenus.",
            "fr",
            11000,
            "prison_population",
            id="a country counting its prisoners in French is the population",
        ),
        pytest.param(
            "Ethiopia pardons 746\n\nADDIS ABABA, Feb 9 - Ethiopia's attorney general on Thursday pardoned 417 convicted "
            "prisoners. Another 2,000 prisoners remain behind bars. 298 of them are held in federal prisons.",
            "en",
            298,
            "detained",
            id='"of them held" after a count of the held stays held',
        ),
        pytest.param(
            "عفو ملكي عن 881 شخصا\n\nالرباط – أصدر الملك محمد السادس عفوه على 881 شخصا، منهم معتقلون وآخرون في حالة "
            "سراح، وفق بلاغ لوزارة العدل صدر اليوم الثلاثاء.\n\nوأوضح البلاغ أن المستفيدين الموجودين رهن الاعتقال يبلغ "
            "عددهم 676 نزيلا.",
            "ar",
            676,
            "pardoned",
            id='Moroccan beneficiaries "رهن الاعتقال" are the pardon\'s group',
        ),
        pytest.param(
            "ستره محکمه: ۲۴۶۳ زندانی رها شدند\n\nکابل - ستره محکمه روز شنبه اعلام کرد ۲ هزار و ۴۶۳ زندانی رها شدند و "
            "حبس ۳ هزار و ۱۵۲ زندانی دیگر کاهش یافت.\n\nاکنون بیش از ۲۰ هزار نفر در زندان‌های افغانستان به سر می‌برند. "
            "در میان آنان حدود یک هزار زن هستند.",
            "fa",
            1000,
            "detained",
            id='Persian "در میان آنان" after a count of the held are held',
        ),
    ],
)
def test_a_count_reads_under_its_metric(text, language, value, metric):
    assert found_metric(text, language, value) == metric


@pytest.mark.parametrize(
    ("text", "language", "value", "metric"),
    [
        pytest.param(
            SWAP_EN + "Police returned 12 escaped prisoners to prison on Sunday.",
            "en",
            12,
            "released",
            id="prisoners returned to prison are no release",
        ),
        pytest.param(
            "الإفراج عن 183 أسيرا\n\nأفرجت السلطات يوم السبت عن 183 أسيرا فلسطينيا. وقال نادي الأسير إن 20 أسيرا أعيدوا "
            "إلى السجن بعد اعتقالهم مجددا.",
            "ar",
            20,
            "released",
            id="Arabic captives sent back to prison are no release",
        ),
        pytest.param(
            "عفو ۱۲۰۰ زندانی\n\nرئیس قوه قضاییه روز شنبه گفت با عفو رهبری ۱۲۰۰ زندانی عفو شدند و ۳۲۵ زن در میان "
            "آزادشدگان هستند.",
            "fa",
            325,
            "released",
            id='Persian "در میان آزادشدگان" keeps the measure of the group',
        ),
        pytest.param(
            "آزادی ۳۹ زندانی فلسطینی\n\nاسرائیل روز جمعه ۳۹ زندانی فلسطینی را آزاد کرد. به گفته سخنگو، آزادشدگان شش "
            "زن و ۳۳ نوجوان هستند که بیشترشان در کودکی بازداشت شده بودند.",
            "fa",
            33,
            "detained",
            id="a Persian relative clause of past detention says who they were",
        ),
    ],
)
def test_a_count_is_not_read_under_another_metric(text, language, value, metric):
    assert found_metric(text, language, value) != metric
