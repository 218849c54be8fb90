"""Report JSON text: orjson's bytes must be the standard library's."""

from __future__ import annotations

import json

from kg.jsontext import pretty


def test_pretty_writes_the_standard_librarys_text() -> None:
    obj = {"quote": "Singles\u2028Day «11.11» \x1f tab\t \"quoted\" \\ 𝄞", "empty": [], "none": None,
           "nested": {"list": [1, -2, 3.5, True], "map": {}}, "n": 18200000000}
    assert pretty(obj) == json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def test_integers_beyond_64_bits_still_write() -> None:
    obj = {"n": 10 ** 30}
    assert pretty(obj) == '{\n  "n": 1000000000000000000000000000000\n}\n'
