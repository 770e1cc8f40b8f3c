"""Signing, re-confirming, withdrawing and removing signatures.

All steps take the statement's lock first (`log.lock`), so the one-active-signature rule, the
invitation's single use and the log's order hold under concurrent requests; the partial unique
constraint stands behind them. A second sign-on for an organisation that already signed lands
on its signature (texts updated, appearance made stricter if asked, logged as a
re-confirmation), never a second row and never an error.
"""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from rightshouse.organisations.models import SafetyLevel

from . import log
from .invitations import SIGNABLE, is_usable, new_token, usable_invitation
from .models import Appearance, Eligibility, EventKind, Invitation, Signature, SignatureStatus

# Public appearance can only get stricter than the organisation's own safety level.
_STRICTNESS = [Appearance.NAMED, Appearance.NOT_NAMED, Appearance.CONFIDENTIAL]
APPEARANCE_OF_SAFETY_LEVEL = {
    SafetyLevel.NAMED: Appearance.NAMED,
    SafetyLevel.NOT_NAMED: Appearance.NOT_NAMED,
    SafetyLevel.CONFIDENTIAL: Appearance.CONFIDENTIAL,
}


class SigningError(Exception):
    """A step that is refused; the message says why, in the active language."""


def effective_appearance(signature):
    """How the public may see a signature: the stricter of its choice and the party's level."""
    party_level = APPEARANCE_OF_SAFETY_LEVEL[signature.party.safety_level]
    return stricter_appearance(signature.appearance, party_level)


def may_sign(statement, party):
    if statement.eligibility != Eligibility.ACCEDING:
        return True
    from rightshouse.principles.models import Accession, AccessionStatus

    return Accession.objects.filter(party=party, status=AccessionStatus.ACTIVE).exists()


def sign(statement, party, *, appearance, language, representative_name,
         representative_role="", contact_email="", invitation_token=None, invitation=None,
         user=None):  # fmt: skip
    """Signs `statement` for `party` on its current texts. With `invitation_token` (a link)
    or `invitation` (shown in a representative's account), the invitation is checked and used
    up in the same transaction. Returns (signature, token of the signer's personal link), the
    token None when the organisation had signed already through someone else."""
    arguments = (
        statement, party, appearance, language, representative_name, representative_role,
        contact_email, invitation_token, invitation, user,
    )  # fmt: skip
    try:
        return _sign(*arguments)
    except IntegrityError:
        # Only possible if the lock were bypassed: the constraint refused a second active
        # signature. The organisation has signed; sign again, which lands on that signature.
        return _sign(*arguments)


def _checked_invitation(statement, invitation_token, invitation):
    if invitation_token is not None:
        invitation = usable_invitation(invitation_token, for_update=True)
    elif invitation is not None:
        rows = Invitation.objects.select_for_update().select_related("statement")
        invitation = rows.filter(pk=invitation.pk).first()
        invitation = invitation if invitation and is_usable(invitation) else None
    else:
        return None
    if invitation is None or invitation.statement_id != statement.pk:
        raise SigningError(_("This invitation link cannot be used."))
    return invitation


