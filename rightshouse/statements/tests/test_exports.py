"""The CSV and JSON signatory exports: per language, only for published statements, the
canonical count, the text's hash and the chain head; safe in a spreadsheet."""

import csv
import io
import json
import uuid

import pytest

from rightshouse.statements import factories, publishing
from rightshouse.statements.models import Appearance

from .test_publishing import joint_statement, named_party, statements_section  # noqa: F401


@pytest.fixture
def published(small_site, statements_section):  # noqa: F811
    statement = joint_statement()
    factories.signed(statement, named_party("First", name_be="Першая"))
    factories.signed(statement, named_party("=HYPERLINK(1)"))
    factories.signed(statement, named_party("Hidden"), appearance=Appearance.NOT_NAMED)
    factories.signed(statement, named_party("Secret"), appearance=Appearance.CONFIDENTIAL)
    publishing.publish(statement)
    factories.signed(statement, named_party("Late"))
    statement.refresh_from_db()
    return statement


def url(statement, language, extension):
    return f"/{language}/joint-statements/{statement.key}/signatories.{extension}"


def test_json_has_stable_keys_the_count_hash_and_chain(client, published):
    response = client.get(url(published, "en", "json"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert not response.cookies
    data = json.loads(response.content)
    assert set(data) == {"statement", "signatories", "not_named_count", "count", "chain"}
    assert data["statement"]["key"] == str(published.key)
    assert data["statement"]["language"] == "en"
    assert data["statement"]["text_sha256"] == published.text_in("en").sha256
    assert data["statement"]["url"].startswith("http://testserver/en/")
    names = [row["name"] for row in data["signatories"]]
    assert names == ["First", "=HYPERLINK(1)", "Late"]
    assert [row["joined_after_publication"] for row in data["signatories"]] == [
        False,
        False,
        True,
    ]
    assert data["signatories"][0]["profile_url"].startswith("http://testserver/en/organisations/")
    assert data["not_named_count"] == 1 and data["count"] == 4
    assert data["chain"] == {"head": published.chain_head, "length": published.chain_length}


def test_json_names_are_in_the_language_of_the_address(client, published):
    data = json.loads(client.get(url(published, "be", "json")).content)
    assert data["signatories"][0]["name"] == "Першая"
    assert data["statement"]["text_sha256"] == published.text_in("be").sha256


def test_csv_is_utf8_with_bom_and_neutralises_formulas(client, published):
    response = client.get(url(published, "be", "csv"))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    disposition = response["Content-Disposition"]
    assert disposition == (
        f'attachment; filename="joint-statement-{published.key}-signatories-be.csv"'
    )
    assert disposition.isascii()
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(body[1:])))
    assert len(rows[0]) == 5  # No., organisation, profile, signed on, joined after publication
    assert rows[1][:2] == ["1", "Першая"]
    assert rows[2][1] == "'=HYPERLINK(1) be"
    assert rows[3][4] != ""  # joined after publication
    facts = {row[0]: row[1:] for row in rows[5:] if row}
    values = [value for row in facts.values() for value in row]
    assert published.text_in("be").sha256 in values
    assert published.chain_head in values
    assert rows[4] == [] and rows[5][1] == "1"  # the not-named count
    assert "4" in values  # the canonical count
    assert "Hidden" not in body and "Secret" not in body


def test_exports_are_404_for_unknown_unpublished_or_missing_language(client, small_site):
    unknown = f"/en/joint-statements/{uuid.uuid4()}/signatories.csv"
    assert client.get(unknown).status_code == 404
    open_statement = joint_statement(languages=("be", "en"))
    for extension in ("csv", "json", "pdf"):
        assert client.get(url(open_statement, "en", extension)).status_code == 404


def test_no_export_in_a_language_the_statement_has_no_text_in(client, small_site):
    statement = joint_statement(languages=("be", "en"))
    publishing.publish(statement)
    assert client.get(url(statement, "en", "json")).status_code == 200
    assert client.get(url(statement, "ru", "json")).status_code == 404


def test_exports_answer_get_only(client, published):
    assert client.post(url(published, "en", "csv")).status_code == 405


def test_an_unpublished_page_takes_its_export_away(client, published):
    from rightshouse.publications.models import StatementPage

    page = StatementPage.objects.get(
        translation_key=published.publication_key, locale__language_code="ru"
    )
    page.unpublish()
    assert client.get(url(published, "ru", "json")).status_code == 404
    assert client.get(url(published, "en", "json")).status_code == 200
