"""Other documents as evidence: a figure another source reports for the same quantity.

Relations never span documents, so each document is diagnosed on its own (and kept in
the check cache); the agreement check then says what other documents report for each
suspect figure, and this module weighs it.  Another source whose interval holds the
suggested value, and not the stated one, is support; one that holds the stated value and
not the suggested one vouches for the figure as written (ranked like a conflict: the
figure is then less likely the wrong one).  The hitting sets are ranked again with it.
"""

from __future__ import annotations

import copy

from kg.check.agreement import OtherSource
from kg.diagnose.run import Diagnosis, rank_key, reasons, settle
from kg.interval import figure_interval, intersect

#: (the source agrees with the stated value, it holds the suggested one) -> what it fits
FITS = {(True, False): "stated", (False, True): "suggested", (True, True): "both",
        (False, False): "neither"}


def weigh(diagnoses: list[Diagnosis], sources: dict[str, list[OtherSource]]
          ) -> list[Diagnosis]:
    """``diagnoses`` with other documents' figures counted in.  A diagnosis they touch comes
    back as a changed copy, the others as they are: the given ones may be kept (the check
    cache, the app) and weighed again, and copying them all took 4 s of a warm run over
    10,000 documents."""
    return [_weighed(d, sources) if _touched(d, sources) else d for d in diagnoses]


def _touched(d: Diagnosis, sources: dict[str, list[OtherSource]]) -> bool:
    return any(c.figure in sources for g in (d.candidates, *d.alternatives) for c in g)


def _weighed(d: Diagnosis, sources: dict[str, list[OtherSource]]) -> Diagnosis:
    d = copy.deepcopy(d)
    groups = [d.candidates, *d.alternatives]
    for c in (c for g in groups for c in g):
        for s in sources.get(c.figure, []):
            suggested = c.suggested is not None and intersect(
                figure_interval(c.suggested, decimals=c.suggested_decimals),
                s.interval()) is not None
            fits = FITS[(s.agrees, suggested)]
            c.sources.append({**s.as_dict(), "fits": fits})
            c.source_support += fits == "suggested"
            c.corroborated += fits == "stated"
    ranked = sorted(((rank_key(g), g) for g in groups), key=lambda e: e[0])
    before = [c.figure for c in d.candidates]
    d.status, d.candidates, d.alternatives = settle(ranked)
    if [c.figure for c in d.candidates] != before:
        d.clears_all = None  # the what-if ran on the set chosen before
    d.reasons = reasons(ranked, d.violated, d.status)
    return d
