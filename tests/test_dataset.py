"""export_dataset / import_dataset: the published record round-trips exactly, drafts never leave."""

import datetime
import json

import pytest
from django.core.management import CommandError, call_command

from releases.dataset import iter_rows, published_querysets
from releases.models import (
    Announcement,
    Figure,
    FollowUp,
    Official,
    Prisoner,
    PrisonerCategory,
    PrisonerEvent,
    Source,
)  # fmt: skip
from tests.conftest import make_announcement, make_figure, make_official, make_prisoner, make_source

pytestmark = pytest.mark.django_db


@pytest.fixture
def record():
    """A small published record with every kind of row, beside a draft and a rejected one."""
    official = make_official(name="Gholamhossein Esmaili", aliases="Esmaeili")
    source = make_source(text="Some 85,000 were temporarily released; 189,500 people in prison.", wire_of=None)
    copy = make_source(outlet="Copy Desk", wire_of=source)
    pardon = make_announcement(
        title="Pardon of 10,000", officials=[official], categories=["political"], sources=[source, copy],
        figures=[{"value": 10000, "quote": "forgive 10,000 prisoners", "category": "political"}],
    )  # fmt: skip
    later = make_announcement(title="Release carried out", announced_on=datetime.date(2020, 3, 25))
    FollowUp.objects.create(earlier=pardon, later=later, relation="carries_out")
    make_figure(source=source, metric="prison_population", value=189500, quote="189,500 people in prison",
                quote_start=42, quote_end=66)  # fmt: skip
    prisoner = make_prisoner(name="Nazanin Zaghari-Ratcliffe", nationalities=["GB", "IR"])
    prisoner.announcements.add(pardon)
    PrisonerEvent.objects.create(prisoner=prisoner, kind="temporarily_released", happened_on="2020-03-17",
                                 announcement=pardon)  # fmt: skip
    draft = make_announcement(title="Secret draft", status="draft", figures=[{"value": 7, "quote": "seven"}])
    make_announcement(title="Rejected one", status="rejected")
    hidden = make_prisoner(name="Unconfirmed Name", confirmed=False)
    hidden.announcements.add(pardon)
    make_prisoner(name="Only in a draft").announcements.add(draft)
    return pardon


def normal(value):
    """Many-to-many lists in id order, timestamps as instants (19Z and 19.000Z are one time)."""
    if isinstance(value, list):
        return sorted(value)
    if isinstance(value, str) and len(value) >= 20 and value[10:11] == "T":
        return datetime.datetime.fromisoformat(value)
    return value


def snapshot() -> dict[str, list[dict]]:
    return {
        name: sorted(({k: normal(v) for k, v in row.items()} for row in iter_rows(qs)), key=lambda row: row["pk"])
        for name, qs in published_querysets().items()
    }


def wipe() -> None:
    for model in (PrisonerEvent, FollowUp, Figure, Prisoner, Announcement, Source, Official):
        model.objects.all().delete()


def test_round_trip_restores_every_published_row(record, tmp_path):
    before = snapshot()
    call_command("export_dataset", str(tmp_path / "dataset"))
    wipe()
    call_command("import_dataset", str(tmp_path / "dataset"))
    after = snapshot()
    for part in ("sources",):  # feeds and fetch errors are not part of the public record
        for row in before[part]:
            row.update(feed=None, error="")
    assert after == before
    assert Announcement.objects.count() == 2
    assert Figure.objects.count() == 2
    assert Source.objects.get(outlet="Copy Desk").wire_of.text.startswith("Some 85,000")
    new = Official.objects.create(name="After the restore")  # sequences moved past the restored ids
    assert new.pk > max(row["pk"] for row in before["officials"])


def test_drafts_rejected_and_unconfirmed_records_are_not_exported(record, tmp_path):
    call_command("export_dataset", str(tmp_path))
    text = "".join(path.read_text() for path in tmp_path.iterdir())
    assert "Pardon of 10,000" in text
    for secret in ("Secret draft", "Rejected one", "Unconfirmed Name", "Only in a draft", "seven"):
        assert secret not in text
    prisoners = json.loads((tmp_path / "prisoners.json").read_text())
    assert [p["fields"]["announcements"] for p in prisoners] == [[record.pk]]


def test_manifest_counts_and_checksums(record, tmp_path):
    call_command("export_dataset", str(tmp_path))
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert manifest["files"]["announcements.json"]["rows"] == 2
    assert manifest["files"]["figures.csv"]["rows"] == 2
    assert manifest["files"]["categories.json"]["rows"] == PrisonerCategory.objects.count()
    assert all(len(entry["sha256"]) == 64 for entry in manifest["files"].values())


def test_a_changed_file_is_refused(record, tmp_path):
    call_command("export_dataset", str(tmp_path))
    figures = tmp_path / "figures.json"
    figures.write_text(figures.read_text().replace("10000", "1000"))
    wipe()
    with pytest.raises(CommandError, match="figures.json does not match its checksum"):
        call_command("import_dataset", str(tmp_path))
    assert not Announcement.objects.exists()


def test_restore_refuses_a_database_that_is_not_empty(record, tmp_path):
    call_command("export_dataset", str(tmp_path))
    with pytest.raises(CommandError, match="empty database"):
        call_command("import_dataset", str(tmp_path))


def test_csv_cells_are_safe_for_spreadsheets(tmp_path):
    make_announcement(title='=HYPERLINK("http://evil.example")', figures=[{"value": 1, "quote": "+1 freed"}])
    call_command("export_dataset", str(tmp_path))
    assert "'=HYPERLINK" in (tmp_path / "announcements.csv").read_text()
    assert "'+1 freed" in (tmp_path / "figures.csv").read_text()
