"""The Financial Times report alone: a small map for the how-to "Mapping a debate from several
reports" (``docs/howto-several-reports.md``).

Everything here is in ``ft-rearguard-action.txt`` (see ``examples/labour_immigration.py`` for
the whole debate and the rules followed): quotes are the characters between the marks of the
text, claims are in our words.
"""

from __future__ import annotations

from argmap import ActorKind, ArgumentMap, SourceKind

QUESTION = "Did immigration lose Labour the 2010 election?"


def build() -> ArgumentMap:
    """Build the map of the FT report."""
    m = ArgumentMap(title="Labour and immigration: the FT report", question=QUESTION)
    ft = m.source(
        "Rearguard action by the far-Left",
        id="ft",
        kind=SourceKind.NEWS_ARTICLE,
        outlet="Financial Times",
        file="ft-rearguard-action.txt",
    )
    central = m.claim("Immigration lost Labour the 2010 election.", id="central", central=True)
    david = m.actor("David Miliband", role="leadership candidate")
    balls = m.actor("Ed Balls", role="leadership candidate")
    policy = m.claim(
        "Labour made mistakes over its immigration policy and paid the price at the ballot box.",
        id="policy-cost",
    )
    for who in (david, balls):
        m.attribute(
            policy,
            who,
            ft,
            paraphrase=(
                "Labour made mistakes over its immigration policy and paid the price at the "
                "ballot box on May 6"
            ),
            cue="have suggested",
        )
    m.support(central, by=policy)
    abbott = m.actor("Diane Abbott")
    candidates_group = m.actor(
        "Labour's leadership candidates", id="candidates", kind=ActorKind.GROUP
    )
    m.attribute(
        central,
        candidates_group,
        ft,
        reported_by=abbott,
        fragments=["immigration lost us the election"],
        cue="saying",
    )
    catch_up = m.claim("Labour was playing catch-up on immigration.", id="catch-up")
    m.attribute(catch_up, david, ft, fragments=["playing catch-up on immigration"], cue="said")
    candidates = m.claim(
        "Candidate after candidate is saying that immigration lost Labour the election.",
        id="candidates-say",
    )
    m.attribute(
        candidates,
        abbott,
        ft,
        quote=(
            "One of the things that made me run was hearing candidate after candidate saying "
            "that immigration lost us the election,"
        ),
        cue="said",
    )
    scapegoat = m.claim(
        "Labour must be careful not to scapegoat immigrants in a recession.", id="scapegoat"
    )
    m.attribute(
        scapegoat,
        abbott,
        ft,
        quote="We need to be careful about scapegoating immigrants in a recession.",
        cue="said",
    )
    m.support(policy, by=catch_up)
    m.support(scapegoat, by=candidates)
    return m
