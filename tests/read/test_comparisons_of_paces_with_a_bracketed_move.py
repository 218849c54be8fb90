"""kg read: a change said to go faster or slower than another ("… up 12.0%, while visits
grew more slowly, from 41,200 to 44,100 (7.0%)") may give its own size in brackets after the
move "from" one level "to" another: that bracketed percent is the change the pace word
speaks of, set against the other change of the clause before."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def test_a_slower_move_with_its_percent_in_brackets_is_compared(tmp_path: Path) -> None:
    labels = relation_labels(tmp_path, "Gallery note", "Ticket sales grew 12.0%, while "
                             "visits grew more slowly, from 41,200 to 44,100 (7.0%).",
                             "ComparisonRelation")
    assert "12.0% > 7.0%" in labels
    labels = relation_labels(tmp_path / "b", "Insurer note", "Claims climbed from 380 to 472, "
                             "up 24.2%, while policies rose less steeply, from 1.20 million to "
                             "1.39 million (15.8%).", "ComparisonRelation")
    assert "24.2% > 15.8%" in labels


def test_a_faster_move_with_its_percent_in_brackets_is_compared(tmp_path: Path) -> None:
    labels = relation_labels(tmp_path, "Charity note", "Costs rose 3.1%, while income rose "
                             "faster, from £2.1 million to £2.3 million (9.5%).",
                             "ComparisonRelation")
    assert "9.5% > 3.1%" in labels
