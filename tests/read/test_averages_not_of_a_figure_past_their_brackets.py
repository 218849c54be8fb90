"""kg read: an average in brackets ("(five per plot across the 48 plots)") restates the
figure the brackets follow; a figure past their close ("over two summers") is no total
of it."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_a_bracketed_average_is_of_the_figure_before_its_brackets(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Field trial methods, 14 April 2025",
        "Beetles were counted in 240 pitfall traps (five per plot across the 48 plots) over "
        "two summers.", "AverageRelation") == ["240 ÷ 48 = five each"]
