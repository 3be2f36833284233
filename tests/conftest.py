"""Fixtures and make_* builders shared by the suite."""

import datetime
import itertools

import pytest

from releases.choices import EnteredBy, Kind, Metric, Qualifier, Status
from releases.models import Announcement, Figure, Official, Prisoner, PrisonerCategory, Source

_counter = itertools.count(1)


def make_source(**fields) -> Source:
    n = next(_counter)
    defaults = {
        "url": f"https://news.example.org/articles/{n}",
        "outlet": "Example News",
        "title": f"Article {n}",
        "language": "en",
        "text": f"Authorities pardoned {n * 100} prisoners on the national holiday.",
        "status": "extracted",
    }
    defaults.update(fields)
    return Source.objects.create(**defaults)


def make_official(**fields) -> Official:
    n = next(_counter)
    defaults = {"name": f"Official Number{n}", "role": "spokesman", "country": "IR"}
    defaults.update(fields)
    return Official.objects.create(**defaults)


def make_announcement(*, figures=(), officials=(), categories=(), sources=None, **fields) -> Announcement:
    """An announcement (published unless told otherwise) with its figures.

    `figures` is a list of dicts of Figure fields; each gets the announcement's first source.
    """
    n = next(_counter)
    defaults = {
        "title": f"Announcement {n}",
        "kind": Kind.PARDON,
        "country": "IR",
        "announced_on": datetime.date(2020, 3, 18),
        "status": Status.PUBLISHED,
    }
    defaults.update(fields)
    announcement = Announcement.objects.create(**defaults)
    sources = list(sources) if sources is not None else [make_source()]
    announcement.sources.set(sources)
    announcement.officials.set(officials)
    announcement.categories.set([category_of(c) if isinstance(c, str) else c for c in categories])
    for figure in figures:
        make_figure(announcement=announcement, source=sources[0], **figure)
    announcement.refresh_search_text()
    return announcement


def make_figure(**fields) -> Figure:
    defaults = {"value": 100, "metric": Metric.PARDONED, "qualifier": Qualifier.EXACT, "entered_by": EnteredBy.EDITOR}
    defaults.update(fields)
    if isinstance(defaults.get("category"), str):
        defaults["category"] = category_of(defaults["category"])
    if "source" not in defaults:
        defaults["source"] = make_source()
    if "country" not in defaults and defaults.get("announcement"):
        defaults["country"] = defaults["announcement"].country
    return Figure.objects.create(**defaults)


def make_prisoner(**fields) -> Prisoner:
    n = next(_counter)
    defaults = {"name": f"Prisoner Number{n}"}
    defaults.update(fields)
    return Prisoner.objects.create(**defaults)


def category_of(slug: str) -> PrisonerCategory:
    return PrisonerCategory.objects.get(slug=slug)


@pytest.fixture
def editor(db, django_user_model):
    """A staff user in the Editors group."""
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("editor", "editor@example.org", "correct-horse-battery", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client
