"""Multiples: "81,000 fans, twice the 40,500 …", "three times the 3.1 billion euros",
"more than doubled, from 1.4 billion euros to 3.2 billion euros"."""

from __future__ import annotations

from kg.authoring.suggest.suggestion import Suggestion, make
from kg.authoring.suggest.text import AMOUNTS, FACTOR, Document, Patterns, Sentence, figure

PATTERNS = Patterns({"factor": [[figure(FACTOR, role="factor")]]})


def find(sentence: Sentence, document: Document, taken: list[Suggestion]) -> list[Suggestion]:
    out = []
    for m in PATTERNS(sentence):
        factor = m.roles["factor"]
        amounts = [s for s in sentence.slots if s.cls in AMOUNTS]
        same = [s for s in amounts if s.unit == amounts[0].unit] if amounts else []
        if len(same) != 2:
            continue
        small, big = sorted(same, key=lambda s: s.value or 0)
        if factor.value is not None and factor.value < 1:
            small, big = big, small
        out.append(make("MultipleRelation", sentence.claim,
                        {"multiple": big, "base": small, "factor": factor}, m.evidence,
                        f"{small.text} × {factor.value:g} = {big.text} ({factor.text})"))
    return out
