"""English behaviours: what befalls people counted after "of whom", earlier acts after a long subject,
the two sides of a swap, "X and five others", official counts after a rounded lead, groups listed in the
sentence after a count, the kind of an uncounted group, and officials who notify, are not yet in office
or are places."""

import datetime as dt

from releases.extraction import extract

PUBLISHED = dt.date(2025, 8, 28)


def figures(text, title=""):
    result = extract(text, published=PUBLISHED, title=title, language="en")
    return {(f.value, f.metric): f for f in result.figures}


def officials(text):
    result = extract(text, published=PUBLISHED, language="en")
    return {o.name: o for o in result.officials}


def test_wounded_told_after_of_whom_are_no_figure():
    got = figures(
        "President Donald Trump on Monday pardoned roughly 1,500 people charged over the attack. Former Speaker "
        "Nancy Pelosi said the pardons insulted the officers who defended the building, more than 140 of whom "
        "were injured that day."
    )
    assert (1500, "pardoned") in got
    assert not any(value == 140 for value, _ in got)


def test_count_after_a_long_subject_of_an_earlier_act_is_background():
    got = figures(
        "President Donald Trump on Monday commuted the sentences of 14 people. The move came three days after "
        "Joe Biden, in his final week in office, commuted the sentences of nearly 2,500 people convicted of "
        "drug offences."
    )
    assert got[(14, "sentence_reduced")].role == "total"
    assert got[(2500, "sentence_reduced")].role == "other_event"


def test_the_other_side_of_a_swap_holds_no_part_of_this_side():
    got = figures(
        "Venezuela frees 10 Americans in swap for some 250 migrants held in El Salvador\n\n"
        "BOGOTA, Colombia (Andes Wire) - Venezuela released 10 Americans on Friday in exchange for 252 "
        "Venezuelan men whom the United States had deported to a prison in El Salvador."
    )
    assert got[(10, "released")].role == "total"
    assert got[(252, "released")].role == "total"
    assert got[(250, "released")].role == "alternative"


def test_head_of_state_in_a_swap_announces_whatever_the_case_of_his_title():
    people = officials(
        "Venezuela released 10 Americans on Friday in a prisoner swap, in exchange for 252 Venezuelans held in "
        "El Salvador. Salvadoran President Nayib Bukele said his government had handed over all the Venezuelans."
    )
    assert people["Nayib Bukele"].part == "announcer"


def test_others_around_a_name_beside_the_whole_count_are_not_counted_again():
    text = (
        "CAIRO (Nile Courier) - President Abdel Fattah al-Sisi on Monday pardoned the activist Alaa Abd El-Fattah "
        "and five other prisoners, state media said.\n\nThe six pardoned prisoners are: A, B, C, D, E and F."
    )
    got = figures(text, title="Sisi pardons jailed activist Alaa Abd El-Fattah and five other prisoners")
    assert (6, "pardoned") in got
    assert (5, "pardoned") not in got


def test_others_around_a_name_alone_stay_a_count():
    got = figures("The king pardoned the opposition leader Kem Sokha and 13 other prisoners on Friday.")
    assert (13, "pardoned") in got


def test_official_exact_count_after_a_rounded_lead_is_the_total():
    got = figures(
        "YANGON (AP) - Myanmar's military government on Monday freed more than 3,000 prisoners in a New Year "
        "amnesty. State television said 3,113 prisoners were pardoned, including 98 foreigners who will be "
        "deported."
    )
    assert got[(3113, "pardoned")].role == "total"
    assert got[(3000, "pardoned")].role == "alternative"
    assert got[(98, "pardoned")].part_of == 3113


def test_another_outlets_exact_count_stays_the_alternative():
    got = figures(
        "DUBAI (Wire) - Iran has pardoned some 82,000 people, the head of the judiciary said on Monday, the "
        "state news agency reported. Other agencies carried more precise numbers from the same remarks, putting "
        "the total at 82,656."
    )
    assert got[(82000, "pardoned")].role == "total"
    assert got[(82656, "pardoned")].role == "alternative"


