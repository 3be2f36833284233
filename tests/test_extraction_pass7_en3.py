"""English behaviours: remission and shorter sentences as reductions, those eligible as another count of
the same people, people on parole described rather than freed, a release under judicial supervision as
temporary, partitives that leave prison, a count told again that keeps the body's act over the headline's,
a prison system that held people, what the corrections department holds, the infected of an outbreak, a
count forecast weeks before the measure, "men and women" as no category, and officials of a caption or
of another time."""

import datetime as dt

from tests import extraction_readings as readings

PUBLISHED = dt.date(2021, 12, 8)


run, figures, officials = readings.english(PUBLISHED)


def test_people_who_benefit_from_a_remission_have_their_sentences_reduced():
    got = figures(
        "The home department on Thursday cut ninety days off the sentences of prisoners to mark Eid. "
        "Four hundred and fifty inmates will benefit from the remission, a spokesperson said."
    )
    assert (450, "sentence_reduced") in got
    assert (450, "pardoned") not in got


def test_people_who_benefit_from_a_pardon_are_still_pardoned():
    got = figures("Some 3,000 prisoners will benefit from the pardon, the ministry said on Tuesday.")
    assert (3000, "pardoned") in got


def test_shorter_sentences_for_a_count_reduce_them():
    got = figures(
        "The king pardoned at least 30,000 prisoners and ordered shorter sentences for another 200,000 "
        "under a royal decree published on Friday."
    )
    assert got[(30000, "pardoned")].role == "total"
    assert got[(200000, "sentence_reduced")].role == "total"
    assert (200000, "pardoned") not in got


def test_those_eligible_after_the_measure_count_are_its_alternative():
    got = figures(
        "The king pardoned at least 30,000 prisoners and ordered shorter sentences for another 200,000 on "
        "Friday.\n\nThe Department of Corrections counts 247,557 convicts eligible for reduced sentences out "
        "of the 344,161 people it holds, the newspaper said."
    )
    assert got[(247557, "sentence_reduced")].role == "alternative"
    assert got[(200000, "sentence_reduced")].role == "total"
    assert got[(344161, "prison_population")].role == "context"


def test_a_lone_count_of_those_eligible_is_still_the_total():
    got = figures("Some 5,000 prisoners are eligible for the amnesty, the justice minister said on Tuesday.")
    assert got[(5000, "pardoned")].role == "total"


def test_people_on_parole_are_described_not_freed():
    got = figures(
        "The amnesty will apply to more than 2,300 inmates and to over 11,000 men and women on parole, "
        "according to the text of the law signed on Tuesday."
    )
    assert got[(11000, "pardoned")].role == "total"
    assert got[(11000, "pardoned")].category is None  # "men and women" names no category
    assert (11000, "released") not in got


def test_released_on_parole_is_still_a_release():
    got = figures("Some 400 prisoners were released on parole on Tuesday, the prisons service said.")
    assert (400, "released") in got


def test_sentences_that_will_be_shortened_are_reduced():
    got = figures(
        "The minister said on Tuesday that the sentences of 1,294 prisoners and of 7,392 people on parole "
        "will be shortened."
    )
    assert (1294, "sentence_reduced") in got
    assert (7392, "sentence_reduced") in got


def test_women_alone_keep_their_category():
    got = figures("The king pardoned 120 women on Tuesday, the palace said.")
    assert got[(120, "pardoned")].category == "women"


def test_let_out_temporarily_under_judicial_supervision_is_temporary():
    got = figures(
        "Turkey passes law that could free some 90,000 prisoners\n\n"
        "Lawmakers early on Tuesday approved a law that opens the prisons to about 90,000 inmates. Under the "
        "law, roughly 45,000 prisoners will be let out temporarily under judicial supervision until the end of "
        "May. Another 45,000 or so will walk free for good.",
        title="Turkey passes law that could free some 90,000 prisoners",
    )
    assert got[(45000, "temporarily_released")].role == "part"
    assert got[(45000, "released")].role == "part"
    assert got[(90000, "released")].role == "total"


