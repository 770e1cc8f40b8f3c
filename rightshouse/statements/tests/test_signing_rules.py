"""The rules behind the signing pages: one active signature per organisation, the texts'
hashes, re-confirmation and withdrawal, personal links, and who signs under an e-mail
invitation (rightshouse.statements.signing and .signers)."""

import pytest

from rightshouse.organisations.factories import OrganisationFactory
from rightshouse.organisations.models import Organisation, SafetyLevel
from rightshouse.statements import factories, invitations, public, signers, signing, texts
from rightshouse.statements.models import Appearance, EventKind, Signature, SignatureStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def statement():
    return factories.open_statement(languages=("be", "ru", "en"))


def _sign(statement, party, **options):
    _invitation, token = invitations.invite(statement, party=party)
    options = {
        "appearance": Appearance.NAMED,
        "language": "be",
        "representative_name": "A",
    } | options
    return signing.sign(statement, party, invitation_token=token, **options)


def test_a_signature_records_the_hash_of_every_language_version(statement):
    signature, _token = _sign(statement, OrganisationFactory())
    assert signature.text_hashes == {t.language: t.sha256 for t in statement.texts.all()}
    assert len(signature.text_hashes) == 3 and signature.is_current()


def test_an_invitation_is_single_use(statement):
    party = OrganisationFactory()
    _invitation, token = invitations.invite(statement, party=party)
    signing.sign(statement, party, appearance="named", language="be", representative_name="A",
                 invitation_token=token)  # fmt: skip
    with pytest.raises(signing.SigningError):
        signing.sign(statement, party, appearance="named", language="be",
                     representative_name="A", invitation_token=token)  # fmt: skip
    assert Signature.objects.count() == 1


def test_signing_again_lands_on_the_active_signature(statement):
    party = OrganisationFactory()
    first, _ = _sign(statement, party)
    second, _ = _sign(statement, party, appearance=Appearance.CONFIDENTIAL)
    assert first.pk == second.pk
    assert Signature.objects.filter(party=party).count() == 1
    assert Signature.objects.get().status == SignatureStatus.ACTIVE
    kinds = list(statement.events.values_list("kind", flat=True))
    assert kinds.count(EventKind.SIGNED) == 1 and kinds.count(EventKind.RECONFIRMED) == 1


def test_another_representative_cannot_take_over_the_signature(statement):
    """Whoever holds some invitation lands on the organisation's signature without its first
    signer's name, contact or personal link changing; the signature can only get stricter."""
    party = OrganisationFactory()
    first, first_token = _sign(statement, party, contact_email="first@example.org")
    texts.save_text(statement, "be", title="Новы тэкст", lead="", body="<p>Іначай.</p>")
    second, second_token = _sign(
        statement, party, appearance=Appearance.NOT_NAMED, representative_name="Intruder",
        contact_email="intruder@example.org",
    )  # fmt: skip
    assert second.pk == first.pk and second_token is None
    second.refresh_from_db()
    assert (second.representative_name, second.contact_email) == ("A", "first@example.org")
    assert signing.signature_for_manage_token(first_token) == second
    assert second.appearance == Appearance.NOT_NAMED and second.is_current()
    _sign(statement, party, appearance=Appearance.NAMED)
    second.refresh_from_db()
    assert second.appearance == Appearance.NOT_NAMED


def test_an_edited_text_makes_the_signature_stale_until_reconfirmed(statement):
    signature, token = _sign(statement, OrganisationFactory())
    texts.save_text(statement, "ru", title="Другой текст", lead="", body="<p>Новое.</p>")
    assert texts.stale_signatures(statement) == [signature]
    new_token = signing.reconfirm(signature, language="ru")
    signature.refresh_from_db()
    assert signature.is_current() and signature.language == "ru"
    assert texts.stale_signatures(statement) == []
    assert signing.signature_for_manage_token(token) is None
    assert signing.signature_for_manage_token(new_token) == signature


def test_withdrawing_removes_the_signature_from_the_public_count(statement):
    signature, token = _sign(statement, OrganisationFactory(), appearance=Appearance.NOT_NAMED)
    assert public.public_signatories(statement, "be").count == 1
    signing.withdraw(signature)
    assert public.public_signatories(statement, "be").count == 0
    assert statement.events.filter(kind=EventKind.WITHDRAWN).count() == 1
    assert signing.signature_for_manage_token(token) is None
    with pytest.raises(signing.SigningError):
        signing.withdraw(signature)


def test_renewing_the_personal_link_invalidates_the_old_one(statement):
    signature, token = _sign(statement, OrganisationFactory())
    new_token = signing.renew_manage_token(signature)
    assert new_token and new_token != token
    assert signing.signature_for_manage_token(token) is None
    assert signing.signature_for_manage_token(new_token) == signature
    chosen = signing.renew_manage_token(signature, "chosen-token")
    assert chosen == "chosen-token"
    assert signing.signature_for_manage_token("chosen-token") == signature
    signing.withdraw(signature)
    assert signing.renew_manage_token(signature) is None


def test_stricter_appearance():
    assert signing.stricter_appearance("named", "not_named") == "not_named"
    assert signing.stricter_appearance("confidential", "named") == "confidential"


# --- who signs under an e-mail invitation -----------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    ["  Цэнтр   «ЗОРКА» ", "centre zorka", "ЦЗ", "цэнтр «зорка»"],
)
def test_a_typed_name_matches_the_directory_in_any_language(typed):
    party = OrganisationFactory(confidential=True, name_be="Цэнтр «Зорка»",
                                name_en="Centre Zorka", short_name_be="ЦЗ")  # fmt: skip
    assert signers.party_for_email_invitation(typed, Appearance.NAMED, "en") == party
    assert Organisation.objects.count() == 1
    assert Organisation.objects.get().safety_level == SafetyLevel.CONFIDENTIAL  # unchanged


@pytest.mark.parametrize(
    "appearance, level",
    [
        (Appearance.NAMED, SafetyLevel.NAMED),
        (Appearance.NOT_NAMED, SafetyLevel.NOT_NAMED),
        (Appearance.CONFIDENTIAL, SafetyLevel.CONFIDENTIAL),
    ],
)
def test_an_unknown_name_makes_a_new_organisation(appearance, level):
    party = signers.party_for_email_invitation(" New  Group ", appearance, "en")
    assert party.name_en == "New Group" and party.name_be == "New Group"
    assert party.safety_level == level and party.slug
    be_party = signers.party_for_email_invitation("Новая група", appearance, "be")
    assert be_party.name_be == "Новая група" and be_party.name_en == ""


def test_a_matched_party_keeps_its_stricter_appearance(statement):
    """A second sign-on (e.g. under a typed name) never makes the signature less strict."""
    party = OrganisationFactory()
    first, _ = _sign(statement, party, appearance=Appearance.NOT_NAMED)
    assert _sign(statement, party, appearance=Appearance.NAMED)[0].appearance == "not_named"
    signature, _ = _sign(statement, party, appearance=Appearance.CONFIDENTIAL)
    assert signature.pk == first.pk and signature.appearance == "confidential"