def test_among_them_were_and_they_include_list_groups_of_the_count_before():
    got = figures(
        "CAIRO (Reuters) - President Abdel Fattah al-Sisi pardoned 1,210 prisoners on Tuesday to mark Eid "
        "al-Adha. Among them were 34 women and 12 people over 70. They include 14 foreigners."
    )
    assert got[(1210, "pardoned")].role == "total"
    for value, category in ((34, "women"), (12, "elderly"), (14, "foreign_nationals")):
        figure = got[(value, "pardoned")]
        assert (figure.role, figure.part_of, figure.category) == ("part", 1210, category)


def test_a_count_named_among_an_uncounted_group_takes_its_kind():
    got = figures("Myanmar freed hundreds of political prisoners on Monday, including 40 students and 12 monks.")
    assert got[(40, "released")].category == "political"
    assert got[(12, "released")].category == "political"


def test_a_count_with_its_own_kind_keeps_it_after_including():
    got = figures("The junta pardoned hundreds of political prisoners on Monday, including 12 women.")
    assert got[(12, "pardoned")].category == "women"


def test_foreign_official_who_notifies_is_kept_as_commenter():
    people = officials(
        "HAVANA (Wire) - Cuba said on Tuesday it would free 553 prisoners. Outgoing U.S. President Joe Biden "
        "notified lawmakers that Cuba had not supported terrorism."
    )
    assert people["Joe Biden"].country == "US"
    assert people["Joe Biden"].part == "commenter"


def test_president_elect_holds_no_office_yet():
    people = officials(
        "HAVANA (Wire) - President Miguel Diaz-Canel said on Tuesday Cuba would free 553 prisoners. "
        "President-elect Donald Trump said he could reverse the deal."
    )
    assert people["Miguel Diaz-Canel"].part == "announcer"
    assert people["Donald Trump"].part == "commenter"


def test_a_lone_word_after_in_is_a_place_not_the_lawyer():
    people = officials(
        "Enrique Tarrio received a full pardon and was being processed for release from a federal prison in "
        "Louisiana, his lawyer, Nayib Hassan, said."
    )
    assert "Louisiana" not in people
    assert "Nayib Hassan" in people


def test_counts_named_by_a_relative_clause_or_more():
    got = figures(
        "WASHINGTON (AP) - President Joe Biden on Thursday commuted the sentences of 1,499 people who had been "
        "on home confinement. ASTANA (Reuters) - Kazakhstan's amnesty law will free about 1,000 people and cut "
        "the sentences of 7,000 more."
    )
    assert (1499, "sentence_reduced") in got
    assert (7000, "sentence_reduced") in got


def test_more_before_a_noun_of_things_is_no_count():
    got = figures(
        "The government freed 1,700 prisoners early on Tuesday. It says it will build 14,000 more places by 2031."
    )
    assert (1700, "released") in got
    assert not any(value == 14000 for value, _ in got)


def test_bare_object_of_a_clemency_verb_is_a_count():
    got = figures(
        "ADDIS ABABA (Reuters) - Ethiopia freed 1,200 prisoners on Monday. In January the government freed 2,000."
    )
    assert got[(1200, "released")].role == "total"
    assert got[(2000, "released")].role == "other_event"


def test_up_to_a_share_of_the_countrys_prisoners():
    got = figures(
        "TEHRAN (AFP) - The amnesty covers up to 10,000 of the country's 180,000 prisoners, the judiciary said."
    )
    assert got[(10000, "pardoned")].qualifier == "up_to"
    assert got[(180000, "prison_population")].role == "context"


