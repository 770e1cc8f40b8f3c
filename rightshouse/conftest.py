"""Shared fixtures: a small three-language site built with the project's factories."""

import datetime
import uuid
from dataclasses import dataclass, field

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import Locale

from rightshouse.core.demo import make_default_site, tree_root
from rightshouse.core.factories import ContentPageFactory, HomePageFactory
from rightshouse.publications.factories import (
    NewsPageFactory,
    PublicationIndexPageFactory,
    StatementPageFactory,
    TagFactory,
)

LANGUAGES = ("be", "ru", "en")
# The fixture's own items predate everything tests add with SmallSite.add_news.
EARLIER = timezone.make_aware(datetime.datetime(2023, 6, 1, 12))


@dataclass
class SmallSite:
    locales: dict
    homes: dict
    news: dict
    tags: dict
    translated: dict  # one news item in all three languages
    be_only: object  # a statement that exists only in Belarusian
    content: dict = field(default_factory=dict)

    def add_news(self, language, count, tags=(), start=None):
        start = start or EARLIER + datetime.timedelta(days=200)
        return [
            NewsPageFactory(
                parent=self.news[language],
                title=f"Item {n} {language}",
                slug=f"item-{n}-{uuid.uuid4().hex[:6]}",
                date=start + datetime.timedelta(hours=n),
                locale=self.locales[language],
                tags=list(tags),
            )
            for n in range(count)
        ]


def translated_pages(factory, parents, locales, titles, slug, **fields):
    key = uuid.uuid4()
    return {
        code: factory(
            parent=parents[code],
            title=titles[code],
            slug=slug.format(code=code),
            locale=locales[code],
            translation_key=key,
            **fields,
        )
        for code in titles
    }


@pytest.fixture
def small_site(db):
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}
    root = tree_root()
    homes = translated_pages(
        HomePageFactory,
        {code: root for code in LANGUAGES},
        locales,
        {"be": "Дом правоў", "ru": "Дом прав", "en": "Rights House"},
        slug="home-{code}",
    )
    make_default_site(homes["be"])
    news = translated_pages(
        PublicationIndexPageFactory,
        homes,
        locales,
        {"be": "Навіны", "ru": "Новости", "en": "News"},
        slug="news",
        show_in_menus=True,
    )
    tag_key = uuid.uuid4()
    tags = {
        code: TagFactory(name=name, slug=slug, locale=locales[code], translation_key=tag_key)
        for code, name, slug in [
            ("be", "Праваабаронцы", "pravaabaroncy"),
            ("ru", "Правозащитники", "pravozashchitniki"),
            ("en", "Human Rights Defenders", "human-rights-defenders"),
        ]
    }
    key = uuid.uuid4()
    translated = {
        code: NewsPageFactory(
            parent=news[code],
            title=title,
            slug="defenders-day",
            lead=lead,
            date=EARLIER,
            locale=locales[code],
            translation_key=key,
            tags=[tags[code]],
        )
        for code, title, lead in [
            ("be", "Дзень праваабаронцаў", "Салідарнасць з калегамі за кратамі."),
            ("ru", "День правозащитников", "Солидарность с коллегами за решёткой."),
            ("en", "Defenders' day", "Solidarity with colleagues who are imprisoned."),
        ]
    }
    be_only = StatementPageFactory(
        parent=news["be"],
        title="Заява толькі па-беларуску",
        slug="only-be",
        lead="Гэтая заява не перакладзеная.",
        kind="joint_statement",
        date=EARLIER,
        locale=locales["be"],
        tags=[tags["be"]],
    )
    content = translated_pages(
        ContentPageFactory,
        homes,
        locales,
        {"be": "Адвакацыя", "ru": "Адвокация", "en": "Advocacy"},
        slug="advocacy",
        show_in_menus=True,
    )
    return SmallSite(locales, homes, news, tags, translated, be_only, content)


def two_factor_device(user):
    """The user's confirmed TOTP device, as after enrolment."""
    device, _created = TOTPDevice.objects.get_or_create(
        user=user, name="authenticator", defaults={"confirmed": True}
    )
    return device


def log_in_with_second_factor(client, user):
    """Log `user` in on `client` as if they had passed the password and the TOTP step."""
    device = two_factor_device(user)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


def verified_session_cookie(user):
    """A session cookie value for a browser: `user` logged in with their second factor."""
    client = log_in_with_second_factor(Client(), user)
    return client.cookies[settings.SESSION_COOKIE_NAME].value


@pytest.fixture
def admin_client(db, admin_user):
    """pytest-django's admin_client, past the second factor the admin requires."""
    return log_in_with_second_factor(Client(), admin_user)
