"""Clemency reports, pass thirteen: the readings a round of articles never seen before showed missing
(scored before any rule was written for them), each written as a class of wording rather than one
article's sentence."""

import datetime as dt

from releases.extraction import extract
from tests import extraction_readings as readings

PUBLISHED = dt.date(2024, 5, 10)  # a Friday


read, figures, officials = readings.in_any_language(PUBLISHED)


def test_prisoners_counted_with_no_verb_after_the_measure_are_its_people():
    spanish = (
        "El Gobierno aprobó el jueves un indulto para 1.860 reclusos mayores de edad. En la ex Penitenciaría "
        "de Santiago, de la que saldrán cerca de 300 reos, la ministra visitó los patios."
    )
    found = figures(spanish, "es")
    assert found[(1860, "pardoned")][1] == "total"
    assert found[(300, "pardoned")][1:] == ("part", 1860)
    arabic = "أصدر الملك عفوا عن 1200 سجين بمناسبة عيد الفطر. وضمت الدفعة الأولى 450 سجينا من سجن الرباط."
    assert figures(arabic, "ar")[(450, "pardoned")][1:] == ("part", 1200)


def test_prisoners_counted_with_another_fate_or_as_a_whole_are_not_the_measure_s():
    spanish = (
        "El Gobierno aprobó el jueves un indulto para 1.860 reclusos. En la misma cárcel murieron dos internos "
        "durante el motín de marzo."
    )
    assert (2, "pardoned") not in figures(spanish, "es")
    english = (
        "The king pardoned 30,000 inmates on Thursday. The department said 224,000 convicts qualify out of a "
        "total of 282,000 inmates."
    )
    assert all(value != 282000 for value, _metric in figures(english, "en"))


def test_prisoners_who_asked_for_the_measure_are_still_held():
    english = (
        "The governor commuted the death sentences of 15 men on Tuesday. His office said it had received "
        "clemency petitions from 89 death row prisoners. At the time, 460 inmates had petitioned for mercy."
    )
    found = figures(english, "en")
    assert found[(15, "sentence_reduced")][1] == "total"
    assert found[(89, "detained")][1] == "context"
    assert found[(460, "detained")][1] == "context"
    assert not {(89, "pardoned"), (89, "sentence_reduced"), (460, "released"), (460, "pardoned")} & set(found)
    spanish = "El presidente indultó a seis reos enfermos. La comisión revisó las solicitudes de indulto de 916 reos."
    assert (916, "detained") in figures(spanish, "es")


def test_a_list_line_with_no_act_of_its_own_takes_the_act_of_the_count_above_the_list():
    text = (
        "The President has granted amnesty to 998 prisoners, the statement said.\n\n"
        "The breakdown of the 998 beneficiaries is as follows:\n\n"
        "- First-time offenders: 787\n"
        "- Death sentences commuted to life imprisonment: 87\n"
        "- Life sentences commuted to 20 years: 51\n"
        "- Seriously ill prisoners: 33\n"
        "- Prisoners aged 70 and above: 36\n"
        "- Nursing mothers: 4\n"
    )
    found = figures(text, "en")
    assert found[(51, "sentence_reduced")][1] == "part"
    for value in (787, 33, 36, 4):
        assert (value, "pardoned") in found, value
        assert (value, "sentence_reduced") not in found, value


def test_capacities_ages_and_shares_are_not_counts_of_people():
    english = (
        "About one in five of the country's prisoners walked free on Thursday under a presidential amnesty, "
        "which covers prisoners over 60 who have served a tenth of their terms. A total of 4,270 inmates were "
        "released. Before the releases, the prisons, which are built to hold about 17,000 people, housed more "
        "than 22,000."
    )
    values = {value for value, _metric in figures(english, "en")}
    assert 4270 in values
    assert not {5, 60, 17000} & values
    spanish = (
        "El Gobierno indultó a 2.000 presos. Las cárceles, con capacidad para unas 11.000 personas, albergan a "
        "más de 30.000 internos."
    )
    assert 11000 not in {value for value, _metric in figures(spanish, "es")}


def test_a_request_granted_is_the_measure_not_people_still_held():
    found = figures("رئیس قوه قضاییه با درخواست آزادی ۵۰۰ زندانی موافقت کرد.", "fa")
    assert (500, "released") in found and (500, "detained") not in found


def test_a_french_newspaper_dateline_dates_the_report_and_the_weekday_dates_the_measure():
    # Published Thursday 6 February 2020: "mercredi" is the 5th, the dateline's day the report's.
    text = (
        "Guinée : le président gracie 233 condamnés\n\n"
        "Conakry, 6 février 2020 - Le président de la République a fait usage mercredi de son droit de grâce "
        "en faveur de 233 personnes condamnées pour des infractions de droit commun."
    )
    assert read(text, "fr", dt.date(2020, 2, 6)).announced_on == dt.date(2020, 2, 5)


