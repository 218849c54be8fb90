"""Reading input files within bounds, and writing files so that nothing is lost.

A claims or source file is read by :func:`read_input`: only a regular file, and only
up to :func:`max_input_bytes` (a FIFO would block the run forever, a 3 GB text would
end it with a MemoryError); anything else is a problem naming the file.

Every file claimgraph writes goes through :func:`write_atomic`: the data goes to a
temporary file beside the target, which is then renamed over it, so a run that is
killed half-way leaves the old file (or none), never a truncated one.  A file that
cannot be written is bad input (exit 2) named in one line, not a traceback.

>>> import tempfile, pathlib
>>> target = pathlib.Path(tempfile.mkdtemp()) / "out" / "report.json"
>>> write_atomic(target, "{}")
>>> target.read_text()
'{}'
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from kg.problems import InputError, Problem, display_path


#: the largest claims or source file read, in MiB, unless KG_MAX_FILE_MB says otherwise
DEFAULT_MAX_FILE_MB = 64
MAX_FILE_ENV = "KG_MAX_FILE_MB"


class UnreadableFile(ValueError):
    """An input file that is not read: not a regular file, too large, or unreadable."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.hint = hint


def max_input_bytes() -> int:
    """The size cap of an input file: ``KG_MAX_FILE_MB`` (MiB), else 64 MiB.  An
    environment variable, so local and Dask worker processes see the same cap."""
    text = os.environ.get(MAX_FILE_ENV, "")
    try:
        mb = float(text) if text else DEFAULT_MAX_FILE_MB
    except ValueError:
        mb = DEFAULT_MAX_FILE_MB
    if not 0 < mb < 2 ** 40:  # nan, inf, 0 and negatives: the default
        mb = DEFAULT_MAX_FILE_MB
    return int(mb * 2 ** 20)


def _size(n: int) -> str:
    return f"{n / 2 ** 20:,.0f} MiB" if n >= 2 ** 20 else f"{n:,} bytes"


def _kind(mode: int) -> str:
    return ("a folder" if stat.S_ISDIR(mode) else "a FIFO (named pipe)" if stat.S_ISFIFO(mode)
            else "a socket" if stat.S_ISSOCK(mode) else "a device" if stat.S_ISCHR(mode)
            or stat.S_ISBLK(mode) else "not a regular file")


def read_input(path: Path | str, limit: int | None = None) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` (default
    :func:`max_input_bytes`) of them; :class:`UnreadableFile` otherwise.

    Opened without blocking and checked with fstat, so a FIFO swapped in after a
    check cannot hang the run; the size is checked before anything is read."""
    limit = max_input_bytes() if limit is None else limit
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the name
        raise UnreadableFile(f"cannot read: {getattr(exc, 'strerror', None) or exc}") from None
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode):
        os.close(fd)  # (os.fdopen refuses a folder)
        raise UnreadableFile(f"is {_kind(st.st_mode)}, not a file", "put a text file there")
    with os.fdopen(fd, "rb") as f:
        if st.st_size > limit:
            raise UnreadableFile(
                f"is {_size(st.st_size)}, more than the {_size(limit)} read at most",
                f"set {MAX_FILE_ENV} to read larger files")
        try:
            data = f.read(limit + 1)
        except OSError as exc:
            raise UnreadableFile(f"cannot read: {exc.strerror or exc}") from None
    if len(data) > limit:  # grew after the check
        raise UnreadableFile(f"is more than the {_size(limit)} read at most",
                             f"set {MAX_FILE_ENV} to read larger files")
    return data


def write_atomic(path: Path | str, data: bytes | str) -> None:
    """Replace ``path`` with ``data`` (text is written as UTF-8); parents are created."""
    with atomic_writer(path) as f:
        f.write(data.encode("utf-8") if isinstance(data, str) else data)


@contextlib.contextmanager
def atomic_writer(path: Path | str) -> Iterator[BinaryIO]:
    """A file to write ``path``'s new content into, bit by bit (a streamed build): it
    replaces ``path`` only when the block ends without an error.

    What is there is never replaced by a regular file: a device, FIFO or socket
    (``-o /dev/null``, ``-o /dev/stdout``) is written to as it is, and a symbolic link is
    written through, to its target (atomically, beside it, when that is a regular file)."""
    target = Path(path)
    try:
        existing = os.stat(target)  # through links
    except FileNotFoundError:
        existing = None
    except OSError as exc:
        raise cannot_write(target, exc) from None
    if existing is not None and stat.S_ISDIR(existing.st_mode):
        raise cannot_write(target, IsADirectoryError(21, "Is a directory"))
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        with _written_in_place(target) as f:
            yield f
        return
    if os.path.islink(target):
        resolved = Path(os.path.realpath(target))
        if resolved.parts[1:2] == ("proc",):  # /dev/stdout and /dev/fd/N onto a file
            with _written_in_place(target) as f:
                yield f
            return
        target = resolved  # the link stays; its target is replaced
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name[:40]}.",
                                   suffix=".tmp")
    except OSError as exc:
        raise cannot_write(target, exc) from None
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        with contextlib.suppress(OSError):  # keep the old file's permissions
            os.chmod(tmp, existing.st_mode & 0o7777 if existing is not None else 0o644)
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise cannot_write(target, exc) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def _written_in_place(target: Path) -> Iterator[BinaryIO]:
    """``target`` opened and written as it is: a device, a FIFO (which waits for its
    reader), a socket, a file behind /proc's links."""
    try:
        f = open(target, "wb")  # noqa: SIM115 - closed below, its errors named
    except OSError as exc:
        raise cannot_write(target, exc) from None
    try:
        with f:
            yield f
    except OSError as exc:
        raise cannot_write(target, exc) from None


def cannot_write(path: Path, exc: OSError) -> InputError:
    reason = exc.strerror or str(exc)
    hint = "choose another place with -o, or make the folder writable" \
        if isinstance(exc, PermissionError) or exc.errno in (13, 30) else None
    return InputError(Problem(display_path(path), 0, f"cannot write: {reason}", hint))
