"""Find the quoted passages of a text, whatever quotation marks it uses.

Real reports mix straight (``"``), curly (``“ ”``, ``‘ ’``) and doubled single (``''``)
marks, open a quote with a single mark and close it with a double one, leave a quote open at a
paragraph's end because the next paragraph goes on with it, and nest quotes. A closing single
mark is told from an apostrophe by what stands on either side of it.

>>> text = "He said: “It is ‘over’,” and ''we know it''. Labour’s members’ vote."
>>> [(q.text, q.start) for q in find_quotes(text).quotes]
[('It is ‘over’,', 10), ('we know it', 31)]
"""

from __future__ import annotations

import re

from attrs import frozen

__all__ = ["QUOTATION_MARKS", "FoundQuotes", "QuotePassage", "find_quotes", "paragraph_spans"]

_DOUBLE_OPEN = "“„‟«"
_DOUBLE_CLOSE = "”»"
_SINGLE_OPEN = "‘‛‹"
_SINGLE_CLOSE = "’›"
QUOTATION_MARKS = frozenset("“”„‟«»‘’‚‛‹›′″ʼ`'\"")
"""Every character that may open or close a quotation (the quote checker sets them aside at a
quote's ends)."""
_DOUBLED = {"''": "ambiguous", "‘‘": "open", "’’": "close", "``": "open", ",,": "open"}
_MARKS = re.compile(r"''|‘‘|’’|``|[“”„‟«»‘’‛‹›\"']")
_LINE_BREAKS = re.compile(r"\n\s*")
_OPENING_PUNCT = "([{—–-/:;"
_LOWER_WORD = re.compile(r" [a-z]")


@frozen(kw_only=True)
class QuotePassage:
    """One quoted passage: the words between the marks, and where they stand.

    Attributes:
        text: the words between the marks, white space at the ends dropped (verbatim).
        start: offset of the first character of ``text`` in the whole text.
        end: offset one past its last character.
        open_at: offset of the opening mark.
        close_end: offset one past the closing mark (``end`` when the quote was never closed).
        paragraph: 0-based index of the paragraph (a line) it stands in.
        continues: the quote goes on from the previous paragraph (its opening mark repeats).
        continued: the quote goes on in the next paragraph.
        closed: a closing mark was found.
    """

    text: str
    start: int
    end: int
    open_at: int
    close_end: int
    paragraph: int
    continues: bool = False
    continued: bool = False
    closed: bool = True

    @property
    def words(self) -> int:
        """The number of words in the passage."""
        return len(self.text.split())