def test_a_partitive_that_left_prison_is_released():
    got = figures(
        "The amnesty was signed on Tuesday.\n\nThe last such amnesty, in 2016, covered about 28,000 people, "
        "and 1,500 of them left prison, officials said at the time."
    )
    assert (1500, "released") in got
    assert (1500, "pardoned") not in got


def test_a_count_told_again_keeps_the_body_act_over_the_headline_release():
    got = figures(
        "Nine hundred and eighty-eight inmates walked out of jails on Friday under a presidential pardon, "
        "prison officials said.\n\nThe 988 were freed from 28 prisons around the island: 982 men and six women, "
        "the commissioner said.",
        title="Sri Lanka frees 988 prisoners on Vesak pardon",
        published=dt.date(2023, 5, 6),
    )
    assert got[(988, "pardoned")].role == "total"
    assert got[(982, "pardoned")].role == "part"
    assert got[(6, "pardoned")].category == "women"
    assert (982, "released") not in got


def test_a_system_that_held_people_counts_the_prison_population():
    got = figures(
        "The king pardoned 988 prisoners on Friday.\n\nThe release eases only slightly the pressure on a "
        "system that held almost 27,000 inmates at the start of the month in prisons built for about 11,000.",
        published=dt.date(2023, 5, 6),
    )
    assert got[(27000, "prison_population")].role == "context"
    assert (27000, "released") not in got
    assert (11000, "prison_population") not in got


def test_the_infected_of_an_outbreak_are_no_figure():
    got = figures(
        "Parliament approved the release of 45,000 prisoners on Tuesday. The justice minister said on Monday "
        "that 17 inmates in five open prisons had tested positive."
    )
    assert not any(value == 17 for value, _ in got)
    assert (45000, "released") in got


def test_a_count_forecast_last_month_is_the_measure_not_an_earlier_act():
    got = figures(
        "The president signed a law late on Tuesday declaring an amnesty for more than 2,300 inmates.\n\n"
        "When he presented the bill to parliament last month, the interior minister said almost 1,000 inmates "
        "would be freed."
    )
    freed = [f for (value, _), f in got.items() if value == 1000]
    assert freed and freed[0].role == "part"
    assert freed[0].part_of == 2300


def test_a_count_freed_last_month_is_still_an_earlier_act():
    got = figures(
        "The president pardoned 2,300 inmates on Tuesday.\n\nLast month the president freed 1,000 inmates "
        "in another amnesty."
    )
    assert got[(1000, "released")].role == "other_event"


def test_a_caption_names_no_official():
    got = officials(
        "The king pardoned at least 30,000 prisoners on Friday, the Royal Gazette said.\n\n"
        "Caption: King Maha Vajiralongkorn and Queen Suthida greet supporters at the Grand Palace, Nov 1, 2020.",
        published=dt.date(2020, 12, 5),
    )
    assert "Suthida" not in got


def test_a_then_president_of_an_earlier_pardon_is_no_official():
    got = officials(
        "President Ranil Wickremesinghe pardoned 988 prisoners on Friday, officials said.\n\nOn Vesak in 2019, "
        "then-President Maithripala Sirisena pardoned 762 inmates. The last amnesty covered 28,000 people, "
        "then-President Nursultan Nazarbayev said at the time.",
        published=dt.date(2023, 5, 6),
    )
    assert "Ranil Wickremesinghe" in got
    assert "Maithripala Sirisena" not in got
    assert "Nursultan Nazarbayev" not in got


def test_a_dateline_with_the_day_before_the_month_sets_the_weekday_apart():
    got = run(
        "Harare, 18 April 2024 – President Emmerson Mnangagwa on Wednesday evening announced a presidential "
        "amnesty for 4,000 prisoners.",
        published=dt.date(2024, 4, 18),
    )
    assert got.announced_on == dt.date(2024, 4, 17)


def test_a_dateline_with_its_year_gives_the_date_when_nothing_else_does():
    got = run(
        "Harare, 18 April 2024 – President Emmerson Mnangagwa has pardoned 4,000 prisoners.",
        published=dt.date(2024, 4, 19),
    )
    assert got.announced_on == dt.date(2024, 4, 18)


