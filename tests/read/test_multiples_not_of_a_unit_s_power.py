"""kg read: "64 snails m−2 …, against 20 snails m−2 …, or 3.2 times as many": the power of
the unit after the things counted is no figure (it makes the count a density, QUDT's number
per square metre), so the multiple is of the densities stated, not of a "2" read out of
"m−2"."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_a_density_per_square_metre_is_the_multiple(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Wetland snail survey, 14 July 2025",
        "Snail density reached 64 snails m−2 in wet plots, against 20 snails m−2 in dry plots, or "
        "3.2 times as many.", "MultipleRelation") == [
        "20 snails m−2 × 3.2 = 64 snails m−2 (3.2 times)"]
