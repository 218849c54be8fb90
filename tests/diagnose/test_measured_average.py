"""What the other figures imply for one figure of an average over a measured count (issue
30): the solver scales by QUDT's multipliers as cg:AverageShape does."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef

from kg.diagnose.implied import implied
from kg.namespaces import CG, UNIT
from tests.diagnose import relation_graph

R, A, N, V = (URIRef(f"urn:t:{x}") for x in ("r", "aggregate", "count", "average"))


def average(aggregate: tuple[str, str, URIRef], count: tuple[str, str, URIRef],
            mean: tuple[str, str, URIRef]) -> Graph:
    """A relation whose figures have (low, high, unit)."""
    return relation_graph(R, CG.AverageRelation, [(A, CG.aggregate, aggregate),
                                                  (N, CG["count"], count),
                                                  (V, CG.average, mean)])


def test_a_yield_in_kg_per_ha_from_tonnes_and_hectares() -> None:
    # 10,044 tonnes on 1,240 hectares stated as 1,800 kg/ha (8,100 with its digits swapped)
    g = average(("10043.5", "10044.5", UNIT.TONNE), ("1235", "1245", UNIT.HA),
                ("1750", "1850", UNIT["KiloGM-PER-HA"]))
    mean = implied(g, R, V)
    assert mean is not None  # kg/ha: 1000 / (10000 x 0.0001) = 1000 kg/ha a tonne a hectare
    assert float(mean.low) == pytest.approx(10043.5 * 1000 / 1245)
    assert float(mean.high) == pytest.approx(10044.5 * 1000 / 1235)
    hectares = implied(g, R, N)  # 10,044 tonnes at 1,800 kg/ha would be some 5,580 hectares
    assert hectares is not None and float(hectares.low) == pytest.approx(10043.5 * 1000 / 1850)
    tonnes = implied(g, R, A)
    assert tonnes is not None and float(tonnes.high) == pytest.approx(1850 * 1245 / 1000)


def test_a_mean_in_mwh_from_a_total_in_gwh() -> None:
    g = average(("19.55", "19.65", UNIT["GigaW-HR"]), ("8166.5", "8167.5", UNIT.NUM),
                ("2.35", "2.45", UNIT["MegaW-HR"]))
    mean = implied(g, R, V)
    assert mean is not None  # in MWh a home: GWh are 1,000 MWh
    assert float(mean.low) == pytest.approx(19.55 * 1000 / 8167.5)
    assert float(mean.high) == pytest.approx(19.65 * 1000 / 8166.5)
    total = implied(g, R, A)
    assert total is not None and float(total.low) == pytest.approx(2.35 * 8166.5 / 1000)
    homes = implied(g, R, N)
    assert homes is not None and float(homes.high) == pytest.approx(19.65 * 1000 / 2.35)
