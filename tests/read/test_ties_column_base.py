"""A column whose head states the amount its cells are for ("You get for $200") holds no
restatement of a sentence figure stated for another amount ("$600 buys you €547.20")."""

from __future__ import annotations

from pathlib import Path

from kg.read import read
from tests.read.test_ties import ties_in

SHOP = """Dollar exchange desk

Flying to Lisbon? $600 buys you €547.20 at our rate of 0.9120 euros to the dollar.

| Currency | Rate (per $1) | You get for $200 |
|---|---|---|
| Euro (EUR) | 0.9120 | €182.40 |
| Pound (GBP) | 0.7850 | £157.00 |
"""

SAME = SHOP.replace("$600 buys you €547.20", "$200 buys you €182.40")


def relations(tmp_path: Path, text: str) -> tuple[str, str]:
    source = tmp_path / "shop.md"
    source.write_text(text, encoding="utf-8")
    made = read(source, tmp_path / "c")
    return tuple(p.read_text(encoding="utf-8") if p.exists() else "" for p in (
        made.folder / "relations.ttl", made.folder / "suggestions.ttl"))


def test_a_figure_for_another_amount_is_not_the_column_s(tmp_path: Path) -> None:
    checked, proposed = relations(tmp_path, SHOP)
    assert not any("You get for $200" in label for label in ties_in(checked + proposed))


def test_a_figure_for_the_column_s_own_amount_is_tied(tmp_path: Path) -> None:
    checked, _ = relations(tmp_path, SAME)
    assert any("You get for $200" in label for label in ties_in(checked))


def test_a_scale_or_a_rate_s_unit_in_a_head_is_no_base_amount() -> None:
    from kg.read.ties import SentenceFigure, _other_base

    said = SentenceFigure("f-1", "c-1", "Fees came to £8.85 million, up from £8.60 million.",
                          "http://qudt.org/vocab/unit/CCY_GBP", "£8.85 million")
    assert not _other_base(said, "2025 £000")
    assert not _other_base(said, "Rate (per £1)")
    assert _other_base(said, "Cost for £500")
