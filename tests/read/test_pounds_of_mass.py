"""The word "pounds" after a number weighs something in a text whose money is in another
currency and which never names sterling ("5.4 million pounds of beans" beside "$8.1
million"); it stays sterling wherever the text writes "£", "GBP", "sterling" or "pence"."""

from __future__ import annotations

import json
from pathlib import Path

from kg.authoring.new import pounds_of_mass
from tests.read.test_local_dollars import units
from tests.read.test_read import kg

SHRIMP = """Gulfside Seafood Cooperative: 2026 landings

Members landed 3.84 million pounds of shrimp in 2026, up 4.6 percent from 3.67 million
pounds in 2025. Dockside sales came to $14.2 million.
"""


def test_pounds_in_a_dollar_text_are_pounds_of_mass_and_their_change_is_checked(
        tmp_path: Path) -> None:
    read_as = units(tmp_path, SHRIMP)
    assert {q: u for q, u in read_as.items() if "pounds" in q or "$" in q} == {
        "3.84 million pounds": "LB", "3.67 million pounds": "LB", "$14.2 million": "CCY_USD"}
    report = json.loads(kg("check", "--claims", "c", "--format", "json", cwd=tmp_path).stdout)
    assert [f["message"] for f in report["findings"]
            if f["check"] == "structure" and f["severity"] != "pass"] == []
    assert [f["severity"] for f in report["findings"] if f["check"] == "percent-change"] == \
        ["pass"]


def test_pounds_stay_sterling_where_the_text_names_sterling_or_has_no_other_money() -> None:
    assert pounds_of_mass("Sales of €3.1 million; 120,000 pounds of cheese.") == "EUR"
    assert pounds_of_mass("A grant of 40,000 pounds and £2,000 of gifts; $5 a head.") is None
    assert pounds_of_mass("Prize money of 25,000 pounds sterling and $300 of vouchers.") is None
    assert pounds_of_mass("We raised 25,000 pounds and 400 pence.") is None
    assert pounds_of_mass("The appeal raised 25,000 pounds.") is None
    assert pounds_of_mass("Costs of $2 million and €1 million; 9,000 pounds of salt.") is None
