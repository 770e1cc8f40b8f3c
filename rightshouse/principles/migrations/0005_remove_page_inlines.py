from django.db import migrations


class Migration(migrations.Migration):
    """The page's old inline principles and accessions, copied by 0004, go."""

    dependencies = [
        ("principles", "0004_page_inlines_to_editions_and_register"),
    ]

    operations = [
        migrations.AlterUniqueTogether(
            name='pageprinciple',
            unique_together=None,
        ),
        migrations.RemoveField(
            model_name='pageprinciple',
            name='locale',
        ),
        migrations.RemoveField(
            model_name='pageprinciple',
            name='page',
        ),
        migrations.DeleteModel(
            name='PageAccession',
        ),
        migrations.DeleteModel(
            name='PagePrinciple',
        ),
    ]
