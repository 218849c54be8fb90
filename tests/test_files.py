"""Files are replaced atomically: a write cut short leaves the old file whole."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.files import write_atomic
from kg.problems import InputError


def test_a_write_cut_short_leaves_the_old_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "g.nq"
    target.write_text("the previous graph\n")

    def killed(fd: int) -> None:
        raise KeyboardInterrupt  # as if the process died after writing, before the rename

    monkeypatch.setattr(os, "fsync", killed)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "a new graph that is never seen half-written\n" * 1000)
    assert target.read_text() == "the previous graph\n"


def test_a_folder_that_cannot_be_written_is_an_input_error(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("x")
    with pytest.raises(InputError) as err:
        write_atomic(blocked / "out.json", "{}")
    assert err.value.problem.message.startswith("cannot write: ")


def test_the_old_file_s_permissions_are_kept(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("{}")
    target.chmod(0o600)
    write_atomic(target, "[]")
    assert target.read_text() == "[]" and target.stat().st_mode & 0o777 == 0o600
