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


def test_terms_cut_for_people_told_in_the_passive_are_reduced():
    text = (
        "More than 2,000 inmates will be released under a general amnesty approved by the president. "
        "Prison terms will also be cut for more than 12,800 other convicts, the press office said."
    )
    found = figures(text, "en")
    assert (12800, S) in found
    assert (12800, P) not in found


def test_people_who_will_receive_a_full_amnesty_are_pardoned():
    text = (
        "The government has granted amnesty to 1,824 prisoners. Of the total, 1,602 prisoners will have their "
        "sentences reduced, while 222 will receive a full amnesty and go home."
    )
    found = figures(text, "en")
    assert found[(222, P)][1:] == ("part", 1824)
    assert found[(1602, S)][1:] == ("part", 1824)


def test_the_day_of_the_occasion_a_measure_marks_is_not_its_announcement():
    text = (
        "The government has granted amnesty to 1,824 prisoners to mark the 48th anniversary of the founding of "
        "the republic on May 2. The proposal was approved on April 21 after a review of each case."
    )
    assert read(text, "en").announced_on == dt.date(2024, 4, 21)


def test_an_agency_s_day_and_month_before_a_dash_is_its_dateline():
    # Published Friday 10 May; the dateline says Wednesday 8 May, and "el martes" is the day before it.
    text = (
        "Birmania anuncia una amnistía\n\nBangkok, 8 may.- El Gobierno de Birmania anunció el martes a través de "
        "la televisión estatal una amnistía para 6.359 presos."
    )
    assert read(text, "es").announced_on == dt.date(2024, 5, 7)


def test_an_office_s_label_on_its_own_line_is_not_the_lead():
    # Published Friday 10 May: "أمس الخميس" is the 9th.
    text = (
        "الحوثيون يفرجون عن أمريكيين\n\nمسقط - «يمن مونيتور»:\n\n"
        "أفرجت جماعة الحوثي، مساء أمس الخميس، عن مواطنين أمريكيين كانت تحتجزهما في صنعاء.\n\n"
        "وقال مسؤول إن الجماعة أفرجت كذلك عن 240 سجينا يمنيا."
    )
    assert read(text, "ar").announced_on == dt.date(2024, 5, 9)


def test_the_day_a_measure_was_made_public_dates_it():
    text = (
        "Grâce du 14 juillet\n\nPARIS — Le décret de grâces collectives signé par le président pour la fête "
        "nationale ne desserrera guère l'étau. Rendu public jeudi par l'Elysée, le texte se révèle sévère. "
        "Selon la Chancellerie, cette grâce devrait permettre la sortie anticipée de près de 3 000 détenus."
    )
    assert read(text, "fr").announced_on == dt.date(2024, 5, 9)


def test_a_second_count_in_a_coordination_takes_its_own_verb_not_the_first_one_s():
    text = (
        "Portugal excarceló a 1.867 presos. De ellos, 1.179 presos fueron excarcelados gracias al perdón parcial "
        "de penas y 674 reclusos obtuvieron la licencia de salida administrativa extraordinaria."
    )
    found = figures(text, "es")
    assert (1179, P) in found
    assert (674, T) in found
    assert (674, P) not in found


def test_a_persian_year_after_a_month_with_mah_is_no_count():
    text = (
        "بر اساس قانون بودجه، جریمه‌های دیرکرد بخشوده می‌شود و رانندگان می‌توانند تا پایان آذرماه ۱۳۹۷ از آن استفاده کنند."
    )
    assert not read(text, "fa").relevant
    assert (1400, P) in figures("رئیس قوه قضاییه با عفو ۱۴۰۰ زندانی موافقت کرد.", "fa")


def test_people_relieved_of_a_fine_or_forced_labour_are_pardoned():
    text = "رئیس‌جمهور ۱۴۸ محکوم را عفو کرد. ۱۱ نفر دیگر نیز از پرداخت جریمه نقدی یا انجام کار اجباری معاف شدند."
    found = figures(text, "fa")
    assert (11, P) in found
    assert (11, R) not in found


def test_arabic_members_counted_as_unsur_are_people():
    text = "أفرجت السلطات يوم الاثنين عن 214 سجينا بينهم 100 عنصر لهم صلة بالمجموعات المسلحة و34 عنصراً من الجماعة المقاتلة."
    found = figures(text, "ar")
    assert found[(100, R)][1:] == ("part", 214)
    assert found[(34, R)][1:] == ("part", 214)


def test_a_persian_compound_preposition_is_no_part_of_the_name_after_it():
    text = (
        "۸۰۰ زندانی آزاد شدند. این آزادی‌ها در چارچوب قانون عفوی انجام می‌شود که از سوی امامعلی رحمان، "
        "رئیس جمهوری تاجیکستان، امضا شد."
    )
    found = officials(text, "fa")
    assert "امامعلی رحمان" in found
    assert not any(name.startswith("سوی") for name in found)


