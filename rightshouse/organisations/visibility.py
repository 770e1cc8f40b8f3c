"""What the public may see of parties: one rule, asked by every public surface (directory,
profiles, the Principles page, sitemap, and later the register, its exports and feeds).

- "named": listed by name, with a profile;
- "not named for safety": counted only ("and 3 organisations not named for safety"), and in
  a numbered list shown as "not named for safety" in place of the name;
- "confidential": never shown, not even counted.

Public surfaces read parties through these functions only, and never follow
`Organisation.private_details`.
"""

from .models import Organisation, SafetyLevel


def _parties(queryset):
    return Organisation.objects.all() if queryset is None else queryset


def public_parties(queryset=None):
    """The parties of `queryset` (all by default) that may be shown by name."""
    return _parties(queryset).filter(safety_level=SafetyLevel.NAMED)


def not_named_count(queryset=None):
    """How many parties of `queryset` may be counted but not named."""
    return _parties(queryset).filter(safety_level=SafetyLevel.NOT_NAMED).count()


def counted_parties(queryset=None):
    """The parties of `queryset` that may appear at all: by name or as "not named"."""
    return _parties(queryset).exclude(safety_level=SafetyLevel.CONFIDENTIAL)


def is_named(party):
    return party.safety_level == SafetyLevel.NAMED


def is_counted(party):
    """Whether the party may appear at all (by name, or as "not named for safety")."""
    return party.safety_level in (SafetyLevel.NAMED, SafetyLevel.NOT_NAMED)
