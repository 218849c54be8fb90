"""kg read: "Spread across the patients we saw, the programme cost €50 per patient" - a
clause that opens by sharing a total out over the things and says what it cost each, no
figure before - averages what the document says was spent over the count of those things;
a budget (what was planned) is no such total."""

from __future__ import annotations

from pathlib import Path

from tests.read import relation_labels


def _averages(tmp_path: Path, text: str) -> list[str]:
    return relation_labels(tmp_path, "Clinic programme review, 2025", text, "AverageRelation")


def test_a_cost_spread_over_things_averages_the_spending(tmp_path: Path) -> None:
    assert _averages(tmp_path, "Our mobile clinics saw 6,200 patients in 2025. Total spending "
                               "was €310,000. Spread across the patients we saw, the programme "
                               "cost €50 per patient.") == ["€310,000 ÷ 6,200 = €50 each"]
    # a budget (what was planned) is no total of what the things cost
    assert _averages(tmp_path / "budget", "Our mobile clinics saw 6,200 patients in 2025. "
                                          "Grants matched the budget at €320,000. Spread "
                                          "across the patients we saw, the programme cost €50 "
                                          "per patient.") == []
