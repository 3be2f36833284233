"""`loaddemo`: published records an editor would have entered, loaded once."""

import pytest
from django.core.management import call_command

from releases.choices import Kind, Metric, Status
from releases.models import Announcement, Figure, Official, Prisoner, Source

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
