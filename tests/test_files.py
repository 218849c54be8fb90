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


# --- -o onto what is not a regular file (issue 29 item 9) ---------------------------------

def test_a_symlink_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    """Audit: -o onto a link replaced the link with a regular file."""
    real = tmp_path / "reports" / "report.json"
    real.parent.mkdir()
    real.write_text("old")
    real.chmod(0o640)
    link = tmp_path / "latest.json"
    link.symlink_to(real)
    write_atomic(link, "new")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text() == "new" and real.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in real.parent.iterdir()) == ["report.json"]  # no temp left


def test_a_dangling_symlink_gets_its_target(tmp_path: Path) -> None:
    link = tmp_path / "out.nq"
    link.symlink_to(tmp_path / "built" / "g.nq")
    write_atomic(link, "x")
    assert link.is_symlink() and (tmp_path / "built" / "g.nq").read_text() == "x"


def test_a_device_is_written_to_not_replaced(tmp_path: Path) -> None:
    """Audit: -o /dev/null as root replaced the device node with a regular file. The test
    writes to a /dev/null of its own (the same device number, made in tmp_path), so that
    it cannot break the machine's when it fails."""
    import stat
    null = tmp_path / "null"
    try:
        os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        null.write_bytes(b"")
    except OSError:
        pytest.skip("cannot make a device node here (not root, or a nodev file system)")
    write_atomic(null, "the report\n")
    assert stat.S_ISCHR(null.stat().st_mode)
    assert os.listdir(tmp_path) == ["null"]
    write_atomic("/dev/null", "the report\n")  # and the machine's, which is left as it was
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_fifo_is_written_into(tmp_path: Path) -> None:
    import threading
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    writer = threading.Thread(target=write_atomic, args=(fifo, "through the pipe\n"),
                              daemon=True)
    writer.start()
    writer.join(30)
    reader.join(30)
    assert not writer.is_alive() and not reader.is_alive()
    assert got == [b"through the pipe\n"]
    assert stat_is_fifo(fifo)


def stat_is_fifo(path: Path) -> bool:
    import stat
    return stat.S_ISFIFO(os.lstat(path).st_mode)


def test_a_folder_is_no_place_to_write(tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        write_atomic(tmp_path, "x")
    assert err.value.problem.message == "cannot write: Is a directory"
