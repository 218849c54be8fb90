"""Sums: "A and B, 5.5 million litres in all", "a total of C: A and B", "C, of which A and B",
"Of those, A … and B", "A, … and the remaining B" (the total in an earlier sentence)."""

from __future__ import annotations

from kg.authoring.suggest.suggestion import Suggestion, make
from kg.authoring.suggest.text import AMOUNTS, Document, Patterns, Sentence, Slot, figure, words

PATTERNS = Patterns({
    # the total after its parts
    "after": [
        [words("totalling", "totaling", "totalled", "totaled", "total"), words("of", optional=True),
         figure(*AMOUNTS, role="total")],
        [words("together", "combined", "altogether"), words(",", optional=True),
         figure(*AMOUNTS, role="total")],
        [figure(*AMOUNTS, role="total"), words("in"), words("all", "total")],
        [figure(*AMOUNTS, role="total"), {"IS_ALPHA": True, "OP": "?"}, words("in"),
         words("all", "total")],
        [figure(*AMOUNTS, role="total"), {"IS_ALPHA": True, "OP": "?"},
         words("altogether", "together", "combined")],
    ],
    # the total before its parts
    "before": [[words("of"), words("which", "whom")], [words("including")]],
    # the total in an earlier sentence
    "earlier": [[{"IS_SENT_START": True, "LOWER": "of"}, words("those", "these", "them", "this",
                                                               "that", "which")],
                [words("remaining", "rest", "remainder", "balance")],
                [words("while", "whereas"), {"IS_ALPHA": True, "OP": "{1,3}"},
                 words("added", "contributed", "accounted", "brought", "made")]],
})


def find(sentence: Sentence, document: Document, taken: list[Suggestion]) -> list[Suggestion]:
    out = []
    for m in PATTERNS(sentence):
        if m.name == "after":
            total = m.roles["total"]
            parts = _same(sentence.slots, total, lambda s: s.token < total.token)
        elif m.name == "before":
            before = [s for s in sentence.slots if s.cls in AMOUNTS and s.token < m.start]
            if not before:
                continue
            total = before[-1]
            parts = _same(sentence.slots, total, lambda s: s.token > m.start)
        else:
            amounts = [s for s in sentence.slots if s.cls in AMOUNTS]
            if not amounts:
                continue
            parts = _same(sentence.slots, amounts[0], lambda s: True) + [amounts[0]]
            parts.sort(key=lambda s: s.token)
            biggest = max((p.value or 0) for p in parts)
            total = document.antecedent(sentence, amounts[0].unit,
                                        need=lambda s: (s.value or 0) > biggest)
        if total is None or len(parts) < 2:
            continue
        out.append(make("SumRelation", sentence.claim, {"total": total, "part": parts},
                         m.evidence, " + ".join(p.text for p in parts) + f" = {total.text}"))
    return out


def _same(slots: list[Slot], like: Slot, where) -> list[Slot]:
    return [s for s in slots if s is not like and s.cls in AMOUNTS and s.unit == like.unit
            and where(s)]
