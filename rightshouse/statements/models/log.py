"""The signature log: per statement, an append-only hash chain of events.

Each event's `hash` is the SHA-256 of its canonical JSON (`canonical_payload`), which holds the
previous event's hash: changing, inserting or deleting a row breaks the chain from there on,
and `JointStatement.chain_head`/`chain_length`, kept in the same transaction, catch the
newest row's deletion. `rightshouse.statements.log` appends and verifies; nothing private
(representatives' names, e-mail addresses) is in an event.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from rightshouse.core.records import AppendOnlyModel

from .statements import JointStatement


class EventKind(models.TextChoices):
    INVITED = "invited", _("invited")
    INVITATION_REVOKED = "invitation_revoked", _("invitation revoked")
    SIGNED = "signed", _("signed")
    RECONFIRMED = "reconfirmed", _("re-confirmed")
    WITHDRAWN = "withdrawn", _("withdrawn")
    REMOVED = "removed", _("removed by the coordinator")
    TEXT_CHANGED = "text_changed", _("text changed")
    PUBLISHED = "published", _("published")


class SignatureEvent(AppendOnlyModel):
    statement = models.ForeignKey(JointStatement, on_delete=models.PROTECT, related_name="events")
    sequence = models.PositiveIntegerField()
    kind = models.CharField(max_length=30, choices=EventKind)
    # The organisation concerned (none for an e-mail invitation or a text change), and the
    # invitation, by number only.
    party_id_value = models.BigIntegerField(null=True, blank=True)
    invitation_id_value = models.BigIntegerField(null=True, blank=True)
    appearance = models.CharField(max_length=20, blank=True)
    text_hashes = models.JSONField(default=dict)
    occurred_at = models.DateTimeField()
    previous_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64)

    class Meta:
        ordering = ["statement", "sequence"]
        constraints = [
            models.UniqueConstraint(
                fields=["statement", "sequence"], name="one_event_per_chain_position"
            )
        ]
