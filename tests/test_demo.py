"""`loaddemo`: published records an editor would have entered, loaded once."""

import csv
import io

import pytest
from django.core.management import call_command

from releases.choices import CONTEXT_METRICS, Kind, Metric, Status
from releases.models import Announcement, Figure, Official, Prisoner, Source
from tests.conftest import page_totals

pytestmark = pytest.mark.django_db


def counts() -> tuple[int, ...]:
    return tuple(model.objects.count() for model in (Announcement, Figure, Official, Prisoner, Source))


def test_loaddemo_is_idempotent():
    call_command("loaddemo", stdout=None)
    first = counts()
    call_command("loaddemo")
    assert counts() == first
    assert first[0] >= 16


def test_demo_holds_the_founding_articles_three_figures():
    call_command("loaddemo")
    pardon = Announcement.objects.get(country="IR", announced_on="2020-03-18")
    assert pardon.kind == Kind.PARDON and pardon.status == Status.PUBLISHED
    assert pardon.occasion.startswith("Iranian New Year")
    source = pardon.sources.get(language="en")
    found = {(f.value, f.metric) for f in source.figures.all()}
    assert found == {
        (10000, Metric.PARDONED),
        (85000, Metric.TEMPORARILY_RELEASED),
        (189500, Metric.PRISON_POPULATION),
    }
    for figure in source.figures.all():
        assert source.text[figure.quote_start : figure.quote_end] == figure.quote
        assert f"{figure.value:,}" in figure.quote
    assert {o.name for o in pardon.officials.all()} >= {"Ali Khamenei", "Gholamhossein Esmaili"}
    assert "Nazanin Zaghari-Ratcliffe" in {p.name for p in pardon.prisoners.all()}


def test_demo_covers_every_kind_and_most_metrics_and_categories():
    call_command("loaddemo")
    assert set(Announcement.objects.values_list("kind", flat=True)) == set(Kind.values)
    assert len(set(Figure.objects.values_list("metric", flat=True))) >= 5
    categories = set(Figure.objects.exclude(category=None).values_list("category__slug", flat=True))
    categories |= set(Announcement.objects.values_list("categories__slug", flat=True)) - {None}
    assert len(categories) >= 6
    assert Announcement.objects.published().count() == Announcement.objects.count()
    assert len(set(Announcement.objects.values_list("country", flat=True))) >= 10


def test_every_demo_quote_sits_at_its_offsets():
    call_command("loaddemo")
    for figure in Figure.objects.select_related("source"):
        assert figure.source.text[figure.quote_start : figure.quote_end] == figure.quote


# The demo's totals worked out by hand from its records: each total once, a second outlet's
# repeat, the journalists among those freed, the furloughed among those released, and the
# prison population and detainees left out; the Iranians pardoned in the 2023 exchange count
# for the United States.
DEMO_TOTALS = {
    ("2020", "pardoned"): 10_000,
    ("2021", "pardoned"): 23_184 + 870,
    ("2023", "pardoned"): 22_000 + 5 + 2_153,
    ("2024", "pardoned"): 2_476 + 1_584 + 39 + 44_000,
    ("2025", "pardoned"): 1,
    ("2020", "released"): 90_000,
    ("2022", "released"): 2,
    ("2023", "released"): 5 + 222,
    ("2024", "released"): 16,
    ("2025", "released"): 553 + 14,
    ("2020", "temporarily_released"): 85_000,
    ("2024", "sentence_reduced"): 37 + 1_500,
}


def test_demo_totals_on_the_site_and_in_the_totals_export_match_the_hand_count(client):
    call_command("loaddemo")
    released = {key: v for key, v in page_totals(client.get("/figures/")).items() if key[1] not in CONTEXT_METRICS}
    assert released == DEMO_TOTALS
    iran = page_totals(client.get("/countries/IR/"))
    assert iran[("2023", "pardoned")] == 22_000 and iran[("2020", "pardoned")] == 10_000
    assert page_totals(client.get("/countries/US/"))[("2023", "pardoned")] == 5
    rows = list(csv.DictReader(io.StringIO(b"".join(client.get("/figures/totals.csv").streaming_content).decode())))
    by_year: dict = {}
    for row in rows:
        key = (row["announced_on"][:4], row["metric"])
        by_year[key] = by_year.get(key, 0) + int(row["total"])
    assert by_year == DEMO_TOTALS
    journalists = page_totals(client.get("/categories/journalists/"))
    assert journalists == {}  # the journalists are parts of their releases, shown, never added


def test_every_demo_source_is_a_real_article_a_reader_can_open():
    from urllib.parse import urlsplit

    from releases.demo_data import ANNOUNCEMENTS

    sources = [source for record in ANNOUNCEMENTS for source in record["sources"]]
    assert len(sources) >= len(ANNOUNCEMENTS)
    for source in sources:
        parts = urlsplit(source["url"])
        host = parts.hostname or ""
        assert parts.scheme == "https" and "." in host, source["url"]
        assert not host.endswith((".example", ".test", ".invalid", ".localhost", "example.com", "example.org")), host
        if "outlet" in source:  # else a source given in full by an earlier record
            assert source["outlet"] and not source["outlet"].lower().startswith("demo"), source["outlet"]
