"""The CI example runs: every `kg` command in it works on the bundled paper."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from tests.cli.test_bad_input import kg
from tests.conftest import ROOT


def test_workflow_example_commands_run(tmp_path: Path) -> None:
    workflow = (ROOT / "examples" / "github-actions" / "check-claims.yml").read_text()
    commands = re.findall(r"^\s*(kg [^|\n]+?)(?:\s*\|\|.*)?$", workflow, re.MULTILINE)
    assert len(commands) == 2
    (tmp_path / "claims").symlink_to(ROOT / "claims")
    for command in commands:
        proc = kg(*shlex.split(command)[1:], cwd=tmp_path)
        assert proc.returncode == 1, proc.stderr  # the paper has violations
        output = tmp_path / shlex.split(command)[-1]
        assert output.stat().st_size > 1000
