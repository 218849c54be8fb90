"""Differences: "160,000 fewer than …", "26 TWh less than wind farms", "3.4 million euros
less", "a trade deficit of £44.7 billion", "lag behind … by 28 tonnes"."""

from __future__ import annotations

from kg.authoring.suggest.kinds.cues import bases
from kg.authoring.suggest.suggestion import Suggestion, make
from kg.authoring.suggest.text import AMOUNTS, Document, Patterns, Sentence, figure, words

SMALLER = ("less", "fewer", "lower", "smaller", "shorter", "cheaper", "below", "behind",
           "younger", "lighter")
LARGER = ("more", "higher", "larger", "bigger", "greater", "longer", "dearer", "above",
          "ahead", "older", "heavier")
PATTERNS = Patterns({
    "comparative": [[figure(*AMOUNTS, role="difference"), words(*SMALLER, *LARGER)]],
    "gap": [[words("gap", "deficit", "surplus", "difference", "shortfall", "lead"), words("of"),
             figure(*AMOUNTS, role="difference")]],
    "by": [[words("lag", "lags", "lagged", "trail", "trails", "trailed", "behind", "ahead",
                  "short"), {"OP": "{0,12}"}, words("by"), figure(*AMOUNTS, role="difference")]],
})


def find(sentence: Sentence, document: Document, taken: list[Suggestion]) -> list[Suggestion]:
    out = []
    for m in PATTERNS(sentence):
        diff = m.roles["difference"]
        others = [s for s in sentence.slots if s is not diff and s.cls in AMOUNTS
                  and s.unit == diff.unit]
        if m.name == "comparative":
            word = sentence.doc[m.end - 1].lower_
            near = [s for s in others if s.token < diff.token]
            if not near:
                continue
            near = near[-1]
            after = [b.roles["base"] for b in bases(sentence)
                     if b.roles["base"] in others and b.roles["base"].token > diff.token]
            other = after[0] if after else document.antecedent(
                sentence, diff.unit, need=lambda s: s.local != near.local)
            if other is None:
                continue
            big, small = (other, near) if word in SMALLER else (near, other)
        else:
            if len(others) >= 2:
                pair = others[-2:] if m.name == "gap" else others[:2]
            elif len(others) == 1:
                found = document.antecedent(sentence, diff.unit,
                                            need=lambda s: s.local != others[0].local)
                pair = [others[0], found] if found else []
            else:
                pair = []
            if len(pair) != 2:
                continue
            big, small = sorted(pair, key=lambda s: s.value or 0, reverse=True)
        out.append(make("DifferenceRelation", sentence.claim,
                        {"minuend": big, "subtrahend": small, "difference": diff}, m.evidence,
                        f"{big.text} - {small.text} = {diff.text}"))
    return out
