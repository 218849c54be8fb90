"""What the other figures of a relation imply for one of its figures, as an interval.

Inverse interval arithmetic: solving "parts add up to the total" for one part,
"a − b = d" for b, and so on.  The shapes decide whether a relation holds; this
module only proposes values, and the what-if re-check runs the shapes again.
"""

from __future__ import annotations

from decimal import Decimal

from rdflib import Graph, URIRef
from rdflib.namespace import RDF
from rdflib.term import Node

from kg.derived import bounds
from kg.interval import Interval, add, div, intersect, mul, neg, scale, sub
from kg.namespaces import CG, QUDT, UNIT
from kg.numbers import canonical

HUNDRED = Decimal(100)
ONE = Interval(Decimal(1), Decimal(1))


def implied(graph: Graph, relation: Node, figure: Node) -> Interval | None:
    """The values of ``figure`` that would make ``relation`` hold, given the others; for a
    figure the relation sees through a derived one, the derived figure's values solved
    back to it."""
    for cls, solver in SOLVERS.items():
        if (relation, RDF.type, cls) in graph:
            direct = solver(graph, relation, figure)
            if direct is not None:
                return direct
            from kg.derived import solve_operand, stated_figures
            from kg.vocab import ROLES
            for prop in ROLES:
                for term in graph.objects(relation, prop):
                    if (term, RDF.type, CG.DerivedFigure) in graph and \
                            figure in stated_figures(graph, term):
                        wanted = solver(graph, relation, term)
                        return solve_operand(graph, term, wanted, figure) if wanted else None
            return None
    return None


def _role(graph: Graph, relation: Node, prop) -> Node | None:
    return graph.value(relation, prop)


def _sum(g: Graph, r: Node, f: Node) -> Interval | None:
    total = _role(g, r, CG.total)
    parts = sorted(g.objects(r, CG.part), key=str)
    if f == total:
        acc = Interval(Decimal(0), Decimal(0))
        for p in parts:
            acc = add(acc, bounds(g, p))
        return acc
    if f in parts:
        acc = bounds(g, total)
        for p in parts:
            if p != f:
                acc = sub(acc, bounds(g, p))
        return acc
    return None


def _difference(g: Graph, r: Node, f: Node) -> Interval | None:
    m, s, d = (_role(g, r, p) for p in (CG.minuend, CG.subtrahend, CG.difference))
    if f == d:
        return sub(bounds(g, m), bounds(g, s))
    if f == m:
        return add(bounds(g, d), bounds(g, s))
    if f == s:
        return sub(bounds(g, m), bounds(g, d))
    return None


def _ratio(g: Graph, r: Node, f: Node) -> Interval | None:
    n, d, q = (_role(g, r, p) for p in (CG.numerator, CG.denominator, CG.ratio))
    k = HUNDRED if g.value(q, QUDT.unit) == UNIT.PERCENT else Decimal(1)
    if f == q:
        x = div(bounds(g, n), bounds(g, d))
        return scale(x, k) if x else None
    ratio = scale(bounds(g, q), 1 / k)
    if f == n:
        return mul(ratio, bounds(g, d))
    if f == d:
        return div(bounds(g, n), ratio)
    return None


def signed_change(g: Graph, r: Node) -> Interval:
    """The stated change with its direction as a sign (a fall of 11% is -11%)."""
    c = bounds(g, _role(g, r, CG.change))
    return neg(c) if g.value(r, CG.direction) == CG.Decrease else c


def _percent_change(g: Graph, r: Node, f: Node) -> Interval | None:
    i, fin, c = (_role(g, r, p) for p in (CG.initial, CG.final, CG.change))
    factor = add(ONE, scale(signed_change(g, r), Decimal(1) / HUNDRED))
    if f == c:  # the change the figures give, as a size in the stated direction
        rel = relative_change(g, r)
        if rel is None:
            return None
        return neg(rel) if g.value(r, CG.direction) == CG.Decrease else rel
    if factor.low is None or factor.low <= 0:
        return None
    if f == fin:
        return mul(bounds(g, i), factor)
    if f == i:
        return div(bounds(g, fin), factor)
    return None


def relative_change(g: Graph, r: Node) -> Interval | None:
    """(final − initial) / initial in percent, with signs (for the percent-vs-points slip)."""
    i, fin = _role(g, r, CG.initial), _role(g, r, CG.final)
    bi, bf = bounds(g, i), bounds(g, fin)
    if bi.low is None or bi.low <= 0 or bi.high is None or bf.low is None or bf.high is None:
        return None
    return Interval((bf.low - bi.high) / bi.high * HUNDRED, (bf.high - bi.low) / bi.low * HUNDRED)


