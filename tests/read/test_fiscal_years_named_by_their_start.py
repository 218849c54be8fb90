"""A report that says its fiscal year's label is the year it starts in ("the fiscal year
ended 30 September 2026 (FY2025)", "FY2025 (July 2025 to June 2026)") names by "FY2025" the
year that ends in 2026: its periods are FY2026 (and "Q3 FY2025" is FY2026-Q3); a report
that explains no label so, or explains it as the year's end, keeps the label as written."""
from kg.read.periods import FISCAL_BY_START, fiscal_named_by_start
from tests.read import period_keys


def _keys(text: str, by_start: bool) -> list[str]:
    return period_keys(FISCAL_BY_START, by_start, text, "2026")


def test_a_label_explained_as_the_years_start_names_the_year_after():
    assert fiscal_named_by_start("Toyoda Looms reported results for the fiscal year ended "
                                 "September 30, 2026 (FY2025).")
    assert fiscal_named_by_start("Outlook for FY2025 (July 2025 to June 2026) is cautious.")
    assert _keys("Orders in FY2025 beat FY2024; Q3 FY2025 was the strongest quarter, and "
                 "the third quarter of fiscal 2024 the weakest.", True) == [
        "FY2026", "FY2025", "FY2026-Q3", "FY2025-Q3"]


def test_a_label_explained_as_the_years_end_or_not_at_all_stays():
    assert not fiscal_named_by_start("Results for FY2026 (year ended 30 September 2026).")
    assert not fiscal_named_by_start("Orders in FY2025 beat FY2024 by a tenth.")
    # two explanations that disagree leave the label as written
    assert not fiscal_named_by_start("The year ended 30 June 2026 (FY2025) and FY2024 (year "
                                     "ended 30 June 2024).")
    assert _keys("Orders in FY2025 beat FY2024.", False) == ["FY2025", "FY2024"]
