"""A joint statement while it is drafted and signed, and the texts people sign.

The statement lives here, not as a page, until it is published: drafts, invitations and
signatures are not content for the page tree. Publishing (`rightshouse.statements.publishing`)
makes a `publications.StatementPage` per language, linked back by `publication_key` (the
pages' shared translation key).

Each language's text is one `StatementText` whose `sha256` is that of its normalised words
(`rightshouse.core.texts`); every text saved with new words also adds a `StatementTextVersion`,
so a signature "given on an earlier version" can still be read as it was signed.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.fields import RichTextField

from rightshouse.core.records import AppendOnlyModel

TITLE_MAX_LENGTH = 255
LEAD_MAX_LENGTH = 600
BODY_MAX_LENGTH = 60_000
RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link"]


class StatementKind(models.TextChoices):
    JOINT = "joint", _("joint statement")
    SOLIDARITY = "solidarity", _("solidarity statement")


class StatementStatus(models.TextChoices):
    DRAFT = "draft", _("draft")
    OPEN = "open", _("open for signing")
    PUBLISHED = "published", _("published")


class Eligibility(models.TextChoices):
    ANY = "any", _("any organisation")
    ACCEDING = "acceding", _("only organisations that acceded to the Principles")


class SignatoryOrder(models.TextChoices):
    SIGNING = "signing", _("in the order of signing")
    ALPHABETICAL = "alphabetical", _("alphabetically")


class JointStatement(models.Model):
    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    kind = models.CharField(
        _("kind"), max_length=20, choices=StatementKind, default=StatementKind.JOINT
    )
    status = models.CharField(
        _("status"), max_length=20, choices=StatementStatus, default=StatementStatus.DRAFT
    )
    coordinator = models.ForeignKey(
        "organisations.Organisation",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="coordinated_statements",
        verbose_name=_("coordinating organisation"),
        help_text=_("Empty when the House coordinates it."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    source_language = models.CharField(
        _("language of the original"), max_length=5, choices=settings.LANGUAGES, default="be"
    )
    deadline = models.DateTimeField(_("sign-on deadline"))
    eligibility = models.CharField(
        _("who may sign"), max_length=20, choices=Eligibility, default=Eligibility.ANY
    )
    signatory_order = models.CharField(
        _("order of the signatories"),
        max_length=20,
        choices=SignatoryOrder,
        default=SignatoryOrder.SIGNING,
    )
    # Solidarity alerts: who is persecuted, what happened and when (the alert form's answers).
    persecuted = models.CharField(_("who is persecuted"), max_length=255, blank=True)
    what_happened = models.TextField(_("what happened"), max_length=4000, blank=True)
    happened_on = models.DateField(_("when"), null=True, blank=True)

    published_at = models.DateTimeField(null=True, blank=True, editable=False)
    publication_key = models.UUIDField(null=True, blank=True, editable=False)
    # The signature log's last hash and length, kept beside the events in the same transaction
    # (rightshouse.statements.log): deleting the newest event is then detected too.
    chain_head = models.CharField(max_length=64, blank=True, editable=False)
    chain_length = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        verbose_name = _("joint statement")
        verbose_name_plural = _("joint statements")
        ordering = ["-created_at"]
        permissions = [("coordinate_statements", _("Coordinate every joint statement"))]

    def __str__(self):
        text = self.text_in(self.source_language)
        return text.title if text else str(self.key)

    def text_in(self, language):
        for text in self.texts.all():
            if text.language == language:
                return text
        return None

    @property
    def languages(self):
        return [text.language for text in self.texts.all()]

    def current_hashes(self):
        return {text.language: text.sha256 for text in self.texts.all()}


class StatementText(models.Model):
    statement = models.ForeignKey(JointStatement, on_delete=models.CASCADE, related_name="texts")
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    title = models.CharField(_("title"), max_length=TITLE_MAX_LENGTH)
    lead = models.TextField(_("lead"), max_length=LEAD_MAX_LENGTH, blank=True)
    body = RichTextField(_("text"), features=RICH_TEXT_FEATURES, max_length=BODY_MAX_LENGTH)
    sha256 = models.CharField(max_length=64, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["statement", "language"], name="one_statement_text_per_language"
            )
        ]

    def __str__(self):
        return self.title

    def normalised_source(self):
        """What is signed: the title, the lead and the words of the text."""
        from rightshouse.core.texts import plain_text

        return "\n".join([self.title, self.lead, plain_text(self.body)])


class StatementTextVersion(AppendOnlyModel):
    """A text as it was when saved with these words: what earlier signatures were given on."""

    statement = models.ForeignKey(
        JointStatement, on_delete=models.CASCADE, related_name="text_versions"
    )
    language = models.CharField(max_length=5, choices=settings.LANGUAGES)
    sha256 = models.CharField(max_length=64)
    title = models.CharField(max_length=TITLE_MAX_LENGTH)
    lead = models.TextField(blank=True)
    body = models.TextField()
    saved_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["saved_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["statement", "language", "sha256"], name="one_version_per_text_hash"
            )
        ]
