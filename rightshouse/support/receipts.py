"""Receipts: seven words an applicant keeps to come back to their case.

Seven words of the EFF long list (7,776 words, shipped by the xkcdpass package) are 90 bits.
A receipt is stretched with Argon2id into two halves: the first finds the case (stored), the
second is a key that opens the applicant's copy of the case key (never stored). The salt is
derived from SECRET_KEY, so a copy of the database alone cannot test receipts; changing
SECRET_KEY makes every receipt stop working.

Input that cannot be a receipt (too long, not text, not seven words of the list) is refused
before any Argon2 work; every well-formed receipt is stretched and looked up the same way, so
a wrong one answers in the same time as a right one's first step.
"""

import hashlib
import hmac
import re
import secrets
from functools import cache
from importlib import resources

from django.conf import settings
from nacl import pwhash

WORDS_IN_A_RECEIPT = 7
RECEIPT_MAX_CHARACTERS = 200
_SEPARATORS = re.compile(r"[\s\-_.,;:]+")
_WORD = re.compile(r"^[a-z]{2,12}$")
# Interactive cost: the receipt itself is 90 random bits, the work only slows mass testing.
_OPSLIMIT = pwhash.argon2id.OPSLIMIT_INTERACTIVE
_MEMLIMIT = pwhash.argon2id.MEMLIMIT_INTERACTIVE


@cache
def word_list():
    text = (resources.files("xkcdpass") / "static" / "eff-long").read_text(encoding="utf-8")
    words = text.split()
    assert len(words) == 7776 == len(set(words))
    return tuple(words)


def new_receipt():
    words = word_list()
    return " ".join(secrets.choice(words) for _ in range(WORDS_IN_A_RECEIPT))


def normalise(receipt):
    """The receipt's seven words, lower case, one space apart; None when it cannot be one
    (checked before any Argon2 work: length, encoding, words of the list)."""
    if not isinstance(receipt, str) or len(receipt) > RECEIPT_MAX_CHARACTERS:
        return None
    words = [word for word in _SEPARATORS.split(receipt.strip().lower()) if word]
    if len(words) != WORDS_IN_A_RECEIPT or not all(_WORD.match(word) for word in words):
        return None
    known = set(word_list())
    if not all(word in known for word in words):
        return None
    return " ".join(words)


def _salt():
    digest = hmac.new(settings.SECRET_KEY.encode(), b"rightshouse.support.receipts", "sha256")
    return digest.digest()[: pwhash.argon2id.SALTBYTES]


def stretch(normalised_receipt):
    """(lookup hex, applicant key) of a normalised receipt."""
    material = pwhash.argon2id.kdf(
        64, normalised_receipt.encode(), _salt(), opslimit=_OPSLIMIT, memlimit=_MEMLIMIT
    )
    return hashlib.sha256(material[:32]).hexdigest(), material[32:]
