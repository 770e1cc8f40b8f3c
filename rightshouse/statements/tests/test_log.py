"""The signature log: every step appends a link; any change, insertion or deletion of a row
is found, and the first broken link is named."""

import pytest
from django.core.management import call_command
from django.db import connection

from rightshouse.core.records import AppendOnlyError
from rightshouse.statements import factories, log, texts
from rightshouse.statements.models import EventKind, SignatureEvent

pytestmark = pytest.mark.django_db


@pytest.fixture
def statement():
    statement = factories.open_statement()
    for _ in range(3):
        factories.signed(statement)
    statement.refresh_from_db()
    return statement


def _raw(sql, params):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


def test_every_step_is_a_link_of_one_chain(statement):
    kinds = list(statement.events.values_list("kind", flat=True))
    assert kinds == [EventKind.INVITED, EventKind.SIGNED] * 3
    report = log.verify(statement)
    assert report.ok and report.length == 6 == statement.chain_length
    events = list(statement.events.all())
    assert events[0].previous_hash == log.GENESIS
    assert all(b.previous_hash == a.hash for a, b in zip(events, events[1:], strict=False))
    assert statement.chain_head == events[-1].hash


def test_events_cannot_be_changed_or_deleted_through_the_orm(statement):
    event = statement.events.first()
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        SignatureEvent.objects.filter(pk=event.pk).update(appearance="named")
    with pytest.raises(AppendOnlyError):
        event.delete()


def test_an_edited_row_is_named(statement):
    _raw(
        "UPDATE statements_signatureevent SET appearance = 'confidential'"
        " WHERE statement_id = %s AND sequence = 4",
        [statement.pk],
    )
    report = log.verify(statement)
    assert report.broken_at == 4 and "changed" in report.reason


def test_a_deleted_row_in_the_middle_is_named(statement):
    _raw(
        "DELETE FROM statements_signatureevent WHERE statement_id = %s AND sequence = 3",
        [statement.pk],
    )
    assert log.verify(statement).broken_at == 3


def test_deleting_the_newest_row_is_found_by_the_recorded_head(statement):
    _raw(
        "DELETE FROM statements_signatureevent WHERE statement_id = %s AND sequence = 6",
        [statement.pk],
    )
    report = log.verify(statement)
    assert not report.ok and report.broken_at == 6


def test_a_rehashed_edit_breaks_the_next_link(statement):
    """Whoever edits a row and recomputes its hash still breaks the link after it."""
    event = statement.events.get(sequence=2)
    event.appearance = "confidential"
    new_hash = log.event_hash(statement.key, event)
    _raw(
        "UPDATE statements_signatureevent SET appearance = 'confidential', hash = %s WHERE id = %s",
        [new_hash, event.pk],
    )
    report = log.verify(statement)
    assert report.broken_at == 3 and "does not follow" in report.reason


def test_a_text_change_is_logged_once_signatures_exist(statement):
    texts.save_text(statement, "be", title="Another title", lead="", body="<p>Other words.</p>")
    statement.refresh_from_db()
    assert statement.events.last().kind == EventKind.TEXT_CHANGED
    assert len(texts.stale_signatures(statement)) == 3
    assert log.verify(statement).ok


def test_verify_signatures_command_reports_the_broken_link(statement, capsys):
    other = factories.open_statement()
    factories.signed(other)
    call_command("verify_signatures")
    assert capsys.readouterr().out.count("OK") == 2
    _raw("UPDATE statements_signatureevent SET kind = 'removed' WHERE statement_id = %s"
         " AND sequence = 5", [statement.pk])  # fmt: skip
    with pytest.raises(SystemExit) as exit_info:
        call_command("verify_signatures", str(statement.key))
    assert exit_info.value.code == 1
    assert "event 5" in capsys.readouterr().out
