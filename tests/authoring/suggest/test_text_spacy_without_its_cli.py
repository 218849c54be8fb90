"""The blank English pipeline is made without importing spaCy's command line (typer,
weasel, requests: a third of spaCy's import, which a read never uses), and spaCy's own
command line and ``spacy.info`` still work after it."""

import os
import subprocess
import sys
from pathlib import Path

import kg

_PROBE = """
import sys
from kg.authoring.suggest.text import nlp, Patterns
doc = nlp()("Sales rose from $4.2 million to $5 million in 2024.")
print([t.text for t in doc])
print(sorted(m for m in ("typer", "weasel", "requests", "spacy.cli") if m in sys.modules))
import spacy
import spacy.cli
print(callable(spacy.cli.setup_cli), sorted(spacy.info())[:1])
"""


def test_the_pipeline_is_made_without_spacys_command_line(tmp_path) -> None:
    # a new interpreter (nothing of spaCy imported yet), of this kg
    env = {**os.environ, "PYTHONPATH": str(Path(kg.__file__).parents[1])}
    out = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True,
                         check=True, cwd=tmp_path, env=env).stdout.splitlines()
    assert out[0] == str(["Sales", "rose", "from", "$", "4.2", "million", "to", "$", "5",
                          "million", "in", "2024", "."])
    assert out[1] == "[]"
    assert out[2].startswith("True [")


_FALLBACK = """
from kg.authoring.suggest.text import _spacy
spacy = _spacy()
print(spacy.EXTRA, spacy.cli.__file__.endswith("__init__.py"))
"""


def test_a_spacy_whose_import_wants_more_of_its_cli_is_imported_the_plain_way(
        tmp_path) -> None:
    """The stand-in holds only ``spacy.info``: a spaCy (another version) whose own import
    takes more from its command line is imported whole instead, never half."""
    fake = tmp_path / "site" / "spacy"
    (fake / "cli").mkdir(parents=True)
    (fake / "__init__.py").write_text("from .cli.info import info\nfrom .cli.extra import EXTRA\n")
    (fake / "cli" / "__init__.py").write_text("")
    (fake / "cli" / "info.py").write_text("def info():\n    return {}\n")
    (fake / "cli" / "extra.py").write_text("EXTRA = 'whole'\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(tmp_path / "site"), str(Path(kg.__file__).parents[1])])}
    out = subprocess.run([sys.executable, "-c", _FALLBACK], capture_output=True, text=True,
                         check=True, cwd=tmp_path, env=env).stdout.split()
    assert out == ["whole", "True"]
