"""Derived figures: quantities computed from a document's figures, standing wherever a
figure stands in a relation.

"Chinese e-commerce has beaten large online and offline channels in the United
States" compares Alibaba's figure plus the other platforms' (given in yuan,
converted at the document's own implied rate) with the US channels' total.  A
``cg:DerivedFigure`` says how: a ``cg:operation`` over ``cg:operands``.  The build
computes its value and interval here, with the interval arithmetic the diagnosis
uses (:mod:`kg.interval`), so the shapes check it like any figure.

>>> from decimal import Decimal as D
>>> evaluate("Add", [Term(D(9), Interval(D("8.5"), D("9.5")), "USD"),
...                  Term(D(2), Interval(D(1), D(3)), "USD")]).interval
Interval(low=Decimal('9.5'), high=Decimal('12.5'))
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, Decimal, InvalidOperation, \
    localcontext

from rdflib import Graph, URIRef
from rdflib.namespace import PROV, RDF
from rdflib.term import Node

from kg.interval import Interval, add, div, mul, scale, sub
from kg.namespaces import CG, QUDT, UNIT

#: significant digits a derived value keeps (a quotient need not terminate)
DIGITS = 15
OPERATIONS = ("Add", "Subtract", "Multiply", "Divide", "Convert")


class DerivationError(ValueError):
    """A derived figure that cannot be computed, with the fix where there is one."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.hint = hint


@dataclass(frozen=True)
class Term:
    """A figure or derived figure as arithmetic sees it: value, interval, unit code."""

    value: Decimal
    interval: Interval
    unit: str | None


#: the longest chain of derived figures, each computed from the next: far more than a
#: document needs, and far from Python's recursion limit
MAX_DEPTH = 100


class TooDeep(DerivationError):
    """A derived figure on a chain longer than :data:`MAX_DEPTH`; ``chain`` is the part of
    the chain walked, every figure of which stands on one too long."""

    def __init__(self, chain: list[Node]) -> None:
        super().__init__("too deep")
        self.chain = chain


#: what ``done`` holds for a figure found on too long a chain: each figure above it then
#: fails at once, instead of walking the chain again (3,000 figures took minutes)
_TOO_DEEP = Term(Decimal(0), Interval(None, None), None)


def evaluate(operation: str, terms: list[Term], rate: Term | None = None,
             unit: str | None = None) -> Term:
    """``operation`` over ``terms``; ``rate`` converts (units of the operand's currency per
    unit of ``unit``)."""
    if operation == "Add":
        _same_unit(terms, "added")
        value, interval = terms[0].value, terms[0].interval
        for t in terms[1:]:
            value, interval = value + t.value, add(interval, t.interval)
        return Term(value, interval, terms[0].unit)
    if operation == "Subtract":
        _arity(terms, 2, "a difference")
        _same_unit(terms, "subtracted")
        return Term(terms[0].value - terms[1].value, sub(terms[0].interval, terms[1].interval),
                    terms[0].unit)
    if operation == "Multiply":
        value, interval = terms[0].value, terms[0].interval
        for t in terms[1:]:
            value, interval = value * t.value, mul(interval, t.interval)
        units = [t.unit for t in terms if t.unit not in ("UNITLESS", "NUM")]
        return Term(value, interval, units[0] if len(units) == 1 else unit or "UNITLESS")
    if operation == "Divide":
        _arity(terms, 2, "a quotient")
        a, b = terms
        quotient = div(a.interval, b.interval)
        if quotient is None or b.value == 0:
            raise DerivationError("the divisor may be zero", "check the second operand")
        if a.unit == b.unit:
            result_unit = "UNITLESS"
        elif b.unit in ("UNITLESS", "NUM"):
            result_unit = a.unit
        else:
            result_unit = unit
        return Term(a.value / b.value, quotient, result_unit)
    if operation == "Convert":
        _arity(terms, 1, "a conversion")
        if rate is None:
            raise DerivationError("a conversion needs cg:atRate or cg:atImpliedRateOf")
        converted = div(terms[0].interval, rate.interval)
        if converted is None or rate.value == 0:
            raise DerivationError("the exchange rate may be zero")
        return Term(terms[0].value / rate.value, converted, unit)
    raise DerivationError(f"unknown operation {operation!r}",
                          "operations: " + ", ".join(f"cg:{o}" for o in OPERATIONS))