def _sign(statement, party, appearance, language, representative_name, representative_role,
          contact_email, invitation_token, invitation, user):  # fmt: skip
    token, token_hash = new_token()
    now = timezone.now()
    with transaction.atomic():
        statement = log.lock(statement.pk)
        invitation = _checked_invitation(statement, invitation_token, invitation)
        if statement.status not in SIGNABLE:
            raise SigningError(_("This statement is not open for signing."))
        if not may_sign(statement, party):
            raise SigningError(
                _("Only organisations that acceded to the Principles may sign this statement.")
            )
        hashes = statement.current_hashes()
        if language not in hashes:
            raise SigningError(_("This statement has no text in that language."))
        signature = Signature.objects.filter(
            statement=statement, party=party, status=SignatureStatus.ACTIVE
        ).first()
        if signature is not None and (user is None or signature.signed_by_id != user.pk):
            # Another representative of an organisation that signed: the signature stands on
            # the current texts, as strict as either chose; the first signer's name, contact
            # and personal link stay theirs (whoever holds some invitation cannot take them).
            signature.appearance = stricter_appearance(signature.appearance, appearance)
            token = None
        else:
            signature = signature or Signature(statement=statement, party=party, signed_at=now)
            signature.signed_by = user or signature.signed_by
            signature.representative_name = representative_name
            signature.representative_role = representative_role
            signature.contact_email = contact_email
            signature.appearance = appearance
            signature.language = language
            signature.manage_token_hash = token_hash
        kind = EventKind.SIGNED if signature.pk is None else EventKind.RECONFIRMED
        signature.invitation = invitation or signature.invitation
        signature.text_hashes = hashes
        signature.confirmed_at = now
        signature.save()
        if invitation is not None:
            invitation.used_at = now
            invitation.save(update_fields=["used_at"])
        log.append(statement, kind, party=party, invitation=invitation,
                   appearance=signature.appearance, text_hashes=hashes)  # fmt: skip
    return signature, token


def reconfirm(signature, *, language=None, user=None):
    """Gives the signature again on the current texts; returns the new personal-link token."""
    token, token_hash = new_token()
    with transaction.atomic():
        statement = log.lock(signature.statement_id)
        signature = Signature.objects.select_for_update().get(pk=signature.pk)
        if signature.status != SignatureStatus.ACTIVE:
            raise SigningError(_("This signature was withdrawn."))
        hashes = statement.current_hashes()
        signature.text_hashes = hashes
        signature.language = language or signature.language
        signature.confirmed_at = timezone.now()
        signature.manage_token_hash = token_hash
        if user is not None:
            signature.signed_by = user
        signature.save()
        log.append(statement, EventKind.RECONFIRMED, party=signature.party,
                   appearance=signature.appearance, text_hashes=hashes)  # fmt: skip
    return token


def _end(signature, status, kind):
    with transaction.atomic():
        statement = log.lock(signature.statement_id)
        signature = Signature.objects.select_for_update().get(pk=signature.pk)
        if signature.status != SignatureStatus.ACTIVE:
            raise SigningError(_("This signature was already withdrawn or removed."))
        signature.status = status
        signature.ended_at = timezone.now()
        signature.manage_token_hash = None
        signature.save(update_fields=["status", "ended_at", "manage_token_hash"])
        log.append(statement, kind, party=signature.party)
    return signature


def withdraw(signature):
    """The organisation takes its signature back; the log keeps it, the public lists drop it."""
    return _end(signature, SignatureStatus.WITHDRAWN, EventKind.WITHDRAWN)


def remove(signature):
    """The coordinator removes a signature (e.g. one given on an earlier text)."""
    return _end(signature, SignatureStatus.REMOVED, EventKind.REMOVED)


def signature_for_manage_token(token):
    from .invitations import TOKEN_MAX_LENGTH, hash_token

    if not token or len(token) > TOKEN_MAX_LENGTH:
        return None
    return (
        Signature.objects.select_related("statement", "party")
        .filter(manage_token_hash=hash_token(token), status=SignatureStatus.ACTIVE)
        .first()
    )


def renew_manage_token(signature, token=None):
    """Gives an active signature a new personal link (`token`, or a new one); the old link
    stops working. Returns the token, or None when the signature is no longer active. Not a
    signature event: the signature itself does not change."""
    from .invitations import hash_token

    token = token or new_token()[0]
    with transaction.atomic():
        updated = Signature.objects.filter(pk=signature.pk, status=SignatureStatus.ACTIVE).update(
            manage_token_hash=hash_token(token)
        )
    return token if updated else None


def stricter_appearance(*appearances):
    """The strictest of `appearances` (named < not named for safety < confidential)."""
    return max(appearances, key=_STRICTNESS.index)
