"""Compound growth: "grew from A in 2014 to B in 2024, an average of 2.7 percent a year"."""

from __future__ import annotations

from kg.authoring.suggest.kinds.cues import bases
from kg.authoring.suggest.suggestion import Suggestion, make
from kg.authoring.suggest.text import (AMOUNTS, PERCENT, Document, Patterns, Sentence, figure, gap,
                                       words)

PATTERNS = Patterns({"growth": [
    [figure(PERCENT, role="rate"), words("a", "per", "each", "every"), words("year", "annum")],
    [figure(PERCENT, role="rate"), words("annually", "yearly")],
    [words("annual", "annually", "compound", "compounded", "cagr", "yearly"), gap(3),
     figure(PERCENT, role="rate")],
]})


def find(sentence: Sentence, document: Document, taken: list[Suggestion]) -> list[Suggestion]:
    out = []
    for m in PATTERNS(sentence):
        rate = m.roles["rate"]
        dated = [s for s in sentence.slots if s.cls in AMOUNTS and s.year is not None]
        initial = final = None
        if len(dated) >= 2:
            pair = sorted(dated[:2], key=lambda s: s.year)
            if pair[0].unit == pair[1].unit and pair[0].year < pair[1].year:
                initial, final = pair
        elif len(dated) == 1:
            base = [b.roles["base"] for b in bases(sentence)]
            if dated[0] in base:  # "have grown from $7.2 million in 2019": the end is earlier
                initial = dated[0]
                final = document.antecedent(sentence, initial.unit,
                                            need=lambda s: s.year is not None and
                                            s.year > initial.year)
        if initial is None or final is None:
            continue
        periods = final.year - initial.year
        out.append(make("CompoundGrowthRelation", sentence.claim,
                        {"initial": initial, "final": final, "growthRate": rate}, m.evidence,
                        f"{initial.text} ({initial.year}) to {final.text} ({final.year}): "
                        f"{rate.text} a year", periods=periods))
    return out
