"""What `kg check` loads at start-up (issue 32, point 3: nothing the command does not use).

The modules a run imported are read from ``sys.modules`` in the process that ran the
command; how long the start-up takes is measured in benchmarks/startup.py, never here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.cli.test_bad_input import _env
from tests.conftest import PAPER_DIR

#: what a text report of a document checked on this machine never needs: the readers and
#: the app (spaCy, Streamlit, trafilatura, pdfplumber, dateparser), the other engine and
#: executor (pySHACL, Dask), re-anchoring's fuzzy matching, a process pool for a handful
#: of documents, the other report formats, the stores, rdflib's SPARQL grammar (the project's
#: own shapes run on Oxigraph; only a user's SPARQL goes through the guard's parser)
UNUSED = ("rdflib.plugins.sparql", "pyparsing", "spacy", "streamlit", "trafilatura", "pdfplumber", "dateparser", "pyshacl", "dask",
          "distributed", "rapidfuzz", "multiprocessing", "concurrent.futures.process",
          "kg.read", "kg.authoring", "kg.app", "kg.serve", "kg.store", "kg.export",
          "kg.report.json_report", "kg.report.sarif", "kg.report.junit")

_RUN = """
import json, sys
from kg.cli import main
try:
    main(sys.argv[2:])
finally:
    with open(sys.argv[1], "w") as f:
        json.dump(sorted(sys.modules), f)
"""


def modules_of_check(claims: Path, tmp_path: Path) -> tuple[set[str], str]:
    """The modules ``kg check --claims CLAIMS --no-cache`` imported, and its report."""
    listing = tmp_path / "modules.json"
    proc = subprocess.run([sys.executable, "-c", _RUN, str(listing), "check", "--claims",
                           str(claims), "--no-cache"], cwd=tmp_path, capture_output=True,
                          text=True, env=_env())
    assert proc.returncode in (0, 1), proc.stderr
    return set(json.loads(listing.read_text())), proc.stdout


def loaded(modules: set[str], names: tuple[str, ...]) -> list[str]:
    """Those of ``names`` imported, themselves or any of their submodules."""
    return [n for n in names if any(m == n or m.startswith(n + ".") for m in modules)]


def test_checking_the_paper_imports_nothing_it_does_not_use(tmp_path: Path) -> None:
    modules, report = modules_of_check(PAPER_DIR, tmp_path)
    assert report.startswith("claimgraph check: "), report[:200]
    assert "VIOLATION" in report  # the paper's diagnosis ran, and still needs none of these
    assert loaded(modules, UNUSED) == []
    assert loaded(modules, ("rich", "pyoxigraph", "kg.report.text")) != []  # what it uses

