"""Restore a dataset folder written by export_dataset into an empty database."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from releases.dataset import DatasetError, import_dataset


class Command(BaseCommand):
    help = "Restore a dataset folder (checked against its manifest) into an empty database."

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)

    def handle(self, *args, path: Path, **options):
        try:
            restored = import_dataset(path)
        except DatasetError as error:
            raise CommandError(str(error)) from error
        for name, count in restored.items():
            self.stdout.write(f"{name:16} {count:8d} rows restored")
