"""Child processes that never outlive the process that started them."""

from __future__ import annotations

import ctypes
import os
import signal
import sys
from typing import Any

PR_SET_PDEATHSIG = 1


def libc() -> Any:
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:  # pragma: no cover - not Linux
        return None


def die_with_parent(parent: int | None = None) -> None:
    """Ask Linux to kill this process when the thread that forked it ends (with its
    process); ``parent``, the pid expected as parent, closes the race of a parent that
    died before the request was made."""
    c = libc()
    if c is not None and sys.platform.startswith("linux"):
        c.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if parent is not None and os.getppid() != parent:
        os._exit(1)
