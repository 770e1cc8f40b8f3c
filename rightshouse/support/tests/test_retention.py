"""Retention: cases go after the configured period, keys first, and their receipts stop
working; the audit keeps only "deleted by retention"."""

import datetime
import io

import pytest
from django.core.management import call_command

from rightshouse.support import cases, retention
from rightshouse.support.models import AuditAction, AuditEntry, Case, RecordKind, SealedCaseKey

pytestmark = pytest.mark.django_db


@pytest.fixture
def service(handler):
    """A handler key and a recovery key: cases can be made."""
    return handler


def case_aged(days, closed=False):
    case, receipt = cases.create_case(
        [(RecordKind.REQUEST, b"MARKER")], attachments=[([b"MARKER file"], b"{}")],
        with_receipt=True,
    )  # fmt: skip
    day = cases.today() - datetime.timedelta(days=days)
    Case.objects.filter(pk=case.pk).update(
        last_activity_on=day if not closed else cases.today(), closed_on=day if closed else None
    )
    return case, receipt


def test_cases_past_the_period_are_deleted_with_their_files_and_receipts(service, settings):
    settings.SUPPORT_RETENTION_DAYS = 90
    old, old_receipt = case_aged(91)
    closed, _ = case_aged(90, closed=True)
    recent, recent_receipt = case_aged(10)
    assert retention.apply_retention() == 2
    assert list(Case.objects.values_list("pk", flat=True)) == [recent.pk]
    assert not SealedCaseKey.objects.exclude(case=recent).exists()
    assert len(list(settings.SUPPORT_FILES_DIR.iterdir())) == 1
    assert cases.case_for_receipt(old_receipt) == (None, None)
    assert cases.case_for_receipt(recent_receipt)[0] == recent
    deleted = AuditEntry.objects.filter(action=AuditAction.RETENTION)
    assert sorted(deleted.values_list("case_number", flat=True)) == sorted([old.pk, closed.pk])


def test_the_command_applies_it(service, settings):
    settings.SUPPORT_RETENTION_DAYS = 30
    case_aged(31)
    call_command("support_retention", stdout=io.StringIO())
    assert not Case.objects.exists()


@pytest.mark.django_db(transaction=True)  # the scheduler closes its database connections
def test_the_scheduler_applies_it_on_every_pass(service, settings):
    settings.SUPPORT_RETENTION_DAYS = 30
    case_aged(31)
    call_command("run_scheduler", "--once", verbosity=0)
    assert not Case.objects.exists()
