"""Uploaded images and documents are stored without the metadata that could identify people.

The fixture files (metadata_files) are uploaded through the admin's views, or stored from
code, and the tests read what the storage holds.
"""

import io
import uuid
import zipfile

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, UploadedFile

from rightshouse.core.metadata import MetadataError, office

from .metadata_files import (
    GPS_IFD,
    MARKER_BYTES,
    all_unpacked_bytes,
    assert_clean_image,
    assert_clean_pdf,
    assert_turned,
    assert_valid_office_document,
    avif_with_metadata,
    docx_with_metadata,
    gif_with_comment,
    jpeg_with_metadata,
    odt_with_metadata,
    pdf_with_metadata,
    photo,
    png_with_metadata,
    stored_bytes,
    webp_with_metadata,
    xlsx_with_metadata,
    zip_file,
)

Image_ = get_image_model()
Document = get_document_model()


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    """Stored files go to a folder of the test's own, removed with it."""
    settings.MEDIA_ROOT = tmp_path


# --- Admin uploads ----------------------------------------------------------------------


def root_collection():
    return Collection.get_first_root_node().pk


def upload_form(name, content, prefix=""):
    fields = {"title": name, "file": SimpleUploadedFile(name, content)}
    fields["collection"] = root_collection()
    return {f"{prefix}-{key}" if prefix else key: value for key, value in fields.items()}


@pytest.fixture(autouse=True)
def english_admin(admin_client):
    """Messages are checked in English: the admin follows the browser's language."""
    admin_client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"


def upload_image(admin_client, name, content):
    return admin_client.post("/admin/images/add/", upload_form(name, content))


def upload_document(admin_client, name, content):
    return admin_client.post("/admin/documents/add/", upload_form(name, content))


def upload_in_chooser(admin_client, kind, name, content):
    """The chooser modal's upload tab; it answers with JSON for the modal."""
    prefix = {"images": "image-chooser-upload", "documents": "document-chooser-upload"}[kind]
    response = admin_client.post(
        f"/admin/{kind}/chooser/create/", upload_form(name, content, prefix)
    )
    assert response.status_code == 200
    return response


def upload_many(admin_client, kind, name, content, title=None):
    data = {"files[]": SimpleUploadedFile(name, content), "collection": root_collection()}
    if title is not None:
        data["title"] = title
    response = admin_client.post(f"/admin/{kind}/multiple/add/", data)
    assert response.status_code == 200
    return response.json()


def form_error(response):
    error = response.context["form"].errors.as_data()["file"][0]
    return error.code, str(error.message)


@pytest.mark.parametrize(
    "name, content, size",
    [
        ("photo.jpg", jpeg_with_metadata(orientation=6), (40, 60)),
        ("photo.png", png_with_metadata(), (60, 40)),
        ("photo.webp", webp_with_metadata(), (60, 40)),
        ("photo.gif", gif_with_comment(), (60, 40)),
        ("photo.avif", avif_with_metadata(), (40, 60)),
    ],
)
def test_an_uploaded_image_is_stored_without_metadata(admin_client, name, content, size):
    response = upload_image(admin_client, name, content)
    assert response.status_code == 302
    image = Image_.objects.get(title=name)
    stored = stored_bytes(image.file)
    assert_clean_image(stored, size)
    assert (image.width, image.height) == size
    assert image.file_size == len(stored)
    if name.endswith((".jpg", ".avif")):
        assert_turned(stored)


def test_the_multiple_uploader_stores_images_without_metadata(admin_client):
    result = upload_many(admin_client, "images", "holiday.jpg", jpeg_with_metadata(6))
    assert result["success"] is True
    image = Image_.objects.get(pk=result["image_id"])
    stored = stored_bytes(image.file)
    assert_clean_image(stored, (40, 60))
    assert_turned(stored)
    assert (image.width, image.height) == (40, 60)


def test_an_uploaded_image_is_stored_and_rendered_under_a_random_name(admin_client):
    upload_image(admin_client, "IMG_minsk_2024-03-01.jpg", jpeg_with_metadata())
    image = Image_.objects.get(title="IMG_minsk_2024-03-01.jpg")
    rendition = image.get_rendition("width-20")
    for stored_name in (image.file.name, rendition.file.name, rendition.url):
        assert "minsk" not in stored_name
        assert "IMG" not in stored_name
    assert image.file.name.endswith(".jpg")


def test_the_chooser_upload_stores_images_without_metadata(admin_client):
    upload_in_chooser(admin_client, "images", "chosen.jpg", jpeg_with_metadata())
    assert_clean_image(stored_bytes(Image_.objects.get(title="chosen.jpg").file), (60, 40))


