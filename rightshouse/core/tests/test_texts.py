"""The normal form of a text people sign or accede to: the words count, not their markup."""

import hashlib
import unicodedata

from rightshouse.core.texts import normalise, plain_text, sha256_of

WORDS = (
    "<p>Правы чалавека належаць кожнаму.</p><p>Мы абараняем іх мірнымі сродкамі ў кожнай "
    "краіне.</p>"
)


def hash_of(html):
    return sha256_of(plain_text(html))


def test_the_same_words_with_other_markup_and_spacing_hash_the_same():
    same_words = (
        "\n<p>Правы \t <b>чалавека</b>  належаць кожнаму. </p>\n\n"
        "<p><i>Мы</i> абараняем іх <a href='https://example.org/'>мірнымі</a> сродкамі "
        "ў&nbsp;кожнай краіне.</p>"
    )
    assert hash_of(same_words) == hash_of(WORDS)


def test_decomposed_unicode_hashes_as_composed():
    decomposed = unicodedata.normalize("NFD", WORDS)
    assert decomposed != WORDS  # ў and й decompose
    assert hash_of(decomposed) == hash_of(WORDS)


def test_a_changed_word_or_letter_changes_the_hash():
    assert hash_of(WORDS.replace("кожнаму", "усім")) != hash_of(WORDS)
    assert hash_of(WORDS.replace("мірнымі", "мірным")) != hash_of(WORDS)


def test_paragraph_breaks_count_as_line_breaks():
    joined = (
        "<p>Правы чалавека належаць кожнаму. Мы абараняем іх мірнымі сродкамі ў кожнай краіне.</p>"
    )
    assert hash_of(joined) != hash_of(WORDS)
    assert normalise(plain_text(WORDS)).splitlines() == [
        "Правы чалавека належаць кожнаму.",
        "Мы абараняем іх мірнымі сродкамі ў кожнай краіне.",
    ]


def test_the_hash_is_the_hex_sha256_of_the_utf8_normal_form():
    expected = hashlib.sha256("Правы чалавека".encode()).hexdigest()
    assert sha256_of("  Правы\tчалавека \n\n") == expected
