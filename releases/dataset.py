"""The whole published dataset as files, and back: what researchers download, and a backup.

A dataset folder holds, for each kind of record, `<name>.json` (Django's serialisation:
what `import_dataset` reads) and `<name>.csv` (for spreadsheets), plus `manifest.json`
with the row count, size and SHA-256 of every file. Only published records are written:
published announcements and what they reach (figures, sources, officials, confirmed
prisoners and their events, follow-ups between published announcements, categories).
"""

import csv
import datetime
import hashlib
import json
from collections.abc import Iterable
from pathlib import Path

from django.core import serializers
from django.db import connection, models, transaction

from releases.spreadsheet import safe_cell

from .choices import Status
from .models import (
    Announcement,
    AnnouncementOfficial,
    Figure,
    FollowUp,
    Official,
    Prisoner,
    PrisonerCategory,
    PrisonerEvent,
    Source,
)

FORMAT_VERSION = 1


class DatasetError(Exception):
    """The folder is not a dataset this version can restore, or it was altered."""


def published_querysets() -> dict[str, models.QuerySet]:
    """Each part of the public dataset, in the order a restore must insert them."""
    announcements = Announcement.objects.published()
    figures = Figure.objects.published()
    source_ids = set(Source.objects.filter(announcements__in=announcements).values_list("pk", flat=True))
    source_ids |= set(figures.values_list("source_id", flat=True))
    prisoners = Prisoner.objects.filter(confirmed=True, announcements__in=announcements).distinct()
    return {
        "categories": PrisonerCategory.objects.all(),
        "officials": Official.objects.filter(announcements__in=announcements).distinct(),
        "sources": Source.objects.filter(pk__in=source_ids),
        "announcements": announcements,
        # Who announced and who commented: the link rows, with each official's part.
        "official_links": AnnouncementOfficial.objects.filter(announcement__in=announcements),
        "figures": figures,
        "prisoners": prisoners,
        "prisoner_events": PrisonerEvent.objects.filter(prisoner__in=prisoners).exclude(
            announcement__status__in=[Status.DRAFT, Status.REJECTED]
        ),
        "follow_ups": FollowUp.objects.filter(earlier__in=announcements, later__in=announcements),
    }


def public_fields(name: str, obj: models.Model, exported: dict[str, set[int]]) -> None:
    """Blank what is not public, or points outside the dataset, before writing a record."""
    if name == "sources":
        obj.feed_id = None  # feeds are the editors' tooling, not part of the record
        obj.error = ""
        if obj.wire_of_id not in exported["sources"]:
            obj.wire_of_id = None
    if name == "prisoner_events" and obj.source_id not in exported["sources"]:
        obj.source_id = None


def export_dataset(path: Path) -> dict:
    """Write the published dataset into the folder `path`; returns the manifest."""
    path.mkdir(parents=True, exist_ok=True)
    parts = published_querysets()
    exported = {name: set(qs.order_by().values_list("pk", flat=True)) for name, qs in parts.items()}
    manifest = {
        "format": FORMAT_VERSION,
        "created_at": datetime.datetime.now(datetime.UTC).isoformat(),
        "files": {},
    }
    for name, queryset in parts.items():
        objects = list(queryset.order_by("pk"))
        for obj in objects:
            public_fields(name, obj, exported)
        if name == "prisoners":
            public_ids = exported["announcements"]
            for obj in objects:  # only the published announcements a prisoner appears in
                obj._public_announcements = [
                    pk for pk in obj.announcements.values_list("pk", flat=True) if pk in public_ids
                ]
        write_json(path / f"{name}.json", name, objects)
        write_csv(path / f"{name}.csv", objects)
        for suffix in ("json", "csv"):
            manifest["files"][f"{name}.{suffix}"] = file_entry(path / f"{name}.{suffix}", len(objects))
    (path / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    return manifest


def stored_fields(model: type[models.Model]) -> list[models.Field]:
    """The columns a record carries; a generated one (the search vector) is the database's
    own index material, not part of the record."""
    return [f for f in model._meta.concrete_fields if not f.generated]


def write_json(path: Path, name: str, objects: list[models.Model]) -> None:
    model = type(objects[0]) if objects else None
    names = None if model is None else [f.name for f in stored_fields(model) + list(model._meta.many_to_many)]
    data = json.loads(serializers.serialize("json", objects, fields=names))
    if name == "prisoners":
        for item, obj in zip(data, objects, strict=True):
            item["fields"]["announcements"] = obj._public_announcements
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True))


def write_csv(path: Path, objects: list[models.Model]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        if not objects:
            writer.writerow([])
            return
        fields = stored_fields(type(objects[0]))
        m2m = [f.name for f in objects[0]._meta.many_to_many]
        writer.writerow([f.attname for f in fields] + m2m)
        for obj in objects:
            row = [field.value_to_string(obj) for field in fields]
            row += [";".join(str(pk) for pk in getattr(obj, name).values_list("pk", flat=True)) for name in m2m]
            writer.writerow([safe_cell(value) for value in row])


def file_entry(path: Path, rows: int) -> dict:
    return {"rows": rows, "bytes": path.stat().st_size, "sha256": sha256(path)}


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def verify(path: Path) -> dict:
    """The manifest, once every file it lists is present with its checksum."""
    try:
        manifest = json.loads((path / "manifest.json").read_text())
    except (OSError, ValueError) as error:
        raise DatasetError(f"no readable manifest.json in {path}: {error}") from error
    if manifest.get("format") != FORMAT_VERSION:
        raise DatasetError(f"dataset format {manifest.get('format')!r} is not {FORMAT_VERSION}")
    for name, entry in manifest["files"].items():
        file = path / name
        if not file.exists():
            raise DatasetError(f"{name} is listed in the manifest but missing")
        if sha256(file) != entry["sha256"]:
            raise DatasetError(f"{name} does not match its checksum: the file was changed or damaged")
    return manifest


def import_dataset(path: Path) -> dict[str, int]:
    """Restore a dataset folder into an empty database; returns the rows restored per part."""
    verify(path)
    if Announcement.objects.exists() or Source.objects.exists() or Official.objects.exists():
        raise DatasetError("the database already holds records: restore only into an empty database")
    restored = {}
    with transaction.atomic():
        PrisonerCategory.objects.all().delete()  # made by a migration; the dataset carries its own
        for name in published_querysets():
            restored[name] = load(path / f"{name}.json")
        reset_sequences()
    return restored


def load(path: Path) -> int:
    count, deferred = 0, []
    for deserialized in serializers.deserialize("json", path.read_text(), handle_forward_references=True):
        deserialized.save()
        if deserialized.deferred_fields:  # points at a row later in the same file
            deferred.append(deserialized)
        count += 1
    for deserialized in deferred:
        deserialized.save_deferred_fields()
    return count


def reset_sequences() -> None:
    """After inserting explicit ids, move PostgreSQL's sequences past them."""
    from django.core.management.color import no_style

    models_ = [Announcement, Figure, FollowUp, Official, Prisoner, PrisonerCategory, PrisonerEvent, Source]
    statements = connection.ops.sequence_reset_sql(no_style(), models_)
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def iter_rows(objects: Iterable[models.Model]) -> Iterable[dict]:
    """Each object as a plain dict (what the round-trip test compares)."""
    for item in json.loads(serializers.serialize("json", objects)):
        yield {"pk": item["pk"], **item["fields"]}
