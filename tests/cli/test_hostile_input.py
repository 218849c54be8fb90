"""Hostile input (issue 29): each bad document is one problem line naming its file, the
other documents are still checked, exit 2; never a hang, a traceback or an abort.

Every run has a time limit, so that a regression to a hang fails instead of hanging."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.test_bad_input import GOOD, GOOD_TEXT, _env, assert_no_traceback, error_lines
from tests.conftest import PREFIXES, document_ttl

#: seconds a run over two small documents may take, however loaded the machine
LIMIT = 120


def kg(*args: str, cwd: Path, env: dict[str, str] | None = None,
       timeout: float = LIMIT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg", *args], cwd=cwd, capture_output=True,
                          text=True, env={**_env(), **(env or {})}, timeout=timeout)


FIGURE_CLAIM = GOOD.replace('"It cost"', '"It cost 5 dollars"')


def figure(value: str, extra: str = "") -> str:
    """A claim and its figure, with ``value`` as qudt:numericValue."""
    return FIGURE_CLAIM + (':f a cg:Figure ; cg:claim :c ; cg:quote "5 dollars" ;\n'
                           f"    qudt:numericValue {value} ; {extra}qudt:unit unit:CCY_USD .\n")


def claims_file(folder: Path, turtle: str) -> None:
    (folder / "claims.ttl").write_text(PREFIXES.format(doc_id=folder.name) + turtle)


def source_named(name: str) -> Callable[[Path], None]:
    def spoil(folder: Path) -> None:
        (folder / "document.ttl").write_text(
            document_ttl(folder.name, GOOD_TEXT).replace('"source.txt"', f'"{name}"'))
    return spoil


def sparse_source(folder: Path) -> None:
    with open(folder / "source.txt", "r+b") as f:
        f.truncate(3 * 2 ** 30)  # 3 GB, and not one block of it on disk


def chain(folder: Path) -> None:
    links = "".join(f":d{i} a cg:DerivedFigure ; cg:operation cg:Add ; "
                    f"cg:operands ( :d{i - 1} ) .\n" for i in range(1, 3001))
    claims_file(folder, figure("5") + ":d0 a cg:DerivedFigure ; cg:operation cg:Add ; "
                "cg:operands ( :f ) .\n" + links)


RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
CYCLE = (":d a cg:DerivedFigure ; cg:operation cg:Add ; cg:operands _:l1 .\n"
         f"_:l1 <{RDF}first> :f ; <{RDF}rest> _:l2 .\n_:l2 <{RDF}first> :f ; <{RDF}rest> _:l1 .\n")

#: name -> (how the document "bad" is spoilt, the file named, what the line says)
CASES: dict[str, tuple[Callable[[Path], None], str, str]] = {
    "fifo-ttl": (lambda f: os.mkfifo(f / "more.ttl"), "claims/bad/more.ttl:0",
                 "is a FIFO (named pipe), not a file"),
    "folder-ttl": (lambda f: (f / "more.ttl").mkdir(), "claims/bad/more.ttl:0",
                   "is a folder, not a file"),
    "long-source-name": (source_named("a" * 5000), "claims/bad/document.ttl:12",
                         "(5,000 characters) has a name longer than 255 bytes"),
    "nul-source-name": (source_named("sou\\u0000rce.txt"), "claims/bad/document.ttl:12",
                        "cg:sourceFile 'sou\\x00rce.txt' holds a NUL character"),
    "3-GB-source": (sparse_source, "claims/bad/document.ttl:12",
                    "source file claims/bad/source.txt is 3,072 MiB, more than the 64 MiB read "
                    "at most (set KG_MAX_FILE_MB to read larger files)"),
    "exponent": (lambda f: claims_file(f, figure('"5E999999"^^xsd:decimal')),
                 "claims/bad/claims.ttl:12", "(1,000,000 characters) is out of range"),
    "200,000-digits": (lambda f: claims_file(f, figure('"' + "5" * 200_000 + '"^^xsd:decimal')),
                       "claims/bad/claims.ttl:12",
                       "has 200,000 significant digits, more than 28"),
    "infinity": (lambda f: claims_file(f, figure('"Infinity"^^xsd:decimal')),
                 "claims/bad/claims.ttl:12", 'qudt:numericValue Infinity is not a number'),
    "nan": (lambda f: claims_file(f, figure('"NaN"^^xsd:decimal')),
            "claims/bad/claims.ttl:12", 'qudt:numericValue NaN is not a number'),
    "decimals": (lambda f: claims_file(f, figure("5", "cg:decimals -99999999999999999999 ; ")),
                 "claims/bad/claims.ttl:12",
                 "f: cg:decimals -99999999999999999999 is not a whole number from -40 to 40"),
    "3,001-derived-figures": (chain, "claims/bad/claims.ttl:",
                              "the derived figure stands on a chain of more than 100"),
    "cyclic-operands": (lambda f: claims_file(f, figure("5") + CYCLE), "claims/bad/claims.ttl:14",
                        "d: cg:operands is a list that loops back on itself"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_hostile_document_is_one_line_and_the_other_is_checked(case: str, make_doc,
                                                                 tmp_path: Path) -> None:
    spoil, where, says = CASES[case]
    make_doc("a-good", text=GOOD_TEXT, claims=GOOD)
    root = make_doc("bad", text=GOOD_TEXT, claims=GOOD)
    spoil(root / "bad")
    # with the cache (it hashes every file of a document) and without; and kg build
    for command in (["check", "--format", "json"], ["check", "--no-cache", "--format", "json"],
                    ["build", "-o", "-"]):
        proc = kg(*command, "--claims", str(root), cwd=tmp_path)
        assert proc.returncode == 2, (command, proc.stderr[-2000:])
        assert_no_traceback(proc)
        assert "Warning" not in proc.stderr
        [line] = error_lines(proc)
        assert line.startswith(f"error: {where}") and says in line, line
        assert len(line) < 400
        if command[0] == "check":
            assert '"document": "a-good"' in proc.stdout  # the good document was checked
        else:
            assert "<https://example.org/doc/a-good>" in proc.stdout


def test_the_size_cap_is_configurable(make_doc, tmp_path: Path) -> None:
    root = make_doc("a", text=GOOD_TEXT + " " * 3000, claims=GOOD)
    proc = kg("build", "-o", "-", "--claims", str(root), cwd=tmp_path,
              env={"KG_MAX_FILE_MB": "0.001"})
    assert proc.returncode == 2
    [line] = error_lines(proc)
    assert line == ("error: claims/a/document.ttl:12: source file claims/a/source.txt is 3,018 "
                    "bytes, more than the 1,048 bytes read at most (set KG_MAX_FILE_MB to read "
                    "larger files)")
    assert kg("build", "-o", "-", "--claims", str(root), cwd=tmp_path).returncode == 0


def test_subject_lines_is_linear() -> None:
    """Audit: 60,000 subjects took 99 s (each line counted from the start of the text).
    In a process of its own, so that the old quadratic code fails by its time limit."""
    code = """
