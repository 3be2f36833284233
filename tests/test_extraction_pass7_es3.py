"""Spanish reports of exiles, Vatican-brokered releases, rights groups' weekly tallies, pre-releases and
Council of Ministers pardons: weekdays written with their date, days after publication, the day a participle
says a measure was announced, offices of the Holy See and of EE.UU., a head named in full who speaks later by
his surname, people taken out of prison, shares of the prison population, tallies of people held and
breakdowns of a count of political prisoners."""

import datetime as dt

from releases.extraction.dates import find_dates
from releases.extraction.lexicon_intl import ES
from tests import extraction_readings as readings

PUBLISHED = dt.date(2024, 3, 12)  # a Tuesday


read, figures, officials = readings.spanish(PUBLISHED)


def test_a_weekday_written_with_its_date_names_that_date_only():
    mentions = find_dates("Los internos saldrán el jueves 14 de marzo del penal.", PUBLISHED, ES)
    assert [m.value for m in mentions] == [dt.date(2024, 3, 14)]
    # A weekday alone still counts back from publication.
    mentions = find_dates("El juez firmó el jueves la orden.", PUBLISHED, ES)
    assert [m.value for m in mentions] == [dt.date(2024, 3, 7)]


def test_a_day_after_publication_is_when_the_measure_takes_effect_not_its_announcement():
    text = (
        "El ministro del Interior, Rafael Soto, informó este lunes que 350 internos saldrán de prisión el "
        "jueves 14 de marzo, en aplicación del acuerdo presidencial."
    )
    assert read(text).announced_on == dt.date(2024, 3, 11)


def test_the_day_a_participle_says_the_measure_was_announced():
    text = (
        "Madrid, 13 mar (EFE).- El nuncio celebró este miércoles la excarcelación de 120 reclusos, anunciada el "
        "lunes por el Gobierno de Honduras."
    )
    assert read(text, dt.date(2024, 3, 13)).announced_on == dt.date(2024, 3, 11)


def test_offices_of_the_holy_see_and_of_the_united_states_are_another_states():
    text = (
        "El Gobierno de Honduras excarceló el lunes a 120 presos. El secretario de Estado de la Santa Sede, el "
        "cardenal Lucio Ferraro, lo calificó de gesto valiente. El secretario de Estado de EE.UU., Mark Hollis, "
        "pidió más liberaciones."
    )
    found = officials(text)
    assert found["Lucio Ferraro"] == ("commenter", "VA")
    assert found["Mark Hollis"] == ("commenter", "US")


def test_a_head_named_in_full_who_speaks_later_by_his_surname():
    text = (
        "El régimen de Daniel Ortega y Rosario Murillo excarceló este lunes a 40 presos políticos.\n\n"
        "Por la noche, Ortega aseguró que no pidió nada a cambio."
    )
    assert "Daniel Ortega" in officials(text)
    # Named in full but never acting or speaking, he is only mentioned.
    quiet = "Bajo el régimen de Daniel Ortega fueron excarcelados este lunes 40 presos políticos."
    assert "Daniel Ortega" not in officials(quiet)


def test_spanish_cities_and_bodies_name_spain():
    text = (
        "Sevilla, 12 Mar. (EUROPA PRESS) - El Consejo de Ministros aprobó este martes once indultos, según publica "
        "el Boletín Oficial del Estado."
    )
    assert read(text).country == "ES"


def test_people_taken_out_of_prison_are_released():
    found = figures("Las autoridades sacaron de la cárcel este lunes a 57 presos políticos y los enviaron a Roma.")
    assert found[(57, "released")] == ("political", "total")


def test_people_named_after_a_count_told_as_a_predicate_are_held():
    text = (
        "El Gobierno excarceló este lunes a 80 reclusos. La ONG Cubalex cifró en 1.020 los presos políticos que "
        "quedan en la isla."
    )
    found = figures(text)
    assert found[(1020, "detained")] == ("political", "context")
    assert found[(80, "released")][1] == "total"


def test_a_tally_a_group_keeps_and_people_who_remain_in_the_cells_are_held():
    text = (
        "El Gobierno excarceló este lunes a 90 presos políticos. El colectivo tenía registrados 130 presos políticos "
        "en su última lista; en las celdas de La Modelo siguen 40 personas con esa condición. Se desconoce el paradero de 12 "
        "detenidos."
    )
    found = figures(text)
    assert found[(90, "released")][1] == "total"
    for value in (130, 40, 12):
        assert found[(value, "detained")][1] == "context", value


def test_a_share_of_the_prison_population_is_people_held():
    text = (
        "El Gobierno preliberará a 500 internos este mes. La población penitenciaria del país es de 150 mil 200 "
        "personas, de las cuales 9 mil 800 están en centros federales."
    )
    found = figures(text)
    assert found[(150200, "prison_population")][1] == "context"
    assert found[(9800, "detained")][1] == "context"
    assert (9800, "prison_population") not in found


