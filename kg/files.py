"""Writing files so that nothing is lost: atomically, and with a clear error.

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
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from kg.problems import InputError, Problem, display_path


def write_atomic(path: Path | str, data: bytes | str) -> None:
    """Replace ``path`` with ``data`` (text is written as UTF-8); parents are created."""
    with atomic_writer(path) as f:
        f.write(data.encode("utf-8") if isinstance(data, str) else data)


@contextlib.contextmanager
def atomic_writer(path: Path | str) -> Iterator[BinaryIO]:
    """A file to write ``path``'s new content into, bit by bit (a streamed build): it
    replaces ``path`` only when the block ends without an error."""
    target = Path(path)
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
            os.chmod(tmp, os.stat(target).st_mode & 0o7777 if target.exists() else 0o644)
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise cannot_write(target, exc) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def cannot_write(path: Path, exc: OSError) -> InputError:
    reason = exc.strerror or str(exc)
    hint = "choose another place with -o, or make the folder writable" \
        if isinstance(exc, PermissionError) or exc.errno in (13, 30) else None
    return InputError(Problem(display_path(path), 0, f"cannot write: {reason}", hint))
