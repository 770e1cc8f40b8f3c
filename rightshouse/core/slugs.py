"""Latin page addresses from Belarusian and Russian titles.

A Cyrillic title made a Cyrillic slug, some 300 characters once percent-encoded in a link.
New pages now get a Latin one, transliterated by the BGN/PCGN romanization systems of the
United States Board on Geographic Names and the UK Permanent Committee on Geographical
Names, the ones English-language maps, atlases and newspapers use:

- Belarusian: BGN/PCGN 1979. One Latin letter or group per Cyrillic letter, with no
  positional rules: г h, е ye, ё yo, і i, ў w, х kh, ц ts, ч ch, ш sh, ы y, э e, ю yu,
  я ya. The digraphs дз and дж are written letter by letter (dz, dzh), as the system does.
  "Віцебск" is "Vitsyebsk", "Магілёў" "Mahilyow".
- Russian: BGN/PCGN 1947. е is "ye" at the start of a word and after a vowel, й, ъ or ь,
  and "e" after a consonant ("Чапаевск" is "Chapayevsk", "Мейеровка" "Meyyerovka"); ё
  follows the same rule (BGN/PCGN writes ë and yë).

Slugs are plain ASCII, so the systems' marks are dropped: the soft sign's and the
apostrophe's primes, the optional middle dot (t·s), and ë's diaeresis, as the US
government's own ASCII use of the 1947 system does. Letters that are not in a language's
alphabet (Russian и in a Belarusian title) are written as in the other language.

The rules are regular expressions written so that both Python's `re` and JavaScript's
RegExp read them alike: the server fills an empty slug with them (`latin_slug`), and the
page editor hands the same list to Wagtail's slug field (its `formatters`, see
LatinSlugPageForm), so the address shown while the editor types the title is the one the
server would make. There is one table, here.
"""

import re
from functools import cache

from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.widgets import SlugInput
from wagtail.models import Page

from rightshouse.core.forms import OneCheckAtATimeMixin

MAX_LENGTH = 80
CONSONANTS = "бвгґджзклмнпрстфхцчшщ"

BELARUSIAN_LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "ye", "ё": "yo",
    "ж": "zh", "з": "z", "і": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ў": "w", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
}  # fmt: skip
RUSSIAN_LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
}  # fmt: skip
# The Belarusian apostrophe, in its typewriter, typographic and modifier-letter forms.
APOSTROPHES = "'\u2019\u02bc"

# Cut a long title at the last space or hyphen before MAX_LENGTH (then, with no such place,
# at MAX_LENGTH itself). "$1" is JavaScript's group reference; `_python_replacement`
# turns it into Python's.
TRUNCATION = [
    (rf"^(?=[\s\S]{{{MAX_LENGTH + 1}}})([\s\S]{{0,{MAX_LENGTH}}})[-\s][\s\S]*$", "$1"),
    (rf"^([\s\S]{{{MAX_LENGTH}}})[\s\S]+$", "$1"),
]


def _letter_rules(letters, fallback):
    """One rule per replacement: the letters it replaces, as a character class."""
    by_replacement = {}
    for letter, latin in {**fallback, **letters}.items():
        by_replacement.setdefault(latin, []).append(letter)
    by_replacement.setdefault("", []).extend(APOSTROPHES)
    return [(f"[{''.join(sorted(chars))}]", latin) for latin, chars in by_replacement.items()]


def _rules(language):
    if language == "be":
        return _letter_rules(BELARUSIAN_LETTERS, fallback=RUSSIAN_LETTERS)
    # Russian, and the fallback for Cyrillic in a page of any other language.
    positional = [
        # е and ё after a consonant are "e"; anywhere else (word start, after a vowel, й,
        # ъ or ь) "ye". Applied before any other rule, while the text is still Cyrillic.
        (f"(?<=[{CONSONANTS}])[её]", "e"),
        ("[её]", "ye"),
    ]
    return positional + _letter_rules(RUSSIAN_LETTERS, fallback=BELARUSIAN_LETTERS)


@cache
def formatters(language):
    """(compiled pattern, replacement) pairs, in order: transliteration, then the cut."""
    return [
        (re.compile(pattern, re.IGNORECASE), replacement)
        for pattern, replacement in _rules(language) + TRUNCATION
    ]


def _python_replacement(replacement):
    return replacement.replace("$1", r"\1")


def transliterate(text, language):
    """`text` with the Cyrillic letters of `language` ("be", "ru") in Latin, cut to
    MAX_LENGTH at a word boundary; everything else is left as it is."""
    text = text.strip()
    for pattern, replacement in formatters(language):
        text = pattern.sub(_python_replacement(replacement), text)
    return text


def latin_slug(title, language):
    """The address part for `title`: lower-case ASCII letters, digits and hyphens, at most
    MAX_LENGTH characters; "" when nothing of the title can be written so."""
    return slugify(transliterate(title, language))[:MAX_LENGTH].strip("-")


def available_slug(slug, parent, page=None):
    """`slug`, or `slug-2`, `slug-3`… : the first that no other child of `parent` has, as
    Wagtail numbers an automatic slug (Page._get_autogenerated_slug)."""
    candidate, number = slug, 1
    while not Page._slug_is_available(candidate, parent, page):
        number += 1
        candidate = f"{slug}-{number}"
    return candidate


def _language(page):
    locale = page.locale if page.locale_id else page.get_default_locale()
    return locale.language_code if locale else ""


class LatinSlugPageForm(OneCheckAtATimeMixin, WagtailAdminPageForm):
    """The page editor with a Latin slug: made from the title as the editor types it (with
    JavaScript), or on saving when left empty (without); editable like any field. Every
    page type of the site uses it (LatinSlugMixin), so it also checks one form at a time
    (rightshouse.core.forms)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.slug_language = _language(self.instance)
        field = self.fields.get("slug")
        if field is None:
            return
        # Wagtail's slug field runs these before its own clean-up; allow-unicode off makes
        # it write whatever the rules leave outside ASCII as Wagtail's urlify does.
        field.widget = SlugInput(
            formatters=[
                (pattern, replacement) for pattern, replacement in formatters(self.slug_language)
            ],
            locale=self.slug_language,
            attrs={"data-w-slug-allow-unicode-value": False},
        )
        field.required = False
        field.help_text = _(
            "The last part of the page's address, in Latin letters. Left empty, it is made"
            " from the title."
        )

    def clean(self):
        title, slug = self.cleaned_data.get("title"), self.cleaned_data.get("slug")
        if title and slug is not None and self.parent_page is not None:
            automatic = latin_slug(title, self.slug_language)
            # The slug the editor left to the title (empty, or as the editor's browser made
            # it): numbered like Wagtail's own automatic slugs rather than refused when a
            # sibling has it. A slug the editor wrote stays as written.
            if automatic and slug in ("", automatic):
                self.cleaned_data["slug"] = available_slug(
                    automatic, self.parent_page, self.instance
                )
        return super().clean()


class LatinSlugMixin:
    """For every page model of the site: a page saved without a slug (by code, by the admin
    with JavaScript off, by wagtail-localize after it dropped a slug it could not keep)
    gets a Latin one from its title, numbered if a sibling has it; and the page editor of
    LatinSlugPageForm."""

    base_form_class = LatinSlugPageForm

    def _set_core_field_defaults(self):
        # Wagtail's own default is slugify(title) with Unicode kept; it runs on validation
        # and again on save, once the page has a place in the tree.
        if not self.slug and self.path:
            slug = latin_slug(self.title or "", _language(self))
            if slug:
                self.slug = available_slug(slug, self.get_parent(), self)
        super()._set_core_field_defaults()
