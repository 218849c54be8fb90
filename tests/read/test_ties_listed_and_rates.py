"""Sentence figures a table's row cell does not hold: a price for each unit of a measure, a
figure said of rows listed together (with "plus", or with a count of other things), and a
change column's cell for a period that is none of the table's."""

from __future__ import annotations

from pathlib import Path

from tests.read.test_ties import relations, restated, ties_in

HARVEST = """Orchard harvest, 2025

Table 1. Fruit picked by variety
  Variety              2024 (tonnes)   2025 (tonnes)   2025 value (£000)
  Bramley                      3,120           3,410               2,950
  Cox                          1,480           1,390               1,870
  Pears and quinces              760             820               1,040
  Total                        5,360           5,620               5,860

The average farm-gate price of Bramley fruit was nearly £865 a tonne. Orchard sales
were strong. Cox plus pears and quinces came to 2,210 tonnes and were worth £2.91 million.
"""


def test_a_price_for_each_tonne_restates_no_row_s_value(tmp_path: Path) -> None:
    checked, proposed = relations(tmp_path, HARVEST)
    assert not restated(tmp_path, "nearly £865", checked + proposed)


def test_rows_listed_with_plus_are_said_of_together_by_every_figure_after(
        tmp_path: Path) -> None:
    """'Cox plus pears and quinces came to 2,210 tonnes and were worth £2.91 million': both
    figures are of the two rows together, neither row's cell."""
    checked, proposed = relations(tmp_path, HARVEST)
    assert not restated(tmp_path, "2,210 tonnes", checked + proposed)
    assert not restated(tmp_path, "£2.91 million", checked + proposed)


DEPOTS = """Parcel volumes, 2025

Parcels handled across the firm's three depots and the Eastfield hub rose to 612,400 in
2025.

Table 1. Parcels by site
  Site               2024       2025
  Northgate       201,500    214,900
  Riverside       150,200    160,700
  Castle Lane      91,000     96,500
  Eastfield hub   131,900    140,300
  All sites       574,600    612,400
"""


def test_a_row_listed_with_a_count_of_other_sites_restates_no_row_s_cell(
        tmp_path: Path) -> None:
    """'the firm's three depots and the Eastfield hub rose to 612,400': the figure is of all
    the sites, not Eastfield hub's."""
    checked, proposed = relations(tmp_path, DEPOTS)
    assert not [tie for tie in ties_in(checked) + ties_in(proposed) if "Eastfield" in tie]


COACHES = """Coach travel, July to September 2025

Coaches carried 52,300 passengers in the third quarter of 2025, an increase of 4.0% on the
same quarter of 2024.

Table 1. Passengers by line
| Line | Q3 2024 passengers | Q3 2025 passengers | Change (%) |
|---|---:|---:|---:|
| Coastal | 30,100 | 31,400 | +4.3 |
| Uplands | 20,190 | 20,900 | +3.5 |
| All lines | 50,290 | 52,300 | +4.0 |

Over the first nine months of 2025 the lines carried 141,800 passengers, up 4.0% on the
same months of 2024.
"""


def test_a_change_for_a_period_none_of_the_table_s_does_not_redate_its_column(
        tmp_path: Path) -> None:
    """The nine months' '4.0%' is no change between the table's two third quarters: it is
    not checked as the change column's cell, which keeps the quarter the 4.0% of the third
    quarter is tied to."""
    source = tmp_path / "r.md"
    source.write_text(COACHES, encoding="utf-8")
    from kg.read import read
    made = read(source, tmp_path / "c")
    checked = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    claims = (made.folder / "claims.ttl").read_text(encoding="utf-8")
    ties = [b for b in checked.split("\n\n") if "RestatementRelation" in b]
    tied_to_change = [b for b in ties if "All lines, Change (%)" in b]
    assert len(tied_to_change) == 1
    cell = next(b for b in claims.split("\n\n") if b.startswith(":f-t1-r3-c3 "))
    assert "2025-Q3" in cell


ASIDE = """Interim results, first half 2025

Fees came to £41.3m (H1 2024: £37.9m), growth of 9.0%. Operating profit rose 4.0% to £5.2m.

Table 1. Summary income statement
  £ million                 H1 2025    H1 2024    Change
  Fees                         41.3       37.9      9.0%
  Operating profit              5.2        5.0      4.0%
"""


def test_a_row_named_before_an_aside_the_words_close_names_the_figure_after(
        tmp_path: Path) -> None:
    """'Fees came to £41.3m (H1 2024: £37.9m), growth of 9.0%': the bracketed base is an aside,
    so the 9.0% is still the fees' change."""
    checked, _ = relations(tmp_path, ASIDE)
    assert "Fees, Change: the table and the text" in ties_in(checked)
