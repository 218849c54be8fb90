"""A sentence's relation whose other figure only the table gives: "rose 6.0% to $4,400
million" is a change from the row's earlier cell."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read

TEXT = """Retail trade, third quarter 2024

In the west, sales rose 6.0% to $4,400 million. In the east, sales climbed by $50 million,
to $5,470 million, up 0.9%. In the north, sales were up 2.0% to $1,212 million, against
$1,188 million a year earlier. Sales in the south changed 1.5% to $914 million.

Table 1. Retail sales by region (millions of dollars)

  Region       Q3 2023     Q3 2024    % change
  West           4,150       4,400        6.0
  East           5,420       5,470        0.9
  North          1,188       1,212        2.0
  South            928         914       -1.5
"""


def relations(tmp_path: Path) -> str:
    source = tmp_path / "r.txt"
    source.write_text(TEXT, encoding="utf-8")
    made = read(source, tmp_path / "c")
    return (made.folder / "relations.ttl").read_text(encoding="utf-8")


def blocks(turtle: str, kind: str) -> list[str]:
    return [" ".join(b.split()) for b in turtle.split("\n\n") if f"a cg:{kind} ;" in b
            and ":r-y" in b]


def test_a_change_the_sentence_states_starts_from_the_table_s_earlier_cell(
        tmp_path: Path) -> None:
    read_relations = relations(tmp_path)
    changes = blocks(read_relations, "PercentChangeRelation")
    initials = sorted(re.search(r"cg:initial (:\S+)", b).group(1) for b in changes)
    # the west's and the east's 2023 cells; the north's sentence names its own base, which
    # the words relate already; the south's "changed" says no direction: nothing is read
    assert initials == [":f-t1-r1-c1", ":f-t1-r2-c1"]
    # the north's change the words state with its own base: read from the sentence alone
    assert 'rdfs:label "$1,188 million to $1,212 million: up 2.0%"' in read_relations
    assert all("cg:direction cg:Increase" in b for b in changes)


def test_rose_by_an_amount_is_the_difference_from_the_table_s_earlier_cell(
        tmp_path: Path) -> None:
    differences = blocks(relations(tmp_path), "DifferenceRelation")
    assert len(differences) == 1
    assert "cg:subtrahend :f-t1-r2-c1" in differences[0]


SHARES = """Charity accounts 2024

Income reached £9.2 million. Trusts, our second source of income, provided 14 percent of
the total. Corporate partners gave 6.6% of all income.

Table 1. Income by source (£000)

  Source                 2023       2024
  Individual donors     2,700      2,846
  Trusts                1,250      1,312
  Corporate partners      580        604
  Total income          4,530      4,762
"""


def test_a_share_of_the_total_a_sentence_states_of_a_row_it_names(tmp_path: Path) -> None:
    """'Trusts … provided 14 percent of the total': the Trusts row's latest cell over the
    total row's (1,312 of 4,762 is 27.6 percent: the check says so); 'Corporate partners
    gave 6.6% of all income' likewise (604 of 4,762 is 12.7 percent)."""
    source = tmp_path / "r.txt"
    source.write_text(SHARES, encoding="utf-8")
    made = read(source, tmp_path / "c")
    shares = blocks((made.folder / "relations.ttl").read_text(encoding="utf-8"),
                    "ShareRelation")
    portions = sorted(re.search(r"cg:portion (:\S+) ; cg:whole (:\S+)", b).groups()
                      for b in shares)
    assert portions == [(":f-t1-r2-c2", ":f-t1-r4-c2"), (":f-t1-r3-c2", ":f-t1-r4-c2")]


CLINICS = """Clinic audit 2025

Across the three clinics, 610 of 900 patients were seen within a week. Northgate again did
best, with 81.5% of patients meeting the target.

Table 1. Waiting times by clinic

  Clinic        Patients    Seen in a week    Seen in a week (%)
  Northgate          200               163                  81.5
  Riverside          300               197                  65.7
  Eastfield          400               250                  62.5
  Total              900               610                  67.8
"""


def test_a_share_the_row_states_itself_is_no_share_of_the_total(tmp_path: Path) -> None:
    """"Northgate …, with 81.5% of patients meeting the target" restates the row's own
    percent cell (163 of 200): never the row's 200 patients over the total's 900."""
    source = tmp_path / "r.txt"
    source.write_text(CLINICS, encoding="utf-8")
    made = read(source, tmp_path / "c")
    relations = made.folder / "relations.ttl"
    shares = blocks(relations.read_text(encoding="utf-8"), "ShareRelation") \
        if relations.exists() else []
    assert not [b for b in shares if "81.5%" in b and "cg:portion :f-t1-r1-c1 " in b]


