"""Arabic and French royal and presidential clemency statements, pass eight: a list's line whose label ends
with a colon before its count ("التخفيض من عقوبة الحبس لفائدة: 1632 نزيلا", "remise de peine : 455
détenus") reads its act from the label; a pardon statement's detailed lines may cut or commute sentences
and stop at the statement's next group ("… وعددهم 283 شخصا"), which takes the measure of the first group;
"infractions mineures" are minor offences, not minors; a woman's office names her state in Arabic too
("رئيسة الوزراء الإيطالية"); "son homologue allemand, X" is another state's official; and a head of
another state named with a bare title ("le président Emmanuel Macron a salué") speaks for his own state."""

import datetime as dt

from releases.extraction.leaders import abroad_country
from releases.extraction.officials_script import _role_country
from tests import extraction_readings as readings

PUBLISHED = dt.date(2024, 11, 20)  # a Wednesday


read, figures, officials = readings.in_any_language(PUBLISHED)


AR_STATEMENT = (
    "أصدر الملك عفوه على مجموعة من المحكوم عليهم بمناسبة عيد الاستقلال، وعددهم 980 شخصا.\n\n"
    "المستفيدون من العفو الموجودون في حالة اعتقال يبلغ عددهم 720 نزيلا، موزعين على النحو الآتي:\n\n"
    "- العفو مما تبقى من العقوبة لفائدة: 95 نزيلا؛\n"
    "- التخفيض من العقوبة لفائدة: 610 نزلاء؛\n"
    "- تحويل السجن المؤبد إلى السجن المحدد لفائدة: 09 نزلاء.\n\n"
    "أما المستفيدون الموجودون في حالة سراح، وعددهم 260 شخصا، فيتوزعون كما يلي:\n\n"
    "- العفو من العقوبة الحبسية لفائدة: 70 شخصا؛\n"
    "- العفو من الغرامة لفائدة: 190 شخصا."
)


def test_an_arabic_line_label_before_its_colon_gives_the_lines_act():
    found = figures(AR_STATEMENT, "ar")
    assert found[(610, "sentence_reduced")][1:] == ("part", 720)
    assert found[(9, "sentence_reduced")][1:] == ("part", 720)
    assert found[(95, "pardoned")][1:] == ("part", 720)
    assert (610, "pardoned") not in found


def test_the_statements_next_group_takes_the_first_groups_measure_and_its_own_lines():
    found = figures(AR_STATEMENT, "ar")
    assert (260, "pardoned") in found
    assert (260, "sentence_reduced") not in found
    assert found[(70, "pardoned")][1:] == ("part", 260)
    assert found[(190, "pardoned")][1:] == ("part", 260)


def test_a_line_with_its_own_verb_after_the_count_keeps_it():
    text = (
        "Selon le communiqué, les condamnés se répartissent en deux groupes : deux cent dix (210) obtiennent "
        "une remise totale de leur peine et quarante (40) une remise partielle."
    )
    found = figures("Le président a gracié 250 détenus. " + text, "fr")
    assert (210, "pardoned") in found
    assert (210, "sentence_reduced") not in found


FR_STATEMENT = (
    "RABAT, 18 nov (MAP) – Le roi a accordé sa grâce à 512 personnes, indique lundi un communiqué.\n\n"
    "Les 400 bénéficiaires détenus se répartissent ainsi :\n\n"
    "- reliquat de la peine effacé : 12 détenus ;\n"
    "- remise de la peine de réclusion : 385 détenus ;\n"
    "- perpétuité commuée en peine à temps : 03 détenus.\n\n"
    "Les 112 bénéficiaires en liberté se répartissent comme suit :\n\n"
    "- grâce de la peine d'emprisonnement : 40 personnes ;\n"
    "- grâce de l'emprisonnement, l'amende étant maintenue : 22 personnes ;\n"
    "- grâce de la seule amende : 50 personnes."
)


def test_a_french_line_label_before_its_colon_gives_the_lines_act():
    found = figures(FR_STATEMENT, "fr")
    assert found[(385, "sentence_reduced")][1:] == ("part", 400)
    assert found[(3, "sentence_reduced")][1:] == ("part", 400)
    assert found[(40, "pardoned")][1:] == ("part", 112)
    # The fine that stays is no one held: the line is a pardon of the prison term.
    assert found[(22, "pardoned")][1:] == ("part", 112)
    assert (22, "detained") not in found


def test_minor_offences_are_not_minors():
    text = "Le chef de l'Etat a gracié mardi 1 200 détenus condamnés pour des infractions mineures."
    assert figures(text, "fr")[(1200, "pardoned")][0] is None
    text = "Le chef de l'Etat a gracié mardi 45 mineurs détenus à la prison centrale."
    assert figures(text, "fr")[(45, "pardoned")][0] == "juveniles"


def test_an_arabic_office_held_by_a_woman_names_her_state():
    assert _role_country("رئيسة الوزراء الإيطالية") == "IT"
    assert _role_country("وزيرة العدل المصرية") == "EG"
    assert _role_country("المستشار الألماني") == "DE"
    text = (
        "القاهرة – أصدر الرئيس المصري عبد الفتاح السيسي الأربعاء عفوا عن 30 محكوما. ورحبت رئيسة الوزراء "
        "الإيطالية جورجيا ميلوني بالقرار، وقالت إن الباحث سيعود إلى روما الخميس."
    )
    assert officials(text, "ar")["جورجيا ميلوني"] == ("commenter", "IT")


def test_a_counterpart_of_another_state_is_an_official_of_that_state():
    text = (
        "ALGER, 20 nov – Le président algérien Abdelmadjid Tebboune a gracié mardi 14 détenus, à la demande "
        "de son homologue allemand, Frank-Walter Steinmeier."
    )
    assert officials(text, "fr")["Frank-Walter Steinmeier"] == ("commenter", "DE")


def test_a_head_of_another_state_named_with_a_bare_title_speaks_for_his_state():
    assert abroad_country("Emmanuel Macron") == "FR"
    assert abroad_country("Alassane Ouattara") is None  # a leader who grants clemency is in LEADERS
    text = (
        "ABIDJAN, 20 nov – Le président Alassane Ouattara a gracié mardi 300 détenus. À Paris, le président "
        "Emmanuel Macron a salué la mesure."
    )
    found = officials(text, "fr")
    assert found["Emmanuel Macron"] == ("commenter", "FR")
    assert found["Alassane Ouattara"] == ("announcer", "CI")
