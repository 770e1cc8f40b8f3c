"""Receipts: 90 bits, typed back loosely, refused at once when they cannot be one."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rightshouse.support import receipts


def test_a_receipt_is_seven_words_of_at_least_80_bits():
    receipt = receipts.new_receipt()
    assert len(receipt.split()) == 7
    assert 7 * math.log2(len(receipts.word_list())) >= 80
    assert receipts.new_receipt() != receipt


def test_a_receipt_is_read_back_whatever_the_case_and_separators():
    receipt = receipts.new_receipt()
    loose = "  " + "-".join(word.upper() for word in receipt.split()) + "\n"
    assert receipts.normalise(loose) == receipt


@pytest.mark.parametrize(
    "typed",
    ["", "one two three", "x" * 10_000, "abacus " * 8, "abacus " * 6 + "notaword",
     "абакус " * 7, "abacus\0 " * 7, 12345],
)  # fmt: skip
def test_what_cannot_be_a_receipt_is_refused_before_argon2(typed, monkeypatch):
    def no_argon2(*args, **kwargs):
        raise AssertionError("Argon2 ran")

    monkeypatch.setattr(receipts.pwhash.argon2id, "kdf", no_argon2)
    assert receipts.normalise(typed) is None


def test_stretching_gives_a_stable_lookup_and_a_separate_key(settings):
    receipt = receipts.new_receipt()
    lookup, key = receipts.stretch(receipt)
    assert (lookup, key) == receipts.stretch(receipt)
    assert len(lookup) == 64 and len(key) == 32 and key.hex() not in lookup
    settings.SECRET_KEY = "another-secret-key-for-this-test-0123456789"
    assert receipts.stretch(receipt)[0] != lookup


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_typed_text_is_normalised_or_refused(text):
    normalised = receipts.normalise(text)
    assert normalised is None or len(normalised.split()) == 7
