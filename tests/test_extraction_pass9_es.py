"""Spanish reports of commutative pardon laws, amnesty laws passed by a parliament, Christmas pardons and
decrees told by the government that signed them: a pardon the law calls commutative ("indulto general
conmutativo") commutes sentences; places that "suman N cada una" are a breakdown's lines, and two lines of one
breakdown are two groups, not two counts of one; the other side of a vote ("por 177 votos frente a 172") and
people shot ("fueron fusilados") count no prisoners; an amnesty law for the people prosecuted ("los
encausados") makes a story relevant though the dateline is cut in pieces before its lead; the government named
after its head ("El Gobierno de X") names X; a place after a sentence-opening preposition ("En Valparaíso,")
and a country's name after "República" are no names; an office whose departments are listed with commas ("el
ministro de la Presidencia, Justicia y Relaciones con las Cortes, X"); an office held no longer ("el ex
procurador general X"); a party's spokesperson comments; Chile's Gendarmería is the state's. Then the prison
population: what a prison system "alberga", what "en el país hay", what a body "contaba" even after a pardon it
asked for, and the share of it that "no tienen sentencia"; a group of people held of the same value as the
measure's count; a release "gracias a aquella medida" after a pardon is named; a period "entre 2012 y 2019"
before the announcement; a newspaper's dateline with its year written out ("La Paz, 14 de abril de 2020.-");
a decision told "un día después de que" it was taken."""

import datetime as dt

from tests import extraction_readings as readings

PUBLISHED = dt.date(2022, 5, 20)  # a Friday


read, figures, officials = readings.spanish(PUBLISHED)


def test_a_commutative_pardon_commutes_sentences():
    text = (
        "El Congreso de Paraguay aprobó el jueves un indulto general conmutativo por la epidemia de dengue. La "
        "medida beneficiará a 640 internos, que cumplirán el resto de su pena en sus casas."
    )
    found = figures(text)
    assert found[(640, "sentence_reduced")][1] == "total"
    assert (640, "pardoned") not in found
    # A plain pardon named beside it keeps the pardon.
    text = (
        "El Congreso de Paraguay aprobó el jueves un indulto general conmutativo para 640 internos, y el "
        "presidente firmó además 25 indultos particulares."
    )
    assert (25, "pardoned") in figures(text)


def test_places_that_each_have_a_count_are_a_breakdowns_lines():
    text = (
        "La Fiscalía cifró en 900 los presos que recibirán el indulto. Lima, con 310, es la región con más "
        "beneficiados; le siguen Arequipa, con 95, y Cusco, con 90. Piura y Tacna suman 40 cada una."
    )
    found = figures(text)
    assert found[(900, "pardoned")][1] == "total"
    assert found[(95, "pardoned")][1] == "part"
    assert found[(90, "pardoned")][1] == "part"  # a line beside 95, not another count of it
    assert found[(40, "pardoned")][1] == "part"


def test_the_other_side_of_a_vote_counts_no_prisoners():
    text = (
        "El Senado de Chile aprobó el martes la ley de amnistía por 26 votos frente a 19, y beneficiará a 300 presos."
    )
    found = figures(text)
    assert (300, "pardoned") in found
    assert not any(value in (26, 19) for value, _metric in found)


def test_people_shot_are_no_prisoners():
    text = (
        "El presidente Raúl Gómez indultó ayer a 140 militares. Entre ellos figuran los acusados de la matanza de "
        "San Pedro, en la que 31 campesinos fueron fusilados en 1982."
    )
    found = figures(text)
    assert (140, "pardoned") in found
    assert not any(value == 31 for value, _metric in found)


def test_an_amnesty_law_for_those_prosecuted_is_relevant_after_a_cut_dateline():
    text = (
        "El Parlamento aprueba la ley de amnistía\n\nMADRID, 4 Jun. (EUROPA PRESS) -\n\nEl Parlamento ha "
        "aprobado este martes la ley de amnistía para los encausados por las protestas de 2019, que ahora "
        "deberán aplicar los jueces caso por caso."
    )
    assert read(text, dt.date(2024, 6, 4)).relevant


def test_the_government_named_after_its_head_names_him():
    text = (
        "Quito, 9 jun (EFE).- El presidente de Ecuador firmó el indulto de 300 presos. El Gobierno de Mario "
        "Cevallos, que asumió en mayo, aseguró que el proceso será riguroso."
    )
    found = officials(text)
    assert "Mario Cevallos" in found
    assert not any(name.startswith("El Gobierno") for name in found)


def test_places_and_a_countrys_name_are_no_officials():
    text = (
        "El presidente de la República Dominicana, Julio Peña, indultó anoche a doce reclusos. En Santiago, el "
        "director regional de Prisiones, Pedro Almonte, explicó que saldrán el viernes."
    )
    found = officials(text)
    assert "Julio Peña" in found
    assert found["Pedro Almonte"][0] == "announcer"
    assert "Dominicana" not in found
    assert "Santiago" not in found


