"""Uploads of the support form: encrypted as they arrive, readable by crypto.decrypt_stream,
refused past their limits (before reading when the body says so) with nothing left behind,
and hostile file names harmless."""

import io
import json

import pytest
from django.test import Client

from rightshouse.support import cases, crypto, export, uploads
from rightshouse.support.models import Case, RecordKind

from .helpers import case_key, multipart, post_multipart, request_data, stored_files, url

CHUNK = crypto.CHUNK_BYTES


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * CHUNK + 7])
def test_every_size_of_file_reads_back_whole(handler, size):
    content = bytes(range(256)) * (size // 256 + 1)
    content = content[:size]
    response = post_multipart(Client(), request_data(), [("file.bin", content)])
    assert response.status_code == 200
    case = Case.objects.get()
    key = case_key(case, handler)
    (attachment,) = cases.open_records(case, key, [RecordKind.ATTACHMENT])
    assert b"".join(export.attachment_chunks(case, key, attachment)) == content
    assert export.meta_of(attachment)["size"] == size


def test_a_changed_or_truncated_file_is_detected(handler):
    post_multipart(Client(), request_data(), [("file.bin", b"z" * (CHUNK + 10))])
    case = Case.objects.get()
    key = case_key(case, handler)
    (attachment,) = cases.open_records(case, key, [RecordKind.ATTACHMENT])
    (path,) = stored_files()
    original = path.read_bytes()
    flipped = bytearray(original)
    flipped[-5] ^= 1
    for damaged in (bytes(flipped), original[: crypto.STREAM_HEADER_BYTES + CHUNK + 17]):
        path.write_bytes(damaged)
        with pytest.raises(crypto.Damaged):
            b"".join(export.attachment_chunks(case, key, attachment))


def test_a_file_moved_to_another_case_does_not_open(handler):
    post_multipart(Client(), request_data(), [("a.bin", b"first")])
    post_multipart(Client(), request_data(), [("b.bin", b"second")])
    first, second = Case.objects.order_by("pk")
    first_file = first.records.get(kind=RecordKind.ATTACHMENT)
    meta = json.loads(
        cases.open_records(first, case_key(first, handler), [RecordKind.ATTACHMENT])[0].plaintext
    )
    # Even with the file's own key, its stream is bound to the first case's id.
    path = cases.files_dir() / first_file.stored_name
    with open(path, "rb") as source, pytest.raises(crypto.Damaged):
        b"".join(
            crypto.decrypt_stream(
                bytes.fromhex(meta["file_key"]),
                source,
                uploads.file_aad(second.uid, first_file.stored_name),
            )
        )


def test_a_file_of_the_limit_passes_and_one_byte_more_is_refused_leaving_nothing(handler, settings):
    settings.SUPPORT_MAX_FILE_BYTES = 100_000
    response = post_multipart(Client(), request_data(), [("a.bin", b"a" * 100_000)])
    assert response.status_code == 200 and len(stored_files()) == 1
    response = post_multipart(
        Client(), request_data(), [("ok.bin", b"b" * 10), ("big.bin", b"c" * 100_001)]
    )
    assert response.status_code == 413
    assert "too large" in response.content.decode()
    assert Case.objects.count() == 1 and len(stored_files()) == 1


def test_the_total_of_the_files_is_limited(handler, settings):
    settings.SUPPORT_MAX_FILE_BYTES = 100_000
    settings.SUPPORT_MAX_REQUEST_BYTES = 150_000
    files = [("a.bin", b"a" * 80_000), ("b.bin", b"b" * 80_000)]
    response = post_multipart(Client(), request_data(), files)
    assert response.status_code == 413
    assert not Case.objects.exists() and stored_files() == []


def test_more_than_five_files_are_refused(handler):
    files = [(f"{n}.txt", b"x") for n in range(uploads.MAX_FILES + 1)]
    response = post_multipart(Client(), request_data(), files)
    assert response.status_code == 413
    assert not Case.objects.exists() and stored_files() == []
    files = files[: uploads.MAX_FILES]
    assert post_multipart(Client(), request_data(), files).status_code == 200
    assert len(stored_files()) == uploads.MAX_FILES


class UnreadableBody(io.RawIOBase):
    """A request body that fails the test if anything reads it."""

    was_read = False

    def read(self, size=-1):
        UnreadableBody.was_read = True
        raise AssertionError("the body was read")

    readline = read


def test_a_body_announced_too_large_is_refused_without_reading_it(handler, settings):
    settings.SUPPORT_MAX_REQUEST_BYTES = 1_000_000
    UnreadableBody.was_read = False
    response = Client().generic(
        "POST",
        url("apply"),
        b"",
        "multipart/form-data; boundary=xyz",
        CONTENT_TYPE="multipart/form-data; boundary=xyz",
        CONTENT_LENGTH=str(1_000_000 + uploads.FORM_FIELDS_ALLOWANCE + 1),
        **{"wsgi.input": UnreadableBody()},
    )
    assert response.status_code == 413
    assert not UnreadableBody.was_read
    assert stored_files() == [] and not Case.objects.exists()


def test_a_body_cut_off_in_the_middle_of_a_file_leaves_nothing(handler):
    body, content_type = multipart(request_data(), [("a.bin", b"q" * (3 * CHUNK))])
    cut = body[: len(body) - CHUNK]  # the end of the file and the closing boundary are lost
    # A connection dropped: fewer bytes than announced.
    response = Client().generic(
        "POST",
        url("apply"),
        b"",
        content_type,
        CONTENT_TYPE=content_type,
        CONTENT_LENGTH=str(len(body)),
        **{"wsgi.input": io.BytesIO(cut)},
    )
    assert response.status_code == 400
    assert "did not arrive whole" in response.content.decode()
    # A body without its closing boundary.
    response = Client().generic("POST", url("apply"), cut, content_type)
    assert response.status_code == 400
    assert not Case.objects.exists() and stored_files() == []
    # The whole body goes through.
    assert Client().generic("POST", url("apply"), body, content_type).status_code == 200
    assert Case.objects.count() == 1 and len(stored_files()) == 1


HOSTILE_NAMES = [
    "../../etc/passwd",
    "..\\..\\windows\\system.ini",
    "evil\x00.txt",
    "invoice\u202efdp.exe",
    "\u200b\u2066name\u2069.pdf",
    "<script>alert(1)</script>.html",
    "." * 300,
    "a" * 5000 + ".txt",
]


def test_hostile_file_names_are_harmless(handler, settings):
    files = [(name, b"content") for name in HOSTILE_NAMES[:5]]
    response = post_multipart(Client(), request_data(), files)
    assert response.status_code == 200
    for path in stored_files():
        assert path.parent == settings.SUPPORT_FILES_DIR
        assert len(path.name) == 32 and int(path.name, 16) >= 0
    case = Case.objects.get()
    key = case_key(case, handler)
    names = [
        export.meta_of(item)["name"]
        for item in cases.open_records(case, key, [RecordKind.ATTACHMENT])
    ]
    for name in names:
        assert "/" not in name and "\\" not in name and "\x00" not in name
        assert "\u202e" not in name and "\u200b" not in name and "\u2066" not in name
    assert "passwd" in names


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_safe_display_name(name):
    shown = uploads.safe_display_name(name)
    assert shown and len(shown) <= uploads.NAME_MAX_CHARACTERS
    assert not any(char in shown for char in "/\\\x00\u202e\u200b\u2066\u2069")
    assert not shown.startswith(".")


def test_safe_content_type():
    assert uploads.safe_content_type("application/PDF") == "application/pdf"
    assert uploads.safe_content_type("text/html\r\nX: y") == "application/octet-stream"
    assert uploads.safe_content_type("") == "application/octet-stream"
