"""Genitive month names ("2 верасня 2025") for the `E` date format.

Django's own Belarusian catalogue spells several of them in the classical orthography
(верасьня, сьнежня, траўня); listing them here puts them in our catalogue, which takes
precedence, so dates follow the official orthography used everywhere else on the site.
"""

from django.utils.translation import pgettext_lazy

GENITIVE_MONTHS = [
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
]
