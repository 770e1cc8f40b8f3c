"""Attachments of the support form, encrypted as they arrive: no plaintext ever on disk.

Django's default upload handlers keep small files in memory and write bigger ones (above
2.5 MB) to a temporary file in the clear. The support form replaces them, for its own view
only, with `EncryptingUploadHandler`: each file gets a random key and a random name under
SUPPORT_FILES_DIR, and its bytes are pushed through a secretstream in 64 KiB chunks (the
format of crypto.encrypt_stream, so crypto.decrypt_stream reads it) bound to the case's
future id and the file's name. The file's key, name, type and size are only returned, to be
stored in the case's ATTACHMENT record, encrypted under the case key (cases.create_case).

Limits: the body's declared length is checked before anything is read (`too_large`); while
streaming, a file or the whole upload passing its limit, or one file too many, stops the
upload. Every file written for a request that does not become a case is deleted
(`discard`), so an aborted or refused upload leaves nothing.
"""

import json
import re
import secrets
import unicodedata
from dataclasses import dataclass

from django.conf import settings
from django.core.files.uploadhandler import FileUploadHandler, StopUpload
from django.http import QueryDict
from django.utils.datastructures import MultiValueDict
from nacl import bindings

from . import cases, crypto

MAX_FILES = 5
NAME_MAX_CHARACTERS = 200
TYPE_MAX_CHARACTERS = 100
# What the form's own fields may add to the body above the files (20,000 characters of
# text are up to 80 KB in UTF-8, plus the multipart framing).
FORM_FIELDS_ALLOWANCE = 1024 * 1024
_CONTENT_TYPE = re.compile(r"^[\w.+-]+/[\w.+-]+$")
_PUSH = bindings.crypto_secretstream_xchacha20poly1305_push
_TAG_MESSAGE = bindings.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
_TAG_FINAL = bindings.crypto_secretstream_xchacha20poly1305_TAG_FINAL


def max_file_bytes():
    return settings.SUPPORT_MAX_FILE_BYTES


def max_request_bytes():
    return settings.SUPPORT_MAX_REQUEST_BYTES


def too_large(request):
    """Whether the body the request announces is over the limit (read before the body is)."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return True
    return length > max_request_bytes() + FORM_FIELDS_ALLOWANCE


def file_aad(case_uid, stored_name):
    """What binds an uploaded file's stream to its case and its stored name (export.py)."""
    return crypto.associated_data(case_uid, "file", stored_name)


def safe_display_name(name):
    """A file name fit to show: no path, no control or format characters (NUL, right-to-left
    overrides, zero-width marks), no surrounding dots or spaces, bounded; never empty."""
    name = str(name or "")
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(
        char for char in name if unicodedata.category(char) not in {"Cc", "Cf", "Cs", "Co", "Cn"}
    )
    name = " ".join(name.split()).strip(" .")
    return name[:NAME_MAX_CHARACTERS] or "attachment"


def safe_content_type(content_type):
    content_type = str(content_type or "").strip().lower()[:TYPE_MAX_CHARACTERS]
    return content_type if _CONTENT_TYPE.match(content_type) else "application/octet-stream"


@dataclass
class EncryptedFile:
    """A file written and finished: its random name and the meta for its record."""

    stored_name: str
    name: str
    content_type: str
    size: int
    key: bytes

    def meta(self):
        data = {
            "name": self.name,
            "type": self.content_type,
            "size": self.size,
            "file_key": self.key.hex(),
        }
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


class Refused(StopUpload):
    """The upload passed a limit; `reason` says which ("file", "total", "count")."""

    def __init__(self, reason):
        super().__init__(connection_reset=False)
        self.reason = reason


class _Writing:
    """The file being received: its stream state and the plaintext not yet pushed (less
    than two chunks: a chunk is pushed once the next byte shows it is not the last)."""

    def __init__(self, stored_name, name, content_type, key, output):
        self.stored_name = stored_name
        self.name = name
        self.content_type = content_type
        self.key = key
        self.output = output
        self.size = 0
        self.buffer = bytearray()
        self.state = bindings.crypto_secretstream_xchacha20poly1305_state()


