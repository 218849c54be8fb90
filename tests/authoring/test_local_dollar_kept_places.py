"""What local_dollar reads of pycountry and babel (the dollar countries, their regions,
abbreviations and web domains) is kept in kg/authoring/dollar-places.json with both
libraries' versions, so that placing a text's "$" loads neither library's data."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import kg.authoring.new as new

ROOT = Path(__file__).resolve().parents[2]


def test_the_kept_dollar_places_are_pycountrys_and_babels() -> None:
    """(after an upgrade of pycountry or babel: ``python -m kg.authoring.new``)"""
    assert new.DOLLAR_PLACES.read_text(encoding="utf-8") == new.dollar_places_text(), \
        "run python -m kg.authoring.new"


def test_another_pycountry_is_asked_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(new, "dollar_place_versions",
                        lambda: {"pycountry": "0.0-other", "babel": "2.19.0"})
    monkeypatch.setattr(new, "dollar_places_of_libraries",
                        lambda: asked.append(True) or {"places": {"Atlantis": "ATD"}})
    new._dollar_kept.cache_clear()
    try:
        assert new._dollar_kept() == {"places": {"Atlantis": "ATD"}}
    finally:
        new._dollar_kept.cache_clear()
    assert asked == [True]


def test_placing_a_dollar_loads_neither_pycountry_nor_babel(tmp_path: Path) -> None:
    script = ("import sys\n"
              "from kg.authoring.new import local_dollar\n"
              "print(local_dollar('NELSON, Tasman - The ferry fare rose to $48.'),\n"
              "      local_dollar('The council of the Province of Manitoba gave $2 million.'),\n"
              "      local_dollar('Write to the hall at www.brightwater.example.au; seats $35.'),\n"
              "      sorted({m.split('.')[0] for m in sys.modules} & {'pycountry', 'babel'}))\n")
    proc = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    assert proc.stdout.split() == ["NZD", "CAD", "AUD", "[]"], proc.stderr[-2000:]
