"""Shares in percent: "€1.61 billion, or 68.5 percent of revenue", "were 28 percent of the
total", "1,530 euros of the 2,925 euros households spent, or 52.3 percent", "an operating
margin of 9.0 percent"."""

from __future__ import annotations

from kg.authoring.suggest.kinds.portions import portion_and_whole
from kg.authoring.suggest.suggestion import Suggestion, make, unclaimed
from kg.authoring.suggest.text import (AMOUNTS, FILLER, PERCENT, Document, Patterns, Sentence,
                                       figure, gap, words)

PATTERNS = Patterns({
    "of": [[figure(PERCENT, role="share"), words("of"), gap(3, filler=FILLER),
            figure(*AMOUNTS, role="whole")],
           [figure(PERCENT, role="share"), words("of")]],
    "or": [[words("or"), figure(PERCENT, role="share"), {"IS_PUNCT": True}]],
    "margin": [[words("margin"), words("of", "was", "is"), figure(PERCENT, role="share")]],
})


def find(sentence: Sentence, document: Document, taken: list[Suggestion]) -> list[Suggestion]:
    out: list[Suggestion] = []
    for m, share in unclaimed(PATTERNS(sentence), "share", taken, out):
        hint = ("revenue", "sales", "turnover") if m.name == "margin" else ()
        found = portion_and_whole(sentence, document, m, share, hint)
        if found is None:
            continue
        portion, whole = found
        out.append(make("ShareRelation", sentence.claim,
                        {"portion": portion, "whole": whole, "share": share}, m.evidence,
                        f"{portion.text} is {share.text} of {whole.text}"))
    return out
