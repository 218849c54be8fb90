"""Figures read in the currency, scale and unit the document gives them: a bare "$" in the
dollar of the country a text's own web or mail address names (".au", ".nz") or of the
government it is funded by by a name only one dollar country uses ("provincial funding",
"Commonwealth grants"); an exchange rate glued to its currency's letter ("R17,95 to the
euro") kept whole; and a table's caption that is not the end of the sentence wrapped above
it, whose percent would otherwise become the cells' unit; and energy per cubic metre
("2.84 kWh/m³"), days and hours of a kind ("3.2 sickness days") and lane miles in theirs."""

from __future__ import annotations

from pathlib import Path

from kg.authoring.new import local_dollar
from kg.read import read
from kg.read.tables import find_tables
from tests.read import figure_values, read_problems
from tests.read.test_local_dollars import units


def test_a_dollar_of_the_country_its_address_names() -> None:
    assert local_dollar("Ferry trips rose to 2.1 million and fares to $9.4 million. "
                        "Enquiries: press@ferries.example.nz") == "NZD"
    assert local_dollar("Tickets cost $12. Book at https://www.theatre.example.com.au/") \
        == "AUD"
    # a country code a brand borrows places nothing; a US dollar named still rules
    assert local_dollar("The app raised $4 million. See www.tallyup.ai for more.") is None
    assert local_dollar("Sales of US$3 million and $2 million; info@mill.example.ca") is None


def test_a_dollar_of_the_government_that_funds_the_text() -> None:
    assert local_dollar("Grants: $41,000 in federal and provincial funding; rent $9,800.") \
        == "CAD"
    assert local_dollar("Revenue $52.1 billion, of which Commonwealth grants $19.3 billion.") \
        == "AUD"
    # "Commonwealth of Virginia": a US state's own name, no Australian grant
    assert local_dollar("The Commonwealth of Virginia paid $2 million in Commonwealth "
                        "grants.") is None


def test_a_dollar_placed_so_is_the_figures_unit(tmp_path: Path) -> None:
    got = units(tmp_path, "# Harbour pool annual note\n\nThe pool took $318,500 in entry fees, "
                          "up from $296,000.\n\nContact: office@harbourpool.example.org.au\n")
    assert got.get("$318,500") == "CCY_AUD" and got.get("$296,000") == "CCY_AUD"


def test_a_rate_glued_to_its_currency_letter_is_read(tmp_path: Path) -> None:
    source = tmp_path / "mine.txt"
    source.write_text("Highveld Mining results\n\nSales grew 4,6% to R2 318,4 million. At an "
                      "average exchange rate of R17,95 to the euro, sales came to about "
                      "EUR129 million.\n", encoding="utf-8")
    made = read(source, tmp_path / "c")
    assert figure_values(made.folder).get("R17,95") == "17.95"
    assert "cg:CurrencyPerCurrency" in (made.folder / "claims.ttl").read_text(encoding="utf-8")
    assert read_problems(made.folder) == []


def test_a_caption_is_not_the_wrapped_sentence_above_it() -> None:
    text = ("Commentary\n"
            "Sales rose to 912 units while the margin, which had slipped, improved by 1.5\n"
            "percentage points, from 6.2% to 7.7%.\n"
            "Sales by region (EUR thousand)\n"
            "Region        2024     2023\n"
            "North         4,210    3,980\n"
            "South         2,655    2,410\n"
            "Total         6,865    6,390\n")
    (table,) = find_tables(text)
    assert table.caption == "Sales by region (EUR thousand)"
    assert (table.unit, table.scale) == ("EUR", 3)


def test_energy_per_cubic_metre_is_its_unit() -> None:
    from kg.numbers import find_mentions
    got = [(m.text, m.unit) for m in find_mentions(
        "The pumps drew 2.84 kWh/m³ after the upgrade, against 3.10 kWh/m3 before.")]
    assert got == [("2.84 kWh/m³", "KWH/M3"), ("3.10 kWh/m3", "KWH/M3")]


def test_days_and_hours_of_a_kind_and_lane_miles_keep_their_unit() -> None:
    from kg.numbers import find_mentions
    got = [(m.text, m.unit) for m in find_mentions(
        "Crews logged 3.2 sickness days each, the depot had 188 operating days, the station "
        "counted 52,000 listening hours and ploughs cleared 960 lane miles.")]
    assert got == [("3.2 sickness days", "DAY"), ("188 operating days", "DAY"),
                   ("52,000 listening hours", "HOUR"), ("960 lane miles", "MILE")]
    # a numbered heading names a section, not hours
    assert [(m.text, m.unit) for m in find_mentions("5 Opening hours")] == [("5", None)]


def test_single_spaced_heads_that_each_end_in_a_year_are_one_head_a_column() -> None:
    text = ("Sales by region (EUR thousand)\n"
            "Region Twelve months to 30 Jun 2025 Twelve months to 30 Jun 2024 % change\n"
            "North 4,210.5 3,980.1 5.8\n"
            "South 2,655.0 2,410.2 10.2\n"
            "Total 6,865.5 6,390.3 7.4\n")
    (table,) = find_tables(text)
    assert [c.header for c in table.columns] == [
        "Twelve months to 30 Jun 2025", "Twelve months to 30 Jun 2024", "% change"]
    assert table.columns[-1].kind == "change"


def test_a_dollar_a_table_head_writes_with_its_country_s_letters() -> None:
    # "NZ$ thousand" over a table's amounts places the text's bare "$" there too
    assert local_dollar("The club will spend $1.2 million this year.\n\n"
                        "| Area | NZ$ thousand |\n| Coaching | 640.5 |\n") == "NZD"
    assert local_dollar("Costs rose to $86 million.\n\nTable 1 (A$ million)\n") == "AUD"
    # two countries' letters leave the "$" unplaced
    assert local_dollar("Costs of $86 million. (A$ million) and (C$ million)") is None
