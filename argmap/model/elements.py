"""The elements of an argument map: frozen value classes that refer to each other by id.

Each element checks its own fields when it is made; whether the ids it names exist is checked
by the [`ArgumentMap`][argmap.model.argument_map.ArgumentMap] it joins.

>>> Claim(id="c1", text="Immigration lost Labour the election", tags=["vote"])
Claim(id='c1', text='Immigration lost Labour the election', title=None, kind=None, \
tags=('vote',), note=None)
>>> Attribution(id="a1", claim="c1", actor="balls", source="ft", quote="We were wrong").mode
<Mode.DIRECT: 'direct'>
"""

from __future__ import annotations

from typing import Any, TypeAlias

from attrs import field, frozen

from argmap.exceptions import ModelError
from argmap.model._checks import (
    check_id,
    check_ids,
    check_optional_id,
    check_optional_text,
    check_text,
    check_texts,
    enum_converter,
    optional_enum_converter,
    to_tuple,
)
from argmap.model.dates import PartialDate, to_date
from argmap.model.enums import (
    ActorKind,
    AttackKind,
    ClaimKind,
    Mode,
    Response,
    SourceKind,
    Stance,
)

__all__ = [
    "Actor",
    "Argument",
    "Attribution",
    "Claim",
    "Element",
    "Locator",
    "Rebuttal",
    "Source",
    "inferred_mode",
]

# Named converters (mypy's attrs plugin understands only named functions as converters).
_CLAIM_KIND = optional_enum_converter(ClaimKind)
_ATTACK_KIND = enum_converter(AttackKind)
_ACTOR_KIND = enum_converter(ActorKind)
_SOURCE_KIND = enum_converter(SourceKind)
_STANCE = enum_converter(Stance)
_RESPONSE = optional_enum_converter(Response)
_MODE = enum_converter(Mode)
# The modes as module constants: a member looked up on its enum class runs Python code in
# 3.11 (~70 ns), and an attribution checks its mode up to four times.
_DIRECT, _MIXED, _INDIRECT = Mode.DIRECT, Mode.MIXED, Mode.INDIRECT


def _claim_kind(value: Any) -> ClaimKind | None:
    return _CLAIM_KIND(value)


def _attack_kind(value: Any) -> AttackKind:
    return _ATTACK_KIND(value)


def _actor_kind(value: Any) -> ActorKind:
    return _ACTOR_KIND(value)


def _source_kind(value: Any) -> SourceKind:
    return _SOURCE_KIND(value)


def _stance(value: Any) -> Stance:
    return _STANCE(value)


def _response(value: Any) -> Response | None:
    return _RESPONSE(value)


@frozen(kw_only=True)
class Claim:
    """A proposition put forward in the debate.

    Attributes:
        id: the claim's id, unique in its map.
        text: the proposition, in the analyst's words (quotes live in attributions).
        title: a short name for diagrams and Argdown (``[Title]``).
        kind: fact, value, policy, causal or prediction, where useful.
        tags: free labels, e.g. ``("housing",)``.
        note: the analyst's remark.
    """

    id: str = field(validator=check_id)
    text: str = field(validator=check_text)
    title: str | None = field(default=None, validator=check_optional_text)
    kind: ClaimKind | None = field(default=None, converter=_claim_kind)
    tags: tuple[str, ...] = field(default=(), converter=to_tuple, validator=check_texts)
    note: str | None = field(default=None, validator=check_optional_text)


@frozen(kw_only=True)
class Argument:
    """An inference from premises (claim ids) to a conclusion (a claim id).

    Premises of one argument are *linked*: they support the conclusion only together. Several
    arguments for one conclusion are *convergent*.

    >>> Argument(id="a", premises=["p", "q"], conclusion="c").premises
    ('p', 'q')
    >>> Argument(id="a", premises=[], conclusion="c")
    Traceback (most recent call last):
    ...
    argmap.exceptions.ModelError: Argument 'a': needs at least one premise
    """

    id: str = field(validator=check_id)
    premises: tuple[str, ...] = field(converter=to_tuple, validator=check_ids)
    conclusion: str = field(validator=check_id)
    title: str | None = field(default=None, validator=check_optional_text)
    scheme: str | None = field(default=None, validator=check_optional_text)
    note: str | None = field(default=None, validator=check_optional_text)

    def __attrs_post_init__(self) -> None:
        if not self.premises:
            raise ModelError(f"Argument {self.id!r}: needs at least one premise")
        if len(set(self.premises)) != len(self.premises):
            raise ModelError(f"Argument {self.id!r}: names a premise twice")
        if self.conclusion in self.premises:
            raise ModelError(
                f"Argument {self.id!r}: its conclusion {self.conclusion!r} is also a premise"
            )


