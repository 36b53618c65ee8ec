"""The same remark in several reports: attributions that report one utterance.

Two quoted attributions report one remark when they have the same speaker, the same place of
speaking (``setting``) where both give one, and quotes that match closely: the same words
(case and punctuation aside) for at least [`REMARK_SIMILARITY`][] of them, or one quote
standing whole inside the other (an outlet printing a shorter excerpt).

>>> from argmap.model import ArgumentMap
>>> m = ArgumentMap()
>>> swings = m.claim("Labor faced big swings")
>>> bitar = m.actor("Karl Bitar")
>>> nine = m.source("Interview on Channel Nine", outlet="Channel Nine")
>>> for outlet in ("ABC", "SMH"):
...     _ = m.source(f"{outlet} report", id=outlet.lower(), outlet=outlet)
>>> _ = m.attribute(swings, bitar, "abc", setting=nine, quote="swings of 10 and 12 per cent "
...                 "across the county")
>>> _ = m.attribute(swings, bitar, "smh", setting=nine, quote="swings of 10 and 12 per cent "
...                 "across the country")
>>> (remark,) = remarks(m)
>>> remark.outlets, remark.setting
(('ABC', 'SMH'), 'interview-on-channel-nine')
>>> remark.differences()
[('karl-bitar-abc', 'karl-bitar-smh', '... cent across the [-county-] {+country+}')]
>>> remark_line(m, remark)
'Karl Bitar, on Channel Nine; reported by ABC and SMH'
"""

from __future__ import annotations

from collections.abc import Iterable

from attrs import field, frozen

from argmap.model import Actor, ArgumentMap, Attribution, Source
from argmap.quotes import DiffPart, normalise_quote, render_diff, word_diff_parts
from argmap.quotes.similarity import comparison_words, similarity_at_least

__all__ = [
    "REMARK_SIMILARITY",
    "Remark",
    "Version",
    "group_remarks",
    "remark_line",
    "remark_where",
    "remarks",
]

REMARK_SIMILARITY = 0.8
"""Quotes sharing at least this share of words (in order) report one remark."""


@frozen(kw_only=True)
class Version:
    """One report of a remark: an attribution, where it was read, and the words it printed.

    Attributes:
        attribution: the attribution's id.
        source: the id of the source that printed it.
        outlet: the source's outlet (its title when it names none).
        words: the quoted words, fragments joined by `` … ``.
    """

    attribution: str
    source: str
    outlet: str
    words: str


def _versions(items: Iterable[Version]) -> tuple[Version, ...]:
    return tuple(items)


@frozen(kw_only=True)
class Remark:
    """One utterance and every report of it.

    Attributes:
        actor: the speaker's id.
        setting: the id of the source where the words were first said, when a report says.
        claim: the claim of the first report.
        versions: the reports, in the map's order of attributions.
    """

    actor: str
    setting: str | None
    claim: str
    versions: tuple[Version, ...] = field(converter=_versions)

    @property
    def outlets(self) -> tuple[str, ...]:
        """The outlets that carried the remark, each once, in order."""
        return tuple(dict.fromkeys(version.outlet for version in self.versions))

    @property
    def attributions(self) -> tuple[str, ...]:
        """The ids of the attributions that report it."""
        return tuple(version.attribution for version in self.versions)

    @property
    def verbatim(self) -> bool:
        """Whether every report printed the same words (typesetting aside)."""
        return len({normalise_quote(v.words) for v in self.versions}) == 1

    def differences(self) -> list[tuple[str, str, str]]:
        """Word-level differences of every later version from the first.

        Returns:
            ``(first attribution, other attribution, diff)`` for each version whose words
            differ from the first's; ``[-words-]`` are the first's, ``{+words+}`` the other's.
        """
        return [
            (first, other, render_diff(parts)) for first, other, parts in self.difference_parts()
        ]

    def difference_parts(self) -> list[tuple[str, str, list[DiffPart]]]:
        """The same differences as [`differences`][argmap.analysis.remarks.Remark.differences],
        each as the pieces of [`word_diff_parts`][argmap.quotes.word_diff_parts] (``removed``:
        only the first version's words, ``added``: only the other's)."""
        first = self.versions[0]
        base = normalise_quote(first.words)
        found: list[tuple[str, str, list[DiffPart]]] = []
        for version in self.versions[1:]:
            other = normalise_quote(version.words)
            if other != base:
                found.append((first.attribution, version.attribution, word_diff_parts(base, other)))
        return found


