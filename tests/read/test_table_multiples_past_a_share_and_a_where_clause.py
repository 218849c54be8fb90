"""kg read: a sentence's factor between two table rows ("High Fell made three times as much
as Long Weir") is read where the clause also gives its subject's share ("producing 63.6% of
our power and …": a decimal point ends no clause, and a percent before the factor is no
cell of the rows compared), and where ", where …" goes on about the base's place with a
figure of its own; an amount the factor's clause itself gives still leaves the cells alone."""

from __future__ import annotations

from pathlib import Path

from tests.read import read_labels

_TABLE = """# Generation by site, 2025

| Site | Type | MWh |
|---|---|---|
| Long Weir | Hydro | 1,400 |
| High Fell | Wind | 4,900 |

"""


def _multiples(tmp_path: Path, sentence: str) -> list[str]:
    return read_labels(tmp_path, "sites.md", _TABLE + sentence + "\n", "MultipleRelation")


def test_a_share_said_before_the_factor_leaves_the_rows_compared(tmp_path: Path) -> None:
    assert _multiples(tmp_path, "High Fell had its best year, producing 63.6% of our power "
                                "and three and a half times as much as Long Weir.") == [
        "High Fell 4,900 = three and a half times Long Weir 1,400 (the table)"]


def test_a_where_clause_on_the_base_is_past_the_factors_clause(tmp_path: Path) -> None:
    assert _multiples(tmp_path, "High Fell made three and a half times as much as Long Weir, "
                                "where the river ran low for nine weeks.") == [
        "High Fell 4,900 = three and a half times Long Weir 1,400 (the table)"]
    # an amount the factor's clause itself gives still leaves the cells alone
    assert _multiples(tmp_path / "own", "High Fell made 4.9 GWh, three and a half times as "
                                        "much as Long Weir.") == []
