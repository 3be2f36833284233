"""Officials' countries, named prisoners that are people, and kinds tied to the measure taken."""

import datetime as dt

import pytest

from releases.extraction import extract

PUBLISHED = dt.date(2024, 3, 14)


def officials(text: str) -> dict[str, tuple[str, str | None]]:
    return {o.name: (o.role, o.country) for o in extract(text, published=PUBLISHED).officials}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Nicaragua freed 222 political prisoners on Thursday. U.S. Secretary of State Lena Brooks "
            "welcomed the release.",
            "Lena Brooks",
            "US",
        ),
        (
            "Iran pardoned 2,000 prisoners on Monday. Britain's foreign minister Jane Holloway said the "
            "pardon was welcome.",
            "Jane Holloway",
            "GB",
        ),
        (
            "Iran pardoned 2,000 prisoners on Monday. The French president, Marc Dupuis, welcomed it.",
            "Marc Dupuis",
            "FR",
        ),
        ("Iran pardoned 2,000 prisoners on Monday, judiciary spokesman Reza Tavana said.", "Reza Tavana", "IR"),
    ],
)
def test_official_country_comes_from_the_role_before_the_article(text, name, country):
    assert officials(text)[name][1] == country


def test_no_official_from_a_place_or_a_possessive():
    text = (
        "Cuba released 50 prisoners and flew them to the United States, a move by President Pablo Marin's "
        "government after talks."
    )
    found = officials(text)
    assert set(found) == {"Pablo Marin"}


def test_role_of_an_organisation_is_not_its_holder():
    text = (
        "The president pardoned 900 prisoners, but not Dara Wickrama, general secretary of the Lotus Path "
        "group, who is serving six years."
    )
    result = extract(text, published=PUBLISHED)
    assert [o.name for o in result.officials] == []
    assert result.named_prisoners == ["Dara Wickrama"]


def test_appositive_must_read_as_a_role():
    text = "Iran freed 40 prisoners, and Leila Nouri, a teacher from Tabriz, said her brother was among them."
    assert officials(text) == {}


def test_comma_before_a_titled_name_does_not_join_the_role():
    text = "Hours before leaving office, President Tom Avery pardoned 12 prisoners."
    assert officials(text)["Tom Avery"][0] == "President"


@pytest.mark.parametrize(
    "group",
    ["Proud Sons", "Oath Riders", "Revolutionary Guard", "Human Rights Council", "Kachin Baptist Church"],
)
def test_named_prisoners_are_people_not_groups(group):
    text = f"The government freed 30 prisoners on Monday, including members of the {group} jailed last year."
    assert extract(text, published=PUBLISHED).named_prisoners == []


def test_named_prisoners_drop_titles_and_places():
    text = (
        "Russia released 2 prisoners in a swap at the Abu Dhabi airport. Former Marine Kyle Rowan, held "
        "in Russia since 2019, was not included."
    )
    assert extract(text, published=PUBLISHED).named_prisoners == ["Kyle Rowan"]


def test_named_prisoner_needs_a_detention_word_near_the_name():
    text = (
        "The king pardoned 500 prisoners on Monday, among them the journalist Omar Fathy. "
        "Nadia Selim, a novelist, read a poem at the ceremony."
    )
    assert extract(text, published=PUBLISHED).named_prisoners == ["Omar Fathy"]


@pytest.mark.parametrize(
    "text",
    [
        "Five prisoners were released on Monday, Samir Haddad said after visiting the jail.",
        "Five prisoners were released on Monday, said Samir Haddad, who visited the jail.",
    ],
)
def test_a_speaker_is_not_a_named_prisoner(text):
    assert extract(text, published=PUBLISHED).named_prisoners == []


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "The president pardoned 300 prisoners on Monday. Rights groups called for an amnesty for 40 "
            "political detainees.",
            ["pardon"],
        ),
        ("The king pardoned 300 prisoners, but there was no amnesty for the 12 protest leaders.", ["pardon"]),
        ("Parliament approved an amnesty for 3,000 prisoners on Monday.", ["amnesty"]),
        ("Activists urged the king to pardon 40 journalists; 300 other prisoners were freed on Monday.", ["release"]),
    ],
)
def test_kinds_need_the_measure_taken(text, kinds):
    assert extract(text, published=PUBLISHED).kinds == kinds


def test_official_country_from_the_country_the_name_is_of():
    text = "Iran freed 5 prisoners on Monday. President Ama Mensah of Ghana welcomed it, and so did Iran."
    assert officials(text)["Ama Mensah"] == ("President", "GH")


