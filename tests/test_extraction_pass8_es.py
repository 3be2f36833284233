"""Spanish reports of amnesty laws applied, church-brokered releases, rights groups' counts against the
government's and state amnesty balances: minor offences that are no minors, a long clause of time ("Desde
que se instaló …") that opens the sentence, a partitive that names its group with the group's count ("16 de
los 39 excarcelados"), the others told around a name ("a X y a otros 38"), a head of state who "pondrá en
libertad", cardinals, the body a speaker leads ("la Comisión … de Derechos Humanos, que preside X"), people who
remain or are still held ("quedaban 142 presos", "221 seguían en las cárceles"), a vote's tally, a pace ("cien
amnistías a la semana"), the law named "la norma" and a further stage the government plans ("prevé … 300
indultos más")."""

import datetime as dt

from tests import extraction_readings as readings

PUBLISHED = dt.date(2022, 5, 20)  # a Friday


read, figures, officials = readings.spanish(PUBLISHED)


def test_minor_offences_are_no_minors():
    text = "El Gobierno de Bolivia indultó el jueves a 420 reos condenados por delitos menores."
    assert figures(text)[(420, "pardoned")] == (None, "total")
    # Minors are still juveniles.
    text = "El Gobierno de Bolivia indultó el jueves a 35 menores de los centros de rehabilitación."
    assert figures(text)[(35, "pardoned")][0] == "juveniles"


def test_a_long_clause_of_time_since_a_start_opens_the_sentence():
    text = (
        "El Gobierno de Honduras excarceló el jueves a 60 presos. Desde que se instaló la comisión de diálogo con "
        "los partidos de oposición, en marzo, las autoridades han excarcelado a casi 900 detenidos."
    )
    found = figures(text)
    assert found[(60, "released")][1] == "total"
    assert found[(900, "released")][1] == "other_event"


def test_a_partitive_names_its_group_with_the_groups_count():
    text = (
        "El Gobierno de Honduras excarceló el jueves a 84 presos. Una ONG sostuvo después que 20 de los 84 "
        "excarcelados no eran presos políticos."
    )
    found = figures(text)
    assert found[(84, "released")][1] == "total"
    assert found[(20, "released")][1] == "part"


def test_the_others_told_around_a_name_are_the_count_that_includes_him():
    text = (
        "La Fiscalía de Honduras excarceló el jueves a 27 presos. El tribunal precisó que a Julio Mejía y a otros "
        "26 detenidos entre 2019 y 2021 se les otorgó la libertad."
    )
    found = figures(text)
    assert (27, "released") in found
    assert not any(value == 26 for value, _metric in found)


def test_a_head_of_state_who_will_set_prisoners_free_announces_it():
    text = "La Habana, 3 may (EFE).- El Gobierno de Miguel Díaz-Canel pondrá en libertad a 75 presos, dijo la Iglesia."
    assert officials(text, dt.date(2022, 5, 3))["Miguel Díaz-Canel"][0] == "announcer"


def test_a_cardinal_is_titled_and_comments():
    text = (
        "El Gobierno de Honduras excarceló el jueves a 60 presos tras una reunión con el cardenal Tomás Ulloa, "
        "arzobispo de Tegucigalpa."
    )
    assert officials(text)["Tomás Ulloa"][0] == "commenter"


def test_the_rights_commission_a_speaker_leads_makes_him_a_commenter():
    text = (
        "El Gobierno de Honduras excarceló el jueves a 60 presos. La Comisión Hondureña de Derechos Humanos, que "
        "preside Marta Lobo, cifra en 210 los presos políticos que siguen en las cárceles del país."
    )
    assert officials(text)["Marta Lobo"][0] == "commenter"


def test_people_who_remain_or_are_still_held_are_detained():
    text = (
        "El Gobierno de Honduras excarceló el jueves a 60 presos. Según las autoridades, antes de la excarcelación "
        "quedaban 130 presos por las protestas; la oposición sostiene que al menos 240 seguían en las cárceles."
    )
    found = figures(text)
    assert found[(60, "released")][1] == "total"
    assert found[(130, "detained")][1] == "context"
    assert found[(240, "detained")][1] == "context"


def test_a_votes_tally_counts_no_prisoners():
    text = (
        "El Gobierno de Honduras excarceló el jueves a 60 presos. La ley se aprobó con los votos de 80 diputados "
        "y el rechazo de 12 opositores."
    )
    found = figures(text)
    assert (60, "released") in found
    assert not any(value in (80, 12) for value, _metric in found)


def test_a_pace_is_no_count_of_people():
    text = (
        "El Poder Judicial de Jalisco informó el jueves de que la amnistía ha beneficiado a 640 personas; en las "
        "primeras semanas se concedían más de cien amnistías a la semana."
    )
    found = figures(text)
    assert (640, "pardoned") in found
    assert not any(value == 100 for value, _metric in found)
    # "Semana Santa" is a feast, not a pace.
    assert (12, "pardoned") in figures("El Consejo de Ministros aprobó el viernes 12 indultos por Semana Santa.")


def test_the_release_the_amnesty_law_brings_is_a_pardon_when_it_is_called_the_norm():
    text = (
        "La Ley de Amnistía de Jalisco ha beneficiado a 640 personas, informó el jueves el Poder Judicial. Cuando "
        "el Congreso la aprobó, en diciembre de 2020, un diputado calculó que la norma permitiría la excarcelación "
        "de unos 3 mil reos."
    )
    assert figures(text)[(3000, "pardoned")][1] == "other_event"


def test_a_further_stage_the_government_plans_is_another_event():
    text = (
        "El ministro de Justicia, Pablo Reyes, firmó el jueves el indulto de 90 guerrilleros presos, y prevé "
        "conceder unos 200 indultos más antes de fin de año."
    )
    found = figures(text)
    assert found[(90, "pardoned")][1] == "total"
    assert found[(200, "pardoned")][1] == "other_event"
    # "más de" is a hedge, not a further stage.
    text = "El ministro de Justicia, Pablo Reyes, prevé que el indulto alcance a más de 200 guerrilleros."
    assert figures(text)[(200, "pardoned")][1] == "total"
