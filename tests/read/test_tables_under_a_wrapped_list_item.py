"""kg read: a list item of plain text wrapped onto an indented line, then a blank line and a
table, is the text's: the wrapped line's figures are read in the item's sentence, not taken
for the table's caption (a caption set right under a list, level with it, still is one)."""

from __future__ import annotations

from pathlib import Path

from tests.read import figure_quotes, sum_labels

_TABLE = ("\n"
          "                     2025      2024\n"
          "  High Street         410       380\n"
          "  Market Square       290       270\n"
          "                   ------    ------\n"
          "  Total               700       650\n")


def test_a_wrapped_list_item_above_a_table_is_read_as_text_not_its_caption(
        tmp_path: Path) -> None:
    text = ("Corner Bakeries: results for 2025\n\nHIGHLIGHTS\n\n"
            "  * Sales of £700,000, up from £650,000\n"
            "  * Second-half payout of 6.0 pence per share, bringing the\n"
            "    full-year payout to 10.0 pence (first half: 4.0 pence)\n\n"
            "SALES BY SHOP (£ thousand)\n" + _TABLE)
    assert "4.0 pence + 6.0 pence = 10.0 pence" in sum_labels(tmp_path, "bakery.txt", text)
    assert {"10.0 pence", "4.0 pence"} <= set(figure_quotes(tmp_path / "c" / "bakery").values())
    # a caption level with the list item right above it is still the table's: its
    # thousands make the first cell £410,000, not £410
    sum_labels(tmp_path, "ovens.txt", "Corner Bakeries: results for 2025\n\nHIGHLIGHTS\n\n"
               "* Sales of £700,000, up from £650,000\nSales by shop (£ thousand)\n" + _TABLE)
    claims = (tmp_path / "c" / "ovens" / "claims.ttl").read_text(encoding="utf-8")
    assert "410000" in claims
