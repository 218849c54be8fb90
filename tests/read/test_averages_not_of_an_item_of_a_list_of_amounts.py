"""An amount per thing in a sentence that lists amounts of its unit ("prizes of $400, $250,
$120 and $80, plus three rosettes at $15 each") spreads none of them: each item of the list
is what one thing came to, never the total of the things the average counts."""

from __future__ import annotations

from pathlib import Path

from tests.read import read_labels, violations

SHOW = """<html><head><title>Hillside pony show: results</title></head><body><article>
<h1>Hillside pony show: results</h1>
<p>Forty-two riders entered the jumping classes on Sunday.</p>
<p>Prize money came to $1,160: $500 for the champion, then $250, $120, $80 and $40 down to
fifth place, plus three rosettes at $15 each for the youngest riders.</p>
</article></body></html>
"""


def test_an_average_beside_a_list_of_amounts_spreads_none(tmp_path: Path) -> None:
    averages = read_labels(tmp_path, "show.html", SHOW, "AverageRelation")
    assert averages == []
    assert violations(tmp_path) == []
