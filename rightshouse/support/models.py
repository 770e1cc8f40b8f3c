"""Support cases, encrypted at rest (rightshouse.support.crypto).

What the database holds in the clear is only what the service needs to run and what a seized
copy may reveal: that cases exist, their status, and dates rounded to the day. Everything an
applicant or handler writes — answers, consents, contact, messages, attachments' names, types
and sizes — is a ciphertext under the case's key, bound to its case and record. The case key
exists only sealed: to each assigned handler, to the recovery key, and (if the applicant took
a receipt) under a key derived from the receipt. No IP address, user agent, file name or hash
of plaintext is stored; attachments are files with random names holding a secretstream.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from rightshouse.core.records import AppendOnlyModel


class KeyKind(models.TextChoices):
    HANDLER = "handler", _("case handler")
    RECOVERY = "recovery", _("recovery")


class RecipientKey(models.Model):
    """A public key case keys are sealed to. A handler's private key is kept here only
    wrapped under Argon2id of their passphrase; the recovery key's private half never is."""

    kind = models.CharField(max_length=20, choices=KeyKind)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="support_keys",
    )
    public_key = models.BinaryField(max_length=32)
    private_key_salt = models.BinaryField(max_length=16, null=True)
    wrapped_private_key = models.BinaryField(max_length=128, null=True)
    created_on = models.DateField(auto_now_add=True)
    is_active = models.BooleanField(default=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user"],
                condition=models.Q(is_active=True, kind="handler"),
                name="one_active_key_per_handler",
            ),
            models.UniqueConstraint(
                fields=["kind"],
                condition=models.Q(is_active=True, kind="recovery"),
                name="one_active_recovery_key",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.pk}"


class CaseStatus(models.TextChoices):
    NEW = "new", _("new")
    IN_PROGRESS = "in_progress", _("in progress")
    HELPED = "helped", _("helped")
    CLOSED = "closed", _("closed")


class CaseKind(models.TextChoices):
    REQUEST = "request", _("request for support")
    OFFER = "offer", _("offer of support")


class Case(models.Model):
    """A request for support, or an offer of it ("Provide support"): the same channel."""

    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    kind = models.CharField(max_length=20, choices=CaseKind, default=CaseKind.REQUEST)
    status = models.CharField(max_length=20, choices=CaseStatus, default=CaseStatus.NEW)
    created_on = models.DateField()
    last_activity_on = models.DateField()
    closed_on = models.DateField(null=True, blank=True)
    # Receipt: where to find the case, and the case key under the receipt's own key.
    receipt_lookup = models.CharField(max_length=64, null=True, blank=True, unique=True)
    applicant_key_box = models.BinaryField(null=True)
    handlers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="support_cases"
    )

    class Meta:
        ordering = ["-last_activity_on", "-pk"]
        permissions = [("handle_cases", _("Handle support cases"))]

    def __str__(self):
        return _("Case %(number)s") % {"number": self.pk}


class SealedCaseKey(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="sealed_keys")
    recipient = models.ForeignKey(RecipientKey, on_delete=models.PROTECT, related_name="+")
    sealed = models.BinaryField(max_length=128)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["case", "recipient"], name="one_sealed_key_each")
        ]

    def __str__(self):
        return f"{self.case} → {self.recipient}"


class RecordKind(models.TextChoices):
    REQUEST = "request", _("request")
    CONTACT = "contact", _("contact")
    CONSENT = "consent", _("consent")
    FROM_APPLICANT = "from_applicant", _("message from the applicant")
    FROM_HANDLER = "from_handler", _("reply from a handler")
    ATTACHMENT = "attachment", _("attachment")
    MATCH = "match", _("offer matched, with the applicant's consent")


class Record(models.Model):
    """One encrypted piece of a case. An attachment's record holds its name, type and size;
    its bytes are the file `stored_name` under SUPPORT_FILES_DIR."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="records")
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    kind = models.CharField(max_length=20, choices=RecordKind)
    ciphertext = models.BinaryField()
    stored_name = models.CharField(max_length=64, blank=True)
    created_on = models.DateField()

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return f"{self.case}: {self.get_kind_display()}"


class AuditAction(models.TextChoices):
    CREATED = "created", _("case received")
    VIEWED = "viewed", _("case read")
    DOWNLOADED = "downloaded", _("attachment downloaded")
    EXPORTED = "exported", _("case exported")
    REPLIED = "replied", _("reply written")
    STATUS = "status", _("status changed")
    REASSIGNED = "reassigned", _("handlers changed")
    MATCHED = "matched", _("offer matched")
    REFUSED = "refused", _("access refused")
    DELETED = "deleted", _("case deleted")
    RETENTION = "retention", _("deleted by retention")


class AuditEntry(AppendOnlyModel):
    """Who did what to which case, on which day; never what the case says. Kept after the
    case is deleted (the case is then known by its number only)."""

    case_number = models.PositiveBigIntegerField()
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=20, choices=AuditAction)
    on = models.DateField()

    class Meta:
        ordering = ["-on", "-pk"]