def test_french_and_spanish_titles_before_a_name_make_officials():
    import datetime as dt

    from releases.extraction import extract

    fr = extract(
        "Le président Macky Sall a gracié 426 détenus dimanche, a indiqué le ministre de la Justice Ismaïla Madior Fall. "
        "Le Conseil national de suivi a salué la mesure.",
        published=dt.date(2019, 8, 12),
        language="fr",
    )
    assert {o.name for o in fr.officials} == {"Macky Sall", "Ismaïla Madior Fall"}
    es = extract(
        "El mandatario Nicolás Maduro indultó a 110 opositores el lunes, anunció el ministro Jorge Rodríguez.",
        published=dt.date(2020, 9, 1),
        language="es",
    )
    assert {o.name for o in es.officials} == {"Nicolás Maduro", "Jorge Rodríguez"}
    assert {o.part for o in es.officials} == {"announcer"}


def script_officials(text: str, lang: str) -> dict[str, tuple[str, str | None, str]]:
    result = extract(text, published=PUBLISHED, language=lang)
    return {o.name: (o.role, o.country, o.part) for o in result.officials}


def test_arabic_title_then_name_ends_at_the_family_name_or_a_particle():
    text = (
        "عمان، 12 مارس – أصدر العاهل الأردني الملك عبد الله الثاني عفوا عن 400 سجين. وقال وزير العدل "
        "سليم الحداد إن القرار يشمل 120 امرأة، فيما أوضح مدير إدارة السجون العميد ماهر عبد الكريم قد بدأ الإفراج. "
        "ورحب المبعوث الأممي إلى الأردن بيتر هانسن بالقرار."
    )
    found = script_officials(text, "ar")
    assert set(found) == {"عبد الله الثاني", "سليم الحداد", "ماهر عبد الكريم", "بيتر هانسن"}
    assert found["سليم الحداد"][0] == "وزير العدل"
    assert found["عبد الله الثاني"][1] == "JO"


def test_arabic_name_before_an_appositive_title():
    text = (
        "أفرجت السلطات عن 300 سجين يوم الأحد. وقال خالد منصور، رئيس لجنة شؤون السجناء، إن الدفعة الثانية قريبة. "
        "لكن سامي يوسف، مدير المرصد الوطني لحقوق الإنسان ومقره جنيف، شكك في العدد."
    )
    found = script_officials(text, "ar")
    assert set(found) == {"خالد منصور", "سامي يوسف"}
    assert found["خالد منصور"][0] == "رئيس لجنة شؤون السجناء"


def test_persian_names_by_honorific_or_apposition_not_by_an_office_word():
    text = (
        "تهران، ۲۰ بهمن – آیت‌الله حسن موسوی این عفو را تأیید کرد و ۲ هزار زندانی آزاد شدند. "
        "به دستور الیاس رحمانی، رئیس‌جمهور، ۳۰۰ زندانی دیگر نیز آزاد شدند. "
        "رئیس سازمان زندان‌ها هر سال شمار زندانیان را اعلام می‌کند. "
        "کمال آیدین، رئیس‌جمهور ترکیه، از این اقدام استقبال کرد."
    )
    found = script_officials(text, "fa")
    assert set(found) == {"حسن موسوی", "الیاس رحمانی", "کمال آیدین"}
    assert found["کمال آیدین"][1:] == ("TR", "commenter")
    assert found["الیاس رحمانی"][2] == "announcer"


def test_a_title_word_used_as_a_noun_or_followed_by_a_verb_makes_no_official():
    text = "أفرجت السلطات عن 300 سجين. وانتظر الأهالي قرب جسر الرئيس في دمشق، وقال الرئيس إن العفو شامل."
    assert script_officials(text, "ar") == {}


def test_a_french_or_spanish_office_before_a_comma_and_the_head_of_an_institution():
    es = extract(
        "El Gobierno indultó a 110 presos. El ministro de Comunicación y Turismo, Ramón Vidal, leyó la lista. "
        "El Consejo de Estado, presidido por Teresa Ortiz, aprobó la medida. El asesor de Seguridad Nacional, "
        "Pablo Ruiz, lo celebró.",
        published=PUBLISHED,
        language="es",
    )
    assert {"Ramón Vidal", "Teresa Ortiz", "Pablo Ruiz"} <= {o.name for o in es.officials}
    assert "Seguridad Nacional" not in {o.name for o in es.officials}
    fr = extract(
        "Le chef de l'Etat a gracié 700 détenus, a annoncé son directeur de cabinet, Paul Mbala. Le ministère "
        "dirigé par Me Awa Diop précise la liste.",
        published=PUBLISHED,
        language="fr",
    )
    assert {"Paul Mbala", "Awa Diop"} <= {o.name for o in fr.officials}