def _arity(terms: list[Term], n: int, what: str) -> None:
    if len(terms) != n:
        raise DerivationError(f"{what} takes {n} operand(s), not {len(terms)}")


def _same_unit(terms: list[Term], verb: str) -> None:
    units = sorted({str(t.unit) for t in terms})
    if len(units) > 1:
        raise DerivationError(f"figures in {' and '.join(units)} cannot be {verb}",
                              "convert one first: a cg:DerivedFigure with cg:operation cg:Convert")


# --- on a document's graph ---------------------------------------------------------------

def operands_of(graph: Graph, node: Node) -> list[Node]:
    """A derived figure's cg:operands, in order."""
    head = graph.value(node, CG.operands)
    if head is None:
        return []
    try:
        return list(graph.items(head))
    except ValueError:  # rdflib's word for an rdf:rest that loops back
        raise DerivationError("cg:operands is a list that loops back on itself",
                              "write the operands as a list: cg:operands ( :a :b )") from None


def stated_figures(graph: Graph, node: Node) -> list[Node]:
    """The written figures ``node`` stands for: itself, or those a derived figure is
    computed from (its operands, its rate, the figures of the conversion whose rate it
    uses), all the way down."""
    if (node, RDF.type, CG.Figure) in graph:
        return [node]
    if (node, RDF.type, CG.DerivedFigure) not in graph:
        return []
    parts = operands_of(graph, node)
    parts += list(graph.objects(node, CG.atRate))
    for relation in graph.objects(node, CG.atImpliedRateOf):
        parts += [graph.value(relation, CG.amount), graph.value(relation, CG.convertedAmount)]
    out: list[Node] = []
    for part in parts:
        if part is not None:
            out += [f for f in stated_figures(graph, part) if f not in out]
    return out


def solve_operand(graph: Graph, node: Node, wanted: Interval, figure: Node) -> Interval | None:
    """The values of ``figure``, somewhere below the derived figure ``node``, that would give
    ``node`` a value in ``wanted`` (the other operands as they stand): what the diagnosis
    proposes for a figure a relation sees only through a derived one."""
    operands = operands_of(graph, node)
    operation = str(graph.value(node, CG.operation) or "").rsplit("#", 1)[-1]
    for i, operand in enumerate(operands):
        if figure not in stated_figures(graph, operand):
            continue
        others = [bounds(graph, o) for j, o in enumerate(operands) if j != i]
        target: Interval | None = None
        if operation == "Add":
            target = wanted
            for other in others:
                target = sub(target, other)
        elif operation == "Subtract" and len(operands) == 2:
            target = add(wanted, others[0]) if i == 0 else sub(others[0], wanted)
        elif operation == "Multiply":
            target = wanted
            for other in others:
                target = div(target, other) if target is not None else None
        elif operation == "Divide" and len(operands) == 2:
            target = mul(wanted, others[0]) if i == 0 else div(others[0], wanted)
        elif operation == "Convert":
            rate = _rate_bounds(graph, node)
            target = mul(wanted, rate) if rate is not None else None
        if target is None:
            return None
        if operand == figure:
            return target
        return solve_operand(graph, operand, target, figure) \
            if (operand, RDF.type, CG.DerivedFigure) in graph else None
    return None


def _rate_bounds(graph: Graph, node: Node) -> Interval | None:
    """The interval of the rate a conversion uses, or of QUDT's factor (exact)."""
    figure = graph.value(node, CG.atRate)
    if figure is not None:
        return bounds(graph, figure)
    relation = graph.value(node, CG.atImpliedRateOf)
    if relation is not None:
        return div(bounds(graph, graph.value(relation, CG.amount)),
                   bounds(graph, graph.value(relation, CG.convertedAmount)))
    from kg.vocab import vocabulary
    v = vocabulary()
    source = next(iter(operands_of(graph, node)), None)
    factor = v.factor(v.unit_codes.get(URIRef(graph.value(source, QUDT.unit) or "")),
                      v.unit_codes.get(URIRef(graph.value(node, QUDT.unit) or "")))
    return Interval(1 / factor, 1 / factor) if factor else None


