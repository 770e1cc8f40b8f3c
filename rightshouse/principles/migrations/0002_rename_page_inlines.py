from django.db import migrations, models
import django.db.models.deletion
import modelcluster.fields


class Migration(migrations.Migration):
    """The page's inline principles and accessions make way for editions and the register
    (0003-0005); renamed first so that the register's `Accession` can take the name."""

    dependencies = [
        ("principles", "0001_initial"),
        ("organisations", "0005_party_fields_final"),
    ]

    operations = [
        migrations.RenameModel("Accession", "PageAccession"),
        migrations.RenameModel("Principle", "PagePrinciple"),
        migrations.AlterField(
            model_name="pageaccession",
            name="organisation",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="organisations.organisation",
            ),
        ),
        migrations.AlterField(
            model_name="pageprinciple",
            name="page",
            field=modelcluster.fields.ParentalKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="old_principles",
                to="principles.principlespage",
            ),
        ),
        migrations.AlterField(
            model_name="pageaccession",
            name="page",
            field=modelcluster.fields.ParentalKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="old_accessions",
                to="principles.principlespage",
            ),
        ),
    ]
