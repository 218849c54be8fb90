"""kg read: the number in a name ("Line 3", "Terminal 2", "Route 12") names a thing and
says no quantity, so it is no figure (nor anything a headline's count could be tied to)."""

from __future__ import annotations

from pathlib import Path

from kg.read import read
from tests.read import figure_quotes

FERRIES = ("Harbour ferries carry 4.6 million riders as Route 5 draws commuters",
           "Some 4.6 million trips were taken last year. The new Route 5 crossing to "
           "Pelling Quay opened in March, and boats now leave Terminal 2 every hour.")


def _folder(tmp_path: Path) -> Path:
    title, text = FERRIES
    (tmp_path / "note.txt").write_text(f"{title}\n\n{text}\n", encoding="utf-8")
    return read(tmp_path / "note.txt", tmp_path / "c").folder


def test_the_number_of_a_route_or_a_terminal_is_no_figure(tmp_path: Path) -> None:
    made = _folder(tmp_path)
    assert sorted(figure_quotes(made).values()) == ["4.6 million", "Some 4.6 million"]

