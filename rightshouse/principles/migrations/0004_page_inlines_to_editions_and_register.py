"""The page's inline principles become edition 1 (one text per page language) and its
accessions, in their order, the register's numbers 1..n."""

import datetime
import uuid

from django.db import migrations

from rightshouse.core.texts import plain_text, sha256_of


def _source(principles):
    # The order of EditionText.normalised_source(): preamble (none here), the principles, note.
    parts = [""]
    for number, principle in enumerate(principles, start=1):
        parts.append(f"{number}. {principle.title}")
        parts.append(plain_text(principle.body))
    parts.append("")
    return "\n".join(parts)


def forward(apps, schema_editor):
    PrinciplesPage = apps.get_model("principles", "PrinciplesPage")
    PagePrinciple = apps.get_model("principles", "PagePrinciple")
    PageAccession = apps.get_model("principles", "PageAccession")
    Edition = apps.get_model("principles", "Edition")
    EditionText = apps.get_model("principles", "EditionText")
    Accession = apps.get_model("principles", "Accession")
    AccessionEvent = apps.get_model("principles", "AccessionEvent")
    RegisterCounter = apps.get_model("principles", "RegisterCounter")

    pages = list(PrinciplesPage.objects.select_related("locale").order_by("pk"))
    if not pages:
        return
    first = pages[0]
    adopted_on = (first.first_published_at or datetime.datetime.now(datetime.UTC)).date()
    edition = Edition.objects.create(number=1, adopted_on=adopted_on, is_published=True)
    texts = {}
    for page in pages:
        language = page.locale.language_code
        if language in texts:
            continue
        principles = list(PagePrinciple.objects.filter(page=page).order_by("sort_order"))
        texts[language] = EditionText.objects.create(
            edition=edition,
            language=language,
            principles=[
                {
                    "type": "principle",
                    "id": str(uuid.uuid4()),
                    "value": {
                        "title": p.title,
                        "body": p.body,
                        "items_intro": "",
                        "items": [],
                        "after_items": "",
                    },
                }
                for p in principles
            ],
            sha256=sha256_of(_source(principles)),
        )
    # Every language's page had the same accessions; the source page's order numbers them.
    source = next((p for p in pages if p.locale.language_code == "be"), first)
    language = source.locale.language_code
    number = 0
    seen = set()
    for old in PageAccession.objects.filter(page=source).order_by("sort_order", "pk"):
        if old.organisation_id in seen:
            continue
        seen.add(old.organisation_id)
        number += 1
        date = old.acceded_on or adopted_on
        accession = Accession.objects.create(
            number=number,
            party_id=old.organisation_id,
            edition=edition,
            language=language,
            text_sha256=texts[language].sha256,
            acceded_on=date,
            status="active",
            status_since=date,
        )
        AccessionEvent.objects.create(accession=accession, kind="acceded", date=date)
    RegisterCounter.objects.create(pk=1, last_number=number)


class Migration(migrations.Migration):
    dependencies = [("principles", "0003_editions_register_cases")]

    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
