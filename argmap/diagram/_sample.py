"""A small debate used by the docs gallery, the tests and the benchmarks.

>>> m = sample_map()
>>> len(m.claims), len(m.arguments), sorted({r.kind.value for r in m.rebuttals})
(7, 2, ['rebut', 'undercut', 'undermine'])
"""

from __future__ import annotations

from argmap.model import ArgumentMap

__all__ = ["sample_map"]


def sample_map() -> ArgumentMap:
    """Return a small tram debate with every kind of relation and attribution."""
    m = ArgumentMap(title="The Riverside tram", question="Should the city build the tram?")
    mayor = m.actor("Ana Ruiz", id="ruiz", role="mayor")
    club = m.actor("Drivers' Club", id="club", kind="organisation")
    prof = m.actor("Prof. Lee", id="lee")
    herald = m.source("Tram plan unveiled", id="herald", outlet="City Herald", date="2024-03-02")
    radio = m.source("Morning call-in", id="radio", outlet="Radio 4 & More", kind="broadcast")
    tram = m.claim("The city should build the tram", id="tram", central=True)
    traffic = m.claim("The tram will cut car traffic by 10%", id="traffic")
    need = m.claim("Congestion costs the city <10% of cities> pay more", id="need")
    cost = m.claim("The tram costs €300m, more than it saves", id="cost")
    buses = m.claim("Buses could do the same for less", id="buses")
    study = m.claim("The traffic study assumed fares stay at €1", id="study")
    lyon = m.claim("Lyon's tram cut traffic by 12%", id="lyon")
    cut = m.support(tram, by=[traffic, need], id="relief")
    m.support(traffic, by=lyon, id="precedent")
    m.rebut(tram, by=cost, id="too-dear")
    m.undercut(cut, by=buses, id="alternative")
    m.undermine(traffic, by=study, id="fares")
    m.attribute(tram, mayor, herald, quote="We will build it, and we will build it now", id="q1")
    m.attribute(traffic, mayor, herald, paraphrase="traffic would fall by a tenth", id="q2")
    m.attribute(cost, club, radio, fragments=["a €300m folly"], paraphrase="too costly", id="q3")
    m.attribute(tram, club, radio, paraphrase="no tram", stance="denies", id="q4")
    m.attribute(lyon, prof, radio, quote="Lyon saw 12% fewer cars", id="q5")
    m.attribute(
        study,
        prof,
        herald,
        paraphrase="fares were assumed flat",
        cue="admitted",
        stance="concedes",
        id="q6",
    )
    return m
