"""A unit a caption's line gives one kind of column only ("Fees in NOK thousand" over
"Members 2023 | Members 2024 | Fees 2023 | Fees 2024") is those columns' alone: the other
columns count things; and a bare amount "out of" an amount in a currency is in that currency
("GBP 2.4 million out of 3.1 million"); and a sentence that leads into a table ("kept by 27
members, so hours are short:") is no caption: its figures are read as its own."""

from __future__ import annotations

from pathlib import Path

from tests.read.test_figures_rupees_and_placed_crowns import text_figures, text_units

TABLE = """Rowing club annual statistics

Table 2: Members and fees, 2023 and 2024
Fees in NOK thousand

Category                 2023    2024  Change %   Fees 2023   Fees 2024
Senior rowers             412     436       5.8       824.0       915.6
Junior rowers             187     201       7.5       130.9       150.8
All members               599     637       6.3       954.9     1,066.4
"""


def test_a_caption_line_s_unit_goes_to_the_columns_it_names(tmp_path: Path) -> None:
    got = text_units(tmp_path, TABLE)
    assert got.get("824.0") == "CCY_NOK" and got.get("1,066.4") == "CCY_NOK"
    # the members counted are no kroner
    assert got.get("412") == "NUM" and got.get("637") == "NUM"


def test_a_bare_amount_out_of_an_amount_takes_its_currency(tmp_path: Path) -> None:
    got = text_units(tmp_path, "Theatre accounts\n\nTicket sales made up most of the income, "
                               "GBP 2.4 million out of 3.1 million.\n")
    assert got.get("GBP 2.4 million") == "CCY_GBP"
    assert got.get("3.1 million") == "CCY_GBP"


CRATES = """Apple growers' season report

Table 3. Apples packed, millions of 18 kg crate equivalents

Variety           2023    2024  Change %   Tonnes, 2024
Gala              12.4    13.1       5.6        235 800
Fuji               8.2     7.9      -3.7        142 200
All apples        20.6    21.0       1.9        378 000
"""


def test_a_head_s_own_unit_is_not_the_table_s_nor_in_its_caption_s_things(
        tmp_path: Path) -> None:
    got = text_figures(tmp_path, CRATES)
    # the crates counted in millions are no tonnes
    assert got.get("12.4") == ("NUM", "12400000") and got.get("21.0") == ("NUM", "21000000")
    # the tonnes a column's head names are not scaled by the caption's millions of crates
    assert got.get("235 800") == ("TONNE", "235800")


def test_a_sentence_that_leads_into_a_table_keeps_its_figures(tmp_path: Path) -> None:
    got = text_figures(tmp_path, "Community boat shed\n\nWhen can I visit?\nThe shed is kept "
                                 "by 27 members, so visiting hours are short:\n\n"
                                 "Day             Opens    Hours\n"
                                 "Monday          17:00        3\n"
                                 "Wednesday       17:00        3\n"
                                 "Sunday          10:00        5\n"
                                 "Total per week              11\n")
    assert got.get("27") == ("NUM", "27")
