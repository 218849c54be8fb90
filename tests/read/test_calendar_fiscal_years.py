"""A report that says its financial year ends on 31 December ("for the year ended 31
December 2025") names the calendar year by its "FY2025": the period is 2025 (and its
"Q2 FY2025" 2025's second quarter); a report whose year ends on another day keeps FY2025."""
from kg.read.periods import CALENDAR_FISCAL, calendar_fiscal_year
from tests.read import period_keys


def _keys(text: str, calendar: bool) -> list[str]:
    return period_keys(CALENDAR_FISCAL, calendar, text, "2025")


def test_a_year_to_december_is_the_calendar_year():
    assert calendar_fiscal_year("Summary results for the year ended 31 December 2025.")
    assert calendar_fiscal_year("Results for the fiscal year ending December 31, 2025")
    assert _keys("Sales FY2025 against FY2024; Q2 FY2025 was the best quarter.", True) == [
        "2025", "2024", "2025-Q2"]


def test_a_year_to_another_day_keeps_the_fiscal_label():
    assert not calendar_fiscal_year("Results for the year ended 30 June 2025.")
    assert not calendar_fiscal_year("Results for the quarter ended 31 December 2025, the "
                                    "third of the year ending 31 March 2026.")
    assert _keys("Sales FY2025 against FY2024.", False) == ["FY2025", "FY2024"]
