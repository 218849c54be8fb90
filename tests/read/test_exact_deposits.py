"""A round sum a worked example deposits ("placed $20,000 in the bond") is that exact sum
when the sentence gives what it comes to in cents, so a slip in the result is found; a round
sum no verb deposits keeps the precision of its digits."""

from __future__ import annotations

import json
from pathlib import Path

from kg.read import read
from tests.read.test_read import kg

BOND = """Harbourview Savings: fixed-rate bonds

Our five-year bond pays 3.80% AER. A saver who {verb} $20,000 in the bond in March 2026 will
have {result} when it matures in March 2031.
"""


def growth(tmp_path: Path, verb: str, result: str) -> list[str]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    source = tmp_path / "bond.txt"
    source.write_text(BOND.format(verb=verb, result=result), encoding="utf-8")
    read(source, tmp_path / "c")
    report = json.loads(kg("check", "--claims", "c", "--format", "json", cwd=tmp_path).stdout)
    return [f["severity"] for f in report["findings"] if f["check"] == "growth"]


def test_a_deposited_sum_is_exact_so_a_slip_in_what_it_grows_to_is_found(
        tmp_path: Path) -> None:
    # 20,000 x 1.038^5 = 24,099.07; printed with two digits swapped
    assert growth(tmp_path / "right", "placed", "$24,099.07") == ["pass"]
    assert growth(tmp_path / "slip", "placed", "$24,909.07") == ["violation"]


def test_the_exact_sum_is_drafted_with_its_precision_and_the_reason(tmp_path: Path) -> None:
    growth(tmp_path, "placed", "$24,099.07")
    claims = (tmp_path / "c" / "bond" / "claims.ttl").read_text(encoding="utf-8")
    figure = claims[claims.index('cg:quote "$20,000"'):]
    assert figure[:figure.index(" .\n")].count("cg:decimals 0 ;   # a sum deposited is exact") \
        == 1
