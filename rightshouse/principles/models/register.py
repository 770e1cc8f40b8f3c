"""The numbered register of accession and the applications that lead to it.

An accession's number is given once, by `rightshouse.principles.register.approve` (or
`record_accession` for accessions made before this site) in the transaction that adds the
accession: the counter row is updated first, so concurrent approvals wait for each other and
numbers are never reused, skipped or duplicated. What happens to an accession afterwards
(withdrawal, suspension, exclusion, reinstatement) is an `AccessionEvent`; the accession's
`status` is the last event's, kept beside the events in the same transaction.

Applications hold the applicant's private contact and representative in the clear for now:
encryption at rest of such fields (domain note, section 6) comes with the support issue.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from rightshouse.core.records import AppendOnlyModel
from rightshouse.organisations.models import Kind


class AccessionStatus(models.TextChoices):
    ACTIVE = "active", _("acceded")
    WITHDRAWN = "withdrawn", _("withdrawn")
    SUSPENDED = "suspended", _("suspended")
    EXCLUDED = "excluded", _("excluded")


class EventKind(models.TextChoices):
    ACCEDED = "acceded", _("accession")
    WITHDRAWN = "withdrawn", _("withdrawal")
    SUSPENDED = "suspended", _("suspension")
    EXCLUDED = "excluded", _("exclusion")
    REINSTATED = "reinstated", _("reinstatement")


# The status an accession has after each kind of event.
STATUS_AFTER = {
    EventKind.ACCEDED: AccessionStatus.ACTIVE,
    EventKind.WITHDRAWN: AccessionStatus.WITHDRAWN,
    EventKind.SUSPENDED: AccessionStatus.SUSPENDED,
    EventKind.EXCLUDED: AccessionStatus.EXCLUDED,
    EventKind.REINSTATED: AccessionStatus.ACTIVE,
}


class RegisterCounter(models.Model):
    """One row: the last number given. Updated first in an approval's transaction."""

    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=models.Q(id=1), name="one_register_counter")
        ]

    def __str__(self):
        return str(self.last_number)


class Accession(models.Model):
    """A party's place on the register. Never deleted; its number never changes."""

    number = models.PositiveIntegerField(_("number"), unique=True, editable=False)
    party = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.PROTECT,
        related_name="accessions",
        verbose_name=_("party"),
    )
    edition = models.ForeignKey(
        "principles.Edition",
        on_delete=models.PROTECT,
        related_name="accessions",
        verbose_name=_("edition"),
    )
    # The text acceded to: the edition in this language, with the hash it had then.
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    text_sha256 = models.CharField(_("SHA-256 of the text"), max_length=64)
    acceded_on = models.DateField(_("acceded on"))
    status = models.CharField(
        _("status"), max_length=20, choices=AccessionStatus, default=AccessionStatus.ACTIVE
    )
    status_since = models.DateField(_("status since"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("accession")
        verbose_name_plural = _("accessions")
        ordering = ["number"]
        constraints = [
            # One place on the register per party: a second application is joined to it.
            models.UniqueConstraint(fields=["party"], name="one_accession_per_party"),
        ]

    def __str__(self):
        return _("No. %(number)s") % {"number": self.number}


class AccessionEvent(AppendOnlyModel):
    accession = models.ForeignKey(
        Accession, on_delete=models.PROTECT, related_name="events", verbose_name=_("accession")
    )
    kind = models.CharField(_("event"), max_length=20, choices=EventKind)
    date = models.DateField(_("date"))
    # Shown on the register; required for suspensions and exclusions (decisions).
    public_reason_be = models.TextField(_("public reason (Belarusian)"), blank=True)
    public_reason_ru = models.TextField(_("public reason (Russian)"), blank=True)
    public_reason_en = models.TextField(_("public reason (English)"), blank=True)
    case = models.ForeignKey(
        "principles.Case",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="accession_events",
        verbose_name=_("case"),
        help_text=_("The complaints case whose decision this is, if any."),
    )
    recorded_at = models.DateTimeField(auto_now_add=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("register event")
        verbose_name_plural = _("register events")
        ordering = ["accession", "date", "pk"]

    def __str__(self):
        return f"{self.accession}: {self.get_kind_display()} {self.date}"


class ApplicationStatus(models.TextChoices):
    RECEIVED = "received", _("received")
    APPROVED = "approved", _("approved")
    REJECTED = "rejected", _("rejected")
    JOINED = "joined", _("joined to an existing accession")


class AccessionApplication(models.Model):
    """What an applicant sent through the accession form, and the staff's decision."""

    kind = models.CharField(_("kind"), max_length=20, choices=Kind, default=Kind.ORGANISATION)
    name = models.CharField(_("name"), max_length=255)
    city = models.CharField(_("city"), max_length=120, blank=True)
    country = models.CharField(_("country"), max_length=120, blank=True)
    in_exile = models.BooleanField(_("in exile"), default=False)
    website = models.URLField(_("website"), max_length=300, blank=True)
    representative_name = models.CharField(_("representative"), max_length=255)
    representative_role = models.CharField(_("representative's role"), max_length=255, blank=True)
    contact = models.TextField(_("private contact for verification"), max_length=1000)
    edition = models.ForeignKey(
        "principles.Edition",
        on_delete=models.PROTECT,
        related_name="applications",
        verbose_name=_("edition"),
    )
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    text_sha256 = models.CharField(_("SHA-256 of the text"), max_length=64)
    consent_to_publication = models.BooleanField(_("consents to publication"), default=False)
    not_named_for_safety = models.BooleanField(_("asks not to be named for safety"), default=False)

    status = models.CharField(
        _("status"), max_length=20, choices=ApplicationStatus, default=ApplicationStatus.RECEIVED
    )
    submitted_at = models.DateTimeField(_("received at"), auto_now_add=True, db_index=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decision_reason = models.TextField(_("reason"), blank=True)
    # The party approved as, or the existing one it was joined to.
    party = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="applications",
        verbose_name=_("party"),
    )

    class Meta:
        verbose_name = _("application to accede")
        verbose_name_plural = _("applications to accede")
        ordering = ["-submitted_at"]

    def __str__(self):
        return _("Application of %(date)s") % {"date": f"{self.submitted_at:%Y-%m-%d}"}
