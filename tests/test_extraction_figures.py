"""Figures from short sentences: metric, category, qualifier, evidence, quote and reason."""

import datetime as dt

import pytest

from releases.extraction import extract


def figures(text: str, **kw):
    result = extract(text, published=kw.pop("published", dt.date(2024, 5, 10)), **kw)
    assert result.relevant, result.notes
    return result.figures


def only(text: str, **kw):
    found = figures(text, **kw)
    assert len(found) == 1, [(f.value, f.metric, f.quote) for f in found]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "value", "metric"),
    [
        ("The king pardoned 1,250 prisoners on Monday.", 1250, "pardoned"),
        ("The president will forgive 3,000 inmates convicted of minor offences.", 3000, "pardoned"),
        ("The junta freed 412 detainees from jails on Monday.", 412, "released"),
        (
            "Authorities temporarily released some 6,000 prisoners from jail to curb the outbreak.",
            6000,
            "temporarily_released",
        ),
        ("The governor commuted the death sentences of 37 prisoners.", 37, "sentence_reduced"),
        ("Of the pardoned inmates, 210 had their sentences reduced by a year.", 210, "sentence_reduced"),
        ("The country said it had 54,000 people in prison before the amnesty.", 54000, "prison_population"),
        (
            "The country's prisons held 88,200 people in March, officials said after the pardon.",
            88200,
            "prison_population",
        ),
        ("Rights groups say 1,300 political prisoners remain behind bars despite the pardon.", 1300, "detained"),
        ("The minister said 600 prisoners pardoned by the king walked out on Friday.", 600, "pardoned"),
        ("A royal pardon covered 9,800 prisoners serving terms for minor offences.", 9800, "pardoned"),
    ],
)
def test_metric_from_the_words_around_the_number(sentence, value, metric):
    figure = only(sentence)
    assert (figure.value, figure.metric) == (value, metric)


def test_pardon_or_reduction_counts_as_pardon():
    figure = only("The leader pardoned or reduced the sentences of 950 prisoners.")
    assert figure.metric == "pardoned"
    assert "before the number" in figure.reason


def test_list_continues_the_metric_of_the_figure_before():
    found = figures(
        "The president pardoned 500 prisoners. Of those pardoned, 40 are foreign citizens, "
        "25 are women and 12 are over 70 years old."
    )
    assert [(f.value, f.metric, f.category) for f in found] == [
        (500, "pardoned", None),
        (40, "pardoned", "foreign_nationals"),
        (25, "pardoned", "women"),
        (12, "pardoned", "elderly"),
    ]


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("The court freed 40 journalists held since the election.", "journalists"),
        ("The king pardoned 77 people jailed over last year's protests.", "protesters"),
        ("The emir pardoned 31 prisoners convicted on terrorism charges.", "security"),
        ("The president freed 19 foreigners who will be deported.", "foreign_nationals"),
        ("Authorities released 14 dual nationals after talks.", "dual_nationals"),
        ("The president pardoned 55 women and their children.", "women"),
        ("The decree freed 120 juveniles from detention centres.", "juveniles"),
        ("The authorities freed 18 gravely ill political prisoners.", "political"),
        ("The ministry released 9 seriously ill inmates on medical grounds.", "sick"),
        ("The pardon covered 24 Baha'is jailed for their faith.", "religious_minorities"),
    ],
)
def test_categories(sentence, category):
    assert only(sentence).category == category


def test_general_prisoners_have_no_category():
    assert only("The president pardoned 2,000 prisoners, including some political detainees.").category is None


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("The king pardoned about 2,000 prisoners.", "approximately"),
        ("The king pardoned some 2,000 prisoners.", "approximately"),
        ("The king pardoned nearly 2,000 prisoners.", "approximately"),
        ("The king pardoned more than 2,000 prisoners.", "at_least"),
        ("The king pardoned at least 2,000 prisoners.", "at_least"),
        ("The king pardoned 2,000-plus prisoners.", "at_least"),
        ("The king will pardon up to 2,000 prisoners.", "up_to"),
        ("The king pardoned 2,000 prisoners.", "exact"),
    ],
)
def test_qualifiers(sentence, qualifier):
    figure = only(sentence)
    assert (figure.value, figure.qualifier) == (2000, qualifier)


