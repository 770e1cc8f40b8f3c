import factory
import wagtail_factories

from .models import PrinciplesPage


class PrinciplesPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PrinciplesPage

    title = "Principles of Human Rights Work"
    slug = factory.LazyAttribute(lambda page: "principles")
