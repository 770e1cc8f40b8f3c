"""Numbers under concurrent approvals: each thread has its own database connection, all start
together, and the register comes out numbered 1..N with nothing lost and nothing doubled.

Runs on the database the suite runs on, with the settings users run: SQLite (a file in WAL
mode, IMMEDIATE transactions, the settings' busy_timeout) and PostgreSQL (DATABASE_URL), as
CI does both.
"""

import pytest

from rightshouse.core.tests.concurrency import run_together
from rightshouse.organisations.models import Organisation
from rightshouse.principles.factories import AccessionApplicationFactory, edition_in_three_languages
from rightshouse.principles.models import (
    Accession,
    AccessionApplication,
    AccessionEvent,
    ApplicationStatus,
    RegisterCounter,
)
from rightshouse.principles.registry import RegisterError, approve

WRITERS = 50
pytestmark = pytest.mark.concurrency


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_user("verifier", email="verifier@example.org")


def test_concurrent_approvals_number_the_register_one_to_n(transactional_db, staff):
    edition = edition_in_three_languages(1)
    applications = [AccessionApplicationFactory(edition=edition) for _ in range(WRITERS)]
    outcomes = run_together(
        [
            lambda application=application: approve(application, staff)
            for application in applications
        ]
    )
    errors = [outcome for kind, outcome in outcomes if kind == "error"]
    assert errors == []
    numbers = sorted(accession.number for _kind, accession in outcomes)
    assert numbers == list(range(1, WRITERS + 1))
    assert sorted(Accession.objects.values_list("number", flat=True)) == numbers
    assert RegisterCounter.objects.get().last_number == WRITERS
    # Each approval made its one party, accession event and decided application.
    assert Organisation.objects.count() == WRITERS
    assert AccessionEvent.objects.count() == WRITERS
    assert set(AccessionApplication.objects.values_list("status", flat=True)) == {
        ApplicationStatus.APPROVED
    }


def test_a_double_approval_gives_one_accession_and_one_clear_refusal(transactional_db, staff):
    edition = edition_in_three_languages(1)
    application = AccessionApplicationFactory(edition=edition, name="Human Constanta")
    outcomes = run_together([lambda: approve(application, staff)] * 2)
    kinds = sorted(kind for kind, _outcome in outcomes)
    assert kinds == ["error", "ok"]
    (refusal,) = [outcome for kind, outcome in outcomes if kind == "error"]
    assert isinstance(refusal, RegisterError)
    assert str(refusal) == "This application has already been decided."
    (accession,) = Accession.objects.all()
    assert accession.number == 1
    assert accession.party.name_be == "Human Constanta"
    assert Organisation.objects.count() == 1
    assert RegisterCounter.objects.get().last_number == 1
