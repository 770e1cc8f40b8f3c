from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("organisations", "0003_one_party_per_translation_key"),
    ]

    operations = [
        migrations.AlterUniqueTogether(name="organisation", unique_together=set()),
        migrations.RemoveField(model_name="organisation", name="translation_key"),
        migrations.RemoveField(model_name="organisation", name="locale"),
        migrations.RemoveField(model_name="organisation", name="name"),
        migrations.RemoveField(model_name="organisation", name="short_name"),
    ]
