"""Handler and recovery keys: created here, used by `cases`."""

from django.db import transaction

from . import crypto
from .models import KeyKind, RecipientKey


class NoKeys(Exception):
    """No recovery key or no handler key: the service accepts nothing (fail closed)."""


def create_handler_key(user, passphrase):
    """A new key pair for `user`; the private half is kept wrapped under the passphrase. An
    earlier key of theirs stops being used for new cases (the cases sealed to it keep it)."""
    private, public = crypto.new_key_pair()
    salt, wrapped = crypto.wrap_private_key(private, passphrase)
    with transaction.atomic():
        RecipientKey.objects.filter(user=user, kind=KeyKind.HANDLER, is_active=True).update(
            is_active=False
        )
        return RecipientKey.objects.create(
            kind=KeyKind.HANDLER,
            user=user,
            public_key=public,
            private_key_salt=salt,
            wrapped_private_key=wrapped,
        )


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