def test_an_office_listing_its_departments_with_commas():
    text = (
        "El Gobierno de España aprobó el martes la ley de amnistía para los encausados. El ministro de la "
        "Presidencia, Justicia y Relaciones con las Cortes, Tomás Giner, defendió que cierra una etapa."
    )
    assert officials(text)["Tomás Giner"][0] == "announcer"


def test_an_office_held_no_longer_names_no_official():
    text = (
        "El presidente Julio Peña indultó anoche a doce reclusos. Los fiscales interrogaron al ex procurador "
        "general de la República Ramón Pérez por las excarcelaciones del Gobierno anterior."
    )
    assert "Ramón Pérez" not in officials(text)


def test_a_partys_spokesperson_comments():
    text = (
        'El Congreso aprobó el jueves la ley de amnistía para los encausados por las protestas. "Es un día '
        'histórico", dijo la portavoz de Compromís, Laura Soler. El portavoz del Gobierno, Luis Mora, la defendió.'
    )
    found = officials(text)
    assert found["Laura Soler"][0] == "commenter"
    assert found["Luis Mora"][0] == "announcer"


def test_chiles_gendarmeria_is_the_states():
    text = (
        "Santiago, 17 abr.- Los primeros 300 beneficiados del indulto dejaron el viernes la cárcel. El director "
        "regional de Gendarmería, Jorge Soto, explicó que los internos llevarán un teléfono con geolocalización."
    )
    assert officials(text, dt.date(2020, 4, 17))["Jorge Soto"][0] == "announcer"


def test_an_adjective_before_the_verb_of_the_dead():
    text = (
        "El presidente Raúl Gómez indultó ayer a 140 militares, entre ellos los acusados de la matanza de San "
        "Pedro, donde 31 presos políticos fueron fusilados."
    )
    assert not any(value == 31 for value, _metric in figures(text))


def test_the_prison_population_a_system_holds_or_the_country_has():
    text = (
        "El Gobierno de Ecuador indultó ayer a unos 600 reos. El sistema penitenciario ecuatoriano alberga a unos "
        "35.000 privados de libertad, de los cuales cerca de 5.000 están presos por microtráfico."
    )
    found = figures(text)
    assert found[(35000, "prison_population")][1] == "context"
    assert found[(5000, "detained")][1] == "context"
    text = (
        "El Gobierno de Bolivia indultó ayer a 80 reos. En el país hay al menos 20.000 privados de libertad, de "
        "los cuales unos 14.000 no tienen sentencia y permanecen en detención preventiva."
    )
    found = figures(text)
    assert found[(20000, "prison_population")][1] == "context"
    assert found[(14000, "detained")][1] == "context"


def test_a_tally_of_those_held_after_a_pardon_asked_for_is_the_population():
    text = (
        "El decreto de indulto beneficiará a más de 200 presos, informó el martes el viceministro. La Defensoría, "
        "que había pedido un indulto extraordinario, contaba en enero unos 21.000 presos, entre ellos más de 800 "
        "adultos mayores y al menos 200 enfermos de sida."
    )
    found = figures(text, dt.date(2020, 4, 14))
    assert found[(200, "pardoned")] == (None, "total")
    assert found[(21000, "prison_population")][1] == "context"
    assert found[(800, "detained")] == ("elderly", "context")
    assert found[(200, "detained")] == ("sick", "context")


def test_a_release_thanks_to_that_measure_is_the_pardon_named_before():
    text = (
        "El presidente indultó ayer a 400 presos. En 2010 el Congreso aprobó un indulto para los condenados por "
        "llevar droga; gracias a aquella medida salieron de prisión 1.900 personas."
    )
    found = figures(text)
    assert found[(1900, "pardoned")][1] == "other_event"


def test_a_period_between_two_past_years_is_another_event():
    text = (
        "La Paz, 14 de abril de 2020.- El Gobierno de Bolivia indultará a más de 300 presos, informó este martes el "
        "viceministro. Es una medida frecuente: entre 2012 y 2019, siete decretos beneficiaron a 7.100 presos."
    )
    found = figures(text, dt.date(2020, 4, 14))
    assert found[(300, "pardoned")][1] == "total"
    assert found[(7100, "pardoned")][1] == "other_event"


def test_a_newspapers_dateline_with_its_year_is_no_date_of_the_lead():
    text = (
        "La Paz, 14 de abril de 2020.- El decreto de indulto que la presidenta aprobó el jueves 9 de abril "
        "beneficiará a más de 300 presos, informó este martes el viceministro."
    )
    assert read(text, dt.date(2020, 4, 14)).announced_on == dt.date(2020, 4, 9)


def test_a_decision_told_a_day_before_the_release():
    text = (
        "Santiago.- Un día después de que el Presidente promulgara la ley de indulto conmutativo, los primeros "
        "300 condenados comenzaron este viernes a dejar las cárceles."
    )
    assert read(text, dt.date(2020, 4, 17)).announced_on == dt.date(2020, 4, 16)
