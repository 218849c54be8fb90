"""Fixtures shared by the reading tests."""

from __future__ import annotations

import re

import pytest


@pytest.fixture
def compiles(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The patterns compiled from here on (the re module's own cache emptied first)."""
    import re._compiler as compiler

    seen: list[str] = []
    real = compiler.compile

    def counting(p, flags=0):
        seen.append(p if isinstance(p, str) else "<parsed>")
        return real(p, flags)

    re.purge()
    monkeypatch.setattr(compiler, "compile", counting)
    return seen