def test_words_and_scales_become_figures():
    assert only("The president pardoned nearly five thousand prisoners.").value == 5000
    assert only("Officials said 1.2 million prisoners were released under the amnesty.").value == 1200000


def test_not_figures_in_a_relevant_article():
    text = (
        "The king pardoned 300 prisoners on Monday. Those freed had served at least five years, "
        "and one, aged 72, had been jailed since 1998. The pardon cost the state $2 million, and "
        "six world powers welcomed it. Hundreds of relatives waited as 19 buses left the prison, "
        "and almost half of the inmates were foreigners."
    )
    assert [(f.value, f.metric) for f in figures(text)] == [(300, "pardoned")]


def test_a_repeated_figure_counts_once_and_the_body_beats_the_headline():
    text = (
        "King frees 640 prisoners for the holiday\n\n"
        "The king pardoned 640 prisoners on Monday, the palace said. The 640 prisoners pardoned "
        "will be released by Friday."
    )
    assert [(f.value, f.metric) for f in figures(text)] == [(640, "pardoned")]


def test_quote_offsets_evidence_and_reason():
    text = (
        "State media said the president pardoned some 4,100 prisoners, and rights groups estimated 900 remain jailed."
    )
    found = figures(text)
    first = found[0]
    assert text[first.start : first.end] == first.quote == "pardoned some 4,100 prisoners"
    assert first.evidence == "official"
    assert "'pardoned' before the number -> pardoned" in first.reason
    assert "'some' -> approximately" in first.reason


def test_evidence_estimate_and_reported():
    found = figures(
        "The president pardoned 80 prisoners on Monday. Human rights groups say 1,500 political prisoners "
        "are still held. An estimated 20,000 people are held in the country's prisons."
    )
    evidence = {f.value: f.evidence for f in found}
    assert evidence == {80: "official", 1500: "reported", 20000: "estimate"}


def test_a_count_given_as_the_predicate_of_the_number_of_people():
    from releases.extraction import extract

    es = extract("El número de excarcelados ascendió a quince, informó el Gobierno.", language="es")
    assert [(f.value, f.metric) for f in es.figures] == [(15, "released")]
    en = extract("The number of prisoners freed rose to 1,200 by Friday, officials said.", language="en")
    assert [(f.value, f.metric) for f in en.figures] == [(1200, "released")]
    # No word of clemency or detention before it: not a count of prisoners.
    assert extract("The death toll rose to 15 after the riot at the prison.", language="en").figures == []


def test_a_count_put_at_a_number_restates_the_count_before_it():
    from releases.extraction import extract

    text = (
        "The judiciary said 80,000 prisoners had been pardoned. Other agencies quoted the same remarks, putting "
        "the overall total at 82,650."
    )
    found = {(f.value, f.metric) for f in extract(text, language="en").figures}
    assert found == {(80000, "pardoned"), (82650, "pardoned")}


def test_the_people_just_named_are_no_count_but_a_count_told_again_is():
    from releases.extraction import extract

    text = "Le président a gracié les opposants Jean Malo et Paul Dia. Tous deux ont recouvré la liberté."
    assert [f.value for f in extract(text, language="fr").figures] == []
    text = "Le président a annoncé une grâce. Les 300 ont été libérés lundi."
    assert [f.value for f in extract(text, language="fr").figures] == [300]


def test_an_arabic_count_whose_noun_is_left_out_after_and():
    from releases.extraction import extract

    text = "وأصدر الرئيس عفوا عن 90 سجينا. وكان 40 من المعفى عنهم محبوسين في قضية التظاهر، و25 في قضية النشر."
    found = {(f.value, f.metric, f.role) for f in extract(text, language="ar").figures}
    assert found == {(90, "pardoned", "total"), (40, "pardoned", "part"), (25, "pardoned", "part")}
    # With no count of people before it, "و25 في" is not one.
    text = "وأصدر الرئيس عفوا عن 90 سجينا. وتقع المدينة على بعد كيلومترات، و25 في المئة من سكانها شباب."
    assert {f.value for f in extract(text, language="ar").figures} == {90}


