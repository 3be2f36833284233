"""Editors may also record prisoner events and follow-ups."""

from django.db import migrations

from releases.permissions import sync_editors_group


class Migration(migrations.Migration):
    dependencies = [("releases", "0005_records_for_citation")]
    operations = [migrations.RunPython(sync_editors_group, migrations.RunPython.noop)]
