"""Outcomes as tagged JSON: every value comes back as it was, and nothing else is ever made."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from kg.check.pipeline import check_one
from kg.check.portable import PortableError, decode, encode
from tests.conftest import BUNDLED_DIR, PAPER_ID


def test_a_checked_document_comes_back_equal() -> None:
    outcome = check_one(BUNDLED_DIR / PAPER_ID)
    assert outcome.report.diagnosis_objects and outcome.figures is not None  # the hard parts
    back = decode(json.loads(json.dumps(encode(outcome))))
    assert back == outcome
    # the pieces JSON has no type for
    assert isinstance(back.figures.ntriples, bytes)
    assert all(isinstance(k, tuple) for k in back.figures.keys)
    assert isinstance(back.report.diagnosis_objects[0].candidates[0].stated, Decimal)


def test_decimals_keep_their_written_precision() -> None:
    for text in ("1.50", "1E+9", "-0.000", "57100000000"):
        assert str(decode(encode(Decimal(text)))) == text


@pytest.mark.parametrize("data, says", [
    ({"$type": "Popen", "fields": {"args": ["sh"]}}, "unknown kind of value 'Popen'"),
    ({"$type": "Quote", "fields": {"text": "x", "start": 0, "end": 1, "run": "sh"}},
     "Quote has no field run"),
    ({"$type": "Quote", "fields": {"text": "x"}}, "Quote:"),
    ({"$pickle": "gASV"}, "unknown tag '$pickle'"),
    ({"$decimal": "one"}, "not a decimal: 'one'"),
    ({"$bytes": "***"}, "not base64"),
])
def test_anything_it_did_not_write_is_refused(data: object, says: str) -> None:
    with pytest.raises(PortableError, match=says.replace("(", r"\(").replace("$", r"\$")):
        decode(data)


def test_a_value_it_cannot_carry_is_refused_when_written() -> None:
    with pytest.raises(PortableError, match="cannot carry a PosixPath: "):
        encode(BUNDLED_DIR)


@pytest.mark.parametrize("text", ["1E+999999999", "NaN", "Infinity", "-Infinity",
                                  "1" * 5000, "sNaN"])
def test_a_decimal_no_check_writes_is_refused(text: str) -> None:
    """A hostile shard report's decimal overflowed or was NaN in the merge's arithmetic."""
    from decimal import Decimal

    from kg.check.portable import PortableError, decode
    with pytest.raises(PortableError, match="not a decimal"):
        decode({"$decimal": text})
    assert decode({"$decimal": "-12.50"}) == Decimal("-12.50")
