"""Fill the database with the demo's published records. Running it twice changes nothing."""

import datetime

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from releases.choices import EnteredBy, Role, SourceStatus, Status
from releases.demo_data import ANNOUNCEMENTS, FOLLOW_UPS, PRISONER_EVENTS
from releases.models import (
    Announcement,
    Figure,
    FollowUp,
    Official,
    Prisoner,
    PrisonerCategory,
    PrisonerEvent,
    Source,
)


class Command(BaseCommand):
    help = "Load the demo announcements (published, with figures, quotes and sources)."

    def handle(self, *args, **options):
        created = 0
        with transaction.atomic():
            for record in ANNOUNCEMENTS:
                created += load_announcement(record)
            events, follow_ups = load_prisoner_events(), load_follow_ups()
        self.stdout.write(f"demo: {created} announcement(s) added, {len(ANNOUNCEMENTS) - created} already there")
        self.stdout.write(f"demo: {events} prisoner event(s) and {follow_ups} follow-up(s) added")


def load_prisoner_events() -> int:
    """The demo's dated events of named prisoners; each is added once."""
    added = 0
    for name, kind, day, reported_by, note in PRISONER_EVENTS:
        prisoner = Prisoner.objects.get(slug=slugify(name))
        links = {}
        if "announcement" in reported_by:
            links["announcement"] = Announcement.objects.get(title=reported_by["announcement"])
        if "source" in reported_by:
            links["source"] = Source.objects.get(url=reported_by["source"])
        _event, created = PrisonerEvent.objects.get_or_create(
            prisoner=prisoner, kind=kind, happened_on=datetime.date.fromisoformat(day), defaults=links | {"note": note}
        )
        added += created
    return added


def load_follow_ups() -> int:
    """The demo's follow-up links between announcements; each is added once."""
    added = 0
    for earlier, later, relation, note in FOLLOW_UPS:
        _link, created = FollowUp.objects.get_or_create(
            earlier=Announcement.objects.get(title=earlier),
            later=Announcement.objects.get(title=later),
            defaults={"relation": relation, "note": note},
        )
        added += created
    return added


def load_announcement(record: dict) -> int:
    """Create one demo announcement and what hangs on it; 0 if it is already there."""
    announced_on = datetime.date.fromisoformat(record["announced_on"])
    slug = slugify(f"{announced_on:%Y-%m-%d} {record['title']}")[:300]
    announcement, created = Announcement.objects.get_or_create(
        slug=slug,
        defaults={
            "title": record["title"],
            "kind": record["kind"],
            "country": record["country"],
            "announced_on": announced_on,
            "occasion": record["occasion"],
            "summary": record["summary"],
            "status": Status.PUBLISHED,
        },
    )
    if not created:
        return 0
    sources = [load_source(source) for source in record["sources"]]
    announcement.sources.set(sources)
    announcement.officials.set([load_official(*official) for official in record["officials"]])
    announcement.categories.set(PrisonerCategory.objects.filter(slug__in=record["categories"]))
    for figure in record["figures"]:
        load_figure(figure, announcement=announcement, source=sources[figure.get("source", 0)])
    for name, nationalities, *rest in record.get("prisoners", []):
        aliases = rest[0] if rest else []  # other spellings, when the demo gives them
        prisoner, _ = Prisoner.objects.get_or_create(
            slug=slugify(name), defaults={"name": name, "nationalities": nationalities, "aliases": "\n".join(aliases)}
        )
        prisoner.announcements.add(announcement)
    announcement.refresh_search_text()
    return 1


def load_source(data: dict) -> Source:
    if set(data) == {"url"}:  # a note already loaded for an earlier announcement
        return Source.objects.get(url=data["url"])
    published = datetime.datetime.fromisoformat(data["published_at"]).replace(tzinfo=datetime.UTC)
    source, _ = Source.objects.get_or_create(
        url=data["url"],
        defaults={
            "outlet": data["outlet"],
            "title": data["title"],
            "published_at": published,
            "language": data.get("language", "en"),
            "text": data["text"],
            "status": SourceStatus.EXTRACTED,
            "fetched_at": timezone.now(),
        },
    )
    return source


def load_official(name: str, role: str, country: str, aliases: list[str]) -> Official:
    official, created = Official.objects.get_or_create(
        slug=slugify(name), defaults={"name": name, "role": role, "country": country, "aliases": "\n".join(aliases)}
    )
    if not created and aliases and not official.aliases:
        official.aliases = "\n".join(aliases)
        official.save(update_fields=["aliases"])
    return official


def load_figure(data: dict, *, announcement: Announcement, source: Source) -> Figure:
    start = source.text.index(data["quote"])  # a demo quote that is not in its note is a bug
    return Figure.objects.create(
        value=data["value"],
        metric=data["metric"],
        qualifier=data.get("qualifier", "exact"),
        category=PrisonerCategory.objects.get(slug=data["category"]) if data.get("category") else None,
        # The state that grants the release (each side of an exchange), else the announcement's.
        country=data.get("country", announcement.country),
        role=data.get("role", Role.TOTAL),
        part_of=announcement.figures.get(value=data["part_of"], role=Role.TOTAL) if data.get("part_of") else None,
        as_of=datetime.date.fromisoformat(data["as_of"]) if data.get("as_of") else announcement.announced_on,
        announcement=None if data.get("context") else announcement,
        source=source,
        quote=data["quote"],
        translation=data.get("translation", ""),
        headline=data.get("headline", True),
        quote_start=start,
        quote_end=start + len(data["quote"]),
        evidence=data.get("evidence", "reported"),
        entered_by=EnteredBy.EDITOR,
    )