def test_the_multiple_uploaders_temporary_file_is_cleaned_too(admin_client):
    """A title too long for the model makes Wagtail keep the upload aside (UploadedFile)."""
    result = upload_many(admin_client, "images", "aside.jpg", jpeg_with_metadata(6), "x" * 300)
    upload = UploadedFile.objects.get(pk=result["uploaded_file_id"])
    assert_clean_image(stored_bytes(upload.file), (40, 60))
    response = admin_client.post(
        f"/admin/images/multiple/create_from_uploaded_image/{upload.pk}/",
        {
            f"uploaded-image-{upload.pk}-title": "Aside",
            f"uploaded-image-{upload.pk}-collection": root_collection(),
        },
    )
    assert response.json()["success"] is True
    image = Image_.objects.get(title="Aside")
    stored = stored_bytes(image.file)
    assert_clean_image(stored, (40, 60))
    assert_turned(stored)
    assert (image.width, image.height) == (40, 60)


def test_replacing_an_images_file_stores_the_new_one_without_metadata(admin_client):
    upload_image(admin_client, "first.png", png_with_metadata())
    image = Image_.objects.get(title="first.png")
    response = admin_client.post(
        f"/admin/images/{image.pk}/",
        {
            "title": "first.png",
            "file": SimpleUploadedFile("second.jpg", jpeg_with_metadata(6)),
            "collection": root_collection(),
        },
    )
    assert response.status_code == 302
    image.refresh_from_db()
    assert_clean_image(stored_bytes(image.file), (40, 60))
    assert (image.width, image.height) == (40, 60)


def test_editing_an_image_without_a_new_file_keeps_the_stored_one(admin_client):
    upload_image(admin_client, "kept.png", png_with_metadata())
    image = Image_.objects.get(title="kept.png")
    response = admin_client.post(
        f"/admin/images/{image.pk}/", {"title": "Renamed", "collection": root_collection()}
    )
    assert response.status_code == 302
    image.refresh_from_db()
    assert image.title == "Renamed" and default_storage.exists(image.file.name)


@pytest.mark.parametrize(
    "name, content, check",
    [
        ("report.pdf", pdf_with_metadata(), "pdf"),
        ("statement.docx", docx_with_metadata(), "zip"),
        ("table.xlsx", xlsx_with_metadata(), "zip"),
        ("statement.odt", odt_with_metadata(), "zip"),
    ],
)
def test_an_uploaded_document_is_stored_without_metadata(admin_client, name, content, check):
    response = upload_document(admin_client, name, content)
    assert response.status_code == 302
    document = Document.objects.get(title=name)
    stored = stored_bytes(document.file)
    assert MARKER_BYTES not in all_unpacked_bytes(stored)
    assert document.file_size == len(stored)
    if check == "pdf":
        assert_clean_pdf(stored, original=content)
    else:
        assert_valid_office_document(stored, content)


def test_the_multiple_uploader_stores_documents_without_metadata(admin_client):
    result = upload_many(admin_client, "documents", "report.pdf", pdf_with_metadata())
    assert result["success"] is True
    assert_clean_pdf(stored_bytes(Document.objects.get(pk=result["doc_id"]).file))


def test_the_chooser_upload_stores_documents_without_metadata(admin_client):
    upload_in_chooser(admin_client, "documents", "chosen.odt", odt_with_metadata())
    stored = stored_bytes(Document.objects.get(title="chosen.odt").file)
    assert MARKER_BYTES not in all_unpacked_bytes(stored)


def test_plain_text_is_stored_as_uploaded(admin_client):
    upload_document(admin_client, "list.csv", b"name,town\nA,Minsk\n")
    assert stored_bytes(Document.objects.get(title="list.csv").file) == b"name,town\nA,Minsk\n"


# --- Files that cannot be cleaned -------------------------------------------------------


def docx_with_broken_photo():
    with zipfile.ZipFile(io.BytesIO(docx_with_metadata())) as parts:
        contents = {name: parts.read(name) for name in parts.namelist()}
    contents["word/media/image1.jpeg"] = b"\xff\xd8\xff\xe1\x00\x40Exif"
    return zip_file(contents)


