"""The counting rule: every sum on the site and in the exports adds each person once.

The fixture is shaped like real reporting: a total repeated by a second outlet, its parts,
a rounded alternative, an earlier announcement's count cited as background, the prison
population, disjoint groups that are each a total, and a prisoner exchange whose two sides
are counted for the state that releases them."""

import csv
import datetime
import io
import json

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

from releases.choices import OfficialPart, Role
from releases.models import AnnouncementOfficial, Figure
from tests.conftest import make_announcement, make_figure, make_official, make_source, page_totals

pytestmark = pytest.mark.django_db


@pytest.fixture
def reporting():
    """Iran 2023: 10,000 pardoned (two outlets), of whom 140 women and 40 foreigners, "more
    than 9,000" elsewhere, "1,018 in December" as background, 189,500 in prison. Venezuela
    2023: 505 civilians and 182 soldiers freed (two totals). The US–Iran exchange of 2023:
    5 Iranians pardoned by the US, 5 Americans released by Iran."""
    first, second = make_source(outlet="Outlet A"), make_source(outlet="Outlet B")
    spokesman, rapporteur = make_official(name="A Spokesman"), make_official(name="A Rapporteur", role="UN rapporteur")
    iran = make_announcement(country="IR", announced_on=datetime.date(2023, 3, 20), sources=[first, second])
    AnnouncementOfficial.objects.create(announcement=iran, official=spokesman)
    AnnouncementOfficial.objects.create(announcement=iran, official=rapporteur, part=OfficialPart.COMMENTER)
    total = make_figure(announcement=iran, source=first, value=10_000, quote="pardoned 10,000 prisoners")
    make_figure(announcement=iran, source=second, value=10_000, headline=False, quote="10,000 prisoners freed")
    make_figure(announcement=iran, source=first, value=140, role=Role.PART, part_of=total, category="women")
    make_figure(announcement=iran, source=first, value=40, role=Role.PART, part_of=total, category="foreign_nationals")
    make_figure(
        announcement=iran, source=second, value=9_000, role=Role.ALTERNATIVE, headline=False, qualifier="at_least"
    )
    make_figure(announcement=iran, source=first, value=1_018, role=Role.OTHER_EVENT, headline=False)
    make_figure(announcement=iran, source=first, value=189_500, metric="prison_population")
    venezuela = make_announcement(country="VE", kind="release", announced_on=datetime.date(2023, 6, 1))
    make_figure(announcement=venezuela, source=venezuela.sources.get(), value=505, metric="released")
    make_figure(announcement=venezuela, source=venezuela.sources.get(), value=182, metric="released", headline=False)
    exchange = make_announcement(country="US", kind="prisoner_exchange", announced_on=datetime.date(2023, 9, 18))
    make_figure(announcement=exchange, source=exchange.sources.get(), value=5, metric="pardoned", country="US")
    make_figure(announcement=exchange, source=exchange.sources.get(), value=5, metric="released", country="IR")
    return {"iran": iran, "venezuela": venezuela, "exchange": exchange, "total": total}


def sums(queryset) -> dict:
    return {(row["period"].year, row["metric"]): row["total"] for row in queryset.totals_by("year")}


def test_the_rule_adds_each_total_once_and_nothing_else(reporting):
    counted = Figure.objects.counted()
    assert sorted(counted.values_list("value", flat=True)) == [5, 5, 182, 505, 10_000]
    totals = sums(Figure.objects.published())
    assert totals[(2023, "pardoned")] == 10_005  # not 10,000 twice, nor +140+40+9,000+1,018
    assert totals[(2023, "released")] == 505 + 182 + 5
    # Context is shown as the largest value, never summed into a release.
    assert totals[(2023, "prison_population")] == 189_500


def test_a_figure_counts_for_the_state_that_releases(reporting):
    iran = sums(Figure.objects.published().filter(country="IR"))
    us = sums(Figure.objects.published().filter(country="US"))
    assert iran[(2023, "pardoned")] == 10_000  # the 5 pardoned by the US are not Iran's
    assert iran[(2023, "released")] == 5
    assert us == {(2023, "pardoned"): 5}
    assert reporting["exchange"].country == "US"  # the announcement keeps its country


def test_country_and_figures_pages_show_the_counted_totals(client, reporting):
    iran = page_totals(client.get(reverse("releases:country-detail", args=["IR"])))
    assert iran[("2023", "pardoned")] == 10_000 and iran[("2023", "released")] == 5
    assert page_totals(client.get(reverse("releases:country-detail", args=["US"])))[("2023", "pardoned")] == 5
    everything = page_totals(client.get(reverse("releases:figure-list")))
    assert everything[("2023", "pardoned")] == 10_005 and everything[("2023", "released")] == 692
    women = page_totals(client.get(reverse("releases:category-detail", args=["women"])))
    assert ("2023", "pardoned") not in women  # a part is shown on its page, never summed


def test_exports_carry_roles_and_what_is_counted(client, reporting):
    rows = list(csv.DictReader(io.StringIO(b"".join(client.get("/figures/export.csv").streaming_content).decode())))
    assert {"figure_id", "figure_role", "figure_part_of", "figure_counted"} <= set(rows[0])
    counted = [int(r["figure_value"]) for r in rows if r["figure_counted"] == "True"]
    assert sum(counted) == 10_000 + 505 + 182 + 5 + 5
    part = next(r for r in rows if r["figure_value"] == "140")
    assert part["figure_role"] == "part" and part["figure_part_of"] == str(reporting["total"].pk)
    items = json.loads(b"".join(client.get("/figures/export.json").streaming_content))
    assert sum(i["value"] for i in items if i["counted"]) == sum(counted)
    announcements = list(
        csv.DictReader(io.StringIO(b"".join(client.get("/announcements/export.csv").streaming_content).decode()))
    )
    assert sum(int(r["figure_value"]) for r in announcements if r["figure_counted"] == "True") == sum(counted)