def test_a_list_of_nationalities_keeps_every_group_and_the_ones():
    found = figures(
        "Qatar's emir pardoned 640 prisoners for the holiday. Twenty foreigners will go free: nine Egyptians, "
        "four Indians, four Nepalis, two Kenyans and one Sudanese."
    )
    got = sorted((f.value, f.metric) for f in found)
    assert got == sorted(
        [(640, "pardoned"), (20, "pardoned"), (9, "pardoned"), (4, "pardoned"), (4, "pardoned")]
        + [(2, "pardoned"), (1, "pardoned")]
    )
    assert all(f.category == "foreign_nationals" for f in found if f.value < 640)


def test_a_lone_one_is_no_count():
    found = figures("The king pardoned 300 prisoners; one man refused to leave his cell.")
    assert [f.value for f in found] == [300]


def test_the_same_count_told_again_keeps_its_act_of_clemency():
    found = figures(
        "Nine students jailed over the march were pardoned by the president on Sunday. "
        "A court clerk said the nine would be set free on Monday."
    )
    assert [(f.value, f.metric) for f in found] == [(9, "pardoned")]


def test_those_freed_are_the_people_of_the_count_before():
    found = figures(
        "The leader pardoned 18 prisoners on Friday. Most of those freed are foreigners: three Germans, "
        "two Estonians and two Latvians."
    )
    assert sorted((f.value, f.metric) for f in found) == [
        (2, "pardoned"),
        (2, "pardoned"),
        (3, "pardoned"),
        (18, "pardoned"),
    ]


def test_a_participle_after_a_subgroup_says_who_they_are():
    found = figures("The president pardoned 210 convicts on Monday, among them 12 Kurds jailed under the security law.")
    got = {f.value: f.metric for f in found}
    assert got == {210: "pardoned", 12: "pardoned"}


def test_the_dead_are_not_a_count_of_prisoners():
    found = figures(
        "The council pardoned 4,000 people arrested in the unrest, in which at least 310 protesters were killed."
    )
    assert [f.value for f in found] == [4000]


def test_handed_over_is_no_more_than():
    figure = only("In the prisoner swap on Friday, Germany handed over seven Russians.")
    assert (figure.value, figure.metric, figure.qualifier) == (7, "released", "exact")


def test_taken_home_in_an_exchange_and_the_gapped_verb():
    found = figures(
        "The two sides exchanged 40 prisoners on Thursday. Officials said 22 people were flown to Kyiv, "
        "11 to Warsaw and seven to Vilnius."
    )
    assert sorted((f.value, f.metric) for f in found) == [
        (7, "released"), (11, "released"), (22, "released"), (40, "released")
    ]  # fmt: skip


def test_people_taken_to_a_prison_are_not_freed():
    found = figures("The king pardoned 50 inmates. Police said 12 men were taken to Evin prison on Monday.")
    assert (12, "released") not in {(f.value, f.metric) for f in found}


def test_a_label_then_its_count_after_a_colon_is_a_breakdown_line():
    found = figures(
        "The president granted amnesty to 5,000 prisoners. By crime the list reads: theft, 2,100; fraud, 1,450 inmates; "
        "smuggling, 620."
    )
    got = {(f.value, f.metric): f.role for f in found}
    assert got[(2100, "pardoned")] == "part"
    assert got[(620, "pardoned")] == "part"


def test_predicates_that_put_or_round_a_count():
    found = figures(
        "The judiciary said 40,000 people had been pardoned. Other outlets put the number granted amnesty "
        "at 40,412 and the group of women at 1,204, and one agency rounded the figure to more than 40 thousand."
    )
    got = {f.value for f in found}
    assert {40000, 40412, 1204} <= got


@pytest.mark.parametrize(
    ("sentence", "value", "metric"),
    [
        ("Under the royal amnesty, 2,300 inmates received pardons on Thursday.", 2300, "pardoned"),
        ("The pardon decree, benefiting some 4,100 inmates, was read on state television.", 4100, "pardoned"),
        ("In the amnesty, some 350 prisoners were paroled on Monday.", 350, "released"),
        ("After the king's pardon, 75 inmates regained their freedom on Friday.", 75, "released"),
        ("The amnesty has 2,750 beneficiaries, the justice ministry said.", 2750, "pardoned"),
    ],
)
def test_more_ways_to_tell_a_pardon_or_a_release(sentence, value, metric):
    figure = only(sentence)
    assert (figure.value, figure.metric) == (value, metric)


