import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from wagtail.images import get_image_model
from wagtail.models import Collection

from .models import ContentPage, HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Rights House"


class ContentPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ContentPage

    title = factory.Sequence(lambda n: f"Page {n}")
    lead = factory.Faker("sentence")


def root_collection():
    """Wagtail's root collection: made by its migrations, but gone after a test database flush."""
    return Collection.get_first_root_node() or Collection.add_root(name="Root")


class ImageFactory(DjangoModelFactory):
    """An uploaded image; small, so that its renditions are quick to make."""

    class Meta:
        model = get_image_model()

    title = factory.Sequence(lambda n: f"Image {n}")
    file = factory.django.ImageField(
        width=600, height=400, color="#8c1d24", format="PNG", filename="image.png"
    )
    collection = factory.LazyFunction(root_collection)
