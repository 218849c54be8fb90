"""A release headed with a fourth quarter and the fiscal year it closes ("Fourth Quarter and
Fiscal Year 2025 Results") reports on the year: a sentence that names neither is as likely
the year's as the quarter's, as in a "fourth quarter and full-year" release."""

from __future__ import annotations

import pytest

from kg.read.periods import document_period


@pytest.mark.parametrize(("head", "key"), [
    ("Marrowfield Kilns Reports Fourth Quarter and Fiscal Year 2025 Results\n"
     "DENVER, August 7, 2025 - Marrowfield Kilns today reported results for its fourth "
     "quarter and fiscal year ended June 30, 2025.", "FY2025"),
    ("# Pellworth Ferries Reports Fourth Quarter and Fiscal 2026 Results\n"
     "HALIFAX, June 3, 2026 - results for the fourth quarter and fiscal year ended "
     "March 31, 2026.", "FY2026"),
    ("Quillon Mills: Q4 and Financial Year 2024 results\nPublished 20 May 2025", "2024"),
])
def test_a_fourth_quarter_and_fiscal_year_release_is_about_the_year(head: str, key: str) -> None:
    assert document_period(head) == key


def test_a_release_on_a_quarter_alone_is_still_about_the_quarter() -> None:
    assert document_period("Marrowfield Kilns Reports Fourth Quarter and Fiscal 2025 Results\n"
                           "DENVER, August 7, 2025") == "FY2025"
    assert document_period("Marrowfield Kilns Reports Third Quarter Fiscal 2025 Results\n"
                           "DENVER, May 7, 2025") != "FY2025"
