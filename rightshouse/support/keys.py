"""Handler and recovery keys: created here, used by `cases`."""

from django.db import transaction

from . import crypto
from .models import KeyKind, RecipientKey


class NoKeys(Exception):
    """No recovery key or no handler key: the service accepts nothing (fail closed)."""


def create_handler_key(user, passphrase, previous_passphrase=None):
    """A new key pair for `user`; the private half is kept wrapped under the passphrase. An
    earlier key of theirs stops being used. With its passphrase (`previous_passphrase`), the
    cases sealed to it are sealed to the new key too (their keys are opened in memory only);
    without, those cases stay closed to this handler until someone reassigns them. A wrong
    previous passphrase raises crypto.Damaged and changes nothing."""
    from .models import SealedCaseKey

    previous = handler_key(user)
    previous_private = None
    if previous is not None and previous_passphrase is not None:
        previous_private = crypto.unwrap_private_key(
            previous.private_key_salt, previous.wrapped_private_key, previous_passphrase
        )
    private, public = crypto.new_key_pair()
    salt, wrapped = crypto.wrap_private_key(private, passphrase)
    with transaction.atomic():
        RecipientKey.objects.filter(user=user, kind=KeyKind.HANDLER, is_active=True).update(
            is_active=False
        )
        new = RecipientKey.objects.create(
            kind=KeyKind.HANDLER,
            user=user,
            public_key=public,
            private_key_salt=salt,
            wrapped_private_key=wrapped,
        )
        if previous_private is not None:
            for sealed in SealedCaseKey.objects.filter(recipient=previous):
                try:
                    case_key = crypto.unseal(previous_private, sealed.sealed)
                except crypto.Damaged:
                    continue  # a damaged copy: the case stays with its other keys
                SealedCaseKey.objects.create(
                    case_id=sealed.case_id, recipient=new, sealed=crypto.seal(public, case_key)
                )
        return new


def create_recovery_key():
    """A new recovery key pair; returns the private key (hex), which is stored nowhere."""
    private, public = crypto.new_key_pair()
    with transaction.atomic():
        RecipientKey.objects.filter(kind=KeyKind.RECOVERY, is_active=True).update(is_active=False)
        RecipientKey.objects.create(kind=KeyKind.RECOVERY, public_key=public)
    return private.hex()


def recovery_key():
    return RecipientKey.objects.filter(kind=KeyKind.RECOVERY, is_active=True).first()


def handler_key(user):
    return RecipientKey.objects.filter(kind=KeyKind.HANDLER, user=user, is_active=True).first()


def handler_keys():
    return RecipientKey.objects.filter(kind=KeyKind.HANDLER, is_active=True, user__is_active=True)


def is_available():
    """Whether the service can take a case: a recovery key and at least one handler key."""
    return recovery_key() is not None and handler_keys().exists()


def unlock(user, passphrase):
    """The handler's private key, or crypto.Damaged (wrong passphrase) / NoKeys."""
    key = handler_key(user)
    if key is None:
        raise NoKeys
    return crypto.unwrap_private_key(key.private_key_salt, key.wrapped_private_key, passphrase)