def test_people_killed_before_or_after_the_number_are_no_figure():
    found = figures(
        "The junta pardoned 3,000 prisoners on Monday. Troops have killed at least 900 protesters since the coup, "
        "and 40 detainees died in custody, monitors say."
    )
    assert [f.value for f in found] == [3000]


def test_a_participle_right_after_a_count_belongs_to_it_not_to_the_part_after():
    found = figures("The amnesty will see 9,000 people released, including 700 women.")
    assert {(f.value, f.metric) for f in found} == {(9000, "pardoned"), (700, "pardoned")}


def test_a_bare_count_after_and_takes_its_own_verb():
    found = figures(
        "In all, 820 prisoners were granted amnesty, and 31 had their death sentences commuted to life terms."
    )
    assert {(f.value, f.metric) for f in found} == {(820, "pardoned"), (31, "sentence_reduced")}


def test_in_return_for_counts_the_other_side_released():
    found = figures("Moscow freed 12 people in the swap in return for seven Russians held in Europe.")
    assert {(f.value, f.metric) for f in found} == {(12, "released"), (7, "released")}


def test_minor_offences_are_not_minors():
    figure = only("The amnesty law will benefit some 6,000 prisoners convicted of minor offences.")
    assert (figure.value, figure.metric, figure.category) == (6000, "pardoned", None)


def test_a_breakdown_by_court_with_the_verb_gapped_and_a_partitive_of_beneficiaries():
    found = figures(
        "The leader pardoned 1,000 prisoners on Monday. Of those granted clemency, 700 were convicted by civil "
        "courts, 200 by military courts and 100 by the revolutionary courts. An official said 90 of the "
        "beneficiaries were women."
    )
    got = {(f.value, f.metric): f.role for f in found}
    assert got == {
        (1000, "pardoned"): "total", (700, "pardoned"): "part", (200, "pardoned"): "part",
        (100, "pardoned"): "part", (90, "pardoned"): "part",
    }  # fmt: skip


def test_counts_of_pardons_commutations_and_sentences():
    found = figures(
        "The president granted 52 pardons and 1,200 commutations on Friday. His predecessor commuted 330 "
        "sentences in 2017."
    )
    got = {(f.value, f.metric) for f in found}
    assert {(52, "pardoned"), (1200, "sentence_reduced"), (330, "sentence_reduced")} <= got


def test_a_clause_opened_by_and_that_has_its_own_verb():
    found = figures(
        "The government released 140 people on Sunday. A rights group said it had confirmed the releases and "
        "that 1,700 political prisoners remained behind bars."
    )
    assert {(f.value, f.metric) for f in found} == {(140, "released"), (1700, "detained")}


def test_a_rounded_headline_over_a_pardon_is_the_other_count():
    text = (
        "Junta frees nearly 4,000 prisoners for new year\n\n"
        "The military government said on Monday it would release 3,870 prisoners in an amnesty to mark the "
        "new year."
    )
    got = {(f.value, f.metric): f.role for f in extract(text, published=dt.date(2024, 5, 10)).figures}
    assert got == {(3870, "pardoned"): "total", (4000, "pardoned"): "alternative"}


def test_a_number_opening_a_sentence_after_prisoners_is_no_rupee():
    found = figures("The king pardoned 400 prisoners. Twelve were foreigners, officials said.")
    assert {(f.value, f.metric) for f in found} == {(400, "pardoned"), (12, "pardoned")}


def test_a_list_after_a_dash_divides_the_count_before_it():
    found = figures(
        "Belarus released 40 political prisoners on Thursday. Nine of them are foreign nationals — four "
        "Lithuanians, two Latvians, two Poles and one Frenchman."
    )
    got = {(f.value, f.quote): (f.role, f.part_of) for f in found}
    lines = {quote: role for (value, quote), role in got.items() if value < 9}
    assert set(lines.values()) == {("part", 9)}
    assert len(lines) == 4


