from django.db import migrations

from rightshouse.organisations.translation_rows import one_party_per_translation_key


class Migration(migrations.Migration):
    dependencies = [
        ("organisations", "0002_party_fields"),
        ("principles", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(one_party_per_translation_key, migrations.RunPython.noop),
    ]
