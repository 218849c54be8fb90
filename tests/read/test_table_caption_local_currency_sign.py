"""A table's caption that gives its cells' currency by the sign a country writes for its
own money ("(NT$ million)", "(R$ thousand)", "(E£ million)") reads the cells in that
currency, never in the US dollar or pound whose symbol the sign contains; so a sentence
giving a cell's amount with the same sign restates that cell."""

from __future__ import annotations

from pathlib import Path

from tests.read import read_labels
from tests.read.test_local_dollars import units

TEAHOUSE = """# Jade Hill Tea Co. annual results 2025

Jade Hill Tea Co. sold 1,920 tonnes of oolong in 2025. Sales rose to NT$486.5 million,
and operating profit reached NT$58.3 million.

Key figures (NT$ million)

| Item | 2025 | 2024 |
|---|---|---|
| Sales | 486.5 | 441.2 |
| Operating profit | 58.3 | 49.7 |
"""

FERRIES = """# Alexandria harbour ferries, 2025

Ticket income came to E£212.4 thousand, against E£198.0 thousand a year earlier.

Income by route (E£ thousand)

| Route | 2025 | 2024 |
|---|---|---|
| Ras el-Tin | 131.6 | 120.9 |
| Montaza | 80.8 | 77.1 |
| Total | 212.4 | 198.0 |
"""


def test_a_caption_s_local_dollar_sign_is_that_country_s_currency(tmp_path: Path) -> None:
    read_as = units(tmp_path, TEAHOUSE)
    assert read_as["486.5"] == "CCY_TWD" and read_as["58.3"] == "CCY_TWD"
    assert read_as["NT$486.5 million"] == "CCY_TWD"


def test_a_caption_s_local_pound_sign_is_not_sterling(tmp_path: Path) -> None:
    read_as = units(tmp_path, FERRIES)
    assert read_as["131.6"] == "CCY_EGP" and read_as["212.4"] == "CCY_EGP"


def test_the_sentence_restates_the_cell_in_that_currency(tmp_path: Path) -> None:
    labels = read_labels(tmp_path, "tea.md", TEAHOUSE, "RestatementRelation")
    assert "Sales, 2025: the table and the text" in labels
    assert "Operating profit, 2025: the table and the text" in labels