def test_the_lines_of_a_count_of_political_prisoners_stay_held_and_political():
    text = (
        "Foro Penal registró durante la semana 40 excarcelaciones. Hasta este lunes había 900 personas encarceladas "
        "por motivos políticos.\n\nDel total, 800 son hombres y 100 son mujeres.\n\nPor su condición, 700 son "
        "civiles y 200 militares."
    )
    found = figures(text)
    assert found[(900, "detained")][0] == "political"
    assert found[(800, "detained")] == ("political", "context")
    assert found[(100, "detained")][0] == "women"
    assert found[(700, "detained")] == ("political", "context")
    assert found[(200, "detained")] == ("political", "context")
    assert (700, "prison_population") not in found


def test_those_who_may_claim_the_measure_are_another_count_of_its_people():
    text = (
        "Un total de 420 presos han salido de la cárcel gracias al decreto de amnistía. Al presentar el decreto, "
        "el ministro calculó que al menos tres mil reclusos podrían acogerse a ella."
    )
    found = figures(text)
    assert found[(3000, "pardoned")][1] == "alternative"
    assert found[(420, "pardoned")][1] == "total"


def test_a_weekday_before_a_count_still_dates_the_sentence():
    text = "Foro Penal verificó este lunes 17 excarcelaciones de presos políticos en Caracas."
    assert read(text).announced_on == dt.date(2024, 3, 11)


def test_de_ellos_before_a_count_opens_a_subgroup():
    text = "La cifra de liberados asciende a 88, de ellos 12 extranjeros, según la ONG."
    assert figures(text)[(12, "released")] == ("foreign_nationals", "part")


def test_the_ranks_of_transitional_justice_count_people():
    found = figures(
        "La JEP concedió la libertad transitoria a 230 exmiembros de la fuerza pública, entre ellos 17 oficiales."
    )
    assert found[(230, "released")][1] == "total"
    assert found[(17, "released")][1] == "part"


def test_de_ese_total_opens_the_people_of_the_count_before():
    text = (
        "La Ley de Amnistía suma ya 3 mil 40 beneficiarios, informó la Secretaría de Gobernación. De ese total, "
        "mil 100 fueron liberados por delitos menores."
    )
    found = figures(text)
    assert found[(3040, "pardoned")][1] == "total"
    assert found[(1100, "pardoned")][1] == "part"
    assert (1100, "released") not in found


def test_a_measure_that_also_benefits_people_counts_them():
    text = "El presidente firmó este lunes el indulto a 21 estudiantes. La medida beneficia también a otros nueve procesados."
    assert (9, "pardoned") in figures(text)


def test_a_running_count_since_el_pasado_day_is_background_and_dates_nothing():
    text = (
        "Caracas, 12 mar (EFE).- Foro Penal confirmó este lunes la excarcelación de 16 presos políticos, con lo que "
        "la cifra de excarcelados desde el pasado 8 de marzo asciende a 302."
    )
    found = figures(text)
    assert found[(16, "released")][1] == "total"
    assert found[(302, "released")][1] == "other_event"
    assert read(text).announced_on == dt.date(2024, 3, 11)


def test_a_time_clause_after_a_comma_keeps_its_own_verb():
    text = (
        "El régimen excarceló este jueves a 135 opositores. Con ellos, suman 452 los despojados de su nacionalidad "
        "desde febrero de 2023, cuando fueron desterrados 222 presos políticos."
    )
    found = figures(text)
    assert found[(222, "released")] == ("political", "other_event")
    assert (222, "detained") not in found


def test_where_the_count_may_go_is_another_count_of_its_people():
    text = (
        "El Gobierno expidió el decreto que permite la excarcelación de 1.050 internos. La ministra explicó que la "
        "cifra podría llegar a 2.000 beneficiarios."
    )
    found = figures(text)
    assert found[(1050, "released")][1] == "total"
    assert found[(2000, "released")][1] == "alternative"
    assert (2000, "pardoned") not in found


def test_a_court_that_orders_the_freedom_of_people_releases_them():
    found = figures("El magistrado Tomás Rivas ordenó este lunes la libertad de 12 excombatientes de la guerrilla.")
    assert found[(12, "released")][1] == "total"
    assert officials("El magistrado Tomás Rivas ordenó este lunes la libertad de 12 excombatientes.")["Tomás Rivas"][
        0
    ] == ("announcer")


def test_the_head_of_mexicos_interior_ministry_is_an_official():
    text = (
        "La presidenta anunció el viernes que 30 personas recibirán la amnistía. La titular de Gobernación, Irene "
        "Salas Mora, precisó los casos."
    )
    assert officials(text)["Irene Salas Mora"][0] == "announcer"