def test_a_date_after_publication_is_not_the_announcement():
    # Published Friday 26 April 2024: the holiday "ce samedi 27 avril" is still to come; the decree was signed
    # on Thursday.
    text = (
        "Togo : 808 détenus graciés avant la fête de l'indépendance\n\n"
        "Lomé, 26 avril 2024 - Le chef de l'Etat a accordé sa grâce à 808 condamnés à l'approche de "
        "l'anniversaire de l'indépendance, célébré ce samedi 27 avril. Le décret a été signé jeudi."
    )
    assert read(text, "fr", dt.date(2024, 4, 26)).announced_on == dt.date(2024, 4, 25)


def test_a_french_prison_population_report_is_read_with_the_prisons_named_the_sentence_before():
    text = (
        "Prisons : 80 792 détenus au 1er décembre, la surpopulation bat un nouveau record\n\n"
        "Les prisons n'ont jamais été aussi pleines. Selon les statistiques publiées mardi par le ministère, "
        "80 792 personnes étaient détenues au 1er décembre, pour seulement 62 404 places."
    )
    result = read(text, "fr", dt.date(2024, 12, 4))
    assert result.relevant
    assert {(f.value, f.metric, f.role) for f in result.figures} >= {(80792, "prison_population", "context")}


def test_a_persian_earlier_measure_is_dated_back_however_long_its_clause():
    text = (
        "رهبر انقلاب با عفو یا تخفیف مجازات ۲ هزار و ۲۷۲ محکوم موافقت کرد. "
        "آبان سال گذشته نیز عفو مشابهی به مناسبت میلاد پیامبر اسلام و امام جعفر صادق اعلام شد که ۳۴۵۸ محکوم را در بر گرفت."
    )
    found = figures(text, "fa")
    assert found[(2272, "pardoned")][1] == "total"
    assert found[(3458, "pardoned")][1] == "other_event"


def test_prisoners_still_held_or_counted_in_the_headline_are_not_taken_for_the_measure_s():
    headline = "Board backs 527 commutations; 462 inmates set to walk out Monday"
    english = (
        f"{headline}\n\nThe governor commuted the sentences of 527 inmates on Friday, leaving 462 inmates scheduled "
        "for release."
    )
    found = {(f.value, f.metric) for f in extract(english, published=PUBLISHED, title=headline, language="en").figures}
    assert (462, "sentence_reduced") not in found
    french = (
        "Le président a gracié 3 115 détenus mercredi. La mesure s'applique sur un effectif carcéral total de "
        "21 186 détenus."
    )
    assert 21186 not in {value for value, _metric in figures(french, "fr")}
    persian = "۱۷۱ زندانی با فرمان رئیس‌جمهور آزاد شدند. هم‌اکنون حدود ده هزار و ۵۰۰ زندانی در این محبس نگهداری می‌شوند."
    assert (10500, "released") not in figures(persian, "fa")


def test_spanish_and_french_hundreds_told_as_a_group_noun_are_counts():
    spanish = "El Gobierno indultó el jueves a casi dos centenares de presos y a medio centenar de reos enfermos."
    values = {value for value, _metric in figures(spanish, "es")}
    assert {200, 50} <= values
    vague = "El Gobierno indultó el jueves a centenares de presos."
    assert 100 not in {value for value, _metric in figures(vague, "es")}
    french = "Le président a gracié jeudi une centaine de détenus, mais des centaines d'autres restent en prison."
    assert {value for value, _metric in figures(french, "fr")} == {100}


def test_a_breakdown_of_the_group_told_before_is_of_its_measure():
    text = (
        "Un total de 476 reclusos salieron el miércoles tras recibir rebajas de pena. "
        "Del grupo, 141 son mujeres y 335 son hombres."
    )
    found = figures(text, "es")
    assert found[(141, "sentence_reduced")][1:] == ("part", 476)
    assert found[(335, "sentence_reduced")][1:] == ("part", 476)


