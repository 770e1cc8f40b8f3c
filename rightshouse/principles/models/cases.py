"""Complaints of a breach of the Principles and declarations of a conflict of interest.

A case moves received -> under review -> resolved or dismissed; every move and every internal
note is a `CaseEntry`, never edited. The reporter's name and contact are for staff only: no
public page, feed, export or e-mail carries them. They are stored in the clear for now;
encryption at rest (domain note, section 6) comes with the support issue.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from rightshouse.core.records import AppendOnlyModel


class CaseKind(models.TextChoices):
    BREACH = "breach", _("suspected breach of the Principles")
    CONFLICT_OF_INTEREST = "conflict_of_interest", _("conflict of interest")


class CaseStatus(models.TextChoices):
    RECEIVED = "received", _("received")
    UNDER_REVIEW = "under_review", _("under review")
    RESOLVED = "resolved", _("resolved")
    DISMISSED = "dismissed", _("dismissed")


# Where a case may go from each status.
NEXT_STATUSES = {
    CaseStatus.RECEIVED: [CaseStatus.UNDER_REVIEW, CaseStatus.DISMISSED],
    CaseStatus.UNDER_REVIEW: [CaseStatus.RESOLVED, CaseStatus.DISMISSED],
    CaseStatus.RESOLVED: [],
    CaseStatus.DISMISSED: [],
}


class Case(models.Model):
    kind = models.CharField(_("kind"), max_length=30, choices=CaseKind)
    # The party concerned when the reporter chose one on the register; otherwise what they wrote.
    party = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="cases",
        verbose_name=_("party concerned"),
    )
    party_described = models.CharField(
        _("party concerned, as described"), max_length=255, blank=True
    )
    principles_concerned = models.CharField(_("principles concerned"), max_length=100, blank=True)
    description = models.TextField(_("description"), max_length=8000)
    reporter_name = models.CharField(_("reporter's name"), max_length=255, blank=True)
    reporter_contact = models.TextField(_("reporter's contact"), max_length=1000, blank=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)

    status = models.CharField(
        _("status"), max_length=20, choices=CaseStatus, default=CaseStatus.RECEIVED
    )
    submitted_at = models.DateTimeField(_("received at"), auto_now_add=True, db_index=True)
    decision = models.TextField(_("decision (internal)"), blank=True)
    decided_on = models.DateField(_("decided on"), null=True, blank=True)
    public_outcome_be = models.TextField(_("public outcome (Belarusian)"), blank=True)
    public_outcome_ru = models.TextField(_("public outcome (Russian)"), blank=True)
    public_outcome_en = models.TextField(_("public outcome (English)"), blank=True)
    outcome_published = models.BooleanField(_("outcome published"), default=False)

    class Meta:
        verbose_name = _("complaints case")
        verbose_name_plural = _("complaints cases")
        ordering = ["-submitted_at"]

    def __str__(self):
        return _("Case %(number)s") % {"number": self.pk}


class CaseEntry(AppendOnlyModel):
    """A status change (with its note) or an internal note alone."""

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="entries")
    created_at = models.DateTimeField(auto_now_add=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    status = models.CharField(_("new status"), max_length=20, choices=CaseStatus, blank=True)
    note = models.TextField(_("internal note"), blank=True)

    class Meta:
        verbose_name = _("case entry")
        verbose_name_plural = _("case entries")
        ordering = ["case", "created_at", "pk"]

    def __str__(self):
        return f"{self.case}: {self.created_at:%Y-%m-%d %H:%M}"
