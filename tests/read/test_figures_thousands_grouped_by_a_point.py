"""A text that writes decimal commas ("4,5 per cent") and groups its thousands with a point
("26.500 people", a table "Unit: 1.000 tonnes") is read so throughout, in prose and in its
tables, and kg check reads the quotes the same way; a text that also writes a decimal point
("a ratio of 0.8") keeps reading "1.250" as a decimal."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from kg.numbers import writes_point_thousands

GREENHOUSE = (
    "Greenhouse horticulture 2025\n\n"
    "Growers harvested 2.340 thousand tonnes of tomatoes this year, up 4,5 per cent, and "
    "exported 1.870 thousand tonnes. The sector employed 26.500 people, 1,2 per cent more "
    "than a year before, on 4.215 ha of glass.\n\n"
    "Table 1. Harvest by crop\n"
    "Unit: 1.000 tonnes\n"
    "----------------------------------------\n"
    "Crop                 2024        2025\n"
    "----------------------------------------\n"
    "Tomatoes            2.239       2.340\n"
    "Sweet peppers         412         436\n"
    "Cucumbers             398         401\n"
    "----------------------------------------\n"
)


def _values(folder: Path) -> dict[str, Decimal]:
    """Each figure's quote -> its value, as kg read wrote them into ``folder``'s claims."""
    claims = (folder / "claims.ttl").read_text(encoding="utf-8")
    return {q: Decimal(v) for q, v in re.findall(
        r'cg:quote "([^"]*)" ;\n(?:    [^\n]*\n)*?    qudt:numericValue ([-\d.]+)', claims)}


def test_the_convention_is_the_text_s_own() -> None:
    assert writes_point_thousands(GREENHOUSE)
    # a decimal point elsewhere says the point is a decimal one
    assert not writes_point_thousands(GREENHOUSE + "\nThe yield ratio was 0.8.\n")
    # no decimal commas: a point is a decimal point
    assert not writes_point_thousands("Output rose to 1.250 tonnes from 1.100 tonnes.")


def test_thousands_grouped_by_a_point_in_prose_and_tables(tmp_path: Path) -> None:
    from kg.read import read

    (tmp_path / "harvest.txt").write_text(GREENHOUSE, encoding="utf-8")
    claims = tmp_path / "claims"
    folder = read(tmp_path / "harvest.txt", claims).folder
    values = _values(folder)
    assert values["2.340 thousand tonnes"] == Decimal("2340000")
    assert Decimal("26500") in (values.get("26.500 people"), values.get("26.500"))
    assert values["4.215 ha"] == Decimal("4215")
    # the table's cells count thousands of tonnes, their point a thousands point
    text = (folder / "claims.ttl").read_text(encoding="utf-8")
    assert re.search(r'cg:quote "2\.239" ;\n(?:    [^\n]*\n)*?    qudt:numericValue 2239000\b',
                     text)
    # and kg check reads every quote as kg read did: no figure refused
    from kg.build import build_document
    from kg.corpus import read_document

    source = read_document(folder)
    assert build_document(source) is not None, source.problems


def test_a_decimal_point_elsewhere_keeps_the_point_decimal(tmp_path: Path) -> None:
    from kg.read import read

    text = GREENHOUSE.replace("on 4.215 ha of glass.", "on 4.215 ha of glass, a ratio of 0.8 "
                              "growers a hectare.")
    (tmp_path / "harvest.txt").write_text(text, encoding="utf-8")
    values = _values(read(tmp_path / "harvest.txt", tmp_path / "claims").folder)
    assert values["4.215 ha"] == Decimal("4.215")
