"""A nutrient's load written "kg N/ha", and a mass the words put per hectare after naming
what it is of ("9.4 kg of phosphorus lost per hectare"), are masses per hectare, not masses;
kg check accepts the note that says so."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal as D
from pathlib import Path

import pytest

from kg.authoring.new import _drafts
from kg.numbers import find_mentions


def units(sentence: str) -> dict[str, str]:
    return {d.quote: d.unit for d in _drafts(sentence, find_mentions(sentence), "USD", {})}


@pytest.mark.parametrize("text,quote,value", [
    ("runoff carried 12.6 kg P/ha off the slope", "12.6 kg P/ha", D("12.6")),
    ("leaching of 41 kg N/ha in the wet year", "41 kg N/ha", D("41")),
])
def test_a_nutrient_load_per_hectare(text: str, quote: str, value: D) -> None:
    m = find_mentions(text)[0]
    assert (m.text, m.value, m.unit) == (quote, value, "KG/HA")


def test_a_mass_the_words_put_per_hectare() -> None:
    got = units("Buffer strips kept back 9.4 kg of phosphorus lost per hectare, and "
                "2.1 tonnes of soil a hectare.")
    assert got["9.4 kg"] == "unit:KiloGM-PER-HA"
    assert got["2.1 tonnes"] == "unit:TONNE-PER-HA"


def test_a_mass_of_something_else_stays_a_mass() -> None:
    got = units("The farm sold 40 tonnes of barley per week and 3 kg of seed.")
    assert got["40 tonnes"] == "unit:TONNE" and got["3 kg"] == "unit:KiloGM"


def test_kg_check_accepts_a_mass_put_per_hectare(tmp_path: Path) -> None:
    from kg.read import read
    source = tmp_path / "trial.txt"
    source.write_text("Buffer strip trial\n\nLosses fell from 21.3 kg P/ha to 11.9 kg P/ha, "
                      "or 9.4 kg of phosphorus kept per hectare.\n", encoding="utf-8")
    folder = read(source, tmp_path / "c").folder
    assert "unit:KiloGM-PER-HA" in (folder / "claims.ttl").read_text(encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "kg.cli", "check", "--claims",
                           str(tmp_path / "c"), "--no-cache"], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
