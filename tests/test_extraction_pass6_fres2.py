"""French and Spanish: periods opened by a law's entry into force, counts told again as who the people are,
partitives of "them", list lines with an aside, offices of two heads, and the kind a part shares with its
total, each rule on a short text of its own."""

import datetime as dt

from releases.extraction import extract

SUNDAY = dt.date(2024, 7, 21)


def _figures(text, language, published=SUNDAY):
    return {(f.value, f.metric, f.role) for f in extract(text, published=published, language=language).figures}


def _by_value(text, language, published=SUNDAY):
    return {f.value: f for f in extract(text, published=published, language=language).figures}


def _officials(text, language, published=SUNDAY):
    return {o.name: (o.role, o.part) for o in extract(text, published=published, language=language).officials}


# Dates


def test_a_date_after_a_laws_entry_into_force_starts_a_period():
    text = (
        "BARCELONA, 21 jul (Agencia Peninsular) – Al menos 91 personas se han beneficiado ya de la ley de "
        "amnistía desde su entrada en vigor el pasado 10 de junio, según el recuento de esta agencia."
    )
    assert extract(text, published=SUNDAY, language="es").announced_on == SUNDAY


def test_a_french_date_after_entry_into_force_starts_a_period_too():
    text = (
        "DAKAR, 21 juillet (APS) – Au moins 91 détenus ont bénéficié de la loi d'amnistie depuis son entrée en "
        "vigueur le 10 juin, selon un décompte officiel."
    )
    assert extract(text, published=SUNDAY, language="fr").announced_on == SUNDAY


def test_a_weekday_in_the_lead_dates_a_count_of_members():
    friday = dt.date(2022, 12, 16)
    text = (
        "BOGOTÁ, 16 dic (Diario Andino) – Siete integrantes de la primera línea detenidos por su participación "
        "en las protestas quedarán en libertad, tras la firma de un decreto en la noche del jueves. La figura se "
        "apoya en el Decreto 2422 del 9 de diciembre."
    )
    found = extract(text, published=friday, language="es")
    assert found.announced_on == dt.date(2022, 12, 15)
    assert (7, "released", "total") in {(f.value, f.metric, f.role) for f in found.figures}


def test_a_release_after_a_decision_is_announced_on_the_decisions_day():
    thursday = dt.date(2023, 12, 7)
    text = (
        "LIMA, 7 dic (NdP) – El expresidente Alberto Fujimori abandonó en la tarde del miércoles el penal de "
        "Barbadillo, después de que el Tribunal Constitucional ordenara el martes su inmediata libertad al "
        "restituir el indulto humanitario que le concedió en 2017 Pedro Pablo Kuczynski."
    )
    assert extract(text, published=thursday, language="es").announced_on == dt.date(2023, 12, 5)


def test_a_release_told_before_its_own_later_day_keeps_the_first_date():
    thursday = dt.date(2023, 12, 7)
    text = (
        "LIMA, 7 dic (NdP) – El Gobierno indultó el martes a 300 presos, que saldrán de las cárceles después de "
        "que el juez firme el jueves las órdenes."
    )
    assert extract(text, published=thursday, language="es").announced_on == dt.date(2023, 12, 5)


# Metrics


def test_a_reduction_of_the_length_of_their_sentence_reduces_it():
    text = (
        "Le président a accordé une grâce spéciale à 1 467 détenus. La mesure se traduit par la remise en "
        "liberté de 483 d'entre eux. Les 984 autres bénéficient d'une réduction de la durée de leur peine."
    )
    found = _figures(text, "fr")
    assert (984, "sentence_reduced", "part") in found
    assert (1467, "pardoned", "total") in found


def test_a_pardon_in_the_form_of_remissions_stays_a_pardon():
    text = (
        "Le président a annoncé une grâce présidentielle sous forme de remises de peine au profit de 9 347 "
        "condamnés répartis dans tout le pays."
    )
    assert _figures(text, "fr") == {(9347, "pardoned", "total")}


def test_remissions_alone_still_reduce_sentences():
    text = "Le président a annoncé des remises de peine au profit de 9 347 condamnés répartis dans tout le pays."
    assert {(v, m) for v, m, _ in _figures(text, "fr")} == {(9347, "sentence_reduced")}


