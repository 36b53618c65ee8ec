"""``argmap draft ARTICLE.txt [-o draft.yaml]``: draft a map from a news article's text."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from argmap.cli.loading import read_inputs
from argmap.cli.output import STDOUT, force_option, output_format, write_output
from argmap.exceptions import ModelError

__all__ = ["draft_command"]


def _check_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    from argmap.model import PartialDate

    if value is None:
        return None
    try:
        PartialDate.parse(value)
    except ModelError as error:
        raise click.BadParameter(str(error), ctx=ctx, param=param) from None
    return value


@click.command("draft")
@click.argument("article", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--title", help="The article's title (default: its headline, a short first line).")
@click.option("--outlet", help="The newspaper or site that published it.")
@click.option(
    "--date",
    callback=_check_date,
    help="Its date: YYYY, YYYY-MM or YYYY-MM-DD (default: a date line near the top).",
)
@click.option("--url", help="Where it was published.")
@click.option(
    "-o",
    "--output",
    default=STDOUT,
    show_default=True,
    help="The draft map: .yaml, .json or any map format argmap writes (- for stdout, YAML).",
)
@force_option
def draft_command(
    article: str,
    title: str | None,
    outlet: str | None,
    date: str | None,
    url: str | None,
    output: str,
    force: bool,
) -> None:
    """Draft a map from ARTICLE, a news report as plain text, for the analyst to edit.

    Every quote is found with its speaker and reporting verb, every clear piece of reported
    speech becomes an indirect attribution, and each gets a claim tagged "draft". Scare quotes
    and titles are set aside. The source's file is ARTICLE's name, so `argmap check OUT
    --sources <ARTICLE's folder>` verifies every quote. Warnings go to standard error.
    """
    from argmap.draft import draft_result
    from argmap.formats.contract import Kind

    text, name = _read(article)
    result = draft_result(text, title=title, outlet=outlet, date=date, url=url, file=name)
    chosen = output_format(output, None, Kind.MAP, stdout="yaml")
    write_output(output, chosen.dumps(result.map), force=force)
    speech = [q for q in result.quotes if q.kind == "speech" and q.attribution]
    unknown = [q for q in speech if q.speaker is None]
    aside = [q for q in result.quotes if q.kind != "speech"]
    for warning in result.warnings:
        click.echo(f"{article}: warning: {warning}", err=True)
    click.echo(
        f"{article}: {len(speech)} quotes ({len(unknown)} with an unknown speaker), "
        f"{len(result.reported)} pieces of reported speech, {len(aside)} scare quotes and "
        f"titles set aside, {len(result.map.actors)} actors",
        err=True,
    )


def _read(article: str) -> tuple[str, str | None]:
    """The article's text, and the file name to record in the source (None for stdin)."""
    if article == STDOUT:
        return sys.stdin.read(), None
    from argmap.files import read_text

    text, _ = read_text(article)
    read_inputs().append(os.stat(article))
    return text, Path(article).name
