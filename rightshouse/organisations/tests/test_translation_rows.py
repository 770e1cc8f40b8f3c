"""Migration 0003: one party per translation key, from one row per language."""

import uuid

from rightshouse.organisations.translation_rows import plan_parties


def row(pk, key, language, name, short_name="", website=""):
    return {
        "pk": pk,
        "translation_key": key,
        "language": language,
        "name": name,
        "short_name": short_name,
        "website": website,
    }


def test_rows_of_one_translation_key_become_one_named_party():
    viasna, baj = uuid.uuid4(), uuid.uuid4()
    rows = [
        row(4, viasna, "en", "Viasna", "Viasna", "https://spring96.org"),
        row(2, viasna, "be", "Вясна", "Вясна"),
        row(3, viasna, "ru", "Весна"),
        row(7, baj, "ru", "Белорусская ассоциация журналистов"),
    ]
    first, second = plan_parties(rows)
    assert first.kept_pk == 2 and sorted(first.merged_pks) == [3, 4]
    assert first.values["name_be"] == "Вясна"
    assert first.values["name_ru"] == "Весна"
    assert first.values["name_en"] == "Viasna"
    assert first.values["short_name_ru"] == ""
    assert first.values["website"] == "https://spring96.org"
    assert first.values["safety_level"] == "named"
    assert first.values["slug"] == "viasna"
    # Only a Russian row: it is kept, and its name fills the required Belarusian one.
    assert second.kept_pk == 7 and second.merged_pks == []
    assert second.values["name_be"] == "Белорусская ассоциация журналистов"
    assert second.values["slug"] == "belorusskaya-assotsiatsiya-zhurnalistov"


def test_slugs_are_unique():
    rows = [row(1, uuid.uuid4(), "en", "Same"), row(2, uuid.uuid4(), "en", "Same")]
    assert [plan.values["slug"] for plan in plan_parties(rows)] == ["same", "same-2"]
