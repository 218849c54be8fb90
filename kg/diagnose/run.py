"""Which figure is most likely wrong, what the other figures imply it should be,
and what kind of slip would explain it.

1. A bipartite networkx graph of figures and relations, each relation carrying
   its status.  Each connected component with violated relations is diagnosed
   on its own.
2. Candidates are the minimum hitting sets of the violated relations' figures
   (exact up to :data:`~kg.diagnose.hitting.EXACT_LIMIT` figures, greedy with
   its H(Δ) bound beyond).
3. For each candidate figure, every violated relation it alone stands in is
   solved for it (an interval); relations whose intervals meet are support,
   the rest conflicts.  A slip pattern that lands in the common interval gives
   the suggested value.
4. Candidates are ranked by: fewer figures, fewer conflicts, fewer passing
   relations the suggestion would break, more support, a recognised slip, and
   fewer passing relations the figure already stands in (those vouch for it).
   When the best candidates tie on all of that, the diagnosis says it is
   ambiguous and lists them.
5. The top candidate is applied (what-if) and the shapes' own queries say
   whether every violation clears.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import networkx as nx
from rdflib import BNode, Graph, URIRef
from rdflib.namespace import RDF

from kg.build import BuildResult
from kg.check.model import Report
from kg.derived import stated_figures
from kg.diagnose import implied as solve
from kg.diagnose import patterns
from kg.diagnose.hitting import minimum_hitting_sets
from kg.diagnose.whatif import Assumption, all_hold
from kg.interval import Interval, figure_interval, intersect, midpoint
from kg.namespaces import CG, QUDT
from kg.numbers import canonical, describe, describe_interval
from kg.vocab import ROLES, vocabulary


@dataclass
class Candidate:
    """One suspect figure and what the evidence says about it."""

    figure: str
    quote: str
    stated: Decimal
    unit: str | None
    suggested: Decimal | None = None
    suggested_decimals: int | None = None
    implied: Interval | None = None
    explains: list[str] = field(default_factory=list)  # finding ids
    support: int = 0
    conflicts: int = 0
    breaks: int = 0
    vouching: int = 0  # passing relations the figure stands in
    pattern: str | None = None
    detail: str | None = None
    #: other documents' figures of the same quantity (kg.diagnose.sources): those that
    #: fit the suggested value are support, those that fit the stated value vouch for it
    sources: list[dict[str, Any]] = field(default_factory=list)
    source_support: int = 0
    corroborated: int = 0

    def describe_value(self, value: Decimal | None) -> str:
        return describe(value, self.unit) if value is not None else "?"

    def verdict(self) -> str:
        """What the figure most likely is, in the words of its slip: a percentage-point slip
        is "N percentage points", a sign flip the other direction, never the relative
        change it implies restated as a bare number."""
        if self.pattern == patterns.POINTS_AS_PERCENT:
            return f"{describe(self.stated, 'PERCENT_POINT')}, not percent (as a percent " \
                   f"change: {self.describe_value(self.suggested)})"
        if self.pattern == patterns.PERCENT_AS_POINTS:
            return f"a relative change of {describe(self.stated, 'PERCENT')}, not percentage " \
                   f"points (in points: {describe(self.suggested, 'PERCENT_POINT')})" \
                if self.suggested is not None else "a relative change, not percentage points"
        if self.pattern == patterns.SIGN_FLIP:
            return f"{self.describe_value(self.stated)} the other way ({self.detail})"
        return self.describe_value(self.suggested)

    def describe_implied(self) -> str:
        if self.implied is None:
            return "nothing definite"
        return describe_interval(self.implied.low, self.implied.high, self.unit)


@dataclass
class Diagnosis:
    component: int
    status: str  # likely | ambiguous
    method: str  # exact | greedy
    bound: float
    candidates: list[Candidate]  # the chosen hitting set (one or more figures)
    alternatives: list[list[Candidate]]  # other hitting sets that tie (ambiguous) or rank lower
    reasons: list[str]
    clears_all: bool | None = None
    violated: int = 0  # violated relations in the component
    #: pairs of figures whose values, exchanged, clear every violation of the component
    #: ("6.1%" and "4.3%" written in each other's place): as good an explanation, listed
    #: beside the top one
    swaps: list[tuple[Candidate, Candidate]] = field(default_factory=list)

    def as_dicts(self) -> list[dict[str, Any]]:
        """Entries of the report's ``diagnoses`` (one per suspect figure)."""
        out = []
        sets = [self.candidates] + (self.alternatives if self.status == "ambiguous" else [])
        for rank, group in enumerate(sets, start=1):
            for c in group:
                out.append({
                    "figure": c.figure, "quote": c.quote, "stated": float(c.stated),
                    "suggested": float(c.suggested) if c.suggested is not None else None,
                    "explains": c.explains, "support": c.support + c.source_support,
                    "pattern": c.pattern,
                    "status": self.status, "rank": rank, "component": self.component,
                    "implied": _interval_dict(c.implied), "conflicts": c.conflicts,
                    "breaks": c.breaks, "slip": c.detail, "method": self.method,
                    "bound": self.bound, "clearsAll": self.clears_all if rank == 1 else None,
                    "reasons": self.reasons if rank == 1 else [],
                    "swaps": [{"figures": [a.figure, b.figure], "quotes": [a.quote, b.quote]}
                              for a, b in self.swaps] if rank == 1 else [],
                    "alternatives": [[x.figure for x in g] for g in sets if g is not group],
                    "relationSupport": c.support, "sourceSupport": c.source_support,
                    "corroborated": c.corroborated, "otherSources": c.sources,
                })
        return out

    def headline(self) -> str:
        if self.status == "ambiguous":
            names = " or ".join(f"{c.quote!r}" for g in [self.candidates] + self.alternatives
                                for c in g)
            return f"ambiguous: {names} — the evidence does not single one out"
        parts = []
        for c in self.candidates:
            text = f"{c.quote!r} ({c.describe_value(c.stated)}) is most likely {c.verdict()}"
            if c.pattern:
                text += f" — {c.pattern}"
            parts.append(text)
        return "; ".join(parts)


