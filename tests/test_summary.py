"""One summary, one definition of an isolated claim: ``argmap check`` warns about exactly the
claims that ``argmap summary`` counts as connected to nothing."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given, settings

from argmap import summarise, validate
from argmap.cli.main import cli
from argmap.formats import dumps
from argmap.model import ArgumentMap
from argmap.strategies import maps


def _mixed_map() -> ArgumentMap:
    """A claim on its own, an attributed claim on its own, a connected pair."""
    m = ArgumentMap(title="Tram")
    m.claim("Build the tram", id="tram")
    said = m.claim("Trams are loud", id="loud")
    m.support(m.claim("Fares fall", id="fares"), by=m.claim("Buses cost more", id="buses"))
    m.attribute(said, m.actor("Ann", id="ann"), m.source("Paper", id="paper"), quote="Loud")
    return m


def _isolated_warnings(m: ArgumentMap) -> list[str]:
    return [str(p) for p in validate(m) if "connected to nothing" in p.message]


def test_check_and_summary_count_the_same_isolated_claims(tmp_path: Path) -> None:
    path = tmp_path / "tram.json"
    path.write_text(dumps(_mixed_map(), "json"), encoding="utf-8")
    runner = CliRunner()
    checked = runner.invoke(cli, ["check", str(path)])
    summary = runner.invoke(cli, ["summary", str(path), "--json"])
    assert checked.exit_code == summary.exit_code == 0, checked.output + summary.output
    warned = re.findall(r"claim '([^']+)'.*is connected to nothing", checked.output)
    assert warned == ["tram", "loud"]
    assert json.loads(summary.output)["isolated_claims"] == len(warned)


@settings(max_examples=30, deadline=None)
@given(maps(max_claims=8))
def test_validate_and_summarise_agree_on_isolated_claims(m: ArgumentMap) -> None:
    assert summarise(m).isolated_claims == len(_isolated_warnings(m))