def test_a_royal_pardon_communique_s_lines_take_the_act_each_names_after_its_colon():
    arabic = (
        "أصدر الملك عفوه لفائدة 500 شخص بمناسبة العيد.\n\n"
        "أما المستفيدون الموجودون في حالة سراح فبلغ عددهم 120 شخصا، وتوزعوا على النحو التالي:\n\n"
        "- 62 شخصا: العفو من العقوبة الحبسية أو مما تبقى منها؛\n"
        "- 40 شخصا: تخفيض العقوبة الحبسية؛\n"
        "- 18 شخصا: العفو من الغرامة وحدها."
    )
    found = figures(arabic, "ar")
    assert (120, "pardoned") in found and (120, "sentence_reduced") not in found
    assert (62, "pardoned") in found and (18, "pardoned") in found
    assert found[(40, "sentence_reduced")][1] == "part"
    french = (
        "Le roi a accordé sa grâce à 500 personnes. Elles se répartissent comme suit :\n\n"
        "- 62 personnes : remise totale de la peine ;\n"
        "- 40 personnes : réduction de la peine ;\n"
        "- 18 personnes : remise de l'amende."
    )
    found = figures(french, "fr")
    assert {(62, "pardoned"), (40, "sentence_reduced"), (18, "pardoned")} <= set(found)


def test_a_french_royal_pardon_communique_reads_each_group_s_measure():
    text = (
        "Le roi a fait usage de son droit de grâce en faveur de 2 476 personnes, a indiqué lundi le ministère. "
        "Le communiqué dénombre 2 278 bénéficiaires actuellement détenus. Parmi eux, 171 sont dispensés du "
        "reliquat de leur peine, 2 090 voient leur peine d'emprisonnement raccourcie et 15 condamnés à la "
        "réclusion perpétuelle obtiennent une peine à durée déterminée. S'y ajoutent 182 personnes en liberté, "
        "exemptées en tout ou partie de leur peine."
    )
    found = {(value, metric) for value, metric in figures(text, "fr")}
    assert {(2278, "pardoned"), (171, "pardoned"), (2090, "sentence_reduced"), (15, "sentence_reduced"),
            (182, "pardoned")} <= found  # fmt: skip
    assert (2278, "sentence_reduced") not in found  # "communiqué" is no commutation


def test_a_list_takes_the_measure_its_heading_names_past_a_blank_line():
    text = (
        "La Comisión de Amnistía concedió el lunes la libertad a 479 personas, según el informe anual. "
        "De ellas, 411 ya salieron en libertad.\n\n"
        "El perfil de los beneficiarios, según el documento:\n\n"
        "• Mujeres: 159\n"
        "• Hombres: 319\n"
    )
    found = figures(text, "es")
    assert (159, "pardoned") in found and (319, "pardoned") in found
    assert (159, "released") not in found


def test_a_measure_named_as_a_time_before_it_is_not_the_act():
    text = (
        "El Gobierno liberó ayer a 299 reclusos. La comisión, que antes del indulto calculaba que en las cárceles "
        "había al menos 500 presos políticos, pidió más excarcelaciones."
    )
    found = figures(text, "es")
    assert (500, "pardoned") not in found and (500, "detained") in found


def test_arabic_members_of_a_group_counted_after_min_are_people():
    text = "أصدر الرئيس قرارا بالعفو العام عن 259 من منسوبي الحركات المسلحة."
    assert (259, "pardoned") in figures(text, "ar")


def test_a_list_line_with_a_subgroup_after_its_count_does_not_cut_the_list():
    text = (
        "Two hundred prisoners walked out of correctional centres on Friday after the President granted them "
        "pardon. The beneficiaries were spread across the centres:\n\n"
        "Pademba Road Centre – 65\n"
        "Mafanta Centre – 50\n"
        "Pujehun Centre – 6, including one woman\n"
        "Mattru Jong Centre – 5\n"
        "Kabala Centre – 3\n"
    )
    values = {value for value, _metric in figures(text, "en")}
    assert {65, 50, 6, 5, 3} <= values


def test_a_list_under_a_heading_that_ends_with_a_date_still_counts_people():
    text = (
        "Le ministère a annoncé la remise en liberté de 322 détenus. Selon le décompte d'une ONG, 513 prisonniers "
        "ont été libérés entre le 19 mars et le 15 avril. Les juridictions les plus concernées sont :\n\n"
        "- Les Cayes : 93\n"
        "- Port-au-Prince : 84\n"
        "- Jérémie : 37\n"
    )
    found = figures(text, "fr")
    assert {(93, "released"), (84, "released"), (37, "released")} <= set(found)


def test_the_beneficiaries_of_a_release_are_released_not_pardoned():
    spanish = (
        "El Gobierno excarceló este viernes a 1.150 prisioneros bajo el régimen de convivencia familiar. "
        "Los beneficiados son 1.059 hombres y 91 mujeres."
    )
    found = figures(spanish, "es")
    assert {(1059, "released"), (91, "released")} <= set(found)
    assert (1059, "pardoned") not in found
    pardon = "El Gobierno indultó este viernes a 1.150 prisioneros. Los beneficiados son 1.059 hombres y 91 mujeres."
    assert (1059, "pardoned") in figures(pardon, "es")


