"""Invitations, signatures and the accounts that represent an organisation.

An invitation's token is shown once (in its e-mail or to the coordinator) and stored only as
its SHA-256: a copy of the database cannot be used to sign. A signature is the organisation's:
at most one active signature per organisation per statement, enforced by a partial unique
constraint. The representative's own name and role are private (never on a public surface);
`text_hashes` holds the SHA-256 of every language version the signature was given on.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .statements import JointStatement


class Appearance(models.TextChoices):
    NAMED = "named", _("named")
    NOT_NAMED = "not_named", _("not named for safety")
    CONFIDENTIAL = "confidential", _("confidential")


class SignatureStatus(models.TextChoices):
    ACTIVE = "active", _("signed")
    WITHDRAWN = "withdrawn", _("withdrawn")
    REMOVED = "removed", _("removed by the coordinator")


class Representative(models.Model):
    """An account that may act for an organisation: its invitations appear in the account,
    and, if the organisation acceded to the Principles, it may draft joint statements."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="representations"
    )
    party = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.CASCADE,
        related_name="representatives_with_accounts",
        verbose_name=_("organisation"),
    )

    class Meta:
        verbose_name = _("representative")
        verbose_name_plural = _("representatives")
        constraints = [models.UniqueConstraint(fields=["user", "party"], name="one_representation")]

    def __str__(self):
        return f"{self.user} – {self.party}"


class Invitation(models.Model):
    statement = models.ForeignKey(
        JointStatement, on_delete=models.PROTECT, related_name="invitations"
    )
    # One of the two: an organisation of the directory, or an e-mail address (private).
    party = models.ForeignKey(
        "organisations.Organisation",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="statement_invitations",
    )
    email = models.EmailField(blank=True)
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(party__isnull=False) | ~Q(email=""), name="invitation_has_invitee"
            )
        ]

    def __str__(self):
        return str(self.party) if self.party_id else self.email


class Signature(models.Model):
    statement = models.ForeignKey(
        JointStatement, on_delete=models.PROTECT, related_name="signatures"
    )
    party = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="signatures"
    )
    invitation = models.ForeignKey(
        Invitation, null=True, blank=True, on_delete=models.PROTECT, related_name="signatures"
    )
    signed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    representative_name = models.CharField(_("your name"), max_length=200)
    representative_role = models.CharField(_("your role"), max_length=200, blank=True)
    contact_email = models.EmailField(_("e-mail for notices"), blank=True)
    appearance = models.CharField(max_length=20, choices=Appearance, default=Appearance.NAMED)
    language = models.CharField(max_length=5, choices=settings.LANGUAGES)
    text_hashes = models.JSONField(default=dict)
    signed_at = models.DateTimeField()
    confirmed_at = models.DateTimeField()
    status = models.CharField(
        max_length=20, choices=SignatureStatus, default=SignatureStatus.ACTIVE
    )
    ended_at = models.DateTimeField(null=True, blank=True)
    # Token of the signer's personal link to re-confirm or withdraw (its SHA-256 only).
    manage_token_hash = models.CharField(max_length=64, null=True, blank=True, unique=True)

    class Meta:
        ordering = ["signed_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["statement", "party"],
                condition=Q(status="active"),
                name="one_active_signature_per_party",
            )
        ]

    def __str__(self):
        return f"{self.party} – {self.statement}"

    def is_current(self, hashes=None):
        """Whether the signature was given on the texts as they are now, in every language."""
        hashes = self.statement.current_hashes() if hashes is None else hashes
        return self.text_hashes == hashes
