"""Document uploads in the admin are bounded in size and type."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf import PdfWriter
from wagtail.documents import get_document_model
from wagtail.models import Collection

Document = get_document_model()


def _blank_pdf():
    writer = PdfWriter()
    writer.add_blank_page(width=100, height=100)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


PDF = _blank_pdf()


def upload(admin_client, name, content):
    return admin_client.post(
        "/admin/documents/add/",
        {
            "title": name,
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def file_error(response):
    return response.context["form"].errors.as_data()["file"][0].code


def test_a_pdf_is_accepted(admin_client):
    response = upload(admin_client, "report.pdf", PDF)
    assert response.status_code == 302
    assert Document.objects.filter(title="report.pdf").exists()


@pytest.mark.parametrize(
    "name, content, code",
    [
        ("page.html", b"<html><script>alert(1)</script></html>", "type"),
        ("fake.pdf", b"<html><script>alert(1)</script></html>", "contents"),
        ("fake.docx", b"%PDF-1.7", "contents"),
        ("binary.txt", b"text\0\x89PNG", "contents"),
    ],
)
def test_wrong_types_are_refused_with_a_message(admin_client, name, content, code):
    response = upload(admin_client, name, content)
    assert response.status_code == 200
    assert file_error(response) == code
    assert not Document.objects.exists()


def test_oversized_documents_are_refused(admin_client, settings):
    settings.DOCUMENTS_MAX_UPLOAD_SIZE = len(PDF) - 1
    response = upload(admin_client, "big.pdf", PDF)
    assert response.status_code == 200
    assert file_error(response) == "too_large"
    assert not Document.objects.exists()


def test_the_multiple_uploader_applies_the_same_rules(admin_client):
    response = admin_client.post(
        "/admin/documents/multiple/add/",
        {"files[]": SimpleUploadedFile("fake.pdf", b"<html></html>")},
    )
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert not Document.objects.exists()
