"""Small maps and a hypothesis strategy shared by the analysis tests."""

from __future__ import annotations

from hypothesis import strategies as st

from argmap.model import ArgumentMap, Stance


def tram_debate() -> ArgumentMap:
    """A tram debate: Ann and Bob for the tram, Cat against, Dan only questions."""
    m = ArgumentMap(title="Tram", question="Build the tram?")
    ft = m.source("City paper", id="paper", outlet="Gazette")
    radio = m.source("Radio debate", id="radio", kind="broadcast")
    ann, bob = m.actor("Ann", id="ann"), m.actor("Bob", id="bob")
    cat, dan = m.actor("Cat", id="cat"), m.actor("Dan", id="dan")
    m.claim("Build the tram", id="tram", central=True)
    m.claim("It cuts traffic", id="cuts")
    m.claim("It costs too much", id="cost")
    m.claim("Costs are recovered by fares", id="fares")
    m.claim("Traffic counts are old", id="old")
    m.support("tram", by="cuts", id="why")
    m.rebut("tram", by="cost", id="too-dear")
    m.rebut("cost", by="fares", id="fares-pay")
    m.undercut("why", by="old", id="old-data")
    m.attribute("tram", ann, ft, quote="Build it now", id="at1")
    m.attribute("tram", bob, radio, paraphrase="build it", id="at2")
    m.attribute("cuts", bob, ft, quote="fewer cars", id="at3")
    m.attribute("cost", cat, ft, paraphrase="too dear", id="at4")
    m.attribute("tram", cat, radio, quote="No tram", stance="denies", id="at5")
    m.attribute("old", cat, radio, paraphrase="old counts", id="at6")
    m.attribute("fares", ann, radio, paraphrase="fares pay", stance="concedes", id="at7")
    m.attribute("cost", dan, radio, paraphrase="is it dear?", stance="questions", id="at8")
    return m


@st.composite
def random_maps(draw: st.DrawFn) -> ArgumentMap:
    """Random maps with claims, arguments, attacks of every kind and attributions."""
    m = ArgumentMap()
    n_claims = draw(st.integers(1, 7))
    claims = [m.claim(f"claim {i}", id=f"c{i}").id for i in range(n_claims)]
    actors = [m.actor(f"actor {i}", id=f"p{i}").id for i in range(draw(st.integers(1, 4)))]
    sources = [m.source(f"source {i}", id=f"s{i}").id for i in range(draw(st.integers(1, 3)))]
    arguments: list[str] = []
    for i in range(draw(st.integers(0, 6))):
        conclusion = draw(st.sampled_from(claims))
        others = [c for c in claims if c != conclusion]
        if not others:
            break
        premises = draw(st.lists(st.sampled_from(others), min_size=1, max_size=2, unique=True))
        arguments.append(m.support(conclusion, by=premises, id=f"g{i}").id)
    for i in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["rebut", "undermine", "undercut"]))
        attacker = draw(st.sampled_from(claims + arguments))
        if kind == "undercut":
            pool = arguments
        elif kind == "undermine":
            pool = [c for c in claims if m.arguments_using(c)]
        else:
            pool = claims
        pool = [t for t in pool if t != attacker]
        if pool:
            m.attack(kind, draw(st.sampled_from(pool)), by=attacker, id=f"r{i}")
    for i in range(draw(st.integers(0, 10))):
        m.attribute(
            draw(st.sampled_from(claims)),
            draw(st.sampled_from(actors)),
            draw(st.sampled_from(sources)),
            paraphrase=f"words {i}",
            stance=draw(st.sampled_from(list(Stance))),
            id=f"at{i}",
        )
    return m
