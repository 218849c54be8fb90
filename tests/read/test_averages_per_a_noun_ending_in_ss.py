"""kg read: a noun that ends in "-ss" ("class", "glass", "business") is its own singular, so
"per class" names the things "140 classes" counts — the plural and the singular share one
stem (cutting the singular's last "s" made "clas", then "cla", which no count matched)."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations


def _averages(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Studio annual review, 2025", text, "AverageRelation")


def test_per_class_is_over_the_classes_counted(tmp_path: Path) -> None:
    assert _averages(tmp_path, "Our tutors ran 140 classes, with 1,680 people attending, "
                               "about 12 per class.") == ["1,680 ÷ 140 = about 12 each"]
    assert violations(tmp_path) == []


def test_per_glass_is_over_the_glasses_counted(tmp_path: Path) -> None:
    assert _averages(tmp_path, "The bar sold 600 glasses of cider for £2,700, or £4.50 per "
                               "glass.") == ["£2,700 ÷ 600 = £4.50 each"]


def test_per_class_with_no_classes_counted_reads_nothing(tmp_path: Path) -> None:
    # (the workshops counted are no classes)
    assert _averages(tmp_path, "Our tutors ran 140 workshops, with 1,680 people attending, "
                               "about 12 per class.") == []