def test_those_freed_after_a_count_is_not_its_predicate():
    found = figures(
        "The government pardoned 60 prisoners, and said the group consisted of 25 women and 35 men; more "
        "than half of those released were ill."
    )
    got = {(f.value, f.metric): f.role for f in found}
    assert got == {(60, "pardoned"): "total", (25, "pardoned"): "part", (35, "pardoned"): "part"}


def test_ones_in_a_bracketed_breakdown_by_country():
    found = figures(
        "More than 900 prisoners have been granted amnesty. The foreigners among them are from Canada (1), "
        "China (3), France (1) and Laos (2)."
    )
    assert sorted(f.value for f in found if f.value < 10) == [1, 1, 2, 3]


def test_a_hedged_release_near_an_exact_pardon_is_the_pardon_told_roughly():
    found = figures(
        "The country will release almost 7,000 prisoners ahead of the holiday. From Monday, authorities will "
        "grant amnesty to 6,812 prisoners, officials said."
    )
    assert {(f.value, f.metric) for f in found} == {(7000, "pardoned"), (6812, "pardoned")}


def test_earlier_decrees_are_not_people():
    found = figures("The president pardoned 712 prisoners on Wednesday. He has issued three previous pardons.")
    assert [f.value for f in found] == [712]


def test_detained_people_who_were_released_are_released():
    found = figures("The government pardoned 300 prisoners on Monday, and 75 detained dissidents were released.")
    assert (75, "released") in {(f.value, f.metric) for f in found}


def test_of_those_then_what_they_had_been_keeps_the_pardon():
    found = figures(
        "The judiciary chief said 40,000 prisoners had been pardoned. Of those, some 9,000 had been arrested "
        "during the protests, he said."
    )
    assert {(f.value, f.metric) for f in found} == {(40000, "pardoned"), (9000, "pardoned")}


def test_the_prerogative_of_mercy_is_a_pardon():
    figure = only("The president exercised the prerogative of mercy on 160 convicts on Thursday.")
    assert (figure.value, figure.metric) == (160, "pardoned")


def test_a_predicate_with_its_instrument_serves_one_count_only():
    found = figures(
        "Officials said about 25,000 inmates would be freed under the royal pardon and 150,000 others would "
        "have their sentences reduced."
    )
    assert {(f.value, f.metric) for f in found} == {(25000, "pardoned"), (150000, "sentence_reduced")}


def test_the_verb_of_half_of_a_count_is_not_the_counts():
    figure = only("Authorities have so far freed about half of the 4,000 prisoners covered by the decree.")
    assert (figure.value, figure.metric) == (4000, "pardoned")


def test_a_count_aged_over_an_age_is_a_subject():
    found = figures("The king pardoned 1,000 inmates, including 45 aged over 65.")
    got = {(f.value, f.metric): f.category for f in found}
    assert got == {(1000, "pardoned"): None, (45, "pardoned"): "elderly"}


@pytest.mark.parametrize(
    ("sentence", "value", "metric"),
    [
        ("To ease overcrowding, 2,400 inmates were placed on home leave on Monday.", 2400, "temporarily_released"),
        ("Amid the outbreak the authorities released 900 prisoners on bail.", 900, "temporarily_released"),
        ("To ease overcrowding, 1,800 inmates were granted parole on Monday.", 1800, "released"),
    ],
)
def test_leave_bail_and_parole(sentence, value, metric):
    figure = only(sentence)
    assert (figure.value, figure.metric) == (value, metric)


def test_a_release_an_amnesty_law_brings_is_the_amnesty():
    found = figures(
        "Parliament approved an amnesty law that paves the way for the release of 310 political prisoners. "
        "Rights groups estimated that about 700 people were being held for political reasons, though updated "
        "figures have not been released."
    )
    assert {(f.value, f.metric) for f in found} == {(310, "pardoned"), (700, "detained")}


def test_under_which_leaves_the_verb_to_the_count():
    found = figures("The president signed an amnesty law under which about 4,000 people will have their sentences cut.")
    assert {(f.value, f.metric) for f in found} == {(4000, "sentence_reduced")}