@pytest.mark.parametrize(
    ("text", "lang", "name", "role"),
    [
        ("Le chef de l'Etat malien Ibrahim Touré a gracié 300 détenus.", "fr", "Ibrahim Touré", "chef de l'Etat"),
        ("Le guide suprême iranien, l'ayatollah Reza Karimi, a gracié 900 détenus.", "fr", "Reza Karimi",
         "guide suprême"),
        ("El líder supremo de Irán, el ayatolá Reza Karimi, indultó a 900 presos.", "es", "Reza Karimi",
         "líder supremo"),
        ("Le garde des Sceaux, Paul Morel, a annoncé la libération de 200 détenus.", "fr", "Paul Morel",
         "garde des Sceaux"),
        ("El titular de Justicia, Pedro Lara, informó que 80 reos fueron indultados.", "es", "Pedro Lara",
         "titular de Justicia"),
        ("Según el vocero presidencial Carlos Peña, 150 presos fueron excarcelados.", "es", "Carlos Peña",
         "vocero presidencial"),
        ("La procureure générale Anne Roux a ordonné la libération de 40 manifestants.", "fr", "Anne Roux",
         "procureure générale"),
        ("El jefe del Poder Judicial, Hamid Rostami, anunció el indulto de 2.000 presos.", "es", "Hamid Rostami",
         "jefe del Poder Judicial"),
    ],
)  # fmt: skip
def test_french_and_spanish_offices_with_adjectives_honorifics_and_complements(text, lang, name, role):
    found = {o.name: o.role for o in extract(text, published=PUBLISHED, language=lang).officials}
    assert found == {name: role}


def test_the_ministry_a_minister_heads_is_not_a_name():
    fr = extract("Le ministre de la Justice, Karim Haddad, a gracié 120 détenus.", published=PUBLISHED, language="fr")
    assert [o.name for o in fr.officials] == ["Karim Haddad"]


def test_a_general_after_the_office_he_holds_and_a_comma():
    text = "Le chef de la junte, le général Amadou Keita, a gracié 21 militaires condamnés."
    assert [o.name for o in extract(text, published=PUBLISHED, language="fr").officials] == ["Amadou Keita"]
    text = "El jefe de la junta, el general Tun Myat Soe, indultó a 3.000 presos."
    assert [o.name for o in extract(text, published=PUBLISHED, language="es").officials] == ["Tun Myat Soe"]


def test_french_and_spanish_offices_after_the_name_a_long_complement_parties_and_former_holders():
    fr = extract(
        "Le dialogue promis par le général Idriss Mahamat Saleh, président du Conseil militaire de transition, "
        "s'ouvre. Le président du Comité national de suivi de l'accord (CNSA), Jean Kabila, a salué la grâce de "
        "300 détenus. Paul Mbeki, président de la Démocratie chrétienne, reste détenu. Un comité conduit par "
        "l'ancien président Ali Moussa a rencontré les rebelles.",
        published=PUBLISHED,
        language="fr",
    )
    names = {o.name for o in fr.officials}
    assert {"Idriss Mahamat Saleh", "Jean Kabila"} <= names
    assert not names & {"Paul Mbeki", "Ali Moussa"}
    es = extract(
        "El Gobierno indultó a 110 presos. Recobró la libertad Pedro Marín, jefe de despacho del líder opositor. "
        "En 2018, el entonces presidente Luis Rocha dictó un decreto similar.",
        published=PUBLISHED,
        language="es",
    )
    assert not {o.name for o in es.officials} & {"Pedro Marín", "Luis Rocha"}


@pytest.mark.parametrize(
    ("text", "lang", "name", "role"),
    [
        ("Le président de la République, M. Karim Belaid, a signé des décrets de grâce au profit de 800 détenus.",
         "fr", "Karim Belaid", "président de la République"),
        ("La vicepresidenta Laura Medina anunció la excarcelación de 90 presos.", "es", "Laura Medina",
         "vicepresidenta"),
        ("La jueza Marta Ortiz ordenó la liberación de 15 detenidos.", "es", "Marta Ortiz", "jueza"),
        ("El comisionado presidencial Tomás Vega dijo que 700 reos serán indultados.", "es", "Tomás Vega",
         "comisionado presidencial"),
    ],
)  # fmt: skip
def test_more_french_and_spanish_offices_and_an_honorific_after_a_comma(text, lang, name, role):
    found = {o.name: o.role for o in extract(text, published=PUBLISHED, language=lang).officials}
    assert found == {name: role}


