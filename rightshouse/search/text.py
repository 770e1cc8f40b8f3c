"""Search text: one normalisation and stemming for the index and the query, on any database.

The database does no language processing of its own (PostgreSQL's `simple` configuration,
SQLite FTS5's `unicode61 remove_diacritics 0` tokenizer): both only split on spaces and
lower-case. What they index for a publication is `Publication.search_text()`, the stems this
module makes from its title, lead, body and tag names; the search view turns the query into
stems the same way, in the language of the page. So SQLite and PostgreSQL find the same
publications for the same words.

Normalisation (every language): Unicode NFC, case folding, stress marks and invisible
characters (soft hyphen, zero-width spaces) dropped, ё → е, apostrophes inside a word dropped
whichever character was typed (’ ' ʼ ‘ ` ´ ′: «сям’я» = «сям'я» = «сямя»), and a word-initial
ў → у (Belarusian writes ў for у after a vowel: «ўлады» and «улады» are one word). Inside a
word ў stays a letter of its own («праваабаронцаў»), as й does. Latin-script words lose their
accents (Łukašenka = Łukasenka, café = cafe).

Stemming: Russian and English words get the Snowball stemmers (`snowballstemmer`, pure
Python); Belarusian words get `stem_belarusian`, a light suffix stripper written as data
below, since Snowball has no Belarusian stemmer. Latin-script words are stemmed as English in
every language (names of organisations, "UN", "FIDH"); Cyrillic words on English pages are
left whole. A few function words per language are stop words: they are not indexed and
are dropped from queries.
"""

import re
import threading
import unicodedata
from functools import lru_cache

import snowballstemmer

LANGUAGES = ("be", "ru", "en")

# Words longer than this are not words (and PostgreSQL refuses overlong lexemes).
MAX_WORD_LENGTH = 60

APOSTROPHES = "'\u2019\u02bc\u2018`\u00b4\u2032"
_INVISIBLE_OR_MARK = re.compile("[\u0300-\u036f\u00ad\u200b-\u200d\u2060\ufeff]")
_APOSTROPHE_IN_WORD = re.compile(f"(?<=[^\\W_])[{APOSTROPHES}]+(?=[^\\W_])")
_WORD = re.compile(r"[^\W_]+")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LETTER = re.compile(r"[^\W\d_]")


def _word_set(*groups):
    return frozenset(" ".join(groups).split())


# --- Belarusian ------------------------------------------------------------------------------
# Snowball has no Belarusian stemmer, and the Russian one misses most Belarusian endings (it
# knows neither і nor ў). This light stemmer, measured on the demo content against hand-made
# paradigms (see the README), works in four steps:
# 1. A word-final ў becomes в: it is either a genitive plural ending (праваабаронцаў, written
#    -ав in the list below) or the в of the stem (заява -> заяў).
# 2. The longest ending from BELARUSIAN_ENDINGS is removed if at least BELARUSIAN_MIN_STEM
#    letters stay.
# 3. What inflection alternates at the end of a stem is made one: a vowel + в goes
#    (дзяржава, дзяржаў -> дзярж; права, праў -> пра), дз -> д (суд, у судзе), сц -> с
#    (адказнасць, адказнасці).
# 4. о -> а: Belarusian writes о only under stress, so the same stem takes а wherever the
#    stress moves (год, гадоў; голас, галасы; абарона, абараняць).
BELARUSIAN_MIN_STEM = 3
BELARUSIAN_ENDINGS = sorted(
    _word_set(
        # nouns; -ав -яв -ов -ев are the genitive plural -аў -яў -оў -еў after step 1
        "а я у ю е э ы і о ь ав яв ов ев ам ям ом ем амі ямі мі ах ях ой ою ей ею",
        "ыя ыі ыю ый ыяй ыям ыямі ыях",  # арганізацыя
        "ія іі ію ій іяй іям іямі іях",  # рэпрэсія
        # adjectives, participles, pronouns
        "ая яя ае яе ое ую юю ага яга аму яму ым ім ых іх ымі імі ай яй",
        # verbs: infinitive, present, past plural, gerund, reflexive
        "аць яць ець іць ыць уць юць аюць ць аем аеш еш іш ыш",
        "алі ялі ілі ылі елі аючы ючы учы ячы",
        "ацца яцца ецца іцца ыцца юцца уцца аецца аюцца аліся іліся ыліся яліся ўся",
    ),
    key=len,
    reverse=True,
)
BELARUSIAN_VOWELS = frozenset("аеэоуыіяю")

