"""English behaviours: Gulf rulers titled by their house, honorifics before a name, people named in the
list of those let out, monitoring centres and other states' presidents, counts told years back, sentences
with months taken off, bare objects before "for", a headline that names the lead's act, a pardon told of
the group in the next sentence and the parts that keep it, gapped counts with their own verb, the kind of
a group's subgroups, the two sides of a swap, people brought home and people released from punishment."""

import datetime as dt

from tests import extraction_readings as readings

PUBLISHED = dt.date(2025, 11, 27)


run, figures, officials = readings.english(PUBLISHED)


def test_a_ruler_titled_sheikh_who_frees_people_is_an_official():
    got = officials(
        "Emirates rulers free inmates\n\n"
        "ABU DHABI, 27 November (Gulf Ledger) -- The rulers of the emirates issued pardons on Thursday:\n\n"
        "- Sharjah: 410 prisoners freed by Sheikh Dr Sultan bin Muhammad Al Qasimi for good behaviour\n"
        "- Dubai: 1,200 inmates released on the orders of Sheikh Mohammed bin Rashid Al Maktoum, Vice President "
        "and Ruler of Dubai"
    )
    assert got["Sultan bin Muhammad Al Qasimi"].part == "announcer"
    assert got["Mohammed bin Rashid Al Maktoum"].role.startswith("Vice President")
    assert got["Mohammed bin Rashid Al Maktoum"].part == "announcer"


def test_a_sheikh_who_is_held_is_no_official():
    got = officials(
        "Bahrain frees 300 prisoners\n\n"
        "MANAMA, 27 November (Gulf Ledger) -- Bahrain freed 300 prisoners on Thursday. The opposition cleric "
        "Sheikh Ali Salman, jailed for life in 2018, was not among them."
    )
    assert "Ali Salman" not in got


def test_seyyed_is_an_honorific_not_part_of_the_name():
    got = officials(
        "TEHRAN – Ayatollah Seyyed Ali Khamenei on Thursday agreed to pardon or commute the sentences of 2,104 "
        "convicts, the judiciary said."
    )
    assert "Ali Khamenei" in got
    assert "Seyyed Ali Khamenei" not in got


def test_names_in_the_list_of_those_freed_are_prisoners_not_officials():
    result = run(
        "Belarus frees 40 prisoners\n\n"
        "VILNIUS, Lithuania (Amber Coast Press) — Belarus freed 40 prisoners on Saturday, including the lawyer "
        "Maxim Znak and Pavel Sevyarynets, chairman of the Belarusian Christian Democracy party. Foreign "
        "Minister Maxim Ryzhenkov said more releases would follow."
    )
    names = {o.name for o in result.officials}
    assert "Maxim Znak" not in names
    assert "Pavel Sevyarynets" not in names
    assert "Maxim Ryzhenkov" in names


def test_the_head_of_a_monitoring_centre_for_political_prisoners_comments():
    got = officials(
        "BAKU, May 8 (Caspian Wire) - President Ilham Aliyev pardoned 300 convicts on Monday. Elshan Hasanov, "
        "head of the Monitoring Center for Political Prisoners, said no one on his list had been freed."
    )
    assert got["Ilham Aliyev"].part == "announcer"
    assert got["Elshan Hasanov"].part == "commenter"


def test_another_states_president_comments_on_a_release_but_announces_his_side_of_a_swap():
    release = officials(
        "Belarus frees 52 prisoners\n\n"
        "VILNIUS, Lithuania (Amber Coast Press) — Belarus released 52 prisoners on Thursday after President "
        "Alexander Lukashenko pardoned them. President Volodymyr Zelensky said two Ukrainian citizens were "
        "in the group."
    )
    assert release["Volodymyr Zelensky"].part == "commenter"
    swap = officials(
        "Russia and Ukraine swap prisoners\n\n"
        "KYIV, Jan 3 (Dnipro Daily) – Russia and Ukraine exchanged prisoners of war on Wednesday. President "
        "Volodymyr Zelensky said 150 Ukrainians had come home in the exchange."
    )
    assert swap["Volodymyr Zelensky"].part == "announcer"


def test_a_count_told_years_earlier_is_background():
    got = figures(
        "JAKARTA (Archipelago News) - Indonesia cut the prison terms of 160,000 inmates on Saturday to mark "
        "Independence Day. Three years earlier, 120,500 prisoners received remissions.",
        published=dt.date(2025, 8, 18),
    )
    assert got[(160000, "sentence_reduced")].role == "total"
    assert got[(120500, "sentence_reduced")].role == "other_event"


