"""Comparisons the text states without a figure for the gap: "18,200 customers, up from
15,100", "14 percent, down from 17 percent", "3.5%, compared with only 1.2%"."""

from __future__ import annotations

from kg.authoring.suggest.kinds.cues import bases, direction
from kg.authoring.suggest.suggestion import Suggestion, make
from kg.authoring.suggest.text import AMOUNTS, PERCENT, Document, Sentence


def find(sentence: Sentence, document: Document, taken: list[Suggestion]) -> list[Suggestion]:
    explained = [s.figures for s in taken]
    out = []
    for m in bases(sentence):
        base = m.roles["base"]
        earlier = [s for s in sentence.slots if s.unit == base.unit and s.token < base.token
                   and s.cls in AMOUNTS + (PERCENT,)]
        if not earlier:
            continue
        other = earlier[-1]
        if any({base.local, other.local} <= used for used in explained):
            continue
        words = [direction(t.text) for t in sentence.doc[other.token + 1:base.token]]
        said = next((w for w in words if w), None)
        if said is None and base.text.lower().startswith(("only ", "just ", "a mere ")):
            said = "Increase"  # "compared with only 2.1%": the words make the base the lesser
        if said is None:
            # the words do not say which is larger: ordering the two by their values would
            # make the comparison pass by construction and hide the very slip it checks
            continue
        if said == "Increase":
            greater, lesser = other, base
        else:
            greater, lesser = base, other
        explained.append(frozenset({base.local, other.local}))
        out.append(make("ComparisonRelation", sentence.claim,
                        {"greater": greater, "lesser": lesser}, m.evidence,
                        f"{greater.text} > {lesser.text}"))
    return out
