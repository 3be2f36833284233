"""French and Spanish: acquittals, population stories, breakdowns and groups, background counts, datelines and
speakers, each rule on a short text of its own."""

import datetime as dt

from releases.extraction import extract

WEDNESDAY = dt.date(2026, 2, 4)


def _figures(text, language, published=WEDNESDAY):
    return {(f.value, f.metric, f.role) for f in extract(text, published=published, language=language).figures}


def _read(text, language, published=WEDNESDAY):
    return {(f.value, f.metric) for f in extract(text, published=published, language=language).figures}


def _officials(text, language, published=WEDNESDAY):
    return {o.name: (o.role, o.part) for o in extract(text, published=published, language=language).officials}


# Officials


def test_an_office_before_a_comma_reaches_a_name_after_an_article_and_one_word():
    text = (
        "El Gobierno excarceló a 40 presos. El anuncio lo hizo el presidente del Parlamento, el chavista Jorge "
        "Rodríguez, en una rueda de prensa."
    )
    assert _officials(text, "es")["Jorge Rodríguez"] == ("presidente del Parlamento", "announcer")


def test_a_word_before_a_verb_of_speaking_or_opening_its_sentence_is_no_name():
    text = (
        "Unos 381 presos salieron gracias al Decreto de Indulto y Amnistía, informó el director de Régimen "
        "Penitenciario, Javier Aramayo. Entonces, el ministro de Gobierno, Carlos Romero, calculó otra cifra."
    )
    found = _officials(text, "es")
    assert "Amnistía" not in found and "Entonces" not in found
    assert {"Javier Aramayo", "Carlos Romero"} <= set(found)


def test_an_office_told_with_a_possessive_after_a_named_ngo_is_the_ngos():
    text = (
        "La ONG Foro Penal verificó 17 excarcelaciones de presos políticos, según escribió en X su director "
        "presidente, Alfredo Romero."
    )
    role, part = _officials(text, "es")["Alfredo Romero"]
    assert part == "commenter" and "Foro Penal" in role


def test_an_outlet_named_after_its_country_is_no_person():
    text = (
        "Le président a gracié 300 détenus. Interrogé sur France Inter, le garde des Sceaux, Pierre Martin, a "
        "salué la mesure."
    )
    found = _officials(text, "fr")
    assert "Inter" not in found and found["Pierre Martin"][0] == "garde des Sceaux"


def test_a_head_of_state_acts_by_a_finite_verb_not_by_a_participle():
    acts = "El Gobierno de Daniel Ortega excarceló a 135 presos políticos, que viajaron a Guatemala."
    assert _officials(acts, "es", dt.date(2024, 9, 6))["Daniel Ortega"][1] == "announcer"
    freed = (
        "La loi d'amnistie a permis la libération de 69 détenus. Leur sortie suit celle de Bassirou Diomaye "
        "Faye, candidat de l'opposition, libérés jeudi soir."
    )
    assert "Bassirou Diomaye Faye" not in _officials(freed, "fr", dt.date(2024, 3, 19))


def test_a_speaker_named_after_his_verb_and_title_comments():
    text = (
        'Nicaragua excarceló a 135 presos políticos. "Es un paso", declaró el obispo Silvio Báez, desde Miami. '
        '"No basta", dijo el mandatario desde Viña del Mar.'
    )
    found = _officials(text, "es", dt.date(2024, 9, 6))
    assert found["Silvio Báez"] == ("obispo", "commenter")
    assert "Viña del Mar" not in found


# What counts and what does not


def test_people_a_court_acquits_are_freed_by_no_act_of_clemency():
    french = (
        "Le tribunal militaire a condamné à mort 37 prévenus. Les quatorze autres, parmi lesquels trois femmes, "
        "ont été acquittés et doivent quitter la prison."
    )
    assert not extract(french, published=WEDNESDAY, language="fr").relevant
    spanish = "Un tribunal absolvió a tres militares y ordenó que salgan de prisión este viernes."
    assert not any(f.metric == "released" for f in extract(spanish, published=WEDNESDAY, language="es").figures)


