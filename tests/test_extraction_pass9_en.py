"""English behaviours of the ninth pass: the day an occasion "fell on" is not the announcement's; "the two"
with no count of two told before names people already named; a swap's sides told as "brought home",
"traded" and "changed hands", and "Those returned to <a country> were …" as the people given back; "Among
the 334 are …" lists groups of the count it names, "a further 88 …" goes on with them, "older than 60" is
elderly; a punishment "replaced by a milder one" is a sentence reduction; a pledge made on a day well
before the announcement ("agreed on May 16 …, where each promised to free 1,000") and a future-perfect
tally ("will have traded nearly 6,000") are other events; "put the number of beneficiaries at N" takes its
subject's act and "the number to exceed N" is a hedged alternative; inmates "now in the system" are the
prison population and do not end a breakdown told after the count beside them; a count after "whether" is
a question, not a count; "were covered" is a pardon and "house arrest" no arrest; "82 of the
beneficiaries" is a part; a partitive aside after a clemency count ("159 convicts, two of them … jailed
for …") is a group of that count, and "used the power" of clemency pardons; a former office in apposition
makes no official; "congratulated" is speech; in a swap, the other side's secretary of state or foreign
minister speaks for a party to it; a lone count told "last August" stays background."""

import datetime as dt

from tests import extraction_readings as readings

PUBLISHED = dt.date(2024, 6, 14)


run, figures, officials = readings.english(PUBLISHED)


def test_the_day_an_occasion_fell_on_is_not_the_announcement():
    got = run(
        "Clemency for the Queen's jubilee\n\n"
        "MANILA, June 13 (Wire) — Some 4,000 inmates will go free under clemency for the Queen's jubilee, which "
        "fell on Sunday, the justice secretary said on Thursday."
    )
    assert got.announced_on == dt.date(2024, 6, 13)


def test_the_two_with_no_count_told_before_names_people():
    got = figures(
        "Prisoner swap at the border\n\n"
        "Belarus freed a Polish journalist on Tuesday in exchange for a Belarusian accused of spying. The two "
        "were exchanged at a crossing near Brest."
    )
    assert not any(value == 2 for value, _ in got)


def test_a_swap_told_as_brought_home_traded_and_changed_hands():
    got = figures(
        "Armenia and Azerbaijan swap prisoners\n\n"
        "Armenia brought home 32 of its soldiers on Wednesday in a swap with Azerbaijan.\n\n"
        "Those returned to Armenia were 28 conscripts and four officers, the government said.\n\n"
        "In an earlier swap in Georgia last December, 19 men changed hands."
    )
    assert got[(32, "released")].role == "total"
    assert got[(28, "released")].role == "part" and got[(28, "released")].part_of == 32
    assert got[(4, "released")].role == "part"
    assert got[(19, "released")].role == "other_event"


def test_a_future_perfect_tally_and_a_pledge_made_weeks_before_are_other_events():
    got = figures(
        "Sudan's rivals exchange detainees\n\n"
        "KHARTOUM, June 13 (Wire) — The army and the paramilitaries each released 140 detainees on Thursday, "
        "the Red Cross said.\n\n"
        "The deal was reached on May 2 in Jeddah, after two weeks of talks between delegations, where each "
        "side pledged to free 500 detainees. By the end of the year the two sides will have traded about "
        "2,000 prisoners."
    )
    assert got[(140, "released")].role == "total"
    assert got[(500, "released")].role == "other_event"
    assert got[(2000, "released")].role == "other_event"


def test_among_the_count_lists_its_groups_and_a_further_group_goes_on():
    got = figures(
        "Turkmen leader pardons 410 convicts\n\n"
        "President Serdar Berdimuhamedow signed a decree on Thursday pardoning 410 convicts, state media said.\n\n"
        "Of those pardoned, 300 are freed and 110 have their terms cut.\n\n"
        "Among the 410 are 12 foreign citizens, 40 women and nine men older than 65. A further 16 had been "
        "convicted of membership of banned organisations."
    )
    assert got[(12, "pardoned")].part_of == 410 and got[(12, "pardoned")].category == "foreign_nationals"
    assert got[(40, "pardoned")].part_of == 410
    assert got[(9, "pardoned")].category == "elderly"
    assert got[(16, "pardoned")].role == "part" and got[(16, "pardoned")].category == "security"