def diagnose(result: BuildResult, report: Report) -> list[Diagnosis]:
    """Diagnoses for every component of the figure/relation graph with a violation."""
    if len(result.documents) == 1:
        graph = result.documents[0].graph  # read only here: no copy needed
    else:
        graph = Graph(bind_namespaces="none")
        for doc in result.documents:
            graph += doc.graph
    findings_of: dict[str, list[str]] = {}
    violated: set[str] = set()
    for f in report.findings:
        if f.check in NO_RELATION or f.shape == str(CG.RestatementPeriodShape):
            continue  # no figure's value is in question: a period is
        if f.focus and f.is_relation and f.severity == "violation" and f.suppressed_by is None:
            violated.add(f.focus)
            findings_of.setdefault(f.focus, []).append(f.id)
    net = _network(graph, report, violated)
    graph = _period_parts(graph, report, net, violated, findings_of)
    rates = _rates(graph)
    # violations are related when they share a figure; passing relations link figures too,
    # but a chain of passing relations does not make two violations one problem
    bad_net = net.subgraph({n for r in violated if r in net for n in (r, *net[r])})
    with _one_store():
        return _diagnoses(result, graph, report, net, bad_net, findings_of, rates)


def _one_store():
    """The what-ifs of a diagnosis on one store (:func:`kg.check.oxigraph.
    one_what_if_store`; the fast engine imported when a diagnosis runs, as by its
    what-ifs)."""
    from kg.check.oxigraph import one_what_if_store
    return one_what_if_store()


def _diagnoses(result: BuildResult, graph: Graph, report: Report, net: nx.Graph,
               bad_net: nx.Graph, findings_of: dict[str, list[str]],
               rates: dict[str, Decimal]) -> list[Diagnosis]:
    diagnoses = []
    for number, component in enumerate(sorted(nx.connected_components(bad_net),
                                              key=lambda c: sorted(map(str, c)))):
        bad = sorted(n for n in component if net.nodes[n].get("violated"))
        if not bad:
            continue
        groups = [frozenset(net.neighbors(r)) for r in bad]
        if not any(groups):
            continue  # only dates: the date check already says which day the rule gives
        hitting = minimum_hitting_sets(groups)
        ranked = sorted((_evaluate(graph, net, hs, bad, findings_of, rates)
                         for hs in hitting.sets), key=lambda e: e[0])
        status, best, others = settle(ranked)
        d = Diagnosis(number + 1, status, hitting.method, round(hitting.bound, 3), best,
                      others, reasons(ranked, len(bad), status), violated=len(bad))
        if status == "likely":
            d.clears_all = _clears_all(result, d.candidates, set(bad), report)
        if len(bad) >= 2:
            d.swaps = _swaps(result, graph, net, bad, report)
            if d.swaps:
                d.reasons.append("as good an explanation: " + "; ".join(
                    f"{a.quote!r} and {b.quote!r} written in each other's place"
                    for a, b in d.swaps))
        diagnoses.append(d)
    return diagnoses


