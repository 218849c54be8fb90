"""kg read: "each ticket brought in an average of £30" shares out the takings before it ("brought
in" earns; it adds nothing to a sum), and "our £8 tickets for students" set beside it is the
price of a kind of the things counted, never the total the average spreads."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def _averages(tmp_path: Path, text: str) -> list[str]:
    tmp_path.mkdir()
    return relation_labels(tmp_path, "Theatre note", text, "AverageRelation")


def test_brought_in_an_average_shares_out_the_takings_before_it(tmp_path: Path) -> None:
    assert _averages(tmp_path / "earned", "Across 40 shows the theatre sold 12,000 tickets. "
                     "Ticket income reached £360,000, so each ticket brought in an average of "
                     "£30.") == ["£360,000 ÷ 12,000 = £30 each"]


def test_a_price_set_before_the_things_counted_is_no_total(tmp_path: Path) -> None:
    assert _averages(tmp_path / "alone", "Across 40 shows the theatre sold 12,000 tickets. "
                     "Each ticket brought in an average of £30 once our £8 tickets for "
                     "students are taken into account.") == []
    assert _averages(tmp_path / "both", "Across 40 shows the theatre sold 12,000 tickets. "
                     "Ticket income reached £360,000, so each ticket brought in an average of "
                     "£30 once our £8 tickets for students are taken into account.") == [
        "£360,000 ÷ 12,000 = £30 each"]