def remarks(argument_map: ArgumentMap, *, min_reports: int = 2) -> list[Remark]:
    """The remarks of the map that several sources carry.

    Args:
        argument_map: the map.
        min_reports: list only remarks carried by at least this many sources (1: every
            quote).

    Returns:
        The remarks, in the order of their first report.
    """
    wanted = max(min_reports, 1)
    return [
        remark
        for remark in group_remarks(argument_map, argument_map.attributions)
        if len({version.source for version in remark.versions}) >= wanted
    ]


def group_remarks(argument_map: ArgumentMap, attributions: Iterable[Attribution]) -> list[Remark]:
    """Group quoted attributions into the remarks they report (one remark per utterance).

    Args:
        argument_map: the map holding them.
        attributions: the attributions to group (e.g. those of one claim); those without
            quoted words are left out.

    Returns:
        One remark per utterance, each with one or more versions, in the order of the first.
    """
    quoted = [a for a in attributions if a.quoted_texts]
    words = {a.id: comparison_words(" ".join(a.quoted_texts)) for a in quoted}
    groups: list[list[Attribution]] = []
    for attribution in quoted:
        for group in groups:
            if any(_same_remark(attribution, other, words) for other in group):
                group.append(attribution)
                break
        else:
            groups.append([attribution])
    return [_remark(argument_map, group) for group in groups]


def _same_remark(first: Attribution, second: Attribution, words: dict[str, list[str]]) -> bool:
    if first.actor != second.actor:
        return False
    settings = (first.setting, second.setting)
    if None not in settings and settings[0] != settings[1]:
        return False
    a, b = words[first.id], words[second.id]
    if similarity_at_least(a, b, REMARK_SIMILARITY) is not None:
        return True
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    return len(shorter) >= 3 and _contains(longer, shorter)


def _contains(longer: list[str], shorter: list[str]) -> bool:
    size = len(shorter)
    return any(longer[i : i + size] == shorter for i in range(len(longer) - size + 1))


def _remark(argument_map: ArgumentMap, group: list[Attribution]) -> Remark:
    settings = [a.setting for a in group if a.setting is not None]
    return Remark(
        actor=group[0].actor,
        setting=settings[0] if settings else None,
        claim=group[0].claim,
        versions=[
            Version(
                attribution=a.id,
                source=a.source,
                outlet=_outlet(argument_map.get(a.source, Source)),
                words=" … ".join(a.quoted_texts),
            )
            for a in group
        ],
    )


def _outlet(source: Source) -> str:
    return source.outlet or source.title


def remark_line(argument_map: ArgumentMap, remark: Remark) -> str:
    """Who said a remark, where, and which outlets reported it, in one line.

    Returns:
        e.g. ``"Karl Bitar, on Channel Nine; reported by ABC and the SMH"``.
    """
    name = argument_map.get(remark.actor, Actor).name
    where = remark_where(argument_map, remark)
    return f"{name}{'' if where.startswith(';') else ', '}{where}"


def remark_where(argument_map: ArgumentMap, remark: Remark) -> str:
    """Where a remark was said and who reported it: ``"on Channel Nine; reported by ABC and
    the SMH"`` (``"; reported by ..."`` alone when no report gives the setting)."""
    line = ""
    if remark.setting is not None:
        setting = argument_map.get(remark.setting, Source)
        line = f"on {setting.outlet}" if setting.outlet else f"in {setting.title}"
    outlets = list(remark.outlets)
    listed = outlets[0] if len(outlets) == 1 else ", ".join(outlets[:-1]) + " and " + outlets[-1]
    return f"{line}; reported by {listed}"
