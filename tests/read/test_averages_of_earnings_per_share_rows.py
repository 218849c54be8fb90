"""kg read: a table whose rows are measures, one of them earnings per share ("Basic EPS
(€)"), states in each column that the profit row ("Profit after tax") over the row counting
the shares ("Weighted average shares (millions)") is the earnings per share; with no row of
shares, over the one count of shares the text writes ("based on 41.0 million weighted
average shares"). The rows' words pick the rows ("Underlying EPS" is of "Underlying net
profit"), never their values; a count of shares whose scale nothing says is left alone."""

from __future__ import annotations

import re
from pathlib import Path

from kg.read import read
from tests.read import violations

_ROWS = """Harbour Foods plc - interim results

Harbour Foods reported a 12% rise in profit after tax for the half-year.

Key figures (EUR million unless stated)

    Measure                               H1 2025     H1 2024
    Revenue                                 812.0       744.5
    Profit after tax                         65.6        58.5
    Weighted average shares (millions)       41.0        39.0
    Basic EPS (EUR)                          {eps}        1.50
"""


def _averages(tmp_path: Path, text: str) -> list[str]:
    (tmp_path / "results.txt").write_text(text, encoding="utf-8")
    made = read(tmp_path / "results.txt", tmp_path / "c")
    path = made.folder / "relations.ttl"
    relations = path.read_text(encoding="utf-8") if path.exists() else ""
    return re.findall(r'a cg:AverageRelation ;.*\n.*\n\s+rdfs:label "([^"]+)"', relations)


def test_each_column_s_profit_over_its_shares_is_its_earnings_per_share(
        tmp_path: Path) -> None:
    assert _averages(tmp_path, _ROWS.format(eps="1.60")) == [
        "H1 2025: Profit after tax 65.6 ÷ Weighted average shares (millions) 41.0 = "
        "Basic EPS (EUR) 1.60",
        "H1 2024: Profit after tax 58.5 ÷ Weighted average shares (millions) 39.0 = "
        "Basic EPS (EUR) 1.50"]
    assert violations(tmp_path) == []


def test_earnings_per_share_the_profit_does_not_make_is_a_violation(tmp_path: Path) -> None:
    # EUR 65.6 million over 41.0 million shares is EUR 1.60 a share, not 1.69
    assert len(_averages(tmp_path, _ROWS.format(eps="1.69"))) == 2
    assert violations(tmp_path) == ["average"]


def test_the_kind_of_earnings_the_row_names(tmp_path: Path) -> None:
    text = """Tidewater Ports - full-year results

Earnings per share are based on 120.0 million weighted average shares.

Key figures (AUD million unless stated)

    Measure                     FY2025
    Statutory net profit          31.2
    Underlying net profit         36.0
    Underlying EPS (AUD)          0.30
"""
    assert _averages(tmp_path, text) == [
        "FY2025: Underlying net profit 36.0 ÷ 120.0 million = Underlying EPS (AUD) 0.30"]


def test_shares_whose_scale_nothing_says_are_left_alone(tmp_path: Path) -> None:
    text = _ROWS.format(eps="1.60").replace("Weighted average shares (millions)",
                                            "Weighted average shares           ")
    assert _averages(tmp_path, text) == []
