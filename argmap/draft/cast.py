"""The people and organisations of an article, one entry per person however they are named.

A full name introduces a person ("Hina Majid"); later "Ms Majid", "Majid" and "she" refer back
to her. A surname shared by two people ("David Miliband", "Ed Miliband") is left unresolved
rather than guessed, as is a pronoun with no person before it.

>>> from argmap.draft.mentions import find_mentions
>>> cast = Cast()
>>> text = "Ed Balls spoke. Ms Majid agreed. Mr Balls said she was right."
>>> [cast.resolve(m, m.start).name for m in find_mentions(text)]
['Ed Balls', 'Ms Majid', 'Ed Balls', 'Ms Majid']
"""

from __future__ import annotations

from attrs import define, field

from argmap.draft.mentions import Appositive, Mention

__all__ = ["Cast", "Person"]

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "premier": ("prime minister", "premier", "pm"),
    "pm": ("prime minister", "premier"),
    "senator": ("senator", "senate"),
    "congressman": ("congressman", "representative", "house"),
    "lawmaker": ("mp", "senator", "representative", "congressman", "congresswoman", "mep"),
    "politician": ("mp", "minister", "senator", "leader", "candidate", "secretary"),
    "spokesperson": ("spokesman", "spokeswoman", "spokesperson"),
    "boss": ("chief executive", "director", "head", "chief", "boss"),
}


@define
class Person:
    """One speaker (a person, or an organisation or group that speaks).

    Attributes:
        name: the fullest name the text gives.
        kind: person, organisation or group.
        gender: male or female when an honorific or a resolved pronoun says so.
        role: the role the text gives, if any.
        organisation: the name of the organisation the role is at, if the text gives one.
        organisation_note: what the text says of that organisation ("a think-tank").
        note: a remark for the analyst.
    """

    name: str
    kind: str = "person"
    gender: str | None = None
    role: str | None = None
    organisation: str | None = None
    organisation_note: str | None = None
    note: str | None = None
    spoke: bool = False
    single: bool = False

    @property
    def surname(self) -> str:
        """The last word of the name."""
        return self.name.split()[-1]