def test_a_french_or_spanish_office_keeps_what_it_is_of_and_a_bar_or_an_ngo_comments():
    es = extract(
        "El Gobierno envió a casa a 4.000 presos. El presidente del Colegio de Abogados Penalistas, Luis Mora, lo "
        "calificó de gesto simbólico.",
        published=PUBLISHED,
        language="es",
    )
    assert {o.name: (o.role, o.part) for o in es.officials} == {
        "Luis Mora": ("presidente del Colegio de Abogados Penalistas", "commenter")
    }
    fr = extract(
        "Le président a gracié 300 détenus. Le président de la Ligue des droits de l'homme, Paul Kaba, a salué "
        "la mesure.",
        published=PUBLISHED,
        language="fr",
    )
    assert [o.part for o in fr.officials if o.name == "Paul Kaba"] == ["commenter"]


def test_two_officials_sharing_a_surname_but_not_a_given_name_stay_two():
    fr = extract(
        "Le président Moussa Diop a gracié 400 détenus. Le ministère dirigé par Me Awa Diop précise la liste. "
        "M. Diop a salué la mesure.",
        published=PUBLISHED,
        language="fr",
    )
    assert {"Moussa Diop", "Awa Diop"} <= {o.name for o in fr.officials}


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("NIAMEY – Le général Abdourahamane Tiani a signé une ordonnance accordant la grâce à 1 050 détenus.", "fr",
         "Abdourahamane Tiani"),
        ("El coronel Mamady Doumbouya indultó a 20 presos.", "es", "Mamady Doumbouya"),
        ("Le capitaine Ibrahim Traoré a gracié 33 militaires.", "fr", "Ibrahim Traoré"),
    ],
)  # fmt: skip
def test_a_head_of_state_under_a_military_rank_alone_is_an_official(text, lang, name):
    assert [o.name for o in extract(text, published=PUBLISHED, language=lang).officials] == [name]


def test_a_leader_named_after_his_government_is_no_official_by_that():
    text = "Un total de 135 presos salieron de las cárceles del Gobierno de Daniel Ortega, según Washington."
    assert extract(text, published=PUBLISHED, language="es").officials == []


def test_a_noun_after_an_arabic_title_is_not_a_name():
    text = (
        "أصدر الملك عفوا عن 500 سجين بمناسبة ذكرى تولي الملك مقاليد الحكم. ومنح الدستور الرئيس حق إصدار العفو. "
        "وانتظر الأهالي قرب دوار الرئيس في الرباط خروج ذويهم."
    )
    assert script_officials(text, "ar") == {}


def test_envoys_rights_networks_and_former_officials_comment_in_arabic_and_persian():
    text = (
        "أفرجت السلطات عن 300 سجين. ورحب المبعوث الأممي إلى ليبيا كريم منصور بالخطوة، "
        "وقال مدير الشبكة سالم حداد إن العدد قليل. وأشاد رئيس الوزراء السابق نبيل خوري بالقرار."
    )
    found = script_officials(text, "ar")
    assert {name: part for name, (_, _, part) in found.items()} == {
        "كريم منصور": "commenter",
        "سالم حداد": "commenter",
        "نبيل خوري": "commenter",
    }
    text = "عفو ۵۰۰ زندانی اعلام شد. مریم صادقی، فرستاده سازمان ملل، از این اقدام استقبال کرد."
    assert script_officials(text, "fa")["مریم صادقی"][2] == "commenter"


def test_each_head_of_state_in_a_prisoner_exchange_announces():
    text = (
        "مسکو، ۱۲ مرداد – روسیه و آمریکا در تبادل زندانی ۱۰ زندانی را مبادله کردند. "
        "جان اسمیت، رئیس‌جمهور آمریکا، این مبادله را موفقیت خواند."
    )
    found = extract(text, published=PUBLISHED, language="fa")
    assert {(o.name, o.part) for o in found.officials} == {("جان اسمیت", "announcer")}
    # Outside an exchange a foreign president reacting comments.
    text = "تهران، ۲۰ بهمن – عفو ۵۰۰ زندانی اعلام شد. جان اسمیت، رئیس‌جمهور آمریکا، از این عفو استقبال کرد."
    found = extract(text, published=PUBLISHED, language="fa")
    assert {(o.name, o.part) for o in found.officials} == {("جان اسمیت", "commenter")}


