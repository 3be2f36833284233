"""Roles of figures (total, part, alternative, other_event, context) and officials' parts, as the extractor decides them."""

import datetime as dt

from releases.extraction import extract

PUBLISHED = dt.date(2024, 8, 30)


def roles(text, language=None):
    result = extract(text, published=PUBLISHED, language=language)
    return {(f.value, f.metric): (f.role, f.part_of) for f in result.figures}


def test_subgroup_marker_makes_a_part_of_the_total_before_it():
    got = roles(
        "President Sadyr Japarov pardoned 1,200 prisoners on Friday, including 85 political prisoners, "
        "the presidential office said."
    )
    assert got[(1200, "pardoned")] == ("total", None)
    assert got[(85, "pardoned")] == ("part", 1200)


def test_breakdown_that_adds_up_is_parts_and_population_is_context():
    got = roles(
        "The president pardoned 30 prisoners on Friday. The press service said 14 women and 16 men had been "
        "granted clemency. The country's prisons hold 32,000 people."
    )
    assert got[(30, "pardoned")] == ("total", None)
    assert got[(14, "pardoned")] == ("part", 30)
    assert got[(16, "pardoned")] == ("part", 30)
    assert got[(32000, "prison_population")] == ("context", None)


def test_french_breakdown_by_prison_after_a_colon():
    got = roles(
        "Le chef de l'Etat a accordé sa grâce à 120 détenus jeudi. Répartition par prison : 70 détenus à Lomé, "
        "30 détenus à Kara et 20 détenus à Sokodé.",
        language="fr",
    )
    assert got[(120, "pardoned")] == ("total", None)
    assert {got[k] for k in got if k[0] in (70, 30, 20)} == {("part", 120)}


def test_earlier_year_and_past_tense_are_other_events():
    got = roles(
        "Vietnam will grant amnesty to 18,539 prisoners on Sunday. The previous mass amnesty, in 2013, "
        "covered more than 15,000 inmates."
    )
    assert got[(18539, "pardoned")] == ("total", None)
    assert got[(15000, "pardoned")] == ("other_event", None)
    fr = roles("Le président a gracié 426 détenus vendredi. L'an dernier, il avait gracié 1 066 détenus.", "fr")
    assert fr[(426, "pardoned")] == ("total", None)
    assert fr[(1066, "pardoned")] == ("other_event", None)


def test_a_month_before_the_announcement_is_another_event():
    got = roles("The president pardoned 30 prisoners on Friday. In July, the authorities freed 18 prisoners.")
    assert got[(18, "released")] == ("other_event", None)


def test_rounded_form_of_the_same_count_is_an_alternative():
    got = roles(
        "The king pardoned 1,584 people on Tuesday. A news agency reported that the king had pardoned more "
        "than 1,500 prisoners."
    )
    assert got[(1584, "pardoned")] == ("total", None)
    assert got[(1500, "pardoned")] == ("alternative", None)


def test_close_exact_counts_of_small_groups_stay_apart():
    got = roles("The king pardoned 171 prisoners on Tuesday and freed 182 detainees held without charge.")
    assert got[(171, "pardoned")][0] == "total"
    assert got[(182, "released")][0] == "total"


def test_freed_under_the_decree_are_part_of_those_pardoned():
    got = roles("The president pardoned 154 convicts on Friday. Under the decree, 63 people were freed from prison.")
    assert got[(63, "released")] == ("part", 154)


def test_the_only_clemency_count_stays_a_total_even_in_the_past_tense():
    got = roles("Le président avait gracié 300 détenus, a rapporté samedi la presse.", "fr")
    assert got[(300, "pardoned")] == ("total", None)


def test_official_parts():
    result = extract(
        "President Ilham Aliyev pardoned 154 convicts on Friday. The UN special rapporteur on "
        "Azerbaijan, Ana Novak, said the list left out many political prisoners.",
        published=PUBLISHED,
    )
    parts = {o.name: o.part for o in result.officials}
    assert parts.get("Ilham Aliyev") == "announcer"
    assert parts.get("Ana Novak") == "commenter"


