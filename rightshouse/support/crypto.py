"""The encryption of support cases, with PyNaCl only (domain note, section 6).

- Each case has a random 32-byte key. Every record (an answer, a contact, a message, an
  attachment's name, type and size) is encrypted with XChaCha20-Poly1305 (IETF AEAD) under
  that key, with associated data naming the case and the record's type and id: a ciphertext
  moved to another case or record does not decrypt.
- Attachments are encrypted as a secretstream (XChaCha20-Poly1305 in chunks, the last one
  tagged final): a changed, dropped, reordered or truncated chunk is detected.
- The case key is sealed (X25519 sealed box) to each assigned handler's public key and to
  the organisation's recovery public key, whose private half is kept offline.
- A handler's private key is stored only wrapped: SecretBox under a key derived from their
  passphrase by Argon2id.

Anything that does not decrypt raises `Damaged`: the caller shows the record as damaged.
"""

import io

from nacl import bindings, exceptions, pwhash, utils
from nacl.public import PrivateKey, PublicKey, SealedBox
from nacl.secret import SecretBox

KEY_BYTES = 32
NONCE_BYTES = bindings.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
CHUNK_BYTES = 64 * 1024
STREAM_HEADER_BYTES = bindings.crypto_secretstream_xchacha20poly1305_HEADERBYTES
STREAM_OVERHEAD = bindings.crypto_secretstream_xchacha20poly1305_ABYTES
_TAG_MESSAGE = bindings.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
_TAG_FINAL = bindings.crypto_secretstream_xchacha20poly1305_TAG_FINAL
# Argon2id cost of wrapping a handler's key: "moderate" (3 passes, 256 MiB), about 0.5 s here.
PASSPHRASE_OPSLIMIT = pwhash.argon2id.OPSLIMIT_MODERATE
PASSPHRASE_MEMLIMIT = pwhash.argon2id.MEMLIMIT_MODERATE
PASSPHRASE_MAX_BYTES = 1024


# What PyNaCl raises for input that does not open (its ValueError and TypeError subclass the
# built-in ones).
_NOT_OPENING = (exceptions.CryptoError, ValueError, TypeError)


class Damaged(Exception):
    """A ciphertext that does not decrypt: changed, truncated, moved, or under another key."""


def new_key():
    return utils.random(KEY_BYTES)


def associated_data(case_uid, record_type, record_uid=""):
    """What binds a ciphertext to its place: the case, the record's type and id."""
    return "\0".join(
        ["rightshouse.support.v1", str(case_uid), record_type, str(record_uid)]
    ).encode()


def encrypt(key, plaintext, aad):
    nonce = utils.random(NONCE_BYTES)
    return nonce + bindings.crypto_aead_xchacha20poly1305_ietf_encrypt(plaintext, aad, nonce, key)


def decrypt(key, blob, aad):
    blob = bytes(blob or b"")
    if len(blob) < NONCE_BYTES:
        raise Damaged("too short")
    nonce, ciphertext = blob[:NONCE_BYTES], blob[NONCE_BYTES:]
    try:
        return bindings.crypto_aead_xchacha20poly1305_ietf_decrypt(ciphertext, aad, nonce, key)
    except _NOT_OPENING as error:
        raise Damaged("does not decrypt") from error


# --- sealing a case key to public keys -------------------------------------------------------


def new_key_pair():
    """(private key bytes, public key bytes) of a new X25519 key pair."""
    private = PrivateKey.generate()
    return bytes(private), bytes(private.public_key)


def seal(public_key, case_key):
    return SealedBox(PublicKey(bytes(public_key))).encrypt(case_key)


def unseal(private_key, sealed):
    try:
        return SealedBox(PrivateKey(bytes(private_key))).decrypt(bytes(sealed))
    except _NOT_OPENING as error:
        raise Damaged("sealed key does not open") from error


# --- a handler's private key under their passphrase -----------------------------------------