#: checks whose findings are about a figure or a period, not a relation
NO_RELATION = ("containment", "periods")


def _period_parts(graph: Graph, report: Report, net: nx.Graph, violated: set[str],
                  findings_of: dict[str, list[str]]) -> Graph:
    """A part of a period exceeding the whole (a containment violation within a document)
    is solved like a relation of the part and the whole (:func:`kg.diagnose.implied.
    period_part`): each becomes a relation node of the network, on a copy of the graph
    that says which figure is which."""
    extra = Graph(bind_namespaces="none")
    for f in report.findings:
        if f.check != "containment" or f.severity != "violation" or f.suppressed_by \
                or len(f.figures) != 2 or "otherDocument" in f.values:
            continue
        part, whole = map(URIRef, f.figures)
        if (part, RDF.type, CG.Figure) not in graph or (whole, RDF.type, CG.Figure) not in graph:
            continue
        node = URIRef(f"{f.focus}/within/{whole.split('/')[-1]}")
        extra.add((node, RDF.type, solve.PERIOD_PART))
        extra.add((node, CG.part, part))
        extra.add((node, CG.whole, whole))
        violated.add(str(node))
        findings_of.setdefault(str(node), []).append(f.id)
        net.add_node(str(node), kind="relation", status="violation", violated=True)
        for fig in (part, whole):
            net.add_node(str(fig), kind="figure")
            net.add_edge(str(node), str(fig))
    if not len(extra):
        return graph
    both = Graph(bind_namespaces="none")
    both += graph
    both += extra
    return both


def _network(graph: Graph, report: Report, violated: set[str]) -> nx.Graph:
    net = nx.Graph()
    for relation, status in report.relations.items():
        r = URIRef(relation)
        net.add_node(relation, kind="relation", status=status, violated=relation in violated)
        for prop in ROLES:
            for term in graph.objects(r, prop):
                # a derived figure is no suspect itself: the figures it is computed from are
                for fig in stated_figures(graph, term):
                    net.add_node(str(fig), kind="figure")
                    net.add_edge(relation, str(fig))
    return net


def _evaluate(graph: Graph, net: nx.Graph, hitting_set: frozenset, bad: list[str],
              findings_of: dict[str, list[str]], rates: dict[str, Decimal]):
    candidates = []
    for fig in sorted(hitting_set, key=str):
        # relations this figure alone explains within the set: solvable for it
        own = [r for r in bad if fig in net[r] and not (hitting_set - {fig}) & set(net[r])]
        candidates.append(_candidate(graph, net, URIRef(fig), own, findings_of, rates))
    return rank_key(candidates), candidates


def rank_key(candidates: list[Candidate]) -> tuple:
    """How a hitting set ranks (lower is likelier); the last element only orders ties."""
    return (len(candidates), sum(c.conflicts for c in candidates),
            sum(c.corroborated for c in candidates), sum(c.breaks for c in candidates),
            -sum(c.support + c.source_support for c in candidates),
            sum(_slip_weight(c.pattern) for c in candidates),
            sum(c.vouching for c in candidates),
            sorted(c.figure for c in candidates))


def _slip_weight(pattern: str | None) -> int:
    """How little a slip says: one mistyped digit fits many values by chance, so it counts
    for less than a shifted scale, a currency or a swapped pair; no slip counts least."""
    return 2 if pattern is None else 1 if pattern == patterns.WRONG_DIGIT else 0


def settle(ranked: list[tuple[tuple, list[Candidate]]]
           ) -> tuple[str, list[Candidate], list[list[Candidate]]]:
    """Status, chosen set and alternatives of ranked hitting sets: ambiguous when the best
    tie on everything but their names."""
    best_key = ranked[0][0][:-1]
    ties = [cands for key, cands in ranked if key[:-1] == best_key]
    status = "ambiguous" if len(ties) > 1 else "likely"
    others = ties[1:] if status == "ambiguous" else [c for _, c in ranked[1:4]]
    return status, ranked[0][1], others


