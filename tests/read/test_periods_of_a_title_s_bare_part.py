"""A title that names a quarter or half without its year ("Q3 sales climb") is about the
part the head then names with its year ("for the quarter (Q3 FY28)"), a fiscal quarter,
not the calendar quarter of the text's date; and "the corresponding quarter last year" is
the same quarter a year back, as "the same quarter last year" is."""

from __future__ import annotations

from kg.read.periods import document_period, mentions, sentence_periods


def test_a_title_s_bare_quarter_takes_the_year_the_head_names_it_with() -> None:
    text = ("Kestrel Pumps lifts Q3 earnings on export orders\n"
            "The board met on Monday, January 10, 2028 and approved the results.\n"
            "Sales for the quarter (Q3 FY28) reached ₹940.0 crore.\n")
    assert document_period(text, "2028-01-11") == "FY2028-Q3"


def test_a_title_s_bare_quarter_alone_stays_the_date_s_year() -> None:
    assert document_period("Kestrel Pumps lifts Q3 earnings\nSales rose.\n",
                           "2027-10-20") == "2027-Q3"


def test_the_corresponding_quarter_last_year_is_a_step_back() -> None:
    sentence = "Sales reached ₹940.0 crore, up from ₹801.2 crore in the corresponding " \
               "quarter last year."
    assert [m.step for m in mentions(sentence)] == ["year"]
    a, b = sentence.index("₹940.0 crore"), sentence.index("₹801.2 crore")
    got = sentence_periods(sentence, [(a, a + 12, "a"), (b, b + 12, "b")],
                           {"a": "amount", "b": "amount"}, "FY2028-Q3")
    assert got == {"a": "FY2028-Q3", "b": "FY2027-Q3"}