def test_months_taken_off_a_sentence_reduce_it():
    got = figures(
        "JAKARTA (Archipelago News) - Indonesia granted remission to 9,000 inmates on Saturday, and 400 of them "
        "walked free. The other 8,600 had between one and three months taken off their terms.",
        published=dt.date(2025, 8, 18),
    )
    assert got[(8600, "sentence_reduced")].role == "part"


def test_a_bare_object_before_for_is_a_count():
    got = figures(
        "President Sheikh Mohamed bin Zayed ordered the release of 2,000 prisoners on Thursday. In June he "
        "freed 1,240 for Eid Al Adha."
    )
    assert (1240, "released") in got


def test_a_headline_pardon_names_the_act_of_the_leads_exact_release():
    got = figures(
        "Emir pardons nearly 1,000 prisoners ahead of national day\n\n"
        "DOHA, 27 November (Gulf Ledger) -- The emir on Thursday ordered the release of 968 prisoners ahead of "
        "national day, state media said.",
        title="Emir pardons nearly 1,000 prisoners ahead of national day",
    )
    assert got[(968, "pardoned")].role == "total"
    assert got[(1000, "pardoned")].role == "alternative"


def test_a_headline_pardon_leaves_a_release_beside_a_pardon_count_alone():
    got = figures(
        "Emir pardons nearly 1,000 prisoners\n\n"
        "DOHA, 27 November (Gulf Ledger) -- The emir on Thursday pardoned 990 prisoners, state media said. "
        "Police said 980 would be released before the holiday.",
        title="Emir pardons nearly 1,000 prisoners",
    )
    assert (990, "pardoned") in got
    assert (980, "released") in got


def test_a_release_the_next_sentence_calls_a_pardon_is_a_pardon_and_its_parts_keep_it():
    got = figures(
        "VILNIUS, Lithuania (Amber Coast Press) — Belarus released 80 prisoners on Saturday. President "
        "Alexander Lukashenko pardoned the group after talks with a U.S. envoy. Lithuania received 70 of those "
        "freed; the other 10 went to Poland. Four Latvian citizens were in the group.",
        published=dt.date(2025, 12, 14),
    )
    assert got[(80, "pardoned")].role == "total"
    assert got[(70, "pardoned")].role == "part"
    assert got[(10, "pardoned")].role == "part"
    assert got[(4, "pardoned")].category == "foreign_nationals"


def test_a_release_with_no_pardon_after_it_stays_a_release():
    got = figures(
        "VILNIUS, Lithuania (Amber Coast Press) — Belarus released 80 prisoners on Saturday. The group was "
        "driven to the Lithuanian border.",
        published=dt.date(2025, 12, 14),
    )
    assert (80, "released") in got


def test_a_count_after_and_with_its_own_verb_and_the_kind_of_a_subgroup():
    got = figures(
        "BAKU, May 8 (Caspian Wire) - President Ilham Aliyev signed a decree on Monday pardoning 500 convicts. "
        "Twenty of those pardoned are foreign citizens. Fifteen of them are freed in full and five have their "
        "remaining terms halved.",
        published=dt.date(2023, 5, 8),
    )
    assert got[(15, "released")].category == "foreign_nationals"
    assert got[(5, "sentence_reduced")].category == "foreign_nationals"
    assert (5, "released") not in got


def test_the_two_sides_of_a_swap_are_two_totals_not_one_count_told_twice():
    got = figures(
        "KYIV, Jan 3 (Dnipro Daily) – Russia and Ukraine swapped prisoners of war on Wednesday. Ukraine said 190 "
        "of its people had come home: 180 soldiers and 10 civilians. Russia said 197 of its servicemen had been "
        "handed back.",
        published=dt.date(2024, 1, 4),
    )
    assert got[(190, "released")].role == "total"
    assert got[(197, "released")].role == "total"
    assert got[(180, "released")].role == "part"


def test_a_round_count_beside_an_exact_broken_down_one_is_still_its_alternative():
    got = figures(
        "KYIV, Jan 3 (Dnipro Daily) – Ukraine said 210 of its people had come home on Wednesday: 200 soldiers "
        "and 10 civilians. About 200 were freed in all, a monitoring group said.",
        published=dt.date(2024, 1, 4),
    )
    assert got[(210, "released")].role == "total"
    assert got[(200, "released")].role != "total"


def test_people_brought_home_are_released():
    got = figures(
        "KYIV, Jan 3 (Dnipro Daily) – Russia and Ukraine swapped 100 prisoners each on Wednesday. Last month "
        "Kyiv said 2,100 Ukrainians had been brought home in earlier swaps.",
        published=dt.date(2024, 1, 4),
    )
    assert got[(2100, "released")].role == "other_event"


