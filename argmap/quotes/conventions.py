"""The conventions reporters use inside quotation marks, as the quote checker reads them.

* Square brackets hold the reporter's own words, not the speaker's: ``"In that three weeks
  [after the leak] Julia Gillard did an amazing job"``. ``[sic]`` marks an error that was the
  speaker's. Both are *editorial insertions*.
* ``...``, ``. . .``, ``…`` (or any of them in brackets) mark words left out: an *omission*.
* A quote that runs over several paragraphs opens each paragraph with a quotation mark and
  closes only at the end; the opening marks of the later paragraphs are not part of the words.

>>> [text for _, _, text in editorial_insertions("did [sic] go [after the leak] home [...]")]
['[sic]', '[after the leak]']
>>> parts = split_quote("In that three weeks [after the leak] Julia … did well")
>>> [(p.text, p.gap, p.insertion) for p in parts]
[('In that three weeks', None, None), ('Julia', 'insertion', '[after the leak]'), \
('did well', 'omission', None)]
>>> sorted(continuation_marks("“One thing.\\n\\n“And another.”"))
[13]
"""

from __future__ import annotations

import re

from attrs import frozen

__all__ = [
    "ELLIPSIS",
    "Part",
    "continuation_marks",
    "editorial_insertions",
    "has_paragraph_break",
    "split_quote",
]

ELLIPSIS = r"(?:\.{3,}|…|\.(?:[^\S\n]\.){2,})"
"""An omission mark: three or more full stops, spaced or not, or the ellipsis character."""

_BRACKET = re.compile(r"\[([^\[\]\n]{1,120})\]")
_OMISSION = re.compile(rf"^[\[(]?\s*{ELLIPSIS}\s*[\])]?$")
_SEPARATOR = re.compile(rf"\s*(?:\[[^\[\]\n]{{1,120}}\]|[\[(]?{ELLIPSIS}[\])]?)\s*")
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*(?:\n[^\S\n]*)+")
_OPENING = "“„«‘‚\"'"
_DOUBLE_OPEN, _DOUBLE_CLOSE = "“„«", "”»"


@frozen(kw_only=True)
class Part:
    """A run of the speaker's words in a quote, and what separates it from the run before.

    Attributes:
        text: the words.
        gap: None for the first part; ``"omission"`` after an ellipsis (any words may have been
            left out), ``"insertion"`` after the reporter's bracketed words (the words around
            them stand close together in the source).
        insertion: the bracketed words before this part, for a gap that is an insertion.
    """

    text: str
    gap: str | None = None
    insertion: str | None = None


def editorial_insertions(text: str) -> list[tuple[int, int, str]]:
    """The bracketed editorial insertions of a text: ``(start, end, text)``, omissions excluded.

    Args:
        text: a source text or a quote.

    Returns:
        The spans of ``[...]`` groups that are not an ellipsis, in order.
    """
    return [
        (match.start(), match.end(), match.group())
        for match in _BRACKET.finditer(text)
        if not _OMISSION.match(match.group())
    ]


def split_quote(quote: str) -> list[Part]:
    """Cut a quote at its omissions and its bracketed insertions.

    Args:
        quote: a normalised quote.

    Returns:
        The parts holding letters or digits, in order; a quote with neither omissions nor
        insertions is one part.
    """
    parts: list[Part] = []
    position = 0
    gap: str | None = None
    insertion: str | None = None
    for match in [*_SEPARATOR.finditer(quote), None]:
        text = quote[position : len(quote) if match is None else match.start()]
        if any(char.isalnum() for char in text):
            first = not parts
            parts.append(
                Part(text=text, gap=None if first else gap, insertion=None if first else insertion)
            )
            gap = insertion = None
        if match is None:
            break
        separator = match.group().strip()
        if _OMISSION.match(separator):
            gap, insertion = "omission", None
        elif gap is None:
            gap, insertion = "insertion", separator
        position = match.end()
    return parts


def has_paragraph_break(text: str) -> bool:
    """Whether a text runs over more than one paragraph (a blank line inside it).

    >>> has_paragraph_break("One.\\n\\nTwo."), has_paragraph_break("One.\\nTwo.")
    (True, False)
    """
    return _PARAGRAPH_BREAK.search(text.strip()) is not None


def continuation_marks(text: str, *, always: bool = False) -> set[int]:
    """Offsets of the opening marks that continue a quote into a new paragraph.

    Args:
        text: a source text (or, with ``always``, a quote).
        always: take every mark that opens a paragraph after the first (a quote that a user
            copied over a paragraph break); otherwise only those after a paragraph whose
            quotation is left open (more opening than closing curly double marks, or an odd
            number of straight ones).

    Returns:
        The offsets, to be skipped when normalising.
    """
    marks: set[int] = set()
    previous = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        start = match.end()
        opening = start < len(text) and text[start] in _OPENING
        if opening and (always or _left_open(text[previous : match.start()])):
            marks.add(start)
        previous = start
    return marks


def _left_open(paragraph: str) -> bool:
    opened = sum(paragraph.count(c) for c in _DOUBLE_OPEN)
    closed = sum(paragraph.count(c) for c in _DOUBLE_CLOSE)
    return opened > closed or paragraph.count('"') % 2 == 1
