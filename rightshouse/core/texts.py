"""Texts that people sign or accede to: one normal form and its SHA-256, for every app.

An accession, a signature or a co-authorship is given on an exact text (domain note, section
4). What counts is the words, not their markup: tags are dropped, block elements end a line,
Unicode is put in NFC, runs of spaces become one and empty lines go. The same words typed
again therefore hash the same, and any changed word changes the hash.
"""

import hashlib
import re
import unicodedata
from html.parser import HTMLParser

# Elements after which the text goes on on a new line.
_BLOCK_ELEMENTS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    "table", "tr", "td", "th", "pre", "section", "article", "figure", "figcaption", "hr",
}  # fmt: skip

_WHITESPACE = re.compile(r"\s+")


class _TextCollector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in _BLOCK_ELEMENTS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _BLOCK_ELEMENTS:
            self.parts.append("\n")

    def handle_data(self, data):
        # In HTML a line break inside a paragraph is a space, as the reader sees it.
        self.parts.append(_WHITESPACE.sub(" ", data))


def plain_text(html):
    """The words of an HTML fragment (Wagtail rich text), one block per line."""
    collector = _TextCollector()
    collector.feed(html or "")
    collector.close()
    return "".join(collector.parts)


def normalise(text):
    text = unicodedata.normalize("NFC", text or "")
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def sha256_of(text):
    """The hex SHA-256 of the normal form of `text` (plain text, not HTML)."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()
