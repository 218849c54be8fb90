"""A document that groups thousands with a space ("48 215 visits", "R12 500") is read with
that convention, decided from its own numbers; an apostrophe grouping ("2'417 staff") is one
number anywhere; an "R" glued to an amount in a South African text is the rand ("R27
million"); numbers that merely stand side by side stay two; and the quotes kg read writes
for them read alike in kg check."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from kg.numbers import (find_mentions, number_conventions, parse_quantity,
                        writes_space_thousands)
from kg.read import read
from kg.read.tables import find_tables
from tests.read import figure_values, read_problems


def test_a_document_with_space_thousands_reads_them_and_checks(tmp_path: Path) -> None:
    source = tmp_path / "ferries.txt"
    source.write_text(
        "Island ferries, summer season\n\nThe ferries carried 48 215 passengers this summer, "
        "up 6.1 per cent from 45 446 a year earlier. Cars rose to 12 904 from 12 377, and "
        "the season's fares brought in 1 236 500 kronor.\n", encoding="utf-8")
    made = read(source, tmp_path / "c")
    figures = figure_values(made.folder)
    assert figures.get("48 215") == "48215"
    assert figures.get("45 446") == "45446"
    assert figures.get("12 904") == "12904" and figures.get("12 377") == "12377"
    assert figures.get("1 236 500 kronor") == "1236500"
    assert read_problems(made.folder) == []


def test_a_south_african_text_reads_the_glued_rand(tmp_path: Path) -> None:
    source = tmp_path / "reserve.txt"
    source.write_text(
        "Karee Valley reserve, South Africa\n\nFencing cost R27 million last year and "
        "R4.5bn is planned nationally; a ranger's patrol costs R12 500 a week, R650 000 a "
        "year, and the levy is R1 250 a night.\n", encoding="utf-8")
    made = read(source, tmp_path / "c")
    figures = figure_values(made.folder)
    assert figures.get("R27 million") == "27000000"
    assert figures.get("R4.5bn") == "4500000000"
    assert figures.get("R12 500") == "12500" and figures.get("R650 000") == "650000"
    assert "unit:CCY_ZAR" in (made.folder / "claims.ttl").read_text(encoding="utf-8")
    assert read_problems(made.folder) == []


def test_apostrophe_thousands_are_one_number_anywhere(tmp_path: Path) -> None:
    source = tmp_path / "works.txt"
    source.write_text("Rheintal Werke half-year\n\nThe group employed 2'417 people, against "
                      "2'388 a year before, and paid CHF 14'250.75 in fees.\n", encoding="utf-8")
    made = read(source, tmp_path / "c")
    figures = figure_values(made.folder)
    assert figures.get("2'417") == "2417"
    assert figures.get("2'388") == "2388"
    assert figures.get("CHF 14'250.75") == "14250.75"
    assert read_problems(made.folder) == []
    assert parse_quantity("2’417").value == Decimal("2417")


def test_the_convention_is_decided_by_the_document_s_numbers() -> None:
    assert writes_space_thousands("Visits: 48 215, 45 446 and 12 904 in all.")
    # a telephone number, a post code, a passcode: no convention
    assert not writes_space_thousands("Call 01632 960 000 or write to Pune 411 014; "
                                      "passcode 552 310. Sales were 4,215 and 3,980.")
    assert not writes_space_thousands("Call +44 20 555 0134 or +41 44 555 12 80.")
    # more thousands commas than spaced numbers: the commas are the convention
    assert not writes_space_thousands("Sales 4,215, 3,980, 7,100 and 2,250; "
                                      "bays 1 200, 3 400 and 5 600.")


def test_side_by_side_numbers_stay_two() -> None:
    with number_conventions(space_thousands=True):
        def read_(text: str) -> list[tuple[str, Decimal | None]]:
            return [(m.text, m.value) for m in find_mentions(text) if m.kind != "date"]
        # a year, then a count
        assert read_("In 2024 1 350 boats docked.") == [("2024", Decimal(2024)),
                                                          ("1 350", Decimal(1350))]
        assert read_("in 2024 300 people came") == [("2024", Decimal(2024)),
                                                    ("300", Decimal(300))]
        # a table's label, then a count
        assert read_("Table 4 120 cases") == [("120", Decimal(120))]
        # a telephone number is no grouped number
        assert all(m[1] < 1000 for m in read_("ring +27 21 555 0142 today"))
        # a range of two grouped numbers
        got = find_mentions("between 5 000–6 000 bags")
        assert (got[0].value, got[0].upper) == (Decimal(5000), Decimal(6000))
    # outside such a document, as before: two numbers
    assert [m.value for m in find_mentions("48 215 passengers")] == [48, 215]


def test_quotes_with_grouped_thousands_read_alike_in_check() -> None:
    assert parse_quantity("48 215 passengers").value == Decimal(48215)
    assert parse_quantity("2 345 678").value == Decimal(2345678)
    assert parse_quantity("£1 204m").value == Decimal(1204000000)
    rand = parse_quantity("R12 500")
    assert (rand.value, rand.unit) == (Decimal(12500), "ZAR")
    rand = parse_quantity("R27 million")
    assert (rand.value, rand.unit) == (Decimal(27000000), "ZAR")


def test_a_single_spaced_row_keeps_its_columns() -> None:
    text = ("Herd count\n\nSpecies 2023 2024 Change (%)\nRed deer 3 180 3 412 7.3\n"
            "Fallow deer 902 846 -6.2\nRoe deer 1 310 1 204 -8.1\n\nThe herds grew.\n")
    with number_conventions(space_thousands=True):
        rows = [[c.text if c else None for c in r.cells] for r in find_tables(text)[0].rows]
    assert rows == [["3 180", "3 412", "7.3"], ["902", "846", "-6.2"],
                    ["1 310", "1 204", "-8.1"]]
