"""Progress bars: on a terminal only, and never in machine-readable output."""

from __future__ import annotations

import io
import sys

from kg.progress import progress_bar


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def run(monkeypatch, *, quiet: bool, total: int = 20) -> str:
    err = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", err)
    with progress_bar("checking", quiet=quiet) as bar:
        step = bar(total)
        for _ in range(total):
            step()
    return err.getvalue()


def test_a_bar_on_a_terminal(monkeypatch) -> None:
    assert "checking" in run(monkeypatch, quiet=False)


def test_quiet_when_asked_for_json(monkeypatch) -> None:
    assert run(monkeypatch, quiet=True) == ""


def test_quiet_when_not_a_terminal(monkeypatch) -> None:
    err = io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    with progress_bar("checking") as bar:
        step = bar(20)
        step()
    assert err.getvalue() == ""


def test_no_bar_for_a_handful(monkeypatch) -> None:
    assert run(monkeypatch, quiet=False, total=2) == ""
