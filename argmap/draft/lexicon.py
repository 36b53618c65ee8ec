"""The words of English news attribution: reporting verbs, honorifics, pronouns, role nouns.

These are the *cues* of PARC-style attribution analysis (source, cue, content): the verbs
that report speech (``said``, ``warned``, ``told``), the words that introduce a person
(``Mr``, ``Dr``, ``Prime Minister``) and the nouns that give a role (``director``,
``spokesman``). They are general rules of English news writing, not of any one article.

>>> cue_lemma("warned"), cue_lemma("says"), cue_lemma("told"), cue_lemma("table")
('warn', 'say', 'tell', None)
>>> is_role_noun("director"), is_role_noun("contest")
(True, False)
"""

from __future__ import annotations

import re

__all__ = [
    "AUXILIARIES",
    "CLAUSE_CUES",
    "CUE_FORMS",
    "FEMALE_TITLES",
    "HONORIFICS",
    "MALE_TITLES",
    "NAME_STOPWORDS",
    "ORGANISATION_WORDS",
    "PERSON_TITLES",
    "PRONOUNS",
    "TITLE_CUES",
    "TITLE_HEADS",
    "cue_lemma",
    "is_role_noun",
    "word_set",
]


def word_set(text: str) -> frozenset[str]:
    """The words of a text, as a set (the lexicon is written as lists of words).

    >>> sorted(word_set("said told"))
    ['said', 'told']
    """
    return frozenset(text.split())


# Reporting verbs (lemma -> irregular forms). Regular forms (-s, -ed, -ing) are made below.
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying", "quoted as saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "writing", "written"),
    "think": ("think", "thinks", "thought", "thinking"),
    "add": ("add", "adds", "added", "adding"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "put": ("put", "puts", "putting"),
    "tweet": ("tweet", "tweets", "tweeted", "tweeting"),
    "quip": ("quip", "quips", "quipped", "quipping"),
    "go on": ("went on", "goes on", "going on"),
    "point out": ("point out", "points out", "pointed out", "pointing out"),
    "hit back": ("hit back", "hits back", "hitting back"),
}
_REGULAR = word_set(
    "acknowledge accuse affirm agree allege announce answer argue ask assert assure believe call "
    "boast caution charge claim comment complain concede conclude confirm contend counter "
    "declare demand deny describe emphasise emphasize estimate explain fear insist joke "
    "maintain mention note observe plead pledge predict promise propose protest recall "
    "recommend remark reply report respond retort reveal say state stress suggest urge vow "
    "warn wonder"
)


