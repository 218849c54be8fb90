"""--timeout takes a time limit and nothing else (issue 29): nan, inf, 1e300, -1 and 0
are click's usage error naming the option (exit 2), on every command that takes one."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import click
import pytest

from kg.cli import cli
from kg.cliopts import SECONDS
from tests.cli.test_bad_input import assert_no_traceback
from tests.cli.test_hostile_input import kg


def commands(group: click.Group = cli, path: tuple[str, ...] = ()) -> Iterator[
        tuple[tuple[str, ...], click.Command]]:
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            yield from commands(command, (*path, name))
        else:
            yield (*path, name), command


TIMED = [path for path, command in commands()
         if any("--timeout" in p.opts for p in command.params)]


def test_every_timeout_option_is_of_one_type() -> None:
    assert {"query", "serve"} <= {" ".join(p) for p in TIMED}
    for path, command in commands():
        for param in command.params:
            if "--timeout" in param.opts:
                assert param.type is SECONDS, path


@pytest.mark.parametrize("value", ["nan", "inf", "1e300", "-1", "0", "-inf", "ten"])
@pytest.mark.parametrize("command", [" ".join(p) for p in TIMED])
def test_a_timeout_that_is_no_time_limit_is_a_usage_error(command: str, value: str,
                                                         tmp_path: Path) -> None:
    try:
        proc = kg(*command.split(), f"--timeout={value}", "--claims", str(tmp_path),
                  cwd=tmp_path, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail(f"kg {command} --timeout={value} ran on")
    assert proc.returncode == 2, proc.stderr
    assert_no_traceback(proc)
    assert proc.stderr.splitlines()[-1] == (
        f"Error: Invalid value for '--timeout': '{value}' is not a time limit: give seconds, "
        "more than 0 and at most 86,400 (a day)")


def test_a_time_limit_is_taken() -> None:
    assert SECONDS.convert("0.5", None, None) == 0.5
    assert SECONDS.convert(86_400, None, None) == 86_400.0