def test_counts_of_their_subject_told_as_predicates():
    assert (1270, "pardoned") in _read(
        "Le roi a gracié 1 500 personnes. Les graciés en détention sont au nombre de 1 270.", "fr"
    )
    assert (895, "released") in _read(
        "El Gobierno excarceló a 17 presos. El ministro cifró el total de excarcelados en 895.", "es"
    )
    assert (82921, "prison_population") in _read(
        "Prisons : nombre record de détenus\n\nPARIS, 30 avril (Agence) – Les prisons françaises n'ont jamais compté autant de "
        "détenus : ils étaient 82 921.",
        "fr",
    )


def test_a_number_after_a_month_that_is_no_day_or_year_is_a_count():
    text = (
        "Cuba excarcelará a 51 presos. La ONG contabilizó al cierre de enero 1.207 presos por motivos políticos "
        "en la isla."
    )
    assert (1207, "detained", "context") in _figures(text, "es", dt.date(2026, 3, 12))


def test_the_base_of_a_proportion_is_no_count():
    text = "Bolivia indultó a 381 presos. En 2013, ocho de cada diez presos estaban en detención preventiva."
    assert {value for value, _ in _read(text, "es")} == {381}


# Population stories


def test_a_french_overcrowding_story_counts_its_population_and_the_people_held():
    text = (
        "Prisons : 82 921 détenus au 1er avril, un record pour 62 358 places\n\n"
        "PARIS, 30 avril (Agence) – Les prisons françaises n'ont jamais compté autant de détenus : ils étaient "
        "82 921 au 1er avril, selon les chiffres publiés mercredi par le ministère de la Justice. La densité "
        "carcérale atteint 133 %. Conséquence : 4 752 détenus dorment sur un matelas. Le seuil des 80 000 détenus avait été franchi le 1er novembre 2024, avec 80 130 "
        "personnes écrouées."
    )
    result = extract(text, published=dt.date(2025, 4, 30), language="fr")
    assert result.relevant and result.country == "FR" and result.kinds == []
    assert result.announced_on == dt.date(2025, 4, 30)  # "au 1er avril" dates the count, not the report
    found = {(f.value, f.metric) for f in result.figures}
    assert {(82921, "prison_population"), (4752, "detained"), (80130, "prison_population")} <= found
    assert 80000 not in {value for value, _ in found}  # a threshold passed


# Breakdowns, groups and parts


def test_a_one_opening_a_bulleted_line_is_a_line_and_the_breakdown_nests():
    text = (
        "Le roi a gracié 1 518 personnes.\n\n"
        "Les graciés en détention sont au nombre de 1 270 :\n"
        "– 411 détenus voient effacé le reste de leur peine ;\n"
        "– 858 obtiennent une remise de peine ;\n"
        "– un condamné à perpétuité voit sa peine commuée.\n\n"
        "Les 231 bénéficiaires en liberté n'ont plus d'amende : pour 156 d'entre eux, c'était leur seule peine.\n\n"
        "Le roi a aussi gracié dix-sept condamnés pour terrorisme."
    )
    roles = {f.value: (f.role, f.part_of) for f in extract(text, published=WEDNESDAY, language="fr").figures}
    assert roles[1] == ("part", 1270)
    assert roles[1270] == roles[231] == roles[17] == ("part", 1518)
    assert roles[156] == ("part", 231)


def test_partitives_of_a_group_told_before_are_parts():
    french = (
        "Le roi a gracié dix-sept condamnés pour terrorisme. Dix d'entre elles voient leur peine effacée, cinq "
        "de ces dix étant aussi dispensées de l'amende."
    )
    found = _figures(french, "fr")
    assert (10, "pardoned", "part") in found and (5, "pardoned", "part") in found
    spanish = (
        "Las autoridades excarcelaron a 17 presos políticos. Al menos cuatro de los liberados salieron de El Rodeo."
    )
    assert (4, "released", "part") in _figures(spanish, "es")


