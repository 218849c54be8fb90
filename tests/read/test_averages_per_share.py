"""kg read: an amount per share ("$0.52 per diluted share") averages the profit the words set
it beside over the count of shares a note of the document says the per-share amounts are
worked on ("Per-share amounts are based on 9.4 million weighted average diluted shares"),
though the note comes after; "€2.10 of earnings per share" names the measure between the
amount and the thing it is per."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def _averages(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Quarterly results", text, "AverageRelation")


def test_a_per_share_amount_takes_the_share_count_a_later_note_gives(tmp_path: Path) -> None:
    assert _averages(tmp_path, "Net income was $4.9 million, or $0.52 per diluted share. "
                               "Revenue rose 8% to $61.0 million.\n\nPer-share amounts are "
                               "based on 9.4 million weighted average diluted shares "
                               "outstanding.") == ["$4.9 million ÷ 9.4 million = $0.52 each"]
    # no note of the share count: no count, no average
    (tmp_path / "none").mkdir()
    assert _averages(tmp_path / "none", "Net income was $4.9 million, or $0.52 per diluted "
                                        "share. Revenue rose 8% to $61.0 million.") == []


def test_an_amount_of_a_measure_per_share_is_an_average(tmp_path: Path) -> None:
    assert _averages(tmp_path, "Net profit was €31.5 million. With 15.0 million shares in "
                               "issue, that is €2.10 of earnings per share.") == [
        "€31.5 million ÷ 15.0 million = €2.10 each"]
