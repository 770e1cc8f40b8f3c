#!/usr/bin/env python3
"""Opens a support case export offline (rightshouse.support.export), with PyNaCl only.

    python tools/support_decrypt.py EXPORT_FILE --recovery-key HEX [--output FOLDER]
    python tools/support_decrypt.py EXPORT_FILE --handler-key-file FILE [--output FOLDER]

Writes case.json (every record; attachments without their bytes) and the attachments, under
harmless names, to FOLDER (default: the export's name + ".d"; it must not exist yet). Run it
on an offline machine: the output is the case in the clear.
"""

import argparse
import base64
import json
import os
import re
import sys
import unicodedata
from pathlib import Path

from nacl import bindings, exceptions
from nacl.public import PrivateKey, SealedBox

FORMAT = "rightshouse-support-export"
EXPORT_AAD = b"rightshouse.support.export.v1"
CHUNK_BYTES = 64 * 1024
HEADER_MAX_BYTES = 64 * 1024
_STREAM = "crypto_secretstream_xchacha20poly1305_"


class Refused(Exception):
    """The export does not open: another key, or a changed or truncated file."""


def read_header(source):
    line = source.readline(HEADER_MAX_BYTES)
    try:
        header = json.loads(line)
    except ValueError as error:
        raise Refused("not a support export") from error
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise Refused("not a support export")
    return header


def export_key(header, private_key):
    private = PrivateKey(private_key)
    public = bytes(private.public_key).hex()
    for entry in header.get("sealed_for", []):
        if entry.get("public_key") == public:
            try:
                return SealedBox(private).decrypt(bytes.fromhex(entry["sealed"]))
            except (exceptions.CryptoError, ValueError, KeyError) as error:
                raise Refused("the sealed key is damaged") from error
    raise Refused("this export was not made for this key")


def decrypt_stream(key, source):
    state = getattr(bindings, _STREAM + "state")()
    header = source.read(getattr(bindings, _STREAM + "HEADERBYTES"))
    try:
        getattr(bindings, _STREAM + "init_pull")(state, header, key)
    except (exceptions.CryptoError, ValueError) as error:
        raise Refused("damaged export") from error
    block_bytes = CHUNK_BYTES + getattr(bindings, _STREAM + "ABYTES")
    final = getattr(bindings, _STREAM + "TAG_FINAL")
    parts = []
    while True:
        block = source.read(block_bytes)
        if not block:
            raise Refused("truncated export")
        try:
            chunk, tag = getattr(bindings, _STREAM + "pull")(state, block, EXPORT_AAD)
        except (exceptions.CryptoError, ValueError) as error:
            raise Refused("damaged export") from error
        parts.append(chunk)
        if tag == final:
            if source.read(1):
                raise Refused("data after the end of the export")
            return b"".join(parts)


def safe_name(name, number):
    """A file name that cannot leave the folder or hide its extension."""
    name = unicodedata.normalize("NFKC", str(name or ""))
    name = "".join(c for c in name if unicodedata.category(c)[0] not in "CZ" or c == " ")
    name = re.sub(r"[^\w.\- ]", "_", name).strip(" .")[:100]
    return f"{number:03d}-{name or 'attachment'}"


def write_out(content, folder):
    folder.mkdir(mode=0o700)
    attachments = folder / "attachments"
    for number, record in enumerate(content.get("records", []), start=1):
        data = record.pop("data_base64", None)
        if data is None:
            continue
        attachments.mkdir(mode=0o700, exist_ok=True)
        name = safe_name(record.get("meta", {}).get("name"), number)
        path = attachments / name
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as output:
            output.write(base64.b64decode(data))
        record["file"] = f"attachments/{name}"
    with open(folder / "case.json", "w", encoding="utf-8") as output:
        json.dump(content, output, ensure_ascii=False, indent=2)


def private_key_from(arguments):
    text = arguments.recovery_key or Path(arguments.handler_key_file).read_text(encoding="ascii")
    try:
        key = bytes.fromhex(text.strip())
    except ValueError as error:
        raise Refused("the key is not hexadecimal") from error
    if len(key) != 32:
        raise Refused("the key must be 32 bytes (64 hexadecimal digits)")
    return key


def main(argv=None):
    parser = argparse.ArgumentParser(description="Decrypt a Rights House support export.")
    parser.add_argument("export_file")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--recovery-key", help="the organisation's recovery private key (hex)")
    which.add_argument("--handler-key-file", help="a file holding a handler's private key (hex)")
    parser.add_argument("--output", help="folder to create for the decrypted case")
    arguments = parser.parse_args(argv)
    folder = Path(arguments.output or arguments.export_file + ".d")
    try:
        private_key = private_key_from(arguments)
        with open(arguments.export_file, "rb") as source:
            header = read_header(source)
            key = export_key(header, private_key)
            content = json.loads(decrypt_stream(key, source))
        if folder.exists():
            raise Refused(f"{folder} exists already")
        write_out(content, folder)
    except (Refused, OSError) as error:
        print(f"support_decrypt: {error}", file=sys.stderr)
        return 1
    print(f"Case {header.get('case')} written to {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