def test_datelines_in_other_languages_are_not_the_announcement_date():
    # The dateline's "15 octobre" is the report's date; "mardi" dates the pardon.
    text = (
        "TUNIS, 15 octobre (L'Écho du Sahel) – Le président a accordé une grâce spéciale à 1 125 condamnés, "
        "a indiqué mardi la présidence."
    )
    result = extract(text, published=dt.date(2025, 10, 15), language="fr")
    assert result.announced_on == dt.date(2025, 10, 14)
    assert result.country == "TN"


def test_breakdown_lines_with_no_noun_are_parts_of_the_count_before_them():
    # The lines name a place, not people, and the list is cut short: they still divide the count.
    got = roles(
        "Le chef de l'Etat a gracié 500 détenus jeudi, a indiqué la présidence. Les bénéficiaires sont des "
        "condamnés en fin de peine. Leur répartition est la suivante : deux cents (200) à Lomé, cent (100) à Kara, "
        "cinquante (50) à Dapaong.",
        language="fr",
    )
    assert got[(500, "pardoned")] == ("total", None)
    assert {got[k] for k in got if k[0] in (200, 100, 50)} == {("part", 500)}
    assert len(got) == 4
    got = roles(
        "El Gobierno indultó a 90 reos el lunes. Por penal, proceden de: Lurigancho (40), Ancón II (12) y "
        "Chincha (07), entre otros.",
        language="es",
    )
    assert got[(90, "pardoned")] == ("total", None)
    assert {got[k] for k in got if k[0] in (40, 12, 7)} == {("part", 90)}


def test_a_bracketed_number_after_a_name_alone_is_no_figure():
    got = roles("El Gobierno indultó a 90 reos, informó el Instituto Nacional Penitenciario (2024).", language="es")
    assert set(got) == {(90, "pardoned")}


def test_spanish_nouns_of_clemency_acts_and_freedom_phrases_give_the_metric():
    got = roles(
        "Diecisiete excarcelaciones y 120 amnistías fueron aprobadas por la comisión. Cuarenta internos quedarán "
        "en libertad esta semana.",
        language="es",
    )
    assert {(17, "released"), (120, "pardoned"), (40, "released")} <= set(got)


def test_lines_under_a_heading_that_ends_in_a_colon_are_parts():
    got = roles(
        "أصدر الملك عفوا عن 900 سجين يوم الخميس، موزعين كالآتي:\n600 سجين في قضايا مختلفة؛\n"
        "300 سجين في قضايا مرتبطة بالمخدرات.",
        language="ar",
    )
    assert got[(900, "pardoned")] == ("total", None)
    assert got[(600, "pardoned")] == ("part", 900)
    assert got[(300, "pardoned")] == ("part", 900)


def test_released_under_the_amnesty_named_at_the_end_of_a_long_clause_is_pardoned():
    got = roles(
        "قالت الشبكة إنها وثقت الإفراج عن 539 شخصا من السجون المدنية والعسكرية في مختلف المحافظات "
        "بموجب مرسوم العفو الذي أصدره الرئيس.",
        language="ar",
    )
    assert set(got) == {(539, "pardoned")}


def test_french_and_spanish_past_times_that_open_a_sentence_or_count_back():
    got = roles(
        "El Gobierno indultó el jueves a 2.000 presos. Y en enero pasado, tras un acuerdo con el Vaticano, el "
        "Gobierno excarceló además a 53 reclusos.",
        language="es",
    )
    assert got[(2000, "pardoned")] == ("total", None)
    assert got[(53, "released")] == ("other_event", None)
    got = roles("El presidente indultó a 400 presos. Hace dos años indultó a 310 reos.", language="es")
    assert got[(310, "pardoned")] == ("other_event", None)
    got = roles("Le roi a gracié 900 détenus. Il y a un an, 700 détenus avaient bénéficié de sa grâce.", language="fr")
    assert got[(700, "pardoned")] == ("other_event", None)
    got = roles("Le roi a gracié 900 détenus. En mars dernier, 600 détenus ont été graciés.", language="fr")
    assert got[(600, "pardoned")] == ("other_event", None)


def test_a_rounded_headline_is_the_other_count_of_the_bodys_exact_one():
    got = roles(
        "Maroc : plus de 2 400 personnes graciées par le roi\n\nRABAT, 28 août (Agence) – Le roi a gracié 2 460 "
        "personnes à l'occasion de la fête, a annoncé le ministère de la Justice.",
        language="fr",
    )
    assert got[(2460, "pardoned")] == ("total", None)
    assert got[(2400, "pardoned")][0] == "alternative"


