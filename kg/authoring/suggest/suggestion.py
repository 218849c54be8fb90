"""What a suggestion is: a relation kind, its figures by role, and the words behind it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from kg.authoring.suggest.text import Match, Slot


@dataclass(frozen=True)
class Suggestion:
    kind: str
    claim: str
    roles: tuple[tuple[str, tuple[str, ...]], ...]
    evidence: str  # the words that triggered it
    label: str  # the relation in the text's own words: "1.30 billion to 1.42 billion: up 9%"
    direction: str | None = None
    periods: int | None = None  # of a compound growth
    weekday: str | None = None  # of a calendar fact (schema.org's day name)
    holiday: str | None = None  # of a calendar fact (a cg:HolidayRule's local name)
    #: of an average in its aggregate's own unit per one of a measured count's unit ("€0.60
    #: per litre"): that unit's notation ("LITRE")
    per_unit: str | None = None
    #: the words name the figure another sentence gives ("of the total", "per resident"),
    #: resolved to the one of the same measure and period: read as firmly as one sentence's
    across: bool = False

    @property
    def scalars(self) -> dict[str, object]:
        """What the relation states besides its figures."""
        return {k: v for k, v in (("direction", self.direction), ("periods", self.periods),
                                  ("weekday", self.weekday), ("holiday", self.holiday),
                                  ("per_unit", self.per_unit))
                if v is not None}

    @property
    def extra(self) -> str:
        """Turtle for what the relation states besides its figures and direction."""
        return (f" ; cg:periods {self.periods}" if self.periods is not None else "") + \
            (f" ; cg:weekday schema:{self.weekday}" if self.weekday else "") + \
            (f" ; cg:holiday cg:{self.holiday}" if self.holiday else "") + \
            (f" ; cg:perUnit <{_unit_iri(self.per_unit)}>" if self.per_unit else "")

    @property
    def figures(self) -> frozenset[str]:
        return frozenset(local for _, locals_ in self.roles for local in locals_)


def make(kind: str, claim: str, roles: dict[str, Slot | list[Slot]], evidence: str, label: str,
         **scalars) -> Suggestion:
    """A suggestion from slots; roles keep the model's order, several figures sorted."""
    pairs = []
    for role, value in roles.items():
        slots = value if isinstance(value, list) else [value]
        pairs.append((role, tuple(s.local for s in slots)))
    return Suggestion(kind, claim, tuple(pairs), " ".join(evidence.split()).strip(" .,;:"), label,
                      **scalars)


def unclaimed(matches: Iterable[Match], role: str, taken: list[Suggestion],
              made: list[Suggestion]) -> Iterator[tuple[Match, Slot]]:
    """The matches whose ``role`` figure no earlier kind has used (``taken``) and no
    suggestion of this kind has yet (``made``): one relation a figure, in precedence order."""
    used = {local for s in taken for local in s.figures}
    for m in matches:
        slot = m.roles[role]
        if slot.local not in used and not any(slot.local in s.figures for s in made):
            yield m, slot


def _unit_iri(notation: str) -> str:
    """The QUDT unit IRI of a unit's notation ("LITRE" -> unit:L)."""
    from kg.vocab import vocabulary

    return str(vocabulary().units[notation])
