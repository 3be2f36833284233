"""Clemency reports, pass ten: the readings the tenth round of development articles showed missing,
each written as a class of wording rather than one article's sentence."""

import datetime as dt

from tests import extraction_readings as readings

PUBLISHED = dt.date(2020, 11, 27)  # a Friday


read, figures, officials = readings.in_any_language(PUBLISHED)


def test_a_dateline_with_a_long_credit_in_brackets_still_dates_only_the_report():
    # The credit names two agencies: the dateline's date is the report's, the weekday the release's.
    credit = "(روزنامه افق امروز، با استفاده از گزارش‌های ایرنا و خبرگزاری فرانسه)"
    text = (
        "پژوهشگر استرالیایی در مبادله با سه ایرانی آزاد شد\n\n"
        f"تهران، ۷ آذر ۱۳۹۹ {credit} – این پژوهشگر که بیش از دو سال در زندان بود، روز چهارشنبه در یک "
        "مبادله آزاد شد. در مقابل، سه ایرانی که از سال ۲۰۱۲ در تایلند زندانی بودند به تهران بازگشتند."
    )
    assert read(text, "fa").announced_on == dt.date(2020, 11, 25)


def test_a_release_the_day_after_the_pardon_was_announced_dates_the_announcement():
    # Published Saturday 28 November 2020: "vendredi" is the 27th, the announcement the day before.
    french = (
        "ALGER, 28 novembre (Agence) – Vingt-deux détenus ont recouvré la liberté vendredi, au lendemain de "
        "l'annonce par le président d'une grâce en faveur de militants."
    )
    assert read(french, "fr", dt.date(2020, 11, 28)).announced_on == dt.date(2020, 11, 26)
    spanish = (
        "MANAGUA, 29 Nov. (Agencia) - La organización ha confirmado este domingo la excarcelación de 24 presos "
        "políticos, un día después de que el Gobierno que encabeza el presidente del país anunciara su regreso."
    )
    assert read(spanish, "es", dt.date(2020, 11, 29)).announced_on == dt.date(2020, 11, 28)


def test_an_arabic_day_told_with_the_verb_that_announced_or_issued_the_measure_is_the_announcement():
    announced = (
        "الجزائر، 20 فبراير (وكالة) – غادر 30 من المعتقلين السجون أمس الجمعة، تنفيذا لإجراءات العفو التي "
        "أعلنها رئيس الجمهورية مساء الخميس."
    )
    assert read(announced, "ar", dt.date(2021, 2, 20)).announced_on == dt.date(2021, 2, 18)
    issued = (
        "المنامة، 5 سبتمبر (وكالة) – تجمع الأهالي اليوم الخميس لاستقبال ذويهم المفرج عنهم بموجب مرسوم ملكي "
        "أصدره الملك مساء أمس الأربعاء بالعفو عن 457 محكوما."
    )
    assert read(issued, "ar", dt.date(2024, 9, 5)).announced_on == dt.date(2024, 9, 4)


def test_an_arabic_dateline_naming_two_places_is_the_report_s_not_the_release_s():
    text = (
        "رام الله – غزة، 14 أكتوبر (وكالة) – أفرجت السلطات الإسرائيلية، أمس الاثنين، عن 1968 أسيرا فلسطينيا "
        "في إطار صفقة التبادل."
    )
    assert read(text, "ar", dt.date(2025, 10, 14)).announced_on == dt.date(2025, 10, 13)


def test_the_day_an_occasion_is_celebrated_is_not_the_announcement_s():
    text = (
        "LUSAKA, Oct. 24 (Agency) – The President has pardoned 859 inmates to mark the 60th anniversary of "
        "independence, which the country celebrates on Thursday.\n\n"
        "The home affairs minister told a press briefing on Wednesday that the President had exercised his "
        "prerogative of mercy."
    )
    assert read(text, "en", dt.date(2024, 10, 24)).announced_on == dt.date(2024, 10, 23)