def test_a_sentence_opened_by_the_freed_or_the_total_counts_their_people():
    freed = (
        "Un total de 381 presos recobraron la libertad gracias al decreto de indulto. De los liberados, 279 son "
        "varones y 102 mujeres, en su mayoría encarcelados por hurto."
    )
    assert {(279, "pardoned", "part"), (102, "pardoned", "part")} <= _figures(freed, "es")
    held = (
        "El Gobierno excarceló a 17 presos políticos. En el país siguen presas 687 personas: 600 hombres y 87 "
        "mujeres. Del total, 505 son civiles y 182, militares."
    )
    assert {(505, "detained"), (182, "detained")} <= _read(held, "es")


def test_lines_gapped_after_a_place_asides_and_ranges():
    text = (
        "El decreto de indulto benefició a 381 presos. La Paz encabeza la lista con 182 beneficiados; le siguen "
        "Santa Cruz, con 91, y Cochabamba, con 59. Noventa y siete, uno de cada cuatro, son extranjeros. La medida "
        "redujo la población penitenciaria de unos 14.900 a 14.400 reclusos."
    )
    found = _figures(text, "es")
    assert {(91, "pardoned", "part"), (59, "pardoned", "part"), (97, "pardoned", "part")} <= found
    assert {(14900, "prison_population", "context"), (14400, "prison_population", "context")} <= found


def test_a_verb_of_inclusion_gives_its_counts_the_measures_act_as_parts():
    text = (
        "Le président a gracié 2 471 détenus. Ce chiffre englobe aussi 14 détenus condamnés pour atteinte à "
        "l'ordre public, ainsi que huit personnes en détention provisoire. En 2023, il avait signé un décret en "
        "faveur de 8 958 prisonniers."
    )
    found = _figures(text, "fr")
    assert {(14, "pardoned", "part"), (8, "pardoned", "part"), (8958, "pardoned", "other_event")} <= found


def test_a_release_after_a_colon_that_names_the_pardon_is_the_pardon():
    text = (
        "Le président a gracié neuf condamnés. A ces mesures s'ajoute la grâce traditionnelle : environ 3 000 "
        "condamnés de droit commun vont quitter la prison."
    )
    assert (3000, "pardoned") in _read(text, "fr")


def test_a_list_joined_by_y_reaches_past_a_long_noun_phrase():
    text = (
        "Nicaragua excarceló a 135 presos políticos. Entre los liberados hay 13 miembros de la organización "
        "evangélica Mountain Gateway y 25 mujeres."
    )
    assert (25, "released", "part") in _figures(text, "es", dt.date(2024, 9, 6))


# Background counts


def test_a_weekday_before_the_announcement_opening_a_sentence_is_background():
    text = (
        "Foro Penal verificó este miércoles 17 excarcelaciones de presos políticos. El lunes, el ministro de "
        "Interior cifró el total de excarcelados en 895."
    )
    assert (895, "released", "other_event") in _figures(text, "es")


def test_a_past_time_opening_the_clause_after_a_colon_is_background():
    text = (
        "Cuba liberará a 51 presos, anunció este jueves el Gobierno. La última excarcelación fue a comienzos de "
        "2025: en enero, el presidente comunicó al papa la decisión de liberar a 553 reos."
    )
    assert (553, "released", "other_event") in _figures(text, "es", dt.date(2026, 3, 12))


def test_running_counts_since_a_start_are_background():
    text = (
        "Las autoridades excarcelaron este martes a 40 presos políticos. Con estas, suman 390 las "
        "excarcelaciones verificadas desde el 8 de enero. La ONG contaba 350 presos políticos excarcelados desde "
        "comienzos de enero."
    )
    found = _figures(text, "es")
    assert (40, "released", "total") in found
    assert {(390, "released", "other_event"), (350, "released", "other_event")} <= found


# Datelines


def test_a_title_case_agency_dateline_dates_the_report_and_weekdays_count_from_it():
    text = (
        "Venezuela excarcela a 40 presos\n\nCaracas, 4 feb (EFE).- Las autoridades excarcelaron este martes a 40 "
        "presos políticos, informó la ONG Foro Penal."
    )
    result = extract(text, published=WEDNESDAY, language="es")
    assert result.country == "VE" and result.announced_on == dt.date(2026, 2, 3)