def test_a_near_count_in_the_headline_is_another_count_of_the_bodys():
    text = "ميانمار تعفو عن أكثر من 3 آلاف سجين\n\nيانغون، 17 أبريل – أعلن المجلس العسكري العفو عن 3303 سجناء."
    roles = {f.value: f.role for f in extract(text, language="ar").figures}
    assert roles == {3303: "total", 3000: "alternative"}


def test_a_breakdown_whose_line_is_itself_broken_down():
    text = (
        "عفو ملكي بمناسبة العيد\n\n"
        "أصدر الملك عفوه على 1500 شخص. وأوضح البلاغ أن المعتقلين منهم وعددهم 1200 نزيل توزعوا كالتالي:\n"
        "العفو من ما تبقى من العقوبة لفائدة 1150 نزيلا؛\n"
        "التخفيض من العقوبة لفائدة 50 نزيلا.\n\n"
        "أما الموجودون في حالة سراح وعددهم 300 شخص فاستفادوا من العفو من الغرامة."
    )
    found = {f.value: (f.role, f.part_of) for f in extract(text, language="ar").figures}
    assert found == {
        1500: ("total", None),
        1200: ("part", 1500),
        1150: ("part", 1200),
        50: ("part", 1200),
        300: ("part", 1500),
    }


def test_a_relative_clause_tells_the_peoples_past_not_the_counts():
    text = "واشنگتن ۴ ایرانی را که به نقض تحریم‌ها محکوم شده بودند عفو کرد و تهران ۵ آمریکایی را آزاد کرد."
    roles = {f.value: f.role for f in extract(text, language="fa", published=dt.date(2023, 9, 18)).figures}
    assert roles[4] == "total"
    text = "أفرجت السلطات عن 60 معتقلا الذين كانوا قد اعتقلوا خلال الاحتجاجات."
    assert [f.role for f in extract(text, language="ar").figures] == ["total"]


def test_a_count_taken_from_those_freed_named_by_their_noun_is_a_part():
    text = "عفو ۵ زندانی اعلام شد. دو نفر از ایرانیان آزادشده به کشور بازمی‌گردند."
    roles = {f.value: f.role for f in extract(text, language="fa").figures}
    assert roles == {5: "total", 2: "part"}


def test_out_of_a_total_told_just_before_is_a_part():
    text = "به گفته وی، از مجموع ۲۲ هزار نفر مشمول عفو، ۱۸ هزار نفر آزاد شده‌اند."
    roles = {f.value: f.role for f in extract(text, language="fa").figures}
    assert roles == {22000: "total", 18000: "part"}
    text = "وقال الوزير إنه من أصل 900 سجين شملهم العفو، 700 غادروا السجون."
    roles = {f.value: f.role for f in extract(text, language="ar").figures}
    assert roles == {900: "total", 700: "part"}


def test_a_persian_year_before_the_count_dates_it_but_not_one_after_it():
    text = (
        "طالبان ۲ هزار زندانی را عفو کردند.\n\n۴۰ تن از عفوشدگان در پرونده ناآرامی‌های سال ۱۳۹۸ محکوم شده‌اند.\n\n"
        "طالبان در عید فطر سال ۱۴۰۲ نیز ۱۸۰۰ زندانی را آزاد کردند."
    )
    roles = {f.value: f.role for f in extract(text, language="fa", published=dt.date(2025, 3, 29)).figures}
    assert roles == {2000: "total", 1800: "other_event", 40: "part"}


def test_others_after_the_noun_continue_a_list_of_parts():
    text = "فرمان عفو ۹۰۰ زندانی امضا شد. از جمله ۱۰۰ تبعه خارجی عفو شدند؛ ۶۰ نفر از آنان آزاد شدند و مجازات ۴۰ نفر دیگر کاهش یافت."
    roles = {f.value: f.role for f in extract(text, language="fa").figures}
    assert roles[40] == "part"


def test_people_also_let_out_under_a_persian_announcement_are_parts_of_it():
    text = (
        "رئیس‌جمهور فرمان عفو ۵۰۰ محکوم را امضا کرد. "
        "سه محکوم به حبس ابد نیز مشمول تخفیف شدند. چهار عضو حزب مخالف، از جمله یک روزنامه‌نگار، نیز آزاد شدند."
    )
    roles = {f.value: f.role for f in extract(text, language="fa").figures}
    assert roles == {500: "total", 3: "part", 4: "part"}


