"""From one `Organisation` row per language (wagtail-localize translations linked by
`translation_key`) to one party per translation key: used once, by migration 0003.

`plan_parties` is pure (rows in, plan out) so that it is tested directly; `apply_plan` writes
the plan with the migration's historical models.
"""

from dataclasses import dataclass, field

from .slugs import base_slug, unique_slug

LANGUAGE_ORDER = ("be", "ru", "en")


@dataclass
class PartyPlan:
    kept_pk: int
    values: dict
    merged_pks: list = field(default_factory=list)


def plan_parties(rows):
    """`rows`: dicts with pk, translation_key, language, name, short_name, website. One plan
    per translation key: the Belarusian row is kept (else the first of ru, en, then the lowest
    pk), it takes each language's name and short name, and the other rows merge into it."""
    groups = {}
    for row in sorted(rows, key=lambda row: row["pk"]):
        groups.setdefault(row["translation_key"], []).append(row)
    plans, slugs = [], set()
    for group in groups.values():
        by_language = {}
        for row in group:
            by_language.setdefault(row["language"], row)
        kept = next((by_language[code] for code in LANGUAGE_ORDER if code in by_language), group[0])
        names = {code: row["name"] for code, row in by_language.items() if code in LANGUAGE_ORDER}
        values = {
            **{f"name_{code}": names.get(code, "") for code in LANGUAGE_ORDER},
            **{
                f"short_name_{code}": by_language[code]["short_name"] if code in by_language else ""
                for code in LANGUAGE_ORDER
            },
            "website": kept["website"] or next((r["website"] for r in group if r["website"]), ""),
            # They were listed by name on the public Principles page already.
            "safety_level": "named",
        }
        values["name_be"] = values["name_be"] or kept["name"]
        slug = unique_slug(base_slug(names or {"en": kept["name"]}), slugs.__contains__)
        slugs.add(slug)
        values["slug"] = slug
        merged = [row["pk"] for row in group if row["pk"] != kept["pk"]]
        plans.append(PartyPlan(kept_pk=kept["pk"], values=values, merged_pks=merged))
    return plans


def apply_plan(organisation_model, accession_model, plans):
    for plan in plans:
        organisation_model.objects.filter(pk=plan.kept_pk).update(**plan.values)
        if plan.merged_pks:
            accession_model.objects.filter(organisation_id__in=plan.merged_pks).update(
                organisation_id=plan.kept_pk
            )
            organisation_model.objects.filter(pk__in=plan.merged_pks).delete()


def one_party_per_translation_key(apps, schema_editor):
    organisation_model = apps.get_model("organisations", "Organisation")
    accession_model = apps.get_model("principles", "Accession")
    rows = [
        {
            "pk": row.pk,
            "translation_key": row.translation_key,
            "language": row.locale.language_code,
            "name": row.name,
            "short_name": row.short_name,
            "website": row.website,
        }
        for row in organisation_model.objects.select_related("locale")
    ]
    apply_plan(organisation_model, accession_model, plan_parties(rows))