def test_a_punishment_replaced_by_a_milder_one_is_a_reduction():
    got = figures(
        "Kyrgyz president pardons 95\n\n"
        "President Sadyr Japarov pardoned 95 convicts on Friday. Sixty are released from prison, 20 have their "
        "sentence replaced with a lighter one and 15 have their terms shortened."
    )
    assert (20, "sentence_reduced") in got
    assert (15, "sentence_reduced") in got


def test_the_number_of_beneficiaries_and_a_number_to_exceed():
    got = figures(
        "Thousands to benefit from royal clemency\n\n"
        "RABAT, June 13 (Wire) — More than 6,000 prisoners will be freed or see their sentences cut under "
        "royal clemency, the justice minister said on Thursday.\n\n"
        "He said he expected the number to exceed 6,000 once all the prisons had reported.\n\n"
        "A prisons official put the number of beneficiaries at 6,212 out of the 102,000 inmates now in the "
        "system. The breakdown is as follows:\n\n"
        "- 1,900 inmates will be released at once;\n"
        "- 4,312 will have their sentences reduced."
    )
    assert got[(6212, "pardoned")].role == "total"
    assert got[(6000, "pardoned")].role == "alternative"
    assert got[(102000, "prison_population")].role == "context"
    assert got[(1900, "released")].part_of == 6212
    assert got[(4312, "sentence_reduced")].part_of == 6212


def test_a_count_after_whether_is_a_question():
    got = figures(
        "Amnesty for debtors\n\n"
        "The king pardoned 1,200 prisoners jailed over unpaid debts on Thursday. Reporters asked whether three "
        "businessmen held over a bank fraud would go free."
    )
    assert (1200, "pardoned") in got
    assert not any(value == 3 for value, _ in got)


def test_people_covered_and_house_arrest():
    got = figures(
        "Royal pardon\n\n"
        "The king pardoned 900 inmates on Thursday.\n\n"
        "In 2019, for the coronation, some 50,000 prisoners and convicts under house arrest were covered, and "
        "8,000 of them were to be paroled."
    )
    assert got[(50000, "pardoned")].role == "other_event"
    assert got[(8000, "released")].role == "other_event"
    assert not any(metric == "detained" for _, metric in got)


def test_a_group_of_the_beneficiaries_and_an_aside_after_a_background_count():
    got = figures(
        "Clemency for 140\n\n"
        "ABUJA, June 13 (Wire) — The council approved the president's prerogative of mercy for 140 people on "
        "Thursday. The minister said 70 of the beneficiaries would be pardoned outright and 50 would have "
        "their terms reduced.\n\n"
        "The previous president used the power in 2021 for 95 convicts, three of them former senators jailed "
        "for fraud."
    )
    assert got[(70, "pardoned")].role == "part" and got[(70, "pardoned")].part_of == 140
    assert got[(50, "sentence_reduced")].role == "part"
    assert got[(95, "pardoned")].role == "other_event"
    assert got[(3, "pardoned")].role == "other_event"
    assert not any(metric == "detained" for _, metric in got)


def test_a_former_office_in_apposition_makes_no_official():
    got = officials(
        "President pardons 60 prisoners\n\n"
        "President Joao Lourenco pardoned 60 prisoners on Thursday, among them Manuel Rabelais. Rabelais, a "
        "banker and a former minister of information, had been jailed for embezzlement."
    )
    assert "Joao Lourenco" in got
    assert not any("Rabelais" in name for name in got)


def test_a_leader_who_congratulates_is_an_official_and_a_swap_s_secretary_of_state_announces():
    got = officials(
        "Russia and the US swap prisoners\n\n"
        "MOSCOW, June 13 (Wire) — Russia freed an American teacher on Thursday in exchange for a Russian "
        "banker held in the United States. Secretary of State Antony Blinken confirmed the release. French "
        "President Emmanuel Macron congratulated both countries."
    )
    assert got["Antony Blinken"].part == "announcer"
    assert "Emmanuel Macron" in got
