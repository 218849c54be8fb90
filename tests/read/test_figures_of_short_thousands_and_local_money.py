"""Figures in the scale and currency their document gives them: a caption's rand or pound
thousands written short with an apostrophe ("(R'000)", "(£’000)") scale the table's cells; a
head's "$'000" on a line of its own is a scale, no figure; a bare whole amount the rand's "R"
is glued to where words price one thing by it ("R23 per learner per day") is rand; and an
Australian Business Number or the Commonwealth's own departments place a bare "$" in
Australia."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from kg.authoring.new import local_dollar
from kg.numbers import decimal_commas, find_mentions, number_conventions, parse_quantity
from kg.read.tables import _scale_and_unit
from rdflib.namespace import RDF

from kg.build import build_document
from kg.corpus import read_document
from kg.namespaces import CG, QUDT
from kg.read import read
from tests.read.test_local_dollars import units


def test_short_thousands_with_an_apostrophe_scale_the_caption() -> None:
    assert _scale_and_unit("Running costs (£’000)", "running costs (£’000)")[:2] == (3, "GBP")
    with number_conventions(rand=True):
        assert _scale_and_unit("3. Spending (R'000)", "3. spending (r'000)")[:2] == (3, "ZAR")
        assert _scale_and_unit("Grants (Rm)", "grants (rm)")[:2] == (6, "ZAR")


def test_a_rand_table_in_thousands_is_read_in_rand(tmp_path: Path) -> None:
    text = ("# Siyakhula Reading Club budget 2025/26\n\nAll amounts in rand; the club works "
            "in Gqeberha, South Africa.\n\n### Spending (R'000)\n\n"
            "| Item | 2025/26 | 2024/25 |\n|:---|---:|---:|\n"
            "| Books | 1 240 | 1 115 |\n| Tutors | 2 360 | 2 205 |\n"
            "| **Total** | **3 600** | **3 320** |\n")
    source = tmp_path / "club.md"
    source.write_text(text, encoding="utf-8")
    made = read(source, tmp_path / "c")
    g = build_document(read_document(made.folder)).graph
    values = {str(g.value(f, CG.quote)): g.value(f, QUDT.numericValue).toPython()
              for f in g.subjects(RDF.type, CG.Figure)}
    assert values.get("1 240") == 1240000 and values.get("3 600") == 3600000


def test_a_head_s_dollar_thousands_is_no_figure() -> None:
    assert [m.text for m in find_mentions("Source of funds $'000\nMembership fees 1,310\n")] \
        == ["1,310"]
    assert [m.text for m in find_mentions("Cost centre £’000 rows below")] == []
    # an amount with digits of its own before the thousands is still one
    assert [m.text for m in find_mentions("a fee of $1,000 a year")] == ["$1,000"]


def test_a_bare_rand_amount_priced_per_thing_is_rand() -> None:
    for comma in (False, True):
        with decimal_commas(comma), number_conventions(rand=True):
            got = [(m.text, m.value, m.unit) for m in find_mentions(
                "Schools get a grant of R23 per learner per day and about R615 each year "
                "per learner; take the R72 to the coast.")]
            assert ("R23", 23, "ZAR") in got
            assert not any("72" in t for t, _, _ in got)  # a road has no price after it
    assert parse_quantity("about R615").unit == "ZAR"


def test_an_abn_or_a_commonwealth_department_places_the_dollar() -> None:
    assert local_dollar("Harbourside Tenants Union Inc. ABN 41 222 808 315\n\nRent relief "
                        "paid out came to $212,400 this year.") == "AUD"
    assert local_dollar("The Commonwealth Department of Education grant rose to $1.2 "
                        "million.") == "AUD"
    assert local_dollar("Grants from the Commonwealth and state governments total $3 "
                        "million.") == "AUD"
    # a bank's name is no business number; the US dollar named outright still wins
    assert local_dollar("Paid via ABN AMRO: $4,000 in fees.") is None
    assert local_dollar("ABN 41 222 808 315. Paid US$3,000 and $200.") is None


def test_a_placed_dollar_is_the_table_s_and_the_text_s(tmp_path: Path) -> None:
    got = units(tmp_path, "# Coastline Legal Aid Ltd ABN 12 345 678 901\n\nWe spent $2.4 "
                          "million this year, up from $2.1 million.\n")
    assert got.get("$2.4 million") == "CCY_AUD"


def test_a_cell_s_dollar_named_by_its_country_is_read(tmp_path: Path) -> None:
    from kg.read.tables import number
    assert number("US$45") == (45, False) and number("NZ$12.50") == (Decimal("12.50"), False)
    got = units(tmp_path, "# Club fees 2025\n\n| Plan | Fee | Members |\n|:---|---:|---:|\n"
                          "| Adult | US$40 | 210 |\n| Junior | US$15 | 96 |\n")
    assert got.get("US$40") == "CCY_USD" and got.get("US$15") == "CCY_USD"
