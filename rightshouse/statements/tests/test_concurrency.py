"""Signatures under concurrent sign-ons: each thread has its own database connection, all
start together, and what comes out is one active signature per organisation, each
invitation used once, and an unbroken signature log.

Runs on the database the suite runs on, with the settings users run: SQLite (a file in WAL
mode, IMMEDIATE transactions, the settings' busy_timeout) and PostgreSQL (DATABASE_URL), as
CI does both.
"""

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from rightshouse.core.tests.concurrency import run_together
from rightshouse.organisations.factories import OrganisationFactory
from rightshouse.statements import factories, invitations, log, signing
from rightshouse.statements.models import (
    Appearance,
    EventKind,
    Signature,
    SignatureEvent,
    SignatureStatus,
)
from rightshouse.statements.signing import SigningError

SIGNERS = 50
SAME_PARTY_SIGNERS = 20
SAME_TOKEN_SIGNERS = 10
pytestmark = pytest.mark.concurrency


def sign_with(statement, party, token, name="A. Person"):
    return lambda: signing.sign(
        statement,
        party,
        appearance=Appearance.NAMED,
        language="be",
        representative_name=name,
        invitation_token=token,
    )


def kinds_of(statement, kind):
    return SignatureEvent.objects.filter(statement=statement, kind=kind).count()


def test_fifty_organisations_signing_at_once_each_get_one_signature(transactional_db):
    statement = factories.open_statement()
    parties = [OrganisationFactory() for _ in range(SIGNERS)]
    tokens = [invitations.invite(statement, party=party)[1] for party in parties]

    outcomes = run_together(
        [sign_with(statement, party, token) for party, token in zip(parties, tokens, strict=True)]
    )

    assert [outcome for kind, outcome in outcomes if kind == "error"] == []
    active = Signature.objects.filter(statement=statement, status=SignatureStatus.ACTIVE)
    assert sorted(active.values_list("party_id", flat=True)) == sorted(p.pk for p in parties)
    assert kinds_of(statement, EventKind.SIGNED) == SIGNERS
    assert kinds_of(statement, EventKind.RECONFIRMED) == 0
    assert not statement.invitations.filter(used_at__isnull=True).exists()
    statement.refresh_from_db()
    report = log.verify(statement)
    assert report.ok, report.reason
    assert report.length == 2 * SIGNERS  # one "invited" and one "signed" each


def test_one_organisation_signing_twenty_times_at_once_has_one_signature(transactional_db):
    statement = factories.open_statement()
    party = OrganisationFactory()
    tokens = [invitations.invite(statement, party=party)[1] for _ in range(SAME_PARTY_SIGNERS)]

    outcomes = run_together(
        [sign_with(statement, party, token, name=f"Person {n}") for n, token in enumerate(tokens)]
    )

    # Never an IntegrityError, nor any other: every sign-on lands on the one signature.
    assert [outcome for kind, outcome in outcomes if kind == "error"] == []
    (signature,) = Signature.objects.filter(statement=statement, party=party)
    assert signature.status == SignatureStatus.ACTIVE
    assert Signature.objects.filter(statement=statement).count() == 1
    assert kinds_of(statement, EventKind.SIGNED) == 1
    assert kinds_of(statement, EventKind.RECONFIRMED) == SAME_PARTY_SIGNERS - 1
    # Every sign-on used its own invitation, and the last one's answers are kept.
    assert not statement.invitations.filter(used_at__isnull=True).exists()
    last = SignatureEvent.objects.filter(statement=statement).order_by("sequence").last()
    assert signature.invitation_id == last.invitation_id_value
    statement.refresh_from_db()
    report = log.verify(statement)
    assert report.ok, report.reason
    assert report.length == 2 * SAME_PARTY_SIGNERS


def test_one_link_used_by_ten_at_once_signs_once(transactional_db):
    statement = factories.open_statement()
    party = OrganisationFactory()
    _invitation, token = invitations.invite(statement, party=party)

    outcomes = run_together([sign_with(statement, party, token)] * SAME_TOKEN_SIGNERS)

    kinds = sorted(kind for kind, _outcome in outcomes)
    assert kinds == ["error"] * (SAME_TOKEN_SIGNERS - 1) + ["ok"]
    refusals = [outcome for kind, outcome in outcomes if kind == "error"]
    assert all(isinstance(refusal, SigningError) for refusal in refusals), refusals
    assert {str(refusal) for refusal in refusals} == {"This invitation link cannot be used."}
    assert Signature.objects.filter(statement=statement).count() == 1
    assert kinds_of(statement, EventKind.SIGNED) == 1
    assert kinds_of(statement, EventKind.RECONFIRMED) == 0
    statement.refresh_from_db()
    assert log.verify(statement).ok


def _raw_signature(statement, party, status=SignatureStatus.ACTIVE):
    """A signature row written past the signing service, as a bug or a script might."""
    now = timezone.now()
    return Signature.objects.create(
        statement=statement,
        party=party,
        representative_name="Someone",
        language="be",
        signed_at=now,
        confirmed_at=now,
        status=status,
        ended_at=None if status == SignatureStatus.ACTIVE else now,
    )


def test_the_database_refuses_a_second_active_signature(transactional_db):
    statement = factories.open_statement()
    party = OrganisationFactory()
    first = factories.signed(statement, party)

    with pytest.raises(IntegrityError), transaction.atomic():
        _raw_signature(statement, party)
    assert Signature.objects.filter(statement=statement, party=party).count() == 1

    # Ended signatures do not count: a withdrawn one and a new active one live side by side.
    signing.withdraw(first)
    _raw_signature(statement, party, status=SignatureStatus.WITHDRAWN)
    again = _raw_signature(statement, party)
    statuses = Signature.objects.filter(statement=statement, party=party).values_list(
        "status", flat=True
    )
    assert sorted(statuses) == ["active", "withdrawn", "withdrawn"]
    with pytest.raises(IntegrityError), transaction.atomic():
        _raw_signature(statement, party)
    # Another organisation is not affected by this one's signature.
    _raw_signature(statement, OrganisationFactory())
    assert again.status == SignatureStatus.ACTIVE
