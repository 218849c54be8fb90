"""Whether a string of a web page may hold a date, htmldate asks with the month names of
every dateparser locale; kg read keeps them (kg/read/extract/month-words.json, with both
libraries' versions) rather than loading each of the 200-odd locales' data to list them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.read.extract import html

ROOT = Path(__file__).resolve().parents[2]


def test_the_kept_month_words_are_htmldates() -> None:
    """(after an upgrade of dateparser or htmldate: ``python -m kg.read.extract.html``)"""
    assert html.MONTH_WORDS.read_text(encoding="utf-8") == html.month_words_text(), \
        "run python -m kg.read.extract.html"


def test_another_dateparser_s_month_words_are_its_own(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    kept = tmp_path / "month-words.json"
    kept.write_text(json.dumps({**html.month_word_versions(), "dateparser": "0.0-other",
                                "words": ["brumaire"]}), encoding="utf-8")
    monkeypatch.setattr(html, "MONTH_WORDS", kept)
    assert html._kept_month_words() is None
    kept.write_text(json.dumps({**html.month_word_versions(), "words": ["brumaire"]}),
                    encoding="utf-8")
    assert html._kept_month_words() == frozenset({"brumaire"})


def test_a_page_s_opening_hours_are_weighed_as_a_date_without_loading_a_locale(
        tmp_path: Path) -> None:
    """"Thu–Sat 8am–10pm" names no year and no English month: htmldate looks its words up
    among every locale's month names ("sat" is one) before it asks dateparser."""
    script = ("from datetime import datetime\n"
              "from dateparser.languages.loader import LocaleDataLoader\n"
              "import htmldate.extractors as found\n"
              "from kg.read.extract.html import _english_dates\n"
              "_english_dates()\n"
              "print(found.has_date_cue('Thu–Sat 8am–10pm', datetime(1995, 1, 1),\n"
              "                         datetime(2030, 1, 1)),\n"
              "      len(LocaleDataLoader._loaded_locales))\n")
    proc = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    assert proc.stdout.split() == ["True", "0"], proc.stderr[-2000:]