def test_a_change_of_another_clause_is_no_change_to_the_row_s_figure() -> None:
    """"Ferries led, carrying 8,200, while buses edged up just 0.5%": were the 0.5% tied
    to the ferries' change cell, the words still give it to another subject."""
    from kg.read import _completions
    from kg.read.ties import PERCENT, SentenceFigure

    sentence = ("Ferries led the way, carrying 8,200 passengers a day, while buses trailed, "
                "edging up just 0.5% to 4,020.")
    level = SentenceFigure("f-1", "c-1", sentence, "count", "8,200")
    change = SentenceFigure("f-2", "c-1", sentence, PERCENT, "just 0.5%")
    tied = [(level, ":f-t1-r1-c2", "Ferries, 2024", True),
            (change, ":f-t1-r1-c3", "Ferries, Change", True)]
    changes = {":f-t1-r1-c3": ("PercentChangeRelation", ":f-t1-r1-c1", ":f-t1-r1-c2")}
    assert _completions([level, change], tied, changes) == []
    # the same words without the second subject: the change is the row's
    joined = sentence.replace(", while buses trailed,", ",")
    level, change = (SentenceFigure(f.local, f.claim, joined, f.unit, f.quote)
                     for f in (level, change))
    tied = [(level, ":f-t1-r1-c2", "Ferries, 2024", True),
            (change, ":f-t1-r1-c3", "Ferries, Change", True)]
    assert len(_completions([level, change], tied, changes)) == 1


PORTS = """Harbour traffic 2025

The harbour handled 3,410.6 thousand tonnes in 2025. Grain, the oldest trade, made up just
under a third (31.4%) of harbour tonnage. Coal stood at 12.5% of the fuels total. The west
quay supplied 30.8% of the harbour's outbound cargo.

Table 1. Harbour tonnage by cargo (thousand tonnes)

| Cargo | 2024 | 2025 |
| Grain | 1,020.0 | 1,072.7 |
| Timber | 700.1 | 751.3 |
| Fuels | 1,400.0 | 1,410.0 |
| Coal | 180.0 | 176.6 |
| All cargo | 3,300.1 | 3,410.6 |

Table 2. Cargo by quay, 2025 (thousand tonnes)

| Quay | Inbound | Outbound |
| East quay | 2,000.0 | 900.0 |
| West quay | 110.6 | 400.0 |
| All quays | 2,110.6 | 1,300.0 |
"""


def test_a_share_whose_whole_names_a_column_the_caption_or_a_row(tmp_path: Path) -> None:
    """'(31.4%) of harbour tonnage' after its row: the whole is what the caption counts,
    the total row's cell in the latest column, which the text states to as many digits
    (3,410.6), so the text's figure; 'of the harbour's outbound cargo' names the Outbound
    column; 'of the fuels total' is the Fuels row's total, not the table's: no share."""
    source = tmp_path / "r.txt"
    source.write_text(PORTS, encoding="utf-8")
    made = read(source, tmp_path / "c")
    shares = [b for b in blocks((made.folder / "relations.ttl").read_text(encoding="utf-8"),
                                "ShareRelation") if "(the table)" in b]
    portions = sorted(re.search(r"cg:portion (:\S+) ; cg:whole (:\S+)", b).groups()
                      for b in shares)
    assert portions == [(":f-t1-r1-c2", ":f-1"), (":f-t2-r2-c2", ":f-t2-r3-c2")]


def test_a_change_restated_alone_is_the_row_s_change_the_way_the_words_say() -> None:
    """"In March, orders fell 2.4%" restating March's change cell, no level beside it: the
    row's own two cells are the change's ends and the words give its way, so a cell of
    +2.4 said as a fall is checked (a restatement compares sizes only)."""
    from kg.read import _completions
    from kg.read.ties import PERCENT, SentenceFigure

    sentence = "March broke the run: orders fell 2.4%, as two large contracts slipped."
    change = SentenceFigure("f-1", "c-1", sentence, PERCENT, "2.4%")
    tied = [(change, ":f-t1-r3-c3", "March, Change (%)", True)]
    changes = {":f-t1-r3-c3": ("PercentChangeRelation", ":f-t1-r3-c1", ":f-t1-r3-c2")}
    (touched, turtle), = _completions([change], tied, changes)
    assert touched == {"f-1"}
    assert "cg:initial :f-t1-r3-c1 ; cg:final :f-t1-r3-c2 ; cg:change :f-1" in turtle
    assert "cg:direction cg:Decrease" in turtle
    # words that say no way ("changed") leave it unread
    still = SentenceFigure("f-1", "c-1", sentence.replace("fell", "changed"), PERCENT, "2.4%")
    assert _completions([still], [(still, ":f-t1-r3-c3", "March", True)], changes) == []


