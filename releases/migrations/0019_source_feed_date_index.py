"""The desk's feed filter at a year's size: one feed's sources newest first."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("releases", "0018_desk_list_indexes")]

    operations = [
        migrations.AddIndex(
            model_name="source",
            index=models.Index(fields=["feed", "-published_at", "-created_at"], name="releases_source_feed_date_idx"),
        ),
    ]