def test_the_lines_of_a_labelled_list_are_parts_of_the_count_they_break_down():
    text = (
        "ACCRA – The president has granted amnesty to 500 prisoners, the prisons service said.\n\n"
        "The service listed those freed as follows:\n\n"
        "• First offenders: 470\n"
        "• Seriously ill inmates: 27\n"
        "• Death sentences commuted to life imprisonment: 3\n"
    )
    found = figures(text, "en")
    assert found[(470, "pardoned")] == (None, "part", 500)
    assert found[(27, "pardoned")] == ("sick", "part", 500)
    assert found[(3, "sentence_reduced")][1:] == ("part", 500)


def test_a_year_by_year_list_of_earlier_decrees_is_read_line_by_line():
    text = (
        "LA PAZ, 3 Abr. (Agencia) - El presidente envió un decreto de amnistía e indulto que beneficiará a 2.735 "
        "presos.\n\n"
        "Los decretos anteriores beneficiaron a 3.000 reos, según este detalle:\n"
        "2013: 1.700\n"
        "2014: 1.300\n"
    )
    found = figures(text, "es")
    assert (1700, "pardoned") in found and (1300, "pardoned") in found


def test_arabic_compound_number_words_keep_their_ones_and_nominative_tens():
    found = figures("أصدر الملك عفوه السامي لفائدة أربعة آلاف وثمانمائة وواحد وثلاثين شخصا.", "ar")
    assert (4831, "pardoned") in found
    assert (90, "pardoned") in figures("أصدر الرئيس عفوا عن تسعون سجينا.", "ar")


def test_a_royal_pardon_statement_counts_its_group_of_detained_and_free_people():
    text = (
        "الرباط، 29 يوليوز (وكالة) – أصدر الملك عفوه السامي على مجموعة من الأشخاص، منهم المعتقلين ومنهم "
        "الموجودين في حالة سراح، المحكوم عليهم من طرف مختلف محاكم المملكة، وعددهم 2476 شخصا.\n\n"
        "وأوضح بلاغ لوزارة العدل أن المستفيدين من العفو الملكي هم: 45 معتقلا غادروا المؤسسات السجنية، و1083 "
        "شخصا كانوا متابعين في حالة سراح.\n\n"
        "وشمل عفو سابق 708 أشخاص، منهم 474 نزيلا في حالة اعتقال و234 في حالة سراح."
    )
    found = figures(text, "ar")
    assert (2476, "pardoned") in found
    assert (45, "pardoned") in found and (1083, "pardoned") in found
    assert (474, "pardoned") in found and (234, "pardoned") in found
    assert not any(metric == "detained" for _, metric in found)


def test_a_prison_population_named_in_other_words_is_the_population():
    english = (
        "The president pardoned 800 prisoners on Monday. The government put the country's inmate population at "
        "25,242. A researcher said the facilities hold almost 270,000 inmates."
    )
    found = figures(english, "en")
    assert found[(25242, "prison_population")][1] == "context"
    assert found[(270000, "prison_population")][1] == "context"
    french = "Le président a gracié 800 détenus lundi. Le système carcéral haïtien compte quelque 7 200 détenus."
    assert (7200, "prison_population") in figures(french, "fr")
    spanish = (
        "El presidente indultó a 800 presos el lunes, cerca del 15 por ciento de una población penitenciaria de "
        "unas 18.000."
    )
    assert (18000, "prison_population") in figures(spanish, "es")


def test_a_release_on_interim_bail_or_emergency_parole_is_temporary():
    lead = "The state will temporarily release about 17,000 prisoners, the minister said on Tuesday. "
    told_after = figures(lead + "He said 5,000 undertrial prisoners had been let out on interim bail.", "en")
    assert (5000, "temporarily_released") in told_after
    told_before = figures(lead + "Officials released 900 convicts on emergency parole.", "en")
    assert (900, "temporarily_released") in told_before


def test_a_french_compound_number_ending_in_the_feminine_one_keeps_it():
    text = "Le roi a accordé sa grâce à quatre mille huit cent trente et une personnes, a annoncé le ministère."
    assert (4831, "pardoned") in figures(text, "fr")


def test_a_release_verb_with_its_particle_after_the_people_counted():
    lead = "The president pardoned 800 prisoners on Monday. "
    assert (18000, "released") in figures(lead + "The ministry let some 18,000 prisoners out early.", "en")
    swap = figures(lead + "Azerbaijan handed 32 Armenian captives back to Armenia on Wednesday.", "en")
    assert (32, "released") in swap and (32, "detained") not in swap


