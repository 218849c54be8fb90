"""kg read: a column whose head names the rate its amounts are charged at ("Tax at 15%",
"Levy (2.5%)") holds amounts of money, not rates; a "Total" column after it adds it to the
amount it is charged on, row by row."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read import sum_labels

HEADS = ["Tax at 15%", "Levy (2.5%)"]


def _page(head: str) -> str:
    return f"""<html><body><main>
<h1>Season tickets 2027</h1>
<p>Season tickets for the 2027 season are on sale now at the ground.</p>
<h2>Ticket prices</h2>
<table>
<tr><th>Stand</th><th>Price before tax</th><th>{head}</th><th>Total</th></tr>
<tr><td>North stand</td><td>£400</td><td>£60</td><td>£460</td></tr>
<tr><td>East stand</td><td>£520</td><td>£78</td><td>£598</td></tr>
</table>
</main></body></html>
"""


@pytest.mark.parametrize("head", HEADS)
def test_the_total_column_adds_the_charge_to_its_base(tmp_path: Path, head: str) -> None:
    found = sum_labels(tmp_path, "prices.html", _page(head))
    assert any("North stand" in label and head in label for label in found), found
    assert any("East stand" in label and head in label for label in found), found


def test_a_head_of_rates_stays_a_column_of_rates(tmp_path: Path) -> None:
    page = _page("Tax rate (%)").replace("£60", "15").replace("£78", "15")
    found = sum_labels(tmp_path, "prices.html", page)
    assert not any("Tax rate" in label for label in found), found