HARBOUR = """Harbour dues, 2025

Dues from cruise calls went up by £46,000 to £512,000. Cargo dues came to £1,204,000,
some £38,000 less than a year earlier. Berthing fees climbed to £98,000.

Table 1. Dues by source (£)

| Source | 2024 | 2025 | Change (%) |
| Cruise calls | 466,000 | 512,000 | 9.9 |
| Cargo | 1,242,000 | 1,204,000 | -3.1 |
| Berthing fees | 91,000 | 98,000 | 7.7 |
"""


def test_an_amount_moved_by_with_no_percent_beside_it_is_the_gap_to_the_earlier_cell(
        tmp_path: Path) -> None:
    """"went up by £46,000 to £512,000", "£1,204,000, some £38,000 less than a year
    earlier": the level restates the row's latest cell, so the amount is its gap to the
    row's earlier cell, the words saying which is the larger; "climbed to £98,000" states
    no amount of the move."""
    source = tmp_path / "r.txt"
    source.write_text(HARBOUR, encoding="utf-8")
    made = read(source, tmp_path / "c")
    turtle = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    differences = blocks(turtle, "DifferenceRelation")
    pairs = sorted((re.search(r"cg:minuend (:\S+)", b).group(1),
                    re.search(r"cg:subtrahend (:\S+)", b).group(1)) for b in differences)
    # cruise: the sentence's £512,000 less the row's 2024 cell; cargo: the 2024 cell less
    # the sentence's £1,204,000 ("less")
    assert [p[1] for p in pairs if p[1].startswith(":f-t")] == [":f-t1-r1-c1"]
    assert [p[0] for p in pairs if p[0].startswith(":f-t")] == [":f-t1-r2-c1"]
    assert len(pairs) == 2


def test_the_amount_a_restated_change_moved_by_is_the_gap_between_the_row_s_cells() -> None:
    """"Tram boardings rose 8.0%, or 0.52 million": the percent restates the row's change
    cell and the amount after "or" is the gap between the row's two cells, the later the
    larger for a rise."""
    from kg.read import _completions
    from kg.read.ties import PERCENT, SentenceFigure

    sentence = "Tram boardings rose 8.0%, or 0.52 million, after the new line opened."
    change = SentenceFigure("f-1", "c-1", sentence, PERCENT, "8.0%")
    amount = SentenceFigure("f-2", "c-1", sentence, "count", "0.52 million")
    tied = [(change, ":f-t1-r2-c3", "Tram, Change (%)", True)]
    changes = {":f-t1-r2-c3": ("PercentChangeRelation", ":f-t1-r2-c1", ":f-t1-r2-c2")}
    made = _completions([change, amount], tied, changes)
    assert [touched for touched, _ in made] == [{"f-1"}, {"f-2"}]
    assert "cg:minuend :f-t1-r2-c2 ; cg:subtrahend :f-t1-r2-c1 ; cg:difference :f-2" in \
        made[1][1]


def test_an_amount_by_a_cause_is_no_gap_to_the_earlier_cell(tmp_path: Path) -> None:
    """"Cruise dues rose to £512,000, helped by £46,000 from two new lines": "by" names a
    cause, so the amount is no gap between the row's cells."""
    source = tmp_path / "r.txt"
    source.write_text(HARBOUR.replace("Dues from cruise calls went up by £46,000 to £512,000.",
                                      "Dues from cruise calls went up to £512,000, helped by "
                                      "£46,000 from two new lines."), encoding="utf-8")
    made = read(source, tmp_path / "c")
    turtle = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    assert not [b for b in blocks(turtle, "DifferenceRelation") if ":f-t1-r1-c1" in b]


def test_a_move_in_per_cent_between_two_rates_is_no_difference() -> None:
    """'The jobless rate dropped by 0.8 per cent, to 5.3 per cent' tied to a rates table's
    row: the change is read from the row's earlier cell, but no difference is, since a gap
    between two percentages is in points; a move said in per cent is the change itself (or
    a relative one), never the difference of the rates."""
    from kg.read import _completions
    from kg.read.ties import PERCENT, SentenceFigure

    said = "The jobless rate dropped by 0.8 per cent, to 5.3 per cent, the lowest in a decade."
    change = SentenceFigure("f-1", "c-1", said, PERCENT, "0.8 per cent")
    level = SentenceFigure("f-2", "c-1", said, PERCENT, "5.3 per cent")
    tied = [(change, ":f-t1-r2-c4", None, True), (level, ":f-t1-r2-c3", None, True)]
    changes = {":f-t1-r2-c4": ("PercentagePointChangeRelation", ":f-t1-r2-c1", ":f-t1-r2-c3")}
    read = [turtle for _, turtle in _completions([change, level], tied, changes)]
    assert len(read) == 1 and "a cg:PercentagePointChangeRelation" in read[0]
    assert not any("DifferenceRelation" in turtle for turtle in read)