def _candidate(graph: Graph, net: nx.Graph, fig: URIRef, own: list[str],
               findings_of: dict[str, list[str]], rates: dict[str, Decimal]) -> Candidate:
    stated = Decimal(str(graph.value(fig, QUDT.numericValue)))
    unit = vocabulary().unit_codes.get(URIRef(graph.value(fig, QUDT.unit)))
    quote = str(graph.value(fig, CG.quote))
    c = Candidate(str(fig), quote, stated, unit)
    c.vouching = sum(1 for r in net[str(fig)] if net.nodes[r].get("status") == "pass")
    intervals = [(r, solve.implied(graph, URIRef(r), fig)) for r in own]
    intervals = [(r, i) for r, i in intervals if i is not None]
    c.implied, agreeing = _agreement(intervals)
    c.support = len(agreeing)
    c.conflicts = len(intervals) - len(agreeing)
    c.explains = [fid for r in agreeing for fid in findings_of.get(r, [])]
    if c.implied is not None:
        _suggest(graph, fig, c, rates, [r for r in agreeing])
        c.breaks = _breaks(graph, net, fig, c)
    return c


def _agreement(intervals: list[tuple[str, Interval]]) -> tuple[Interval | None, list[str]]:
    """The largest set of relations whose implied intervals share a value, and that value."""
    best: tuple[Interval | None, list[str]] = (None, [])
    for i, (r, first) in enumerate(intervals):
        common, members = first, [r]
        for other, interval in intervals[:i] + intervals[i + 1:]:
            meet = intersect(common, interval)
            if meet is not None:
                common, members = meet, members + [other]
        if len(members) > len(best[1]):
            best = (common, sorted(members))
    return best


def _suggest(graph: Graph, fig: URIRef, c: Candidate, rates: dict[str, Decimal],
             relations: list[str]) -> None:
    decimals = graph.value(fig, CG.decimals)
    decimals = int(decimals) if decimals is not None else None
    assert c.implied is not None
    relation_fix = _change_slip(graph, fig, c, relations)
    if relation_fix is not None:
        c.pattern, c.suggested, c.suggested_decimals, c.detail = relation_fix
        return
    target = midpoint(c.implied)
    best, best_distance = None, None
    for fix in patterns.value_fixes(c.stated, decimals, c.quote, rates):
        if not patterns.fits(fix, c.implied):
            continue
        if best is not None and fix.pattern != best.pattern:
            break  # patterns come in order of how likely they are
        distance = abs(fix.value - target) if target is not None else Decimal(0)
        if best_distance is None or distance < best_distance:
            best, best_distance = fix, distance
    if best is not None:
        c.pattern, c.suggested, c.suggested_decimals, c.detail = \
            best.pattern, best.value, best.decimals, best.detail
        return
    c.suggested, c.suggested_decimals = _round_into(c.implied, decimals)


def _change_slip(graph: Graph, fig: URIRef, c: Candidate, relations: list[str]):
    """Sign flips and percent/points mix-ups, which only a change relation can reveal."""
    for r in map(URIRef, relations):
        if graph.value(r, CG.change) != fig:
            continue
        own = figure_interval(c.stated, decimals=_decimals(graph, fig))
        flipped = Interval(-own.high if own.high is not None else None,
                           -own.low if own.low is not None else None)
        if c.implied is not None and intersect(flipped, c.implied) is not None:
            said = "a fall" if graph.value(r, CG.direction) == CG.Decrease else "a rise"
            other = "a rise" if said == "a fall" else "a fall"
            return patterns.SIGN_FLIP, c.stated, _decimals(graph, fig), \
                f"{other}, not {said} as the text says"
        if (r, RDF.type, CG.PercentChangeRelation) in graph:
            points = solve.sub(solve.bounds(graph, graph.value(r, CG.final)),
                               solve.bounds(graph, graph.value(r, CG.initial)))
            signed = solve.signed_change(graph, r)
            if intersect(points, signed) is not None:
                return (patterns.POINTS_AS_PERCENT, _rounded_mid(c.implied), None,
                        "the stated change is the difference in percentage points")
        if (r, RDF.type, CG.PercentagePointChangeRelation) in graph:
            relative = solve.relative_change(graph, r)
            if relative is not None and intersect(relative, solve.signed_change(graph, r)):
                return (patterns.PERCENT_AS_POINTS, _rounded_mid(c.implied), None,
                        "the stated change is the relative change in percent")
    return None


def _decimals(graph: Graph, fig: URIRef) -> int | None:
    d = graph.value(fig, CG.decimals)
    return int(d) if d is not None else None


