"""A share in brackets right before a colon or a semicolon ("233 (55.7%): 120 girls and 113
boys") is read as one before a comma is: the bracket and the colon are punctuation, not the
face spaCy's tokenizer takes "):" for."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def _shares(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Reading test, 2025", text, "ShareRelation")


def test_a_bracketed_share_before_a_colon(tmp_path: Path) -> None:
    assert _shares(tmp_path, "Among the 418 pupils who sat the test, 233 (55.7%) passed: "
                             "120 girls and 113 boys.") == ["233 is 55.7% of 418"]
    (tmp_path / "colon").mkdir()
    assert _shares(tmp_path / "colon", "Of the 418 pupils who sat the test, 233 (55.7%): "
                                       "120 girls and 113 boys, passed.") == [
        "233 is 55.7% of 418"]