@frozen(kw_only=True)
class Rebuttal:
    """An attack by a claim (or an argument) on a claim or on an argument's inference.

    Attributes:
        kind: *rebut* attacks a claim, *undermine* a claim used as a premise, *undercut* the
            inference of an argument.
        attacker: the id of the attacking claim or argument.
        target: the id of the attacked claim (rebut, undermine) or argument (undercut).
    """

    id: str = field(validator=check_id)
    kind: AttackKind = field(converter=_attack_kind)
    attacker: str = field(validator=check_id)
    target: str = field(validator=check_id)
    note: str | None = field(default=None, validator=check_optional_text)

    def __attrs_post_init__(self) -> None:
        if self.attacker == self.target:
            raise ModelError(f"Rebuttal {self.id!r}: {self.attacker!r} cannot attack itself")


@frozen(kw_only=True)
class Actor:
    """A person, organisation or group that speaks in the debate.

    ``role`` and ``affiliation`` are recorded as the source gives them: ``role`` as free text
    ("legal policy director"), ``affiliation`` as the id of another actor (an organisation).
    """

    id: str = field(validator=check_id)
    name: str = field(validator=check_text)
    kind: ActorKind = field(default=ActorKind.PERSON, converter=_actor_kind)
    role: str | None = field(default=None, validator=check_optional_text)
    affiliation: str | None = field(default=None, validator=check_optional_id)
    description: str | None = field(default=None, validator=check_optional_text)
    note: str | None = field(default=None, validator=check_optional_text)


@frozen(kw_only=True)
class Source:
    """Where a claim was read or first said: an article, a speech, a conference, an interview.

    ``file`` names the text file that holds the source's words, for quote checking.
    """

    id: str = field(validator=check_id)
    title: str = field(validator=check_text)
    kind: SourceKind = field(default=SourceKind.OTHER, converter=_source_kind)
    outlet: str | None = field(default=None, validator=check_optional_text)
    date: PartialDate | None = field(default=None, converter=to_date)
    url: str | None = field(default=None, validator=check_optional_text)
    author: str | None = field(default=None, validator=check_optional_text)
    file: str | None = field(default=None, validator=check_optional_text)
    note: str | None = field(default=None, validator=check_optional_text)


@frozen(kw_only=True, order=True)
class Locator:
    """Where a quoted text sits in its source's text: a character span and a paragraph.

    >>> Locator(start=5, end=12, paragraph=2)
    Locator(start=5, end=12, paragraph=2)
    """

    start: int = field()
    end: int = field()
    paragraph: int | None = field(default=None)

    def __attrs_post_init__(self) -> None:
        if not (isinstance(self.start, int) and isinstance(self.end, int)):
            raise ModelError(f"Locator: start and end must be integers, got {self!r}")
        if not 0 <= self.start <= self.end:
            raise ModelError(f"Locator: expected 0 <= start <= end, got {self.start}..{self.end}")
        if self.paragraph is not None and (
            not isinstance(self.paragraph, int) or self.paragraph < 1
        ):
            raise ModelError(f"Locator: paragraph must be 1 or more, got {self.paragraph!r}")


def inferred_mode(quote: str | None, fragments: tuple[str, ...]) -> Mode:
    """The mode an attribution has when none is given: a quote makes it direct, quoted
    fragments mixed, anything else indirect.

    >>> inferred_mode(None, ("lost touch",))
    <Mode.MIXED: 'mixed'>
    """
    return _DIRECT if quote else _MIXED if fragments else _INDIRECT


def _infer_mode(value: Any) -> Mode | None:
    return None if value is None else _MODE(value)