import time
from rdflib import Graph
from kg.corpus import subject_lines
g = Graph(bind_namespaces="none")
g.bind("", "https://example.org/d/")
text = "".join(f':s{i} a <https://example.org/T> ; <https://example.org/p> "x" .\\n'
               for i in range(60000)) * 2
start = time.perf_counter()
lines = subject_lines(text, g)
assert lines[next(iter(lines))] == 1 and len(lines) == 60000
assert list(lines.values())[-1] == 60000, list(lines.values())[-1]
print(time.perf_counter() - start)
"""
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=_env(), timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert float(proc.stdout) < 20


# --- control characters reach the terminal shown, not obeyed (item 8) -------------------

#: erase the line, go up one and erase it too, then a forged line; U+202E turns the rest
HOSTILE = "\x1b[2K\x1b[1A\x1b[2Kerror: forged\u202edesrever"
SHOWN = "\\x1b[2K\\x1b[1A\\x1b[2Kerror: forged<U+202E>desrever"
TWO_FIGURES = "Shop A made 5 dollars and shop B made 3 dollars."


def hostile_claims(label: str) -> str:
    turtle = "".join(f"\\u{ord(c):04X}" if ord(c) < 0x20 or ord(c) > 0x7e else c
                     for c in label)
    return (':c a cg:Claim ; cg:quote "Shop A made 5 dollars and shop B made 3 dollars" .\n'
            ':a a cg:Figure ; cg:claim :c ; cg:quote "5 dollars" ; qudt:numericValue 5 ; '
            "qudt:unit unit:CCY_USD ; cg:measures cg:SalesVolume .\n"
            ':b a cg:Figure ; cg:claim :c ; cg:quote "3 dollars" ; qudt:numericValue 3 ; '
            "qudt:unit unit:CCY_USD ; cg:measures cg:SalesVolume .\n"
            ":r a cg:ComparisonRelation ; cg:claim :c ; cg:basis cg:Stated ; "
            f'rdfs:label "{turtle}"@en ; cg:greater :b ; cg:lesser :a .\n')


def test_control_characters_in_a_document_are_shown_not_obeyed(make_doc,
                                                               tmp_path: Path) -> None:
    """Audit: ESC sequences and U+202E in labels, quotes and folder names reached the
    terminal raw (a document could erase report lines), and a newline in a folder name
    forged an error: line."""
    root = make_doc("labels", text=TWO_FIGURES, claims=hostile_claims(HOSTILE))
    make_doc("x\x1b[31m\nerror: forged.ttl:1: forged", text=GOOD_TEXT, claims=None)
    for command in (["check", "--no-cache"], ["check", "--no-cache", "-o", "report.txt"],
                    ["build", "-o", "-"]):
        proc = kg(*command, "--claims", str(root), cwd=tmp_path)
        assert proc.returncode == 2, proc.stderr
        assert_no_traceback(proc)
        # the graph kg build writes is data (RDF has no way to show a control character)
        out = proc.stderr + (proc.stdout if command[0] == "check" else "")
        if "-o" in command:
            out += (tmp_path / "report.txt").read_text()
        assert "\x1b" not in out and "\u202e" not in out
        lines = error_lines(proc)
        # the folder's own problems (its name breaks document.ttl too), and no forged line
        assert lines and all(line.startswith("error: claims/x\\x1b[31m\\nerror: forged.ttl:1: "
                                             "forged") for line in lines), lines
        assert not any(line.startswith("error: forged") for line in proc.stderr.splitlines())
        if command[0] == "check":
            assert SHOWN in out  # the label, in the report


def test_the_report_on_a_terminal_shows_control_characters(make_doc) -> None:
    """On a terminal rich writes styles of its own; the document's ESC and U+202E are still
    written out."""
    from kg.build import build_corpus
    from kg.check import check_corpus
    from kg.cli import render_report
    from kg.report import sources
    result = build_corpus(make_doc("labels", text=TWO_FIGURES, claims=hostile_claims(HOSTILE)))
    report = check_corpus(result)
    data = render_report(report, sources(result), fmt="text", fail_on="violation",
                         passes=True, to_terminal=True).decode()
    assert "\x1b[1m" in data or "\x1b[" in data  # rich's own styles
    assert "\x1b[2K" not in data and "\x1b[1A" not in data and "\u202e" not in data
    assert SHOWN in data


def test_o_onto_standard_output_writes_there(make_doc, tmp_path: Path) -> None:
    """Audit: -o /dev/stdout as root replaced /dev/stdout (a link) with a regular file. A
    link of the test's own to /proc/self/fd/1 stands in for it (the machine's /dev/stdout
    is not put at risk by a regression)."""
    root = make_doc("a", text=GOOD_TEXT, claims=GOOD)
    stdout = tmp_path / "stdout"
    stdout.symlink_to("/proc/self/fd/1")
    proc = kg("check", "--no-cache", "--format", "json", "-o", str(stdout), "--claims", str(root),
              cwd=tmp_path)
    assert proc.returncode in (0, 1), proc.stderr
    assert proc.stdout.startswith("{") and '"document": "a"' in proc.stdout
    assert stdout.is_symlink() and os.readlink(stdout) == "/proc/self/fd/1"