@frozen(kw_only=True)
class FoundQuotes:
    """The quoted passages of a text, and the oddities met while finding them."""

    quotes: tuple[QuotePassage, ...]
    warnings: tuple[str, ...]


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the non-blank lines of a text: each line is a paragraph.

    >>> paragraph_spans("a b\\n\\n c\\n")
    [(0, 3), (6, 7)]
    """
    spans: list[tuple[int, int]] = []
    position = 0
    for match in _LINE_BREAKS.finditer(text):
        _add_span(spans, text, position, match.start())
        position = match.end()
    _add_span(spans, text, position, len(text))
    return spans


def _add_span(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def _kind(text: str, index: int, mark: str) -> tuple[str, str]:
    """(double or single, open or close or ambiguous or apostrophe) for a mark at ``index``."""
    before = text[index - 1] if index > 0 else " "
    after = text[index + len(mark)] if index + len(mark) < len(text) else " "
    if mark in _DOUBLED:
        return "double", _DOUBLED[mark]
    if mark in _DOUBLE_OPEN:
        return "double", "open"
    if mark in _DOUBLE_CLOSE:
        return "double", "close"
    if mark == '"':
        if before.isspace() or before in _OPENING_PUNCT:
            return "double", "open"
        if after.isspace() or not after.isalnum():
            return "double", "close"
        return "double", "ambiguous"
    if before.isalnum() and after.isalnum():
        return "single", "apostrophe"  # didn't, Labour’s
    if mark in _SINGLE_OPEN:
        return "single", "open"
    if mark in _SINGLE_CLOSE:
        return "single", "close" if not after.isalnum() else "apostrophe"
    # a straight single mark
    if (before.isspace() or before in _OPENING_PUNCT) and after.isalnum():
        return "single", "open"
    if not after.isalnum() and not before.isspace():
        return "single", "close"
    return "single", "apostrophe"


def _looks_possessive(text: str, index: int) -> bool:
    """A single mark after an s and before a lower-case word: "the members’ vote"."""
    return index > 0 and text[index - 1] in "sS" and _LOWER_WORD.match(text, index + 1) is not None


def _is_possessive(text: str, index: int, end: int) -> bool:
    """A possessive-looking mark, with a mark to come (before the next quote opens) that
    closes the quote and does not look possessive itself."""
    if not _looks_possessive(text, index):
        return False
    for match in _MARKS.finditer(text, index + 1, end):
        at = match.start()
        kind = _kind(text, at, match.group())
        if kind == ("single", "open"):
            return False
        if kind == ("single", "close") and not _looks_possessive(text, at):
            return True
    return False


def find_quotes(text: str) -> FoundQuotes:
    """Find every quoted passage of a text.

    Args:
        text: the article's text.

    Returns:
        The passages in order, with warnings about marks that were never closed or closed by
        the other kind of mark. A quote nested in another stays inside the outer passage.
    """
    quotes: list[QuotePassage] = []
    warnings: list[str] = []
    paragraphs = paragraph_spans(text)
    carry = False
    for number, (p_start, p_end) in enumerate(paragraphs):
        stack: list[tuple[str, int, int]] = []  # (double or single, mark start, mark end)
        continues = carry
        carry = False
        for match in _MARKS.finditer(text, p_start, p_end):
            mark, at = match.group(), match.start()
            family, role = _kind(text, at, mark)
            if role == "apostrophe":
                continue
            if role == "ambiguous":
                role = "close" if any(f == family for f, _, _ in stack) else "open"
            if role == "close" and family == "single" and _is_possessive(text, at, p_end):
                continue
            if role == "open":
                if stack and stack[-1][0] == family and len(stack) == 1:
                    # the same mark again at the outer level: the last quote was never closed
                    quotes.append(_passage(text, stack[0][1:], at, number, continues, closed=False))
                    warnings.append(_unclosed(text, stack[0][1], number))
                    continues = False
                    stack.clear()
                stack.append((family, at, match.end()))
                continue
            if not stack:
                continue  # a stray closing mark
            if stack[-1][0] != family and not any(f == family for f, _, _ in stack):
                warnings.append(
                    f"paragraph {number + 1}: a quote opened with {text[stack[-1][1]]} is "
                    f"closed with {mark}"
                )
            while stack and stack[-1][0] != family and len(stack) > 1:
                stack.pop()
            opened = stack.pop()
            if not stack:
                quotes.append(
                    _passage(text, opened[1:], at, number, continues, close_end=match.end())
                )
                continues = False
        if stack:
            opener = stack[0]
            following = paragraphs[number + 1][0] if number + 1 < len(paragraphs) else None
            nxt = _MARKS.match(text, following) if following is not None else None
            if nxt is not None and _kind(text, following or 0, nxt.group()) == (opener[0], "open"):
                quotes.append(_passage(text, opener[1:], p_end, number, continues, continued=True))
                carry = True
            else:
                quotes.append(_passage(text, opener[1:], p_end, number, continues, closed=False))
                warnings.append(_unclosed(text, opener[1], number))
    return FoundQuotes(quotes=tuple(q for q in quotes if q.text), warnings=tuple(warnings))


def _unclosed(text: str, at: int, number: int) -> str:
    words = " ".join(text[at + 1 : at + 40].split()[:4])
    return f"paragraph {number + 1}: the quote opened at “{words} …” is never closed"


def _passage(
    text: str,
    mark: tuple[int, int],
    end: int,
    paragraph: int,
    continues: bool,
    *,
    close_end: int | None = None,
    continued: bool = False,
    closed: bool = True,
) -> QuotePassage:
    first, last = mark[1], end
    while first < last and text[first].isspace():
        first += 1
    while last > first and text[last - 1].isspace():
        last -= 1
    content = text[first:last]
    if not any(c.isalnum() for c in content):
        content = ""
    return QuotePassage(
        text=content,
        start=first,
        end=last,
        open_at=mark[0],
        close_end=close_end if close_end is not None else end,
        paragraph=paragraph,
        continues=continues,
        continued=continued,
        closed=closed and not continued,
    )
