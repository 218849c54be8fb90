"""A figure the text gives again, referring back to it: "We surveyed 2,416 office workers
… Of the 2,416 respondents, 1,378 …", "the deposits came to £58,460 … repayment of all
£58,460". The second is written as one already known ("the", "all", "of the", "142 of
1,206"), in the same unit and the same digits as an earlier figure: the words say it is
that figure again, so the two are one quantity to check (a restatement). A figure written
afresh ("a £10,000 deposit", "14 times") restates nothing, whatever its value.
"""

from __future__ import annotations

import re

from kg.numbers import QuoteNumberError, parse_quantity
from kg.read.ties import SentenceFigure
from kg.read.turtle import lit

#: the words right before a figure that refer to one already given: "the 2,416",
#: "of the 37 tenants", "all £58,460", "those 1,206", "(309 of 1,248)", "142 out of 1,206"
_BACK = re.compile(r"(?:(?<![\w-])(?:the|all|these|those)|\d\s+(?:out\s+)?of)\s+$", re.I)
#: a line a figure crosses, no quantity measured: "crossed the 100 million mark"
_LINE = re.compile(r"\s*(?:[\w-]+\s+)?(?:mark|threshold|barrier|milestone)\b", re.I)
#: a figure that is a rate, a change or a share is said afresh of each thing it measures
_NOT_AMOUNTS = {"http://qudt.org/vocab/unit/PERCENT",
                "https://w3id.org/claimgraph/ns#PercentagePoint"}


def _written(f: SentenceFigure) -> tuple | None:
    """The figure as written: its unit, value and digits after the point; None where its
    words hold no number."""
    try:
        m = parse_quantity(f.quote)
    except QuoteNumberError:
        return None
    if m.value is None or not re.search(r"\d", f.quote):
        return None  # "half", "a dozen": a word, never written again as digits alike
    return f.unit, m.value, m.decimals


def repeats(figures: list[SentenceFigure], periods: dict[str, str]) -> list[str]:
    """The Turtle of each restatement of an earlier figure (``figures`` in reading order)
    that the words refer back to, where the two are dated alike (``periods``)."""
    out: list[str] = []
    seen: list[tuple[SentenceFigure, tuple]] = []
    for f in figures:
        written = _written(f)
        if written is None:
            continue
        at = f.sentence.find(f.quote)
        if f.unit not in _NOT_AMOUNTS and at >= 0 and _BACK.search(f.sentence[:at]) and \
                not _LINE.match(f.sentence[at + len(f.quote):]):
            earlier = [g for g, said in seen if said == written and g.claim != f.claim]
            if len({g.claim for g in earlier}) < len(earlier):
                # "603 were allocated to titration and 603 to usual care": one sentence
                # gives the number to two things, so "of 603" says not which it is
                earlier = []
            for g in earlier:
                if periods.get(g.local) == periods.get(f.local):
                    out.append(f":r-z{len(out) + 1} a cg:RestatementRelation ; "
                               f"cg:readBy :reading ;\n"
                               f"    cg:claim :{f.claim} ; cg:basis cg:Implied ;\n"
                               f"    rdfs:label {lit(f'{f.quote}: the figure given before')} ;\n"
                               f"    skos:note \"the words refer back to a figure given "
                               f"before\" ;\n"
                               f"    cg:first :{g.local} ; cg:restatedAs :{f.local} .\n")
        seen.append((f, written))
    return out