def test_a_prison_administration_s_census_is_a_population_story_in_arabic_and_persian():
    arabic = (
        "مندوبية السجون: 105094 سجينا في المغرب نهاية 2024\n\n"
        "كشفت المندوبية العامة لإدارة السجون أن عدد نزلاء المؤسسات السجنية بلغ 105094 سجينا وسجينة، وبلغ "
        "معدل الاعتقال 289 سجينا لكل مائة ألف نسمة، وغادرها 98673 معتقلا، 10 في المائة منهم إثر البراءة."
    )
    result = read(arabic, "ar", dt.date(2025, 7, 2))
    assert result.relevant
    found = {(f.value, f.metric) for f in result.figures}
    assert (105094, "prison_population") in found
    assert not {value for value, _metric in found} & {289, 10}  # a rate and a percentage
    persian = (
        "رئیس سازمان زندان‌ها: ۱۵۳ هزار نفر در زندان‌های ایران‌اند\n\n"
        "رئیس سازمان زندان‌ها می‌گوید هم‌اکنون ۱۵۳ هزار نفر در زندان‌های کشور نگهداری می‌شوند."
    )
    result = read(persian, "fa", dt.date(2006, 12, 4))
    assert result.relevant and (153000, "prison_population") in {(f.value, f.metric) for f in result.figures}


def test_an_act_told_before_where_the_people_stay_is_their_act():
    text = "The ministry cut the sentences of 176,984 inmates; 172,678 received a partial reduction and will remain in prison."
    found = figures(text, "en")
    assert (172678, "sentence_reduced") in found and (172678, "detained") not in found


def test_records_cleared_are_people_pardoned():
    text = "The governor said on Monday the decision would clear the records of about 45,000 people."
    assert (45000, "pardoned") in figures(text, "en")


def test_a_prison_census_is_dated_by_the_sentence_of_its_count():
    text = (
        "مندوبية السجون: 105094 سجينا في المغرب نهاية 2024\n\n"
        "كشفت المندوبية العامة لإدارة السجون، في تقرير أنشطتها الذي نشرته أمس الثلاثاء، أن عدد نزلاء المؤسسات "
        "السجنية بلغ 105094 سجينا وسجينة."
    )
    assert read(text, "ar", dt.date(2025, 7, 2)).announced_on == dt.date(2025, 7, 1)


def test_a_french_dateline_with_le_dates_the_report_only():
    text = (
        "Côte d'Ivoire : grâce collective pour 3 115 détenus\n\n"
        "Abidjan, le 16 janvier 2020 - Le président a décidé d'accorder une grâce collective à 3 115 détenus, a "
        "annoncé mercredi le porte-parole du gouvernement."
    )
    assert read(text, "fr", dt.date(2020, 1, 16)).announced_on == dt.date(2020, 1, 15)


def test_the_comoros_and_the_dominican_republic_are_named_by_their_places_and_leaders():
    french = (
        "Comores : le président gracie dix-sept opposants\n\n"
        "MORONI, 30 mai (Agence) - Le président comorien Azali Assoumani a accordé sa grâce à dix-sept personnes."
    )
    result = read(french, "fr", dt.date(2019, 5, 30))
    assert result.country == "KM" and "Azali Assoumani" in {o.name for o in result.officials}
    spanish = "El presidente Leonel Fernández concedió el indulto a seis reclusos con enfermedades terminales."
    assert read(spanish, "es").country == "DO"


def test_a_headline_s_country_label_names_the_country_that_frees():
    text = (
        "Iran : deux Français libérés pour raisons humanitaires\n\n"
        "PARIS, 13 mai (Agence) - Deux ressortissants français détenus en Iran ont été remis en liberté vendredi "
        "et ont regagné la France, a annoncé le ministère français des Affaires étrangères. La France demande la "
        "libération de quatre autres Français."
    )
    assert read(text, "fr", dt.date(2023, 5, 13)).country == "IR"


def test_persian_and_arabic_wordings_of_the_rest_of_a_term_remitted_and_of_two_decrees_covering():
    persian = "بیش از هزار و ۵۰۰ زندانی در آستانه عید از باقی‌مانده حبس خود معاف می‌شوند."
    found = figures(persian, "fa")
    assert (1500, "pardoned") in found and (1500, "released") not in found
    money = "رئیس قوه قضاییه با عفو ۲۰۰ زندانی موافقت کرد و ۱۸ همت بدهی این زندانیان بخشیده شد."
    assert 18 not in {value for value, _metric in figures(money, "fa")}
    arabic = "أصدر الرئيس مرسومين رئاسيين بالعفو، وكان مرسوما العام الماضي قد شملا 8049 محبوسا."
    assert 8049 in {value for value, _metric in figures(arabic, "ar")}


