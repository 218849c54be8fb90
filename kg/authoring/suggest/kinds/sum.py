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
    # "Of the 2,416 asked, 1,378 …, 612 … and 417 …"; "31,480 students: 21,950 … and 9,530 …"
    "listed": [[{"IS_SENT_START": True, "LOWER": "of"}, words("the", "our", "its", "their"),
                figure(*AMOUNTS, role="total")],
               [figure(*AMOUNTS, role="total"), {"IS_ALPHA": True, "OP": "{0,2}"}, words(":")]],
    # the total in an earlier sentence
    "earlier": [[{"IS_SENT_START": True, "LOWER": "of"}, words("those", "these", "them", "this",
                                                               "that", "which")],
                [words("the"), words("remaining", "rest", "remainder", "balance")],
                [words("while", "whereas"), {"IS_ALPHA": True, "OP": "{1,3}"},
                 words("added", "contributed", "accounted", "brought", "made")]],
})


def find(sentence: Sentence, document: Document, taken: list[Suggestion]) -> list[Suggestion]:
    out = []
    for m in PATTERNS(sentence):
        if m.name == "after":
            total = m.roles["total"]
            parts = _same(sentence.slots, total, lambda s: s.token < total.token)
            if len(parts) < 2 and sentence.doc[m.start].lower_ == "total":
                parts = _listed(sentence, total)  # "A total of 1,912 falls: 812 … and 1,100 …"
        elif m.name == "listed":
            total = m.roles["total"]
            parts = _listed(sentence, total)
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


def _listed(sentence: Sentence, total: Slot) -> list[Slot]:
    """The parts a sentence lists after its total, the last after "and": levels in the
    total's unit, none a span or a rate ("at least one day a week" is no part)."""
    from kg.authoring.suggest.kinds.portions import is_rate, level

    parts = [s for s in _same(sentence.slots, total, lambda s: s.token > total.token)
             if level(sentence, s) and not is_rate(sentence, s)
             and not (sentence.doc[s.token + 1:s.token + 2].text.lower() in
                      ("day", "days", "week", "weeks", "month", "months", "year", "years"))]
    if len(parts) < 2 or not any(t.lower_ == "and" for t in
                                 sentence.doc[parts[-2].token:parts[-1].token]):
        return []
    return parts


def _same(slots: list[Slot], like: Slot, where) -> list[Slot]:
    return [s for s in slots if s is not like and s.cls in AMOUNTS and s.unit == like.unit
            and where(s)]
