"""kg read: a share the words give a table's row by its label, with no figure of its own
("Ewes accounted for 38.0 per cent of the pens, and lambs a further 21.5 per cent"), is the
row's cell over the total row's cell in the column the total row fills; a dot-leader list's
labels name their rows as well. A percent after a figure, or with no verb of a part, is
left to what its own words say."""

from __future__ import annotations

from pathlib import Path

from tests.read import read_labels


def _shares(tmp_path: Path, name: str, text: str) -> list[str]:
    return read_labels(tmp_path, name, text, "ShareRelation")


def test_a_row_named_share_is_of_the_total_row(tmp_path: Path) -> None:
    assert _shares(tmp_path, "note.md", (
        "# Store sale report\n\n"
        "| Category | Head | Avg $/head |\n"
        "|---|---:|---:|\n"
        "| Ewes | 1,520 | 182 |\n"
        "| Lambs | 860 | 141 |\n"
        "| Wethers | 1,620 | 155 |\n"
        "| Total | 4,000 |  |\n\n"
        "Ewes accounted for 38.0 per cent of the pens, and lambs a further 21.5 per cent. "
        "Prices held firm.\n")) == ["1,520 is 38.0 per cent of 4,000",
                                     "860 is 21.5 per cent of 4,000"]


def test_a_dot_leader_row_named_share_is_of_the_total(tmp_path: Path) -> None:
    assert _shares(tmp_path, "budget.txt", (
        "RIVERSIDE CHOIR BUDGET 2025\n\n"
        "EXPENDITURE\n\n"
        "    Hall hire and heating ...................... $18,000\n"
        "    Music director fees ........................ $24,000\n"
        "    Printing and publicity ..................... $6,000\n"
        "                                                 --------\n"
        "    Total expenditure .......................... $48,000\n\n"
        "Hall hire, which rose again this year, takes 37.5 per cent of spending.\n")) == [
        "$18,000 is 37.5 per cent of $48,000"]