def test_a_known_head_of_another_state_reacting_comments():
    text = (
        "Le président Abdelmadjid Tebboune a gracié 3 000 détenus, a annoncé la présidence algérienne à Alger. "
        "Le président Kaïs Saïed a salué ce geste."
    )
    found = {o.name: (o.country, o.part) for o in extract(text, published=WEDNESDAY, language="fr").officials}
    assert found["Kaïs Saïed"] == ("TN", "commenter")
    assert found["Abdelmadjid Tebboune"] == ("DZ", "announcer")


def test_an_intransitive_release_verb_counts_the_subject_put_after_it():
    text = "El Gobierno aplicó el indulto. En febrero salieron de la cárcel 1.200, según el ministro."
    assert (1200, "released") in _read(text, "es")
    assert (450, "released") in _read(
        "Le décret a été appliqué lundi. Sont sortis de prison 450, selon le ministère.", "fr"
    )


def test_spanish_verbs_that_put_people_at_liberty():
    text = (
        "El Gobierno informó este martes que ha dejado en libertad a 7.040 personas detenidas durante el régimen de "
        "excepción. La semana anterior la Fiscalía puso en libertad a 120."
    )
    found = _read(text, "es")
    assert (7040, "released") in found and (120, "released") in found


def test_people_exiled_on_release_are_released_and_a_french_pardon_is_a_pardon():
    assert (200, "released") in _read("Más de 200 presos políticos fueron desterrados a Estados Unidos.", "es")
    assert (222, "released") in _read("Unos 222 presos políticos fueron expulsados del país.", "es")
    assert (500, "pardoned") in _read("Le roi a pardonné à 500 détenus.", "fr")


def test_a_rights_groups_exact_tally_near_the_official_count_is_its_alternative():
    text = (
        "El ministro de Interior anunció este martes la excarcelación de 103 presos políticos. Por su parte, la ONG "
        "Foro Penal verificó 99 excarcelaciones. La ONG recuerda que otros 40 presos políticos fueron liberados."
    )
    found = _figures(text, "es")
    assert (103, "released", "total") in found and (99, "released", "alternative") in found


def test_anoche_is_the_night_before():
    result = extract("El Gobierno excarceló anoche a 40 presos políticos.", published=WEDNESDAY, language="es")
    assert result.announced_on == dt.date(2026, 2, 3)


def test_a_french_or_spanish_lead_dated_only_by_its_telling_is_announced_that_day():
    text = (
        "Bolivia prevé liberar a 3.180 presos\n\nLA PAZ, 18 feb (Agencia) – El Gobierno calcula que 3.180 presos "
        "dejarán las cárceles gracias al decreto de amnistía e indulto, informó el miércoles el viceministro de "
        "Justicia, César Siles. El decreto fue ratificado el viernes pasado por la Asamblea."
    )
    result = extract(text, published=dt.date(2021, 2, 18), language="es")
    assert result.announced_on == dt.date(2021, 2, 17)


def test_a_liberty_obtained_under_an_amnesty_law_is_the_amnesty():
    text = (
        "Un total de 21 personas obtuvieron su libertad por la Ley de Amnistía en el último año, informó Gobernación."
    )
    assert _read(text, "es") == {(21, "pardoned")}


def test_a_release_by_the_decree_of_grace_after_au_or_a_la_is_the_pardon():
    text = "Les 500 détenus libérés grâce au décret de grâce présidentielle ont quitté la prison lundi."
    assert _read(text, "fr") == {(500, "pardoned")}


def test_what_the_measure_brings_about_for_some_of_its_people_is_a_part():
    text = (
        "Le président a accordé une grâce spéciale à 1 727 détenus. Cette mesure permettra la libération de 476 "
        "détenus, tandis que les autres bénéficieront d'une réduction de peine."
    )
    assert (476, "released", "part") in _figures(text, "fr")


def test_a_breakdowns_line_may_name_its_means_and_keeps_its_own_cue():
    text = (
        "El Gobierno anunció este martes que 1.300 presos saldrán de las cárceles: unos 800 por vencimiento de penas "
        "y 500 mediante detención domiciliaria transitoria."
    )
    found = _figures(text, "es")
    assert {(800, "released", "part"), (500, "temporarily_released", "part")} <= found


