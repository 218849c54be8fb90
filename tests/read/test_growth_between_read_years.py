"""kg read: a compound growth "from A to B, … x% a year" whose words name neither year nor
span, in a document whose heading gives the years ("2015-2025"): the periods are the whole
years kg read gave the two ends; a rate whose ends have no whole years of their own (a
quarter, none) stays unchecked."""

from __future__ import annotations

import re
from pathlib import Path

from tests.read import relation_blocks, relation_labels, violations

KIND = "CompoundGrowthRelation"


def _periods(tmp_path: Path) -> list[str]:
    return [re.search(r"cg:periods (\d+)", b).group(1)
            for b in relation_blocks(tmp_path / "c" / "note", KIND)]


def test_the_years_read_for_the_two_ends_give_the_periods(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Ferry ridership on the Halden estuary, 2015-2025",
        "Weekday ferry boardings rose from some 41,000 to 88,500 - 2.2 times the 2015 level, "
        "equivalent to compound growth of 8.0% a year.", KIND) == [
        "some 41,000 to 88,500: 8.0% a year"]
    assert _periods(tmp_path) == ["10"]
    assert violations(tmp_path) == []


def test_a_misstated_rate_over_the_read_years_is_a_violation(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, "Ferry ridership on the Halden estuary, 2015-2025",
        "The ferry's share of crossings rose from 12.1% in 2015 to 17.4% in 2025. Weekday "
        "ferry boardings rose from some 41,000 to 88,500, equivalent to compound growth of "
        "6.0% a year.", KIND) == ["some 41,000 to 88,500: 6.0% a year"]
    assert _periods(tmp_path) == ["10"]
    assert "growth" in violations(tmp_path)


def test_ends_read_for_the_whole_span_give_no_periods(tmp_path: Path) -> None:
    # both ends are of "2015-2025" as kg read takes them: no whole years between them
    assert relation_labels(
        tmp_path, "Ferry ridership on the Halden estuary, 2015-2025",
        "Weekday ferry boardings rose from some 41,000 to 88,500 between the two surveys, "
        "which works out at compound growth of 8.0% a year.", KIND) == []
