"""Bad input: one clear line per problem naming file and line, exit 2, nothing lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

GOOD = ':c a cg:Claim ; cg:quote "It cost" .\n'
GOOD_TEXT = "It cost 5 dollars."


def kg(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``kg ARGS`` in ``cwd``: exit code, standard output and error, run in this process
    (:mod:`tests.inprocess`; a test about the process itself uses :func:`kg_process`)."""
    from tests.inprocess import run_kg
    return run_kg(*args, cwd=cwd)


def kg_process(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``kg ARGS`` in ``cwd``, a ``python -m kg`` process of its own."""
    return subprocess.run([sys.executable, "-m", "kg", *args], cwd=cwd, capture_output=True,
                          text=True, env=_env())


def _env() -> dict[str, str]:
    import os
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def error_lines(proc: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in proc.stderr.splitlines() if line.startswith("error:")]


def assert_no_traceback(proc: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout


def test_malformed_turtle_names_file_and_line(make_doc, tmp_path: Path) -> None:
    root = make_doc("bad", text=GOOD_TEXT, claims=':c a cg:Claim ;\n    cg:quote "It cost .\n')
    proc = kg("build", "--claims", str(root), "-o", str(tmp_path / "g.trig"), cwd=tmp_path)
    assert proc.returncode == 2
    assert_no_traceback(proc)
    [line] = error_lines(proc)
    # 10 prefix lines come first; the unterminated string is on line 12 of the file
    assert line.startswith("error: claims/bad/claims.ttl:12: Turtle syntax error")


def test_missing_source_file(make_doc, tmp_path: Path) -> None:
    root = make_doc("nosrc", text=GOOD_TEXT, claims=GOOD, source=False)
    proc = kg("build", "--claims", str(root), "-o", "-", cwd=tmp_path)
    assert proc.returncode == 2
    assert_no_traceback(proc)
    [line] = error_lines(proc)
    assert line.startswith("error: claims/nosrc/document.ttl:12: source file not found: "
                           "claims/nosrc/source.txt")


def test_unknown_unit(make_doc, tmp_path: Path) -> None:
    claims = GOOD + (':f a cg:Figure ; cg:claim :c ; cg:quote "It cost" ;\n'
                     "    qudt:numericValue 5 ; qudt:unit unit:FURLONG .\n")
    root = make_doc("unit", text=GOOD_TEXT.replace("5 dollars", "it"), claims=claims)
    proc = kg("build", "--claims", str(root), "-o", "-", cwd=tmp_path)
    assert proc.returncode == 2
    assert_no_traceback(proc)
    assert any(line.startswith("error: claims/unit/claims.ttl:12: f: unknown unit "
                               "<http://qudt.org/vocab/unit/FURLONG>") and "known units:" in line
               for line in error_lines(proc))


def test_non_decimal_value(make_doc, tmp_path: Path) -> None:
    claims = GOOD + (':f a cg:Figure ; cg:claim :c ; cg:quote "5 dollars" ;\n'
                     '    qudt:numericValue "five" ; qudt:unit unit:CCY_USD .\n')
    root = make_doc("value", text=GOOD_TEXT,
                    claims=claims.replace('"It cost"', '"It cost 5 dollars"'))
    proc = kg("build", "--claims", str(root), "-o", "-", cwd=tmp_path)
    assert proc.returncode == 2
    assert_no_traceback(proc)
    [line] = error_lines(proc)
    assert line.startswith("error: claims/value/claims.ttl:12: f: qudt:numericValue \"five\" "
                           "is not an exact decimal")


def test_document_folder_without_claims(make_doc, tmp_path: Path) -> None:
    root = make_doc("empty", text=GOOD_TEXT, claims=None)
    proc = kg("build", "--claims", str(root), "-o", "-", cwd=tmp_path)
    assert proc.returncode == 2
    assert_no_traceback(proc)
    assert error_lines(proc) == ["error: claims/empty:0: document folder has no claims file "
                                 "(add a .ttl file with the document's claims)"]


def test_every_error_is_reported_and_good_documents_still_build(make_doc, tmp_path: Path) -> None:
    make_doc("a-good", text=GOOD_TEXT, claims=GOOD)
    make_doc("b-syntax", text=GOOD_TEXT, claims=":c a cg:Claim ; cg:quote <no .\n")
    make_doc("c-nosrc", text=GOOD_TEXT, claims=GOOD, source=False)
    root = make_doc("d-quote", text=GOOD_TEXT, claims=':c a cg:Claim ; cg:quote "It costs" .\n')
    out = tmp_path / "g.nq"
    proc = kg("build", "--claims", str(root), "--format", "nquads", "-o", str(out), cwd=tmp_path)
    assert proc.returncode == 2
    assert_no_traceback(proc)
    files = [line.split(":")[1].strip() for line in error_lines(proc)]
    assert files == ["claims/b-syntax/claims.ttl", "claims/c-nosrc/document.ttl",
                     "claims/d-quote/claims.ttl"]
    assert "Turtle syntax error" in error_lines(proc)[0]
    assert "source file not found" in error_lines(proc)[1]
    assert "closest passage: 'It cost'" in error_lines(proc)[2]
    assert "<https://example.org/doc/d-quote/c>: quote not found" in error_lines(proc)[2]
    graphs = {line.rsplit(" ", 2)[-2] for line in out.read_text().splitlines()}
    assert graphs == {"<https://example.org/doc/a-good>", "<https://w3id.org/claimgraph/ontology>"}
    assert "3 document(s) not built: b-syntax, c-nosrc, d-quote" in proc.stderr


def test_unknown_claims_folder_is_one_line(tmp_path: Path) -> None:
    proc = kg("build", "--claims", "nowhere", cwd=tmp_path)
    assert proc.returncode == 2
    assert_no_traceback(proc)
    assert error_lines(proc) == ["error: nowhere:0: claims folder not found (pass --claims DIR, "
                                 "or run where a claims/ folder is)"]


def test_unknown_document_name_lists_the_known_ones(make_doc, tmp_path: Path) -> None:
    root = make_doc("only-one", text=GOOD_TEXT, claims=GOOD)
    proc = kg("build", "missing-doc", "--claims", str(root), cwd=tmp_path)
    assert proc.returncode == 2
    assert "no document folder named missing-doc" in proc.stderr and "only-one" in proc.stderr


def test_usage_error_exits_2(tmp_path: Path) -> None:
    proc = kg("build", "--format", "xml", cwd=tmp_path)
    assert proc.returncode == 2
    assert_no_traceback(proc)


def test_paper_builds_with_exit_0(tmp_path: Path) -> None:
    proc = kg("build", "--claims", str(ROOT / "claims"), "-o", str(tmp_path / "g.trig"),
              cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "39 claims, 24 figures, 2 dates" in proc.stderr
    assert "41 numeric mentions, 26 encoded, 15 waived, 0 missing (100% covered)" in proc.stderr


def test_two_documents_with_one_iri_are_refused_and_the_rest_checked(make_doc,
                                                                      tmp_path: Path) -> None:
    """Audit: the build said "2 documents", wrote one named graph, and a query returned
    both values of the changed figure."""
    from tests.conftest import document_ttl
    make_doc("a", text=GOOD_TEXT, claims=GOOD)
    make_doc("b", text=GOOD_TEXT, claims=GOOD)
    root = make_doc("c", text=GOOD_TEXT, claims=GOOD)
    (root / "b" / "document.ttl").write_text(document_ttl("a", GOOD_TEXT), encoding="utf-8")
    for command in (["build", "-o", str(tmp_path / "g.trig")], ["check", "--no-cache"],
                    ["check", "--no-cache", "--format", "json"]):
        proc = kg(*command, "--claims", str(root), cwd=tmp_path)
        assert proc.returncode == 2, (command, proc.stderr)
        assert_no_traceback(proc)
        assert error_lines(proc) == [
            "error: claims/a/document.ttl:1: the document IRI <https://example.org/doc/a> is "
            "also the IRI of claims/b (give each document an IRI of its own)",
            "error: claims/b/document.ttl:1: the document IRI <https://example.org/doc/a> is "
            "also the IRI of claims/a (give each document an IRI of its own)"]
    graph = (tmp_path / "g.trig").read_text()
    assert "<https://example.org/doc/c>" in graph and "<https://example.org/doc/a>" not in graph


def test_a_run_over_no_documents_is_bad_input(make_doc, tmp_path: Path) -> None:
    """Audit: --claims pointing at one document folder reported conforms: true, exit 0."""
    root = make_doc("a", text=GOOD_TEXT, claims=GOOD)
    for command in (["check", "--format", "json"], ["build"]):
        proc = kg(*command, "--claims", str(root / "a"), cwd=tmp_path)
        assert proc.returncode == 2
        assert proc.stdout == ""
        assert error_lines(proc) == [
            "error: claims/a:0: no document folders here: nothing to build or check "
            "(claims/a is itself a document folder; pass its parent (--claims claims) "
            "and name it (a))"]
    (tmp_path / "empty").mkdir()
    proc = kg("check", "--claims", str(tmp_path / "empty"), cwd=tmp_path)
    assert proc.returncode == 2 and "no document folders here" in proc.stderr


def test_outputs_that_cannot_be_written_are_one_line(make_doc, tmp_path: Path) -> None:
    import os
    root = make_doc("a", text=GOOD_TEXT, claims=GOOD)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where a folder should be")
    for command in (["build", "-o", str(blocked / "g.nq")],
                    ["check", "-o", str(blocked / "r.json"), "--format", "json"]):
        proc = kg(*command, "--claims", str(root), cwd=tmp_path)
        assert proc.returncode == 2, proc.stderr
        assert_no_traceback(proc)
        [line] = error_lines(proc)
        assert line.startswith("error: not-a-folder/") and "cannot write" in line
    proc = kg("new", "x" * 300, "--source", str(root / "a" / "source.txt"), "--claims",
              str(root), cwd=tmp_path)
    assert proc.returncode == 2 and error_lines(proc) == [
        "error: DOC-ID:0: the document id is 300 characters long (use at most 100 (it names a "
        "folder and IRIs))"]
    assert not any(len(p.name) > 100 for p in root.iterdir())
    assert os.listdir(tmp_path).count("not-a-folder") == 1


def test_a_killed_build_leaves_no_truncated_output(make_doc, tmp_path: Path) -> None:
    """Audit: kill -9 during kg build -o g.nq left g.nq at 0 bytes, 3 tries of 3."""
    import signal
    import time
    root = make_doc("a", text=GOOD_TEXT, claims=GOOD)
    target = tmp_path / "g.nq"
    target.write_text("the previous graph\n")
    for delay in (0.5, 1.0, 1.5, 2.0, 3.0):
        proc = subprocess.Popen([sys.executable, "-m", "kg", "build", "--claims", str(root),
                                 "--format", "nquads", "-o", str(target)], cwd=tmp_path,
                                env=_env(), stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        text = target.read_text()
        assert text == "the previous graph\n" or text.endswith(" .\n"), text[-80:]
        target.write_text("the previous graph\n")


def test_an_iri_made_invalid_by_escapes_is_one_line(make_doc, tmp_path: Path) -> None:
    """Issue 29: Turtle's \\u escapes let an IRI hold "<" (rdflib accepts it); the check's
    SPARQL store refused it mid-check, a ValueError traceback in kg check and the app."""
    iri = "<https://w3id.org/claimgraph/entity/x\\u003Cimg\\u003E>"
    claims = (GOOD.replace(" .\n", f" ; schema:about {iri} .\n")
              + f'{iri} a schema:Organization ; rdfs:label "X" .\n')
    root = make_doc("iri", text=GOOD_TEXT, claims=claims)
    make_doc("fine", text=GOOD_TEXT, claims=GOOD)
    proc = kg("check", "--claims", str(root), cwd=tmp_path)
    assert proc.returncode == 2
    assert_no_traceback(proc)
    [line] = error_lines(proc)
    assert line.startswith("error: claims/iri/claims.ttl:11: <https://w3id.org/claimgraph/"
                           "entity/x<img>> is not a valid IRI"), line
    assert "in 2 documents" in proc.stdout  # the other one is checked