def test_a_head_of_state_named_by_surname_after_an_honorific_gets_the_full_name():
    found = script_officials("تهران – آیت‌الله خامنه‌ای با عفو ۱۵۰۰ محکوم موافقت کرد.", "fa")
    assert set(found) == {"علی خامنه‌ای"}
    found = script_officials("الجزائر – وقع الرئيس تبون مرسوما بالعفو عن 900 محبوس.", "ar")
    assert set(found) == {"عبد المجيد تبون"}


def test_two_word_arabic_honorifics_and_where_an_arabic_name_ends():
    text = "وافق قائد الثورة آية الله السيد حسن موسوي على العفو عن 900 محكوم."
    assert set(script_officials(text, "ar")) == {"حسن موسوي"}
    text = "أذن رئيس الجمهورية سالم حداد بتمتيع 700 سجين بالعفو، ووجه الوزير الأمير فهد بن خالد بسرعة التنفيذ."
    assert set(script_officials(text, "ar")) == {"سالم حداد", "فهد بن خالد"}


def test_a_persian_name_opening_its_clause_before_a_title_without_a_comma():
    text = "عفو ۳۰۰ زندانی اعلام شد. به گزارش ایرنا، رضا کریمی دادستان شیراز گفت ۵۰ نفر دیگر نیز آزاد می‌شوند."
    found = script_officials(text, "fa")
    assert set(found) == {"رضا کریمی"}
    assert found["رضا کریمی"][0] == "دادستان شیراز"
    # Not inside a clause: "با رئیس …" names no one.
    assert script_officials("عفو ۳۰۰ زندانی پس از دیدار وزیر با رئیس قوه قضاییه اعلام شد.", "fa") == {}


def test_an_office_named_as_a_time_or_a_target_is_no_official():
    text = "أفرجت السلطات عن 300 سجين. وتقول منظمات إن الآلاف ما زالوا محتجزين منذ عزل الرئيس سامر حداد عام 2013."
    assert script_officials(text, "ar") == {}


def test_a_mission_head_is_named_past_the_mission_and_comments():
    text = "أفرجت السلطات عن 125 أسيرا. وقال رئيس بعثة اللجنة في البلاد مارك دوبوا إن العملية جرت دون عوائق."
    found = script_officials(text, "ar")
    assert set(found) == {"مارك دوبوا"}
    assert found["مارك دوبوا"][2] == "commenter"


def test_a_persian_title_then_the_name_between_commas():
    text = "عفو ۳۰۰ زندانی اعلام شد. سخنگوی قوه قضاییه، مسعود رضایی، گفت ۵۰ نفر دیگر نیز آزاد می‌شوند."
    found = script_officials(text, "fa")
    assert found == {"مسعود رضایی": ("سخنگوی قوه قضاییه", "IR", "announcer")}


def test_an_arabic_title_then_the_name_between_commas():
    text = "أفرجت السلطات عن 300 سجين. وقال المتحدث باسم الوزارة، أحمد سالم، إن الدفعة الثانية قريبة."
    assert set(script_officials(text, "ar")) == {"أحمد سالم"}


def parts(text: str) -> dict[str, str]:
    return {o.name: o.part for o in extract(text, published=PUBLISHED).officials}


def test_a_head_of_state_named_without_a_title_who_acts_is_an_official():
    got = parts("MINSK, March 14 - Alexander Lukashenko pardoned 30 prisoners on Thursday, state media said.")
    assert got == {"Alexander Lukashenko": "announcer"}


def test_a_head_of_state_only_mentioned_is_not_an_official():
    got = parts(
        "Belarus pardoned 30 prisoners on Thursday. Critics said the country under Alexander Lukashenko still "
        "holds hundreds of political prisoners."
    )
    assert "Alexander Lukashenko" not in got


def test_initials_open_a_name_and_do_not_end_the_sentence():
    got = officials(
        "Sri Lanka pardoned 50 prisoners on Friday. K.N. Perera, spokesman of the prisons department, said "
        "all of them had left."
    )
    assert "K.N. Perera" in got


def test_an_office_in_a_named_body_after_the_name_is_a_commenter():
    got = parts(
        "Bahrain pardoned 900 prisoners on Monday. Leila Haddad, campaigns director of the Gulf Centre for "
        "Rights and Justice, said many were political prisoners."
    )
    assert got.get("Leila Haddad") == "commenter"


def test_a_lawyer_named_after_his_title_is_a_commenter():
    got = parts("The king pardoned 12 prisoners on Friday. Their lawyer, Somchai Ruang, said they were relieved.")
    assert got.get("Somchai Ruang") == "commenter"


