"""The desk's lists at a year's size: every announcement newest first (whatever its status), and
one outlet's sources newest first."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("releases", "0017_source_search")]

    operations = [
        migrations.AddIndex(
            model_name="announcement",
            index=models.Index(fields=["-announced_on", "-id"], name="releases_ann_date_idx"),
        ),
        migrations.AddIndex(
            model_name="source",
            index=models.Index(fields=["outlet", "-published_at"], name="releases_source_outlet_idx"),
        ),
    ]