@pytest.mark.parametrize(
    "name, content, code, words",
    [
        ("locked.pdf", pdf_with_metadata(encrypt=True), "encrypted", "password"),
        ("broken.pdf", b"%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n", "unreadable_pdf", "PDF"),
        ("broken.docx", b"PK\x03\x04 not really a zip", "unreadable_document", "document"),
        ("locked.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "encrypted", "password"),
        ("empty.odt", zip_file({"content.xml": "<x/>"}), "unreadable_document", "document"),
        ("photo.docx", docx_with_broken_photo(), "unreadable_embedded_picture", "image1.jpeg"),
    ],
)
def test_a_document_that_cannot_be_cleaned_is_refused_with_a_message(
    admin_client, name, content, code, words
):
    response = upload_document(admin_client, name, content)
    assert response.status_code == 200
    error_code, message = form_error(response)
    assert error_code == code and words in message
    assert not Document.objects.exists()


def test_a_cut_off_image_is_refused_with_a_message(admin_client):
    """Wagtail's own field would answer 500: the file starts like a JPEG, Pillow fails later."""
    cut_off = jpeg_with_metadata()[:300]
    response = upload_image(admin_client, "damaged.jpg", cut_off)
    assert response.status_code == 200
    code, message = form_error(response)
    assert code == "unreadable_image" and "could not be read" in message
    result = upload_many(admin_client, "images", "damaged.jpg", cut_off)
    assert result["success"] is False and "could not be read" in result["error_message"]
    assert not Image_.objects.exists()


def test_heic_is_refused_as_wagtail_does_not_accept_it_by_default(admin_client):
    out = io.BytesIO()
    photo().save(out, "HEIF")
    response = upload_image(admin_client, "photo.heic", out.getvalue())
    assert form_error(response)[0] == "invalid_image_extension"


def test_the_multiple_uploader_refuses_a_locked_pdf_with_a_message(admin_client):
    result = upload_many(admin_client, "documents", "locked.pdf", pdf_with_metadata(True))
    assert result["success"] is False and "password" in result["error_message"]
    assert not Document.objects.exists() and not UploadedFile.objects.exists()


def test_a_zip_bomb_is_refused(admin_client, monkeypatch):
    monkeypatch.setattr(office, "MAX_UNPACKED_BYTES", 50_000)
    parts = zipfile.ZipFile(io.BytesIO(docx_with_metadata()))
    bomb = {name: parts.read(name) for name in parts.namelist()}
    bomb["word/document.xml"] = b" " * 60_000  # deflates to a few hundred bytes
    response = upload_document(admin_client, "bomb.docx", zip_file(bomb))
    assert form_error(response)[0] == "too_big_unpacked"
    assert not Document.objects.exists()


def test_a_zip_with_too_many_parts_is_refused(admin_client, monkeypatch):
    monkeypatch.setattr(office, "MAX_ENTRIES", 5)
    response = upload_document(admin_client, "many.odt", odt_with_metadata())
    assert form_error(response)[0] == "too_big_unpacked"


# --- Files stored by code, and renditions -------------------------------------------------


def test_an_image_created_in_code_is_stored_without_metadata(db):
    image = Image_.objects.create(
        title="From code", file=ContentFile(jpeg_with_metadata(6), name="code.jpg")
    )
    stored = stored_bytes(image.file)
    assert_clean_image(stored, (40, 60))
    assert_turned(stored)
    assert (image.width, image.height) == (40, 60)


def test_a_file_saved_directly_on_the_field_is_cleaned(db):
    image = Image_(title="Direct")
    image.file.save("direct.png", ContentFile(png_with_metadata()), save=True)
    assert_clean_image(stored_bytes(image.file), (60, 40))
    document = Document(title="Direct")
    document.file.save("direct.pdf", ContentFile(pdf_with_metadata()), save=True)
    assert_clean_pdf(stored_bytes(document.file))


def test_a_document_created_in_code_is_stored_without_metadata(db):
    document = Document.objects.create(
        title="From code", file=ContentFile(docx_with_metadata(), name="code.docx")
    )
    assert MARKER_BYTES not in all_unpacked_bytes(stored_bytes(document.file))


@pytest.mark.parametrize(
    "extension, content", [("bin", b"data"), ("pdf", pdf_with_metadata(encrypt=True))]
)
def test_code_cannot_store_a_file_it_cannot_clean(db, extension, content):
    name = f"refused-{uuid.uuid4().hex}.{extension}"
    with pytest.raises(MetadataError), transaction.atomic():
        Document.objects.create(title="Refused", file=ContentFile(content, name=name))
    assert not Document.objects.exists()
    assert not default_storage.exists(f"documents/{name}")


def test_a_rendition_of_a_cleaned_original_has_no_metadata(db):
    image = Image_.objects.create(
        title="Rendered", file=ContentFile(jpeg_with_metadata(), name="rendered.jpg")
    )
    for spec in ("width-30", "width-30|format-webp", "width-30|format-png"):
        rendition = image.get_rendition(spec)
        data = stored_bytes(rendition.file)
        assert_clean_image(data, (30, 20))


def test_without_cleaning_a_rendition_would_carry_the_originals_gps(db):
    """Why originals must be cleaned: Wagtail copies the original's EXIF into renditions."""
    name = default_storage.save("original_images/raw.jpg", ContentFile(jpeg_with_metadata()))
    image = Image_.objects.create(title="Raw", file=name, width=60, height=40)
    with Image.open(io.BytesIO(stored_bytes(image.get_rendition("width-30").file))) as rendered:
        assert rendered.getexif().get_ifd(GPS_IFD)
