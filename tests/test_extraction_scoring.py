"""The scorer's measures (corpus/SCHEMA.md): roles, totals right, officials' parts and precision, per language."""

from releases.extraction.scoring import Article, score_corpus

GOLD = {
    "relevant": True,
    "country": "KG",
    "announced_on": "2024-08-30",
    "officials": [
        {"name": "Sadyr Japarov", "part": "announcer"},
        {"name": "Aziza Abdirasulova", "part": "commenter"},
    ],
    "figures": [
        {"value": 1200, "metric": "pardoned", "role": "total", "category": None},
        {"value": 85, "metric": "pardoned", "role": "part", "part_of": 1200, "category": "political"},
        {"value": 19000, "metric": "prison_population", "role": "context", "category": None},
    ],
}


def article(id_, language, got):
    return Article(id=id_, text="", language=language, gold=GOLD), got


def score(pairs):
    answers = {a.id: got for a, got in pairs}
    return score_corpus([a for a, _ in pairs], lambda a: answers[a.id])


def test_a_part_summed_as_a_total_breaks_the_totals_but_not_the_figures():
    right = {**GOLD, "officials": [{"name": "SADYR JAPAROV", "part": "announcer"}]}
    wrong = {**GOLD, "figures": [{**f, "role": "total"} for f in GOLD["figures"]]}
    report = score([article("kg-1", "en", right), article("kg-2", "ru", wrong)])
    assert (report.found, report.gold, report.f1) == (6, 6, 1.0)
    # kg-2 adds the 85 into the 1,200 and calls the prison population a total.
    assert (report.role_right, report.totals_right, report.relevant_gold) == (4, 1, 2)
    assert report.languages["en"].totals_right == 1 and report.languages["ru"].totals_right == 0
    assert any(m.startswith("kg-2: totals {'pardoned': 1285") for m in report.misses)


def test_officials_precision_and_part():
    got = {
        **GOLD,
        "officials": [
            {"name": "Sadyr Japarov", "part": "announcer"},
            {"name": "Aziza Abdirasulova", "part": "announcer"},
            {"name": "Bishkek Court", "part": "announcer"},
        ],
    }
    report = score([article("kg-1", "ky", got)])
    assert (report.officials_found, report.officials_gold) == (2, 2)
    assert (report.officials_right, report.officials_extracted) == (2, 3)
    assert report.official_part_right == 1
    assert "kg-1: extra official Bishkek Court" in report.misses


def test_lines_per_language_then_overall_with_f1_last():
    report = score([article("kg-1", "fr", GOLD), article("kg-2", "ar", {"relevant": False})])
    lines = report.lines()
    assert lines[0].startswith("ar: F1 0.00 (P 1.00 R 0.00) roles 1.00 totals 0.00")
    assert lines[1].startswith("fr: F1 1.00 (P 1.00 R 1.00) roles 1.00 totals 1.00 officials R 1.00 P 1.00")
    assert "totals right 0.50 (1/2)" in lines
    assert "role accuracy 1.00 (3/3) on the figures found" in lines
    assert lines[-1] == "figures F1 0.67 (P 1.00 R 0.50) on 2 articles"