class _WatchedStream:
    """The request's body as Django reads it, counting the bytes and keeping the last few:
    Django's parser takes a body cut short (a dropped connection) or without its closing
    boundary as if it were whole, and would complete the last file with what came."""

    TAIL_BYTES = 1024

    def __init__(self, stream):
        self._stream = stream
        self.size = 0
        self.tail = b""

    def read(self, *args):
        return self._seen(self._stream.read(*args))

    def readline(self, *args):
        return self._seen(self._stream.readline(*args))

    def _seen(self, data):
        self.size += len(data)
        self.tail = (self.tail + data)[-self.TAIL_BYTES :]
        return data

    def close(self):
        self._stream.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)


class EncryptingUploadHandler(FileUploadHandler):
    """Encrypts each uploaded file as it arrives (see the module's docstring). `case_uid` is
    the id the case will be created with. After the upload, `files` holds the finished
    files; `refused` the reason the upload was stopped ("file", "total", "count" for a
    limit, "incomplete" for a body cut short), or None; `discard()` deletes every file."""

    def __init__(self, case_uid, request):
        super().__init__(request)
        self.case_uid = case_uid
        self.files = []
        self.refused = None
        self.total = 0
        self._current = None
        self._written = []
        self._expected = None
        # Django reads a multipart body through request._stream (HttpRequest.read).
        self._stream = request._stream = _WatchedStream(request._stream)

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        # Before the parser's own error handling: answering with nothing parsed is how a
        # handler stops the body from being read at all.
        if content_length > max_request_bytes() + FORM_FIELDS_ALLOWANCE:
            self.refused = "total"
            return QueryDict(encoding=encoding), MultiValueDict()
        self._expected = (content_length, b"--" + boundary + b"--")
        return None

    def new_file(self, field_name, file_name, *args, **kwargs):
        super().new_file(field_name, file_name, *args, **kwargs)
        if len(self.files) + (self._current is not None) >= MAX_FILES:
            self._refuse("count")
        stored_name = secrets.token_hex(16)
        path = cases.files_dir() / stored_name
        output = open(path, "xb")  # noqa: SIM115 (closed in file_complete or _close)
        self._written.append(stored_name)
        current = _Writing(
            stored_name,
            safe_display_name(file_name),
            safe_content_type(self.content_type),
            crypto.new_key(),
            output,
        )
        self._current = current
        output.write(
            bindings.crypto_secretstream_xchacha20poly1305_init_push(current.state, current.key)
        )

    def receive_data_chunk(self, raw_data, start):
        current = self._current
        if current is None:
            return None
        current.size += len(raw_data)
        self.total += len(raw_data)
        if current.size > max_file_bytes():
            self._refuse("file")
        if self.total > max_request_bytes():
            self._refuse("total")
        current.buffer += raw_data
        aad = file_aad(self.case_uid, current.stored_name)
        while len(current.buffer) > crypto.CHUNK_BYTES:
            chunk = bytes(current.buffer[: crypto.CHUNK_BYTES])
            del current.buffer[: crypto.CHUNK_BYTES]
            current.output.write(_PUSH(current.state, chunk, aad, _TAG_MESSAGE))
        return None

    def file_complete(self, file_size):
        current = self._current
        if current is None:
            return None
        aad = file_aad(self.case_uid, current.stored_name)
        current.output.write(_PUSH(current.state, bytes(current.buffer), aad, _TAG_FINAL))
        current.buffer.clear()
        current.output.close()
        self._current = None
        self.files.append(
            EncryptedFile(
                current.stored_name, current.name, current.content_type, current.size, current.key
            )
        )
        # Nothing for request.FILES: the view takes the files from the handler.
        return None

    def upload_interrupted(self):
        self._close()

    def upload_complete(self):
        self._close()
        if self.refused is None and self._expected is not None:
            length, closing = self._expected
            if self._stream.size < length or closing not in self._stream.tail:
                self.refused = "incomplete"

    def discard(self):
        """Deletes every file written for this request (the upload was refused, the form had
        errors, or the case was not created)."""
        self._close()
        for stored_name in self._written:
            (cases.files_dir() / stored_name).unlink(missing_ok=True)
        self._written = []
        self.files = []

    def claim(self):
        """The finished files, now the case's: `discard` no longer deletes them."""
        files, self.files = self.files, []
        claimed = {file.stored_name for file in files}
        self._written = [name for name in self._written if name not in claimed]
        return files

    def _refuse(self, reason):
        self.refused = reason
        self._close()
        raise Refused(reason)

    def _close(self):
        current, self._current = self._current, None
        if current is not None:
            current.buffer.clear()
            current.output.close()