def passphrase_bytes(passphrase):
    """The passphrase as bytes, refused before Argon2 runs when absurd (too long, not text)."""
    if not isinstance(passphrase, str) or "\0" in passphrase:
        raise ValueError("not a passphrase")
    data = passphrase.encode("utf-8", errors="strict")
    if not data or len(data) > PASSPHRASE_MAX_BYTES:
        raise ValueError("passphrase length")
    return data


def wrap_private_key(private_key, passphrase):
    """(salt, wrapped) of `private_key` under Argon2id(`passphrase`)."""
    salt = utils.random(pwhash.argon2id.SALTBYTES)
    box = SecretBox(_passphrase_key(passphrase, salt))
    return salt, bytes(box.encrypt(private_key))


def unwrap_private_key(salt, wrapped, passphrase):
    """The private key, or Damaged for a wrong passphrase or a changed wrapping."""
    box = SecretBox(_passphrase_key(passphrase, bytes(salt)))
    try:
        return box.decrypt(bytes(wrapped))
    except exceptions.CryptoError as error:
        raise Damaged("wrong passphrase or changed key") from error


def _passphrase_key(passphrase, salt):
    return pwhash.argon2id.kdf(
        KEY_BYTES,
        passphrase_bytes(passphrase),
        salt,
        opslimit=PASSPHRASE_OPSLIMIT,
        memlimit=PASSPHRASE_MEMLIMIT,
    )


# --- attachments: a stream of chunks ----------------------------------------------------------


def encrypt_stream(key, chunks, output, aad):
    """Writes the secretstream of the byte strings `chunks` to the binary file `output`;
    returns the number of plaintext bytes. Every chunk carries `aad`; the last is FINAL."""
    state = bindings.crypto_secretstream_xchacha20poly1305_state()
    header = bindings.crypto_secretstream_xchacha20poly1305_init_push(state, key)
    output.write(header)
    size = 0
    pending = None
    for chunk in _rechunk(chunks):
        if pending is not None:
            output.write(_push(state, pending, aad, _TAG_MESSAGE))
        pending = chunk
        size += len(chunk)
    output.write(_push(state, pending or b"", aad, _TAG_FINAL))
    return size


def decrypt_stream(key, source, aad):
    """Yields the plaintext chunks of a secretstream read from the binary file `source`;
    raises Damaged on any change, reordering or truncation (no FINAL chunk)."""
    header = source.read(STREAM_HEADER_BYTES)
    if len(header) != STREAM_HEADER_BYTES:
        raise Damaged("no stream header")
    state = bindings.crypto_secretstream_xchacha20poly1305_state()
    try:
        bindings.crypto_secretstream_xchacha20poly1305_init_pull(state, header, key)
    except _NOT_OPENING as error:
        raise Damaged("stream header") from error
    while True:
        block = source.read(CHUNK_BYTES + STREAM_OVERHEAD)
        if not block:
            raise Damaged("truncated stream")
        try:
            chunk, tag = bindings.crypto_secretstream_xchacha20poly1305_pull(state, block, aad)
        except _NOT_OPENING as error:
            raise Damaged("changed chunk") from error
        if tag == _TAG_FINAL:
            if source.read(1):
                raise Damaged("data after the final chunk")
            yield chunk
            return
        yield chunk


def decrypt_stream_to_bytes(key, blob, aad):
    return b"".join(decrypt_stream(key, io.BytesIO(blob), aad))


def _push(state, chunk, aad, tag):
    return bindings.crypto_secretstream_xchacha20poly1305_push(state, chunk, aad, tag)


def _rechunk(chunks):
    """Chunks of exactly CHUNK_BYTES (the last shorter), whatever sizes come in, so a reader
    knows each ciphertext block's size."""
    buffer = bytearray()
    for chunk in chunks:
        buffer += chunk
        while len(buffer) >= CHUNK_BYTES:
            yield bytes(buffer[:CHUNK_BYTES])
            del buffer[:CHUNK_BYTES]
    if buffer:
        yield bytes(buffer)
