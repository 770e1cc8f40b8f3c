"""The party: one organisation, initiative or individual defender, whatever the language.

Names, short names and descriptions are columns per language (be, the default, ru, en) on the
one row, so a party is counted once everywhere and every reference (accessions now; signatures,
co-authorships, complaints later) points at one identity. What the public may see of a party is
decided by `rightshouse.organisations.visibility`, and nowhere else.
"""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.search import index

from rightshouse.core.fallback import LANGUAGE_CODES, first_filled

from .slugs import party_slug

PRIVATE_DETAILS_PERMISSION = "organisations.change_privatedetails"


class Kind(models.TextChoices):
    ORGANISATION = "organisation", _("organisation")
    INITIATIVE = "initiative", _("initiative")
    DEFENDER = "defender", _("individual defender")


class Role(models.TextChoices):
    MEMBER = "member", _("House member")
    PARTNER = "partner", _("partner")
    INTERNATIONAL_PARTNER = "international_partner", _("international partner")


class SafetyLevel(models.TextChoices):
    NAMED = "named", _("named")
    NOT_NAMED = "not_named", _("not named for safety")
    CONFIDENTIAL = "confidential", _("confidential")


def _per_language(field_name):
    return [f"{field_name}_{code}" for code in LANGUAGE_CODES]


class Organisation(index.Indexed, ClusterableModel):
    """A party. Its public slug is Latin and never changes once given (links to profiles)."""

    slug = models.SlugField(
        _("slug"),
        max_length=80,
        unique=True,
        blank=True,  # save() makes it from the name
        help_text=_("The Latin address of the public profile; made from the name when empty."),
    )
    name_be = models.CharField(_("name (Belarusian)"), max_length=255)
    name_ru = models.CharField(_("name (Russian)"), max_length=255, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=255, blank=True)
    short_name_be = models.CharField(_("short name (Belarusian)"), max_length=80, blank=True)
    short_name_ru = models.CharField(_("short name (Russian)"), max_length=80, blank=True)
    short_name_en = models.CharField(_("short name (English)"), max_length=80, blank=True)
    description_be = models.TextField(_("description (Belarusian)"), blank=True)
    description_ru = models.TextField(_("description (Russian)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind, default=Kind.ORGANISATION)
    role = models.CharField(_("role"), max_length=30, choices=Role, default=Role.MEMBER)
    # The safest level by default: a party is named only when an editor says so.
    safety_level = models.CharField(
        _("safety level"), max_length=20, choices=SafetyLevel, default=SafetyLevel.NOT_NAMED
    )
    city = models.CharField(_("city"), max_length=120, blank=True)
    country = models.CharField(_("country"), max_length=120, blank=True)
    in_exile = models.BooleanField(_("in exile"), default=False)
    website = models.URLField(_("website"), blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel(name) for name in _per_language("name")]
            + [FieldPanel(name) for name in _per_language("short_name")],
            heading=_("Names"),
        ),
        MultiFieldPanel(
            [FieldPanel(name) for name in _per_language("description")],
            heading=_("Description"),
        ),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("role"), FieldPanel("safety_level")]),
        FieldRowPanel([FieldPanel("city"), FieldPanel("country"), FieldPanel("in_exile")]),
        FieldPanel("website"),
        FieldPanel("slug"),
    ]
    # Shown only to those with PRIVATE_DETAILS_PERMISSION (viewsets.py): the editors who may
    # change a party's public texts do not all see its contacts.
    private_panels = [InlinePanel("private_details", label=_("Private details"), max_num=1)]
    search_fields = [
        *(index.SearchField(name) for name in _per_language("name")),
        *(index.AutocompleteField(name) for name in _per_language("name")),
        *(index.SearchField(name) for name in _per_language("short_name")),
        # The admin listing sorts search results by its columns (viewsets.py).
        *(index.FilterField(name) for name in _per_language("name")),
        index.FilterField("kind"),
        index.FilterField("role"),
        index.FilterField("safety_level"),
    ]

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name_be"]

    def __str__(self):
        return self.name

    def in_language(self, field_name, language=None):
        """The field in `language` (the active one by default), else in Belarusian, Russian,
        English: the first that is filled."""
        return first_filled(self, field_name, language)[1]

    @property
    def name(self):
        return self.in_language("name")

    @property
    def short_name(self):
        return self.in_language("short_name")

    @property
    def description(self):
        return self.in_language("description")

    def get_absolute_url(self):
        return reverse("organisations:profile", args=[self.slug])

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = party_slug(self)
        super().save(*args, **kwargs)


class PrivateDetails(models.Model):
    """What only staff may see of a party: its contacts and representatives.

    A table of its own so that no public query selects it by accident: the public surfaces
    read `Organisation` through `visibility.public_parties` and never follow this relation.
    These fields are stored in the clear for now; encryption at rest of private contacts
    (domain note, section 6) comes with the support issue.
    """

    party = ParentalKey(Organisation, on_delete=models.CASCADE, related_name="private_details")
    contacts = models.TextField(_("private contacts"), blank=True)
    representatives = models.TextField(_("representatives"), blank=True)

    panels = [FieldPanel("contacts"), FieldPanel("representatives")]

    class Meta:
        verbose_name = _("private details")
        verbose_name_plural = _("private details")

    def __str__(self):
        return str(_("private details"))