def test_of_whom_were_serving_sentences_says_who_they_are():
    found = figures("The president pardoned 402 convicts, 24 of whom were serving sentences for extremism.")
    assert {(f.value, f.metric) for f in found} == {(402, "pardoned"), (24, "pardoned")}


def test_those_covered_with_no_verb_of_their_own_and_a_gapped_of():
    found = figures(
        "Parliament approved an amnesty law that will lead to the release of about 6,000 prisoners. The minister "
        "said 3,900 of those covered were convicted of misdemeanours and 2,100 of drug-related offences."
    )
    got = {(f.value, f.metric): f.role for f in found}
    assert got == {(6000, "pardoned"): "total", (3900, "pardoned"): "part", (2100, "pardoned"): "part"}


def test_those_covered_with_a_verb_of_their_own():
    found = figures("The amnesty covers some 30,000 people. Officials said 1,800 of those covered would be freed.")
    assert (1800, "released") in {(f.value, f.metric) for f in found}


@pytest.mark.parametrize(
    ("sentence", "value", "metric"),
    [
        ("Some 1,300 convicts will benefit, the ministry said after the royal pardon was announced.", 1300, "pardoned"),
        (
            "The decree pardons prisoners who have served half their terms, some 2,700 people, officials said.",
            2700,
            "pardoned",
        ),
        ("The leader spared 41 people from execution by commuting their death sentences.", 41, "sentence_reduced"),
        ("Eligible inmates, numbering about 2,100, will be freed under the pardon this week.", 2100, "pardoned"),
        ("The pardon applies to roughly 5 percent of the country's 70,000 prisoners.", 70000, "prison_population"),
    ],
)
def test_appositions_benefit_sparing_and_the_countrys_prisoners(sentence, value, metric):
    figure = only(sentence)
    assert (figure.value, figure.metric) == (value, metric)


def test_comma_and_opens_the_next_clause():
    found = figures(
        "The president pardoned 3,100 inmates, including 150 women and 20 juveniles, and commuted the death "
        "sentences of 48 prisoners to life terms."
    )
    got = {(f.value, f.metric) for f in found}
    assert got == {(3100, "pardoned"), (150, "pardoned"), (20, "pardoned"), (48, "sentence_reduced")}
    assert {f.value: f.role for f in found}[48] == "total"  # its own measure, not one of the listed groups


def test_the_beneficiaries_include_a_breakdown():
    found = figures(
        "The president granted amnesty to 700 prisoners on Monday. The beneficiaries include 500 first-time "
        "offenders, 150 prisoners on remand and 50 convicts who have served half their terms."
    )
    got = {(f.value, f.metric): f.role for f in found}
    assert got == {
        (700, "pardoned"): "total",
        (500, "pardoned"): "part",
        (150, "pardoned"): "part",
        (50, "pardoned"): "part",
    }


def test_the_next_groups_words_are_not_this_groups_category():
    found = figures("The junta released more than 2,000 inmates, among them 35 monks and a dozen journalists.")
    assert {f.value: f.category for f in found}[35] is None


def test_benefit_from_a_reduction_and_a_whole_out_of_which():
    found = figures(
        "The king's pardon will free 30,000 inmates, and 138,000 inmates will benefit from the reduction of "
        "their sentences. The department said 224,000 convicts qualify out of a total of 282,000 inmates."
    )
    got = {(f.value, f.metric) for f in found}
    assert (138000, "sentence_reduced") in got
    assert all(value != 282000 for value, _metric in got)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The provincial government granted special remission to 4,000 prisoners on Independence Day.", 4000),
        ("About 1,900 inmates were granted a 90-day remission in their sentences.", 1900),
    ],
)
def test_remission_is_a_sentence_reduction(sentence, value):
    figure = only(sentence)
    assert (figure.value, figure.metric) == (value, "sentence_reduced")


def test_a_gapped_verb_in_ing_and_another_before_the_count():
    found = figures(
        "A total of 20 prisoners were exchanged on Thursday. Of those swapped, 8 are heading to Moscow, while "
        "9 are flying to Berlin and another three to Washington."
    )
    assert sorted(f.value for f in found) == [3, 8, 9, 20]