def test_people_stepping_out_of_prisons_and_where_a_count_s_people_came_from():
    text = (
        "More than 350 persons deprived of liberty stepped out of national penitentiaries on Tuesday. "
        "BuCor said a total of 371 inmates were freed. Of these, 191 came from the New Bilibid Prison."
    )
    found = figures(text, "en")
    assert {(350, "released"), (371, "released"), (191, "released")} <= set(found)


def test_a_census_s_whole_told_before_its_lines_is_the_population():
    text = (
        "Informe del comisionado: 16.624 presos en Uruguay\n\n"
        "Al cierre del año había 16.624 personas privadas de libertad en el país, según el informe. "
        "La población reclusa se reparte así:\n\n"
        "- En condiciones de trato cruel: 7.299 personas\n"
        "- En condiciones insuficientes: 5.870 personas\n"
    )
    found = figures(text, "es")
    assert (16624, "prison_population") in found
    assert (7299, "detained") in found and (7299, "prison_population") not in found


def test_persons_deprived_of_liberty_are_people_and_a_law_s_number_is_not():
    text = (
        "The bureau released 500 PDLs between October 22 and November 25 under Republic Act 10592, and 7,707 "
        "PDLs have walked out since January. Decreto 270 benefició a 29 internos."
    )
    values = {value for value, _metric in figures(text, "en")}
    assert {500, 7707} <= values and 10592 not in values
    spanish = "El Decreto 270 benefició a 29 internos, según el artículo 184 de la Constitución."
    assert {value for value, _metric in figures(spanish, "es")} == {29}


def test_a_french_measure_that_concerns_people_covers_them_unless_denied():
    text = "Le président a signé un décret de grâce. Le décret concerne trois détenus, mais ne concerne pas les 34 autres condamnés."
    result = read(text, "fr")
    assert (3, "pardoned") in {(f.value, f.metric) for f in result.figures}
    assert all("concerne" not in f.reason for f in result.figures if f.value == 34)


def test_who_a_count_told_before_is_se_trata_de_and_varones():
    text = (
        "El régimen excarceló este lunes a 91 presos políticos. La vicepresidenta detalló que se trata de "
        "84 varones y siete mujeres."
    )
    found = figures(text, "es")
    assert found[(84, "released")][1:] == ("part", 91) and (7, "released") in found


def test_hostages_handed_over_and_people_home_with_their_families_are_released():
    handed = "El ELN entrega a 28 secuestrados en el Catatumbo, cinco de ellos menores de edad."
    assert (28, "released") in figures(handed, "es")
    home = "Treinta personas secuestradas regresaron este miércoles con sus familias tras meses de cautiverio."
    assert (30, "released") in figures(home, "es")


def test_people_still_held_stay_held_though_a_later_clause_speaks_of_their_release():
    text = (
        "أصدر الرئيس مرسوم عفو عام. وقالت الشبكة إن قرابة 130 ألف شخص ما زالوا محتجزين في مراكز الاحتجاز، وإن "
        "الإفراج عنهم بهذا المعدل يحتاج إلى سنوات."
    )
    found = figures(text, "ar")
    assert (130000, "detained") in found and (130000, "pardoned") not in found


def test_a_list_line_whose_count_carries_its_noun_keeps_the_next_line_in_the_list():
    text = (
        "أفرجت وزارة الداخلية عن 2002 سجين بمناسبة العيد، وجاءت حصيلة المفرج عنهم على النحو التالي:\n\n"
        "- الإفراج بالعفو عن باقي مدة العقوبة: 1595 سجينا.\n"
        "- الإفراج الشرطي لمن انطبقت عليهم شروطه: 268 سجينا.\n"
        "- الغارمون المحبوسون لعجزهم عن سداد ديونهم: 139.\n"
    )
    assert 139 in {value for value, _metric in figures(text, "ar")}


def test_prison_housing_told_with_a_day_between_and_defenders_freed_in_a_swap():
    french = (
        "Prisons belges : 11 569 détenus pour 10 418 places\n\n"
        "Selon l'administration pénitentiaire, les établissements du pays hébergeaient mardi 11 569 personnes."
    )
    assert (11569, "prison_population") in figures(french, "fr")
    english = (
        "Ukraine and Russia swapped prisoners on Wednesday. Among those freed were seven defenders of Snake Island."
    )
    assert (7, "released") in figures(english, "en")