def test_who_the_people_are_is_not_what_is_done_to_them():
    text = (
        "El Gobierno liberará a siete presos de la primera línea. Se trata de cinco personas recluidas en "
        "cárceles y dos que cumplían detención domiciliaria."
    )
    found = _figures(text, "es")
    assert (5, "released", "part") in found and (2, "released", "part") in found
    assert not any(m == "temporarily_released" for _, m, _ in found)


def test_il_sagit_de_tells_who_the_people_of_the_count_before_are():
    text = (
        "Le chef de l'Etat a gracié 12 détenus. Il s'agit de dix hommes incarcérés à Lomé et de deux femmes en "
        "détention préventive."
    )
    found = _figures(text, "fr")
    assert (10, "pardoned", "part") in found and (2, "pardoned", "part") in found


def test_leaving_their_detention_centres_is_a_release_both_ways():
    after = "El Gobierno liberó a siete presos. Unas 230 personas podrían salir de sus centros de detención."
    assert (230, "released") in {(v, m) for v, m, _ in _figures(after, "es")}
    before = "El decreto permitirá salir de sus centros de detención a 230 personas."
    assert (230, "released") in {(v, m) for v, m, _ in _figures(before, "es")}


def test_clemency_participles_count_people():
    text = "El tribunal amnistió a 91 personas. Los cinco amnistiados de esta semana son manifestantes."
    found = _by_value(text, "es")
    assert found[5].metric == "pardoned" and found[5].role == "part" and found[5].category == "protesters"


# Partitives and lists


def test_some_of_them_with_no_act_of_their_own_are_the_count_befores():
    text = (
        "El tribunal amnistió a cinco personas. Dos de ellos habían sido condenados a dos años de cárcel; los "
        "otros tres estaban procesados."
    )
    found = _figures(text, "es")
    assert (2, "pardoned", "part") in found and (3, "pardoned", "part") in found


def test_a_partitive_with_its_own_release_keeps_it():
    text = (
        "Le président a gracié 1 125 condamnés. Pour 364 d'entre eux, la mesure se traduit par une sortie "
        "immédiate de prison."
    )
    assert (364, "released", "part") in _figures(text, "fr")


def test_a_pluperfect_before_a_partitive_still_dates_it():
    text = (
        "Le président a gracié mardi 1 467 détenus. En 2021, il avait gracié 1 221 condamnés ; 271 d'entre eux "
        "avaient été libérés."
    )
    found = _figures(text, "fr", dt.date(2024, 3, 20))
    assert (1467, "pardoned", "total") in found
    assert {role for value, _, role in found if value in (1221, 271)} == {"other_event"}


def test_an_aside_after_a_list_line_says_who_they_are():
    text = (
        "Le colonel a gracié vendredi les quarante-neuf militaires ivoiriens : les 46 hommes toujours détenus, "
        "condamnés le 30 décembre, et trois femmes, relâchées dès septembre."
    )
    found = _by_value(text, "fr", dt.date(2023, 1, 7))
    assert (found[3].metric, found[3].role, found[3].category) == ("pardoned", "part", "women")
    assert (found[46].metric, found[46].role) == ("pardoned", "part")


def test_a_part_with_no_kind_of_its_own_shares_its_totals():
    text = (
        "BAMAKO, 7 janv (ASP) – Le colonel Assimi Goïta a gracié vendredi les quarante-neuf militaires "
        "ivoiriens : les 46 hommes toujours détenus, condamnés le 30 décembre, et trois femmes, relâchées dès "
        "septembre."
    )
    found = _by_value(text, "fr", dt.date(2023, 1, 7))
    assert found[49].category == "foreign_nationals"
    assert found[46].category == "foreign_nationals" and found[3].category == "women"


def test_separatists_and_sedition_are_political():
    text = (
        "El Consejo de Ministros aprobó los indultos de los nueve dirigentes independentistas catalanes "
        "condenados por sedición."
    )
    assert _by_value(text, "es")[9].category == "political"


# Officials


def test_heads_side_by_side_are_one_office():
    text = (
        "Le président a gracié 40 détenus. Le décret a été lu à la télévision par le ministre secrétaire général "
        "de la présidence, le général Amara Camara."
    )
    role, part = _officials(text, "fr")["Amara Camara"]
    assert part == "announcer" and role.startswith("ministre secrétaire général")


def test_an_office_of_the_presidency_is_the_states():
    text = (
        "Le président a gracié 40 détenus. Le décret a été lu par le secrétaire général de la présidence, Amara Camara."
    )
    assert _officials(text, "fr")["Amara Camara"][1] == "announcer"
