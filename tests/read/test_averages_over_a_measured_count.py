"""kg read: an average over a measured count, where the units' dimensions name the roles: a
yield in tonnes per hectare is the sentence's tonnes over its hectares.  A second yield in the
sentence leaves the total unassigned, and a speed is not read over hours (the model reads a
count in hours as a number of periods).  A price "per tonne" (read in dollars, no unit of
money per mass) is the dollars over the tonnes per one tonne (cg:perUnit:
test_averages_per_measured_unit.py)."""

from __future__ import annotations

from pathlib import Path

from kg.build import build_corpus
from kg.check import check_corpus
from tests.read import relation_labels


def test_a_yield_per_hectare_is_the_tonnes_over_the_hectares(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Orchard survey 2025",
                           "Members picked 4,200 tonnes of pears from 600 hectares, a yield "
                           "of 7.0 tonnes per hectare.", "AverageRelation") == \
        ["4,200 tonnes ÷ 600 hectares = 7.0 tonnes per hectare each"]
    report = check_corpus(build_corpus(tmp_path / "c"))
    assert {f.check: f.severity for f in report.findings if f.severity != "pass"} == {}
    assert [f.severity for f in report.findings if f.check == "average"] == ["pass"]


def test_a_second_yield_or_a_speed_is_read_over_nothing_a_price_per_tonne_per_tonne(
        tmp_path: Path) -> None:
    # (each paragraph alone; the first, with one yield, and the price per tonne are read)
    assert relation_labels(tmp_path, "Orchard survey 2025",
                           "Growers picked 1,500 tonnes of plums from 300 hectares, a yield "
                           "of 5.0 t/ha.\n\nMembers picked 4,200 tonnes of pears from 600 "
                           "hectares, a yield of 7.0 t/ha against 6.1 t/ha a year before."
                           "\n\nThe mill sold 2,000 tonnes of flour for $9.0 million, or "
                           "$4,500 per tonne.\n\nThe launch covers 36 km in 2 hours, an "
                           "average of 18 km/h.", "AverageRelation") == \
        ["1,500 tonnes ÷ 300 hectares = 5.0 t/ha each",
         "$9.0 million ÷ 2,000 tonnes = $4,500 per tonne"]
