"""Ratios written as fractions: "$3.6 billion, three quarters of revenue", "close to two
thirds of the 210,000 people …, about 140,000", "more than half of all patients"."""

from __future__ import annotations

from kg.authoring.suggest.kinds.portions import portion_and_whole
from kg.authoring.suggest.suggestion import Suggestion, make
from kg.authoring.suggest.text import (
    AMOUNTS,
    FILLER,
    FRACTION,
    Document,
    Patterns,
    Sentence,
    figure,
    gap,
    words,
)

PATTERNS = Patterns({"of": [
    [figure(FRACTION, role="ratio"), words("of"), gap(3, filler=FILLER),
     figure(*AMOUNTS, role="whole")],
    [figure(FRACTION, role="ratio"), words("of")],
]})


def find(sentence: Sentence, document: Document, taken: list[Suggestion]) -> list[Suggestion]:
    out, done = [], set()
    for m in PATTERNS(sentence):
        ratio = m.roles["ratio"]
        if ratio.local in done:
            continue
        found = portion_and_whole(sentence, document, m, ratio)
        if found is None:
            continue
        done.add(ratio.local)
        numerator, denominator = found
        out.append(make("RatioRelation", sentence.claim,
                        {"numerator": numerator, "denominator": denominator, "ratio": ratio},
                        m.evidence, f"{numerator.text} is {ratio.text} of {denominator.text}"))
    return out
