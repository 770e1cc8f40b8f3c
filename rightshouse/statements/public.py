"""What the public sees of a statement's signatories: one list and one count, used by the
page, the feeds, the exports, the PDF and the directory profiles (domain note, section 2).

Named signatures of named parties are listed; "not named for safety" ones are counted only;
confidential ones (by choice or by the party's safety level) are neither. Withdrawn and
removed signatures are gone from all of these.
"""

from dataclasses import dataclass, field

from rightshouse.core.fallback import first_filled
from rightshouse.publications.listing import alphabetical_key

from .models import Appearance, SignatoryOrder, Signature, SignatureStatus
from .signing import effective_appearance


@dataclass
class PublicSignatory:
    party: object
    name: str
    signed_at: object
    joined_after_publication: bool


@dataclass
class Signatories:
    named: list = field(default_factory=list)
    not_named_count: int = 0

    @property
    def count(self):
        """The canonical count: every signatory the public may count."""
        return len(self.named) + self.not_named_count


def party_name(party, language):
    return first_filled(party, "name", language)[1]


def public_signatories(statement, language):
    signatures = Signature.objects.filter(
        statement=statement, status=SignatureStatus.ACTIVE
    ).select_related("party")
    result = Signatories()
    for signature in signatures.order_by("signed_at", "pk"):
        appearance = effective_appearance(signature)
        if appearance == Appearance.NOT_NAMED:
            result.not_named_count += 1
        elif appearance == Appearance.NAMED:
            published_at = statement.published_at
            joined_late = bool(published_at and signature.signed_at > published_at)
            result.named.append(
                PublicSignatory(
                    signature.party,
                    party_name(signature.party, language),
                    signature.signed_at,
                    joined_late,
                )
            )
    if statement.signatory_order == SignatoryOrder.ALPHABETICAL:
        result.named.sort(key=lambda signatory: alphabetical_key(signatory.name, language))
    return result