def test_totals_export_gives_the_number_to_add(client, reporting):
    body = b"".join(client.get(reverse("releases:totals-export-csv")).streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(body)))
    by_key = {(r["announcement_country"], r["metric"], r["country"]): int(r["total"]) for r in rows}
    assert by_key == {
        ("IR", "pardoned", "IR"): 10_000,
        ("VE", "released", "VE"): 687,
        ("US", "pardoned", "US"): 5,
        ("US", "released", "IR"): 5,
    }
    items = json.loads(b"".join(client.get(reverse("releases:totals-export-json")).streaming_content))
    assert sum(i["total"] for i in items) == sum(by_key.values())
    filtered = b"".join(client.get(reverse("releases:totals-export-csv") + "?country=VE").streaming_content).decode()
    assert len(list(csv.DictReader(io.StringIO(filtered)))) == 1


def test_announcement_page_shows_totals_with_parts_alternatives_and_context_apart(client, reporting):
    page = client.get(reporting["iran"].get_absolute_url())
    layout = page.context["layout"]
    assert [g.total.value for g in layout.groups] == [10_000]  # the second outlet's sits beside it
    lead = layout.groups[0]
    assert lead.total.counted and sorted(p.value for p in lead.parts) == [40, 140]
    assert sorted(a.value for a in lead.alternatives) == [9_000, 10_000]
    assert [f.value for f in layout.other_events] == [1_018]
    assert [f.value for f in layout.context] == [189_500]
    html = page.content.decode()
    assert "of whom" in html and "also reported:" in html and "Counts from other announcements" in html
    assert reverse("releases:methodology") in html
    officials = html.split('id="officials-heading"')[1].split("</section>")[0]
    announced, quoted = officials.split("Also quoted")
    assert "A Spokesman" in announced and "A Rapporteur" not in announced and "A Rapporteur" in quoted


def test_timeline_card_leads_with_the_largest_release_total(client, db):
    source = make_source()
    announcement = make_announcement(sources=[source], figures=[])
    make_figure(announcement=announcement, source=source, value=1_100, metric="detained")
    make_figure(announcement=announcement, source=source, value=14, metric="released")
    card = client.get(reverse("releases:timeline")).content.decode()
    entry = card.split(announcement.title)[1]
    assert entry.index("14") < entry.index("1,100")


def test_a_part_needs_a_total_of_its_announcement_no_smaller_than_it(reporting):
    total = reporting["total"]
    too_big = Figure(announcement=reporting["iran"], source=total.source, value=20_000, role=Role.PART, part_of=total)
    with pytest.raises(ValidationError, match="cannot be larger"):
        too_big.clean()
    elsewhere = Figure(announcement=reporting["venezuela"], source=total.source, value=3, role=Role.PART, part_of=total)
    with pytest.raises(ValidationError, match="same announcement"):
        elsewhere.clean()
    of_a_part = Figure(announcement=reporting["iran"], source=total.source, value=3, role=Role.PART)
    of_a_part.part_of = Figure.objects.get(value=140)
    with pytest.raises(ValidationError, match="not a total"):
        of_a_part.clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        Figure.objects.filter(pk=Figure.objects.get(value=140).pk).update(part_of=None)
    with pytest.raises(IntegrityError), transaction.atomic():
        Figure.objects.filter(pk=total.pk).update(part_of=total)
    with pytest.raises(IntegrityError), transaction.atomic():
        Figure.objects.filter(value=189_500).update(role=Role.TOTAL)


def test_methodology_page_in_every_language(client):
    for prefix, phrase in [("", "The counting rule"), ("/fr", "La règle de comptage"), ("/es", "La regla de conteo"),
                           ("/ar", "قاعدة العدّ"), ("/fa", "قاعدهٔ شمارش")]:  # fmt: skip
        response = client.get(prefix + "/how-we-count/")
        assert response.status_code == 200 and phrase in response.content.decode()
    assert reverse("releases:methodology") in client.get(reverse("releases:timeline")).content.decode()


def test_figures_page_for_a_category_says_what_is_not_broken_down(client, db):
    """An announcement tagged "political" whose only figure counts prisoners in general is in
    the filtered list; the category's figures page leaves its figure out and says so, with a
    link to the list."""
    tagged = make_announcement(title="Tagged, not broken down", categories=["political"], figures=[{"value": 900}])
    broken = make_announcement(
        title="Broken down", categories=["political"], figures=[{"value": 40, "category": "political"}]
    )
    assert tagged.title in client.get("/announcements/?category=political").content.decode()
    response = client.get("/figures/?category=political")
    assert response.context["total"] == 1 and response.context["not_broken_down"] == 1
    html = response.content.decode()
    assert "not broken down by category" in html
    assert 'href="/announcements/?category=political"' in html
    assert client.get("/figures/").context["not_broken_down"] is None
    assert broken.title


def test_an_earlier_count_links_to_its_own_announcement(client, reporting):
    december = make_announcement(country="IR", title="The December pardon", announced_on=datetime.date(2022, 12, 20))
    make_figure(announcement=december, source=december.sources.get(), value=1_018)
    page = client.get(reporting["iran"].get_absolute_url())
    (earlier,) = page.context["layout"].other_events
    assert earlier.own_announcement == december
    assert december.get_absolute_url() in page.content.decode()
