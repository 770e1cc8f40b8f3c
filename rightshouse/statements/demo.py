"""Demo joint statements (see rightshouse.core.demo): one published with named, not-named and
confidential signatories and an organisation that joined after publication; one open for
signing with invitations waiting, used and revoked; one solidarity alert open for signing.

Everything goes through the app's own services (texts, invitations, signing, publishing,
solidarity), so the signature log of each statement is a real, verifiable chain. Needs
`ctx.organisations` with their accessions (principles' demo) and, for the published
statement's tags, `ctx.tags` (publications' demo). Returns {key: JointStatement}.
"""

import datetime

from django.utils import timezone

from rightshouse.core.demo import SOURCE_LANGUAGE

from . import demo_content as content
from . import invitations, publishing, signing, solidarity, texts
from .models import Eligibility, JointStatement, StatementKind, StatementStatus


def _party(ctx, english_name):
    for party in ctx.organisations:
        if party.name_en == english_name:
            return party
    raise LookupError(f"no demo organisation named {english_name!r}")


def _statement(ctx, data, **fields):
    coordinator = data["coordinator"] and _party(ctx, data["coordinator"])
    statement = JointStatement.objects.create(
        kind=StatementKind.JOINT,
        coordinator=coordinator or None,
        source_language=SOURCE_LANGUAGE,
        deadline=timezone.now() + datetime.timedelta(days=data["deadline_days"]),
        **fields,
    )
    for language, text in data["texts"].items():
        texts.save_text(statement, language, **text)
    JointStatement.objects.filter(pk=statement.pk).update(status=StatementStatus.OPEN)
    statement.refresh_from_db()
    return statement


def _sign(statement, party, appearance, language, name, role, token=None):
    if token is None:
        _invitation, token = invitations.invite(statement, party=party)
    signing.sign(
        statement,
        party,
        appearance=appearance,
        language=language,
        representative_name=name,
        representative_role=role,
        invitation_token=token,
    )


def _sign_all(ctx, statement, signatures, tokens=None):
    for english_name, appearance, language, name, role in signatures:
        party = _party(ctx, english_name)
        token = tokens.get(party.pk) if tokens else None
        _sign(statement, party, appearance, language, name, role, token)


def build_published(ctx):
    data = content.PUBLISHED
    statement = _statement(ctx, data)
    _sign_all(ctx, statement, data["signatures"])
    tags = [
        ctx.tags[key, SOURCE_LANGUAGE] for key in data["tags"] if (key, SOURCE_LANGUAGE) in ctx.tags
    ]
    publishing.publish(statement, tags=tags)
    _sign_all(ctx, statement, data["joined_after_publication"])
    return statement


def build_open(ctx):
    data = content.OPEN
    statement = _statement(ctx, data, eligibility=Eligibility.ANY)
    _sign_all(ctx, statement, data["signatures"])
    for english_name in data["waiting"]:
        invitations.invite(statement, party=_party(ctx, english_name))
    for english_name in data["revoked"]:
        invitation, _token = invitations.invite(statement, party=_party(ctx, english_name))
        invitations.revoke(invitation)
    for email in data["by_email"]:
        invitations.invite(statement, email=email)
    return statement


def build_solidarity(ctx):
    data = content.SOLIDARITY
    now = timezone.now()
    statement, sent = solidarity.create_alert(
        persecuted=data["persecuted"],
        what_happened=data["what_happened"],
        happened_on=(now - datetime.timedelta(days=data["happened_days_ago"])).date(),
        deadline=now + datetime.timedelta(hours=data["deadline_hours"]),
    )
    tokens = {invitation.party_id: token for invitation, token in sent}
    _sign_all(ctx, statement, data["signatures"], tokens)
    return statement


def build(ctx):
    built = {
        content.PUBLISHED["key"]: build_published(ctx),
        content.OPEN["key"]: build_open(ctx),
        "solidarity": build_solidarity(ctx),
    }
    return {key: JointStatement.objects.get(pk=statement.pk) for key, statement in built.items()}
