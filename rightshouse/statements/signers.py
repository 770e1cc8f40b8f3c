"""Who signs through an e-mail invitation: the invitation names no organisation, so the
signer types its name.

An organisation already in the directory under that name (in any language, full or short,
whatever its spacing and case) is the one that signs, whatever its safety level; nothing tells
the visitor that a match was found, since that would tell anyone holding a link which
organisations exist, including the confidential ones. Otherwise a new organisation is made,
at the safety level the signer chose for this signature.
"""

from rightshouse.organisations.models import Organisation

from .signing import APPEARANCE_OF_SAFETY_LEVEL

NAME_FIELDS = ("name_be", "name_ru", "name_en", "short_name_be", "short_name_ru", "short_name_en")
SAFETY_LEVEL_OF_APPEARANCE = {
    appearance: level for level, appearance in APPEARANCE_OF_SAFETY_LEVEL.items()
}


def comparable_name(name):
    return " ".join(name.split()).casefold()


def matching_party(name):
    """The directory's organisation with `name` in any of its name columns, or None.

    Compared in Python: SQLite's case-insensitive comparisons only fold ASCII letters, and
    the names are mostly Cyrillic."""
    wanted = comparable_name(name)
    if not wanted:
        return None
    rows = Organisation.objects.order_by("pk").values_list("pk", *NAME_FIELDS)
    for pk, *names in rows.iterator():
        if any(comparable_name(value) == wanted for value in names if value):
            return Organisation.objects.get(pk=pk)
    return None


def party_for_email_invitation(name, appearance, language):
    """The organisation that signs under `name`: the directory's, or a new one."""
    party = matching_party(name)
    if party is not None:
        return party
    name = " ".join(name.split())
    party = Organisation(
        safety_level=SAFETY_LEVEL_OF_APPEARANCE[appearance], **{f"name_{language}": name}
    )
    if language != "be":
        party.name_be = name  # the required column; editors translate it later
    party.save()
    return party
