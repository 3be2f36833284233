"""The desk's feed filter at a year's size: one feed's sources newest first, from an index that
opens with the feed and so also serves every look-up by feed (the foreign key's own index goes)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("releases", "0018_desk_list_indexes")]

    operations = [
        migrations.AlterField(
            model_name="source",
            name="feed",
            field=models.ForeignKey(
                blank=True,
                db_index=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="sources",
                to="releases.feed",
            ),
        ),
        migrations.AddIndex(
            model_name="source",
            index=models.Index(fields=["feed", "-published_at", "-created_at"], name="releases_source_feed_date_idx"),
        ),
    ]