# --- Stop words, normalised (ё written е) ------------------------------------------------
# Function words that would only narrow a search: not indexed, dropped from queries.
STOP_WORDS = {
    "be": _word_set(
        "а аб або ад але бо бы ва да дзе для ды ж жа з за і й каб калі ля на над не ні па пад",
        "перад пра праз пры са таму то у ці што як які якая якое якія гэта гэты гэтая гэтае",
        "гэтыя ен яна яно яны яго яе іх ім ей мы вы",
    ),
    "ru": _word_set(
        "а без бы в во да для до же за и или из к ко как ли на над не ни но о об от по под",
        "перед при про с со то у что чтобы это этот эта эти который которая которое которые",
        "он она оно они его ее их им ей мы вы",
    ),
    "en": _word_set(
        "a an and are as at be been by for from has have in into is it its of on or that the",
        "their this to was were which who with he she they we you his her them",
    ),
}

_local = threading.local()  # Snowball stemmer objects keep state: one per thread.


def _snowball(name):
    stemmers = getattr(_local, "stemmers", None)
    if stemmers is None:
        stemmers = _local.stemmers = {}
    if name not in stemmers:
        stemmers[name] = snowballstemmer.stemmer(name)
    return stemmers[name]


def normalise(text):
    """Case-folded NFC text with ё → е, no stress marks, no apostrophes inside words."""
    text = unicodedata.normalize("NFC", text.casefold())
    text = _INVISIBLE_OR_MARK.sub("", text)
    text = _APOSTROPHE_IN_WORD.sub("", text)
    return text.replace("ё", "е")


def words(text):
    """The normalised words of `text`, in order."""
    found = []
    for word in _WORD.findall(normalise(text)):
        if len(word) > MAX_WORD_LENGTH:
            continue
        if word[0] == "ў":
            word = "у" + word[1:]
        elif not word.isascii() and not _CYRILLIC.search(word):
            word = _without_diacritics(word)  # Łukašenka = Łukasenka
        found.append(word)
    return found


def _without_diacritics(word):
    """A Latin-script word without accents: é -> e, š -> s (ł, ø, ß have none to lose)."""
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


def stem_belarusian(word):
    """The stem of a normalised Belarusian word (see BELARUSIAN_ENDINGS for the steps)."""
    if word.endswith("ў"):
        word = word[:-1] + "в"
    for ending in BELARUSIAN_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= BELARUSIAN_MIN_STEM:
            word = word[: -len(ending)]
            break
    if len(word) > BELARUSIAN_MIN_STEM:
        if word[-1] == "в" and word[-2] in BELARUSIAN_VOWELS:
            word = word[:-2] if len(word) > BELARUSIAN_MIN_STEM + 1 else word[:-1]
        elif word.endswith(("дз", "сц")):
            word = word[:-1]
    return word.replace("о", "а")


@lru_cache(maxsize=100_000)
def stem(word, language):
    """The stem of one normalised word in `language` ("be", "ru" or "en")."""
    if _CYRILLIC.search(word):
        if language == "be":
            return stem_belarusian(word)
        if language == "ru":
            return _snowball("russian").stemWord(word)
        return word
    if _LETTER.search(word):
        return _snowball("english").stemWord(word)
    return word  # a number


def base_language(language_code):
    """'be' for 'be', 'be-tarask'…; English for a language this module does not know."""
    code = (language_code or "").split("-")[0].lower()
    return code if code in LANGUAGES else "en"


def stems(text, language):
    """The distinct stems of the words of `text` that are not stop words, in order."""
    language = base_language(language)
    stop_words = STOP_WORDS[language]
    seen = {}
    for word in words(text):
        if word not in stop_words:
            seen.setdefault(stem(word, language), None)
    return list(seen)


def index_text(language, *texts):
    """What the search index holds for these texts: their stems, separated by spaces."""
    return " ".join(stems(" ".join(text for text in texts if text), language))


def query_terms(query, language):
    """The query as stems for `.search()`: space-separated, every one required."""
    return " ".join(stems(query, language))
