"""Did immigration lose Labour the 2010 election? A map of the argument in two news reports.

After the UK general election of 6 May 2010 the candidates for the Labour leadership argued over
whether immigration had cost Labour the election. Two reports are the whole of our evidence:

* the Financial Times report "Rearguard action by the far-Left" (``ft-rearguard-action.txt``):
  pro-immigration groups and left-wing activists answer the candidates;
* the Total Politics report of the Fabian Society debate "Why did Labour lose? Lessons from the
  election" (``total-politics-fabian-debate.txt``).

Rules followed throughout (an analyst's notes, not an essay):

* Claims are in our words; what people said lives in attributions. Direct quotes are the exact
  characters between the quotation marks of the source, apostrophes included (including a
  trailing comma where the text puts it inside the marks); paraphrases carry the report's own
  wording and its reporting verb as ``cue``.
* Roles and affiliations are only those the texts give. Where a text is silent, the field is
  empty and a note says what the text does say.
* Neither text gives its date; dates are left unset. That the election was on 6 May 2010 is
  general knowledge, recorded in a note.
* ``file=`` names each report's text, so ``argmap check examples/labour_immigration.py --sources
  DIR`` finds every quote in ``DIR/<file>``.

Run as a script to write the map as SVG and PNG diagrams (and JSON) into a folder::

    python examples/labour_immigration.py [OUTDIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

from argmap import ActorKind, ArgumentMap, SourceKind

QUESTION = "Did immigration lose Labour the 2010 election?"
CENTRAL = "central"

# The two reports; their file names follow the quote-checking rule (file name on the source).
FT = "ft"
TP = "total-politics"

# Where words were first said, when that is not the report itself.
FABIAN = "fabian-conference"
LAUNCH = "david-miliband-launch"
MIRROR = "daily-mirror-article"
FT_INTERVIEW = "ft-interview"
TP_INTERVIEW = "total-politics-interview"

FABIAN_SPEAKERS = ("deborah-mattinson", "sunder-katwala", "kerry-mccarthy", "sadiq-khan")


def build() -> ArgumentMap:
    """Build the map of the debate from the two reports."""
    m = ArgumentMap(
        title="Labour and immigration after the 2010 election",
        question=QUESTION,
        description=(
            "The argument over whether immigration lost Labour the UK general election of "
            "6 May 2010, as reported by the Financial Times and by Total Politics."
        ),
    )
    _sources(m)
    _actors(m)
    _case_for(m)
    _out_of_touch(m)
    _proxy(m)
    _record_and_communication(m)
    _other_reasons(m)
    _what_next(m)
    return m


# --------------------------------------------------------------------------- sources


def _sources(m: ArgumentMap) -> None:
    m.source(
        "Rearguard action by the far-Left",
        id=FT,
        kind=SourceKind.NEWS_ARTICLE,
        outlet="Financial Times",
        file="ft-rearguard-action.txt",
        note=(
            "Undated in the text. It was written after the general election of 6 May 2010 "
            "(general knowledge; the text says 'May 6'), during the Labour leadership contest, "
            "after Diane Abbott entered it."
        ),
    )
    m.source(
        "Report of the Fabian Society debate 'Why did Labour lose? Lessons from the election'",
        id=TP,
        kind=SourceKind.NEWS_ARTICLE,
        outlet="Total Politics",
        file="total-politics-fabian-debate.txt",
        note=(
            "The text has no headline; this title describes it. Undated: it reports the "
            "conference 'this weekend' and, 'today', David Miliband's launch speech and Ed "
            "Miliband's Daily Mirror article."
        ),
    )
    m.source(
        "Fabian Society post-election conference",
        id=FABIAN,
        kind=SourceKind.CONFERENCE,
        note="The debate 'Why did Labour lose? Lessons from the election'; held 'this weekend'.",
    )
    m.source(
        "Speech launching David Miliband's leadership candidacy",
        id=LAUNCH,
        kind=SourceKind.SPEECH,
        author="David Miliband",
    )
    m.source(
        "Ed Miliband's article in the Daily Mirror",
        id=MIRROR,
        kind=SourceKind.OPINION_ARTICLE,
        outlet="Daily Mirror",
        author="Ed Miliband",
    )
    m.source(
        "Interview with the FT",
        id=FT_INTERVIEW,
        kind=SourceKind.INTERVIEW,
        outlet="Financial Times",
        note="Hina Majid 'told the FT'.",
    )
    m.source(
        "Interview with Total Politics",
        id=TP_INTERVIEW,
        kind=SourceKind.INTERVIEW,
        outlet="Total Politics",
        note="Jonathan Bartley was 'Speaking to Total Politics today'.",
    )


# --------------------------------------------------------------------------- actors


def _actors(m: ArgumentMap) -> None:
    org, group = ActorKind.ORGANISATION, ActorKind.GROUP
    # Organisations, described as the texts describe them.
    m.actor("Labour party", id="labour", kind=org)
    m.actor("Joint Council for the Welfare of Immigrants", id="jcwi", kind=org)
    m.actor(
        "Left Foot Forward",
        id="left-foot-forward",
        kind=org,
        description="an increasingly influential left-leaning blog",
    )
    m.actor(
        "Institute for Public Policy Research",
        id="ippr",
        kind=org,
        description="a left of centre think-tank",
    )
    m.actor("Ekklesia", id="ekklesia", kind=org, description="think tank")
    m.actor(
        "Financial Times",
        id="the-ft",
        kind=org,
        note="The paper's own voice, where no one else speaks.",
    )
    m.actor(
        "Total Politics",
        id="the-tp",
        kind=org,
        note="The magazine's own voice, where no one else speaks.",
    )

    # People quoted in the FT report.
    m.actor("Hina Majid", role="legal policy director", affiliation="jcwi")
    m.actor("Will Straw", role="editor", affiliation="left-foot-forward")
    m.actor("David Miliband", role="leadership candidate", affiliation="labour")
    m.actor("Ed Balls", role="leadership candidate", affiliation="labour")
    m.actor(
        "Ed Miliband",
        note=(
            "No role given. The FT reports him next to David Miliband and Ed Balls and then "
            "turns to 'Other candidates'; Total Politics quotes his Daily Mirror article."
        ),
    )
    m.actor(
        "Andy Burnham",
        note="No role given; the FT reports him right after 'Other candidates have said...'.",
    )
    m.actor(
        "Diane Abbott",
        note="No role given; the FT quotes her 'on entering the contest'.",
    )
    m.actor("Tim Finch", role="head of migration", affiliation="ippr")

    # People in the Total Politics report.
    for name in ("Deborah Mattinson", "Sunder Katwala"):
        m.actor(name, note="A speaker in the Fabian debate; the text gives no role.")
    m.actor("Kerry McCarthy", role="MP")
    m.actor("Sadiq Khan", role="MP", note="The text mentions 'his Tooting constituency'.")
    m.actor("Jonathan Bartley", role="co-director", affiliation="ekklesia")

    # Groups the reports speak of without naming members.
    m.actor("Labour's leadership candidates", id="candidates", kind=group, affiliation="labour")
    m.actor(
        "Other leadership candidates",
        id="other-candidates",
        kind=group,
        affiliation="labour",
        note="The FT's 'Other candidates': those it has not yet named; Andy Burnham follows.",
    )
    m.actor("Pro-immigration groups and leftwing activists", id="pro-immigration", kind=group)
    m.actor("Some voices within Labour", id="labour-voices", kind=group, affiliation="labour")
    m.actor("Those on the left", id="the-left", kind=group)


# --------------------------------------------------------------------------- the case for


def _case_for(m: ArgumentMap) -> None:
    m.claim("Immigration lost Labour the 2010 election.", id=CENTRAL, central=True, kind="causal")
    m.attribute(
        CENTRAL,
        "candidates",
        FT,
        id="candidates-lost-us",
        reported_by="diane-abbott",
        fragments=["immigration lost us the election"],
        cue="saying",
        note="Diane Abbott reports 'candidate after candidate saying' it.",
    )

    # 1. Policy: the rules were too lax and Labour paid for it.
    m.claim(
        "Labour made mistakes over its immigration policy and paid the price at the ballot box.",
        id="policy-cost",
        kind="causal",
    )
    m.attribute(
        "policy-cost",
        "candidates",
        FT,
        id="candidates-blame",
        cue="blaming",
        paraphrase=(
            "blaming the party’s electoral defeat on lax rules allowing too many people into the UK"
        ),
    )
    for who in ("david-miliband", "ed-balls"):
        m.attribute(
            "policy-cost",
            who,
            FT,
            cue="suggested",
            paraphrase=(
                "Labour made mistakes over its immigration policy and paid the price at the "
                "ballot box on May 6"
            ),
        )
    m.attribute(
        "policy-cost",
        "pro-immigration",
        FT,
        stance="denies",
        cue="have spoken out against",
        responds_to="candidates-blame",
        response="counters",
        paraphrase="have spoken out against Labour’s leadership candidates",
    )
    m.support(CENTRAL, by="policy-cost", id="arg-policy")

    m.claim(
        "Britain let in too many unskilled migrants during Labour's three terms in government.",
        id="unskilled",
    )
    m.attribute(
        "unskilled",
        "ed-balls",
        FT,
        cue="claimed",
        paraphrase=(
            "Britain let in too many unskilled migrants during Labour’s three terms in government"
        ),
    )
    m.support("policy-cost", by="unskilled")

    m.claim("Labour was playing catch-up on immigration.", id="catch-up")
    m.attribute(
        "catch-up",
        "david-miliband",
        FT,
        fragments=["playing catch-up on immigration"],
        cue="said",
    )
    m.attribute(
        "catch-up",
        "david-miliband",
        TP,
        setting=LAUNCH,
        fragments=["playing catch-up on immigration"],
        cue="said",
    )
    m.support("policy-cost", by="catch-up")

    # 2. Salience: immigration was the big issue.
    m.claim(
        "Immigration was a major factor in the election: it helped to undermine Labour's "
        "popularity.",
        id="major-factor",
    )
    m.attribute(
        "major-factor",
        "other-candidates",
        FT,
        cue="have said",
        paraphrase="immigration helped to undermine Labour’s popularity",
        note="The FT adds that 'they have not argued that its policies on the issue were wrong'.",
    )
    m.attribute(
        "major-factor",
        "diane-abbott",
        FT,
        id="abbott-factor",
        stance="concedes",
        cue="acknowledged",
        paraphrase="the issue was a major electoral factor",
    )
    m.support(CENTRAL, by="major-factor", id="arg-major-factor")

    m.claim("Immigration was the biggest issue at the election.", id="biggest")
    m.attribute(
        "biggest", "andy-burnham", FT, fragments=["the biggest issue at the election"], cue="said"
    )
    m.support("major-factor", by="biggest")

    # 3. The doorstep, as Tim Finch describes the candidates' reasoning.
    m.claim("Immigration came up on the doorstep time and time again.", id="doorstep")
    m.attribute(
        "doorstep",
        "tim-finch",
        FT,
        stance="concedes",
        fragments=["it came up on the doorstep time and time again"],
        cue="said",
    )
    m.support(
        CENTRAL,
        by="doorstep",
        id="arg-doorstep",
        note="The step Tim Finch sees the candidates take; nobody in the texts states it.",
    )
    m.claim(
        "Immigration is now the number one or two issue in the leadership race.", id="number-one"
    )
    m.attribute(
        "number-one",
        "tim-finch",
        FT,
        quote="Now it is the number one or two issue in the leadership race,",
        cue="said",
    )
    m.claim(
        "The candidates may be panicked because immigration came up on the doorstep.", id="panic"
    )
    m.attribute(
        "panic",
        "tim-finch",
        FT,
        quote=(
            "The worry for some of us is that they are panicked because it came up on the "
            "doorstep time and time again."
        ),
        cue="said",
    )
    # Undercut: Finch grants that immigration came up on the doorstep; he doubts that this
    # shows what the candidates conclude from it (they may be panicking), so he attacks the
    # step from premise to conclusion, not the premise.
    m.undercut("arg-doorstep", by="panic")


# --------------------------------------------------------------------------- out of touch


def _out_of_touch(m: ArgumentMap) -> None:
    m.claim(
        "Labour did not take seriously enough voters' worries about what immigration was doing "
        "to their wages and livelihoods.",
        id="not-seriously",
        title="Not taken seriously",
    )
    m.attribute(
        "not-seriously",
        "ed-miliband",
        FT,
        cue="warned",
        paraphrase="of public perceptions that the party did not take the issue seriously enough",
        note="The FT reports it as a warning about public perceptions.",
    )
    m.attribute(
        "not-seriously",
        "ed-miliband",
        TP,
        setting=MIRROR,
        quote=(
            "We didn’t take seriously enough the impact they felt immigration was having on "
            "their wages and livelihoods."
        ),
        cue="says",
        note="Total Politics: 'voters abandoned Labour because' of it.",
    )
    m.support(CENTRAL, by="not-seriously", id="arg-not-seriously")

    m.claim(
        "Immigration is a good example of middle-class Westminster being out of touch.",
        id="out-of-touch",
    )
    m.attribute(
        "out-of-touch",
        "deborah-mattinson",
        TP,
        id="mattinson-out-of-touch",
        setting=FABIAN,
        fragments=["a good example of middle class Westminster being out of touch"],
        cue="said",
    )
    m.attribute(
        "out-of-touch",
        "sadiq-khan",
        TP,
        setting=FABIAN,
        responds_to="mattinson-out-of-touch",
        response="echoes",
        cue="echoed",
        paraphrase="this was echoed by Khan",
    )
    m.support("not-seriously", by="out-of-touch")

    m.claim(
        "Second- and third-generation immigrants complained about immigration in Tooting.",
        id="tooting",
    )
    m.attribute(
        "tooting",
        "sadiq-khan",
        TP,
        setting=FABIAN,
        cue="said",
        paraphrase=(
            "2nd and 3rd generation immigrants complained about immigration in his Tooting "
            "constituency"
        ),
    )
    m.support("out-of-touch", by="tooting")

    m.claim(
        "The problem with the core vote is that Labour just did not want to listen to them.",
        id="not-listening",
    )
    m.attribute(
        "not-listening",
        "tim-finch",
        FT,
        quote="The problem with the core vote is the party just didn’t want to listen to them.",
        cue="said",
    )
    m.support("not-seriously", by="not-listening")

    m.claim(
        "Ministers dismissed anyone arguing against migration as stupid or nasty.", id="dismissed"
    )
    m.attribute(
        "dismissed",
        "tim-finch",
        FT,
        cue="claimed",
        paraphrase=(
            "They had meanwhile dismissed anyone arguing against migration as stupid or nasty"
        ),
    )
    m.support("not-listening", by="dismissed")


# --------------------------------------------------------------------------- a proxy


def _proxy(m: ArgumentMap) -> None:
    m.claim(
        "Immigration is a symbol, or proxy, for other worries: public services, housing and "
        "unemployment.",
        id="proxy",
        title="A proxy for other worries",
    )
    m.attribute(
        "proxy",
        "hina-majid",
        FT,
        quote=(
            "People are quick to mention it, but it is usually more of a symbol for other "
            "worries about public services and particularly housing."
        ),
        cue="said",
        note="The FT opens this quote and opens the next one without closing it.",
    )
    m.attribute(
        "proxy",
        "diane-abbott",
        FT,
        id="abbott-proxy",
        cue="suggested",
        paraphrase="it was a proxy for other issues such as housing and unemployment",
    )
    m.attribute(
        "proxy",
        "will-straw",
        FT,
        responds_to="abbott-proxy",
        response="agrees",
        cue="agreed",
        paraphrase="Mr Straw agreed",
    )
    # Undercut, not rebut: Majid and Abbott grant that immigration was a big issue (Abbott
    # "acknowledged" it was a major electoral factor). They deny that this shows immigration
    # itself lost the election, because the word stood for other worries.
    m.undercut("arg-major-factor", by="proxy")

    m.claim(
        "Working-class views on immigration are more nuanced than the candidates suggest.",
        id="nuanced",
    )
    m.attribute(
        "nuanced",
        "hina-majid",
        FT,
        quote="The views of the working classes are a bit more nuanced than is being suggested,",
        cue="said",
    )
    # Undercut: a major issue is not the same as a hostile verdict; Majid attacks the step from
    # "immigration mattered" to "immigration lost it", not the fact that it mattered.
    m.undercut("arg-major-factor", by="nuanced")

    m.claim(
        "There is often hostility to migration, but also an acknowledgement that it brings "
        "benefits.",
        id="hostility-and-benefits",
    )
    m.attribute(
        "hostility-and-benefits",
        "hina-majid",
        FT,
        quote=(
            "There is often hostility on one hand but also an acknowledgement that migration "
            "does bring benefits."
        ),
        cue="said",
    )
    m.support("nuanced", by="hostility-and-benefits")

    m.claim(
        "The issues are housing and employment generally, to which migrants may or may not "
        "contribute; the big myths about immigration go undiscussed.",
        id="myths",
    )
    m.attribute(
        "myths",
        "jonathan-bartley",
        TP,
        setting=TP_INTERVIEW,
        quote=(
            "No one wants to talk about the big myths surrounding immigration. The system is "
            "geared towards catching people out, and there are issues with housing and "
            "employment generally, which migrants may or may not contribute to"
        ),
        cue="said",
    )
    m.support("proxy", by="myths")

    m.claim(
        "The three main parties differed very little on their immigration policies.",
        id="parties-alike",
    )
    m.attribute(
        "parties-alike",
        "jonathan-bartley",
        TP,
        setting=TP_INTERVIEW,
        cue="points out",
        paraphrase=(
            "even if Labour did suffer at the polls from perceptions on immigration, the three "
            "main parties differed very little on their immigration policies"
        ),
    )
    # Undercut: Bartley grants ("even if") that Labour may have suffered on immigration; he
    # denies that Labour's policy can be why, since voters had no different policy to turn to.
    m.undercut("arg-policy", by="parties-alike")


# --------------------------------------------------------------------------- Labour's record


def _record_and_communication(m: ArgumentMap) -> None:
    m.claim("Labour had tightened immigration policy since 2005.", id="tightened")
    m.attribute(
        "tightened",
        "tim-finch",
        FT,
        cue="said",
        paraphrase="Labour had tightened immigration policies since 2005",
    )
    m.attribute(
        "tightened",
        "andy-burnham",
        FT,
        cue="added",
        paraphrase="Labour had taken steps to toughen the system",
        note="Burnham 'added' this to 'the biggest issue at the election'.",
    )

    m.claim(
        "Labour was ambivalent in talking about immigration, in spite of its policies.",
        id="ambivalent",
    )
    m.attribute(
        "ambivalent",
        "deborah-mattinson",
        TP,
        setting=FABIAN,
        cue="made",
        paraphrase=(
            "in spite of their policies, Labour were ambivalent in talking about immigration"
        ),
        note="Total Politics: the point 'was greeted with nods of agreement' (it does not say "
        "by whom).",
    )

    m.claim(
        "Ministers made a mistake by concentrating on the 'macro' argument that migration "
        "helped the economy.",
        id="macro",
    )
    m.attribute(
        "macro",
        "tim-finch",
        FT,
        fragments=["macro"],
        cue="said",
        paraphrase=(
            "Ministers had also made a mistake by concentrating on the “macro” argument that "
            "migration helped the economy"
        ),
    )

    m.claim(
        "The policies people wanted would pretty much tally with what Labour brought in.",
        id="tally",
    )
    m.attribute(
        "tally",
        "tim-finch",
        FT,
        quote=(
            "If you asked what policies people wanted they would pretty much tally with what "
            "the party has brought in,"
        ),
        cue="said",
    )

    m.claim(
        "Labour's failure was not its immigration policy but that it did not communicate "
        "its tightened policy clearly to the public.",
        id="communication",
        title="A failure to communicate",
    )
    m.attribute(
        "communication",
        "tim-finch",
        FT,
        cue="said",
        paraphrase=(
            "Labour had tightened immigration policies since 2005 but failed to communicate "
            "this clearly to the public"
        ),
    )
    m.support("communication", by=["tightened", "ambivalent"])
    m.support("communication", by="tally")
    m.support("communication", by="macro")
    # Undermine: Finch denies the premise that the policy was the mistake (it was what people
    # wanted, and had been tightened); the fault lay in telling the public. The premise is
    # attacked, not the step from it, so this is an undermine.
    m.undermine("policy-cost", by="communication")

    # Sadiq Khan's defence and Kerry McCarthy's counter, at the Fabian debate.
    m.claim("Labour's record on immigration was sound.", id="record")
    m.attribute(
        "record",
        "sadiq-khan",
        TP,
        id="khan-record",
        setting=FABIAN,
        cue="defended",
        paraphrase="Khan later defended Labour’s record",
    )
    m.claim(
        "Labour introduced the points-based system, closed dodgy overseas student colleges "
        "and cleared the backlog of asylum seekers.",
        id="measures",
    )
    m.attribute(
        "measures",
        "sadiq-khan",
        TP,
        setting=FABIAN,
        cue="citing",
        paraphrase=(
            "citing the points based system, closure of dodgy overseas student colleges and "
            "the backlog of asylum seekers being cleared up"
        ),
    )
    m.support("record", by="measures", id="arg-record")
    # Undermine: a sound record denies the premise that Labour's policy was a mistake.
    m.undermine("policy-cost", by="record")

    m.claim(
        "Labour's measures were irrelevant to the impact of existing immigration.",
        id="irrelevant",
    )
    m.attribute(
        "irrelevant",
        "kerry-mccarthy",
        TP,
        setting=FABIAN,
        responds_to="khan-record",
        response="counters",
        fragments=["irrelevant to the impact of existing immigration."],
        cue="said",
        note="Total Politics calls it 'a candid remark'.",
    )
    # Undercut: McCarthy does not deny that the measures were taken; she denies that they
    # show a sound record, since they do not touch the impact of the immigration already here.
    m.undercut("arg-record", by="irrelevant")


# --------------------------------------------------------------------------- other reasons


def _other_reasons(m: ArgumentMap) -> None:
    reasons = {
        "grassroots": (
            "Labour lost because it was detached from the grassroots.",
            "detachment from the grassroots",
        ),
        "new-media": (
            "Labour lost because it relied too much on new media for campaigning.",
            "the over-reliance on new media for campaigning",
        ),
        "centralised": (
            "Labour lost because government had become increasingly centralised.",
            "increasingly centralised government",
        ),
    }
    m.claim("Immigration dominated the Fabian Society debate on why Labour lost.", id="dominated")
    m.attribute(
        "dominated",
        "the-tp",
        TP,
        paraphrase="it was immigration which dominated the discussion",
    )
    for claim_id, (text, wording) in reasons.items():
        m.claim(text, id=claim_id, kind="causal")
        for speaker in FABIAN_SPEAKERS:
            m.attribute(
                claim_id,
                speaker,
                TP,
                setting=FABIAN,
                cue="gave",
                paraphrase=wording,
                note="Total Politics gives the reasons to the four speakers together.",
            )
        # Rebut: a rival cause for the defeat counts against the conclusion itself; it does
        # not deny any premise or step of the case for immigration. (Causes can add up, so it
        # is a weak rebut; and the text says immigration dominated the discussion.)
        m.rebut(CENTRAL, by=claim_id)


# --------------------------------------------------------------------------- what next


def _what_next(m: ArgumentMap) -> None:
    m.claim(
        "Labour should take a harder stance on immigration (tack to the right).",
        id="harder-stance",
        kind="policy",
        title="A harder stance",
    )
    m.support(
        "harder-stance",
        by=CENTRAL,
        id="arg-harder-stance",
        note="The step the critics attack; the reports do not give it to anyone in so many words.",
    )
    m.attribute(
        "harder-stance",
        "will-straw",
        FT,
        stance="denies",
        quote=(
            "The very worst thing the Labour party could do at this time is try to tack to "
            "the right."
        ),
        cue="said",
    )
    m.attribute(
        "harder-stance",
        "the-left",
        TP,
        stance="denies",
        cue="disagree",
        paraphrase=(
            "those on the left who will definitely disagree with a harder stance from Labour on "
            "immigration"
        ),
    )

    m.claim(
        "Immigration may be an area Labour will be forced to address.",
        id="forced",
        kind="prediction",
    )
    m.attribute(
        "forced",
        "the-tp",
        TP,
        paraphrase="it may be an area Labour will be forced to address",
    )
    m.support("forced", by="dominated")
    m.support("harder-stance", by="forced")

    m.claim(
        "Housing, public services and unemployment can be dealt with without shutting the door "
        "on migrants.",
        id="without-shutting",
    )
    m.attribute(
        "without-shutting",
        "will-straw",
        FT,
        quote="These are all issues we can deal with without shutting the door on migrants.",
        cue="saying",
    )
    m.support("without-shutting", by="proxy")
    # Undercut: Straw grants the worries behind the diagnosis and denies that they call for
    # shutting the door; he attacks the step from diagnosis to remedy.
    m.undercut("arg-harder-stance", by="without-shutting")

    m.claim(
        "Labour must be careful not to scapegoat immigrants in a recession.",
        id="scapegoat",
        kind="policy",
    )
    m.attribute(
        "scapegoat",
        "diane-abbott",
        FT,
        quote="We need to be careful about scapegoating immigrants in a recession.",
        cue="said",
    )
    m.claim(
        "Candidate after candidate is saying that immigration lost Labour the election.",
        id="candidates-say",
    )
    m.attribute(
        "candidates-say",
        "diane-abbott",
        FT,
        quote=(
            "One of the things that made me run was hearing candidate after candidate saying "
            "that immigration lost us the election,"
        ),
        cue="said",
        note="Said 'on entering the contest'.",
    )
    m.support("scapegoat", by="candidates-say")
    # Rebut: each warning below argues against the proposal itself.
    m.rebut("harder-stance", by="scapegoat")

    m.claim(
        "Labour should show restraint on the issue of immigration.", id="restraint", kind="policy"
    )
    m.attribute(
        "restraint",
        "labour-voices",
        FT,
        cue="are calling for",
        paraphrase="calling for restraint on the issue",
    )
    m.claim(
        "Net migration from eastern Europe is now falling, after about 1m people came to work "
        "in the UK.",
        id="migration-falling",
    )
    m.attribute(
        "migration-falling",
        "the-ft",
        FT,
        paraphrase=(
            "net migration from eastern Europe now falling – about 1m people came to work in "
            "the UK in recent years"
        ),
    )
    m.support("restraint", by="migration-falling")
    m.rebut("harder-stance", by="restraint")

    m.claim(
        "The direction the Labour party might be taking on immigration is worrying.",
        id="worrying-direction",
    )
    m.attribute(
        "worrying-direction",
        "jcwi",
        FT,
        reported_by="hina-majid",
        setting=FT_INTERVIEW,
        fragments=["worried about the direction the party might be taking"],
        cue="told",
        note="Hina Majid 'told the FT the group was' worried.",
    )
    m.rebut("harder-stance", by="worrying-direction")

    m.claim(
        "The sensible thing is to take a deep breath and find out what is really going on.",
        id="deep-breath",
        kind="policy",
    )
    m.attribute(
        "deep-breath",
        "tim-finch",
        FT,
        quote=(
            "The sensible thing to do is to take a deep breath and find out what is really "
            "going on."
        ),
        cue="said",
    )
    m.support("deep-breath", by=["number-one", "panic"])
    m.rebut("harder-stance", by="deep-breath")

    # The candidates' own proposal: reconnect with the voters they lost.
    m.claim(
        "Support for Labour sank sharply among C2 skilled manual labourers, who gave it vital "
        "support a decade ago.",
        id="c2-support",
    )
    m.attribute(
        "c2-support",
        "candidates",
        FT,
        cue="are aware",
        paraphrase="support for the party sank sharply in one demographic group",
        note="The FT's quotation marks around 'C2' mark a term, not anyone's words.",
    )
    m.claim(
        "A renewed focus on core issues such as wages, housing and migration is a way to "
        "reconnect with C2 voters.",
        id="reconnect",
        kind="policy",
    )
    m.attribute(
        "reconnect",
        "candidates",
        FT,
        cue="see",
        paraphrase="a renewed focus on “core” issue such as wages, housing and migration",
        note="The FT's quotation marks around 'core' mark a term, not anyone's words.",
    )
    m.support("reconnect", by="c2-support")

    # Fairness, and Kerry McCarthy's tentative proposal.
    m.claim(
        "At the heart of the immigration debate is fairness: who should get which slice of an "
        "ever-decreasing pie.",
        id="fairness",
    )
    m.attribute(
        "fairness",
        "the-tp",
        TP,
        paraphrase="At the heart of the immigration debate is the notion of fairness",
    )
    m.claim(
        "Council housing should give preference to those who have lived in the area a long time.",
        id="council-housing",
        kind="policy",
    )
    m.attribute(
        "council-housing",
        "kerry-mccarthy",
        TP,
        setting=FABIAN,
        cue="suggested",
        paraphrase=(
            "a preference for council housing should go to those who have lived in the area a "
            "long time"
        ),
        note="Total Politics: she 'tentatively suggested' it.",
    )
    m.support("council-housing", by="fairness")
    m.support("council-housing", by="irrelevant")


# --------------------------------------------------------------------------- script


def main(argv: list[str]) -> None:
    """Write the map as JSON, as SVG and PNG diagrams and as the interactive HTML map into
    ``argv[0]`` or beside this file, and say what was written."""
    outdir = Path(argv[0]) if argv else Path(__file__).resolve().parent
    outdir.mkdir(parents=True, exist_ok=True)
    argument_map = build()
    written = []
    try:
        from argmap.formats import dumps
    except ImportError:  # an argmap without its document formats: diagrams only
        pass
    else:
        (outdir / "labour_immigration.json").write_text(dumps(argument_map, "json"), "utf-8")
        written.append(outdir / "labour_immigration.json")

    from argmap.diagram import render

    for suffix in ("svg", "png", "html"):
        written.append(render(argument_map, outdir / f"labour_immigration.{suffix}"))
    print(f"wrote {', '.join(str(path) for path in written[:-1])}")
    print(f"open the interactive map in a browser: {written[-1]}")


if __name__ == "__main__":
    main(sys.argv[1:])
