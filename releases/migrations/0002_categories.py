"""The eleven prisoner categories of the corpus schema."""

from django.db import migrations

from releases.choices import CATEGORIES


def create_categories(apps, schema_editor):
    PrisonerCategory = apps.get_model("releases", "PrisonerCategory")
    for slug, name, description in CATEGORIES:
        PrisonerCategory.objects.update_or_create(slug=slug, defaults={"name": name, "description": description})


class Migration(migrations.Migration):
    dependencies = [("releases", "0001_initial")]
    operations = [migrations.RunPython(create_categories, migrations.RunPython.noop)]