def _point_change(g: Graph, r: Node, f: Node) -> Interval | None:
    i, fin, c = (_role(g, r, p) for p in (CG.initial, CG.final, CG.change))
    if f == c:
        diff = sub(bounds(g, fin), bounds(g, i))
        return neg(diff) if g.value(r, CG.direction) == CG.Decrease else diff
    if f == fin:
        return add(bounds(g, i), signed_change(g, r))
    if f == i:
        return sub(bounds(g, fin), signed_change(g, r))
    return None


def _unit_factor(g: Graph, a: Node, c: Node) -> Decimal | None:
    """m(amount) / m(converted): what one unit of the amount is in the converted amount's
    unit, by QUDT's multipliers, as cg:UnitConversionShape computes it; None for money
    (which converts at a rate) or where a unit has no multiplier."""
    from kg.vocab import vocabulary_graph
    units = [g.value(x, QUDT.unit) for x in (a, c)]
    vocab = vocabulary_graph()
    if None in units or any((u, RDF.type, QUDT.CurrencyUnit) in vocab for u in units):
        return None
    m = [vocab.value(u, QUDT.conversionMultiplier) for u in units]
    if any(x is None for x in m) or not Decimal(str(m[1])):
        return None
    return Decimal(str(m[0])) / Decimal(str(m[1]))


def _conversion(g: Graph, r: Node, f: Node) -> Interval | None:
    a, c, rate = (_role(g, r, p) for p in (CG.amount, CG.convertedAmount, CG.rate))
    if rate is None:
        # "26.2 miles (42.2 km)": a measure in another unit, by QUDT's multipliers
        k = _unit_factor(g, a, c) if f in (a, c) else None
        if k is None:
            return None
        return scale(bounds(g, a), k) if f == c else scale(bounds(g, c), 1 / k)
    if f == c:
        return div(bounds(g, a), bounds(g, rate))
    if f == a:
        return mul(bounds(g, c), bounds(g, rate))
    if f == rate:
        return div(bounds(g, a), bounds(g, c))
    return None


def _comparison(g: Graph, r: Node, f: Node) -> Interval | None:
    greater, lesser = _role(g, r, CG.greater), _role(g, r, CG.lesser)
    if f == greater:
        return Interval(bounds(g, lesser).low, None)
    if f == lesser:
        return Interval(None, bounds(g, greater).high)
    return None


#: a count of items or of periods is a plain number (ontology/shapes/average.ttl)
_ITEM_COUNTS = frozenset(UNIT[u] for u in ("NUM", "UNITLESS", "DAY", "WK", "MO", "YR", "HR",
                                           "MIN"))


def _average_factor(g: Graph, a: Node, n: Node, v: Node,
                    per: Node | None = None) -> Decimal | None:
    """k in average = aggregate / count x k: 1 in one unit over items (or per one of the
    measured count's unit, ``per``: "€0.60 per litre"), else QUDT's multipliers
    m(aggregate) / (m(count) x m(average)) as cg:AverageShape computes it (the shape decides
    whether the units fit; None when a multiplier is missing)."""
    from kg.vocab import vocabulary_graph
    units = [g.value(x, QUDT.unit) for x in (a, n, v)]
    if (units[1] in _ITEM_COUNTS or per is not None and per == units[1]) and \
            units[0] == units[2]:
        return Decimal(1)
    vocab = vocabulary_graph()
    m = [vocab.value(u, QUDT.conversionMultiplier) if u is not None else None for u in units]
    if units[1] in _ITEM_COUNTS:
        m[1] = Decimal(1)  # six months are six periods, not seconds
    if any(x is None for x in m) or not all(Decimal(str(x)) for x in m):
        return None
    ma, mn, mv = (Decimal(str(x)) for x in m)
    return ma / (mn * mv)


def _average(g: Graph, r: Node, f: Node) -> Interval | None:
    a, n, v = (_role(g, r, p) for p in (CG.aggregate, CG["count"], CG.average))
    k = _average_factor(g, a, n, v, g.value(r, CG.perUnit)) if f in (a, n, v) else None
    if k is None:
        return None
    if k == 1:  # one unit over items: the plain quotient and product, as ever
        if f == v:
            return div(bounds(g, a), bounds(g, n))
        if f == a:
            return mul(bounds(g, v), bounds(g, n))
        return div(bounds(g, a), bounds(g, v))
    if f == v:
        x = div(bounds(g, a), bounds(g, n))
        return scale(x, k) if x else None
    if f == a:
        return scale(mul(bounds(g, v), bounds(g, n)), 1 / k)
    if f == n:
        x = div(bounds(g, a), bounds(g, v))
        return scale(x, k) if x else None
    return None


def _multiple(g: Graph, r: Node, f: Node) -> Interval | None:
    m, b, k = (_role(g, r, p) for p in (CG.multiple, CG.base, CG.factor))
    if f == k:
        return div(bounds(g, m), bounds(g, b))
    if f == m:
        return mul(bounds(g, k), bounds(g, b))
    if f == b:
        return div(bounds(g, m), bounds(g, k))
    return None