def _rounded_mid(interval: Interval) -> Decimal:
    mid = midpoint(interval) or Decimal(0)
    return canonical(round(mid, 2))


def _round_into(interval: Interval, decimals: int | None) -> tuple[Decimal, int | None]:
    """A value in ``interval`` written with the stated precision, or as close as it gets."""
    mid = midpoint(interval)
    if mid is None:
        return Decimal(0), decimals
    if decimals is not None:
        for d in range(decimals, decimals + 4):
            quantum = Decimal(10) ** (-d)
            value = (mid / quantum).to_integral_value() * quantum
            if intersect(figure_interval(value, decimals=d), interval) is not None:
                return canonical(value), d
    return canonical(round(mid, 6)), decimals


def _breaks(graph: Graph, net: nx.Graph, fig: URIRef, c: Candidate) -> int:
    """Passing relations that would fail if the figure took the suggested value."""
    if c.suggested is None:
        return 0
    own = figure_interval(c.suggested, decimals=c.suggested_decimals)
    count = 0
    for r in net[str(fig)]:
        if net.nodes[r].get("status") != "pass":
            continue
        need = solve.implied(graph, URIRef(r), fig)
        if need is not None and intersect(own, need) is None:
            count += 1
    return count


def _rates(graph: Graph) -> dict[str, Decimal]:
    """Exchange rates the document gives or implies (for the wrong-currency slip).

    Where several conversions share a pair of currencies, a stated rate wins over an
    implied one, and the first relation (by IRI) over later ones, so that the same
    document always gets the same rate."""
    rates: dict[str, tuple[bool, str, Decimal]] = {}
    codes = vocabulary().unit_codes
    for r in graph.subjects(RDF.type, CG.ConversionRelation):
        a, c = graph.value(r, CG.amount), graph.value(r, CG.convertedAmount)
        av, cv = graph.value(a, QUDT.numericValue), graph.value(c, QUDT.numericValue)
        stated = graph.value(graph.value(r, CG.rate), QUDT.numericValue)
        if av is None or cv is None or Decimal(str(cv)) == 0:
            continue
        label = f"{codes.get(URIRef(graph.value(a, QUDT.unit)))}/" \
                f"{codes.get(URIRef(graph.value(c, QUDT.unit)))}"
        rate = Decimal(str(stated)) if stated is not None else Decimal(str(av)) / Decimal(str(cv))
        rank = (stated is None, str(r), rate)
        if label not in rates or rank[:2] < rates[label][:2]:
            rates[label] = rank
    return {label: rank[2] for label, rank in rates.items()}


def _clears_all(result: BuildResult, candidates: list[Candidate], violated: set[str],
                report: Report) -> bool:
    """Apply the candidates and re-run the shapes' queries on the documents they are in:
    whether the component's violations (``violated``) clear and every passing relation
    still passes (another component's violations are that component's to clear).

    Relations never span documents, so only those documents can change; checking them
    alone keeps a corpus's diagnoses linear in its size."""
    assumptions = [Assumption(URIRef(c.figure), c.suggested, c.suggested_decimals, "")
                   for c in candidates if c.suggested is not None]
    if len(assumptions) != len(candidates):
        return False
    touched = [d for d in result.documents
               if any((a.figure, RDF.type, CG.Figure) in d.graph for a in assumptions)]
    local = BuildResult(touched, [], [])
    passing = {r for r, s in report.relations.items() if s == "pass"}
    # the relations of these documents: each looked up, not every subject of theirs listed
    mine = {r for r in violated | passing if any(_subject_in(d.graph, r) for d in touched)}
    return all_hold(local, assumptions, mine)


def _subject_in(graph: Graph, name: str) -> bool:
    """Whether a subject of ``graph`` is written ``name`` (an IRI or a blank node's)."""
    return any(True for node in (URIRef(name), BNode(name))
               for _ in graph.triples((node, None, None)))


#: pairs tried at most per component: each is one run of the shapes' queries
SWAP_LIMIT = 12