def test_a_group_opened_by_entre_los_reaches_past_an_adverb_aside():
    text = "El Consejo de Estado acordó indultar a 1.550 sancionados. Entre los indultados hay, además, 40 menores de 20 años."
    assert (40, "pardoned", "part") in _figures(text, "es")


def test_the_first_and_second_decree_concern_parts_of_the_measure():
    text = (
        "Le président a signé deux décrets portant mesures de grâce au profit de 8 048 détenus. Le premier décret "
        "concerne 7 991 détenus condamnés définitivement, le second 57 détenus poursuivis pour atteinte à l'ordre public."
    )
    assert {(7991, "pardoned", "part"), (57, "pardoned", "part")} <= _figures(text, "fr")


def test_who_they_are_may_be_told_before_the_count_but_not_after_another_count():
    text = "El Gobierno excarceló a 17 presos. En Venezuela siguen presas por motivos políticos 687 personas."
    categories = {f.value: f.category for f in extract(text, published=WEDNESDAY, language="es").figures}
    assert categories[687] == "political"
    joined = "El decreto benefició a 458 personas. Del total, 153 beneficiarios son mujeres y 305 hombres."
    categories = {f.value: f.category for f in extract(joined, published=WEDNESDAY, language="es").figures}
    assert categories[153] == "women" and categories[305] is None


def test_half_a_scale_word_is_half_its_value():
    assert _figures("El Gobierno excarceló a cerca de medio millar de presos.", "es") == {(500, "released", "total")}
    assert (500, "pardoned") in _read("Le roi a gracié un demi-millier de détenus.", "fr")


def test_the_population_the_prisons_hold_may_be_told_after_the_count():
    french = "Le président a gracié 1 200 détenus sur les 12 000 détenus que comptent les prisons du pays."
    assert (12000, "prison_population", "context") in _figures(french, "fr")
    spanish = "El Gobierno indultó a 1.500 de los 33.000 presos que albergan las cárceles del país."
    assert (33000, "prison_population", "context") in _figures(spanish, "es")


def test_people_remises_en_liberte_are_released():
    text = (
        "Quelque 150 personnes interpellées lors des manifestations ont été remises en liberté mardi, a annoncé le "
        "ministre de la Communication. Plus de 300 personnes restent détenues dans les prisons du pays."
    )
    result = extract(text, published=WEDNESDAY, language="fr")
    assert result.relevant
    assert {(f.value, f.metric, f.role) for f in result.figures} == {
        (150, "released", "total"),
        (300, "detained", "context"),
    }


def test_a_word_of_a_bodys_name_listed_with_y_is_no_person():
    text = (
        "El Gobierno excarceló este martes a 40 presos políticos. La vocera de la ONG Justicia, Encuentro y Perdón, "
        "Martha Tineo, pidió más transparencia."
    )
    found = _officials(text, "es")
    assert "Encuentro" not in found and found["Martha Tineo"][1] == "commenter"


def test_a_founder_of_a_body_comments():
    text = (
        "Le président Bassirou Diomaye Faye a gracié 500 détenus. Alioune Tine, fondateur d'Afrikajom Center, "
        "estime que le geste est insuffisant."
    )
    assert _officials(text, "fr")["Alioune Tine"][1] == "commenter"


def test_another_act_told_as_also_is_its_own_count_and_groups_before_a_total_in_all_are_parts():
    separate = (
        "Le président a gracié 1 200 détenus de droit commun. Il a aussi accordé une remise de peine à 366 détenus "
        "malades."
    )
    assert {(1200, "pardoned", "total"), (366, "sentence_reduced", "total")} <= _figures(separate, "fr")
    in_all = separate + " Au total, 1 566 détenus bénéficient de ces mesures."
    assert {(1200, "pardoned", "part"), (366, "sentence_reduced", "part"), (1566, "pardoned", "total")} <= _figures(
        in_all, "fr"
    )
    spanish = "El presidente indultó a 1.200 reos. En total, 2.000 presos han sido indultados desde enero."
    assert (1200, "pardoned", "total") in _figures(spanish, "es")
