"""Check every quote of a map against its source's text, and record where the quotes stand.

>>> from argmap.model import ArgumentMap
>>> m = ArgumentMap()
>>> ft = m.source("Rearguard action by the far-Left", id="ft")
>>> abbott = m.actor("Diane Abbott")
>>> careful = m.claim("Labour must not scapegoat immigrants")
>>> _ = m.attribute(careful, abbott, ft, id="abbott", quote="We need to be careful")
>>> texts = {"ft": "Ms Abbott said: “We need to be careful about scapegoating.”"}
>>> for report in check_quotes(m, texts):
...     print(report)
attribution 'abbott' in source 'ft': "We need to be careful": found in paragraph 1, \
characters 17-38
>>> located = locate_quotes(m, texts)
>>> located.get("abbott").locators
(Locator(start=17, end=38, paragraph=1),)
>>> m.get("abbott").locators  # the map given is left as it was
()
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from attrs import frozen

from argmap.exceptions import MissingSourceTextError
from argmap.model import ArgumentMap, Attribution, Locator
from argmap.quotes.matching import EmptyQuoteError, find_quote
from argmap.quotes.report import Occurrence, QuoteCheck, QuoteStatus
from argmap.quotes.source_text import SourceText

__all__ = ["MissingSourceTextError", "QuoteReport", "check_quotes", "locate_quotes"]


@frozen(kw_only=True)
class QuoteReport:
    """The check of one quoted text of one attribution.

    Attributes:
        attribution: the attribution's id.
        source: the id of the source whose text was searched.
        index: which quoted text: 0 for a direct quote, the fragment's 0-based position for
            a mixed attribution.
        fragment: True for a fragment of a mixed attribution, False for a direct quote.
        check: the verdict, with spans in characters of the source text.
        locator: the locator the attribution already had for this text, if any.
    """

    attribution: str
    source: str
    index: int
    fragment: bool
    check: QuoteCheck
    locator: Locator | None = None

    @property
    def status(self) -> QuoteStatus:
        """Found, ambiguous or not found."""
        return self.check.status

    @property
    def pinned(self) -> bool:
        """Whether the quote's place is known: found once, or found several times with a stored
        locator that marks one of the places."""
        if self.status is QuoteStatus.AMBIGUOUS:
            return bool(self.locator_matches)
        return self.status is QuoteStatus.FOUND

    @property
    def unplaced(self) -> bool:
        """Whether the quote stands in several places and nothing says which: `argmap check
        --sources` warns of it (an error with ``--strict``)."""
        return self.status is QuoteStatus.AMBIGUOUS and not self.pinned

    @property
    def locator_matches(self) -> bool | None:
        """Whether the stored locator marks a place where the quote stands (None: no locator)."""
        if self.locator is None:
            return None
        return _matching(self.check.occurrences, self.locator) is not None

    def __str__(self) -> str:
        what = f"fragment {self.index + 1}" if self.fragment else ""
        head = f"attribution {self.attribution!r} in source {self.source!r}: {what}"
        line = f"{head}{' ' if what else ''}{self.check}"
        locator = self.locator
        if locator is not None and _matching(self.check.occurrences, locator) is None:
            line += f" (its locator {locator.start}-{locator.end} marks no occurrence)"
        return line


def check_quotes(argument_map: ArgumentMap, texts: Mapping[str, str]) -> list[QuoteReport]:
    """Check the quote of every direct attribution and the fragments of every mixed one.

    Args:
        argument_map: the map.
        texts: source texts keyed by source id (see
            [`load_source_texts`][argmap.quotes.source_files.load_source_texts]).

    Returns:
        One report per quoted text, in the map's order of attributions. Indirect attributions
        have nothing to check and get no report.

    Raises:
        MissingSourceTextError: a quoted attribution's source is not in ``texts``.
        EmptyQuoteError: a quote is nothing but quotation marks (the attribution is named).
    """
    return list(_reports(argument_map, texts))


def locate_quotes(argument_map: ArgumentMap, texts: Mapping[str, str]) -> ArgumentMap:
    """A copy of the map whose attributions carry a locator for every quoted text.

    An attribution gets locators when each of its quoted texts is found once; a quote with an
    ellipsis is located from the start of its first fragment to the end of its last. A quote
    found several times keeps the locator it had if that marks one of its places. Attributions
    with a quote not found, or found several times without such a locator, are left as they
    were: [`check_quotes`][] says why.

    Args:
        argument_map: the map; it is not changed.
        texts: source texts keyed by source id.

    Returns:
        The located copy.

    Raises:
        MissingSourceTextError: a quoted attribution's source is not in ``texts``.
        EmptyQuoteError: a quote is nothing but quotation marks.
    """
    located = argument_map.copy()
    pending: dict[str, list[Locator | None]] = {}
    for report in _reports(argument_map, texts):
        pending.setdefault(report.attribution, []).append(_new_locator(report))
    for attribution_id, locators in pending.items():
        if all(locator is not None for locator in locators):
            located.update(attribution_id, locators=tuple(locators))
    return located


def _reports(argument_map: ArgumentMap, texts: Mapping[str, str]) -> Iterator[QuoteReport]:
    prepared: dict[str, SourceText] = {}
    for attribution in argument_map.attributions:
        if not attribution.quoted_texts:
            continue
        source = prepared.get(attribution.source)
        if source is None:
            source = prepared[attribution.source] = _prepare(attribution, texts)
        stored = attribution.locators or (None,) * len(attribution.quoted_texts)
        for index, (quote, locator) in enumerate(
            zip(attribution.quoted_texts, stored, strict=True)
        ):
            try:
                check = find_quote(quote, source)
            except EmptyQuoteError as error:
                raise EmptyQuoteError(f"attribution {attribution.id!r}: {error}") from None
            yield QuoteReport(
                attribution=attribution.id,
                source=attribution.source,
                index=index,
                fragment=attribution.quote is None,
                check=check,
                locator=locator,
            )


def _prepare(attribution: Attribution, texts: Mapping[str, str]) -> SourceText:
    try:
        text = texts[attribution.source]
    except KeyError:
        raise MissingSourceTextError(
            f"attribution {attribution.id!r} quotes source {attribution.source!r}, which has "
            "no text to check against; give its text (a file in the sources directory)"
        ) from None
    return SourceText.from_text(text)


def _new_locator(report: QuoteReport) -> Locator | None:
    """The locator a quote should carry, or None when its place is not known."""
    occurrences = report.check.occurrences
    if report.status is QuoteStatus.FOUND:
        return _locator(occurrences[0])
    if report.status is QuoteStatus.AMBIGUOUS and report.locator is not None:
        chosen = _matching(occurrences, report.locator)
        return None if chosen is None else _locator(chosen)
    return None


def _matching(occurrences: tuple[Occurrence, ...], locator: Locator) -> Occurrence | None:
    for occurrence in occurrences:
        if (occurrence.start, occurrence.end) == (locator.start, locator.end):
            return occurrence
    return None


def _locator(occurrence: Occurrence) -> Locator:
    return Locator(start=occurrence.start, end=occurrence.end, paragraph=occurrence.paragraph)