def test_a_royal_pardon_statement_broken_down_by_those_held_and_those_free():
    text = (
        "عفو ملكي بمناسبة العيد\n\n"
        "أصدر الملك عفوه على 1000 شخص، منهم المعتقلون ومنهم الموجودون في حالة سراح.\n\n"
        "ويتعلق الأمر بالمعتقلين المستفيدين من العفو وعددهم 800 نزيل، وذلك كالتالي:\n"
        "العفو مما تبقى من العقوبة لفائدة 30 نزيلا؛\n"
        "التخفيض من العقوبة لفائدة 770 نزيلا.\n\n"
        "أما الموجودون في حالة سراح والبالغ عددهم 200 شخص، فقد استفادوا من العفو من الغرامة."
    )
    found = {f.value: (f.metric, f.role, f.part_of) for f in extract(text, language="ar").figures}
    assert found == {
        1000: ("pardoned", "total", None),
        800: ("pardoned", "part", 1000),
        30: ("pardoned", "part", 800),
        770: ("sentence_reduced", "part", 800),
        200: ("pardoned", "part", 1000),
    }


def test_a_part_with_its_own_breakdown():
    got = roles(
        "The king granted his pardon to 900 people on Eid, the ministry said. The detained beneficiaries of the "
        "pardon are 700, divided as follows: 40 inmates who were pardoned of their remaining terms; 655 prisoners "
        "who had their terms reduced; and 5 inmates whose life sentences were commuted."
    )
    assert got[(900, "pardoned")] == ("total", None)
    assert got[(700, "pardoned")] == ("part", 900)
    assert got[(655, "sentence_reduced")] == ("part", 700)
    assert got[(5, "sentence_reduced")] == ("part", 700)


def test_a_year_right_after_the_count_makes_it_another_event():
    got = roles(
        "The president granted amnesty to 9,100 prisoners on Friday. It was the largest since the amnesty of "
        "12,450 prisoners in 2015."
    )
    assert got[(9100, "pardoned")] == ("total", None)
    assert got[(12450, "pardoned")][0] == "other_event"


def test_last_week_is_another_event():
    got = roles(
        "The king pardoned 25 activists on Monday. Last week the king pardoned six journalists held since March."
    )
    assert got[(25, "pardoned")] == ("total", None)
    assert got[(6, "pardoned")][0] == "other_event"


def test_one_count_broken_down_twice():
    got = roles(
        "The two sides exchanged 30 prisoners on Thursday. One side freed 18 people, and the other handed over "
        "nine soldiers and three pilots. Officials said 14 people were flown to Kyiv, 10 to Warsaw and six to "
        "Vilnius."
    )
    assert got[(30, "released")] == ("total", None)
    for value in (18, 9, 3, 14, 10, 6):
        assert got[(value, "released")] == ("part", 30), value


def test_a_near_count_from_another_source_is_an_alternative():
    got = roles(
        "The president pardoned 64 convicts on Thursday. A prisons official gave a different count, saying 62 "
        "pardoned prisoners had left on the day."
    )
    assert got[(64, "pardoned")] == ("total", None)
    assert got[(62, "pardoned")][0] == "alternative"


def test_so_many_of_the_total_is_a_part():
    got = roles("Authorities have so far freed 900 of the 2,400 prisoners covered by the amnesty.")
    assert got[(2400, "pardoned")] == ("total", None)
    assert got[(900, "released")] == ("part", 2400)


def test_other_after_the_number_continues_a_list_of_parts():
    got = roles(
        "The king pardoned 20 activists on Monday. At least 12 of them are former party members: four men "
        "received ten years, and nine other members got five years."
    )
    assert got[(9, "pardoned")][0] == "part"


def test_earlier_this_year_is_another_event():
    got = roles(
        "The president pardoned 1,300 prisoners on Friday. Earlier this year, more than 800 inmates were freed "
        "to mark the anniversary."
    )
    assert got[(800, "released")][0] == "other_event"


