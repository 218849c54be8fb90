"""An average whose clause names its things' owner only by an abbreviation ("in EMS call-out
fees, or £310 per call") is over the count the abbreviation names ("EMS crews answered 41,000
calls"), not over every call the text counts."""

from __future__ import annotations

import re
from pathlib import Path

from kg.build import build_corpus
from kg.check import check_corpus
from kg.read import read


def test_an_average_is_over_the_things_its_abbreviation_names(tmp_path: Path) -> None:
    source = tmp_path / "calls.txt"
    source.write_text(
        "Emergency calls, 2025\n\nEMS crews answered 41,000 calls that came through the county "
        "line in 2025, compared with 9,000 fire calls; of the 50,000 calls in total, EMS crews "
        "took 82.0%. Patients paid £12.7 million in EMS call-out fees, or £310 per call.\n",
        encoding="utf-8")
    read(source, tmp_path / "c")
    relations = (tmp_path / "c" / "calls" / "relations.ttl").read_text(encoding="utf-8")
    averages = re.findall(r"a cg:AverageRelation ;.*?rdfs:label \"([^\"]+)\"", relations, re.S)
    assert averages == ["£12.7 million ÷ 41,000 = £310 each"]
    report = check_corpus(build_corpus(tmp_path / "c"))
    assert not [f for f in report.findings if f.severity == "violation"]
