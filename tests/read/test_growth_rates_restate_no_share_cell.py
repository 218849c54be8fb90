"""kg read: a percent the words give as a rate of growth ("have grown 7.4% a year") is no
cell of a column of shares, even where the column's head and the sentence name the same
measure ("Share of 2025 sales (%)" and "sales"); a share the words give still restates its
cell."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels

TABLE = ("Table 1. Sales by region (thousands of euros)\n\n"
         "| Region | FY2025 | FY2024 | Share of FY2025 sales (%) |\n"
         "|---|---|---|---|\n"
         "| Coastal | 5,120 | 4,870 | 64.0 |\n"
         "| Inland | 2,880 | 2,730 | 36.0 |\n"
         "| Total sales | 8,000 | 7,600 | 100.0 |\n\n")


def test_a_growth_rate_a_year_restates_no_share_cell(tmp_path: Path) -> None:
    text = TABLE + ('"Sales have grown 7.4% a year on average since fiscal 2021, and inland '
            'is now our fastest-growing region," the chair said.\n')
    labels = relation_labels(tmp_path, "Orchard co-op", text, "RestatementRelation",
                             name="orchard.md")
    assert not any("Share of" in label for label in labels)


def test_a_share_the_words_give_still_restates_its_cell(tmp_path: Path) -> None:
    text = TABLE + "Coastal stores made up 64.0% of total sales in fiscal 2025.\n"
    labels = relation_labels(tmp_path, "Orchard co-op", text, "RestatementRelation",
                             name="orchard.md")
    assert any(label.startswith("Coastal, Share of") for label in labels)


def test_a_level_a_year_earlier_is_no_rate_a_year() -> None:
    """"… compared with 58.0% a year earlier": the period of a level, never a rate a year,
    so the share column's words may still take it."""
    from kg.read.ties import PERCENT, SentenceFigure, _fits

    sentence = ("The coastal share of total sales reached 61.5%, compared with 58.0% a year "
                "earlier.")
    earlier = SentenceFigure(local="f-2", claim="c-1", sentence=sentence, unit=PERCENT,
                             quote="58.0%")
    yearly = SentenceFigure(local="f-3", claim="c-2", unit=PERCENT, quote="7.4%",
                            sentence="Coastal sales have grown 7.4% a year.")
    assert _fits(earlier, "Share of total sales (%)", "share")
    assert not _fits(yearly, "Share of total sales (%)", "share")
