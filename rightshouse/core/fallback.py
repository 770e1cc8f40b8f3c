"""Texts kept as one column per language (`name_be`, `name_ru`, `name_en`): which one to show.

The active language first, then Belarusian, Russian, English: the first that is filled. One
rule for parties' names, register reasons, case outcomes and edition texts alike.
"""

from django.conf import settings
from django.utils import translation

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def fallback_order(language=None):
    """`language` (the active one by default), then every site language in order."""
    language = language or translation.get_language() or LANGUAGE_CODES[0]
    return [language, *LANGUAGE_CODES]


def first_filled(obj, field_name, language=None):
    """(code, text) of `obj.<field_name>_<code>` in the first language of fallback_order that
    is filled; (None, "") when none is."""
    for code in fallback_order(language):
        value = getattr(obj, f"{field_name}_{code}", "")
        if value:
            return code, value
    return None, ""
