"""Factories for statements, their texts, invitations and signatures (tests and demo)."""

import datetime

import factory
from django.utils import timezone

from rightshouse.organisations.factories import OrganisationFactory

from . import invitations, signing, texts
from .models import Appearance, JointStatement, StatementStatus


class JointStatementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = JointStatement

    status = StatementStatus.OPEN
    deadline = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))


def add_text(statement, language="be", title=None, lead="", body="<p>Text of the statement.</p>"):
    texts.save_text(
        statement, language, title=title or f"Statement ({language})", lead=lead, body=body
    )
    return statement.texts.get(language=language)


def open_statement(languages=("be", "en"), **kwargs):
    """An open statement with a text in each of `languages`."""
    statement = JointStatementFactory(**kwargs)
    for language in languages:
        add_text(statement, language)
    return statement


def signed(statement, party=None, appearance=Appearance.NAMED, language=None, name="A. Person"):
    """A signature of `party` (a new named organisation by default) through an invitation."""
    party = party or OrganisationFactory()
    _invitation, token = invitations.invite(statement, party=party)
    signature, _manage_token = signing.sign(
        statement,
        party,
        appearance=appearance,
        language=language or statement.texts.first().language,
        representative_name=name,
        invitation_token=token,
    )
    return signature
