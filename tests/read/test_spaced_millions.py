"""kg read of an amount of money written with a spaced "m" ("CHF 48.6 m", "£ 3.2 m"): the
"m" is millions, as in "48.6m" (a sum of money is never in metres), so the figure agrees
with the same amount written "CHF 48.6 million" and a slip in it is found."""

from __future__ import annotations

import re
from pathlib import Path

from tests.read import relation_labels, violations

KIND = "PercentChangeRelation"
TITLE = "Lakeside Ferries AG half-year report 2026"


def _values(tmp_path: Path) -> dict[str, str]:
    claims = (tmp_path / "c" / "note" / "claims.ttl").read_text(encoding="utf-8")
    return dict(re.findall(r'cg:quote "([^"]+)" ;\n    qudt:numericValue (\S+) ;', claims))


def test_a_spaced_m_after_a_currency_is_millions(tmp_path: Path) -> None:
    assert relation_labels(
        tmp_path, TITLE,
        "Ticket sales reached CHF 21.5 m in the half, against CHF 19.4 million a year "
        "earlier, an increase of 10.8 per cent.", KIND) == [
        "CHF 19.4 million to CHF 21.5 m: increase 10.8 per cent"]
    assert _values(tmp_path)["CHF 21.5 m"] == "21500000"
    assert violations(tmp_path) == []
    # (after a bare number a spaced "m" is still metres)
    (tmp_path / "b").mkdir()
    relation_labels(tmp_path / "b", TITLE,
                    "The new gondola climbs 412 m above the valley station.", KIND)
    assert _values(tmp_path / "b")["412 m"] == "412"


def test_a_slip_in_an_amount_with_a_spaced_m_is_a_violation(tmp_path: Path) -> None:
    relation_labels(
        tmp_path, TITLE,
        "Ticket sales reached CHF 25.1 m in the half, against CHF 19.4 million a year "
        "earlier, an increase of 10.8 per cent.", KIND)
    assert _values(tmp_path)["CHF 25.1 m"] == "25100000"
    assert violations(tmp_path) == ["percent-change"]