def test_an_arabic_and_the_after_a_name_opens_another_noun():
    text = (
        "أفرج الحوثيون عن 2 من الرهائن الأمريكيين. ووجّه الرئيس الشكر إلى السلطان هيثم والعاهل السعودي الملك سلمان "
        "على مساعدتهما، وقال السلطان هيثم إن الوساطة نجحت."
    )
    assert not any("والعاهل" in name for name in officials(text, "ar"))


def test_the_keeper_of_the_seals_closes_the_office_and_a_given_name_with_the_article_opens_the_name():
    text = (
        "أفرجت السلطات الجزائرية أمس عن 150 معتقلا. وأعلن وزير العدل حافظ الأختام الطيب بلعيز أن العفو يشمل "
        "ألفين و629 سجيناً."
    )
    found = officials(text, "ar")
    assert set(found) == {"الطيب بلعيز"}


def test_spanish_officers_counted_as_agentes_are_people():
    text = "El presidente firmó el indulto navideño. En la práctica, la medida beneficia a los 69 agentes de la Policía Militar."
    assert (69, P) in figures(text, "es")


def test_a_spanish_participle_before_the_sentences_it_cuts_is_a_reduction():
    text = (
        "El rey ha concedido medidas de gracia a 24.865 presos. De ellos, 16.018 reclusos se benefician del indulto "
        "del resto de la pena, mientras que otros 8.732 verán reducidas sus condenas. La medida alcanza también a "
        "659 extranjeros."
    )
    found = figures(text, "es")
    assert (8732, S) in found
    assert (8732, P) not in found
    assert (659, P) in found


def test_an_arabic_state_they_were_in_before_the_measure_is_not_what_was_done_to_them():
    text = "وأوضح مجلس القضاء أن عدد المشمولين بقانون العفو بلغ 55053 شخصا، بينهم 24472 شخصاً كانوا مطلقي السراح بكفالة."
    assert (24472, T) not in figures(text, "ar")


def test_rights_and_freedoms_in_a_persian_organisation_s_name_are_no_release():
    text = (
        "دادگاهی در مصر علاء عبدالفتاح را به پنج سال زندان محکوم کرد. در همین پرونده، محمد الباقر، وکیل و مدیر "
        "مرکز «عدالت برای حقوق و آزادی‌ها»، و محمد ابراهیم، وبلاگ‌نویس، به چهار سال زندان محکوم شدند."
    )
    assert not read(text, "fa").relevant


def test_a_persian_name_with_a_lineage_before_its_title_is_read_whole():
    text = (
        "منامه - حمد بن عیسی آل خلیفه، پادشاه بحرین، شامگاه چهارشنبه با صدور فرمانی ۴۵۷ زندانی را عفو کرد. "
        "به گفته فعالان، چهره‌هایی مانند خلیل معتوق، وکیل حقوق بشر، هنوز در زندان‌اند."
    )
    found = officials(text, "fa")
    assert "حمد بن عیسی آل خلیفه" in found
    assert not any(name.startswith(("بن ", "مانند")) for name in found)


def test_spanish_people_who_remain_behind_bars_are_held():
    text = "Caldera liberó a 23 implicados en las intentonas. Quedan todavía tras las rejas más de 100 oficiales."
    found = figures(text, "es")
    assert (23, R) in found
    assert (100, DET) in found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Le président a amnistié 10 244 détenus pour bonne conduite et gracié 291 autres condamnés, soit "
            "10 535 au total, a précisé la même source.",
        ),
        ("es", "El presidente indultó a 10.244 presos y a otros 291, es decir, 10.535 en total."),
        ("en", "The president pardoned 10,244 inmates and 291 others, or 10,535 in all, the office said."),
    ],
)
def test_a_sum_restated_after_its_groups_is_their_total(language, text):
    found = figures(text, language)
    assert found[(10535, P)][1] == "total"
    assert found[(10244, P)][1:] == ("part", 10535)
    assert found[(291, P)][1:] == ("part", 10535)


def test_a_subgroup_list_inside_a_line_does_not_cut_the_breakdown_short():
    text = (
        "Le président a gracié huit cent dix-huit (818) personnes, a indiqué vendredi le ministère.\n\n"
        "Les bénéficiaires se répartissent comme suit :\n"
        "- 786 détenus obtiennent une remise totale de leur peine, parmi lesquels 14 grands malades et 10 mineurs ;\n"
        "- 26 condamnés voient leur peine réduite de deux ans ;\n"
        "- 6 condamnés à perpétuité bénéficient d'une commutation en 20 ans de réclusion."
    )
    found = figures(text, "fr")
    assert found[(818, P)][1] == "total"
    assert found[(786, P)][1:] == ("part", 818)
    assert found[(26, S)][1:] == ("part", 818)
    assert found[(6, S)][1:] == ("part", 818)