def bounds(graph: Graph, node: Node) -> Interval:
    """A figure's or derived figure's interval as the graph holds it (open where absent)."""
    from kg.figures import decimal_value
    low, high = (decimal_value(graph.value(node, p)) for p in (CG.lowerBound, CG.upperBound))
    return Interval(low, high)


def derived_figures(graph: Graph) -> list[URIRef]:
    return sorted(URIRef(n) for n in graph.subjects(RDF.type, CG.DerivedFigure))


def derive_all(graph: Graph, unit_codes: dict[URIRef, str],
               unit_iris: dict[str, URIRef]) -> tuple[Graph, list[tuple[URIRef, str, str]]]:
    """The computed triples of every derived figure in ``graph``, and the problems
    (derived figure, message, hint) of those that cannot be computed."""
    out = Graph(store="SimpleMemory")
    problems: list[tuple[URIRef, str, str]] = []
    done: dict[Node, Term] = {}
    too_deep: list[URIRef] = []
    for node in derived_figures(graph):
        try:
            _term(graph, node, unit_codes, unit_iris, done, out, [])
        except TooDeep as exc:
            too_deep.append(node)
            done.update(dict.fromkeys(exc.chain, _TOO_DEEP))
        except DerivationError as exc:
            problems.append((node, str(exc), exc.hint))
        except ArithmeticError:  # decimal's Overflow and InvalidOperation among them
            problems.append((node, "its value is beyond what decimal arithmetic holds",
                             "check the operands' values and units"))
    if too_deep:  # one problem, not one per figure of a chain of thousands
        problems.append((too_deep[0], f"the derived figure stands on a chain of more than "
                         f"{MAX_DEPTH} derived figures, each computed from the next "
                         f"({len(too_deep)} figures of this document do)",
                         "compute the value from the stated figures in fewer steps"))
    return out, problems


def _term(graph: Graph, node: Node, codes: dict[URIRef, str], iris: dict[str, URIRef],
          done: dict[Node, Term], out: Graph, stack: list[Node]) -> Term:
    if node in done:
        if done[node] is _TOO_DEEP:
            raise TooDeep(stack)
        return done[node]
    if node in stack:
        raise DerivationError("the derived figure depends on itself",
                              "an operand may not be computed from the figure it makes")
    if (node, RDF.type, CG.DerivedFigure) not in graph:
        return _stated(graph, node, codes)
    if len(stack) >= MAX_DEPTH:
        raise TooDeep([*stack, node])
    stack = [*stack, node]
    operation = graph.value(node, CG.operation)
    name = str(operation).rsplit("#", 1)[-1] if operation is not None else ""
    if name not in OPERATIONS:
        raise DerivationError("a derived figure needs a cg:operation",
                              "one of " + ", ".join(f"cg:{o}" for o in OPERATIONS))
    operands = operands_of(graph, node)
    if not operands:
        raise DerivationError("a derived figure needs cg:operands ( ... )")
    terms = [_term(graph, o, codes, iris, done, out, stack) for o in operands]
    stated_unit = graph.value(node, QUDT.unit)
    unit = codes.get(URIRef(stated_unit)) if stated_unit is not None else None
    rate = None
    if name == "Convert" and unit is not None and graph.value(node, CG.atRate) is None and \
            graph.value(node, CG.atImpliedRateOf) is None:
        # units of one dimension at another scale: QUDT's conversion multipliers
        from kg.vocab import vocabulary
        factor = vocabulary().factor(terms[0].unit, unit)
        if factor is None:
            raise DerivationError(
                f"{terms[0].unit} cannot be converted into {unit} without a rate",
                "two currencies need cg:atRate or cg:atImpliedRateOf; other units must share "
                "a QUDT dimension and quantity kind")
        scaled = terms[0]
        term = Term(scaled.value * factor, scale(scaled.interval, factor), unit)
    elif name == "Convert":
        if unit is None:
            raise DerivationError("a conversion needs the qudt:unit it converts into")
        rate, source = _rate(graph, node, codes, iris, done, out, stack)
        if source is not None and source != (terms[0].unit, unit):
            raise DerivationError(
                f"the rate converts {source[0]} into {source[1]}, not {terms[0].unit} into "
                f"{unit}", "name a conversion between these two currencies")
    if not (name == "Convert" and rate is None):
        term = evaluate(name, terms, rate, unit)
    low, high = term.interval.low, term.interval.high
    term = Term(_round(term.value), Interval(None if low is None else _round(low, ROUND_FLOOR),
                                             None if high is None else _round(high, ROUND_CEILING)),
                term.unit)
    done[node] = term
    from kg.figures import decimal_literal
    out.add((node, QUDT.numericValue, decimal_literal(term.value)))
    if term.interval.low is not None:
        out.add((node, CG.lowerBound, decimal_literal(term.interval.low)))
    if term.interval.high is not None:
        out.add((node, CG.upperBound, decimal_literal(term.interval.high)))
    if stated_unit is None and term.unit in iris:
        out.add((node, QUDT.unit, iris[term.unit]))
    for o in operands:
        out.add((node, PROV.wasDerivedFrom, o))
    return term