def test_running_tallies_are_background():
    got = figures(
        "MINSK (AP) - Belarus freed 18 prisoners on Wednesday, bringing to 300 the number released under the "
        "deal. Viasna said the releases were welcome, bringing the total freed this year to 250."
    )
    assert got[(18, "released")].role == "total"
    assert got[(300, "released")].role == "other_event"
    assert got[(250, "released")].role == "other_event"


def test_overcrowding_report_is_a_prison_population_story_dated_by_its_telling():
    result = extract(
        "Philippine jails hold four times their capacity\n\nMANILA (AP) - The Philippines' jails hold more than "
        "160,000 inmates in space meant for 40,000, the audit commission said on Monday.",
        published=PUBLISHED,
        language="en",
    )
    assert result.relevant
    assert result.country == "PH"
    assert result.announced_on == dt.date(2025, 8, 25)
    assert [(f.value, f.metric, f.role) for f in result.figures] == [(160000, "prison_population", "context")]


def test_speaker_after_a_quote_with_a_bare_office_or_his_body():
    people = officials(
        'YANGON (Reuters) - The junta freed 3,000 prisoners on Monday. "Many of those freed were not political '
        'prisoners," said Phil Robertson, deputy Asia director at Human Rights Watch. "It is a gesture," said '
        "Elaine Pearson of Human Rights Watch."
    )
    assert people["Phil Robertson"].part == "commenter"
    assert people["Elaine Pearson"].part == "commenter"


def test_a_freed_person_quoted_stays_a_prisoner():
    people = officials(
        'MINSK (AP) - Belarus freed 16 prisoners on Tuesday, among them the blogger Ihar Losik. "I am happy," '
        "said Ihar Losik, the blogger."
    )
    assert "Ihar Losik" not in people


def test_bulleted_lines_after_a_colon_are_the_breakdown():
    got = figures(
        "TASHKENT - The president pardoned 512 convicts on Monday. The breakdown:\n- 300 men\n- 200 women\n"
        "- 12 foreigners"
    )
    assert got[(512, "pardoned")].role == "total"
    for value in (300, 200, 12):
        assert (got[(value, "pardoned")].role, got[(value, "pardoned")].part_of) == ("part", 512)


def test_two_dozen_counts_and_over_a_thousand_is_at_least():
    got = figures("ABUJA (AP) - The president pardoned some two dozen prisoners on Monday.")
    assert got[(24, "pardoned")].qualifier == "approximately"
    got = figures("KAMPALA (Reuters) - Uganda released over a thousand prisoners on Monday.")
    assert got[(1000, "released")].qualifier == "at_least"


def test_a_dozen_alone_stays_vague():
    got = figures("The junta freed 300 prisoners on Monday, including a dozen journalists.")
    assert not any(value == 12 for value, _ in got)


def test_earlier_month_told_after_the_count_is_background():
    got = figures(
        "HANOI (AP) - Vietnam freed 1,000 prisoners on Monday. It was the third amnesty this year, after 2,000 "
        "were freed in January."
    )
    assert got[(1000, "released")].role == "total"
    assert next(f for (value, _), f in got.items() if value == 2000).role == "other_event"


def test_a_later_month_promised_is_not_background():
    got = figures("HANOI (AP) - Vietnam said on Monday it will free 2,000 prisoners in October.")
    assert got[(2000, "released")].role == "total"


def test_tally_since_a_past_event_is_background_but_people_held_since_are_not():
    got = figures(
        "YANGON (AP) - The junta freed 1,000 prisoners on Monday. The junta has freed around 30,000 prisoners "
        "in amnesties since the coup."
    )
    assert got[(1000, "released")].role == "total"
    assert got[(30000, "released")].role == "other_event"
    got = figures("YANGON (AP) - The junta on Monday freed 300 prisoners held since the coup.")
    assert got[(300, "released")].role == "total"


def test_people_the_measure_leaves_out_are_held():
    got = figures(
        "TASHKENT (AP) - The president pardoned 1,000 prisoners on Monday. The pardon does not cover the 1,200 "
        "people convicted of terrorism."
    )
    assert got[(1000, "pardoned")].role == "total"
    assert got[(1200, "detained")].role == "context"


