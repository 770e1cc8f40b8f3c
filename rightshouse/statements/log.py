"""Appending to and verifying the signature log (domain note, section 5).

`append` must run inside the transaction that changes what it records, after `lock` took the
statement's row: events of one statement are then written one at a time, in order.
"""

import hashlib
import json
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from .models import JointStatement, SignatureEvent

GENESIS = "0" * 64


def lock(statement_id):
    """The statement, its row locked until the end of the current transaction.

    PostgreSQL locks the row; SQLite runs every transaction IMMEDIATE (settings), so a writer
    already holds the database's write lock here."""
    return JointStatement.objects.select_for_update().get(pk=statement_id)


def canonical_payload(statement_key, event):
    """The exact bytes an event's hash is taken of: sorted-key JSON, UTF-8."""
    payload = {
        "statement": str(statement_key),
        "sequence": event.sequence,
        "kind": event.kind,
        "party": event.party_id_value,
        "invitation": event.invitation_id_value,
        "appearance": event.appearance,
        "text_hashes": event.text_hashes,
        "occurred_at": event.occurred_at.isoformat(timespec="microseconds"),
        "previous": event.previous_hash,
    }
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def event_hash(statement_key, event):
    return hashlib.sha256(canonical_payload(statement_key, event)).hexdigest()


def append(statement, kind, *, party=None, invitation=None, appearance="", text_hashes=None):
    """Adds an event after the statement's chain head; `statement` must come from `lock`."""
    assert transaction.get_connection().in_atomic_block, "append() needs a transaction"
    event = SignatureEvent(
        statement=statement,
        sequence=statement.chain_length + 1,
        kind=kind,
        party_id_value=party.pk if party is not None else None,
        invitation_id_value=invitation.pk if invitation is not None else None,
        appearance=appearance,
        text_hashes=text_hashes or {},
        # Stored and hashed at microsecond precision, which every database keeps.
        occurred_at=timezone.now(),
        previous_hash=statement.chain_head or GENESIS,
    )
    event.hash = event_hash(statement.key, event)
    event.save()
    statement.chain_head = event.hash
    statement.chain_length = event.sequence
    JointStatement.objects.filter(pk=statement.pk).update(
        chain_head=event.hash, chain_length=event.sequence
    )
    return event


@dataclass
class ChainReport:
    statement: JointStatement
    length: int
    broken_at: int | None = None  # the sequence number of the first broken link
    reason: str = ""

    @property
    def ok(self):
        return self.broken_at is None


def verify(statement):
    """Recomputes the chain of `statement` and names the first link that does not hold."""
    previous = GENESIS
    expected_sequence = 1
    events = SignatureEvent.objects.filter(statement=statement).order_by("sequence")
    for event in events.iterator():
        if event.sequence != expected_sequence:
            return ChainReport(
                statement, expected_sequence - 1, expected_sequence,
                f"event {expected_sequence} is missing",
            )  # fmt: skip
        if event.previous_hash != previous:
            return ChainReport(
                statement, event.sequence - 1, event.sequence,
                f"event {event.sequence} does not follow event {event.sequence - 1}",
            )  # fmt: skip
        if event_hash(statement.key, event) != event.hash:
            return ChainReport(
                statement, event.sequence - 1, event.sequence,
                f"event {event.sequence} was changed after it was written",
            )  # fmt: skip
        previous = event.hash
        expected_sequence += 1
    length = expected_sequence - 1
    if length != statement.chain_length or previous != (statement.chain_head or GENESIS):
        return ChainReport(
            statement, length, length + 1,
            f"the chain ends at event {length}, but its recorded head is event"
            f" {statement.chain_length}",
        )  # fmt: skip
    return ChainReport(statement, length)