def test_an_act_told_after_where_people_were_held_is_what_was_done_to_them():
    lead = "The president pardoned 800 prisoners on Monday. "
    commuted = figures(lead + "Seven prisoners on death row had their sentences commuted to life.", "en")
    assert (7, "sentence_reduced") in commuted
    held = figures(lead + "The 40 men on death row were not pardoned.", "en")
    assert held[(40, "detained")][1] == "context"


def test_spanish_pardons_that_reach_people_and_the_accented_perdon():
    lead = "El presidente indultó a 1.443 presos el viernes. "
    assert (12, "pardoned") in figures(lead + "Los decretos alcanzan a doce personas.", "es")
    reached = figures(lead + "Según la comisión, el perdón alcanzó a 299 reclusos en 1998.", "es")
    assert reached[(299, "pardoned")][1] == "other_event"


def test_a_list_line_labelled_with_an_earlier_year_is_background():
    text = (
        "LA PAZ, 3 Abr. (Agencia) - El presidente envió un decreto de amnistía e indulto que beneficiará a 2.735 "
        "presos.\n\n"
        "Los decretos anteriores beneficiaron a 3.000 reos, según este detalle:\n"
        "2013: 1.700\n"
        "2014: 1.300\n"
    )
    found = figures(text, "es")
    assert found[(1700, "pardoned")][1] == found[(1300, "pardoned")][1] == "other_event"
    assert found[(2735, "pardoned")][1] == "total"


def test_a_dari_swap_of_one_hostage_for_one_prisoner_is_relevant():
    text = (
        "کابل، ۲۸ سنبله ۱۴۰۱ (خبرگزاری) – سرپرست وزارت خارجه طالبان امروز دوشنبه اعلام کرد که یک مهندس امریکایی "
        "که دو سال گروگان بود، در بدل یک بزرگ قومی که در امریکا حبس ابد را سپری می‌کرد، رها شده است. او گفت "
        "تبادله در میدان هوایی کابل انجام شد."
    )
    result = read(text, "fa", dt.date(2022, 9, 19))
    assert result.relevant and "prisoner_exchange" in result.kinds
    assert result.announced_on == dt.date(2022, 9, 19)


def test_arabic_words_after_a_title_that_are_no_name():
    text = (
        "أصدر الملك هذا الأسبوع عفوا جديدا على 708 أشخاص. وأوضحت الوزارة أن رئيس الجمهورية اتخذ إجراءات عفو "
        "لفائدة 21 شخصا. وجرى التنفيذ بحضور النائب الأول لرئيس مجلس الوزراء. ووجه رئيس قسم أصول الفقه في كلية "
        "الشريعة الشكر إلى الوزارة."
    )
    assert officials(text, "ar") == {}


def test_an_english_office_with_its_article_before_a_comma_and_the_name():
    text = (
        "A statement signed by the Director-General of the Ghana Prisons Service, Patrick Darko Missah, said the "
        "president had pardoned 794 prisoners."
    )
    found = officials(text, "en")
    assert found["Patrick Darko Missah"][0] == "announcer"


def test_a_labelled_list_that_breaks_down_places_counts_no_people():
    text = (
        "تهران – سازمان زندان‌ها اعلام کرد ۲۱۷ هزار و ۴۳ نفر در زندان‌های کشور نگهداری می‌شدند و ۲۱۵۱۴ محکوم مالی "
        "آزاد شدند. این جمعیت در ۲۶۵ مرکز توزیع شده بود:\n"
        "- زندان بسته: ۱۷۳\n"
        "- زندان باز: ۶\n"
        "- اردوگاه: ۲۵\n"
    )
    found = figures(text, "fa")
    assert not {173, 6, 25} & {value for value, _ in found}


def test_states_named_in_french_spanish_arabic_and_persian_beyond_the_usual_ones():
    french = "BRUXELLES, 27 mars (Agence) – Trois cent vingt-trois détenus ont quitté les prisons belges pour un congé."
    assert read(french, "fr", dt.date(2020, 3, 27)).country == "BE"
    spanish = (
        "Ciudad de Panamá, 27 de agosto de 2004.- La presidenta panameña indultó a cuatro exiliados cubanos "
        "condenados en Panamá, y Cuba rompió relaciones."
    )
    assert read(spanish, "es", dt.date(2004, 8, 27)).country == "PA"
    english = "SALEM, Ore. — The governor commuted the death sentences of all 17 condemned inmates on Tuesday."
    assert read(english, "en", dt.date(2022, 12, 14)).country == "US"


