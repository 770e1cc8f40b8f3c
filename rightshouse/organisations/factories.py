import factory
from factory.django import DjangoModelFactory

from .models import Organisation, PrivateDetails, SafetyLevel


class OrganisationFactory(DjangoModelFactory):
    """A named party with its name in three languages; Traits give the other safety levels."""

    class Meta:
        model = Organisation

    name_be = factory.Sequence(lambda n: f"Арганізацыя {n}")
    name_ru = factory.Sequence(lambda n: f"Организация {n}")
    name_en = factory.Sequence(lambda n: f"Organisation {n}")
    safety_level = SafetyLevel.NAMED

    class Params:
        not_named = factory.Trait(safety_level=SafetyLevel.NOT_NAMED)
        confidential = factory.Trait(safety_level=SafetyLevel.CONFIDENTIAL)


class PrivateDetailsFactory(DjangoModelFactory):
    class Meta:
        model = PrivateDetails

    party = factory.SubFactory(OrganisationFactory)
    contacts = "Signal: +000 000 000"
    representatives = "A representative"
