"""Regression: the exchange rate a document gives must not depend on set order.

A document with several conversions between the same currencies got whichever rate
its graph yielded last, so the wrong-currency suggestion changed from run to run."""

from __future__ import annotations

from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from kg.diagnose.run import _rates
from kg.namespaces import CG, QUDT, UNIT

EX = "https://example.org/"


def conversion(g: Graph, name: str, cny: str, usd: str, rate: str | None = None) -> None:
    r, a, c = URIRef(EX + name), URIRef(EX + name + "-a"), URIRef(EX + name + "-c")
    g.add((r, RDF.type, CG.ConversionRelation))
    g.add((r, CG.amount, a))
    g.add((r, CG.convertedAmount, c))
    g.add((a, QUDT.numericValue, Literal(Decimal(cny))))
    g.add((a, QUDT.unit, UNIT.CCY_CNY))
    g.add((c, QUDT.numericValue, Literal(Decimal(usd))))
    g.add((c, QUDT.unit, UNIT.CCY_USD))
    if rate:
        f = URIRef(EX + name + "-rate")
        g.add((r, CG.rate, f))
        g.add((f, QUDT.numericValue, Literal(Decimal(rate))))


def test_a_stated_rate_wins_and_order_does_not_matter() -> None:
    for order in ((0, 1, 2), (2, 1, 0), (1, 2, 0)):
        g = Graph()
        made = [("z-implied", "62", "10", None), ("b-stated", "61.4", "10", "6.14"),
                ("a-stated", "70", "10", "7.00")]
        for i in order:
            conversion(g, *made[i])
        assert _rates(g) == {"CNY/USD": Decimal("7.00")}  # first stated rate by IRI
