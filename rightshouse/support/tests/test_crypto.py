"""The encryption of support cases: what decrypts, and what is detected as damaged."""

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rightshouse.support import crypto

KEY = bytes(range(32))
AAD = crypto.associated_data("case-a", "answer", "1")


def test_a_record_decrypts_only_in_its_own_place():
    blob = crypto.encrypt(KEY, "Сведкі: marker".encode(), AAD)
    assert crypto.decrypt(KEY, blob, AAD) == "Сведкі: marker".encode()
    assert b"marker" not in blob
    for elsewhere in (
        crypto.associated_data("case-b", "answer", "1"),  # moved to another case
        crypto.associated_data("case-a", "contact", "1"),  # to another kind of record
        crypto.associated_data("case-a", "answer", "2"),  # to another record
    ):
        with pytest.raises(crypto.Damaged):
            crypto.decrypt(KEY, blob, elsewhere)
    with pytest.raises(crypto.Damaged):
        crypto.decrypt(crypto.new_key(), blob, AAD)


def test_the_same_text_encrypts_differently_each_time():
    assert crypto.encrypt(KEY, b"same", AAD) != crypto.encrypt(KEY, b"same", AAD)


@pytest.mark.parametrize("position", [0, 10, 30, -1])
def test_one_flipped_byte_anywhere_is_detected(position):
    blob = bytearray(crypto.encrypt(KEY, b"what happened", AAD))
    blob[position] ^= 0x01
    with pytest.raises(crypto.Damaged):
        crypto.decrypt(KEY, bytes(blob), AAD)


def test_a_sealed_case_key_opens_only_with_its_private_key():
    private, public = crypto.new_key_pair()
    other_private, _other_public = crypto.new_key_pair()
    sealed = crypto.seal(public, KEY)
    assert crypto.unseal(private, sealed) == KEY
    with pytest.raises(crypto.Damaged):
        crypto.unseal(other_private, sealed)
    flipped = bytearray(sealed)
    flipped[-1] ^= 1
    with pytest.raises(crypto.Damaged):
        crypto.unseal(private, bytes(flipped))


def test_a_private_key_is_unwrapped_only_with_its_passphrase():
    private, _public = crypto.new_key_pair()
    salt, wrapped = crypto.wrap_private_key(private, "correct horse battery")
    assert private not in wrapped
    assert crypto.unwrap_private_key(salt, wrapped, "correct horse battery") == private
    with pytest.raises(crypto.Damaged):
        crypto.unwrap_private_key(salt, wrapped, "wrong horse battery")
    flipped = bytearray(wrapped)
    flipped[5] ^= 1
    with pytest.raises(crypto.Damaged):
        crypto.unwrap_private_key(salt, bytes(flipped), "correct horse battery")


@pytest.mark.parametrize("passphrase", ["", "x" * 1025, "nul\0inside", "\udcff lone surrogate"])
def test_absurd_passphrases_are_refused_before_argon2(passphrase, monkeypatch):
    def no_argon2(*args, **kwargs):
        raise AssertionError("Argon2 ran")

    monkeypatch.setattr(crypto.pwhash.argon2id, "kdf", no_argon2)
    with pytest.raises((ValueError, UnicodeEncodeError)):
        crypto.wrap_private_key(KEY, passphrase)


def encrypted_stream(data, chunk_sizes=(1000,)):
    output = io.BytesIO()
    pieces, start = [], 0
    while start < len(data):
        size = chunk_sizes[len(pieces) % len(chunk_sizes)]
        pieces.append(data[start : start + size])
        start += size
    assert crypto.encrypt_stream(KEY, pieces, output, AAD) == len(data)
    return output.getvalue()


@pytest.mark.parametrize("size", [0, 1, crypto.CHUNK_BYTES, crypto.CHUNK_BYTES * 3 + 17])
def test_a_stream_round_trips_whatever_its_size(size):
    data = bytes(i % 251 for i in range(size))
    blob = encrypted_stream(data, chunk_sizes=(7000, 100_000))
    assert crypto.decrypt_stream_to_bytes(KEY, blob, AAD) == data


def test_a_truncated_reordered_or_changed_stream_is_detected():
    data = bytes(crypto.CHUNK_BYTES * 3)
    blob = encrypted_stream(data)
    block = crypto.CHUNK_BYTES + crypto.STREAM_OVERHEAD
    header, body = blob[: crypto.STREAM_HEADER_BYTES], blob[crypto.STREAM_HEADER_BYTES :]
    blocks = [body[i : i + block] for i in range(0, len(body), block)]
    truncated = header + b"".join(blocks[:-1])
    reordered = header + blocks[1] + blocks[0] + b"".join(blocks[2:])
    changed = bytearray(blob)
    changed[crypto.STREAM_HEADER_BYTES + 100] ^= 1
    for damaged in (truncated, reordered, bytes(changed), blob + b"x", blob[:10]):
        with pytest.raises(crypto.Damaged):
            crypto.decrypt_stream_to_bytes(KEY, damaged, AAD)
    with pytest.raises(crypto.Damaged):
        crypto.decrypt_stream_to_bytes(KEY, blob, crypto.associated_data("case-b", "file", "1"))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_decrypting_any_bytes_raises_damaged_or_returns(blob):
    """Fuzzing: arbitrary input never crashes or hangs the decryption."""
    for decrypt in (crypto.decrypt, crypto.decrypt_stream_to_bytes):
        with pytest.raises(crypto.Damaged):
            decrypt(KEY, blob, AAD)
    with pytest.raises(crypto.Damaged):
        crypto.unseal(KEY, blob)
