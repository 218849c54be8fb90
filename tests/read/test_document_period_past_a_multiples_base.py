"""A year the head names as a multiple's base ("three times the 240 lodged in 2023", "twice
that of 2022") is no period the document reports on: a story dated in 2025 that speaks of
"this year's" figures reports on 2025."""
from kg.read.periods import document_period

HEAD = ("Bike thefts climb as the station car park fills\n\n"
        "By Sam Okoro, Staff Writer · Published Monday, October 6, 2025 · 3 min read\n\n"
        "This year's count of stolen bicycles reached 730, almost three "
        "times the 240 lodged in 2023, when the car park was half empty.\n")


def test_a_multiples_base_year_is_no_document_period():
    assert document_period(HEAD, "2025-10-06") == "2025"
    assert document_period(HEAD.replace("three times the", "twice the number, or"),
                           "2025-10-06") == "2023"
