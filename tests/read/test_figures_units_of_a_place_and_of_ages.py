"""kg read reads a figure's unit from what the document says around it: a person's age or
an age bound ("aged 50", "children under 12", "said Okafor, 58,") is in years; a row
"Point-to-point" holds counts, not percentage points; the dollar of an Australian page is
the one its footer's business number or a "GPO Box" address places; a bare "kr" is the one
crown the text names ("All fares are in Swedish kronor"), and where it names two crowns'
countries, the one its own address places it in."""

from __future__ import annotations

import re
from pathlib import Path

from kg.numbers import find_mentions, writes_krone


def _units(folder: Path) -> dict[str, str]:
    """Each figure's quote -> its unit, as kg read wrote them into ``folder``'s claims."""
    claims = (folder / "claims.ttl").read_text(encoding="utf-8")
    return dict(re.findall(r'cg:quote "([^"]*)" ;\n(?:    cg:quotePrefix [^\n]*\n)?'
                           r'(?:    [^\n]*\n)*?    qudt:unit ([^ ;]+)', claims))


def _read(tmp_path: Path, name: str, text: str) -> dict[str, str]:
    from kg.read import read

    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / name).write_text(text, encoding="utf-8")
    return _units(read(tmp_path / name, tmp_path / "c").folder)


def test_ages_are_in_years() -> None:
    said = {m.text: m.unit for m in find_mentions(
        "Entry is free for children under 12, said Okafor, 58, a retired welder, and members "
        "aged 65 pay half; the mean age of riders was 41.3.")}
    assert said["under 12"] == "YEAR"
    assert said["58"] == "YEAR"
    assert said["65"] == "YEAR"
    assert said["41.3"] == "YEAR"
    # a bound of other things, a number set off after a place, a count: no age
    said = {m.text: m.unit for m in find_mentions(
        "Schools with under 300 pupils closed; in Leeds, 12, and York, 9, stayed open.")}
    assert said["under 300"] is None and said["12"] is None


def test_a_hyphened_point_in_a_row_label_is_no_percentage_point(tmp_path: Path) -> None:
    text = ("Tolls\n\nTable 1. Vehicles by route\n\n| Route | 2023 | 2024 |\n|---|---:|---:|\n"
            "| Point-to-point | 18,240 | 19,605 |\n| Open road | 40,112 | 41,930 |\n"
            "| Total | 58,352 | 61,535 |\n")
    units = _read(tmp_path, "note.md", text)
    assert units["19,605"] == "unit:NUM"


def test_the_dollar_of_an_australian_page_or_address(tmp_path: Path) -> None:
    page = ("<html><body><article><h1>Lamb sale</h1><p>Agents sold 4,210 lambs for $812,400 "
            "on Monday, an average of $193 a head.</p></article><footer>&copy; Plains Stock "
            "Journal Pty Ltd. ABN 12 345 678 901.</footer></body></html>")
    units = _read(tmp_path, "page.html", page)
    assert units["$812,400"] == "unit:CCY_AUD"
    text = ("Toll revenue\n\nTolls raised $41.2 million in 2024.\n\nEnquiries: Roads Office, "
            "GPO Box 2210, Marrabel QX 5120.\n")
    units = _read(tmp_path / "gpo", "note.txt", text)
    assert units["$41.2 million"] == "unit:CCY_AUD"


def test_a_bare_kr_is_the_crown_the_text_names(tmp_path: Path) -> None:
    text = ("Ferry fares\n\nAll fares are in Swedish kronor. A single crossing costs 85 kr and "
            "a return 150 kr, so a return saves 20 kr.\n")
    units = _read(tmp_path, "note.txt", text)
    assert units["85 kr"] == "unit:CCY_SEK"
    assert units["150 kr"] == "unit:CCY_SEK"
    # no crown named: "kr" says nothing
    units = _read(tmp_path / "none", "note.txt", text.replace("All fares are in Swedish "
                                                               "kronor. ", ""))
    assert units.get("85 kr", units.get("85")) in (None, "unit:NUM")


def test_the_crown_of_a_text_that_names_two_crowns_countries(tmp_path: Path) -> None:
    # a Danish text names Norway (its spruce) too: the page's own address says which crown
    text = ("Garden centres\n\nDanish garden centres sold Norway spruce seedlings at 42 kr. "
            "each and Danish beech hedging at 65 kr. a metre.\n\nContact: salg@planteskole.dk\n")
    units = _read(tmp_path, "note.txt", text)
    assert units["42 kr"] == units["65 kr"] == "unit:CCY_DKK"
    assert writes_krone("Norwegian and Swedish anglers paid 300 kr. a day.") is None


def test_a_weight_or_a_kind_of_hours_glued_by_a_hyphen_keeps_its_unit(tmp_path: Path) -> None:
    said = {m.text: m.unit for m in find_mentions(
        "The steer, a 1,410-pound heifer cross, sold after 2,300 rider-hours of training and "
        "640 person-hours of volunteer work.")}
    assert said["1,410-pound"] == "GBP"  # pounds, which a text that counts dollars weighs:
    assert said["640 person-hours"] == "HOUR"
    text = ("Fair results\n\nA 1,410-pound steer sold for $9,800, and a 52-pound lamb for "
            "$640. Buyers paid a premium of $4 for every pound over the class average.\n")
    units = _read(tmp_path, "note.txt", text)
    assert units["1,410-pound"] == "unit:LB"
    assert units["52-pound"] == "unit:LB"
    # (a price for every pound of such a text is in its money, no exchange rate)
    assert units["$4"] == "unit:CCY_USD"
