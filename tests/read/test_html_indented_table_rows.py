"""kg read of a web page: a table row whose label the page sets in, behind no-break spaces
or with a class or style of indent, is set in in the extracted text as a plain-text table
writes it, so the rows set in under a row are read as its breakdown and add up to it."""

from __future__ import annotations

from pathlib import Path

from kg.read.extract import extract
from tests.read import sum_labels

_PAGE = """<!DOCTYPE html><html lang="en"><head><title>Kestrel Ferries: half-year results</title>
</head><body><main>
<h1>Kestrel Ferries reports first-half results</h1>
<p>Kestrel Ferries carried more passengers on both its routes in the six months to June,
and turnover rose on the year as fares held steady and freight volumes recovered.</p>
<p>The board expects the second half to be quieter, as the autumn timetable has fewer
sailings and one vessel goes into dry dock for its five-yearly survey in October.</p>
<table>
<caption>Key figures, first half (EUR million)</caption>
<tr><th></th><th>H1 2025</th><th>H1 2024</th></tr>
<tr><td>Turnover</td><td>96.0</td><td>90.5</td></tr>
<tr><td>&nbsp;&nbsp;Passenger fares</td><td>61.2</td><td>57.9</td></tr>
<tr><td style="padding-left:1.5em">Freight</td><td>34.8</td><td>32.6</td></tr>
<tr><td>Operating profit</td><td>11.3</td><td>9.8</td></tr>
</table>
<p>Passenger fares brought in EUR 61.2 million and freight EUR 34.8 million.</p>
</main></body></html>"""


def test_rows_set_in_by_the_page_are_set_in_in_the_text(tmp_path: Path) -> None:
    page = tmp_path / "ferries.html"
    page.write_text(_PAGE, encoding="utf-8")
    text = extract(page).text
    assert "|   Passenger fares |" in text and "|   Freight |" in text, text
    assert "| Turnover |" in text and "| Operating profit |" in text, text


def test_the_rows_set_in_add_up_to_the_row_above_them(tmp_path: Path) -> None:
    found = sum_labels(tmp_path, "ferries.html", _PAGE)
    assert "H1 2025: the rows set in under Turnover add up to it" in found, found
