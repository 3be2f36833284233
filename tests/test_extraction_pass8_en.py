"""English behaviours of the eighth pass: counts gapped after a date or a month ("pardoned 40 people on
Feb. 2, 40 on March 15 and 55 on June 30", "… in January and 4,200 in April"), equal counts of one
sentence told with their own dates as two groups, and a date told right after a count ("on Aug. 16")
weeks before the announcement as that count's own, earlier event; clemency of a past tenure or of its
last days ("over her two terms", "in his final days in office") as background, and one who acts only
there as no official of the measure; a speaker with a long apposition ("a history professor at … who
studies …, said"), an academic commenting; the lines of a list after "those freed …:" with a label and a
comma each ("Kandy, 31; Galle, 24") keep the pardon's act; "a separate order covered N foreigners" names
the measure's people, so that the groups add up to a total told after them; the people let out of one
named prison are a part of the measure's count told before; "N foreigners are on the list" names the
measure's people; a list's line with its noun left out before "from" ("and four from other countries"); a
clemency count's preposition told again after "and" ("amnesty to 3,000 prisoners … and to two people")
shares its verb; and a breakdown's line with its own noun is another group than an equal count told
elsewhere; a bare subject described by its health or age right after the measure's parts ("Eleven suffer
from heart disease and six are older than 70") is more of its parts; a charge in scare quotes ("convicted
of \"extremist activity\"") is the state's label for its critics, political."""

import datetime as dt

from tests import extraction_readings as readings

PUBLISHED = dt.date(2021, 12, 8)


run, figures, officials = readings.english(PUBLISHED)


def test_counts_gapped_after_their_dates_are_earlier_groups_each():
    got = run(
        "President Ramos pardoned 210 prisoners on Tuesday, his office said.\n\n"
        "It was the fourth such measure this year: Ramos pardoned 40 people on July 2, 40 on Aug. 15 "
        "and 55 on Oct. 30."
    ).figures
    found = [(f.value, f.metric, f.role) for f in got]
    assert (210, "pardoned", "total") in found
    assert found.count((40, "pardoned", "other_event")) == 2
    assert (55, "pardoned", "other_event") in found


def test_a_count_gapped_after_a_month_shares_the_verb_and_its_past():
    got = figures(
        "The military government pardoned 2,530 prisoners on Tuesday to mark the full moon festival.\n\n"
        "The junta pardoned 6,100 prisoners on Union Day in February and 4,200 in April."
    )
    assert got[(2530, "pardoned")].role == "total"
    assert got[(6100, "pardoned")].role == "other_event"
    assert got[(4200, "pardoned")].role == "other_event"


def test_a_date_as_a_name_after_the_count_still_dates_nothing():
    got = figures(
        "The governor on Monday granted pardons to about 300 people convicted over the Nov. 3, 2020, riots, "
        "his office said."
    )
    assert got[(300, "pardoned")].role == "total"


def test_a_past_tenures_clemency_is_background_and_its_holder_no_official():
    text = (
        "Governor Ana Ruiz on Monday commuted the sentences of 12 people serving life terms, her office said.\n\n"
        "Her predecessor often skipped the parole board's review, and in his final days in office he pardoned "
        "41 people. Governor Mark Ellison granted 310 commutations over his two terms, a state record."
    )
    got = figures(text)
    assert got[(12, "sentence_reduced")].role == "total"
    assert got[(41, "pardoned")].role == "other_event"
    assert got[(310, "sentence_reduced")].role == "other_event"
    assert "Mark Ellison" not in officials(text)


def test_a_speaker_with_a_long_apposition_is_a_commenting_academic():
    got = officials(
        "The president pardoned 40 prisoners on Friday. Ruth Okafor, a history professor at the University of "
        "Lagos who studies the prison system, said the list was too short."
    )
    assert got["Ruth Okafor"].part == "commenter"
    assert got["Ruth Okafor"].role.startswith("history professor")


def test_labelled_lines_after_those_freed_keep_the_pardon():
    got = figures(
        "The authorities let 140 inmates go on Sunday under a royal pardon for the king's birthday.\n\n"
        "Most of those freed were held in four jails: Kandy, 31; Galle, 24; Jaffna, 24; and Matara, 12."
    )
    assert got[(140, "pardoned")].role == "total"
    for value in (31, 24, 12):
        assert got[(value, "pardoned")].role == "part"
        assert (value, "released") not in got


def test_a_separate_order_covers_people_of_the_measure_and_the_total_comes_last():
    got = figures(
        "The military council pardoned 1,204 prisoners on Saturday to mark Union Day. Another decree covered "
        "36 foreigners, who will be sent home. State radio put the total at 1,240."
    )
    assert got[(36, "pardoned")].category == "foreign_nationals"
    assert got[(1240, "pardoned")].role == "total"
    assert got[(1204, "pardoned")].role == "part"
    assert got[(36, "pardoned")].role == "part"


def test_the_people_let_out_of_one_prison_are_a_part_of_the_measure():
    got = figures(
        "The president pardoned 2,470 prisoners on Sunday for the national holiday, his office said.\n\n"
        "In the north, 58 inmates were freed from Gulu Central Prison by midday."
    )
    assert got[(2470, "pardoned")].role == "total"
    assert got[(58, "released")].role == "part"
    assert got[(58, "released")].part_of == 2470


def test_the_people_on_the_list_and_a_line_from_other_countries():
    got = run(
        "The state president granted amnesty to 2,115 prisoners serving their terms and to three people on "
        "probation, the office said on Monday.\n\n"
        "Eleven foreigners are on the list: five Chinese, three Laotians, three Britons and two from other "
        "countries, the deputy minister said."
    ).figures
    found = [(f.value, f.metric, f.role, f.part_of) for f in got]
    assert (2115, "pardoned", "total", None) in found
    assert (3, "pardoned", "total", None) in found
    assert (11, "pardoned", "part", 2115) in found
    assert (5, "pardoned", "part", 11) in found
    assert found.count((3, "pardoned", "part", 11)) == 2
    assert (2, "pardoned", "part", 11) in found
    assert not any(metric == "prison_population" for _, metric, _, _ in found)


def test_people_described_by_health_and_age_are_parts_of_the_measure():
    got = figures(
        'The president pardoned 40 people convicted of "extremist activity" on Thursday, his office said. '
        "Ten of those pardoned are women and 30 are men. Eleven suffer from heart disease and six are older "
        "than 70."
    )
    assert got[(40, "pardoned")].role == "total"
    assert got[(40, "pardoned")].category == "political"
    assert got[(11, "pardoned")].role == "part"
    assert got[(11, "pardoned")].part_of == 40
    assert got[(6, "pardoned")].role == "part"


def test_extremism_without_quotes_is_still_security():
    got = figures("The king pardoned 25 prisoners convicted of extremism and terrorism on Friday.")
    assert got[(25, "pardoned")].category == "security"
