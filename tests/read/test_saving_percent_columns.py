"""kg read: on a price table, a "Saving" column of percents beside the "You save" column of
amounts is, in each row, the saving as a share of the price it is saved from (the larger
price the saving is taken from), no amount of its own."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read
from tests.read import figure_quotes, relation_blocks

PLANS = """<html><body><main>
<h1>Plans for every club</h1>
<p>Pay for a year up front and keep more of your budget for kit.</p>
<table>
<tr><th>Plan</th><th>Paid monthly, per year</th><th>Paid yearly, per year</th>
<th>You save</th><th>Saving</th></tr>
<tr><td>Club</td><td>$180</td><td>$150</td><td>$30</td><td>16.7%</td></tr>
<tr><td>League</td><td>$480</td><td>$384</td><td>$96</td><td>20.0%</td></tr>
</table>
</main></body></html>
"""


def test_the_saving_percent_is_of_the_price_saved_from(tmp_path: Path) -> None:
    (tmp_path / "plans.html").write_text(PLANS, encoding="utf-8")
    read(tmp_path / "plans.html", tmp_path / "c")
    folder = next((tmp_path / "c").iterdir())
    quotes = figure_quotes(folder)
    found = []
    for block in relation_blocks(folder, "ShareRelation"):
        roles = dict(re.findall(r"cg:(portion|whole|share) :(f-[\w-]+)", block))
        found.append(tuple(quotes[roles[k]] for k in ("portion", "whole", "share")))
    assert sorted(found) == [("$30", "$180", "16.7%"), ("$96", "$480", "20.0%")]
