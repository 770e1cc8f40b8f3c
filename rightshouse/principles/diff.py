"""What changed between two texts of the Principles in one language, word by word.

Parts are compared by place: the preamble, each principle by its number (its title, text,
list heading, list items and text after the list), the explanatory note. Only the words
count, as for the hash (rightshouse.core.texts): a part whose markup changed but whose words
did not is unchanged.
"""

import difflib
from dataclasses import dataclass, field
from enum import StrEnum

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from rightshouse.core.texts import normalise, plain_text


class ChangeKind(StrEnum):
    CHANGED = "changed"
    ADDED = "added"
    REMOVED = "removed"


class Part(StrEnum):
    PREAMBLE = "preamble"
    PRINCIPLE = "principle"
    EXPLANATORY_NOTE = "explanatory_note"


@dataclass(frozen=True)
class Change:
    part: Part
    kind: ChangeKind
    number: int | None  # the principle's number
    title: str  # the principle's title in the newer text, or the older if removed
    old_html: SafeString  # the older text's paragraphs around the change, <del> what went
    new_html: SafeString  # the newer text's paragraphs around the change, <ins> what came


@dataclass
class Comparison:
    changes: list[Change] = field(default_factory=list)
    unchanged_principles: int = 0

    def count(self, kind, part=Part.PRINCIPLE):
        return sum(1 for change in self.changes if change.kind == kind and change.part == part)


def _rich_text_words(value):
    """The words of a RichTextBlock value (a RichText, or its source as a string)."""
    return plain_text(getattr(value, "source", value) or "")


def _lines(text):
    return normalise(text).splitlines()


def _principle_lines(principle):
    lines = [*_lines(principle["title"]), *_lines(_rich_text_words(principle.get("body")))]
    lines.extend(_lines(principle.get("items_intro") or ""))
    # The list marker keeps items apart from the text around them, as in the hash.
    lines.extend(f"– {line}" for item in principle.get("items") or [] for line in _lines(item))
    lines.extend(_lines(_rich_text_words(principle.get("after_items"))))
    return lines


def _parts(text):
    """{(part, number): (title, lines)} of an EditionText, in reading order."""
    parts = {(Part.PREAMBLE, None): ("", _lines(plain_text(text.preamble)))}
    for number, principle in text.numbered_principles():
        parts[(Part.PRINCIPLE, number)] = (principle["title"], _principle_lines(principle))
    parts[(Part.EXPLANATORY_NOTE, None)] = ("", _lines(plain_text(text.explanatory_note)))
    return parts


_PART_ORDER = [Part.PREAMBLE, Part.PRINCIPLE, Part.EXPLANATORY_NOTE]


def _reading_order(key):
    part, number = key
    return _PART_ORDER.index(part), number or 0


# A paragraph break, kept as a token so that paragraphs stay apart in a word comparison.
_BREAK = "\n"


def _tokens(lines):
    tokens = []
    for line in lines:
        if tokens:
            tokens.append(_BREAK)
        tokens.extend(line.split(" "))
    return tokens


def _render(marked_tokens, tag, label):
    """Paragraphs (HTML strings) of (token, marked) pairs; each run of marked words inside
    one <tag>, a hidden label first for screen readers, which do not announce <del>/<ins>."""
    paragraphs, words, run = [], [], []

    def close_run():
        if run:
            hidden = f'<span class="visually-hidden">{escape(label)} </span>'
            words.append(f"<{tag}>{hidden}{' '.join(run)}</{tag}>")
            run.clear()

    def close_paragraph():
        close_run()
        if words:
            paragraphs.append(f"<p>{' '.join(words)}</p>")
            words.clear()

    for token, marked in marked_tokens:
        if token == _BREAK:
            close_paragraph()
        elif marked:
            run.append(escape(token))
        else:
            close_run()
            words.append(escape(token))
    close_paragraph()
    return paragraphs


def _labels():
    return ("del", gettext("deleted:")), ("ins", gettext("inserted:"))


def _word_diff(old_lines, new_lines):
    """Both sides' paragraphs, words found only in the older in <del>, only in the newer
    in <ins>."""
    old, new = _tokens(old_lines), _tokens(new_lines)
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    old_marked, new_marked = [], []
    for operation, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        same = operation == "equal"
        old_marked.extend((token, not same) for token in old[old_start:old_end])
        new_marked.extend((token, not same) for token in new[new_start:new_end])
    deleted, inserted = _labels()
    return _render(old_marked, *deleted), _render(new_marked, *inserted)


def _whole(lines, marked, tag, label):
    return _render([(token, marked) for token in _tokens(lines)], tag, label)


def _gap():
    hidden = escape(gettext("unchanged text left out"))
    return f'<p class="edition-change__gap">…<span class="visually-hidden"> ({hidden})</span></p>'


def side_by_side(old_lines, new_lines):
    """(old_html, new_html): the paragraphs that changed on each side, with one unchanged
    paragraph of context around them; longer unchanged stretches become a gap. Paragraphs
    are matched first, then words within paragraphs that replace one another."""
    deleted, inserted = _labels()
    matcher = difflib.SequenceMatcher(a=old_lines, b=new_lines, autojunk=False)
    old_html, new_html = [], []
    shown_until = 0  # in the older lines
    for group in matcher.get_grouped_opcodes(1):
        if group[0][1] > shown_until:
            old_html.append(_gap())
            new_html.append(_gap())
        for operation, old_start, old_end, new_start, new_end in group:
            old_part, new_part = old_lines[old_start:old_end], new_lines[new_start:new_end]
            if operation == "equal":
                old_html += _whole(old_part, False, *deleted)
                new_html += _whole(new_part, False, *inserted)
            elif operation == "replace" and len(old_part) == len(new_part):
                for old_line, new_line in zip(old_part, new_part, strict=True):
                    old_paragraphs, new_paragraphs = _word_diff([old_line], [new_line])
                    old_html += old_paragraphs
                    new_html += new_paragraphs
            elif operation == "replace":
                old_paragraphs, new_paragraphs = _word_diff(old_part, new_part)
                old_html += old_paragraphs
                new_html += new_paragraphs
            else:
                old_html += _whole(old_part, True, *deleted)
                new_html += _whole(new_part, True, *inserted)
        shown_until = group[-1][2]
    if old_lines and shown_until < len(old_lines):
        old_html.append(_gap())
        new_html.append(_gap())
    # Every word went through escape() in _render.
    return mark_safe("".join(old_html)), mark_safe("".join(new_html))  # noqa: S308


def compare(old_text, new_text):
    """The Comparison of two EditionTexts (an older edition's and a newer one's)."""
    old_parts, new_parts = _parts(old_text), _parts(new_text)
    comparison = Comparison()
    for key in sorted(old_parts.keys() | new_parts.keys(), key=_reading_order):
        part, number = key
        old_title, old_lines = old_parts.get(key, ("", []))
        new_title, new_lines = new_parts.get(key, ("", []))
        if old_lines == new_lines:
            if part == Part.PRINCIPLE:
                comparison.unchanged_principles += 1
            continue
        if not old_lines:
            kind = ChangeKind.ADDED
        elif not new_lines:
            kind = ChangeKind.REMOVED
        else:
            kind = ChangeKind.CHANGED
        old_html, new_html = side_by_side(old_lines, new_lines)
        comparison.changes.append(
            Change(part, kind, number, new_title or old_title, old_html, new_html)
        )
    return comparison
