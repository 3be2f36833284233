"""CSV and JSON exports: contents under filters, one CSV row per figure, formula injection
neutralised, streamed responses, and nothing unpublished."""

import csv
import io
import json

import pytest

from releases.spreadsheet import safe_cell
from tests.conftest import make_announcement, make_source

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]


def download(client, url: str):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response.streaming
    return b"".join(response.streaming_content).decode(), response


def csv_rows(client, url: str) -> list[dict]:
    text, response = download(client, url)
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    return list(csv.DictReader(io.StringIO(text)))


def test_announcement_csv_one_row_per_figure(client, public_records):
    rows = csv_rows(client, "/announcements/export.csv")
    assert len(rows) == 5  # Iran 2 figures, Myanmar 2, Egypt 1
    iran = [r for r in rows if r["country"] == "IR"]
    pardon = next(r for r in iran if r["figure_metric"] == "pardoned")
    assert pardon["figure_value"] == "10000"
    assert pardon["figure_quote"] == "will forgive 10,000 prisoners, including political detainees"
    assert pardon["source_url"] == "https://wire.example.net/iran-pardon-2020"
    assert pardon["source_outlet"] == "Example Wire"
    assert pardon["officials"] == "Gholamhossein Esmaili"
    assert pardon["categories"] == "political"
    assert pardon["source_count"] == "2"
    assert pardon["announcement_url"] == "http://testserver" + public_records.iran.get_absolute_url()


def test_announcement_csv_under_filters(client, public_records):
    rows = csv_rows(client, "/announcements/export.csv?category=political&country=IR&announced_after=2020-01-01")
    assert {r["announcement_title"] for r in rows} == {public_records.iran.title}
    assert {r["figure_value"] for r in rows} == {"10000", "85000"}
    rows = csv_rows(client, "/announcements/export.csv?category=political")
    assert {r["country"] for r in rows} == {"IR", "EG"}


def test_announcement_without_figures_still_exported(client, db):
    make_announcement(title="Bare announcement")
    rows = csv_rows(client, "/announcements/export.csv")
    assert len(rows) == 1 and rows[0]["figure_value"] == ""


def test_announcement_json_nested(client, public_records):
    text, response = download(client, "/announcements/export.json?country=IR")
    assert response["Content-Type"].startswith("application/json")
    (item,) = json.loads(text)
    assert item["title"] == public_records.iran.title
    assert item["officials"][0]["name"] == "Gholamhossein Esmaili"
    assert item["categories"] == ["political"]
    assert {s["outlet"] for s in item["sources"]} == {"Example Wire", "Example Daily"}
    pardon = next(f for f in item["figures"] if f["metric"] == "pardoned")
    assert pardon["value"] == 10000 and pardon["source"]["url"] == "https://wire.example.net/iran-pardon-2020"


def test_figure_csv_under_filters(client, public_records):
    rows = csv_rows(client, "/figures/export.csv?country=IR")
    assert sorted(int(r["figure_value"]) for r in rows) == [10000, 85000, 189500]
    population = next(r for r in rows if r["figure_metric"] == "prison_population")
    assert population["announcement_title"] == "" and population["figure_as_of"] == "2020-03-01"
    rows = csv_rows(client, "/figures/export.csv?metric=released&min_value=100")
    assert [r["figure_value"] for r in rows] == ["23000"]


def test_figure_json(client, public_records):
    text, _response = download(client, "/figures/export.json?category=journalists")
    (item,) = json.loads(text)
    assert item["value"] == 15 and item["announcement"]["country"] == "EG"


def test_empty_exports_are_valid(client, db):
    assert json.loads(download(client, "/announcements/export.json")[0]) == []
    assert json.loads(download(client, "/figures/export.json")[0]) == []
    assert len(csv_rows(client, "/figures/export.csv")) == 0


def test_exports_leave_out_drafts_and_rejected(client, public_records):
    for url in (
        "/announcements/export.csv",
        "/announcements/export.json",
        "/figures/export.csv",
        "/figures/export.json",
    ):
        text, _response = download(client, url)
        assert "77777" not in text and "55555" not in text and "Unreviewed" not in text and "Hidden" not in text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTab", "'\tTab"),
        ("\rReturn", "'\rReturn"),
        ("\uff1dSUM(A1)", "'\uff1dSUM(A1)"),  # fullwidth equals sign
        ("\uff20A1", "'\uff20A1"),  # fullwidth commercial at
        ("plain", "plain"),
        ("\u0627\u0644\u0639\u0641\u0648", "\u0627\u0644\u0639\u0641\u0648"),  # Arabic text stays as it is
        (10000, 10000),
        (None, ""),
    ],
)
def test_safe_cell(value, expected):
    assert safe_cell(value) == expected


def test_formula_injection_neutralised_in_csv(client, db):
    source = make_source(outlet="=cmd|' /C calc'!A0", title="@SUM(1+1)")
    make_announcement(title="+danger", sources=[source], figures=[{"value": 5, "quote": "-5 prisoners=freed"}])
    (row,) = csv_rows(client, "/announcements/export.csv")
    assert row["announcement_title"] == "'+danger"
    assert row["source_outlet"] == "'=cmd|' /C calc'!A0"
    assert row["source_title"] == "'@SUM(1+1)"
    assert row["figure_quote"] == "'-5 prisoners=freed"


def test_page_links_to_export_of_what_it_shows(client, public_records):
    text = client.get("/announcements/?category=political&page=1&sort=oldest").content.decode()
    assert 'href="/announcements/export.csv?category=political"' in text
    text = client.get("/figures/?country=IR").content.decode()
    assert 'href="/figures/export.csv?country=IR"' in text


def test_export_streams_many_rows_in_chunks(client, db, django_assert_max_num_queries):
    for n in range(30):
        make_announcement(title=f"Bulk {n}", figures=[{"value": n + 1}, {"value": n + 100}])
    with django_assert_max_num_queries(12):
        rows = csv_rows(client, "/announcements/export.csv")
    assert len(rows) == 60
    with django_assert_max_num_queries(6):
        assert len(csv_rows(client, "/figures/export.csv")) == 60
