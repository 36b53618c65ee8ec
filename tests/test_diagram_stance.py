"""Stance in every diagram: a denial, a concession or a question never reads as support.

Every attribution line carries the stance's mark and word (✓ asserted, ✗ denied, ~ conceded,
? questioned) beside the reporting verb, at every detail level, in every theme and in every
output (DOT and what dot makes of it, Mermaid, the tooltips the HTML map shows); the legend
explains the marks it uses, and the node looks of the legend are those of the diagram.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.diagram import to_dot, to_mermaid
from argmap.diagram._sample import sample_map
from argmap.diagram.labels import attribution_line, tooltip
from argmap.diagram.options import DETAILS, THEMES
from argmap.diagram.quoting import visible_text
from argmap.diagram.styles import NODE_STYLES, STANCE_STYLES
from argmap.model import ArgumentMap, Stance


def _one_remark(stance: Stance, cue: str | None = "said") -> ArgumentMap:
    m = ArgumentMap()
    claim = m.claim("Labour should take a harder stance", id="hard")
    straw = m.actor("Will Straw", id="straw")
    ft = m.source("Labour's lost voters", id="ft", outlet="Financial Times")
    m.attribute(claim, straw, ft, quote="the very worst thing", cue=cue, stance=stance, id="a")
    return m


def _node_label(source: str, name: str) -> str:
    line = next(x for x in source.splitlines() if x.strip().startswith(f"{name} ["))
    return re.sub(r"<[^>]*>", " ", line.split("tooltip=")[0])


@pytest.mark.parametrize("stance", list(Stance))
@pytest.mark.parametrize("detail", [d for d in DETAILS if d != "claims"])
@pytest.mark.parametrize("theme", THEMES)
def test_every_attribution_line_shows_its_stance_mark_and_word(
    stance: Stance, detail: str, theme: str
) -> None:
    style = STANCE_STYLES[stance]
    label = _node_label(to_dot(_one_remark(stance), detail=detail, theme=theme).source, "n_hard")
    words = visible_text(label)
    assert f"{style.mark} {style.participle} by Will Straw" in words
    others = [s for s in STANCE_STYLES.values() if s is not style]
    assert not [s.participle for s in others if f"{s.participle} by" in words]


def test_a_denial_never_reads_as_support_not_even_in_its_verb() -> None:
    """The verb stays ("said"), but never alone in brackets as if the speaker agreed."""
    m = _one_remark(Stance.DENIES)
    for detail in DETAILS:
        source = to_dot(m, detail=detail).source
        assert "(said)" not in source
        assert "✗ denied by Will Straw" in visible_text(re.sub(r"<[^>]*>", " ", source))
    assert "✗ denied by Will Straw" in tooltip(m, m.get("hard"))
    assert "✗ denied by Will Straw" in to_mermaid(m)
    assert "(said)" not in to_mermaid(m)


def test_the_stance_mark_is_coloured_by_the_theme() -> None:
    for theme in THEMES:
        source = to_dot(_one_remark(Stance.DENIES), theme=theme).source
        assert re.search(r'<FONT COLOR="[^"]+"><B>✗ denied</B></FONT>', source)


def test_an_outlet_speaking_in_its_own_voice_is_named_once() -> None:
    m = ArgumentMap()
    claim = m.claim("Net migration is falling", id="c")
    ft_actor = m.actor("Financial Times", id="the-ft", kind="organisation")
    report = m.source("Rearguard", id="s", outlet="Financial Times")
    m.attribute(claim, ft_actor, report, paraphrase="migration falling", id="a")
    line = attribution_line(m, m.get("a"))
    assert line == "✓ asserted by Financial Times"
    assert "Financial Times, Financial Times" not in to_dot(m).source
    assert "Financial Times, Financial Times" not in tooltip(m, claim)


def test_a_verb_that_repeats_the_stance_is_not_repeated() -> None:
    m = _one_remark(Stance.DENIES, cue="denied")
    assert attribution_line(m, m.get("a")) == "✗ denied by Will Straw, Financial Times"


@settings(max_examples=40, deadline=None)
@given(stance=st.sampled_from(list(Stance)), cue=st.sampled_from([None, "said", "warned"]))
def test_attribution_line_always_starts_with_its_stance(stance: Stance, cue: str | None) -> None:
    m = _one_remark(stance, cue)
    style = STANCE_STYLES[stance]
    line = attribution_line(m, m.get("a"))
    assert line.startswith(f"{style.mark} {style.participle} by ")
    assert (" · " in line) is (cue is not None)
    assert cue is None or line.endswith(f" · {cue}")


def test_legend_explains_the_stance_marks_used_and_no_other() -> None:
    source = to_dot(sample_map()).source
    legend = visible_text(re.sub(r"<[^>]*>", "", source[source.find("cluster_legend") :]))
    for stance in (Stance.ASSERTS, Stance.DENIES, Stance.CONCEDES):
        assert STANCE_STYLES[stance].meaning in legend
    assert STANCE_STYLES[Stance.QUESTIONS].meaning not in legend
    claims_only = to_dot(sample_map(), detail="claims").source
    assert "denied by" not in claims_only[claims_only.find("cluster_legend") :]


def test_legend_undecided_swatch_is_dashed_like_the_diagram() -> None:
    """The legend draws each node look from the table the diagram uses."""
    source = to_dot(sample_map(), status={"buses": "undec"}).source
    claim = next(x for x in source.splitlines() if x.strip().startswith("n_buses ["))
    swatch = re.search(r'<TD ID="legend-status-undec"[^>]*>', source)
    assert swatch, "no undecided swatch in the legend"
    assert "dashed" in claim
    assert 'STYLE="dashed"' in swatch.group()
    assert NODE_STYLES["status-undec"].style == "filled,dashed"


def test_focus_keeps_every_premise_of_a_linked_argument() -> None:
    """Focused on a claim one step from a linked argument, both premises are drawn."""
    m = sample_map()  # relief: traffic + need -> tram
    source = to_dot(m, focus="lyon", depth=2).source  # lyon -> traffic -> (relief) tram
    assert "n_traffic -> n_relief" in source
    assert "n_need [" in source and "n_need -> n_relief" in source


def test_focus_draws_no_question_box_tied_to_nothing() -> None:
    source = to_dot(sample_map(), focus="study", depth=1).source
    assert "n_tram [" not in source
    assert "question_" not in source
    assert "question_" in to_dot(sample_map(), focus="cost", depth=1).source


def test_mermaid_focus_keeps_every_premise_and_shows_the_stance() -> None:
    text = to_mermaid(sample_map(), focus="lyon", depth=2)
    assert "Congestion costs" in text
    assert "✗ denied by Drivers" in to_mermaid(sample_map())


@pytest.mark.exe
@pytest.mark.parametrize("theme", THEMES)
def test_the_laid_out_svg_shows_the_denial(theme: str) -> None:
    """dot keeps the mark and the word: SVG (and PNG and PDF, laid out from the same DOT)."""
    from argmap.diagram import to_svg
    from argmap.diagram.render import find_dot
    from argmap.exceptions import RenderError

    try:
        find_dot()
    except RenderError:
        pytest.skip("Graphviz's dot is not installed")
    svg = to_svg(_one_remark(Stance.DENIES), theme=theme)
    texts = visible_text(" ".join(re.findall(r"<text[^>]*>([^<]*)</text>", svg)))
    assert "✗ denied by Will Straw" in texts
    assert "asserted" not in texts.split("Legend")[0]
