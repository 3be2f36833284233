"""Arabic and French clemency reports, pass nine: a title followed by a time word ("وزير الداخلية آنذاك")
opens no name, and the leader of the forces the freed fought for ("الكتيبة التي يقودها العقيد …") is named
in passing; "المحامي العام" is a public prosecutor, who speaks for the state, not a lawyer; fighters "who
fought in the ranks" ("قاتلوا في صفوف") are security; the past verb "أسقط" drops a penalty as "إسقاط"
does. In French: "fait sortir" lets people out; a gapped clause "et N autres d'une libération
conditionnelle" takes the act named after "autres"; "la prison … en compte … N" is the population a
prison holds; "officiers" count people and a coup ("coup d'Etat", "putsch") is security; the bar's head
("le bâtonnier") is a title and comments; a name told with its middle words left out ("Faure Gnassingbé"
for "Faure Essozimna Gnassingbé") is the same official; someone who "fait aussi partie de la liste", or
the office holder an act was done to ("avaient séquestré le président …, X"), is no official."""

import datetime as dt

from releases.extraction.officials import shortened_name
from releases.extraction.roles import official_part
from tests import extraction_readings as readings

PUBLISHED = dt.date(2024, 11, 20)  # a Wednesday


read, figures, officials = readings.in_any_language(PUBLISHED)


# Arabic


def test_a_time_word_after_a_title_opens_no_name():
    text = (
        "أفرجت السلطات الأردنية أمس عن 45 موقوفا بموجب قانون العفو، في خطوة وصفها وزير الداخلية آنذاك بأنها "
        "بداية طريق المصالحة."
    )
    assert not any("آنذاك" in name or "بأنه" in name for name in officials(text, "ar"))


def test_the_leader_of_the_forces_the_freed_fought_for_is_named_in_passing():
    text = (
        "أطلقت حكومة طرابلس أمس سراح 64 محتجزا قاتلوا في صفوف الكتيبة التي يقودها العقيد سالم الورفلي، "
        "في إطار المصالحة الوطنية."
    )
    assert "سالم الورفلي" not in officials(text, "ar")
    assert figures(text, "ar")[(64, "released")][0] == "security"


def test_the_public_prosecutor_called_al_muhami_al_amm_speaks_for_the_state():
    assert official_part("المحامي العام", "KW", "KW") == "announcer"
    assert official_part("المحامي", "KW", "KW") == "commenter"
    text = (
        "أصدر أمير البلاد أمس مرسوما بالعفو عن 512 سجينا. وقال المحامي العام المستشار خالد الرشيدي إن "
        "المفرج عنهم سيغادرون السجن خلال أيام."
    )
    assert officials(text, "ar").get("خالد الرشيدي", ("", None))[0] == "announcer"


def test_the_past_verb_that_drops_fines_is_a_pardon():
    text = "وأصدر الأمير مرسوما عفا بموجبه عن 300 سجين وأسقط الغرامات عن 842 غارما."
    found = figures(text, "ar")
    assert (842, "pardoned") in found
    assert (300, "pardoned") in found


# French


def test_fait_sortir_lets_people_out():
    text = "BANGUI, 12 nov (ACAP) – Le ministre de la Justice a fait sortir jeudi 215 détenus de la maison centrale."
    assert (215, "released") in figures(text, "fr")


def test_a_gapped_count_of_others_takes_the_act_named_after_it():
    text = (
        "Six cent douze condamnés de la prison de Goma ont bénéficié lundi de la grâce présidentielle, et "
        "cinq autres d'une libération conditionnelle."
    )
    found = figures(text, "fr")
    assert (612, "pardoned") in found
    assert (5, "released") in found
    assert (5, "pardoned") not in found


def test_what_a_prison_holds_told_with_en_is_its_population():
    text = (
        "Le président a gracié 300 détenus. Bâtie pour 800 personnes, la maison d'arrêt de Bouaké en "
        "abrite actuellement près de 4 200, selon l'administration pénitentiaire."
    )
    assert figures(text, "fr")[(4200, "prison_population")][1] == "context"


def test_officers_count_people_and_a_coup_is_security():
    text = (
        "Quatorze militaires condamnés pour le putsch manqué de 2019 ont été graciés par le chef de l'Etat. "
        "Parmi les bénéficiaires figurent quatre officiers."
    )
    found = figures(text, "fr")
    assert found[(14, "pardoned")][0] == "security"
    assert (4, "pardoned") in found
    coup = "Douze soldats condamnés pour tentative de coup d'Etat ont été graciés mardi par le président."
    assert figures(coup, "fr")[(12, "pardoned")][0] == "security"


def test_the_head_of_the_bar_is_a_title_and_comments():
    text = (
        "Le président a gracié 80 manifestants. Selon le bâtonnier de Lomé, Koffi Mensah Adjovi, une "
        "trentaine de personnes restent détenues."
    )
    assert officials(text, "fr")["Koffi Mensah Adjovi"][0] == "commenter"


def test_a_name_told_without_its_middle_words_is_the_same_official():
    assert shortened_name("Faure Gnassingbé", "Faure Essozimna Gnassingbé")
    assert not shortened_name("Malick Sall", "Macky Sall")
    assert not shortened_name("Essozimna Gnassingbé", "Faure Essozimna Gnassingbé")
    text = (
        "Tchad : Mahamat Déby gracie 112 détenus à la veille de la fête nationale\n\n"
        "N'DJAMENA, 20 nov (ATP) – Le président Mahamat Idriss Déby Itno a accordé mardi sa grâce à 112 détenus."
    )
    names = officials(text, "fr")
    assert "Mahamat Idriss Déby Itno" in names
    assert "Mahamat Déby" not in names


def test_someone_on_the_list_or_the_target_of_a_coup_is_no_official():
    text = (
        "Le président a gracié 12 militaires. Le sergent-chef Paul Kaboré fait aussi partie de la liste.\n\n"
        "En 2019, des soldats avaient renversé le président de la transition, Jean Sawadogo, avant d'être arrêtés."
    )
    names = officials(text, "fr")
    assert "Paul Kaboré" not in names
    assert "Jean Sawadogo" not in names
