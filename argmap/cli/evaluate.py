"""``argmap evaluate FILE``: which claims stand once the attacks are weighed."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import TYPE_CHECKING, Any

import click

from argmap.cli.loading import load_any
from argmap.cli.options import PATH, from_option
from argmap.cli.output import STDOUT, force_option, output_format, write_output
from argmap.formats.contract import Kind

if TYPE_CHECKING:
    from argmap.semantics import ArgumentationFramework, Labelling, Semantics

__all__ = ["Method", "evaluate_command"]


class Method(StrEnum):
    """What ``--semantics`` accepts: each extension semantics of the engine, and ``gradual``.

    The extension members carry the [`Semantics`][argmap.semantics.Semantics] values (a test
    holds the two lists together), so that ``--help`` need not import the engine.

    >>> Method("preferred").semantics
    <Semantics.PREFERRED: 'preferred'>
    >>> Method.GRADUAL.semantics is None
    True
    """

    GROUNDED = "grounded"
    COMPLETE = "complete"
    PREFERRED = "preferred"
    STABLE = "stable"
    SEMI_STABLE = "semi-stable"
    GRADUAL = "gradual"
    """Strengths instead of extensions: DF-QuAD for a map, h-categoriser for a framework."""

    @property
    def semantics(self) -> Semantics | None:
        """The engine's extension semantics, or ``None`` for the gradual strengths."""
        from argmap.semantics import Semantics

        return None if self is Method.GRADUAL else Semantics(self.value)


@click.command("evaluate")
@click.argument("file", type=PATH)
@from_option(Kind.MAP, Kind.FRAMEWORK)
@click.option(
    "--semantics",
    "-s",
    type=click.Choice([m.value for m in Method]),
    default=Method.GROUNDED.value,
    show_default=True,
    help="An extension semantics, or gradual strengths.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.option("--explain", "claim", help="Explain why this claim is in, out or undecided.")
@click.option("--limit", type=click.IntRange(min=1), help="Stop after this many extensions.")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=60.0,
    show_default=True,
    help="Seconds allowed (more than 0).",
)
@click.option(
    "--render",
    "render_to",
    metavar="OUT",
    type=PATH,
    help="Also draw the map to OUT (.svg, .dot, .mmd, ...), claims marked by status.",
)
@force_option
def evaluate_command(
    file: str,
    from_: str | None,
    semantics: str,
    as_json: bool,
    claim: str | None,
    limit: int | None,
    timeout: float,
    render_to: str | None,
    force: bool,
) -> None:
    """Evaluate FILE, a map or an abstract framework (.af/.i23 ICCMA, .apx ASPARTIX, .tgf).

    FILE is read in any map or framework format (- for standard input, with --from).

    For a map, prints each claim's status (accepted, defensible, undecided, rejected) or, with
    --semantics gradual, its DF-QuAD strength. For a framework, prints the extensions (or the
    h-categoriser strengths). --json prints the extensions as lists of argument names and, for
    grounded, the labelling.
    """
    from argmap.semantics.framework import ArgumentationFramework

    if render_to == STDOUT:
        raise click.UsageError("--render needs a file: the statuses are printed on standard output")
    method = Method(semantics)
    chosen = method.semantics
    if claim and chosen is None:
        raise click.UsageError("--explain works with extension semantics, not gradual")
    loaded = load_any(file, Kind.MAP, Kind.FRAMEWORK, format=from_)
    if isinstance(loaded, ArgumentationFramework):
        if claim or render_to:
            raise click.UsageError("--explain and --render need a map, not a framework file")
        _framework(loaded, chosen, as_json, limit, timeout)
        return
    # A map: only now the model's semantics (a framework file needs none of it).
    from argmap.semantics import evaluate, explain_claim, to_framework
    from argmap.semantics.strength import claim_strengths

    argument_map = loaded
    result: dict[str, Any] = {"semantics": method.value}
    status: dict[str, Any]
    if chosen is None:
        status = claim_strengths(argument_map)
        result["strengths"] = status
    else:
        af, _ = to_framework(argument_map)
        status = {k: v.value for k, v in evaluate(argument_map, chosen, timeout=timeout).items()}
        result["claims"] = status
        found, labelling = _extensions(af, chosen, limit, timeout)
        result["extensions"] = found
        if labelling is not None:
            result["labelling"] = labelling.words()
    if claim and chosen is not None:
        result["explanation"] = str(explain_claim(argument_map, claim, chosen, timeout=timeout))
    if render_to:
        drawn = output_format(render_to, None, Kind.DIAGRAM)
        write_output(render_to, drawn.dumps(argument_map, status=status), force=force)
    if as_json:
        click.echo(json.dumps(result, indent=2, ensure_ascii=False))
        return
    width = max((len(c.id) for c in argument_map.claims), default=0)
    for element in argument_map.claims:
        value = status[element.id]
        shown = f"{value:.3f}" if isinstance(value, float) else value
        click.echo(f"{element.id:<{width}}  {shown}")
    if claim:
        click.echo(result["explanation"])


def _extensions(
    af: ArgumentationFramework, semantics: Semantics, limit: int | None, timeout: float
) -> tuple[list[list[str]], Labelling | None]:
    """The extensions, each in argument order, and for grounded the labelling too."""
    from argmap.semantics import Label, Semantics, extensions, grounded_labelling

    if semantics == Semantics.GROUNDED:  # in index order already; no name look-ups
        labelling = grounded_labelling(af)
        return [labelling.names_with(Label.IN)], labelling
    found = extensions(af, semantics, limit=limit, timeout=timeout)
    return [sorted(e, key=af.index) for e in found], None


def _framework(
    af: ArgumentationFramework,
    semantics: Semantics | None,
    as_json: bool,
    limit: int | None,
    timeout: float,
) -> None:
    from argmap.semantics import h_categoriser

    if semantics is None:
        strengths = h_categoriser(af)
        if as_json:
            click.echo(json.dumps({"semantics": "h-categoriser", "strengths": strengths}))
        else:
            for name, value in strengths.items():
                click.echo(f"{name}  {value:.3f}")
        return
    found, labelling = _extensions(af, semantics, limit, timeout)
    if as_json:
        head = json.dumps({"semantics": semantics.value, "extensions": found}, ensure_ascii=False)
        if labelling is None:
            click.echo(head)
        else:  # the bytes of json.dumps with "labelling": labelling.words(), without the dict
            click.echo(f'{head[:-1]}, "labelling": {labelling.words_json()}}}')
        return
    for extension in found:
        click.echo("[" + ", ".join(extension) + "]")
