"""Ratios written as fractions: "$3.6 billion, three quarters of revenue", "close to two
thirds of the 210,000 people …, about 140,000", "more than half of all patients"."""

from __future__ import annotations

from kg.authoring.suggest.kinds.portions import portion_and_whole
from kg.authoring.suggest.suggestion import Suggestion, make, unclaimed
from kg.authoring.suggest.text import (AMOUNTS, FILLER, FRACTION, Document, Patterns, Sentence,
                                       figure, gap, words)

PATTERNS = Patterns({"of": [
    [figure(FRACTION, role="ratio"), words("of"), gap(3, filler=FILLER),
     figure(*AMOUNTS, role="whole")],
    [figure(FRACTION, role="ratio"), words("of")],
]})


def find(sentence: Sentence, document: Document, taken: list[Suggestion]) -> list[Suggestion]:
    out: list[Suggestion] = []
    for m, ratio in unclaimed(PATTERNS(sentence), "ratio", taken, out):
        found = portion_and_whole(sentence, document, m, ratio)
        if found is None:
            continue
        numerator, denominator = found
        out.append(make("RatioRelation", sentence.claim,
                        {"numerator": numerator, "denominator": denominator, "ratio": ratio},
                        m.evidence, f"{numerator.text} is {ratio.text} of {denominator.text}"))
    return out
