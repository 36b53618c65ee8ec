"""The Total Politics report alone: a small map for the how-to "Mapping a debate from several
reports" (``docs/howto-several-reports.md``).

Everything here is in ``total-politics-fabian-debate.txt`` (see
``examples/labour_immigration.py`` for the whole debate and the rules followed). The claims are
worded by another hand than those of ``examples/labour_ft.py``, as they would be when two
analysts map two reports.
"""

from __future__ import annotations

from argmap import ArgumentMap, SourceKind

QUESTION = "Did immigration lose Labour the 2010 election?"


def build() -> ArgumentMap:
    """Build the map of the Total Politics report."""
    m = ArgumentMap(title="Labour and immigration: the Total Politics report", question=QUESTION)
    tp = m.source(
        "Report of the Fabian Society debate 'Why did Labour lose? Lessons from the election'",
        id="total-politics",
        kind=SourceKind.NEWS_ARTICLE,
        outlet="Total Politics",
        file="total-politics-fabian-debate.txt",
    )
    launch = m.source(
        "Speech launching David Miliband's leadership candidacy",
        id="david-miliband-launch",
        kind=SourceKind.SPEECH,
        author="David Miliband",
    )
    mirror = m.source(
        "Ed Miliband's article in the Daily Mirror",
        id="daily-mirror-article",
        kind=SourceKind.OPINION_ARTICLE,
        outlet="Daily Mirror",
        author="Ed Miliband",
    )
    central = m.claim("Immigration lost Labour the 2010 election.", id="central", central=True)
    david = m.actor("David Miliband")
    ed = m.actor("Ed Miliband")
    catch_up = m.claim("Labour has been playing catch-up on immigration.", id="playing-catch-up")
    m.attribute(
        catch_up,
        david,
        tp,
        setting=launch,
        fragments=["playing catch-up on immigration"],
        cue="said",
    )
    not_seriously = m.claim(
        "Labour did not take seriously enough what voters felt immigration was doing to their "
        "wages and livelihoods.",
        id="not-seriously",
    )
    m.attribute(
        not_seriously,
        ed,
        tp,
        setting=mirror,
        quote=(
            "We didn’t take seriously enough the impact they felt immigration was having on "
            "their wages and livelihoods."
        ),
        cue="says",
    )
    m.support(central, by=not_seriously)
    return m