@frozen(kw_only=True)
class Attribution:
    """An actor put a claim forward in a source.

    Attributes:
        claim, actor, source: ids of the claim, the speaker and where we read it.
        mode: *direct* (verbatim ``quote``), *indirect* (``paraphrase``) or *mixed* (paraphrase
            with verbatim ``fragments``). Inferred when not given: a quote makes it direct,
            fragments mixed, anything else indirect.
        quote: the verbatim words, without the quotation marks around them.
        fragments: the verbatim fragments of a mixed attribution.
        paraphrase: the source's own reported wording, when indirect or mixed.
        cue: the reporting verb as written: said, claimed, warned, agreed...
        stance: asserts (the default), denies, concedes or questions the claim.
        setting: id of the source where the words were first said (a speech, a conference),
            when that differs from ``source``.
        reported_by: id of the actor who reports the words (A reports that B said X).
        responds_to: id of an earlier attribution this one answers.
        response: how it answers: agrees, counters, echoes, answers.
        locators: where each quoted text (see `quoted_texts`) sits in the source.

    >>> Attribution(id="x", claim="c", actor="a", source="s", mode="direct")
    Traceback (most recent call last):
    ...
    argmap.exceptions.ModelError: Attribution 'x': a direct attribution needs the quote
    """

    id: str = field(validator=check_id)
    claim: str = field(validator=check_id)
    actor: str = field(validator=check_id)
    source: str = field(validator=check_id)
    mode: Mode = field(default=None, converter=_infer_mode)
    quote: str | None = field(default=None, validator=check_optional_text)
    fragments: tuple[str, ...] = field(default=(), converter=to_tuple, validator=check_texts)
    paraphrase: str | None = field(default=None, validator=check_optional_text)
    cue: str | None = field(default=None, validator=check_optional_text)
    stance: Stance = field(default=Stance.ASSERTS, converter=_stance)
    setting: str | None = field(default=None, validator=check_optional_id)
    reported_by: str | None = field(default=None, validator=check_optional_id)
    responds_to: str | None = field(default=None, validator=check_optional_id)
    response: Response | None = field(default=None, converter=_response)
    locators: tuple[Locator, ...] = field(default=(), converter=to_tuple)
    note: str | None = field(default=None, validator=check_optional_text)

    def __attrs_post_init__(self) -> None:
        mode = self.mode
        if mode is None:
            mode = inferred_mode(self.quote, self.fragments)
            object.__setattr__(self, "mode", mode)
        where = f"Attribution {self.id!r}"
        if mode is _DIRECT and not (self.quote and self.quote.strip()):
            raise ModelError(f"{where}: a direct attribution needs the quote")
        if mode is _MIXED and not self.fragments:
            raise ModelError(f"{where}: a mixed attribution needs its quoted fragments")
        if mode is _INDIRECT and (self.quote or self.fragments):
            raise ModelError(f"{where}: an indirect attribution has no quote; use mode 'mixed'")
        if mode is _MIXED and self.quote:
            raise ModelError(f"{where}: a mixed attribution keeps its words in fragments")
        if self.response is not None and self.responds_to is None:
            raise ModelError(f"{where}: a response needs responds_to")
        if self.reported_by is not None and self.reported_by == self.actor:
            raise ModelError(f"{where}: an actor cannot report their own words")
        if any(not isinstance(loc, Locator) for loc in self.locators):
            raise ModelError(f"{where}: locators must be Locator objects")
        if self.locators and len(self.locators) != len(self.quoted_texts):
            raise ModelError(
                f"{where}: {len(self.locators)} locators for {len(self.quoted_texts)} quoted texts"
            )

    @property
    def quoted_texts(self) -> tuple[str, ...]:
        """The verbatim texts of this attribution: the quote, or the fragments.

        >>> Attribution(id="x", claim="c", actor="a", source="s", fragments=["a", "b"]).quoted_texts
        ('a', 'b')
        """
        if self.quote is not None:
            return (self.quote,)
        return self.fragments


Element: TypeAlias = Claim | Argument | Rebuttal | Actor | Source | Attribution
"""Any element that a map holds under its own id."""
