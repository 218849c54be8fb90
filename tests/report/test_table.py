"""The findings as a table for people (the app's CSV): the text report's words, cell by
cell."""

from __future__ import annotations

import csv
import dataclasses
import io

import pytest

from kg.build import build_corpus
from kg.check import check_corpus
from kg.report import sources
from kg.report.table import COLUMNS, finding_rows, to_csv
from tests.conftest import PAPER_DIR


@pytest.fixture(scope="module")
def paper():
    result = build_corpus(PAPER_DIR)
    return check_corpus(result), sources(result)


def test_a_row_is_text_with_the_quote_and_the_diagnosis(paper) -> None:
    report, texts = paper
    rows = list(csv.DictReader(io.StringIO(to_csv(finding_rows(report.findings, report,
                                                                texts)))))
    assert list(rows[0]) == list(COLUMNS)
    total = next(r for r in rows if r["id"].endswith("r-bf-sum/sum"))
    assert total["severity"] == "VIOLATION" and total["accepted"] == "" and total["message"] == ""
    assert total["quote"].split(" · ")[0] == "910 million US dollars"
    assert total["diagnosis"] == ("'910 million US dollars' (910 million US dollars) is most "
                                  "likely 9.1 billion US dollars — power of ten (×10)")
    assert total["expected"] == "3.21 billion US dollars (3.155 to 3.265 billion US dollars)"


def test_a_label_that_is_a_formula_or_holds_control_characters_is_text(paper) -> None:
    report, texts = paper
    hostile = dataclasses.replace(report.findings[0], label="=HYPERLINK(\"http://x\")\x1b[2K")
    [row] = finding_rows([hostile], report, texts)
    assert row["relation"] == "'=HYPERLINK(\"http://x\")\\x1b[2K"
