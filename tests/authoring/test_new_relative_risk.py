"""kg new reads a relative risk as the ratio it is (no unit), and its interval's ends too."""

from __future__ import annotations

from kg.authoring.new import _drafts
from kg.numbers import find_mentions


def test_a_relative_risk_and_its_interval_are_unitless() -> None:
    sentence = "Readmission carried a relative risk of 1.34 (95% CI 1.12 to 1.61) after surgery."
    got = {d.quote: d.unit for d in _drafts(sentence, find_mentions(sentence), "USD", {})}
    assert (got["1.34"], got["1.12"], got["1.61"]) == ("unit:UNITLESS",) * 3
