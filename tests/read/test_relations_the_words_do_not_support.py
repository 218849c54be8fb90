"""kg read draws no relation the words do not plainly support, where the figures would
otherwise be tied wrong and a check would flag a false error:

- a count followed by its noun and a gap to another level ("2,310 sheep below the 2024
  level") is that gap, not the level a table's cell holds;
- a percent "of" the whole a table's total row names ("31.5% of the claims settled") is a
  share of that whole, never the total row's own share of 100;
- "went the other way" is a direction, no remainder of an earlier total;
- an average per a kind of thing ("per approved grant") is not over a count of all the
  things ("1,900 grants requested");
- an amount set against a per-unit amount ("€410 a tonne, against €455 in 2023") is per
  unit too, no row of whole amounts;
- an interim or final dividend is one payment, no row of the year's whole dividend;
- a catch-all row ("Other crops") is never the row a bare "the crop" points back to;
and it ties what they do support: a row named by its label less its first word
("Equipment loans" of "Farm equipment loans"), at the period of the figure's own clause
(a "because … last year" clause dates its own event)."""

from __future__ import annotations

from pathlib import Path

from tests.read import read_labels, relation_blocks, relation_labels

FLOCK = ("Table 1. Sheep sent to slaughter\n\n"
         "| Category | 2024 | 2025 |\n"
         "|---|---:|---:|\n"
         "| Ewes | 41,200 | 38,890 |\n"
         "| Lambs | 120,400 | 126,300 |\n"
         "| Total | 161,600 | 165,190 |\n\n")


def test_a_gap_after_the_counted_noun_restates_no_level(tmp_path: Path) -> None:
    text = FLOCK + "Ewes came in 2,310 head below the 2024 level.\n"
    labels = relation_labels(tmp_path, "Flock report", text, "RestatementRelation",
                             name="flock.md")
    assert not any(label.startswith("Ewes") for label in labels)


def test_the_level_itself_still_restates_its_cell(tmp_path: Path) -> None:
    text = FLOCK + "Ewes sent to slaughter numbered 41,200 in 2024.\n"
    labels = relation_labels(tmp_path, "Flock report", text, "RestatementRelation",
                             name="flock.md")
    assert "Ewes, 2024: the table and the text" in labels


CLAIMS = ("Table 1. Insurance claims settled in 2025\n\n"
          "| Outcome | Claims | Share of settled (%) |\n"
          "|---|---:|---:|\n"
          "| Paid in full | 820 | 40.0 |\n"
          "| Paid in part | 410 | 20.0 |\n"
          "| Refused | 820 | 40.0 |\n"
          "| Total settled | 2,050 | 100.0 |\n\n")


def test_a_percent_of_the_total_rows_whole_is_not_its_share(tmp_path: Path) -> None:
    text = CLAIMS + ("Altogether 1,230 claims were paid in whole or in part, or 60.0% of "
                     "the claims settled.\n")
    labels = relation_labels(tmp_path, "Claims note", text, "RestatementRelation",
                             name="claims.md")
    assert not any(label.startswith("Total settled, Share") for label in labels)


def test_the_other_way_is_no_remainder(tmp_path: Path) -> None:
    text = ("Orchard report\n\nThe largest grower, Hillside Farm, picked 4,120 crates.\n\n"
            "Valley growers went the other way: they picked 960 crates in 2024 but only "
            "905 this season.\n")
    labels = read_labels(tmp_path, "orchard.txt", text, "SumRelation")
    assert not any("4,120" in label for label in labels)


def test_an_average_per_a_kind_is_not_over_all_the_things(tmp_path: Path) -> None:
    text = ("Grant round\n\nCharities sent in 1,900 grant requests this spring. "
            "The fund paid out $3.2 million in total, an average of $4,100 per approved "
            "grant.\n")
    labels = read_labels(tmp_path, "grants.txt", text, "AverageRelation")
    assert not any("1,900" in label for label in labels)


