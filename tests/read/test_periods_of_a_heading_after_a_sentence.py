"""A heading on its own line after a sentence that ends in a full stop is no part of that
sentence: "... from 1 May 2027.\\nMooring fees 2027/28" names the period reported on, which
the sentence's "from" does not make a comparison's base."""

from __future__ import annotations

from kg.read.periods import document_period


def test_a_heading_s_year_after_a_sentence_ending_in_from_a_day_is_the_document_s() -> None:
    text = ("Moor your boat at Larkspur Quay\n"
            "Our pontoons take craft up to twelve metres. The fees below apply to every "
            "mooring from 1 May 2027.\n"
            "Mooring fees 2027/28\n"
            "| Berth | Per night | Change on 2026/27 |\n"
            "| Short | £21.00 | +4.0% |\n")
    assert document_period(text) == "2027/28"


def test_a_period_after_from_within_its_own_line_is_still_a_base() -> None:
    # the same words on one line: the year after "from ... in" is compared with
    assert document_period("Moorings let\nLettings rose from 310 in 2025 to 342, the club "
                           "said.") != "2025"
