"""A plain-text table's row of column heads, and a numbered section heading, as the
reader dates the prose around them."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read
from kg.read.periods import headings


def _temporal(tmp_path: Path, text: str) -> dict[str, str]:
    source = tmp_path / "note.txt"
    source.write_text(text, encoding="utf-8")
    claims = (read(source, tmp_path / "c").folder / "claims.ttl").read_text(encoding="utf-8")
    return dict(re.findall(r'cg:quote "([^"]+)" ;\n(?:    [^\n]*\n)*?    dcterms:temporal '
                           r'([^ ;]+)', claims))


def test_a_plain_table_s_column_heads_are_no_section_heading() -> None:
    """'Depot      2022/23     2023/24' set out in spaces is a table's head row: its first
    column's year was taken for a heading and dated all the prose under the table."""
    text = ("GRITTING RETURN, 2023/24\n\nSalt spread rose.\n\n"
            "  Depot          2022/23     2023/24\n"
            "  North            1,200       1,350\n"
            "  South              900         980\n\n"
            "Crews worked 4,410 hours in the season.\n")
    assert [key for _, key in headings(text, "2023/24")] == []
    # a heading in words is still one
    assert [key for _, key in headings(text.replace("  Depot ", "Winter 2022/23\n\n  Depot "),
                                       "2023/24")] == ["2022/23"]


def test_prose_under_a_plain_table_keeps_the_document_s_period(tmp_path: Path) -> None:
    temporal = _temporal(tmp_path, (
        "GRITTING RETURN, 2023/24\n\nSalt spread rose to 2,330 tonnes.\n\n"
        "  Depot          2022/23     2023/24\n"
        "  North            1,200       1,350\n"
        "  South              900         980\n\n"
        "Crews worked 4,410 hours in the season.\n"))
    assert temporal["4,410 hours"] == temporal["2,330 tonnes"] == "ent:period-2023-24"
    assert temporal["1,200"] == "ent:period-2022-23"


def test_a_numbered_section_heading_is_a_heading() -> None:
    """'3. Plans for 2027' is a section's heading as 'Plans for 2027' is: it dates the
    sentences under it, and the next numbered heading ('4. Staffing') ends its reach."""
    text = ("Orchard Trust budget 2026\n\n1. Summary\nIncome is £90,000.\n\n"
            "3. Plans for 2027\nThe trust will plant 400 trees.\n\n"
            "4. Staffing\nTwo wardens are paid.\n")
    assert [key for _, key in headings(text, "2026")] == [None, "2027", None]


def test_prose_under_a_numbered_heading_takes_its_period(tmp_path: Path) -> None:
    temporal = _temporal(tmp_path, (
        "Orchard Trust budget 2026\n\nIncome is £90,000.\n\n"
        "2. Plans for 2027\nThe trust will plant trees. It will buy 400 saplings.\n\n"
        "3. Staffing\nWardens are paid. The trust pays 6 wardens.\n"))
    assert temporal["400"] == '"2027"^^xsd:gYear'
    assert temporal["6"] == temporal["£90,000"] == '"2026"^^xsd:gYear'