def test_a_country_named_in_the_possessive_before_a_count_holds_its_prisoners():
    found = figures(
        "Officials expect about 35,000 of Turkey's roughly 72,000 inmates to go free under the amnesty.", "en"
    )
    assert found[(72000, POP)][1] == "context"
    assert (72000, P) not in found
    # A prison's inmates are not the country's.
    held = figures("Evin's 1,500 inmates were not covered by the amnesty, which freed 300 prisoners.", "en")
    assert (1500, POP) not in held


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "MASERU — King Letsie III will pardon at least 240 inmates to mark the bicentenary of the Basotho nation.",
            "LS",
        ),
        ("NUKU'ALOFA — King Tupou VI pardoned 23 prisoners on Monday to mark his coronation in Tonga.", "TO"),
        (
            "SKOPJE — North Macedonia's parliament passed an amnesty law on Monday that will free about 1,100 prisoners.",
            "MK",
        ),
        (
            "PORT MORESBY — Papua New Guinea's prime minister released 115 minor offenders from Bomana jail on Monday.",
            "PG",
        ),
        ("WINDHOEK — Namibia's president pardoned 2,228 offenders on Monday, the Correctional Service said.", "NA"),
    ],
)
def test_countries_once_missing_from_the_gazetteer_are_found(text, code):
    assert read(text, "en").country == code


def test_the_holy_see_named_in_passing_is_not_the_country_of_the_measure():
    text = (
        "El Gobierno de España indultó el martes a 460 insumisos, según informó el Ministerio de Justicia. "
        "La Santa Sede y el Vaticano habían pedido clemencia."
    )
    assert read(text, "es").country == "ES"


def test_people_a_measure_leaves_out_are_held_in_spanish_and_french():
    es = figures(
        "El presidente indultó a 200 presos. La medida no alcanza a los 1.200 presos condenados por terrorismo.", "es"
    )
    assert (1200, DET) in es
    assert (1200, P) not in es
    fr = figures("Le président a gracié 200 détenus. La grâce exclut les 300 détenus condamnés pour terrorisme.", "fr")
    assert (300, DET) in fr
    assert (300, P) not in fr


def test_the_people_held_in_a_country_named_after_hay_are_its_prison_population():
    found = figures(
        "El proyecto liberaría a 2.160 presos. Hoy hay en Uruguay unas 8.700 personas privadas de libertad.", "es"
    )
    assert found[(8700, POP)][1] == "context"
    assert (4200, DET) in figures(
        "El presidente indultó a 25 presos. En Perú hay unos 4.200 presos por terrorismo.", "es"
    )


def test_persian_captives_back_in_their_own_country_are_released_and_a_shortened_term_is_reduced():
    found = figures("۴۸۰ اسیر جنگی عراقی روز پنجشنبه با نظارت صلیب سرخ از مرز خسروی به کشور خود بازگشتند.", "fa")
    assert (480, R) in found
    found = figures(
        "رئیس جمهور فرمان عفو ۶۵ محکوم را امضا کرد. ۵۰ زندانی آزاد شده و مدت حبس ۱۵ نفر دیگر کوتاه شده است.", "fa"
    )
    assert (15, S) in found
    # Migrants coming back are not captives let go.
    moved = figures("۱۲۰ زندانی آزاد شدند. حدود ۸۰ نفر رسیده و ده‌ها هزار مهاجر به کشور بازگشته‌اند.", "fa")
    assert (80, R) not in moved


@pytest.mark.parametrize(
    ("language", "text", "code"),
    [
        (
            "es",
            "Patricio Aylwin indultó el jueves a cuatro presos políticos en su último día completo en el cargo.",
            "CL",
        ),
        ("fr", "Hery Rajaonarimampianina a signé un décret de grâce : 419 détenus ont été libérés lundi.", "MG"),
        ("ar", "أصدر الرئيس محمد مرسي قرارا بالعفو عن 227 سجينا بمناسبة عيد الأضحى.", "EG"),
    ],
)
def test_heads_of_state_before_2015_name_their_state(language, text, code):
    assert read(text, language).country == code


def test_a_provisional_release_and_semi_liberty_are_for_a_while():
    fr = figures("Le président a ordonné la mise en liberté provisoire de 30 000 détenus, suspects du génocide.", "fr")
    assert (30000, T) in fr
    assert (30000, R) not in fr
    es = figures(
        "El gobierno liberará a 528 reos, y otros 103 internos pasarán de la fase de confianza a la de "
        "semilibertad, lo que les permitirá salir de prisión.",
        "es",
    )
    assert (528, R) in es
    assert (103, T) in es


def test_a_headline_in_capitals_with_a_few_lower_case_letters_is_still_read_as_shouted():
    from releases.extraction.text import unshouted

    text = "PRESIDENT McKINLEY PARDONS 246 INMATES ON NEW YEAR'S DAY\n\nPresident McKinley pardoned 246 inmates."
    read_as = unshouted(text)
    assert read_as.startswith("President McKINLEY pardons 246 inmates")
    assert len(read_as) == len(text)
    body = "The president pardoned 246 inmates on Monday, the ministry said in a statement."
    assert unshouted(body) == body