def test_the_day_set_for_a_future_release_is_not_the_announcement():
    got = run(
        "COLOMBO (Lanka Wire) - Sri Lanka will free 988 prisoners on Friday to mark Vesak, an official said on "
        "Thursday.",
        published=dt.date(2023, 5, 4),
    )
    assert got.announced_on == dt.date(2023, 5, 4)


def test_a_past_act_keeps_its_own_day_before_the_telling():
    got = run(
        "COLOMBO (Lanka Wire) - Sri Lanka freed 988 prisoners on Wednesday to mark Vesak, an official said on "
        "Thursday.",
        published=dt.date(2023, 5, 4),
    )
    assert got.announced_on == dt.date(2023, 5, 3)


def test_of_them_with_a_release_of_their_own_are_released():
    got = figures(
        "PHNOM PENH, Jan 4 (Mekong Wire) - The king pardoned or reduced the sentences of 7,081 prisoners on "
        "Thursday, the justice ministry said. Of them, 1,247 were released, while the rest had their terms cut.",
        published=dt.date(2024, 1, 5),
    )
    assert got[(1247, "released")].role == "part"
    assert got[(1247, "released")].part_of == 7081


def test_of_those_arrested_keep_the_act_of_the_count_before():
    got = figures(
        "The judiciary chief pardoned 22,000 people on Monday. Of those, some 2,000 had been arrested in the protests."
    )
    assert (2000, "pardoned") in got


def test_an_exact_count_freed_after_a_rounded_pardon_is_the_pardon_total():
    got = figures(
        "HARARE, April 18 (Herald Wire) - President Emmerson Mnangagwa has pardoned more than 4,000 prisoners, "
        "the prisons service said on Wednesday. A total of 4,270 inmates will be freed, the commissioner said, "
        "including 230 women.",
        published=dt.date(2024, 4, 18),
    )
    assert got[(4270, "pardoned")].role == "total"
    assert got[(4000, "pardoned")].role == "alternative"
    assert got[(230, "pardoned")].role == "part"


def test_beneficiaries_who_include_a_group_make_it_a_part():
    got = figures(
        "ABUJA, June 9 (Lagos Wire) -- President Bola Tinubu on Thursday granted clemency to 160 inmates, the "
        "presidency said. The beneficiaries, who include 12 women, were selected from 34 custodial centres.",
        published=dt.date(2023, 6, 9),
    )
    assert got[(12, "pardoned")].role == "part"
    assert got[(12, "pardoned")].category == "women"
    assert not any(value == 34 for value, _ in got)


def test_jails_that_hold_people_past_their_capacity_aside_count_the_population():
    got = figures(
        "Bangladesh freed three thousand prisoners on Sunday to ease overcrowding, the home ministry said. The "
        "country's 68 jails, built for 42,000, hold more than 88,000 people."
    )
    assert got[(3000, "released")].role == "total"
    assert got[(88000, "prison_population")].role == "context"
    assert not any(value == 42000 for value, _ in got)


def test_a_body_named_for_the_prisoners_it_speaks_for_is_no_person():
    got = officials(
        "YANGON, Jan 4 (Mekong Wire) - The junta pardoned 9,652 prisoners on Thursday, state media reported. "
        "The Assistance Association for Political Prisoners says more than 19,000 people remain in detention.",
        published=dt.date(2024, 1, 5),
    )
    assert "Political Prisoners" not in got


def test_serving_the_rest_of_a_sentence_under_house_arrest_is_temporary():
    got = figures(
        "Turkey passes law to free up to 90,000 prisoners\n\n"
        "ANKARA (Anatolian Desk) - Turkey's parliament on Tuesday approved a law that will free up to 90,000 "
        "prisoners. Some 45,000 will be released early, while another 45,000 will serve the remainder of their "
        "sentences under house arrest."
    )
    assert got[(90000, "released")].role == "total"
    assert got[(45000, "released")].role == "part"
    assert got[(45000, "temporarily_released")].role == "part"
