"""The signatory PDF: Cyrillic set right (DejaVu from the system), long lists over several
pages with every name once, the hash and chain head printed, and nothing fetched."""

import io

import pytest
from pypdf import PdfReader

from rightshouse.organisations.factories import OrganisationFactory
from rightshouse.statements import exports, factories, publishing, signing
from rightshouse.statements.models import Appearance, Signature

from .test_publishing import joint_statement, named_party, statements_section  # noqa: F401

BELARUSIAN = "Праваабарончы цэнтр «Вясна» ў Гомелі"
RUSSIAN = "Правозащитный центр «Весна» в Гомеле"


def pdf_text(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def pdf_url(statement, language):
    return f"/{language}/joint-statements/{statement.key}/signatories.pdf"


@pytest.fixture
def published(small_site, statements_section):  # noqa: F811
    statement = joint_statement()
    party = OrganisationFactory(name_be=BELARUSIAN, name_ru=RUSSIAN, name_en="Viasna Homiel")
    factories.signed(statement, party)
    factories.signed(statement, named_party("Hidden"), appearance=Appearance.NOT_NAMED)
    publishing.publish(statement)
    statement.refresh_from_db()
    return statement


def test_cyrillic_names_and_the_facts_are_in_the_pdf(client, published):
    _reader, be_text = pdf_text(client.get(pdf_url(published, "be")))
    # A long name may wrap inside its column: compare the words.
    assert BELARUSIAN in " ".join(be_text.split())
    assert published.text_in("be").title in be_text
    assert published.text_in("be").sha256 in be_text.replace("\n", "")
    assert published.chain_head in be_text.replace("\n", "")
    assert "Hidden" not in be_text

    response = client.get(pdf_url(published, "ru"))
    _reader, ru_text = pdf_text(response)
    assert RUSSIAN in " ".join(ru_text.split())
    assert response["Content-Disposition"] == (
        f'attachment; filename="joint-statement-{published.key}-signatories-ru.pdf"'
    )
    assert not response.cookies


def test_the_pdf_uses_dejavu_and_embeds_it(client, published):
    reader, _text = pdf_text(client.get(pdf_url(published, "be")))
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert any("DejaVu-Sans" in font for font in fonts), fonts


def test_a_long_list_breaks_across_pages_with_every_name_once(client, small_site):
    statement = joint_statement(languages=("en",))
    names = [f"Signatory Organisation {number:04d}" for number in range(600)]
    for name in names:
        factories.signed(statement, OrganisationFactory(name_en=name))
    publishing.publish(statement)

    reader, text = pdf_text(client.get(pdf_url(statement, "en")))
    assert len(reader.pages) >= 5
    for name in names:
        assert text.count(name) == 1, name
    # "page X of Y" in every footer.
    total = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        assert f"page {number} of {total}" in page.extract_text()


def test_the_pdf_fetches_nothing(small_site, monkeypatch):
    statement = joint_statement(languages=("en",))
    from rightshouse.statements import texts

    texts.save_text(
        statement,
        "en",
        title="With a link",
        lead="",
        body='<p>See <a href="https://example.org/x.css">this</a>.</p>',
    )
    publishing.publish(statement)
    fetched = []

    def spying(url, *args, **kwargs):
        fetched.append(url)
        return exports.refuse_fetch(url)

    monkeypatch.setattr(exports, "refuse_fetch", spying)
    from django.test import RequestFactory

    request = RequestFactory().get("/en/")
    found = exports.published_statement(statement.key, "en")
    pdf = exports.as_pdf(exports.build(*found, request))
    assert pdf.startswith(b"%PDF")
    assert fetched == []  # no stylesheet, image or font was asked for


def test_a_withdrawn_name_leaves_the_pdf(client, published):
    signature = Signature.objects.get(statement=published, party__name_be=BELARUSIAN)
    signing.withdraw(signature)
    _reader, text = pdf_text(client.get(pdf_url(published, "be")))
    assert BELARUSIAN not in " ".join(text.split())
    assert "+1" in text
