import factory
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from .models import Organisation


class OrganisationFactory(DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Organisation {n}")
    locale = factory.LazyFunction(Locale.get_default)