def test_the_one_whose_sentence_is_cut_is_no_official():
    got = parts(
        "BANGKOK, March 14 - The king has reduced former prime minister Anan Sutham's prison sentence to a year, "
        "the Royal Gazette said."
    )
    assert "Anan Sutham" not in got


def test_a_named_speaker_without_a_title_is_kept():
    got = officials(
        "Iran pardoned 3,000 prisoners, the head of the judiciary said on Monday. Hossein Karimi-Rad said "
        "most had been convicted of minor crimes."
    )
    assert "Hossein Karimi-Rad" in got


def test_an_office_before_a_comma_and_a_name_with_only_a_title():
    got = officials(
        "The UAE pardoned 900 prisoners. In Sharjah, the emirate's ruler, Sheikh Khalid bin Saud Al Qasimi, "
        "ordered the release of 300 inmates."
    )
    assert got["Khalid bin Saud Al Qasimi"][0] == "ruler"


@pytest.mark.parametrize(
    ("sentence", "name", "part"),
    [
        ("UN human rights chief Anna Berg welcomed the move.", "Anna Berg", "commenter"),
        ("EU foreign policy chief Marta Lind welcomed the move.", "Marta Lind", "commenter"),
        (
            "Sara Haddad, Amnesty International's regional director, said hundreds remained held.",
            "Sara Haddad",
            "commenter",
        ),
        (
            "Amnesty International's regional director Sara Haddad said hundreds remained held.",
            "Sara Haddad",
            "commenter",
        ),
        ("Gen. Aung Kyaw Lin, secretary of the junta, read the announcement.", "Aung Kyaw Lin", "announcer"),
    ],
)
def test_more_titles_and_parts(sentence, name, part):
    got = parts("The authorities pardoned 2,000 prisoners on Monday. " + sentence)
    assert got.get(name) == part, got


def test_an_office_that_names_its_state():
    got = extract(
        "Nicaragua freed 222 political prisoners on Thursday. Secretary of State Lena Brooks welcomed the move.",
        published=PUBLISHED,
    ).officials
    assert [(o.name, o.country, o.part) for o in got] == [("Lena Brooks", "US", "commenter")]


def test_a_freed_prisoner_who_speaks_is_no_official():
    result = extract(
        "Belarus freed 18 political prisoners on Monday, including blogger Ivan Petrau. Ivan Petrau said he "
        "was glad to see his family.",
        published=PUBLISHED,
    )
    assert "Ivan Petrau" not in {o.name for o in result.officials}


def test_a_spokesman_for_the_military_government_announces():
    got = parts(
        "The junta granted amnesty to 9,000 prisoners on Thursday. Zaw Min Thu, a spokesman for the military "
        "government, said the releases were meant to bring peace of mind."
    )
    assert got.get("Zaw Min Thu") == "announcer"


def test_a_party_leader_in_the_senate_who_reacts_is_a_commenter():
    got = parts(
        "The president pardoned 1,400 people on Monday. Senate Democratic leader Tom Harlow called it an insult."
    )
    assert got.get("Tom Harlow") == "commenter"


def test_someones_deputy_after_the_name_is_kept():
    got = officials(
        "Belarus pardoned 14 prisoners on Saturday. Tom Reyes, Kellner's deputy, credited the talks for the release."
    )
    assert "Tom Reyes" in got


def test_a_speaker_after_a_who_clause_and_its_part():
    got = parts(
        "Azerbaijan pardoned 150 convicts on Friday. Leyla Hasanova, who heads a women's rights organisation, "
        "told reporters the pardon was a positive step."
    )
    assert got.get("Leyla Hasanova") == "commenter"


def test_a_group_that_speaks_is_no_person():
    got = officials(
        "Venezuela freed 110 prisoners on Sunday. Foro Penal said 900 political prisoners remained held, and "
        "Radio Farda said the list was incomplete."
    )
    assert got == {}


def test_gulf_rulers_names_and_offices():
    got = officials(
        "Sharjah freed 400 prisoners on Monday. His Highness Sheikh Dr Sultan bin Mohammed Al Qasimi, Supreme "
        "Council Member and Ruler of Sharjah, ordered the release, and Sheikh Hamad bin Saud Al Mualla, Deputy "
        "Ruler of Umm Al Quwain, welcomed it."
    )
    assert "Sultan bin Mohammed Al Qasimi" in got
    assert "Ruler" not in got


def test_a_particle_of_a_given_name_stays_out_of_the_title():
    got = officials("Egypt pardoned 700 prisoners. President Abdel Fattah al-Sisi signed the decree on Monday.")
    assert "Abdel Fattah al-Sisi" in got


