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


def test_a_kept_file_is_read_only_for_the_versions_that_wrote_it(tmp_path) -> None:
    from kg.jsontext import kept

    f = tmp_path / "kept.json"
    assert kept(f, {"babel": "2.16.0"}) is None                      # missing
    f.write_text('{"babel": "2.16.0", "names": {"NOK": "krone"}}')
    assert kept(f, {"babel": "2.16.0"}) == {"babel": "2.16.0", "names": {"NOK": "krone"}}
    assert kept(f, {"babel": "2.17.0"}) is None                      # another version
    assert kept(f, {"babel": "2.16.0", "pycountry": "24.6"}) is None  # a library it lacks
    f.write_text('["babel", "2.16.0"]')
    assert kept(f, {"babel": "2.16.0"}) is None                      # no JSON object
    f.write_text('{"babel": "2.16.0", ')
    assert kept(f, {"babel": "2.16.0"}) is None                      # cut short