def test_of_those_with_a_comma_marks_a_part():
    got = roles(
        "The king granted pardons or sentence reductions to 1,100 prisoners. Of those, 95 were pardoned outright."
    )
    assert got[(95, "pardoned")] == ("part", 1100)


def test_counts_gapped_after_years_and_this_year():
    got = roles("The president pardoned 2,000 prisoners in 2022 and 1,700 in 2023, but only 900 this year.")
    assert got[(2000, "pardoned")][0] == "other_event"
    assert got[(1700, "pardoned")][0] == "other_event"
    assert got[(900, "pardoned")] == ("total", None)


def test_some_of_the_whole_reads_the_words_of_the_whole():
    got = roles("Some 150 of the 1,300 pardoned had been jailed for drug offences.")
    assert got[(1300, "pardoned")] == ("total", None)
    assert got[(150, "pardoned")] == ("part", 1300)


def test_a_count_since_the_start_of_the_year_is_background():
    got = roles(
        "The president pardoned 120 prisoners on Friday. More than 900 people have been released since the "
        "start of the year, rights groups say."
    )
    assert got[(900, "released")][0] == "other_event"


def test_the_other_side_of_an_exchange_is_no_part():
    got = roles(
        "The group freed 24 hostages on Sunday in return for about 900 prisoners held by the other side. "
        "Officials said 40 people were released in exchange for three soldiers held abroad."
    )
    assert got[(24, "released")] == ("total", None)
    assert got[(900, "released")] == ("total", None)
    assert got[(3, "released")][0] == "total"


def test_a_date_used_as_a_name_does_not_date_the_count():
    got = roles(
        "The president pardoned about 1,400 people charged over the Jan. 6, 2021, attack and commuted the "
        "sentences of 12 others on Monday."
    )
    assert got[(12, "sentence_reduced")] == ("total", None)


def test_where_the_pardoned_are_divides_the_count():
    got = roles("The king pardoned 1,210 people: 1,050 in detention and 160 at liberty, the ministry said.")
    assert got == {
        (1210, "pardoned"): ("total", None),
        (1050, "pardoned"): ("part", 1210),
        (160, "pardoned"): ("part", 1210),
    }
    got = roles("The king pardoned 1,210 people, of whom 1,050 are in detention and 160 are at liberty.")
    assert got == {
        (1210, "pardoned"): ("total", None),
        (1050, "pardoned"): ("part", 1210),
        (160, "pardoned"): ("part", 1210),
    }


def test_counts_since_taking_office_are_background():
    got = roles(
        "The president pardoned 300 prisoners on Monday. He has pardoned more than 10,000 prisoners since "
        "taking office."
    )
    assert got[(300, "pardoned")] == ("total", None)
    assert got[(10000, "pardoned")][0] == "other_event"


def test_a_list_of_groups_after_among_them_are_all_parts():
    got = roles(
        "The junta released more than 2,000 inmates, among them some 140 women, 35 monks and a dozen journalists."
    )
    assert got[(140, "released")] == ("part", 2000)
    assert got[(35, "released")] == ("part", 2000)


def test_the_last_amnesty_is_another_event():
    got = roles("The king pardoned 1,200 prisoners on Monday. His last amnesty freed 8,000 prisoners.")
    assert got[(1200, "pardoned")] == ("total", None)
    assert got[(8000, "pardoned")][0] == "other_event"


def test_a_group_named_by_a_relative_clause_opens_parts():
    got = roles(
        "The governor commuted the sentences of 52 inmates on Friday. Of those whose terms were cut, eleven "
        "are women and six were convicted as teenagers."
    )
    assert got[(11, "sentence_reduced")] == ("part", 52)


def test_weeks_after_an_earlier_act_and_last_month_are_background():
    got = roles(
        "The president freed 210 prisoners on Tuesday. It came three weeks after the cabinet released some 900 "
        "inmates to ease crowding, and pardoned 45 others. Last March the president said he meant to free "
        "about 5,000 people."
    )
    assert got[(210, "released")] == ("total", None)
    assert got[(900, "released")][0] == "other_event"
    assert got[(45, "pardoned")][0] == "other_event"


def test_a_later_stage_of_the_scheme_is_another_event():
    got = roles(
        "About 2,300 prisoners were released early on Monday. A third batch of about 800 inmates will be "
        "released next month."
    )
    assert got[(2300, "released")] == ("total", None)
    assert got[(800, "released")][0] == "other_event"


