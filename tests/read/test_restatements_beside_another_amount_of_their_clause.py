"""kg read: a key point's figure, or one said again in the same words, restated in a sentence
whose clause holds another amount of its unit ("a dividend of €0.40 per share of nominal
value €1 each", "Export earnings of £6.2 million give an average price of £410 per
tonne"). The clause's words are both figures'; which of the two the other saying names,
their own words tell: those from the figure before to the figure after. Never the values:
a restatement that slipped is tied all the same, for the check to find."""

from __future__ import annotations

from pathlib import Path

from tests.read import violations
from tests.read.test_prose_restatements import restated

RESULTS = """Brackwater Foods: half-year results

Published: Thursday 6 August 2026

* Net profit rose 9% to €14.2 million
* Interim dividend of {point} per ordinary share

The Board declared an interim dividend of €0.40 per ordinary share of nominal value €1 each,
payable on 2 October 2026.
"""


def test_a_key_point_restated_beside_another_amount_of_its_clause_is_tied(
        tmp_path: Path) -> None:
    """The nominal value shares the clause's words, but only "ordinary share … nominal
    value" are its own: the dividend's own words are the key point's."""
    assert restated(tmp_path, RESULTS.format(point="€0.40")) == [("€0.40", "€0.40")]
    assert violations(tmp_path) == []


def test_a_key_point_that_slipped_beside_another_amount_is_tied_and_a_violation(
        tmp_path: Path) -> None:
    assert restated(tmp_path, RESULTS.format(point="€0.45")) == [("€0.45", "€0.40")]
    assert violations(tmp_path) == ["restatement"]


SALT = """Carrick Bay salt works: 2025 in review

Published: Monday 19 January 2026

- Sea-salt sales abroad were 15,100 tonnes, earning £6.2 million.

Overseas buyers took 15,100 tonnes in 2025. Export earnings of £6.2 million give an average
price of £410 per tonne.
"""


def test_an_amount_said_again_beside_another_amount_of_its_clause_is_tied(
        tmp_path: Path) -> None:
    """The price per tonne stands in the clause that says the earnings again: its own
    words ("average price … per tonne") are not the key point's, so it is no rival."""
    assert ("£6.2 million", "£6.2 million") in restated(tmp_path, SALT)
