"""compile_translations: every locale/<lang>/LC_MESSAGES/*.po to its .mo, in pure Python.

Django's compilemessages needs GNU msgfmt; this needs only Babel, so `make run` works on
a machine with nothing but Python. A .mo is rewritten only when its .po is newer.
"""

from pathlib import Path

from babel.messages import mofile, pofile
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


def compile_po(po_path: Path, *, use_fuzzy: bool = False) -> Path:
    """Write the .mo beside `po_path` and return its path; a .po that cannot be read raises."""
    with po_path.open("rb") as handle:
        catalog = pofile.read_po(handle, abort_invalid=True)
    errors = [f"{message.id!r}: {'; '.join(map(str, problems))}" for message, problems in catalog.check()]
    if errors:
        raise CommandError(f"{po_path}: " + " | ".join(errors))
    mo_path = po_path.with_suffix(".mo")
    with mo_path.open("wb") as handle:
        mofile.write_mo(handle, catalog, use_fuzzy=use_fuzzy)
    return mo_path


def po_files() -> list[Path]:
    return sorted(p for base in settings.LOCALE_PATHS for p in Path(base).glob("*/LC_MESSAGES/*.po"))


class Command(BaseCommand):
    help = "Compile the project's .po translation files to .mo files (pure Python, no msgfmt)."
    # It runs before the database exists (`make test` on a fresh machine, the image build),
    # and the model checks connect to PostgreSQL to ask its version.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="recompile even when the .mo is up to date")

    def handle(self, *args, force: bool = False, **options):
        compiled = 0
        for po_path in po_files():
            mo_path = po_path.with_suffix(".mo")
            if not force and mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                continue
            compile_po(po_path)
            compiled += 1
            if options["verbosity"] > 1:
                self.stdout.write(f"compiled {po_path}")
        if options["verbosity"] > 0:
            self.stdout.write(f"{compiled} translation file(s) compiled")