def test_prisons_which_hold_and_people_who_remain_in_jails():
    got = figures(
        "NAIROBI (Reuters) - Kenya will free 4,000 petty offenders to decongest prisons, which hold 54,000 "
        "inmates. ISLAMABAD - Pakistan released 300 Indian fishermen on Monday. Another 200 remain in Pakistani "
        "jails."
    )
    assert got[(54000, "prison_population")].role == "context"
    assert got[(200, "detained")].role == "context"


def test_a_group_after_including_keeps_the_act_of_the_count_before():
    got = figures(
        "GAZA (AP) - Israel on Monday released nearly 2,000 Palestinian prisoners and detainees, including 250 "
        "serving life sentences."
    )
    assert got[(250, "released")].part_of == 2000


def test_others_beside_a_count_are_their_own_total():
    got = figures(
        "MANAMA (AFP) - The king pardoned 901 prisoners on Monday, and ordered the release of 457 others held in "
        "riot cases."
    )
    assert got[(901, "pardoned")].role == "total"
    assert got[(457, "released")].role == "total"


def test_exchanged_prisoners_is_a_prisoner_exchange():
    result = extract(
        "KYIV (Reuters) - Russia and Ukraine exchanged 95 prisoners each on Friday, the UAE said.",
        published=PUBLISHED,
        language="en",
    )
    assert "prisoner_exchange" in result.kinds


def test_counts_gapped_after_a_year():
    got = figures(
        "HANOI (AP) - Vietnam freed 1,000 prisoners on Monday. Previous amnesties freed 6,000 in 2018 and 12,000 "
        "in 2019."
    )
    assert got[(1000, "released")].role == "total"
    assert {f.role for (value, _), f in got.items() if value in (6000, 12000)} == {"other_event"}
    assert {value for value, _ in got} == {1000, 6000, 12000}


def test_a_nationality_before_a_person_is_not_the_state_acting():
    result = extract(
        "Russia frees U.S. teacher in swap\n\nWASHINGTON (AP) - Russia freed American teacher Marc Fogel, who was "
        "serving 14 years in prison, on Tuesday, the White House said. In exchange, the United States will release "
        "a Russian cybercriminal, officials said.",
        published=PUBLISHED,
        language="en",
    )
    assert result.country == "RU"
    result = extract(
        "Taliban free British couple\n\nKABUL (AP) - The Taliban on Friday freed Peter and Barbie Reynolds, a "
        "British couple detained in Afghanistan since February, in a deal mediated by Qatar, officials said.",
        published=PUBLISHED,
        language="en",
    )
    assert result.country == "AF"


def test_counts_over_a_tenure_or_a_running_total_are_background():
    got = figures(
        "WASHINGTON (AP) - President Joe Biden on Friday commuted the sentences of nearly 2,500 people. Barack "
        "Obama granted clemency to 1,715 people during his presidency. The White House said Biden had also "
        "pardoned 11 people, bringing his total to 25 pardons."
    )
    assert got[(2500, "sentence_reduced")].role == "total"
    assert got[(1715, "pardoned")].role == "other_event"
    assert got[(25, "pardoned")].role == "other_event"


def test_among_the_freed_after_a_pardon_are_its_people():
    got = figures(
        "TASHKENT (AFP) - President Mirziyoyev pardoned 1,019 convicts on Friday. Among the freed: 28 women, 14 "
        "foreigners and 79 people over 60."
    )
    for value in (28, 14, 79):
        assert (got[(value, "pardoned")].role, got[(value, "pardoned")].part_of) == ("part", 1019)


