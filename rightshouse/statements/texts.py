"""Saving a statement's texts: every change of words gets a new hash and an earlier-version
record; signatures given on other words become "given on an earlier version"."""

from django.db import transaction

from rightshouse.core.texts import sha256_of

from . import log
from .models import EventKind, Signature, SignatureStatus, StatementText, StatementTextVersion


def save_text(statement, language, *, title, lead, body):
    """Creates or updates the statement's text in `language`. Returns True when its words
    changed (then the change is logged and signers to notify are returned by `stale`)."""
    with transaction.atomic():
        statement = log.lock(statement.pk)
        text = StatementText.objects.filter(statement=statement, language=language).first()
        text = text or StatementText(statement=statement, language=language)
        text.title, text.lead, text.body = title, lead, body
        new_hash = sha256_of(text.normalised_source())
        changed = new_hash != text.sha256
        text.sha256 = new_hash
        text.save()
        if not StatementTextVersion.objects.filter(
            statement=statement, language=language, sha256=new_hash
        ).exists():
            StatementTextVersion.objects.create(
                statement=statement, language=language, sha256=new_hash,
                title=title, lead=lead, body=body,
            )  # fmt: skip
        if changed and statement.signatures.filter(status=SignatureStatus.ACTIVE).exists():
            log.append(statement, EventKind.TEXT_CHANGED, text_hashes=statement.current_hashes())
    return changed


def stale_signatures(statement):
    """Active signatures given on texts other than the current ones."""
    hashes = statement.current_hashes()
    active = Signature.objects.filter(statement=statement, status=SignatureStatus.ACTIVE)
    return [signature for signature in active if signature.text_hashes != hashes]