RESULTS = ("Karoo Feed Mills Limited: audited results for the year ended 31 December 2024\n\n"
           "Of revenue, the coastal depots contributed R2 500 million, with the inland "
           "depots making up the balance of R1 620 million.\n\n"
           "Summarised income statement\n\n"
           "| R million | FY2024 | FY2023 | Change (%) |\n|---|---:|---:|---:|\n"
           "| Revenue | 4 120 | 3 980 | 3.5 |\n"
           "| Headline earnings per share (cents) | 301.2 | 280.4 | 7.4 |\n"
           "| Dividend per share (cents) | 88.0 | 80.0 | 10.0 |\n\n")


def test_an_amount_set_against_a_per_unit_amount_is_per_unit(tmp_path: Path) -> None:
    text = RESULTS + "Realised revenue came to about R1 410 a tonne, against R1 520 in 2023.\n"
    labels = read_labels(tmp_path, "mill.md", text, "RestatementRelation")
    assert not any(label.startswith("Revenue") for label in labels)


def test_a_final_or_interim_dividend_is_not_the_years_dividend(tmp_path: Path) -> None:
    text = RESULTS + ("The board has declared a final gross cash dividend of 52.0 cents per "
                      "share (interim: 36.0 cents), payable on Monday, 14 April 2025.\n")
    labels = read_labels(tmp_path, "mill.md", text, "RestatementRelation")
    assert not any(label.startswith("Dividend per share") for label in labels)


def test_the_years_dividend_still_restates_its_row(tmp_path: Path) -> None:
    text = RESULTS + "The dividend per share for the year rose to 88.0 cents.\n"
    labels = read_labels(tmp_path, "mill.md", text, "RestatementRelation")
    assert "Dividend per share (cents), FY2024: the table and the text" in labels


def test_a_catch_all_row_is_not_what_the_bare_noun_names(tmp_path: Path) -> None:
    text = ("Crop census\n\nBarley plantings rose by 40 hectares; the crop now takes one "
            "in four of all farmed hectares.\n\n"
            "| Crop | 2025 |\n|---|---:|\n| Wheat | 500 |\n| Barley | 250 |\n"
            "| Other crops | 250 |\n| Total | 1,000 |\n")
    read_labels(tmp_path, "crops.md", text, "RatioRelation")
    assert not any("Other crops" in b for b in relation_blocks(tmp_path / "c" / "crops",
                                                               "RatioRelation"))


def test_a_row_named_by_its_label_less_its_first_word(tmp_path: Path) -> None:
    text = ("Budget 2026\n\nTable 1. Expenditure (EUR thousand)\n\n"
            "| Item | Budget 2025 | Budget 2026 |\n|---|---:|---:|\n"
            "| Farm equipment loans | 520 | 470 |\n| Staff and office | 300 | 330 |\n"
            "| Total | 820 | 800 |\n\n"
            "Equipment loans fall to EUR 470'000, because two big barn repairs were paid "
            "last year.\n")
    labels = read_labels(tmp_path, "budget.md", text, "RestatementRelation")
    assert "Farm equipment loans, Budget 2026: the table and the text" in labels


def test_a_final_dividend_no_other_payment_is_named_beside_is_the_years(tmp_path: Path
                                                                        ) -> None:
    text = RESULTS + "The board has declared a final dividend of 88.0 cents per share.\n"
    labels = read_labels(tmp_path, "mill.md", text, "RestatementRelation")
    assert "Dividend per share (cents), FY2024: the table and the text" in labels


def test_an_average_per_new_thing_is_over_the_things_added(tmp_path: Path) -> None:
    text = ("Ground plan\n\nThe rebuilt west terrace will add 120 seats and lift capacity "
            "from 900 to 1,020. The club puts the cost at £1.8 million, or £15,000 per new "
            "seat.\n")
    labels = read_labels(tmp_path, "depot.txt", text, "AverageRelation")
    assert "£1.8 million ÷ 120 = £15,000 each" in labels