def test_those_pardoned_number_is_a_count():
    got = figures(
        "ALGIERS (AFP) - President Tebboune pardoned more than 4,000 prisoners on Thursday, the presidency said. "
        "Those pardoned number 4,216, it said. Case number 2023 was closed."
    )
    assert got[(4216, "pardoned")].role == "total"
    assert got[(4000, "pardoned")].role == "alternative"


def test_exact_release_after_a_hedged_pardon_is_its_exact_count():
    got = figures(
        "HANOI (Reuters) - Vietnam will grant amnesty to up to 10,000 prisoners, officials said on Monday. On "
        "Thursday the president's office said 9,874 would be freed."
    )
    assert got[(9874, "pardoned")].role == "total"
    assert got[(10000, "pardoned")].role == "alternative"


def test_official_count_after_a_round_count_from_rights_lawyers_is_the_total():
    got = figures(
        "CAIRO (AP) - Egypt freed 1,500 prisoners on Monday, rights lawyers said, while the interior ministry put "
        "the number at 1,432."
    )
    assert got[(1432, "released")].role == "total"
    assert got[(1500, "released")].role == "alternative"


def test_speaker_with_a_name_suffix_keeps_his_apposition():
    people = officials(
        'MANILA (AP) - The Bureau of Corrections freed 500 inmates on Monday. "This is part of our decongestion '
        "drive,\" said Gregorio Catapang Jr., the bureau's director general."
    )
    assert any(name.startswith("Gregorio Catapang") for name in people)


def test_breakdown_apposed_after_the_day_told():
    got = figures("MINSK (AP) - Belarus pardoned 25 prisoners on Monday, 16 men and nine women.")
    assert got[(25, "pardoned")].role == "total"
    assert (got[(16, "pardoned")].role, got[(16, "pardoned")].part_of) == ("part", 25)
    assert (got[(9, "pardoned")].role, got[(9, "pardoned")].part_of) == ("part", 25)


def test_people_let_out_so_far_are_part_of_the_measure():
    got = figures(
        "HAVANA (AP) - Cuba said on Tuesday it will release 553 prisoners. So far, 127 have been freed, relatives said."
    )
    assert got[(553, "released")].role == "total"
    assert (got[(127, "released")].role, got[(127, "released")].part_of) == ("part", 553)


def test_of_whom_some_will_be_released_keeps_the_pardon():
    got = figures(
        "TASHKENT (AFP) - The pardon decree covers 1,500 prisoners, of whom 1,200 will be released and 300 will "
        "have their sentences reduced, the presidency said on Friday."
    )
    assert got[(1500, "pardoned")].role == "total"
    assert (got[(1200, "pardoned")].role, got[(1200, "pardoned")].part_of) == ("part", 1500)
    assert got[(300, "sentence_reduced")].part_of == 1500


def test_subgroup_keeps_its_count_act_past_the_next_clause_and_separate_orders_are_their_own():
    got = figures(
        "NAYPYITAW (AP) - The junta pardoned 3,015 prisoners on Monday, including 98 foreigners, and in "
        "separate orders freed 12 Thais."
    )
    assert (got[(98, "pardoned")].role, got[(98, "pardoned")].part_of) == ("part", 3015)
    assert got[(12, "released")].role == "total"


def test_a_list_of_parts_goes_on_past_a_complement():
    got = figures(
        "HANOI (Reuters) - Vietnam freed 2,000 prisoners, including 24 foreigners from seven countries and about "
        "100 people serving terms for drug crimes."
    )
    assert got[(24, "released")].part_of == 2000
    assert (got[(100, "released")].role, got[(100, "released")].part_of) == ("part", 2000)


def test_the_day_people_will_be_freed_is_not_the_announcement():
    result = extract(
        "Vietnam amnesty\n\nHANOI (AP) - Vietnam on Thursday announced an amnesty for 13,000 prisoners, who will "
        "be freed on Sept. 1.",
        published=dt.date(2025, 9, 3),
        language="en",
    )
    assert result.announced_on == dt.date(2025, 8, 28)
