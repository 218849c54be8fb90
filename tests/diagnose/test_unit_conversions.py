"""What the other figure implies for one side of a measure restated in another unit ("26.2
miles (42.2 km)"): QUDT's multipliers, as cg:UnitConversionShape converts."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef

from kg.diagnose.implied import implied
from kg.namespaces import CG, UNIT
from tests.diagnose import relation_graph

R, A, C = (URIRef(f"urn:t:{x}") for x in ("r", "amount", "converted"))


def conversion(amount: tuple[str, str, URIRef], converted: tuple[str, str, URIRef]) -> Graph:
    """A conversion with no rate whose two figures have (low, high, unit)."""
    return relation_graph(R, CG.ConversionRelation, [(A, CG.amount, amount),
                                                     (C, CG.convertedAmount, converted)])


def test_miles_restated_in_kilometres_imply_each_other() -> None:
    # 26.2 miles stated as 52.2 km (42.2 with a slipped digit)
    g = conversion(("26.15", "26.25", UNIT.MI), ("52.15", "52.25", UNIT.KiloM))
    km = implied(g, R, C)
    assert km is not None
    assert float(km.low) == pytest.approx(26.15 * 1.609344)
    assert float(km.high) == pytest.approx(26.25 * 1.609344)
    miles = implied(g, R, A)
    assert miles is not None and float(miles.low) == pytest.approx(52.15 / 1.609344)


def test_money_without_a_rate_implies_nothing() -> None:
    # dollars to pounds convert at a rate the text must state: no multiplier stands in for it
    g = conversion(("99.5", "100.5", UNIT.CCY_USD), ("79.5", "80.5", UNIT.CCY_GBP))
    assert implied(g, R, C) is None and implied(g, R, A) is None
