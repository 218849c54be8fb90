"""A headline's "record" (a highest yet) names nothing a figure "recorded" in another year is
of: "the €45.5 million recorded in 2024" under "… book record €48m …" is an earlier level,
not the headline's figure said again, and the two are never tied as one quantity."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations

WEAVERS = ("Rug makers around the lake, whose kilims hang in homes from Lyon to Lima, sold "
           "goods worth €48.3 million last year, according to their guild. That was 6.2% "
           "more than the €45.5 million recorded in 2024.\n")


def test_a_figure_recorded_in_another_year_is_not_the_headline_s_record(
        tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Lakeland weavers book record €48m as Asian orders grow",
                           WEAVERS, "RestatementRelation") == []
    assert violations(tmp_path) == []