def _regular_forms(lemma: str) -> tuple[str, ...]:
    if lemma.endswith("e"):
        return (lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing")
    if re.search(r"[^aeiou]y$", lemma):
        return (lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing")
    return (lemma, lemma + "s", lemma + "ed", lemma + "ing")


CUE_FORMS: dict[str, str] = {}
"""Every written form of a reporting verb, lower case, mapped to its lemma."""
for _lemma in _REGULAR:
    for _form in _regular_forms(_lemma):
        CUE_FORMS.setdefault(_form, _lemma)
for _lemma, _forms in _IRREGULAR.items():
    for _form in _forms:
        CUE_FORMS[_form] = _lemma

CLAUSE_CUES = word_set(
    "say tell claim argue insist suggest warn add admit acknowledge concede agree believe "
    "think state explain note point out stress emphasise emphasize maintain contend assert "
    "allege deny predict report reveal confirm complain declare announce conclude recall "
    "fear write observe remark reply respond counter"
) | {"point out"}
"""Reporting verbs that take a reported clause ("said Labour had ...", "claimed that ...")."""

AUXILIARIES = word_set(
    "has have had has also had also is was were will would could should may might must did "
    "does do also later then earlier previously once again repeatedly tentatively meanwhile "
    "today yesterday recently last week now further"
)
"""Words that may stand between a speaker and the reporting verb ("has also said")."""

HONORIFICS = (
    "Coun",
    "Cllr",
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Mx",
    "Dr",
    "Prof",
    "Professor",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Baroness",
    "Baron",
    "Rev",
    "Revd",
    "Father",
    "Sister",
    "Rabbi",
    "Imam",
    "Cllr",
    "Sen",
    "Rep",
    "Gov",
    "Gen",
    "Col",
    "Capt",
    "Judge",
    "Justice",
)
"""Words put before a surname ("Ms Majid", "Dr. Fox")."""

FEMALE_TITLES = frozenset({"Mrs", "Ms", "Miss", "Dame", "Lady", "Baroness", "Sister"})
MALE_TITLES = frozenset({"Mr", "Sir", "Lord", "Baron", "Father"})

PERSON_TITLES = (
    "Prime Minister",
    "Deputy Prime Minister",
    "President",
    "Vice President",
    "Vice-President",
    "Chancellor",
    "Home Secretary",
    "Foreign Secretary",
    "Health Secretary",
    "Education Secretary",
    "Justice Secretary",
    "Defence Secretary",
    "Secretary",
    "Minister",
    "Senator",
    "Governor",
    "Mayor",
    "Speaker",
    "Leader",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Chief Executive",
    "Commissioner",
    "Archbishop",
    "Bishop",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Pope",
    "Ambassador",
    "Attorney General",
    "General",
    "Admiral",
    "Inspector",
    "Detective",
    "Superintendent",
    "Chief Constable",
    "Coach",
    "Manager",
    "Councillor",
)
"""Capitalised titles that may stand before a full name ("Prime Minister Gordon Brown")."""

TITLE_CUES = word_set(
    "entitled titled called headlined named dubbed labelled labeled slogan motto phrase "
    "term word words banner hashtag"
)
"""Words before a quotation mark that make it a title or a term, not someone's words."""

PRONOUNS: dict[str, str | None] = {
    "he": "male",
    "she": "female",
    "they": None,
    "it": "thing",
    "we": None,
    "i": None,
}
"""Subject pronouns that may stand for a speaker, with the gender they imply."""

ORGANISATION_WORDS = word_set(
    "Homes Holdings Partners Associates Capital Energy Airways Airlines Motors Systems "
    "Technologies Media Industries Business Hospital Centre Estate Airport Station Party "
    "Council Society Institute Institution "
    "Ministry Department Office Union "
    "Association Commission Committee Government Bank Police Trust Foundation Group "
    "University College School Agency Company Corporation Corp Inc Ltd Plc plc Authority "
    "Board Service Services Centre Center Forum Federation Confederation Organisation "
    "Organization Network Alliance Coalition Campaign Fund Court Parliament Assembly "
    "Congress Senate Church Times Post News Journal Guardian Telegraph Mirror Mail Herald "
    "Standard Express Independent Observer Economist Politics Press Radio TV BBC FT Reuters "
    "Club League Movement Watch Labour Conservatives Tories Democrats Republicans"
)
"""Capitalised words that make a name an organisation's ("Joint Council for ...")."""

NAME_STOPWORDS = word_set(
    "The A An In On At But And Or If When While As After Before Since Because Although "
    "Though However Meanwhile Yet So Then This That These Those There Here It Its He She "
    "They We I You His Her Their Our My Your Speaking Writing According Asked Other Some "
    "Many Most All Both Each Every Several Few No Not Now Today Yesterday Last Next Earlier "
    "Later Also For From With Without Of By To Under Over Despite During Amid Among Between "
    "Instead Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February "
    "March April May June July August September October November December Ministers "
    "Leadership Pro Speakers Sources Officials Critics Experts Analysts"
)
"""Capitalised words that start sentences or name days, never a person."""

_ROLE_NOUNS = word_set(
    "director editor head chief leader secretary minister spokesman spokeswoman "
    "spokesperson president chairman chairwoman chair founder co-founder executive officer "
    "manager member MP MEP MSP AM peer senator governor mayor councillor professor lecturer "
    "researcher fellow economist analyst adviser advisor consultant lawyer barrister "
    "solicitor judge correspondent commentator columnist reporter writer author candidate "
    "campaigner activist organiser coordinator co-ordinator co-director deputy strategist "
    "pollster premier chancellor ambassador commissioner inspector constable owner partner "
    "principal teacher doctor nurse scientist expert student resident worker trustee "
    "treasurer general-secretary official representative negotiator envoy aide "
    "vice-president vice-chair backbencher frontbencher whip shadow convenor convener "
    "chief-executive boss spokesmen officials surgeon physician pilot soldier farmer mother "
    "father widow survivor victim witness neighbour parent pupil chef priest vicar imam rabbi "
    "midwife paramedic firefighter veteran miner driver owner landlord tenant"
)
TITLE_HEADS = word_set(
    "Minister Secretary President Chancellor Senator Governor Mayor Officer Chairman "
    "Chairwoman Chair Leader Commissioner Director Executive Manager Spokesman Spokeswoman "
    "Councillor Inspector Constable Judge Ambassador General Chief Editor Coach Captain "
    "Superintendent Sheriff Attorney Premier Speaker MP MEP MSP"
)
"""Capitalised title words that end a title standing before a name ("Chief Executive Officer")."""

_ROLE_ENDINGS = ("ist", "er", "or", "ian", "man", "woman", "person")


def cue_lemma(word: str) -> str | None:
    """The lemma of a reporting verb form, or None when the word is not one.

    Args:
        word: one word (or a two-word phrasal form such as ``"pointed out"``).

    Returns:
        The lemma (``"say"`` for ``"said"``), or None.
    """
    return CUE_FORMS.get(word.lower())


def is_role_noun(word: str) -> bool:
    """Whether a word names a role or job, as the head of an appositive ("legal policy director").

    Args:
        word: one word.

    Returns:
        True for role nouns from the lexicon or with an agent ending (``-ist``, ``-er``...).
    """
    lowered = word.lower().strip(".,")
    if lowered in _ROLE_NOUNS or word in _ROLE_NOUNS:
        return True
    return (
        word[:1].islower()
        and len(lowered) > 4
        and lowered.endswith(_ROLE_ENDINGS)
        and lowered.isalpha()
    )