def test_people_on_death_row_are_held_not_spared():
    got = roles(
        "The governor on Monday commuted the death sentences of 12 of the 15 prisoners on state death row. "
        "The three men who remain on death row were convicted of killing police officers."
    )
    assert got[(12, "sentence_reduced")] == ("total", None)
    assert got[(15, "detained")] == ("context", None)
    assert got[(3, "detained")] == ("context", None)


def test_routine_releases_are_context_and_a_separate_order_is_its_own_total():
    got = roles(
        "About 1,200 prisoners were released early on Tuesday, besides the roughly 900 inmates who are released "
        "every week. The king pardoned 3,000 prisoners on Monday. In a separate order he granted amnesty to 45 "
        "foreign prisoners."
    )
    assert got[(900, "released")][0] == "context"
    assert got[(45, "pardoned")] == ("total", None)


def test_an_aside_participle_leaves_the_verb_to_a_joined_count_and_an_opening_time_governs():
    got = roles(
        "The king pardoned 20 activists on Monday. Last week the king pardoned the writer Tom Hale, jailed over "
        "a poem, as well as three students."
    )
    assert got[(20, "pardoned")] == ("total", None)
    assert got[(3, "pardoned")][0] == "other_event"


def test_a_later_stage_with_no_verb_of_its_own_is_the_measures_kind_and_another_event():
    got = roles(
        "Parliament approved an amnesty for 640 convicts on Thursday. The minister said a second group of 1,210 "
        "prisoners would be put to lawmakers in the autumn."
    )
    assert got[(640, "pardoned")] == ("total", None)
    assert got[(1210, "pardoned")][0] == "other_event"


def test_of_the_number_opens_a_part_with_that_counts_act():
    got = roles("The government will free 3,000 inmates on Monday. Of the 3,000, 1,800 are serving drug sentences.")
    assert got[(1800, "released")] == ("part", 3000)


def test_a_gapped_predicate_goes_on_after_a_comma():
    got = roles(
        "The king pardoned 1,000 inmates on Monday. By offence, 500 were drug dealers, 300 thieves and 200 fraudsters."
    )
    assert got[(300, "pardoned")] == ("part", 1000)
    assert got[(200, "pardoned")] == ("part", 1000)


def test_a_group_among_them_is_a_part_of_the_count_before():
    got = roles(
        "The president signed a decree on Thursday pardoning 218 convicts. The justice minister told reporters "
        "that 18 foreigners were among them."
    )
    assert got[(18, "pardoned")] == ("part", 218)


def test_odd_counts_of_the_total_and_a_count_after_a_vague_group_in_including():
    result = extract(
        "The junta released 4,335 prisoners on Tuesday, including a dozen journalists and 2,380 people held "
        "over the war. Of the total, some 3,000 were men. The next day it freed 1,200-odd inmates in the north.",
        published=PUBLISHED,
        language="en",
    )
    got = {f.value: (f.metric, f.role, f.part_of, f.qualifier) for f in result.figures}
    assert got[2380][:3] == ("released", "part", 4335)
    assert got[3000][:3] == ("released", "part", 4335)
    assert got[1200][3] == "approximately"


def test_where_the_people_are_with_the_verb_gapped():
    got = roles("The king pardoned 1,017 prisoners on Monday; 612 of them are in detention and 405 at liberty.")
    assert got[(612, "pardoned")] == ("part", 1017)
    assert got[(405, "pardoned")] == ("part", 1017)


def test_groups_told_before_a_count_in_all_are_its_parts():
    got = roles(
        "Parliament passed an amnesty law on Wednesday that will free about 1,100 inmates and shorten the "
        "sentences of some 7,900 others. In all, the measure will affect more than 12,000 people."
    )
    assert got[(12000, "pardoned")] == ("total", None)
    assert got[(7900, "sentence_reduced")] == ("part", 12000)
    running = roles(
        "The king pardoned 500 prisoners on Monday. In total, 2,000 prisoners have been pardoned this year."
    )
    assert running[(500, "pardoned")] == ("total", None)


def test_a_long_french_subject_keeps_its_pluperfect_and_a_month_before_a_comma():
    text = (
        "Le président a gracié 700 détenus le 20 août. En juillet, plus de 300 militants de l'opposition et membres "
        "de collectifs citoyens avaient déjà été remis en liberté."
    )
    assert roles(text, "fr")[(300, "released")][0] == "other_event"


