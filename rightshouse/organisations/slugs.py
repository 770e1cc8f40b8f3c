"""A party's public slug: its name in Latin letters (BGN/PCGN, rightshouse.core.slugs)."""

from rightshouse.core.slugs import latin_slug


def base_slug(names):
    """The slug for a party with these {language code: name}: the English name when there is
    one (already Latin), otherwise the Belarusian or Russian one transliterated."""
    for code in ("en", "be", "ru"):
        slug = latin_slug(names.get(code) or "", code)
        if slug:
            return slug[:70].strip("-")
    return "party"


def unique_slug(slug, taken):
    """`slug`, or `slug-2`, `slug-3`…: the first for which `taken(candidate)` is false."""
    candidate, number = slug, 1
    while taken(candidate):
        number += 1
        candidate = f"{slug}-{number}"
    return candidate


def party_slug(party):
    names = {code: getattr(party, f"name_{code}", "") for code in ("be", "ru", "en")}
    others = type(party)._default_manager.exclude(pk=party.pk)
    return unique_slug(base_slug(names), lambda slug: others.filter(slug=slug).exists())