def test_words_that_look_like_places_but_are_not():
    # "القنب الهندي" is cannabis, not India; "در آستانه عید" is the eve of a feast, not Astana.
    arabic = "الرباط – أصدر الملك محمد السادس عفوه على 4831 شخصا متابعين في قضايا زراعة القنب الهندي."
    assert read(arabic, "ar", dt.date(2024, 8, 20)).country == "MA"
    persian = "باکو – الهام علی‌اف در آستانه عید نوروز ۶۰۰ زندانی را عفو کرد."
    assert read(persian, "fa", dt.date(2024, 3, 18)).country == "AZ"


def test_a_state_that_welcomes_another_s_pardon_is_not_the_one_that_pardons():
    text = (
        "MADRID, 5 Jun. (Agencia) - El Gobierno español celebró este jueves el indulto que el presidente de Guinea "
        "Ecuatorial, Teodoro Obiang Nguema, concedió el miércoles a 37 presos."
    )
    assert read(text, "es", dt.date(2008, 6, 5)).country == "GQ"


def test_a_labelled_list_and_the_breakdown_of_the_total_reach_past_sentences_of_comment():
    text = (
        "MANAGUA, 26 Abr. (Agencia) - El Gobierno excarcelará el 4 de mayo a mil setecientos presos comunes, "
        "anunció el viernes la copresidenta.\n\n"
        "La excarcelación coincidirá con una fecha patria. La copresidenta hizo el anuncio en su alocución de "
        "mediodía.\n\n"
        "Del total, 1.541 son hombres y 159 mujeres. Por centros penitenciarios, el reparto es el siguiente:\n"
        "- Tipitapa: 606\n"
        "- Matagalpa: 300\n"
        "- Granada: 274\n"
    )
    found = figures(text, "es")
    for value in (1541, 159, 606, 300, 274):
        assert (value, "released") in found, value


def test_french_prison_leave_and_a_gracious_remission():
    leave = (
        "BRUXELLES, 28 mars (Agence) – Trois cent vingt-trois détenus ont quitté les prisons belges pour un congé "
        "pénitentiaire prolongé."
    )
    assert (323, "temporarily_released") in figures(leave, "fr")
    remission = (
        "NOUAKCHOTT, 28 novembre (Agence) – En 2022, une remise gracieuse d'un an avait de la même manière profité "
        "à deux cent vingt-huit condamnés."
    )
    assert (228, "sentence_reduced") in figures(remission, "fr")


def test_places_told_one_by_one_with_their_counts_and_the_verb_told_once():
    text = (
        "The bureau released 1,000 prisoners between November 26 and December 31. By facility, the largest group "
        "came from the Maximum Security Camp, with 199, followed by the Davao Prison and Penal Farm with 170. The "
        "Iwahig Prison and Penal Farm released 111; the San Ramon Prison and Penal Farm, 101; the Leyte Regional "
        "Prison, 69."
    )
    found = figures(text, "en")
    for value in (199, 170, 111, 101, 69):
        assert (value, "released") in found, value


def test_correctional_centres_in_the_country_hold_its_prison_population():
    text = (
        "The president pardoned 800 prisoners on Monday. The country's 243 correctional centres held 163,015 "
        "offenders, and the 253 custodial facilities in the country held about 80,804 inmates a year earlier."
    )
    found = figures(text, "en")
    assert (163015, "prison_population") in found and (80804, "prison_population") in found


def test_an_aside_on_one_person_leaves_the_count_its_own_words():
    text = (
        "The president pardoned 800 prisoners on Monday. The former minister, jailed after his conviction in 2020, "
        "was among 200 prisoners released under a presidential pardon."
    )
    found = figures(text, "en")
    assert (200, "pardoned") in found and (200, "detained") not in found