def test_already_told_of_the_measure_s_people_is_not_an_earlier_event():
    text = "Le président a gracié 5 000 détenus jeudi. À Gitega, 352 graciés ont déjà été prévenus de leur sortie."
    assert roles(text, "fr")[(352, "pardoned")][0] != "other_event"


def test_a_smaller_count_named_as_the_measure_s_people_is_a_part():
    text = (
        "Le président a gracié 1 200 condamnés jeudi. La prison centrale concentre à elle seule 685 des "
        "bénéficiaires. À Oyem, 61 graciés sont sortis vendredi."
    )
    found = roles(text, "fr")
    assert found[(685, "pardoned")] == ("part", 1200)
    assert found[(61, "pardoned")] == ("part", 1200)


def test_a_rights_group_s_hedged_tally_of_the_same_release_is_an_alternative():
    text = (
        "La Fiscalía informó de la excarcelación de 225 personas detenidas en las protestas. La ONG local "
        "contabilizaba al menos 107 excarcelados con nombre y apellido."
    )
    assert roles(text, "es")[(107, "released")][0] == "alternative"
    text = (
        "Le parquet a annoncé la libération de 300 manifestants. Selon une ONG de défense des droits humains, "
        "environ 250 personnes libérées ont pu rentrer chez elles."
    )
    assert roles(text, "fr")[(250, "released")][0] == "alternative"


def test_the_time_an_earlier_measure_was_passed_is_another_event():
    text = (
        "El Gobierno concedió gracias presidenciales a 48 reos. Cuando se aprobó aquel decreto, el Ejecutivo "
        "calculó que unos 3.000 internos podrían beneficiarse."
    )
    assert roles(text, "es")[(3000, "pardoned")][0] == "other_event"
    text = (
        "Le président a gracié 300 détenus. Lorsque la loi a été adoptée, le gouvernement estimait que 2 000 "
        "condamnés en bénéficieraient."
    )
    assert roles(text, "fr")[(2000, "pardoned")][0] == "other_event"


def test_french_out_of_a_total_and_lines_gapped_by_place():
    text = (
        "Le Burundi a entamé vendredi la libération de quelque 3 000 prisonniers graciés. La ministre a fait "
        "libérer 142 prisonniers, dont deux femmes, sur 3 000 bénéficiaires prévus."
    )
    assert roles(text, "fr")[(142, "released")] == ("part", 3000)
    text = (
        "Le président a gracié 1 166 condamnés lundi. Notamment 562 condamnés libérés à Libreville ; 101 à "
        "Port-Gentil ; 173 à Franceville."
    )
    found = roles(text, "fr")
    assert found[(101, "released")][0] == "part"
    assert found[(173, "released")][0] == "part"


def test_a_headline_round_count_is_no_total_above_the_body_s_groups():
    text = (
        "Casi mil excarcelaciones en Venezuela\n\nCARACAS, 29 dic – Un total de 956 personas detenidas en las "
        "protestas han sido liberadas, informó la Fiscalía."
    )
    assert roles(text, "es")[(956, "released")][0] == "total"


def test_french_and_spanish_counts_since_a_start_and_last_year_s_are_other_events():
    text = "El Gobierno excarceló a 80 presos políticos. En lo que va de año, han sido liberados 350 opositores."
    assert roles(text, "es")[(350, "released")][0] == "other_event"
    text = "Le président a gracié 500 détenus jeudi. Depuis le début de l'année, 2 300 prisonniers ont bénéficié de mesures de grâce."
    assert roles(text, "fr")[(2300, "pardoned")][0] == "other_event"
    text = "El presidente indultó a 500 reos. Desde que asumió el cargo, ha concedido 2.000 indultos."
    assert roles(text, "es")[(2000, "pardoned")][0] == "other_event"
    text = "El rey indultó a 1.500 reos, frente a los 1.200 del año pasado."
    assert roles(text, "es")[(1200, "pardoned")][0] == "other_event"


