import datetime

import factory
import wagtail_factories
from django.utils import timezone
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from rightshouse.core.blocks import paragraph_stream

from .models import NewsPage, Publication, PublicationIndexPage, PublicationTag, StatementPage, Tag


class TagFactory(DjangoModelFactory):
    class Meta:
        model = Tag

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.LazyAttribute(lambda tag: slugify(tag.name))
    locale = factory.LazyFunction(Locale.get_default)


class PublicationIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PublicationIndexPage

    title = factory.Sequence(lambda n: f"Publications {n}")


class PublicationFactory(wagtail_factories.PageFactory):
    """Builds a publication under `parent`; `tags=[...]` links tags after it is saved.

    `body` takes the StreamField's value, or HTML for a body of one paragraph block.
    """

    class Meta:
        model = NewsPage
        skip_postgeneration_save = True

    title = factory.Faker("sentence", nb_words=7)
    lead = factory.Faker("paragraph", nb_sentences=2)
    body = factory.LazyAttribute(lambda page: f"<p>{page.lead}</p>")
    date = factory.Sequence(
        lambda n: (
            timezone.make_aware(datetime.datetime(2020, 1, 1, 12)) + datetime.timedelta(days=n)
        )
    )

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        if isinstance(kwargs.get("body"), str):
            kwargs["body"] = paragraph_stream(kwargs["body"])
        return super()._adjust_kwargs(**kwargs)

    @factory.post_generation
    def tags(page, create, extracted, **kwargs):
        for tag in extracted or []:
            PublicationTag.objects.create(publication=page, tag=tag)


class NewsPageFactory(PublicationFactory):
    class Meta:
        model = NewsPage


class StatementPageFactory(PublicationFactory):
    class Meta:
        model = StatementPage

    kind = Publication.Kind.STATEMENT
