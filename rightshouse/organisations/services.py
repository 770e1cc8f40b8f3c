"""Joining two records of the same party (the admin's merge action calls this)."""

from django.db import models, transaction
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from .models import LANGUAGE_CODES, Organisation, PrivateDetails, SafetyLevel

MERGE_ACTION = "rightshouse_organisations.merge"
TRANSLATED_FIELDS = ("name", "short_name", "description")
PLAIN_FIELDS = ("city", "country", "website")
STRICTNESS = [SafetyLevel.NAMED, SafetyLevel.NOT_NAMED, SafetyLevel.CONFIDENTIAL]


class MergeRefused(ValueError):
    """A merge that would break a rule; the message says why, in the active language."""


def references_to_parties():
    """[(model, field name)] of every foreign key to a party, in every installed app: found
    through the model's meta, so the apps that add references later are covered."""
    return [
        (relation.related_model, relation.field.name)
        for relation in Organisation._meta.related_objects
        if isinstance(relation.field, models.ForeignKey)
    ]


def merge_parties(kept, duplicate, user=None):
    """Moves every reference of `duplicate` to `kept`, fills `kept`'s empty texts from
    `duplicate`, joins their private details, deletes `duplicate` and logs the merge; all in
    one transaction. Returns {model label: references moved}."""
    moved = {}
    with transaction.atomic():
        kept = Organisation.objects.select_for_update().get(pk=kept.pk)
        duplicate = Organisation.objects.select_for_update().get(pk=duplicate.pk)
        check_merge(kept, duplicate)
        _drop_repeated_representations(kept, duplicate)
        for model, field_name in references_to_parties():
            if model is PrivateDetails:
                continue
            count = model._base_manager.filter(**{field_name: duplicate}).update(
                **{field_name: kept}
            )
            if count:
                moved[model._meta.label] = count
        _join_private_details(kept, duplicate)
        for field_name in TRANSLATED_FIELDS:
            for code in LANGUAGE_CODES:
                name = f"{field_name}_{code}"
                if not getattr(kept, name):
                    setattr(kept, name, getattr(duplicate, name))
        for name in PLAIN_FIELDS:
            if not getattr(kept, name):
                setattr(kept, name, getattr(duplicate, name))
        # The same party under two safety levels: the stricter one protects it.
        kept.safety_level = max(kept.safety_level, duplicate.safety_level, key=STRICTNESS.index)
        kept.save()
        duplicate_label = {"id": duplicate.pk, "slug": duplicate.slug}
        duplicate.delete()
        log(
            instance=kept,
            action=MERGE_ACTION,
            user=user,
            data={"duplicate": duplicate_label, "moved": moved},
        )
    return moved


def check_merge(kept, duplicate):
    """MergeRefused when the two may not become one.

    One place on the register per party, and numbers are never reused: two parties that
    both acceded cannot become one (one of the numbers would have to go). Only one on the
    register: its accession moves to the party kept with the other references."""
    # Imported here: the principles app depends on this one, not the other way round.
    from rightshouse.principles.models import Accession

    if kept.pk == duplicate.pk:
        raise MergeRefused(_("A party cannot be merged into itself."))
    numbers = sorted(
        Accession.objects.filter(party__in=[kept, duplicate]).values_list("number", flat=True)
    )
    if len(numbers) > 1:
        raise MergeRefused(
            _(
                "Both parties are on the register of accession (Nos. %(numbers)s). A party "
                "has one place on the register and numbers are never reused, so they cannot "
                "be merged."
            )
            % {"numbers": ", ".join(str(number) for number in numbers)}
        )
    # One active signature per organisation per statement: a statement both signed would
    # end with two.
    from rightshouse.statements.models import Signature, SignatureStatus

    active = Signature.objects.filter(status=SignatureStatus.ACTIVE)
    signed_by_both = active.filter(
        party=kept, statement__in=active.filter(party=duplicate).values("statement")
    )
    if signed_by_both.exists():
        raise MergeRefused(
            _(
                "Both parties signed the same joint statement. Withdraw or remove one of the "
                "two signatures first."
            )
        )


def _drop_repeated_representations(kept, duplicate):
    """An account that represents both parties represents the merged one once."""
    from rightshouse.statements.models import Representative

    kept_users = Representative.objects.filter(party=kept).values("user")
    Representative.objects.filter(party=duplicate, user__in=kept_users).delete()


def _join_private_details(kept, duplicate):
    """One set of private details for the merged party: the texts of both, one after another."""
    theirs = list(PrivateDetails.objects.filter(party=duplicate))
    if not theirs:
        return
    ours = PrivateDetails.objects.filter(party=kept).first()
    if ours is None:
        ours = PrivateDetails(party=kept)
    for details in theirs:
        for name in ("contacts", "representatives"):
            texts = [getattr(ours, name), getattr(details, name)]
            setattr(ours, name, "\n".join(text for text in texts if text))
    ours.save()
    PrivateDetails.objects.filter(pk__in=[details.pk for details in theirs]).delete()