def _stated(graph: Graph, node: Node, codes: dict[URIRef, str]) -> Term:
    from kg.figures import decimal_value
    value = decimal_value(graph.value(node, QUDT.numericValue))
    if value is None:
        raise DerivationError(f"the operand <{node}> is no figure of this document")
    low, high = (decimal_value(graph.value(node, p)) for p in (CG.lowerBound, CG.upperBound))
    unit = graph.value(node, QUDT.unit)
    return Term(value, Interval(low if low is not None else value, high),
                codes.get(URIRef(unit)) if unit is not None else None)


def _rate(graph: Graph, node: Node, codes, iris, done, out,
          stack) -> tuple[Term, tuple[str | None, str | None] | None]:
    """The rate to convert at, and (from, into) where a conversion relation gives it."""
    figure = graph.value(node, CG.atRate)
    if figure is not None:
        return _term(graph, figure, codes, iris, done, out, stack), None
    relation = graph.value(node, CG.atImpliedRateOf)
    if relation is None:
        raise DerivationError("a conversion needs cg:atRate or cg:atImpliedRateOf",
                              "name the rate figure, or the conversion whose rate to use")
    amount = graph.value(relation, CG.amount)
    converted = graph.value(relation, CG.convertedAmount)
    if amount is None or converted is None:
        raise DerivationError(f"<{relation}> is no conversion with cg:amount and "
                              "cg:convertedAmount")
    a = _term(graph, amount, codes, iris, done, out, stack)
    c = _term(graph, converted, codes, iris, done, out, stack)
    implied = div(a.interval, c.interval)
    if implied is None or c.value == 0:
        raise DerivationError("the conversion's converted amount may be zero")
    return Term(a.value / c.value, implied, None), (a.unit, c.unit)


def _round(x: Decimal, rounding: str = ROUND_HALF_EVEN) -> Decimal:
    """``x`` to :data:`DIGITS` significant digits; bounds round outwards, so the interval
    never loses a value it holds."""
    from kg.numbers import canonical
    if x == 0:
        return Decimal(0)
    return canonical(x.quantize(Decimal(1).scaleb(x.adjusted() - DIGITS + 1), rounding=rounding))


# --- compound growth: the rate a period that two figures imply ----------------------------

#: decimal places of a power (as Oxigraph's xsd:decimal holds 18), so a message shows the
#: same digits whichever engine reads it (kg.check.shapes.LONG_QUOTIENT rounds them)
PLACES = 18


