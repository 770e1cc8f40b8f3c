"""Editions of the Principles: each holds its text in every language, hashed per language.

An accession is given on one edition's text in one language (domain note, section 4), so the
SHA-256 of each language's normalised text is kept beside it and recorded with the accession.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.fields import RichTextField, StreamField

from rightshouse.core.fallback import LANGUAGE_CODES, fallback_order
from rightshouse.core.texts import plain_text, sha256_of

from ..blocks import TEXT_FEATURES, PrincipleBlock


def _rich_text_words(value):
    """The words of a RichTextBlock value (a RichText, or its source as a string)."""
    return plain_text(getattr(value, "source", value) or "")


class EditionQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def current(self):
        """The edition in force: the published one with the highest number."""
        return self.published().order_by("-number").first()


class Edition(ClusterableModel):
    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    adopted_on = models.DateField(_("date of adoption"))
    is_published = models.BooleanField(
        _("published"),
        default=False,
        help_text=_("The published edition with the highest number is the one in force."),
    )

    objects = EditionQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("number"), FieldPanel("adopted_on"), FieldPanel("is_published")]),
        InlinePanel(
            "texts", label=_("Text in one language"), min_num=1, max_num=len(LANGUAGE_CODES)
        ),
    ]

    class Meta:
        verbose_name = _("edition of the Principles")
        verbose_name_plural = _("editions of the Principles")
        ordering = ["-number"]

    def __str__(self):
        return _("Edition %(number)s") % {"number": self.number}

    def text_in(self, language=None):
        """The text in `language` (the active one by default), else the first of be, ru, en
        that exists."""
        texts = {text.language: text for text in self.texts.all()}
        for code in fallback_order(language):
            if code in texts:
                return texts[code]
        return None


class EditionText(models.Model):
    edition = ParentalKey(Edition, on_delete=models.CASCADE, related_name="texts")
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    preamble = RichTextField(_("preamble"), blank=True, features=TEXT_FEATURES)
    principles = StreamField(
        [("principle", PrincipleBlock())], verbose_name=_("principles"), blank=True
    )
    explanatory_note = RichTextField(_("explanatory note"), blank=True, features=TEXT_FEATURES)
    sha256 = models.CharField(_("SHA-256"), max_length=64, editable=False)

    panels = [
        FieldPanel("language"),
        FieldPanel("preamble"),
        FieldPanel("principles"),
        FieldPanel("explanatory_note"),
    ]

    class Meta:
        verbose_name = _("text of an edition")
        constraints = [
            models.UniqueConstraint(
                fields=["edition", "language"], name="one_text_per_language_per_edition"
            )
        ]

    def __str__(self):
        return f"{self.edition} ({self.get_language_display()})"

    def save(self, *args, **kwargs):
        self.sha256 = sha256_of(self.normalised_source())
        super().save(*args, **kwargs)

    def numbered_principles(self):
        """[(number, the principle's StructValue)], numbered from 1 in order."""
        return [(number, block.value) for number, block in enumerate(self.principles, start=1)]

    def normalised_source(self):
        """The words the hash covers, in reading order: preamble, each principle with its
        number, title, text and list, then the explanatory note."""
        parts = [plain_text(self.preamble)]
        for number, principle in self.numbered_principles():
            parts.append(f"{number}. {principle['title']}")
            parts.append(_rich_text_words(principle.get("body")))
            if principle.get("items_intro"):
                parts.append(principle["items_intro"])
            parts.extend(f"- {item}" for item in principle.get("items") or [])
            parts.append(_rich_text_words(principle.get("after_items")))
        parts.append(plain_text(self.explanatory_note))
        return "\n".join(parts)
