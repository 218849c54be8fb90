"""Calendar facts: holiday rules and weekdays."""

from __future__ import annotations

import pytest

from tests.check.conftest import date, finding, rel


@pytest.mark.parametrize("day,iso,severity", [
    ("November 28, 2014", "2014-11-28", "pass"),
    ("November 27, 2014", "2014-11-27", "violation"),  # that was Thanksgiving itself
    ("November 29, 2013", "2013-11-29", "pass"),
    ("November 23, 2012", "2012-11-23", "pass"),
    ("November 30, 2012", "2012-11-30", "violation"),
])
def test_black_friday_is_the_day_after_the_fourth_thursday(check, day, iso, severity) -> None:
    report = check(f"Black Friday fell on {day}.", date("d", day, iso),
                   rel("r", "CalendarRelation", "cg:onDate :d ; cg:holiday cg:BlackFriday"))
    f = finding(report, "r")
    assert (f.severity, f.check) == (severity, "date")
    if severity == "violation":
        year = iso[:4]
        expected = {"2014": "2014-11-28", "2012": "2012-11-23"}[year]
        assert f.expected == expected and f.observed == iso
        assert f"that rule gives {expected}" in f.message


@pytest.mark.parametrize("day,iso,severity", [
    ("November 11, 2014", "2014-11-11", "pass"), ("November 12, 2014", "2014-11-12", "violation")])
def test_fixed_date_holiday(check, day, iso, severity) -> None:
    report = check(f"Singles' Day was {day}.", date("d", day, iso),
                   rel("r", "CalendarRelation", "cg:onDate :d ; cg:holiday cg:SinglesDay"))
    assert finding(report, "r").severity == severity


@pytest.mark.parametrize("weekday,severity", [("Friday", "pass"), ("Monday", "violation")])
def test_stated_weekday(check, weekday: str, severity: str) -> None:
    report = check(f"On {weekday}, November 28, 2014, shops opened early.",
                   date("d", "November 28, 2014", "2014-11-28"),
                   rel("r", "CalendarRelation", f"cg:onDate :d ; cg:weekday schema:{weekday}"))
    f = finding(report, "r")
    assert f.severity == severity
    if severity == "violation":
        assert f.message == "2014-11-28 is a Friday, not a Monday."