def test_another_states_official_only_mentioned_is_dropped():
    got = parts(
        "MINSK, March 14 (Wire) - Belarus pardoned 14 prisoners on Saturday after talks with an envoy of U.S. "
        "President Tom Walden. The pardons were granted at Walden's request, officials said. Lithuanian "
        "Foreign Minister Rita Kalnina welcomed the releases."
    )
    assert "Tom Walden" not in got
    assert got.get("Rita Kalnina") == "commenter"


def test_people_named_in_passing_are_no_officials():
    got = officials(
        "BANGKOK, March 14 (Wire) - The king pardoned 3,000 prisoners to mark the anniversary of the death of "
        "his father, King Anan Dej, who had reigned for 60 years. Former minister Somsak Rattana, jailed for a "
        "year, does not qualify. Justice Minister Preecha Wong said the list was final."
    )
    assert "Anan Dej" not in got
    assert "Somsak Rattana" not in got
    assert "Preecha Wong" in got


def test_a_speaker_named_with_an_apposition_is_an_official():
    text = (
        "The president pardoned 640 prisoners on Monday. \u201cIt is a step back for the courts,\u201d said Dana "
        "Whitlow, a former prosecutor at the Anti-Graft Office. Marcus Ellery, the U.K. envoy who attended the "
        "ceremony, said the releases were welcome. Ruth Penhale, the chief inspector of prisons, said the jails "
        "remained crowded. The Centre for Penal Reform, a monitoring group, says thousands remain held."
    )
    result = {o.name: o for o in extract(text, published=PUBLISHED).officials}
    assert result["Dana Whitlow"].part == "commenter"
    assert "envoy" in result["Marcus Ellery"].role
    assert result["Ruth Penhale"].part == "commenter"
    assert "Penal Reform" not in " ".join(result)


def test_people_pardoned_in_a_list_and_former_officials_are_no_officials():
    got = officials(
        "Parliament approved an amnesty for 900 convicts, including Arlo Benning, secretary-general of the "
        "Unity Party, and the end of the trial of former trade minister Lise Varga. The order was published by "
        "Tomas Reyes, the permanent secretary in the Ministry of Justice, Legal and Parliamentary Affairs."
    )
    assert "Arlo Benning" not in got
    assert "Lise Varga" not in got
    assert "Legal" not in got


def test_an_envoy_or_a_pope_only_mentioned_is_no_official():
    got = officials(
        "Belarus freed 30 prisoners on Thursday after a visit by envoy Mark Deller. The move followed appeals "
        "from religious leaders, among them Pope Leo, and from European governments."
    )
    assert "Mark Deller" not in got
    assert "Leo" not in " ".join(got)


def test_a_middle_initial_stays_in_the_name():
    got = officials(
        "The president pardoned 300 prisoners on Monday. Prisons spokesman Dilan K. Perera said they would be "
        "freed on Tuesday."
    )
    assert "Dilan K. Perera" in got


def _parts(text: str, language: str) -> dict[str, str]:
    return {o.name: o.part for o in extract(text, published=PUBLISHED, language=language).officials}


def test_french_and_spanish_speakers_named_without_a_title_before_them():
    text = (
        "Le président a gracié 2 000 détenus vendredi. « C'est un engagement tenu », s'est réjoui Ali Moussa, "
        "coordinateur d'un mouvement de soutien. Fatou Ndiaye, présidente d'une association de familles de "
        "détenus, juge la mesure insuffisante. Paul Kane salue une mesure de clémence."
    )
    found = _parts(text, "fr")
    assert found["Ali Moussa"] == "commenter"
    assert found["Fatou Ndiaye"] == "commenter"
    assert "Paul Kane" in found
    text = (
        "El Gobierno excarceló a 19 religiosos el sábado. El obispo auxiliar de León, Mario Ruiz, exiliado en "
        "Costa Rica, celebró la noticia. El órgano que preside Juan Pérez Soto acordó la medida. El jefe de "
        "diputados del partido Unión Cívica, Luis Mora, criticó la medida."
    )
    found = _parts(text, "es")
    assert found["Mario Ruiz"] == "commenter"
    assert found["Juan Pérez Soto"] == "announcer"
    assert found["Luis Mora"] == "commenter"


