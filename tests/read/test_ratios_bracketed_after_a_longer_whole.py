"""kg read: a fraction whose whole is named in up to five words before a bracket that gives
the part and the whole ("three-quarters of all the fibres counted (600 of 800)") is the
ratio of the two the bracket gives."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations


def _ratios(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Sampling note, 2025", text, "RatioRelation")


def test_four_words_name_the_whole(tmp_path: Path) -> None:
    assert _ratios(tmp_path, "Nylon accounted for three-quarters of all fibres counted "
                             "(600 of 800).") == ["600 is three-quarters of 800"]
    assert violations(tmp_path) == []


def test_a_bracket_that_does_not_make_the_fraction_is_a_violation(tmp_path: Path) -> None:
    assert _ratios(tmp_path, "Nylon and acrylic together made up a quarter of the fibres "
                             "identified (300 of 800).") == ["300 is a quarter of 800"]
    assert violations(tmp_path) == ["ratio"]
