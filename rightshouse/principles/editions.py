"""The freeze rule: the text parties acceded to stays the text they acceded to.

An accession or an application records the SHA-256 of one language's text of an edition
(domain note, section 4). Once any refers to an edition, that edition's existing texts, and
its number, may no longer change, it stays published, and neither the edition nor any of its
texts may be deleted: the recorded hash would no longer match the text shown, or the text
would no longer be shown at all. A text in a language the edition
lacks may still be added, since nobody can have acceded to it yet. Changing the wording
means creating a new edition.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from rightshouse.core.texts import sha256_of

from .models import Edition, EditionText

NEW_EDITION_HINT = _("To change the wording, create a new edition.")

# How sentences name a text's language: adverbs in Belarusian and Russian ("па-беларуску"),
# which need no case or gender to fit any sentence.
IN_LANGUAGE = {"be": _("in Belarusian"), "ru": _("in Russian"), "en": _("in English")}


def in_language(code):
    return IN_LANGUAGE.get(code, code)


@dataclass(frozen=True)
class ProposedText:
    """One language's text as an edit would leave it: `pk` of the saved text it replaces
    (None for a new one), its language, the SHA-256 of its words, and whether the edit
    deletes it."""

    pk: int | None
    language: str
    sha256: str
    delete: bool = False

    @classmethod
    def of(cls, text, delete=False):
        """The proposal an in-memory EditionText (saved or not, edited or not) makes."""
        return cls(text.pk, text.language, _words_hash(text), delete)


def is_frozen(edition):
    """Whether any accession or application refers to the edition."""
    if edition.pk is None:
        return False
    return edition.accessions.exists() or edition.applications.exists()


def _words_hash(text):
    # Recomputed rather than read from the row: what matters is whether the edit changes
    # the words, not how an older version of the normal form hashed them.
    return sha256_of(text.normalised_source())


def _frozen_reason(edition):
    return _(
        "Parties have acceded, or applied to accede, to edition %(number)s on its exact "
        "text, and the SHA-256 of that text is recorded with their accession."
    ) % {"number": edition.number}


def check_edit(edition, texts, *, number, is_published):
    """Raise ValidationError if saving `edition` with `texts` (ProposedText, one per text the
    edit form holds), `number` and `is_published` would change what parties acceded to."""
    if not is_frozen(edition):
        return
    saved = Edition.objects.get(pk=edition.pk)
    saved_texts = {text.pk: text for text in EditionText.objects.filter(edition=edition)}
    saved_languages = {text.language for text in saved_texts.values()}
    proposed = {text.pk: text for text in texts if text.pk is not None}
    problems = []
    if number != saved.number:
        problems.append(_("The number of the edition cannot change."))
    if saved.is_published and not is_published:
        problems.append(_("The edition must stay published."))
    for pk, text in saved_texts.items():
        proposal = proposed.get(pk)
        language = {"language": in_language(text.language)}
        if proposal is None or proposal.delete:
            problems.append(_("The text %(language)s cannot be removed.") % language)
        elif proposal.language != text.language or proposal.sha256 != _words_hash(text):
            problems.append(_("The text %(language)s cannot change.") % language)
    for text in texts:
        if text.pk is None and not text.delete and text.language in saved_languages:
            problems.append(
                _("The text %(language)s cannot be replaced.")
                % {"language": in_language(text.language)}
            )
    if problems:
        raise ValidationError([_frozen_reason(saved), *problems, NEW_EDITION_HINT])


def check_deletion(editions):
    """Raise ValidationError if any of `editions` is frozen: it cannot be deleted."""
    frozen = [edition for edition in editions if is_frozen(edition)]
    if frozen:
        raise ValidationError(
            [
                _(
                    "Edition %(number)s cannot be deleted: parties have acceded, or applied "
                    "to accede, to its text."
                )
                % {"number": edition.number}
                for edition in frozen
            ]
        )