def _share(g: Graph, r: Node, f: Node) -> Interval | None:
    p, w, s = (_role(g, r, x) for x in (CG.portion, CG.whole, CG.share))
    per = HUNDRED if g.value(s, QUDT.unit) != UNIT.PERMILLE else Decimal(1000)
    if f == s:
        x = div(bounds(g, p), bounds(g, w))
        return scale(x, per) if x else None
    fraction = scale(bounds(g, s), 1 / per)
    if f == p:
        return mul(fraction, bounds(g, w))
    if f == w:
        return div(bounds(g, p), fraction)
    return None


def _growth(g: Graph, r: Node, f: Node) -> Interval | None:
    """final = initial × (1 + rate/100)^n, solved for each figure (the build's arithmetic,
    :func:`kg.derived.implied_rates`)."""
    from kg.derived import per_period, power
    i, fin, rate = (_role(g, r, p) for p in (CG.initial, CG.final, CG.growthRate))
    n = g.value(r, CG.periods)
    if n is None or int(n) <= 0:
        return None
    periods = Decimal(int(n))

    def grow(x: Decimal | None) -> Decimal | None:  # (1 + x/100)^n
        return None if x is None or x <= -100 else power(1 + x / HUNDRED, periods)

    if f == rate:
        ratio = div(bounds(g, fin), bounds(g, i))
        if ratio is None or ratio.low is None:
            return None
        def back(x: Decimal | None) -> Decimal | None:
            return per_period(x, periods) if x is not None and x > 0 else None
        return Interval(back(ratio.low) if ratio.low > 0 else Decimal(-100), back(ratio.high))
    factor = Interval(grow(bounds(g, rate).low), grow(bounds(g, rate).high))
    if f == fin:
        return mul(bounds(g, i), factor)
    if f == i:
        return div(bounds(g, fin), factor)
    return None


def _restatement(g: Graph, r: Node, f: Node) -> Interval | None:
    """Either statement of a quantity implies the other's interval."""
    first, again = _role(g, r, CG.first), _role(g, r, CG.restatedAs)
    if f == first:
        return bounds(g, again)
    if f == again:
        return bounds(g, first)
    return None


#: the units whose shares exhaust a whole (cg:WholeShape and the structure shape say so too)
WHOLE_UNITS = ("PERCENT", "PERMILLE")


def implied_whole(g: Graph, r: Node) -> Decimal | None:
    """The whole a cg:WholeRelation's shares add up to: what their unit makes one, the
    inverse of QUDT's conversion multiplier (100 percent, 1,000 per mille); None when the
    shares are in no such unit, or in two."""
    from kg.vocab import vocabulary
    v = vocabulary()
    codes = {v.unit_codes.get(g.value(p, QUDT.unit)) for p in g.objects(r, CG.part)}
    if len(codes) != 1 or not codes <= set(WHOLE_UNITS):
        return None
    scale = v.scales.get(codes.pop())
    return canonical(1 / scale[1]) if scale and scale[1] > 0 else None


def _whole(g: Graph, r: Node, f: Node) -> Interval | None:
    """Each share is the whole less every other share (the whole is exact: no figure
    states it), so every share is solved and every share is a suspect."""
    parts = sorted(g.objects(r, CG.part), key=str)
    whole = implied_whole(g, r)
    if f not in parts or whole is None:
        return None
    acc = Interval(whole, whole)
    for p in parts:
        if p != f:
            acc = sub(acc, bounds(g, p))
    return acc


#: the kind of a part of a period and the whole period (of one additive measure, unit and
#: entity), as the diagnosis solves it (kg.diagnose.run._period_parts): no relation a
#: document states, so an IRI outside the vocabulary
PERIOD_PART = URIRef("urn:claimgraph:period-part")


def period_part(g: Graph, r: Node, f: Node) -> Interval | None:
    """A part of a period is at most the whole period's (and not negative); the whole at
    least the part."""
    part, whole = _role(g, r, CG.part), _role(g, r, CG.whole)
    if f == part:
        return Interval(Decimal(0), bounds(g, whole).high)
    if f == whole:
        return Interval(bounds(g, part).low, None)
    return None


SOLVERS = {
    CG.SumRelation: _sum, CG.DifferenceRelation: _difference, CG.RatioRelation: _ratio,
    CG.PercentChangeRelation: _percent_change, CG.PercentagePointChangeRelation: _point_change,
    CG.ConversionRelation: _conversion, CG.ComparisonRelation: _comparison,
    CG.ComparisonReading: _comparison, CG.AverageRelation: _average,
    CG.MultipleRelation: _multiple, CG.ShareRelation: _share, CG.CompoundGrowthRelation: _growth,
    CG.RestatementRelation: _restatement, CG.WholeRelation: _whole, PERIOD_PART: period_part,
}

__all__ = ["bounds", "implied", "implied_whole", "intersect", "relative_change",
           "signed_change"]
