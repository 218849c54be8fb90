"""kg read: a verb, bound or comparative the words deny ("did not exceed the £5 million
budget", "failed to beat the record of 44%", "is no longer above the 3% limit", "41%, not
higher than the 44% of 2019") states the other order of its two figures, never the one the
bare verb would; a superlative denied ("Roads are no longer the largest line") claims no
rank over the table's other rows. Read the bare verb's way, each would fail on a consistent
text: a false violation."""

from __future__ import annotations

from pathlib import Path

from tests.read import comparison_cells, relation_labels


def test_a_denied_verb_of_passing_orders_its_figures_the_other_way(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Town hall note", "Spending on the new depot, at £4.3 "
                           "million, did not exceed the approved budget of £5 million.",
                           "ComparisonRelation") == ["£5 million > £4.3 million"]
    assert relation_labels(tmp_path / "b", "Regatta note", "Entries of 318 boats failed to "
                           "beat the previous record of 342 boats.",
                           "ComparisonRelation") == ["342 > 318"]
    assert relation_labels(tmp_path / "c", "Museum note", "Attendance of 1.2 million never "
                           "overtook the 2018 peak of 1.5 million.",
                           "ComparisonRelation") == ["1.5 million > 1.2 million"]
    # words that only sharpen the verb ("not only exceeded") leave its order
    assert relation_labels(tmp_path / "d", "Appeal note", "Gifts of £61,000 not only "
                           "exceeded the target of £50,000 but set a record.",
                           "ComparisonRelation") == ["£61,000 > £50,000"]


def test_a_denied_bound_orders_its_figures_the_other_way(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Budget note", "The shortfall of 2.6% is no longer above "
                           "the 3% limit set by the treasury.",
                           "ComparisonRelation") == ["3% > 2.6%"]
    assert relation_labels(tmp_path / "b", "Lender note", "Leverage of 1.4 times was not "
                           "above the covenant ceiling of 2.5 times.",
                           "ComparisonRelation") == ["2.5 times > 1.4 times"]


def test_a_denied_comparative_orders_its_figures_the_other_way(tmp_path: Path) -> None:
    assert relation_labels(tmp_path, "Ballot note", "Turnout came to 38%, not higher than "
                           "the 45% recorded at the last count.",
                           "ComparisonRelation") == ["45% > 38%"]


_TABLE = ("Spending by service (£ million)\n\n| Service | 2025 |\n|---|---|\n"
          "| Schools | 52.4 |\n| Highways | 47.9 |\n| Libraries | 6.1 |\n\n")


def _ranked(folder: Path, text: str) -> list[tuple[str, str]]:
    """(greater, lesser) cell ids of each comparison kg read writes for the table and
    ``text``."""
    return comparison_cells(folder, _TABLE + text + "\n")


def test_a_denied_superlative_ranks_no_row(tmp_path: Path) -> None:
    assert _ranked(tmp_path / "a", "Highways are no longer the largest service, at £47.9 "
                   "million.") == []
    assert _ranked(tmp_path / "b", "Libraries were never the biggest service, at £6.1 "
                   "million.") == []
    # the superlative said outright still ranks its row above the next largest
    assert _ranked(tmp_path / "c", "Schools remain the largest service, at £52.4 "
                   "million.") == [("f-t1-r1-c1", "f-t1-r2-c1")]