def _swaps(result: BuildResult, graph: Graph, net: nx.Graph, bad: list[str],
           report: Report) -> list[tuple[Candidate, Candidate]]:
    """Pairs of figures of one unit, in different violated relations, whose values
    exchanged clear every violation of the component and break no passing relation."""
    codes = vocabulary().unit_codes
    figures = sorted({f for r in bad for f in net[r] if (URIRef(f), RDF.type, CG.Figure) in graph})
    pairs = []
    for i, a in enumerate(figures):
        for b in figures[i + 1:]:
            ua, ub = graph.value(URIRef(a), QUDT.unit), graph.value(URIRef(b), QUDT.unit)
            va, vb = (graph.value(URIRef(x), QUDT.numericValue) for x in (a, b))
            own = {r for r in bad if a in net[r]} ^ {r for r in bad if b in net[r]}
            if ua == ub and va is not None and vb is not None and va != vb and own:
                pairs.append((a, b))
    out = []
    for a, b in pairs[:SWAP_LIMIT]:
        ca, cb = (_as_written(graph, URIRef(x), codes) for x in (a, b))
        assumptions = [Assumption(URIRef(a), cb.stated, _decimals(graph, URIRef(b)), ""),
                       Assumption(URIRef(b), ca.stated, _decimals(graph, URIRef(a)), "")]
        touched = [d for d in result.documents if (URIRef(a), RDF.type, CG.Figure) in d.graph]
        near = {r for f in (a, b) for r in net[f]}
        if all_hold(BuildResult(touched, [], []), assumptions, near):
            out.append((ca, cb))
    return out


def _as_written(graph: Graph, fig: URIRef, codes: dict) -> Candidate:
    return Candidate(str(fig), str(graph.value(fig, CG.quote)),
                     Decimal(str(graph.value(fig, QUDT.numericValue))),
                     codes.get(URIRef(graph.value(fig, QUDT.unit))))


def reasons(ranked, violated: int, status: str) -> list[str]:
    """Why the first of the ranked hitting sets is chosen, every reason in words."""
    key, cands = ranked[0]
    size = len(cands)  # every hitting set found has the smallest size
    reasons = []
    if size == 1:
        reasons.append(f"the only figure that takes part in all {violated} violated relations"
                       if len(ranked) == 1 else
                       f"one figure can explain all {violated} violated relations")
    else:
        reasons.append(f"at least {size} figures are needed to touch all {violated} "
                       "violated relations")
    for c in cands:
        if c.support:
            reasons.append(f"{c.support} relation{'s' * (c.support != 1)} independently "
                           f"impl{'y' if c.support != 1 else 'ies'} {_interval_text(c)} "
                           f"for {c.quote!r}")
        if c.conflicts:
            reasons.append(f"{c.conflicts} relation(s) imply something else for {c.quote!r}")
        for s in c.sources:
            if s["fits"] == "suggested":
                reasons.append(f"{s['document']} reports {s['quote']!r} for the same quantity, "
                               "which fits the suggested value")
            elif s["fits"] == "stated":
                reasons.append(f"{s['document']} reports {s['quote']!r} for the same quantity, "
                               f"which agrees with the stated {c.quote!r}")
        if c.pattern:
            reasons.append(f"{c.quote!r} → {c.verdict()} is a known slip: "
                           f"{c.pattern}" + (f" ({c.detail})" if c.detail else ""))
        if c.vouching:
            reasons.append(f"{c.vouching} passing relation(s) involve {c.quote!r}; they still "
                           f"pass with the suggested value" if not c.breaks else
                           f"the suggestion would break {c.breaks} passing relation(s)")
    if status == "ambiguous":
        reasons.append("other figures explain the violations equally well: see alternatives")
    elif len(ranked) > 1:
        nxt = ranked[1][1]
        reasons.append("next: " + ", ".join(f"{c.quote!r}" for c in nxt) +
                       _why_lower(key, ranked[1][0]))
    return reasons


def _why_lower(best: tuple, other: tuple) -> str:
    labels = ["needs more figures", "has conflicting implications",
              "is corroborated by other sources", "would break passing relations",
              "has less support",
              "fits no known slip" if other[5] == 2 * other[0] else "fits a less telling slip",
              "is vouched for by more passing relations"]
    for label, a, b in zip(labels, best[:-1], other[:-1], strict=True):
        if a != b:
            return f" (ranked lower: {label})" if a < b else f" ({label})"
    return ""


def _interval_text(c: Candidate) -> str:
    if c.implied is None:
        return "nothing"
    return describe_interval(c.implied.low, c.implied.high, c.unit)


def _interval_dict(i: Interval | None) -> dict[str, float | None] | None:
    if i is None:
        return None
    return {"low": float(i.low) if i.low is not None else None,
            "high": float(i.high) if i.high is not None else None}



__all__ = ["Candidate", "Diagnosis", "diagnose"]
