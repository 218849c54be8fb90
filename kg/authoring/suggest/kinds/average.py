"""Averages: "took £96 million from 3.2 million tickets, an average of £30 per ticket",
"€410 million, an average of €64 per passenger" (the count in an earlier sentence)."""

from __future__ import annotations

from kg.authoring.suggest.suggestion import Suggestion, make, unclaimed
from kg.authoring.suggest.text import (COUNT, MONEY, QUANTITY, Document, Patterns, Sentence,
                                       figure, words)

_EACH = ("a", "an", "per", "each", "every")
#: "$45.10 a year earlier", "12 percent a year": a period, not a thing counted
_PERIODS = ("year", "years", "month", "months", "week", "weeks", "day", "days", "quarter",
            "decade", "century", "time", "record", "total", "further", "rise", "fall", "gain",
            "drop", "loss")
PATTERNS = Patterns({"average": [
    [words("average", "averaging", "averaged", "mean"), words("of", optional=True),
     figure(MONEY, QUANTITY, COUNT, role="average")],
    [figure(MONEY, QUANTITY, role="average"), words(*_EACH),
     {"IS_ALPHA": True, "LOWER": {"NOT_IN": list(_PERIODS)}}],
    [figure(MONEY, QUANTITY, role="average"), words("each")],
]})


def find(sentence: Sentence, document: Document, taken: list[Suggestion]) -> list[Suggestion]:
    out: list[Suggestion] = []
    for m, average in unclaimed(PATTERNS(sentence), "average", taken, out):
        per = [t.lower_ for t in sentence.doc[average.token + 1:average.token + 4] if t.is_alpha
               and t.lower_ not in _EACH]
        counts = [s for s in sentence.slots if s.cls == COUNT and s is not average]
        totals = [s for s in sentence.slots if s is not average and s.unit == average.unit
                  and (s.value or 0) > (average.value or 0)]
        count = counts[0] if len(counts) == 1 else None if counts else document.antecedent(
            sentence, None, hint=tuple(per[:1]), need=lambda s: s.cls == COUNT) or \
            document.antecedent(sentence, "NUM", hint=tuple(per[:1]))
        total = totals[0] if len(totals) == 1 else None if totals else document.antecedent(
            sentence, average.unit, need=lambda s: (s.value or 0) > (average.value or 0))
        if count is None or total is None:
            continue
        out.append(make("AverageRelation", sentence.claim,
                        {"aggregate": total, "count": count, "average": average}, m.evidence,
                        f"{total.text} ÷ {count.text} = {average.text} each"))
    return out