def test_arabic_sentence_cuts_and_those_who_benefit_from_the_measure_told_before():
    cut = "نواكشوط (وكالة) – وفي عيد الفطر خفضت سنة من عقوبة 214 سجينا."
    result = read(cut, "ar")
    assert result.relevant and (214, "sentence_reduced") in {(f.value, f.metric) for f in result.figures}
    benefit = "نواكشوط (وكالة) – أصدر الرئيس مرسوما بتخفيض سنة من العقوبة، استفاد منه 142 سجينا."
    assert (142, "sentence_reduced") in figures(benefit, "ar")
    pardon = "تونس (وكالة) – أصدر رئيس الجمهورية عفوا خاصا يقضي بالإفراج عن 2014 سجينا."
    assert (2014, "pardoned") in figures(pardon, "ar")


def test_both_ends_of_a_period_date_nothing_and_the_announcement_is_told_after():
    text = (
        "MUNTINLUPA CITY — The bureau released 1,000 prisoners between November 26 and December 31, its chief "
        "announced on Sunday."
    )
    assert read(text, "en", dt.date(2024, 12, 30)).announced_on == dt.date(2024, 12, 29)


def test_people_freed_and_then_named_as_the_pardon_s_beneficiaries_are_counted_once_as_pardoned():
    text = (
        "Nouvel An : le président accorde sa grâce à 1 223 détenus\n\n"
        "DAKAR, 1er janvier (Agence) – Mille deux cent vingt-trois (1 223) personnes condamnées et détenues dans les "
        "établissements pénitentiaires du pays commenceront l'année hors les murs. Le président leur a accordé sa "
        "grâce mardi, soir de la Saint-Sylvestre. Les 1 223 bénéficiaires sont des délinquants primaires."
    )
    result = read(text, "fr", dt.date(2025, 1, 1))
    assert [(f.value, f.metric) for f in result.figures if f.value == 1223] == [(1223, "pardoned")]
    assert result.announced_on == dt.date(2024, 12, 31)


def test_spanish_measures_that_reach_or_let_out_people_and_people_who_return_home():
    lead = "PANAMÁ, 27 Ago. (Agencia) - La presidenta indultó a cuatro exiliados el jueves. "
    reached = figures(
        lead + "El mismo decreto, adoptado en el Consejo de Gabinete, alcanza a otras 171 personas.", "es"
    )
    assert (171, "pardoned") in reached
    let_out = figures(lead + "Hace dos años otra medida de gracia permitió excarcelar a 41 detenidos.", "es")
    assert (41, "pardoned") in let_out
    home = (
        "Caracas, 2 oct (Agencia).- Siete ciudadanos estadounidenses regresaron el sábado a Estados Unidos en un canje."
    )
    assert (7, "released") in figures(home, "es")


def test_official_names_end_at_a_possessive_a_place_or_a_time():
    english = "The minister said the release of 4,068 inmates was part of President Bola Tinubu's Renewed Hope Agenda."
    assert "Bola Tinubu" in officials(english, "en")
    arabic = (
        "القاهرة (وكالة) – أصدر الرئيس قرارا بالعفو عن 30 سجينا. وقال المحامي خالد علي أمام بوابة السجن إن القرار "
        "تأخر، وأوضح وزير العدل أن عدد المستفيدين بلغ 30 شخصا عشية الخامس من يوليو."
    )
    found = officials(arabic, "ar")
    assert "خالد علي" in found
    assert not any(name.startswith(("عدد", "عشية")) or "أمام" in name for name in found)


def test_the_abbreviated_governor_is_a_title():
    assert officials("Gov. Kate Brown commuted 17 death sentences on Tuesday.", "en")["Kate Brown"][0] == "announcer"


def test_a_rate_per_head_of_population_counts_no_one():
    persian = (
        "تهران – رئیس قوه قضاییه ۳۰۰۰ زندانی را عفو کرد. ایران به ازای هر ۱۰۰ هزار نفر جمعیت، ۲۸۷ نفر در زندان‌اند."
    )
    assert {value for value, _ in figures(persian, "fa")} == {3000}
    english = "The president pardoned 800 prisoners on Monday. The country jails 287 prisoners per 100,000 inhabitants."
    assert {value for value, _ in figures(english, "en")} == {800}
    capacity = (
        "Le président a gracié 800 détenus lundi. Les prisons du pays accueillent quelque 13 200 détenus pour "
        "4 100 places."
    )
    assert (13200, "prison_population") in figures(capacity, "fr")