@define
class Cast:
    """Everyone named so far, and who was named last (for pronouns)."""

    people: list[Person] = field(factory=list)
    history: list[tuple[int, Person]] = field(factory=list)
    speakers: list[tuple[int, Person]] = field(factory=list)
    problems: list[str] = field(factory=list)

    def spoke(self, person: Person, at: int) -> None:
        """Record that ``person`` is the speaker of words reported at ``at``."""
        person.spoke = True
        self.speakers.append((at, person))

    def pronoun(self, mention: Mention, at: int, since: int) -> Person | None:
        """The person a pronoun stands for: the last speaker since ``since`` who fits, else the
        last person named before it who fits."""
        for spoken_at, person in sorted(self.speakers, key=lambda s: s[0], reverse=True):
            if since <= spoken_at < at and _compatible(person, mention.gender):
                if person.gender is None:
                    person.gender = mention.gender
                return person
        return self._antecedent(mention, at)

    def resolve(self, mention: Mention, at: int) -> Person | None:
        """The person a mention refers to; a new one for a new name.

        Args:
            mention: the mention.
            at: its offset, for the order of mentions.

        Returns:
            The person, or None when the text does not settle who is meant (the reason is
            added to `problems`).
        """
        person = self._find(mention, at)
        if person is not None and mention.kind not in ("pronoun", "description"):
            self.history.append((at, person))
        return person

    def describe(
        self,
        person: Person,
        appositive: Appositive | None,
        mention: Mention,
        before: str | None = None,
    ) -> None:
        """Record the role the text gives a person (the first one it gives): a title in the
        name, a role written before it (``before``) or an appositive after it."""
        if person.role is None and mention.role is not None:
            person.role = mention.role
        if person.role is None and before is not None and person.kind == "person":
            person.role = before
        if appositive is not None and person.role is None and person.kind == "person":
            person.role = appositive.role
            person.organisation = appositive.organisation
            person.organisation_note = appositive.organisation_note

    def group(self, name: str, at: int, *, plural: bool) -> Person:
        """The speaker named by a noun phrase ("Other candidates", "a Home Office spokesman")."""
        for person in self.people:
            if person.name.lower() == name.lower():
                return person
        person = Person(
            name=name,
            kind="group" if plural else "person",
            note="The text does not name this speaker; it describes them as given.",
        )
        self.people.append(person)
        self.history.append((at, person))
        return person

    def _find(self, mention: Mention, at: int) -> Person | None:
        if mention.kind == "pronoun":
            return self._antecedent(mention, at)
        if mention.kind == "description":
            return self._described(mention, at)
        if mention.kind == "organisation":
            return self._named(mention.name, "organisation")
        if mention.kind == "single" or (
            mention.honorific is not None and len(mention.name.split()) == 1
        ):
            return self._surname(mention, at)
        person = self._named(mention.name, "person")
        if person.gender is None:
            person.gender = mention.gender
        return person

    def _named(self, name: str, kind: str) -> Person:
        for person in self.people:
            if person.name == name:
                return person
        for person in self.people:
            if (
                kind == "person"
                and person.single
                and not person.spoke
                and person.name in (name.split()[0], name.split()[-1])
                and len(name.split()) <= 3
            ):
                # "Chen, since taking over ..." before "Chief Executive John Chen"
                person.name, person.single, person.note = name, False, None
                return person
        person = Person(name=name, kind=kind)
        self.people.append(person)
        return person

    def _surname(self, mention: Mention, at: int) -> Person | None:
        word = mention.name
        matches = [
            p
            for p in self.people
            if p.kind == "person"
            and p.surname == word.split()[-1]
            and _compatible(p, mention.gender)
        ]
        if len(matches) == 1:
            if matches[0].gender is None:
                matches[0].gender = mention.gender
            return matches[0]
        if len(matches) > 1:
            names = " and ".join(p.name for p in matches)
            self.problems.append(
                f"“{_written(mention)}” may be {names}: the speaker is left unknown"
            )
            return None
        for person in self.people:
            if person.kind == "organisation" and word in person.name.split():
                return person
        given = [
            p
            for p in self.people
            if p.kind == "person" and not p.single and word in p.name.split()[:-1]
        ]
        if mention.kind == "single" and len(given) == 1:
            return given[0]  # a first name standing alone ("Shafie" for "Shafie Apdal")
        if mention.kind == "single":
            person = Person(
                name=word,
                note=f"The text names this speaker only as “{word}”.",
                single=True,
            )
        else:
            person = Person(name=_written(mention), gender=mention.gender)
        self.people.append(person)
        return person

    def _antecedent(self, mention: Mention, at: int) -> Person | None:
        for _, person in reversed([h for h in self.history if h[0] < at]):
            if person.single and not person.spoke:
                continue
            if person.kind == "person" and _compatible(person, mention.gender):
                if person.gender is None:
                    person.gender = mention.gender
                return person
        self.problems.append(f"“{mention.name}” at offset {at} has no person before it")
        return None

    def _described(self, mention: Mention, at: int) -> Person | None:
        wanted = _SYNONYMS.get(mention.name, (mention.name,))
        for _, person in reversed([h for h in self.history if h[0] < at]):
            role = (person.role or "").lower()
            if any(word in role for word in wanted):
                return person
        self.problems.append(
            f"“the {mention.name}” matches no role given earlier: the speaker is left unknown"
        )
        return None


def _compatible(person: Person, gender: str | None) -> bool:
    return gender is None or person.gender is None or person.gender == gender


def _written(mention: Mention) -> str:
    return f"{mention.honorific} {mention.name}" if mention.honorific else mention.name
