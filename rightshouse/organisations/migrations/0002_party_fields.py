import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models


def _text(name, verbose, max_length=None):
    if max_length:
        return (
            name,
            models.CharField(blank=True, default="", max_length=max_length, verbose_name=verbose),
        )
    return (name, models.TextField(blank=True, default="", verbose_name=verbose))


class Migration(migrations.Migration):
    dependencies = [
        ("organisations", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="organisation",
            name="slug",
            field=models.SlugField(max_length=80, null=True, verbose_name="slug"),
        ),
        *(
            migrations.AddField(model_name="organisation", name=name, field=field)
            for name, field in [
                _text("name_be", "name (Belarusian)", 255),
                _text("name_ru", "name (Russian)", 255),
                _text("name_en", "name (English)", 255),
                _text("short_name_be", "short name (Belarusian)", 80),
                _text("short_name_ru", "short name (Russian)", 80),
                _text("short_name_en", "short name (English)", 80),
                _text("description_be", "description (Belarusian)"),
                _text("description_ru", "description (Russian)"),
                _text("description_en", "description (English)"),
                _text("city", "city", 120),
                _text("country", "country", 120),
            ]
        ),
        migrations.AddField(
            model_name="organisation",
            name="kind",
            field=models.CharField(
                choices=[
                    ("organisation", "organisation"),
                    ("initiative", "initiative"),
                    ("defender", "individual defender"),
                ],
                default="organisation",
                max_length=20,
                verbose_name="kind",
            ),
        ),
        migrations.AddField(
            model_name="organisation",
            name="role",
            field=models.CharField(
                choices=[
                    ("member", "House member"),
                    ("partner", "partner"),
                    ("international_partner", "international partner"),
                ],
                default="member",
                max_length=30,
                verbose_name="role",
            ),
        ),
        migrations.AddField(
            model_name="organisation",
            name="safety_level",
            field=models.CharField(
                choices=[
                    ("named", "named"),
                    ("not_named", "not named for safety"),
                    ("confidential", "confidential"),
                ],
                default="not_named",
                max_length=20,
                verbose_name="safety level",
            ),
        ),
        migrations.AddField(
            model_name="organisation",
            name="in_exile",
            field=models.BooleanField(default=False, verbose_name="in exile"),
        ),
        migrations.CreateModel(
            name="PrivateDetails",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("contacts", models.TextField(blank=True, verbose_name="private contacts")),
                ("representatives", models.TextField(blank=True, verbose_name="representatives")),
                (
                    "party",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="private_details",
                        to="organisations.organisation",
                    ),
                ),
            ],
            options={"verbose_name": "private details", "verbose_name_plural": "private details"},
        ),
    ]
