"""The whole a share is taken of ("6.0% of the parks department's $40.0 million budget") is
what the clause's amount is compared with, never the total it goes on to be spread over:
"… and works out to roughly $1,500 per acre across the 1,600 acres" is not $40.0 million
over the acres."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels, violations

PARKS = ("Split evenly, the mowing deal costs the town about $2.40 million a year. That is "
         "6.0% of the parks department's $40.0 million annual budget, and works out to "
         "roughly $1,500 per acre each year across the 1,600 acres the crews will mow.\n")


def test_the_whole_of_a_share_is_not_the_total_an_average_spreads(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Town mowing deal", PARKS, "AverageRelation") == []
    assert violations(tmp_path) == []
