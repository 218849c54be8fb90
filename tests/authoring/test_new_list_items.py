"""A bulleted list whose items end without a full stop: each item is a sentence of its own,
so a change in one item takes no amount of another."""

from __future__ import annotations

from pathlib import Path

from kg.authoring.new import _sentences

ITEMS = ("Half-year summary\n\n"
         "  - Sales of €84.2 million, up 6.1% on a year ago\n"
         "  - Gross margin widened by 1.4 points\n    to 38.0%\n"
         "  - Net loss narrowed by €9.6 million to €41.0 million\n")


def test_each_item_of_a_bulleted_list_is_its_own_sentence() -> None:
    assert [sentence for sentence, _ in _sentences(ITEMS)] == [
        "- Sales of €84.2 million, up 6.1% on a year ago",
        "- Gross margin widened by 1.4 points to 38.0%",
        "- Net loss narrowed by €9.6 million to €41.0 million"]


def test_a_change_in_one_item_takes_no_other_item_s_amount(tmp_path: Path) -> None:
    """'narrowed by €9.6 million' is the net loss's move, never the gap between the sales of
    the first item and the table's earlier sales."""
    from kg.read import read

    source = tmp_path / "r.txt"
    source.write_text(ITEMS +
                      "\nSelected data\n\n"
                      "                     H1 2025     H1 2024     Change\n"
                      "  Sales (€M)            84.2        79.4       6.1%\n"
                      "  Net loss (€M)         41.0        50.6\n", encoding="utf-8")
    made = read(source, tmp_path / "c")
    checked = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    assert "€84.2 million and the earlier figure" not in checked