def power(base: Decimal, exponent: Decimal) -> Decimal | None:
    """``base`` to the power ``exponent`` to :data:`PLACES` decimal places; None where it is
    undefined (a negative base and a fractional exponent, zero to a negative power).

    >>> power(Decimal("1.1"), Decimal(2))
    Decimal('1.21')
    """
    try:
        if exponent == exponent.to_integral_value():
            with localcontext() as ctx:
                ctx.prec = 60
                result = base ** int(exponent)
        else:
            if base < 0:
                return None
            with localcontext() as ctx:
                ctx.prec = 40
                result = (base.ln() * exponent).exp() if base > 0 else Decimal(0)
        with localcontext() as ctx:
            ctx.prec = 60
            return result.quantize(Decimal(1).scaleb(-PLACES)).normalize() \
                if result != 0 else result
    except (InvalidOperation, ZeroDivisionError, OverflowError):
        return None


def per_period(ratio: Decimal | None, periods: Decimal) -> Decimal | None:
    """((ratio)^(1/periods) - 1) x 100, the average rate a period; None where undefined."""
    if ratio is None:
        return None
    with localcontext() as ctx:
        ctx.prec = 40
        grown = power(ratio, Decimal(1) / periods)
    return None if grown is None else (grown - 1) * 100


def _quotient(a: Decimal | None, b: Decimal | None) -> Decimal | None:
    if a is None or not b:
        return None
    with localcontext() as ctx:
        ctx.prec = 40
        return a / b


def implied_rates(graph: Graph) -> Graph:
    """The average rate a period each compound-growth relation's initial and final figures
    imply, with the interval their precision allows, as a ``cg:ImpliedRate`` of the relation
    (``<relation>/implied-rate``) that ``cg:CompoundGrowthShape`` compares with the stated
    rate.  SPARQL 1.1 has no root, so the build computes it here, like a figure's interval,
    and any SHACL-SPARQL engine checks the same data.  A bound the figures leave undefined
    is not written: no upper bound where the final figure is open above; a lower bound of
    -100 where the initial one is.

    >>> r, a, b = URIRef("ex:r"), URIRef("ex:a"), URIRef("ex:b")
    >>> g = Graph().parse(format="turtle", data='''
    ...     <ex:r> a <https://w3id.org/claimgraph/ns#CompoundGrowthRelation> ;
    ...         <https://w3id.org/claimgraph/ns#initial> <ex:a> ;
    ...         <https://w3id.org/claimgraph/ns#final> <ex:b> ;
    ...         <https://w3id.org/claimgraph/ns#periods> 2 .
    ...     <ex:a> <http://qudt.org/schema/qudt/numericValue> 100.0 .
    ...     <ex:b> <http://qudt.org/schema/qudt/numericValue> 121.0 .''')
    >>> str(implied_rates(g).value(URIRef("ex:r/implied-rate"), QUDT.numericValue))
    '10.0'
    """
    from kg.figures import decimal_literal, decimal_value
    out = Graph(store="SimpleMemory")
    for relation in sorted(graph.subjects(RDF.type, CG.CompoundGrowthRelation)):
        initial, final = graph.value(relation, CG.initial), graph.value(relation, CG.final)
        periods = decimal_value(graph.value(relation, CG.periods))
        if initial is None or final is None or periods is None or periods <= 0 or \
                not isinstance(relation, URIRef):
            continue
        first, last = bounds(graph, initial), bounds(graph, final)
        computed = per_period(_quotient(decimal_value(graph.value(final, QUDT.numericValue)),
                                         decimal_value(graph.value(initial, QUDT.numericValue))),
                               periods)
        # an initial figure open above can be any size: the rate can be as low as -100%
        low = Decimal(-100) if first.high is None else \
            per_period(_quotient(last.low, first.high), periods)
        high = per_period(_quotient(last.high, first.low), periods)
        node = URIRef(f"{relation}/implied-rate")
        out.add((relation, CG.impliedRate, node))
        out.add((node, RDF.type, CG.ImpliedRate))
        out.add((node, QUDT.unit, UNIT.PERCENT))
        for prop, value in ((QUDT.numericValue, computed), (CG.lowerBound, low),
                            (CG.upperBound, high)):
            if value is not None:
                out.add((node, prop, decimal_literal(value)))
        for figure in (initial, final):
            out.add((node, PROV.wasDerivedFrom, figure))
    return out