def test_arabic_young_men_and_gulf_residents_are_people_and_a_later_decree_goes_on_after_then():
    young = "القاهرة (وكالة) – أصدر الرئيس قرارا بالعفو عن 30 سجينا، بعد عفو رئاسي عن ٨٢ شابا في 2016، ثم عن ٢٠٣ آخرين في 2017."
    found = figures(young, "ar")
    assert (82, "pardoned") in found and (203, "pardoned") in found
    residents = figures("الرياض (وكالة) – شمل العفو 253 سجينا، منهم 169 سعوديا و84 مقيما.", "ar")
    assert residents[(84, "pardoned")][0] == "foreign_nationals"


def test_alternative_penalties_for_prisoners_reduce_their_sentences():
    result = read("The decree grants alternative penalties for 585 inmates, the ministry said.", "en")
    assert result.relevant and [(f.value, f.metric) for f in result.figures] == [(585, "sentence_reduced")]


def test_spanish_house_arrest_and_hostages_handed_back():
    house = (
        "LA PLATA, 9 abr (Agencia) – Cerca de 800 personas detenidas en cárceles de la provincia cumplirán arresto "
        "domiciliario mientras dure la emergencia sanitaria, informó este jueves el procurador general."
    )
    result = read(house, "es", dt.date(2020, 4, 9))
    assert result.relevant and (800, "temporarily_released") in {(f.value, f.metric) for f in result.figures}
    hostages = (
        "El ELN entrega a 28 secuestrados en el Catatumbo\n\n"
        "CÚCUTA, 4 de diciembre (Agencia) – Veintiocho personas que permanecían en poder de la guerrilla "
        "regresaron este miércoles con sus familias."
    )
    assert read(hostages, "es", dt.date(2025, 12, 4)).relevant


def test_the_word_for_a_hundred_in_a_percentage_counts_no_one():
    text = (
        "Crece la población en prisión\n\nCIUDAD DE MÉXICO (Agencia) - Había en México 233 mil 277 personas "
        "privadas de la libertad, 3.2 por ciento más; 46.9 por ciento de las mujeres esperaban sentencia."
    )
    assert 100 not in {value for value, _ in figures(text, "es")}


def test_a_breakdown_by_dash_lines_follows_its_count_read_again_as_a_pardon():
    text = (
        "Bio pardons 246 inmates on New Year's Day\n\n"
        "FREETOWN – Two hundred and forty-six prisoners walked out of correctional centres on Friday after the "
        "President granted them pardon.\n\n"
        "Figures show how the beneficiaries were spread across centres:\n\n"
        "Pademba Road Centre – 65\n"
        "Mafanta Centre – 50\n"
        "Kailahun Centre – 16\n"
    )
    found = figures(text, "en")
    for value in (65, 50, 16):
        assert found[(value, "pardoned")][1:] == ("part", 246)


def test_those_freed_after_a_pardon_are_its_people_and_the_prison_estate_holds_the_population():
    text = (
        "BANJUL (Agency) – President Barrow pardoned 21 prisoners in his New Year message. Of those freed, sixteen "
        "are Gambians. The prison estate, which holds about 3,000 people, is crowded."
    )
    found = figures(text, "en")
    assert (16, "pardoned") in found and (3000, "prison_population") in found


def test_arabic_counts_of_the_accused_freed_relieving_crowding_bail_and_prisons_that_house():
    freed = (
        "بغداد، 23 نيسان (وكالة) – أعلن مجلس القضاء الأعلى، أمس الأربعاء، أن عدد المتهمين الذين أطلق سراحهم "
        "بلغ عشرين ألفا وأربعين متهما، في واحدة من أوسع عمليات تخفيف الضغط عن مراكز التوقيف."
    )
    result = read(freed, "ar", dt.date(2020, 4, 23))
    assert result.relevant and [(f.value, f.metric) for f in result.figures] == [(20040, "released")]
    assert result.announced_on == dt.date(2020, 4, 22)
    bail = "عدن (وكالة) – أفرجت النيابة عن 482 سجينا، منهم ١٦٠ أُفرج عنهم بالضمان."
    assert (160, "temporarily_released") in figures(bail, "ar")
    houses = "الرباط (وكالة) – أصدر الملك عفوه على 500 سجين. والسجن المحلي يؤوي حاليا 10 آلاف و877 سجينا."
    assert (10877, "prison_population") in figures(houses, "ar")


