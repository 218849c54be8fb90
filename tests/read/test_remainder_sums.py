"""The rest of a whole a part's share is of: "63,000 trips, or 70.0% of the total. The
remaining 27,000 trips" adds up to the total that share is of, however far back it stands."""

from __future__ import annotations

import re
from pathlib import Path

from kg.build import build_corpus
from kg.check import check_corpus
from kg.read import read


def _sums(tmp_path: Path, text: str) -> list[str]:
    (tmp_path / "scheme.txt").write_text("Cycle scheme review 2024\n\n" + text + "\n",
                                         encoding="utf-8")
    made = read(tmp_path / "scheme.txt", tmp_path / "c")
    relations = (made.folder / "relations.ttl").read_text(encoding="utf-8")
    return re.findall(r'a cg:SumRelation ;.*?rdfs:label "([^"]+)"', relations, re.S)


def test_the_remaining_part_adds_up_to_the_whole_of_the_share_before_it(tmp_path: Path) -> None:
    # the members counted beside the trips are no part: the trips set off with their share are
    assert _sums(tmp_path, "Riders took 91,400 trips last year, 20% more than the 76,200 in "
                           "2023. The network has 120 stations. It has 800 bikes. Riders "
                           "covered 300,000 miles. Our 4,000 members made 63,980 trips, or "
                           "70.0% of the total. Casual riders accounted for the remaining "
                           "26,420 trips.") == ["63,980 + 26,420 = 91,400"]
    # 63,980 and 26,420 make 90,400, not 91,400: a slip the sum now finds
    report = check_corpus(build_corpus(tmp_path / "c"))
    assert [f.check for f in report.findings if f.severity == "violation"] == ["sum"]