def test_people_released_from_a_punishment_are_pardoned():
    got = figures(
        "BAKU, May 8 (Caspian Wire) - President Ilham Aliyev signed a decree on Monday pardoning 300 convicts. "
        "Under it 200 are freed from prison and 100 are released from punishments other than prison.",
        published=dt.date(2023, 5, 8),
    )
    assert got[(200, "released")].role == "part"
    assert got[(100, "pardoned")].role == "part"


def test_a_count_after_and_with_have_left_out_takes_its_own_predicate():
    got = figures(
        "RABAT, April 10 (MAP) - King Mohammed VI has pardoned 1,500 people on the occasion of Eid al-Fitr. "
        "The pardon covers 1,200 detainees, of whom 100 have their remaining sentences cancelled and 1,100 "
        "their terms reduced.",
        published=dt.date(2024, 4, 10),
    )
    assert got[(1100, "sentence_reduced")].role == "part"


def test_a_year_that_names_an_event_does_not_date_the_count():
    got = figures(
        "DUBAI (Reuters) - Iran's Supreme Leader Ayatollah Ali Khamenei has pardoned or reduced the sentences of "
        "3,126 prisoners to mark the anniversary of the 1979 Islamic Revolution, state media reported on Monday. "
        "In the 2023 amnesty he pardoned 22,000 people.",
        published=dt.date(2025, 2, 11),
    )
    assert got[(3126, "pardoned")].role == "total"
    assert got[(22000, "pardoned")].role == "other_event"


def test_what_a_named_prison_holds_is_no_release():
    got = figures(
        "MANILA (PNA) - The Bureau of Corrections released 1,012 inmates on Tuesday. The releases are part of "
        "efforts to decongest the New Bilibid Prison, which holds about 29,000 inmates.",
        published=dt.date(2023, 1, 3),
    )
    assert got[(1012, "released")].role == "total"
    assert got[(29000, "prison_population")].role == "context"
    assert (29000, "released") not in got


def test_people_who_earned_their_release_are_a_part_of_those_freed():
    got = figures(
        "MANILA (PNA) - The Bureau of Corrections released 1,012 inmates on Tuesday. Of those freed, 704 earned "
        "their release through good conduct allowances.",
        published=dt.date(2023, 1, 3),
    )
    assert got[(704, "released")].role == "part"


def test_a_coordination_headquarters_is_no_person():
    got = officials(
        "KYIV, Ukraine (AP) — Ukraine and Russia each freed 90 prisoners of war on Tuesday. It was the 53rd "
        "exchange of the war, Ukraine's Coordination Headquarters said.",
        published=dt.date(2024, 6, 26),
    )
    assert "Coordination Headquarters" not in got


def test_amnesty_to_a_bare_count_counts_people():
    got = figures("HANOI (Reuters) - Vietnam granted amnesty to 2,434 on Thursday.", published=dt.date(2024, 9, 2))
    assert got[(2434, "pardoned")].role == "total"


def test_a_headline_amnesty_of_the_same_count_names_the_bodys_act():
    title = "Vietnam grants amnesty to 2,434 ahead of National Day"
    got = figures(
        f"{title}\n\nHANOI (Reuters) - Vietnam will release 2,434 prisoners, including 21 foreigners, to mark "
        "National Day on Sept. 2, a government official said on Thursday.",
        title=title,
        published=dt.date(2024, 9, 2),
    )
    assert got[(2434, "pardoned")].role == "total"
    assert (2434, "released") not in got


def test_a_later_month_told_in_the_past_is_last_years():
    text = "RABAT (Reuters) - The king pardoned 500 prisoners on Friday. About 1,700 inmates {} in September."
    past = figures(text.format("were freed early"), published=dt.date(2025, 6, 10))
    assert past[(1700, "released")].role == "other_event"
    future = figures(text.format("will be freed"), published=dt.date(2025, 6, 10))
    assert future[(1700, "released")].role == "total"


def test_a_record_prison_population_is_a_predicate():
    got = figures(
        "LONDON (PA) - The prison population in England and Wales reached a record 88,087 on Friday, Ministry "
        "of Justice figures show. The government freed 1,700 inmates early under an emergency scheme.",
        published=dt.date(2025, 6, 10),
    )
    assert got[(88087, "prison_population")].role == "context"


def test_a_count_since_the_law_took_effect_is_background():
    got = figures(
        "MANAMA, March 12 (BNA) - King Hamad pardoned 457 prisoners on Tuesday. Since the law took effect, more "
        "than 6,000 people have been released under it, according to the ministry.",
        published=dt.date(2024, 3, 12),
    )
    assert got[(457, "pardoned")].role == "total"
    assert [f.role for (value, _), f in got.items() if value == 6000] == ["other_event"]
