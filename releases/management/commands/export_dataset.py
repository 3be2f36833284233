"""Write every published record into a folder: JSON, CSV and a manifest of checksums."""

from pathlib import Path

from django.core.management.base import BaseCommand

from releases.dataset import export_dataset


class Command(BaseCommand):
    help = "Export the published dataset (JSON and CSV per kind of record, manifest.json with checksums)."

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)

    def handle(self, *args, path: Path, **options):
        manifest = export_dataset(path)
        for name, entry in sorted(manifest["files"].items()):
            if name.endswith(".json"):
                self.stdout.write(f"{name[:-5]:16} {entry['rows']:8d} rows")
        self.stdout.write(f"dataset written to {path}")