def test_people_a_measure_includes_take_its_metric_whatever_their_past():
    result = extract(
        "The president granted amnesty to 800 convicts on Friday. The list, signed by the justice minister, "
        "includes 31 foreign nationals. The group also includes four activists jailed for sedition.",
        published=dt.date(2025, 3, 1),
        language="en",
    )
    got = {(f.value, f.metric) for f in result.figures}
    assert (31, "pardoned") in got
    assert (4, "pardoned") in got


def test_among_those_released_names_the_people_of_the_sentence():
    result = extract(
        "The government freed 70 prisoners on Sunday. Among those released were students, people jailed after "
        "the strikes and 9 foreign citizens.",
        published=dt.date(2025, 3, 1),
        language="en",
    )
    got = {(f.value, f.metric) for f in result.figures}
    assert (9, "released") in got


def test_remitted_sentences_and_adjectives_joined_by_and():
    result = extract(
        "The president pardoned 900 prisoners on Friday. In 2021 he remitted the sentences of 2,480 petty and "
        "first-time offenders.",
        published=dt.date(2025, 3, 1),
        language="en",
    )
    got = {(f.value, f.metric) for f in result.figures}
    assert (2480, "sentence_reduced") in got


def test_citizens_of_another_country_are_foreign_nationals():
    result = extract(
        "Belarus freed 40 prisoners on Thursday, among them three citizens each of Poland and Lithuania.",
        published=dt.date(2025, 3, 1),
        language="en",
    )
    assert {f.value: f.category for f in result.figures}[3] == "foreign_nationals"


def test_the_noun_phrases_own_category_beats_a_later_word():
    result = extract(
        "The king pardoned 12 opposition activists jailed over a 2019 protest on Monday.",
        published=dt.date(2025, 3, 1),
        language="en",
    )
    assert {f.value: f.category for f in result.figures}[12] == "political"


def test_what_the_prisons_hold_with_no_noun_is_the_population():
    result = extract(
        "The president pardoned 800 prisoners on Monday. The country's prisons, built for 9,000 people, hold "
        "about 14,500.",
        published=dt.date(2025, 3, 1),
        language="en",
    )
    got = {f.value: (f.metric, f.role) for f in result.figures}
    assert got[14500] == ("prison_population", "context")
    assert 9000 not in got


def test_among_the_freed_opens_a_sentence_of_released_people():
    # After a pardon the freed are the pardon's people, who keep its act of clemency (the schema's
    # first-stated metric); after a release they are released.
    result = extract(
        "The junta pardoned 2,000 prisoners on Monday. Among the freed were 3 Americans, people jailed after "
        "the coup, and 12 women.",
        published=dt.date(2025, 3, 1),
        language="en",
    )
    got = {(f.value, f.metric) for f in result.figures}
    assert (3, "pardoned") in got
    assert (12, "pardoned") in got
    result = extract(
        "The junta freed 2,000 prisoners on Monday. Among the freed were 3 Americans, people jailed after "
        "the coup, and 12 women.",
        published=dt.date(2025, 3, 1),
        language="en",
    )
    got = {(f.value, f.metric) for f in result.figures}
    assert (3, "released") in got
    assert (12, "released") in got


def test_people_named_by_their_crime_and_people_still_held():
    result = extract(
        "The king pardoned 1,240 inmates on Monday. Of them, 600 were drug dealers, 400 were thieves and 240 "
        "were fraudsters. Rights groups urged him to free the 300 political prisoners he still holds.",
        published=dt.date(2025, 3, 1),
        language="en",
    )
    got = {f.value: (f.metric, f.role) for f in result.figures}
    assert got[400] == ("pardoned", "part")
    assert got[300] == ("detained", "context")


def test_a_group_among_those_freed_is_a_part_of_the_released():
    result = extract(
        "The king pardoned 6,000 prisoners on Monday. Some 34 foreigners were among those freed.",
        published=dt.date(2025, 3, 1),
        language="en",
    )
    got = {f.value: (f.metric, f.role, f.part_of) for f in result.figures}
    assert got[34] == ("released", "part", 6000)
