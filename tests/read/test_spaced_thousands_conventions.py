"""Numbers whose thousands a space groups, in the documents that write them so: beside
decimal commas ("8 000 m³" where "412,6" is the decimal), with a decimal point ("2 031.4",
strong evidence, and one cell of a PDF table), and the South African amounts around them
("R7.40", "(cents)" rows); "0.6 of a percentage point" is in points. Numbers that merely
stand side by side stay apart."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from kg.numbers import (decimal_commas, find_mentions, number_conventions, parse_quantity,
                        writes_space_thousands)
from kg.read import read
from kg.read.extract import extract
from kg.read.tables import _head_unit, _symbol_then_words
from tests.read.test_extract import write_pdf


def _figure(claims: str, quote: str) -> tuple[str, str]:
    m = re.search(r'    cg:quote "' + re.escape(quote) + r'" ;\n    qudt:numericValue (\S+) ;\n'
                  r'    qudt:unit (\S+) ;', claims)
    assert m, quote
    return m.group(1), m.group(2)


def test_a_decimal_comma_document_reads_its_space_grouped_whole_numbers(tmp_path: Path) -> None:
    source = tmp_path / "quarry.txt"
    source.write_text(
        "Granite output, second half\n\nThe quarries cut 412,6 thousand tonnes, against "
        "398,1 thousand tonnes a year before, a rise of 3,6 %. Only pits licensed for more "
        "than 8 000 m³ a year are counted; 23 500 workers were employed.\n", encoding="utf-8")
    claims = (read(source, tmp_path / "c").folder / "claims.ttl").read_text(encoding="utf-8")
    assert _figure(claims, "more than 8 000 m³")[0] == "8000"
    assert _figure(claims, "23 500")[0] == "23500"
    assert '"000 m³"' not in claims and _figure(claims, "412,6 thousand tonnes")[0] == "412600"


def test_the_decimal_comma_scanner_keeps_spaced_digits_apart_where_they_are_no_group() -> None:
    with decimal_commas(True):
        assert [m.text for m in find_mentions("ring 20 411 0987 today")] == \
            ["20", "411", "0987"]
        assert [m.value for m in find_mentions("9 650 units and 1 250,5 kg")] == \
            [Decimal("9650"), Decimal("1250.5")]


def test_a_caption_s_unit_symbol_followed_by_words_is_the_table_s_unit(tmp_path: Path) -> None:
    assert _symbol_then_words("thousand m³ roundwood") == (3, "M3")
    assert _symbol_then_words("t dry weight") == (0, "TONNE")
    assert _symbol_then_words("thousands of visitors") is None
    assert _symbol_then_words("per cent") is None
    source = tmp_path / "fellings.txt"
    source.write_text(
        "Fellings by district\n\nTable 2. Fellings by district, first half\n"
        "(thousand m³ roundwood)\n\n"
        "District          H1 2025     H1 2026\n"
        "--------------------------------------\n"
        "Eastmark            214,3       220,9\n"
        "Westmark            187,6       181,2\n"
        "--------------------------------------\n"
        "Total               401,9       402,1\n", encoding="utf-8")
    claims = (read(source, tmp_path / "c").folder / "claims.ttl").read_text(encoding="utf-8")
    assert _figure(claims, "214,3") == ("214300", "unit:M3")


def test_spaced_groups_with_a_decimal_point_count_double() -> None:
    # two of them show the convention; two bare spaced groups do not
    assert writes_space_thousands("Turnover rose to 2 031.4 million from 1 987.2 million.")
    assert not writes_space_thousands("Turnover rose to 2 031 jobs from 1 987 jobs.")
    # and a document that groups with commas still does
    assert not writes_space_thousands(
        "Sales were 2 031.4 units; 4,100 in May, 5,200 in June, 6,300 in July.")


def test_a_pdf_cell_with_a_spaced_group_and_a_decimal_point_is_one_cell(tmp_path: Path) -> None:
    path = tmp_path / "results.pdf"
    words = [(72, 72, "Summary (R million)", True), (250, 90, "2026", True),
             (330, 90, "2025", True)]
    for n, (label, a, b) in enumerate([("Turnover", "2 031.4", "1 987.2"),
                                       ("Gross profit", "733.9", "702.5"),
                                       ("Net profit", "211.0", "198.6")]):
        words += [(72, 108 + 16 * n, label, False), (250, 108 + 16 * n, a, False),
                  (330, 108 + 16 * n, b, False)]
    write_pdf(path, words)
    text = extract(path).text
    assert "| Turnover | 2 031.4 | 1 987.2 |" in text


def test_a_south_african_text_reads_rands_and_cents_glued_to_r() -> None:
    with number_conventions(rand=True):
        found = find_mentions("a tub cost R7.40, up from R6.95 in spring")
    assert [(m.text, m.value, m.unit) for m in found] == [
        ("R7.40", Decimal("7.40"), "ZAR"), ("R6.95", Decimal("6.95"), "ZAR")]
    assert parse_quantity("R7.40").unit == "ZAR"
    # elsewhere an "R" before a number is no currency
    assert all(m.unit is None for m in find_mentions("the R7.40 release notes"))


def test_a_fraction_of_a_percentage_point_is_in_points() -> None:
    m = find_mentions("the margin widened by 0.6 of a percentage point")[0]
    assert (m.text, m.value, m.unit) == ("0.6 of a percentage point", Decimal("0.6"),
                                         "PERCENT_POINT")
    assert parse_quantity("0.6 of a percentage point").unit == "PERCENT_POINT"


def test_a_cents_row_is_in_hundredths_of_the_table_s_currency(tmp_path: Path) -> None:
    # (and "(R million)" is the rand in a South African text)
    assert _head_unit("Earnings per share (cents)") == (-2, None)
    assert _head_unit("Payout (cents per share)") == (-2, None)
    source = tmp_path / "results.txt"
    source.write_text(
        "Karoo Pantry results, South Africa\n\nTable 1. Group summary (R million)\n\n"
        "Item                         2026      2025\n"
        "-------------------------------------------\n"
        "Turnover                    812.4     770.1\n"
        "Operating profit             96.3      88.7\n"
        "Earnings per share (cents)   64.2      58.9\n", encoding="utf-8")
    claims = (read(source, tmp_path / "c").folder / "claims.ttl").read_text(encoding="utf-8")
    assert _figure(claims, "64.2") == ("0.642", "unit:CCY_ZAR")
    assert _figure(claims, "812.4") == ("812400000", "unit:CCY_ZAR")
