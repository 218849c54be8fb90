"""kg read: a sentence naming the first of a row's two goods ("Coffee sales rose 6.1%" beside
the row "Coffee & tea") restates that row's cell, not the total row's that "sales" alone
would name; the row's two cells are then the ends of the change the sentence states."""

from __future__ import annotations

from pathlib import Path

from tests.read import read_labels

TEXT = """# Hillcrest Grocers half-year 2025

Coffee sales rose 6.1% as the new single-origin range reached every store.

Sales by category (thousands of pounds)

| Category | H1 2025 | H1 2024 | % change |
|---|---|---|---|
| Bakery & cakes | 812.4 | 790.1 | 2.8 |
| Coffee & tea | 433.9 | 408.9 | 6.1 |
| Total sales | 1,246.3 | 1,199.0 | 3.9 |
"""


def test_the_first_of_two_goods_names_their_row(tmp_path: Path) -> None:
    labels = read_labels(tmp_path, "grocers.md", TEXT, "RestatementRelation")
    assert labels == ["Coffee & tea, % change: the table and the text"]


def test_the_change_runs_between_that_row_s_cells(tmp_path: Path) -> None:
    read_labels(tmp_path, "grocers.md", TEXT, "PercentChangeRelation")
    turtle = (tmp_path / "c" / "grocers" / "relations.ttl").read_text(encoding="utf-8")
    stated = [" ".join(b.split()) for b in turtle.split("\n\n") if ":r-y" in b]
    assert any("cg:initial :f-t1-r2-c2 ; cg:final :f-t1-r2-c1" in b for b in stated)
