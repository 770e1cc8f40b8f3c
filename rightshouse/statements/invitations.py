"""Personal, single-use, expiring invitations to sign.

The token (32 random bytes, URL-safe) goes into the link and nowhere else; the database keeps
its SHA-256. `usable_invitation` answers None for every link that cannot be used — unknown,
expired, revoked, used, or of a statement no longer open — so the page a visitor sees cannot
tell these apart, nor whether the statement exists.
"""

import hashlib
import secrets

from django.db import transaction
from django.utils import timezone

from . import log
from .models import EventKind, Invitation, StatementStatus

TOKEN_BYTES = 32
TOKEN_MAX_LENGTH = 64
SIGNABLE = (StatementStatus.OPEN, StatementStatus.PUBLISHED)


def new_token():
    token = secrets.token_urlsafe(TOKEN_BYTES)
    return token, hash_token(token)


def hash_token(token):
    return hashlib.sha256(token.encode()).hexdigest()


def invite(statement, *, party=None, email="", expires_at=None, user=None):
    """Creates an invitation; returns it with its token, which is not stored."""
    token, token_hash = new_token()
    with transaction.atomic():
        statement = log.lock(statement.pk)
        invitation = Invitation.objects.create(
            statement=statement,
            party=party,
            email=email,
            token_hash=token_hash,
            expires_at=expires_at or statement.deadline,
            created_by=user,
        )
        log.append(statement, EventKind.INVITED, party=party, invitation=invitation)
    return invitation, token


def is_usable(invitation, now=None):
    now = now or timezone.now()
    return (
        invitation.used_at is None
        and invitation.revoked_at is None
        and invitation.expires_at > now
        and invitation.statement.status in SIGNABLE
    )


def usable_invitation(token, *, for_update=False):
    """The invitation of `token` if it can be used now, else None (whatever the reason)."""
    if not token or len(token) > TOKEN_MAX_LENGTH:
        return None
    invitations = Invitation.objects.select_related("statement", "party")
    if for_update:
        invitations = invitations.select_for_update(of=("self",))
    invitation = invitations.filter(token_hash=hash_token(token)).first()
    if invitation is None or not is_usable(invitation):
        return None
    return invitation


def revoke(invitation, user=None):
    with transaction.atomic():
        statement = log.lock(invitation.statement_id)
        invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
        if invitation.revoked_at or invitation.used_at:
            return False
        invitation.revoked_at = timezone.now()
        invitation.save(update_fields=["revoked_at"])
        log.append(
            statement, EventKind.INVITATION_REVOKED, party=invitation.party, invitation=invitation
        )
    return True
