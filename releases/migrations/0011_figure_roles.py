"""Figure roles and officials' parts (the counting rule).

Every figure gets a role: prison population and detainee counts are context, a figure that
is not its announcement's headline for its quantity is another count of it (alternative),
the rest are totals. An editor then marks parts and their totals. The announcement-official
link, a table Django made for a plain many-to-many, becomes a model of its own with the
official's part (announcer by default); its table and rows stay as they are.
"""

import django.db.models.deletion
from django.db import migrations, models

CONTEXT_METRICS = ("prison_population", "detained")


def give_roles(apps, schema_editor):
    Figure = apps.get_model("releases", "Figure")
    Figure.objects.filter(metric__in=CONTEXT_METRICS).update(role="context")
    Figure.objects.exclude(metric__in=CONTEXT_METRICS).filter(headline=False).update(role="alternative")
    Figure.objects.exclude(metric__in=CONTEXT_METRICS).filter(headline=True).update(role="total")


class Migration(migrations.Migration):

    dependencies = [
        ('releases', '0010_country_kind_index'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='AnnouncementOfficial',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ],
                    options={
                        'db_table': 'releases_announcement_officials',
                        'ordering': ['announcement', 'official'],
                    },
                ),
                migrations.AddField(
                    model_name='announcementofficial',
                    name='announcement',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='official_links', to='releases.announcement'),
                ),
                migrations.AddField(
                    model_name='announcementofficial',
                    name='official',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='announcement_links', to='releases.official'),
                ),
                migrations.AlterField(
                    model_name='announcement',
                    name='officials',
                    field=models.ManyToManyField(blank=True, related_name='announcements', through='releases.AnnouncementOfficial', to='releases.official'),
                ),
                migrations.AddConstraint(
                    model_name='announcementofficial',
                    constraint=models.UniqueConstraint(fields=('announcement', 'official'), name='releases_announcement_official_once'),
                ),
            ],
            database_operations=[],
        ),
        migrations.AddField(
            model_name='announcementofficial',
            name='part',
            field=models.CharField(choices=[('announcer', 'Announced by'), ('commenter', 'Also quoted')], default='announcer', max_length=10),
        ),
        migrations.AddConstraint(
            model_name='announcementofficial',
            constraint=models.CheckConstraint(condition=models.Q(('part__in', ['announcer', 'commenter'])), name='releases_announcementofficial_part_valid'),
        ),
        migrations.AddField(
            model_name='figure',
            name='role',
            field=models.CharField(choices=[('total', 'Total'), ('part', 'Part of a total'), ('alternative', 'Another count of a total'), ('other_event', "Another announcement's count"), ('context', 'Context')], default='total', help_text='How the figure adds up: only totals are summed; a part is inside its total.', max_length=12),
        ),
        migrations.AddField(
            model_name='figure',
            name='part_of',
            field=models.ForeignKey(blank=True, help_text='For a part: the total of this announcement that it divides.', null=True, on_delete=django.db.models.deletion.CASCADE, related_name='parts', to='releases.figure'),
        ),
        migrations.AddField(
            model_name='historicalfigure',
            name='role',
            field=models.CharField(choices=[('total', 'Total'), ('part', 'Part of a total'), ('alternative', 'Another count of a total'), ('other_event', "Another announcement's count"), ('context', 'Context')], default='total', help_text='How the figure adds up: only totals are summed; a part is inside its total.', max_length=12),
        ),
        migrations.AddField(
            model_name='historicalfigure',
            name='part_of',
            field=models.ForeignKey(blank=True, db_constraint=False, help_text='For a part: the total of this announcement that it divides.', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='releases.figure'),
        ),
        migrations.RunPython(give_roles, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name='figure',
            constraint=models.CheckConstraint(condition=models.Q(('role__in', ['total', 'part', 'alternative', 'other_event', 'context'])), name='releases_figure_role_valid'),
        ),
        migrations.AddConstraint(
            model_name='figure',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('part_of__isnull', False), ('role', 'part')), models.Q(models.Q(('role', 'part'), _negated=True), ('part_of__isnull', True)), _connector='OR'), name='releases_figure_part_has_total'),
        ),
        migrations.AddConstraint(
            model_name='figure',
            constraint=models.CheckConstraint(condition=models.Q(('part_of', models.F('pk')), _negated=True), name='releases_figure_part_not_itself'),
        ),
        migrations.AddConstraint(
            model_name='figure',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('metric__in', ('prison_population', 'detained')), _negated=True), ('role', 'context'), _connector='OR'), name='releases_figure_context_metric_is_context'),
        ),
    ]
