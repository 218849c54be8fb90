"""An amount per thing in a sentence that lists amounts of its unit ("prizes of $400, $250,
$120 and $80, plus three rosettes at $15 each") spreads none of them: each item of the list
is what one thing came to, never the total of the things the average counts."""

from __future__ import annotations

import re
from pathlib import Path

from kg.build import build_corpus
from kg.check import check_corpus
from kg.read import read

SHOW = """<html><head><title>Hillside pony show: results</title></head><body><article>
<h1>Hillside pony show: results</h1>
<p>Forty-two riders entered the jumping classes on Sunday.</p>
<p>Prize money came to $1,160: $500 for the champion, then $250, $120, $80 and $40 down to
fifth place, plus three rosettes at $15 each for the youngest riders.</p>
</article></body></html>
"""


def test_an_average_beside_a_list_of_amounts_spreads_none(tmp_path: Path) -> None:
    source = tmp_path / "show.html"
    source.write_text(SHOW, encoding="utf-8")
    made = read(source, tmp_path / "c")
    written = made.folder / "relations.ttl"
    relations = written.read_text(encoding="utf-8") if written.exists() else ""
    averages = re.findall(r"a cg:AverageRelation ;.*?rdfs:label \"([^\"]+)\"", relations, re.S)
    assert averages == []
    report = check_corpus(build_corpus(tmp_path / "c"))
    assert not [f for f in report.findings if f.severity == "violation"]