def test_english_groups_named_by_what_was_done_to_them_and_a_population_s_change():
    commuted = (
        "President Obama commuted the sentences of 214 federal inmates on Wednesday. Sixty-seven of those whose "
        "sentences were cut had been serving life in prison."
    )
    assert figures(commuted, "en")[(67, "sentence_reduced")][1:] == ("part", 214)
    population = (
        "Parliament approved the early release of about 500 prisoners. The prison population jumped from 7,948 on "
        "March 18 to 8,348 on May 16."
    )
    found = figures(population, "en")
    assert (7948, "prison_population") in found and (8348, "prison_population") in found


def test_the_day_told_with_the_verb_that_grants_the_measure_beats_the_day_of_a_reaction():
    french = (
        "TUNIS, 2 avril (Agence) – Dans un communiqué publié jeudi, l'organisation a réagi à la grâce spéciale "
        "accordée mardi par le président à 1 420 détenus."
    )
    assert read(french, "fr", dt.date(2020, 4, 2)).announced_on == dt.date(2020, 3, 31)
    spanish = (
        "MADRID, 5 Jun. (Agencia) - El Gobierno expresó este jueves su satisfacción por el indulto que el "
        "presidente concedió el miércoles a 37 presos."
    )
    assert read(spanish, "es", dt.date(2008, 6, 5)).announced_on == dt.date(2008, 6, 4)


def test_arabic_bodies_after_a_title_are_no_names():
    text = (
        "الرياض (وكالة) – خفف الملك حكم الإعدام عن ثلاثة شبان. ورحب رئيس هيئة حقوق الإنسان بالقرار، وقال مدير "
        "شعبة السجون إن القرار نفذ."
    )
    assert not any(name.startswith(("حقوق", "شعبة")) for name in officials(text, "ar"))


def test_a_persian_lead_with_no_day_is_dated_by_the_next_sentence_that_tells_its_figures():
    text = (
        "حدود نیمی از زندانیان استان به مرخصی رفتند\n\n"
        "اصفهان، ۱۵ فروردین ۱۴۰۰ (روزنامه) – ۶ هزار و ۷۲۲ زندانی استان اصفهان تعطیلات نوروز را با استفاده از "
        "مرخصی در کنار خانواده‌هایشان گذراندند. رئیس کل دادگستری استان، دیروز شنبه با اعلام این آمار گفت این رقم "
        "حدود نصف زندانیان استان است."
    )
    assert read(text, "fa", dt.date(2021, 4, 4)).announced_on == dt.date(2021, 4, 3)


def test_an_office_with_an_adjective_of_its_place_before_a_comma_and_the_name():
    text = (
        "LA PLATA, 9 abr (Agencia) – El procurador general bonaerense, Julio Conte Grand, informó que 800 presos "
        "cumplirán arresto domiciliario."
    )
    found = officials(text, "es")
    assert found["Julio Conte Grand"][0] == "announcer"


def test_a_head_of_state_names_the_state_beyond_the_usual_ones():
    text = "President Hakainde Hichilema has pardoned 859 inmates to mark the anniversary of independence."
    assert read(text, "en", dt.date(2024, 10, 24)).country == "ZM"
    spanish = "El presidente José Raúl Mulino firmó los decretos que rebajan la pena de 475 reos."
    assert read(spanish, "es", dt.date(2026, 1, 8)).country == "PA"


def test_both_who_co_lead_the_government_that_frees_people_are_its_officials():
    text = (
        "SAN JOSÉ, 26 abr (Agencia) – El Gobierno que copresiden Daniel Ortega y Rosario Murillo sacará de las "
        "cárceles a 1.700 presos."
    )
    found = officials(text, "es")
    assert found["Daniel Ortega"][0] == found["Rosario Murillo"][0] == "announcer"
