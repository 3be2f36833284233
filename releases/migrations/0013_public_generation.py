"""The public generation as a database row (releases/invalidation.py): a change to what is
public replaces it in its own transaction, so no cache outage can lose the invalidation."""

import time

from django.db import migrations, models


def first_generation(apps, schema_editor):
    apps.get_model("releases", "PublicGeneration").objects.get_or_create(pk=1, defaults={"value": time.time_ns()})


class Migration(migrations.Migration):
    dependencies = [("releases", "0012_counted_index")]

    operations = [
        migrations.CreateModel(
            name="PublicGeneration",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "value",
                    models.BigIntegerField(default=0, help_text="When the generation began, in ns since the epoch."),
                ),
            ],
            options={"ordering": ["pk"]},
        ),
        migrations.RunPython(first_generation, migrations.RunPython.noop),
    ]
