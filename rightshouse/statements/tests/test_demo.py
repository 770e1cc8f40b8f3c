"""The demo's joint statements, built on the small site with the demo organisations and their
accessions: the published one counts and names its signatories as promised, the others are
open, and every signature log verifies."""

import pytest
from django.utils import timezone

from rightshouse.core.demo import DemoContext
from rightshouse.organisations import demo as organisations_demo
from rightshouse.principles import demo as principles_demo
from rightshouse.statements import demo, demo_content, log, publishing
from rightshouse.statements.models import (
    Appearance,
    EventKind,
    SignatureStatus,
    StatementKind,
    StatementStatus,
)
from rightshouse.statements.public import public_signatories


@pytest.fixture
def built(small_site):
    ctx = DemoContext(locales=small_site.locales, homes=small_site.homes)
    organisations_demo.build(ctx)
    principles_demo.build_register(ctx, principles_demo.build_editions(ctx))
    return ctx, demo.build(ctx)


def _names(data, appearance):
    return [row[0] for row in data if row[1] == appearance]


def test_the_published_statement_counts_named_not_named_and_the_late_joiner(built):
    _ctx, statements = built
    statement = statements[demo_content.PUBLISHED["key"]]
    assert statement.status == StatementStatus.PUBLISHED
    signed = demo_content.PUBLISHED["signatures"]
    late = demo_content.PUBLISHED["joined_after_publication"]
    assert len(_names(signed, Appearance.NAMED)) == 12
    assert len(_names(signed, Appearance.NOT_NAMED)) == 3
    assert len(_names(signed, Appearance.CONFIDENTIAL)) == 1

    for language in ("be", "ru", "en"):
        signatories = public_signatories(statement, language)
        assert signatories.count == 12 + 3 + len(late) == 16
        assert signatories.not_named_count == 3
        joined_late = [s.party.name_en for s in signatories.named if s.joined_after_publication]
        assert joined_late == [row[0] for row in late]
    named_en = [s.name for s in public_signatories(statement, "en").named]
    assert set(named_en) == set(_names(signed, Appearance.NAMED) + [row[0] for row in late])
    assert statement.signatures.filter(status=SignatureStatus.ACTIVE).count() == 17
    assert log.verify(statement).ok


def test_the_published_statement_has_a_live_page_in_every_language(built, client):
    _ctx, statements = built
    statement = statements[demo_content.PUBLISHED["key"]]
    pages = publishing.published_pages(statement)
    assert set(pages) == {"be", "ru", "en"}
    hidden = _names(demo_content.PUBLISHED["signatures"], Appearance.NOT_NAMED) + _names(
        demo_content.PUBLISHED["signatures"], Appearance.CONFIDENTIAL
    )
    for language, page in pages.items():
        assert page.live
        assert page.title == demo_content.PUBLISHED["texts"][language]["title"]
        response = client.get(page.url)
        assert response.status_code == 200
        html = response.content.decode()
        for name in hidden:
            assert name not in html
        for row in demo_content.PUBLISHED["signatures"]:
            assert row[3] not in html  # representatives stay private


def test_the_open_statement_is_open_with_its_invitations(built):
    _ctx, statements = built
    statement = statements[demo_content.OPEN["key"]]
    assert statement.status == StatementStatus.OPEN
    assert statement.deadline > timezone.now() + timezone.timedelta(days=6)
    invitations = statement.invitations.all()
    assert sum(1 for i in invitations if i.used_at) == len(demo_content.OPEN["signatures"])
    assert sum(1 for i in invitations if i.revoked_at) == 1
    assert sum(1 for i in invitations if not i.used_at and not i.revoked_at) == 3
    assert public_signatories(statement, "be").count == 3
    assert log.verify(statement).ok


def test_the_solidarity_alert_invited_every_acceding_organisation(built):
    ctx, statements = built
    statement = statements["solidarity"]
    assert statement.kind == StatementKind.SOLIDARITY
    assert statement.status == StatementStatus.OPEN
    assert statement.invitations.count() == len(ctx.organisations) == 27
    assert statement.signatures.count() == len(demo_content.SOLIDARITY["signatures"])
    kinds = list(statement.events.values_list("kind", flat=True))
    assert kinds.count(EventKind.SIGNED) == len(demo_content.SOLIDARITY["signatures"])
    assert log.verify(statement).ok