def test_a_subgroup_of_a_background_count_is_background_too():
    result = extract(
        "تونس، 20 مارس – قرر الرئيس تمتيع 1200 محكوم بالعفو الخاص. وفي 17 ديسمبر الماضي، أصدر الرئيس أمرا "
        "بالعفو الخاص عن 900 محكوم، أفضى إلى إطلاق سراح 250 سجينا منهم.",
        published=dt.date(2024, 3, 20),
        language="ar",
    )
    got = {(f.value, f.metric): (f.role, f.part_of) for f in result.figures}
    assert got[(900, "pardoned")][0] == "other_event"
    assert got[(250, "released")][0] == "other_event"


def test_a_group_told_with_a_background_count_and_this_measures_estimate():
    result = extract(
        "الجزائر، 4 أفريل – وقّع الرئيس مرسوما يتضمن عفوا لفائدة 900 محبوس. وكان الرئيس قد وقّع في جويلية من "
        "العام الماضي مرسوما شمل نحو 12 ألف محبوس، وسبقه بأيام إجراء عفو لفائدة 80 من الشباب الموقوفين في الحراك.",
        published=dt.date(2022, 4, 4),
        language="ar",
    )
    got = {(f.value, f.metric): f.role for f in result.figures}
    assert got[(80, "pardoned")] == "other_event"
    result = extract(
        "تهران، ۷ اسفند – رئیس سازمان زندان‌ها گفت ۴۰ هزار زندانی مشمول عفو شدند. خبرگزاری‌ها پیش‌تر نوشته "
        "بودند که این فرمان شامل حال حدود ۳۰ هزار زندانی خواهد شد.",
        published=dt.date(2019, 2, 26),
        language="fa",
    )
    got = {(f.value, f.metric): f.role for f in result.figures}
    assert got[(40000, "pardoned")] == "total"
    assert got[(30000, "pardoned")] == "alternative"


def test_a_table_of_counts_with_padded_ones_and_equal_lines_divides_its_head():
    result = extract(
        "باکو، ۲۹ اسفند – رئیس‌جمهور فرمان عفو ۳۰۰ محکوم را امضا کرد. سه عضو حزب نیز آزاد شدند. این فرمان ۱۲ "
        "تبعه خارجی را نیز در بر می‌گیرد. فهرست آنان چنین است:\nایران: ۰۵ نفر\nروسیه: ۰۳ نفر\nترکیه: ۰۲ نفر\n"
        "کامرون: ۰۱ نفر\nپاکستان: ۰۱ نفر\n\nرئیس‌جمهور هر سال زندانیان را عفو می‌کند.",
        published=dt.date(2021, 3, 19),
        language="fa",
    )
    lines = [f for f in result.figures if f.value in (5, 3, 2, 1) and f.metric == "pardoned"]
    assert sorted(f.value for f in lines) == [1, 1, 2, 3, 5]
    assert {(f.role, f.part_of) for f in lines} == {("part", 12)}


def test_lines_told_before_their_exact_total_and_the_hedged_count_beside_it():
    result = extract(
        "مسقط، 23 ديسمبر – اتفق الطرفان على صفقة لتبادل الأسرى تشمل قرابة ألفي محتجز. وقال رئيس اللجنة إن "
        "الصفقة تشمل 1100 من أسرى الجماعة مقابل 800 من أسرى الطرف الآخر. وقال السفير إن الاتفاق يقضي بالإفراج "
        "عن 1900 محتجز.",
        published=dt.date(2025, 12, 23),
        language="ar",
    )
    got = {(f.value, f.metric): (f.role, f.part_of) for f in result.figures}
    assert got[(1900, "released")] == ("total", None)
    assert got[(1100, "released")] == ("part", 1900)
    assert got[(800, "released")] == ("part", 1900)
    assert got[(2000, "released")][0] == "alternative"


def test_amman_in_a_dateline_and_the_official_count_beside_an_estimate():
    result = extract(
        "عنوان\n\nعمّان، 3 أبريل (وكالة) – أفرجت السلطات عن نحو 2500 موقوف إداري خلال الأسبوع، وفق تقديرات "
        "المركز الوطني لحقوق الإنسان، فيما قالت الحكومة إن العدد بلغ 2430.",
        published=dt.date(2024, 4, 3),
        language="ar",
    )
    assert result.country == "JO"
    got = {(f.value, f.metric): f.role for f in result.figures}
    assert got == {(2500, "released"): "alternative", (2430, "released"): "total"}