def test_french_and_spanish_lawyers_rapporteurs_and_rights_groups_comment():
    text = (
        "Le président a gracié 300 détenus. « C'est insuffisant », a estimé l'avocat Me Moussa Sarr. Le "
        "secrétaire général de la Ligue des droits de l'homme, Amadou Ba, a salué la décision."
    )
    found = {o.name: (o.part, o.role) for o in extract(text, published=PUBLISHED, language="fr").officials}
    assert found["Moussa Sarr"][0] == "commenter"
    assert found["Amadou Ba"] == ("commenter", "Le secrétaire général de la Ligue des droits de l'homme")
    text = (
        "El Gobierno indultó a 300 reos. La directora para las Américas de Amnistía Internacional, Ana Ruiz, "
        'pidió más liberaciones. El relator especial de la ONU, Juan Soto, celebró la medida. "Es un paso", '
        "dijo el abogado Pedro Gil."
    )
    found = _parts(text, "es")
    assert found == {"Ana Ruiz": "commenter", "Juan Soto": "commenter", "Pedro Gil": "commenter"}


def test_a_spanish_verb_after_a_comma_has_its_subject_after_it():
    text = "El presidente indultó ayer a trece personas y al exguerrillero Jorge Mena, informó la Presidencia."
    assert "Jorge Mena" not in _parts(text, "es")


def test_a_french_or_spanish_speaker_with_no_title_comments():
    text = "Le président a gracié 2 000 détenus vendredi. Paul Kane salue une mesure de clémence."
    assert _parts(text, "fr")["Paul Kane"] == "commenter"


def test_arabic_and_persian_titles_spelt_and_bounded_as_outlets_write_them():
    got = officials(
        "الدوحة، 3 مارس – أمر أمير البلاد بالإفراج عن 300 سجين. وقال النائب العام لإمارة الشارقة المستشار "
        "سالم حمد الزعابي إن التنفيذ بدأ، ويُعد العفو من صلاحيات رئيس الدولة وفق الدستور."
    )
    assert "سالم حمد الزعابي" in got
    assert "لإمارة الشارقة" not in got
    assert not any(name.startswith("وفق") for name in got)
    got = officials(
        "کابل، ۱۴ حوت – طالبان ۸۰ زندانی را آزاد کردند. کریم‌الله نوری، رییس محکمه استیناف ولایت بلخ، این را گفت. "
        "هم‌زمان جاوید احمدی، رییس زندان بلخ، از آزادی آنان خبر داد. حجت‌الاسلام والمسلمین حسن رحیمی نیز سخن گفت."
    )
    assert "کریم‌الله نوری" in got
    assert "جاوید احمدی" in got
    assert "حسن رحیمی" in got


def test_the_late_ruler_and_a_name_read_twice_are_no_extra_officials():
    got = officials(
        "أبوظبي، 2 ديسمبر – أمر الشيخ راشد بن سالم آل حمدان، نائب رئيس الدولة، بالإفراج عن 500 نزيل، كما فعل "
        "الراحل الشيخ سعيد بن زايد آل حمدان قبل عقد."
    )
    assert "راشد بن سالم آل حمدان" in got
    assert not any(name.endswith("سالم آل حمدان") and name != "راشد بن سالم آل حمدان" for name in got)
    assert "سعيد بن زايد آل حمدان" not in got


def test_arabic_and_persian_people_named_in_passing_are_no_officials():
    got = officials(
        "الخرطوم، 4 يوليو – أصدر المجلس العسكري عفوا عن 200 أسير. وكان الرئيس المعزول سالم الحاج قد أصدر عفوا "
        "مماثلا قبل عامين. وقال المحامي علي حسن عثمان، الذي يتابع الملف، إن القرار متأخر."
    )
    assert "سالم الحاج" not in got
    assert "علي حسن عثمان" in got
    got = officials(
        "کابل، ۲۲ حمل – به فرمان ملا کریم داوودی، رهبر گروه، ۹۰ زندانی آزاد شدند. این آزادی‌ها در حالی است که "
        "جان رابرتسون، نماینده ویژه آمریکا، برای دیدار با مقام‌ها در کابل به سر می‌برد. سه عضو حزب، از جمله "
        "فرید نادری، رئیس شاخه حزب در هرات، نیز آزاد شدند."
    )
    assert "کریم داوودی" in " ".join(got)
    assert "جان رابرتسون" not in got
    assert "فرید نادری" not in got


def test_another_states_official_who_reacts_in_persian_stays():
    got = officials(
        "تهران، ۲۷ شهریور – ایران و آمریکا زندانیان را مبادله کردند و پنج زندانی آزاد شدند. سالم بن حمد المری، وزیر مشاور قطر، اجرای "
        "توافق را نشانه نقش میانجی کشورش و گامی به سوی تفاهم‌های بزرگ‌تر خواند."
    )
    assert "سالم بن حمد المری" in got
