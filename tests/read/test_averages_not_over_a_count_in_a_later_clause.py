"""kg read: an average with a bare "each" ("an average of 3,150 kWh each") is not spread
over a count that a relative clause after it gives ("…, which the trust says saved some
41,000 kg of coal"): that clause counts other things."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_a_count_in_a_which_clause_after_the_average_is_not_its_things(
        tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Elmsworth community energy, 9 April 2025",
        "The village's solar roofs generated an estimated 0.5 million kWh last year, an "
        "average of around 3,150 kWh each, which the trust says replaced some 2.3 million "
        "kettle boils.", "AverageRelation") == []


def test_the_one_count_before_a_bare_each_is_still_read(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Elmsworth community energy, 9 April 2025",
        "The trust's 160 solar roofs generated 504,000 kWh last year, an average of 3,150 "
        "kWh each.", "AverageRelation") == ["504,000 kWh ÷ 160 = 3,150 kWh each"]
