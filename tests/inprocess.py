"""``kg ARGS`` run in the test's own process, answered as ``subprocess.run([python, "-m",
"kg", *ARGS], capture_output=True, text=True)`` answers it.

A child ``python -m kg`` costs about a second of CPU before it does anything (the
interpreter, rdflib, click, the vocabulary), and a hundred tests started one or more: for a
test about what a command reads, writes, prints or exits with, and not about the process
(start-up, signals, servers, the installed script, a hash seed), this runs the same entry
point (:func:`kg.cli.main`, the one ``python -m kg`` calls) with the same arguments, in the
same folder and environment, and gives back the same exit code, standard output and standard
error: a user's mistake is still ``error: …`` on standard error and exit 2, a bug still a
traceback on standard error and exit 1.
"""

from __future__ import annotations

import io
import locale
import os
import subprocess
import sys
import traceback
from collections.abc import Mapping
from pathlib import Path


def _stream() -> io.TextIOWrapper:
    # a text stream over bytes, as a pipe is: kg writes reports to sys.stdout.buffer
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="backslashreplace",
                            write_through=True)


def _text(stream: io.TextIOWrapper) -> str:
    stream.flush()
    data = stream.buffer.getvalue()  # type: ignore[attr-defined]
    # decoded as subprocess.run(text=True) decodes a pipe: the locale's encoding, universal
    # newlines
    return io.TextIOWrapper(io.BytesIO(data), encoding=locale.getpreferredencoding(False)).read()


def run_kg(*args: str, cwd: Path | str | None = None,
           env: Mapping[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``kg ARGS`` in ``cwd`` with ``env`` added to the environment, in this process."""
    from kg.cli import main

    argv = [str(a) for a in args]
    before_cwd = os.getcwd()
    saved_env = {key: os.environ.get(key) for key in (env or {})}
    saved = sys.stdout, sys.stderr
    out, err = _stream(), _stream()
    code: int = 0
    try:
        if cwd is not None:
            os.chdir(cwd)
        os.environ.update(env or {})
        sys.stdout, sys.stderr = out, err
        try:
            main(argv)
        except SystemExit as exc:  # click and kg's main end every run so
            if exc.code is None:
                code = 0
            elif isinstance(exc.code, int):
                code = exc.code
            else:  # sys.exit("message"): the message on standard error, exit 1
                print(exc.code, file=err)
                code = 1
        except Exception:  # what the interpreter does with an uncaught exception
            traceback.print_exc(file=err)
            code = 1
    finally:
        sys.stdout, sys.stderr = saved
        os.chdir(before_cwd)
        for key, value in saved_env.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return subprocess.CompletedProcess([sys.executable, "-m", "kg", *argv], code,
                                       _text(out), _text(err))
