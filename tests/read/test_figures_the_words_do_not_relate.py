"""Wordings that made kg read tie figures the words do not relate (each a false violation
of kg check): a count's noun past a hyphened modifier ("2,140 bike-share trips"); an
interval of the figure right before it, not of one further back ("a median stay of 6 days
(interquartile range 3 to 11)"); a total row's cell in a column of averages as a share's
whole; a superlative "apart from" a row; "of EPS" for the figure of earnings per share; a
headline's words matched by a clause joined on past a figure; "the rest, X, or P%" as a
part of its sibling; a day without a year told as gone by, later in the year than the
text's date."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read
from tests.read import relation_blocks, relation_labels


def test_a_count_s_noun_stands_past_its_hyphened_modifier(tmp_path: Path) -> None:
    found = relation_labels(
        tmp_path, "Cycle scheme review",
        "The scheme logged 2,140 bike-share-related complaints, in a year when 3.4 million "
        "rides were made. Handling the complaints cost €96,300 in all, an average of €45 per "
        "complaint.", "AverageRelation")
    assert found == ["€96,300 ÷ 2,140 = €45 each"]


def test_an_interval_is_of_the_figure_right_before_it(tmp_path: Path) -> None:
    read_to = tmp_path / "n.txt"
    read_to.write_text("Ward audit\n\nMost admissions were emergencies (512; 64.0%), with a "
                       "median stay of 6 days (interquartile range 3 to 11).\n",
                       encoding="utf-8")
    made = read(read_to, tmp_path / "c")
    blocks = relation_blocks(made.folder, "ComparisonRelation")
    quotes = dict(re.findall(r':(f-\d+) a cg:Figure ;[^\n]*\n(?:    [^\n]*\n)*?    cg:quote '
                             r'"([^"]*)"', (made.folder / "claims.ttl").read_text()))
    count = next(k for k, q in quotes.items() if q == "512")
    assert not any(f":{count} " in b + " " for b in blocks)


TABLE = """Staff absence 2025

Staff took an average of 8.6 days of sick leave per employee in 2025.

Table 1: Absence by team, 2025

| Team | Staff | Days lost ('000) | Average days per employee, 2025 |
|---|---|---|---|
| North | 4,100 | 81.0 | 9.9 |
| South | 3,600 | 69.0 | 7.3 |
| Total | 7,700 | 150.0 | 8.6 |

Long-term absences made up 61.2 thousand days, or 40.8% of all days lost.
"""


def test_a_total_row_cell_of_an_average_column_is_no_whole(tmp_path: Path) -> None:
    (tmp_path / "t.md").write_text(TABLE, encoding="utf-8")
    made = read(tmp_path / "t.md", tmp_path / "c")
    path = made.folder / "relations.ttl"
    turtle = path.read_text(encoding="utf-8") if path.exists() else ""
    shares = [b for b in turtle.split("\n\n") if "a cg:ShareRelation" in b]
    assert not any("cg:whole :f-t1-r3-c3" in " ".join(b.split()) for b in shares)


RANKED = """Fleet report 2025

{sentence}

Table 1. Breakdowns by depot

  Depot       Breakdowns
  Harbour         412
  Hillside        389
  Riverside       455
  Airport         201
  Total         1,457
"""


def _comparisons(tmp_path: Path, sentence: str) -> list[tuple[str, str]]:
    (tmp_path / "r.txt").write_text(RANKED.format(sentence=sentence), encoding="utf-8")
    made = read(tmp_path / "r.txt", tmp_path / "c")
    path = made.folder / "relations.ttl"
    turtle = path.read_text(encoding="utf-8") if path.exists() else ""
    return sorted(re.search(r"cg:greater (:\S+) ; cg:lesser (:\S+)", " ".join(b.split()))
                  .groups() for b in turtle.split("\n\n") if "a cg:ComparisonRelation ;" in b)


def test_a_superlative_apart_from_a_row_leaves_that_row_out(tmp_path: Path) -> None:
    found = _comparisons(tmp_path, "Harbour had the highest count apart from Riverside, at "
                                   "412 breakdowns.")
    # Harbour above the largest of the rest (Hillside), never above Riverside
    assert found == [(":f-t1-r1-c1", ":f-t1-r2-c1")]


def test_of_eps_names_the_earnings_per_share(tmp_path: Path) -> None:
    found = relation_labels(
        tmp_path, "Annual results",
        "Revenue rose to $212.0 million and underlying profit reached $40.1 million. "
        "Underlying earnings per share were 31.5 cents. Total dividends for the year are "
        "18.9 cents, a payout of 60.0% of underlying EPS.", "ShareRelation")
    assert "18.9 cents is 60.0% of 31.5 cents" in found
    assert not any("of $212.0 million" in f and "18.9" in f for f in found)


def test_a_headline_figure_is_not_a_move_of_a_clause_joined_on(tmp_path: Path) -> None:
    (tmp_path / "h.md").write_text(
        "# Orchard Foods lifts adjusted profit 12.0%\n\nSales grew 4.0% to $88.2 million and "
        "adjusted profit reached $9.4 million in the year.\n", encoding="utf-8")
    made = read(tmp_path / "h.md", tmp_path / "c")
    blocks = relation_blocks(made.folder, "RestatementRelation")
    assert not any("12.0% in the headline, 4.0%" in b for b in blocks)


def test_the_rest_is_a_part_beside_its_sibling(tmp_path: Path) -> None:
    found = relation_labels(
        tmp_path, "New library",
        "The building cost £12.5 million, split between the council, which paid £7.5 "
        "million, and the trust, which raised the rest, £5.0 million or 40%.",
        "ShareRelation")
    assert not any("of £7.5 million" in f for f in found)
    assert found == ["£5.0 million is 40% of £12.5 million"]


def test_a_day_told_as_gone_by_is_of_the_year_before(tmp_path: Path) -> None:
    source = tmp_path / "y.txt"
    source.write_text("Our year at the pool\n\nPosted 9 February 2025\n\nThe busiest day was "
                      "29 December, when 840 swimmers came. The pool reopens on 14 March.\n",
                      encoding="utf-8")
    made = read(source, tmp_path / "c")
    claims = (made.folder / "claims.ttl").read_text(encoding="utf-8")
    assert 'cg:date "2024-12-29"^^xsd:date' in claims
    assert 'cg:date "2025-03-14"^^xsd:date' in claims
