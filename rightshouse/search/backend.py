"""The search backend: Wagtail's database backend, with the admin's searches stemmed.

Every search box of the admin (page search and explorer, page chooser, snippet listings and
choosers) calls the backend's `autocomplete()`, which matches the beginnings of the words of
the items' titles and names as written. So «праваабаронцаў» would not find «Праваабаронцы»:
its own beginning is not theirs. This backend turns each word of such a query into the
alternatives below, any one of which may match, and requires every word (as Wagtail does):

- the word as typed, so that what is being typed matches as it grows («праваа»);
- the beginning it shares with its other forms: the stem that the public search makes of it
  in Belarusian, Russian and English (rightshouse.search.text), written back in the word's
  own letters («праваабаронцаў» -> «праваабаронц», «правозащитников» -> «правозащитник»);
- for Belarusian, that beginning with one о written а or one а written о, since Belarusian
  spelling moves о with the stress («гадоў» and «год», «галасы» and «голас»).

The query's language is not known (an editor may search Russian tags from an English
admin), and the items' language may be any: each word gets the alternatives of all three
languages. Stems of fewer than four letters are left out unless the word itself has at most
four (so «суды» finds «суд», but «права» does not expand to every word beginning «пра»).

The public search is unchanged: it calls `search()` with stems it made itself
(rightshouse/search/views.py). Items are indexed as Wagtail indexes them.
"""

from functools import cache

from django.core.exceptions import FieldDoesNotExist
from django.db.models import QuerySet
from wagtail.search.backends.base import EmptySearchResults
from wagtail.search.backends.database import SearchBackend as database_backend
from wagtail.search.query import And, Or, PlainText

from .text import LANGUAGES, STOP_WORDS, stem, words

MIN_STEM = 4
SHORT_WORD = 4


def SearchBackend(params):  # noqa: N802 (the name Wagtail looks for in a backend module)
    """Wagtail's database backend for this database, with `StemmedAutocompleteMixin`."""
    backend_class = type(database_backend(params))
    return _with_stemmed_autocomplete(backend_class)(params)


@cache
def _with_stemmed_autocomplete(backend_class):
    return type(f"Stemmed{backend_class.__name__}", (StemmedAutocompleteMixin, backend_class), {})


class StemmedAutocompleteMixin:
    def autocomplete(self, query, model_or_queryset, **kwargs):
        if isinstance(query, PlainText):  # the page search parses its query first
            query = query.query_string
        if isinstance(query, str):
            query = autocomplete_query(query)
            if query is None:  # nothing to search for: «"», «*»
                if isinstance(model_or_queryset, QuerySet):
                    return NoResults(model_or_queryset.model)
                return NoResults(model_or_queryset)
        if isinstance(model_or_queryset, QuerySet):
            model_or_queryset = ordered_by_columns(model_or_queryset)
        return super().autocomplete(query, model_or_queryset, **kwargs)


def ordered_by_columns(queryset):
    """The queryset with an ordering by a foreign key («locale», the snippet listings'
    Language column) written as its column («locale_id»), the name the index's FilterField
    has: Wagtail refuses the first ("Cannot sort search results with field")."""
    ordering = []
    changed = False
    for item in queryset.query.order_by:
        if isinstance(item, str):
            descending, name = item.startswith("-"), item.lstrip("-")
            try:
                field = queryset.model._meta.get_field(name)
            except FieldDoesNotExist:
                field = None
            if field is not None and field.many_to_one and field.attname != name:
                item, changed = ("-" if descending else "") + field.attname, True
        ordering.append(item)
    return queryset.order_by(*ordering) if changed else queryset


class NoResults(EmptySearchResults):
    """Wagtail's empty results, with the model that the admin's listings ask them for."""

    def __init__(self, model):
        super().__init__()
        self.model = model

    def _clone(self):
        return self.__class__(self.model)


def autocomplete_query(text):
    """The query for `text`: every word required, each in any of its alternatives.

    None if `text` has no words. Alternatives are runs of letters and digits only, so the
    full-text engines get no operator, quote or bracket from what was typed.
    """
    required = []
    for chunk in text.split():
        chunk_words = words(chunk)
        for word in chunk_words:
            alternatives = dict.fromkeys(word_beginnings(word))
            if len(chunk_words) == 1:
                # As typed, in the index's own split: «сям’я» is indexed as «сям» «я».
                typed = " ".join(_typed_tokens(chunk))
                if typed:
                    alternatives[typed] = None
            required.append(_any_of(list(alternatives)))
    if not required:
        return None
    return required[0] if len(required) == 1 else And(required)


def _any_of(alternatives):
    terms = [PlainText(alternative, operator="and") for alternative in alternatives]
    return terms[0] if len(terms) == 1 else Or(terms)


def _typed_tokens(chunk):
    """The chunk's words as the index splits text: case folded, at every non-letter."""
    return [
        token for token in "".join(ch if ch.isalnum() else " " for ch in chunk.casefold()).split()
    ]


@cache
def word_beginnings(word):
    """The normalised word and the beginnings it shares with its other forms (see above)."""
    beginnings = [word]
    for language in LANGUAGES:
        if word in STOP_WORDS[language]:
            continue
        beginning = _stem_in_own_letters(word, language)
        if beginning is None:
            continue
        candidates = [beginning]
        if language == "be":
            candidates += _akanne_variants(beginning)
        for candidate in candidates:
            if candidate not in beginnings:
                beginnings.append(candidate)
    return tuple(beginnings)


def _stem_in_own_letters(word, language):
    """The word's stem as a beginning of the word itself, or None if it is not one or is too
    short to mean anything."""
    word_stem = stem(word, language)
    beginning = word[: len(word_stem)]
    # Belarusian stems write о as а and a final ў as в: the word's own letters are wanted.
    if beginning.replace("о", "а").replace("ў", "в") != word_stem.replace("о", "а"):
        return None
    if beginning == word:
        return None
    if len(beginning) < MIN_STEM and len(word) > SHORT_WORD:
        return None
    if len(beginning) < 3:
        return None
    return beginning


def _akanne_variants(beginning):
    if len(beginning) < MIN_STEM:
        return []
    variants = []
    for position, letter in enumerate(beginning):
        other = {"о": "а", "а": "о"}.get(letter)
        if other:
            variants.append(beginning[:position] + other + beginning[position + 1 :])
    return variants
