"""What-if: re-checking with assumed values shows which findings clear."""

from __future__ import annotations

import contextlib
import json
from decimal import Decimal
from pathlib import Path

import pytest

from kg.build import BuildResult, build_corpus
from kg.check import check_corpus
from kg.diagnose.whatif import apply, parse_assumption, quick_verdicts
from kg.problems import InputError
from tests.cli.test_bad_input import kg
from tests.conftest import PAPER_DIR, PAPER_ID


def test_applying_the_diagnosis_clears_both_violations() -> None:
    result = build_corpus(PAPER_DIR)
    assumed = apply(result, [parse_assumption('f-bf-malls=9.1 billion', result)])
    report = check_corpus(assumed)
    assert report.summary()["violations"] == 0 and report.exit_code() == 0
    # the original build is untouched
    assert check_corpus(result, diagnose=False).summary()["violations"] == 2


def test_a_wrong_assumption_does_not_clear(tmp_path: Path) -> None:
    proc = kg("check", "--claims", str(PAPER_DIR), "--format", "json",
              "--assume", "f-bf-malls=5 billion", cwd=tmp_path)
    assert proc.returncode == 1
    what_if = json.loads(proc.stdout)["whatIf"]
    assert what_if["cleared"] == []
    assert what_if["stillFailing"] == [f"{PAPER_ID}/r-bf-sum/sum",
                                       f"{PAPER_ID}/r-malls-gap/difference"]


def test_what_if_from_the_command_line(tmp_path: Path) -> None:
    proc = kg("check", "--claims", str(PAPER_DIR), "--no-passes",
              "--assume", "f-bf-malls=9100000000", cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout
    assert "WHAT IF  assuming f-bf-malls = 9100000000:" in proc.stdout
    assert (f"cleared: {PAPER_ID}/r-bf-sum/sum, {PAPER_ID}/r-malls-gap/difference"
            in proc.stdout)


def test_a_value_that_breaks_a_passing_relation_is_newly_failing(tmp_path: Path) -> None:
    # 9.4 billion for the malls would put them above Alibaba's 9.3 billion
    proc = kg("check", "--claims", str(PAPER_DIR), "--format", "json",
              "--assume", "f-bf-malls=9.4 billion", cwd=tmp_path)
    what_if = json.loads(proc.stdout)["whatIf"]
    assert f"{PAPER_ID}/r-beaten-offline/comparison" in what_if["newlyFailing"]


@pytest.mark.parametrize("text,message", [
    ("f-bf-malls", "expected FIGURE=VALUE"),
    ("f-nowhere=3", "no figure named 'f-nowhere'"),
    ("f-bf-malls=lots", "cannot read the value 'lots'"),
])
def test_bad_assumptions_are_clear_errors(text: str, message: str) -> None:
    with pytest.raises(InputError) as err:
        parse_assumption(text, build_corpus(PAPER_DIR))
    assert message in str(err.value)


def test_bad_assumption_exits_2_without_traceback(tmp_path: Path) -> None:
    proc = kg("check", "--claims", str(PAPER_DIR), "--assume", "nope=1", cwd=tmp_path)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "error: --assume:0: no figure named 'nope'" in proc.stderr


def test_verifying_a_diagnosis_rechecks_only_its_own_document(make_doc, monkeypatch) -> None:
    # regression: every diagnosis re-checked the whole corpus, so a corpus's diagnoses
    # cost grew with the square of its size
    from kg.diagnose import run as diagnose_run

    text = "Malls made 910 million, online 2.3 billion, in all 11.4 billion."
    claims = (f':c a cg:Claim ; cg:quote "{text}" ; schema:about ent:x .\n'
              'ent:x rdfs:label "X" .\n'
              + "".join(f':{n} a cg:Figure ; cg:claim :c ; cg:quote "{q}" ; qudt:numericValue {v} ; '
                        "qudt:unit unit:NUM ; schema:about ent:x ; cg:measures cg:SalesVolume .\n"
                        for n, q, v in (("a", "910 million", 910000000),
                                        ("b", "2.3 billion", 2300000000),
                                        ("t", "11.4 billion", 11400000000)))
              + ':r a cg:SumRelation ; cg:claim :c ; cg:basis cg:Stated ; rdfs:label "r" ; '
                "cg:total :t ; cg:part :a, :b .\n")
    for name in ("d1", "d2", "d3"):
        root = make_doc(name, text=text, claims=claims)
    seen: list[list[str]] = []
    original = diagnose_run.all_hold

    def spy(result, assumptions, focus):
        seen.append([d.doc_id for d in result.documents])
        return original(result, assumptions, focus)

    monkeypatch.setattr(diagnose_run, "all_hold", spy)
    report = check_corpus(build_corpus(root))
    assert [d.clears_all for d in report.diagnosis_objects] == [True, True, True]
    assert seen == [["d1"], ["d2"], ["d3"]]


@pytest.mark.parametrize("assumed", ["f-bf-malls=9.1 billion", "f-bf-malls=9.4 billion"])
def test_verdicts_in_the_store_equal_verdicts_on_a_copied_graph(assumed: str) -> None:
    # the diagnosis verifies its candidates by editing the Oxigraph store, not by copying
    # the graph; both ways must give every relation the same verdict
    result = build_corpus(PAPER_DIR)
    assumption = parse_assumption(assumed, result)
    in_store = quick_verdicts(result, [assumption])
    copied = quick_verdicts(apply(result, [assumption]))
    assert in_store == copied
    assert in_store != quick_verdicts(result)  # the assumption did change something
    assert len(result.documents[0].graph) == len(build_corpus(PAPER_DIR).documents[0].graph)


def test_verdicts_asked_of_some_relations_equal_theirs_of_all() -> None:
    # a diagnosis asks a what-if about the relations near the figures it changes; the
    # checks that cannot be about them are left out, and theirs must not change
    import random

    from rdflib.namespace import RDF

    from kg.check import oxigraph
    from kg.diagnose.whatif import Assumption
    from kg.namespaces import CG, QUDT

    rng = random.Random(3)
    result = build_corpus()
    for doc in result.documents:
        graph = doc.graph
        relations = sorted({str(r) for r, _, _ in graph.triples((None, CG.claim, None))
                            if (r, RDF.type, CG.Figure) not in graph
                            and (r, RDF.type, CG.Claim) not in graph})
        figures = sorted(graph.subjects(RDF.type, CG.Figure), key=str)
        for figure in rng.sample(figures, min(4, len(figures))):
            value = graph.value(figure, QUDT.numericValue)
            if value is None:
                continue
            assumption = Assumption(figure, Decimal(str(value)) * 10, None, "")
            single = BuildResult([doc], [], [])
            everything = quick_verdicts(single, [assumption])
            for _ in range(3):
                asked = set(rng.sample(relations, rng.randint(0, len(relations))))
                some = quick_verdicts(single, [assumption], focus=asked)
                assert {r: some.get(r, True) for r in asked} == \
                    {r: everything.get(r, True) for r in asked}, (doc.doc_id, figure)
    # and fewer checks run: none is about a relation no check targets
    ran: list[int] = []
    original = oxigraph._checks_to_run

    @contextlib.contextmanager
    def spy(*args, **kwargs):
        with original(*args, **kwargs) as (store, checks, edited):
            ran.append(len(checks))
            yield store, checks, edited

    paper = build_corpus(PAPER_DIR)
    try:
        oxigraph._checks_to_run = spy
        assert quick_verdicts(paper, focus=["https://example.org/no-relation"]) == {}
        everything = quick_verdicts(paper)
        # a name no query can hold: every check runs
        assert quick_verdicts(paper, focus=["not an IRI"]) == everything
    finally:
        oxigraph._checks_to_run = original
    assert ran[0] == 0 < ran[1] == ran[2]


def test_what_ifs_on_one_kept_store_equal_what_ifs_on_new_stores() -> None:
    # the what-ifs of a diagnosis run on one store, each one's edits undone after it
    import threading

    from kg.check import oxigraph
    from kg.diagnose.whatif import Assumption
    from kg.namespaces import QUDT

    result = build_corpus(PAPER_DIR)
    graph = result.documents[0].graph
    figures = sorted(graph.subjects(QUDT.numericValue, None), key=str)
    assumptions = [[Assumption(f, Decimal(str(graph.value(f, QUDT.numericValue))) * k, d, "")]
                   for f in figures[:6] for k, d in ((10, None), (Decimal("0.5"), 1))]
    assumptions.append([assumptions[0][0], assumptions[3][0]])  # two figures at once
    new = [quick_verdicts(result, a) for a in assumptions]  # a new store each
    assert oxigraph._what_if is None
    assert len({tuple(sorted(v.items())) for v in new}) > 1  # the what-ifs differ
    fresh = oxigraph._new_store()
    fresh.bulk_extend(oxigraph.kept_quads(graph))
    with oxigraph.one_what_if_store():
        kept = [quick_verdicts(result, a) for a in assumptions]
        store = oxigraph._what_if[1]
        assert all(quick_verdicts(result, a) == k for a, k in zip(assumptions, kept))
        assert oxigraph._what_if[1] is store  # the one store throughout
        assert set(store) == set(fresh)  # every edit undone
        # another thread's what-ifs meanwhile get new stores
        other: list[dict] = []
        thread = threading.Thread(target=lambda: other.append(
            quick_verdicts(result, assumptions[1])))
        thread.start()
        thread.join()
        assert other == [kept[1]] and oxigraph._what_if[1] is store
    assert kept == new
    assert oxigraph._what_if is None  # kept within only


def test_a_diagnosis_asks_its_what_ifs_of_the_store_its_document_was_validated_on(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # the validation of a graph with a violation keeps its store for the diagnosis that
    # follows (no second store loaded), and the diagnoses are those of new stores
    from kg.check import oxigraph
    from kg.check.run import check_document

    made: list[object] = []
    new_store = oxigraph._new_store
    monkeypatch.setattr(oxigraph, "_new_store", lambda: made.append(1) or new_store())
    report = check_document(build_corpus(PAPER_DIR).documents[0])
    assert report.diagnoses and len(made) == 1  # the validation's store, and no other
    assert oxigraph._validated is None  # taken by the diagnosis, let go after it
    monkeypatch.setattr(oxigraph, "_remember_validated", lambda graphs, store: None)
    made.clear()
    fresh = check_document(build_corpus(PAPER_DIR).documents[0])
    assert len(made) == 2 and fresh.diagnoses == report.diagnoses


def test_a_validated_store_serves_only_the_same_unchanged_graphs() -> None:
    from rdflib import Graph, Literal, URIRef

    from kg.check import oxigraph

    graph, other = Graph(), Graph()
    store = oxigraph._new_store()
    oxigraph._remember_validated([graph], store)
    assert oxigraph._take_validated([other]) is None
    assert oxigraph._validated is None  # asked once only
    oxigraph._remember_validated([graph], store)
    graph.add((URIRef("urn:a"), URIRef("urn:b"), Literal(1)))
    assert oxigraph._take_validated([graph]) is None  # changed since
    oxigraph._remember_validated([graph], store)
    assert oxigraph._take_validated([graph]) is store


def test_the_what_ifs_of_one_store_ask_each_target_pattern_once() -> None:
    # which checks a what-if runs (kg.check.oxigraph._about) is the same whether a
    # pattern's focus nodes are asked once for the shared store or by each what-if
    from kg.check import oxigraph
    from kg.diagnose.whatif import Assumption
    from kg.namespaces import QUDT

    result = build_corpus(PAPER_DIR)
    graph = result.documents[0].graph
    figures = sorted(graph.subjects(QUDT.numericValue, None), key=str)
    relations = sorted({str(r) for f in figures for r in graph.subjects(None, f)})
    what_ifs = [([Assumption(f, Decimal(str(graph.value(f, QUDT.numericValue))) * 3, None,
                             "")], relations[i::5]) for i, f in enumerate(figures[:5])]
    new = [quick_verdicts(result, a, focus=r) for a, r in what_ifs]
    asked: list[str] = []
    with oxigraph.one_what_if_store():
        store = oxigraph._store_of([graph], True)
        query = store.query

        class Spy:  # pyoxigraph's Store takes no new attributes: a stand-in asks for it
            def __getattr__(self, name):
                return getattr(store, name)

            def query(self, text, **kwargs):
                asked.append(text.split("{", 1)[0].strip())
                return query(text, **kwargs)

        spy = Spy()
        oxigraph._what_if = (oxigraph._what_if[0], spy)
        kept = [quick_verdicts(result, a, focus=r) for a, r in what_ifs]
        patterns = len({c.root for c in oxigraph.compiled_checks() if c.explainable})
    assert kept == new
    assert not [a for a in asked if a.startswith("ASK")]
    assert 0 < len([a for a in asked if a.startswith("SELECT DISTINCT")]) <= patterns
    assert oxigraph._what_if_members is None  # kept within only


def test_a_what_ifs_verdicts_are_those_its_explain_rows_give() -> None:
    # kg.check.oxigraph.verdicts reads only each row's focus node and ?holds: the verdicts
    # are the ones the full explain rows give (the last row of a constraint and focus node
    # says whether it holds there; a relation holds where all its constraints do)
    from kg.check import oxigraph
    from kg.diagnose.whatif import Assumption, assumed_values
    from kg.namespaces import QUDT

    result = build_corpus(PAPER_DIR)
    graph = result.documents[0].graph
    figures = sorted(graph.subjects(QUDT.numericValue, None), key=str)
    relations = sorted({r for f in figures for r in graph.subjects(None, f)}, key=str)
    cases = [([], None), ([], relations[:4])] + [
        ([Assumption(f, Decimal(str(graph.value(f, QUDT.numericValue))) * k, None, "")], None)
        for f in figures[:8] for k in (2, Decimal("0.9"))]
    differ = set()
    for assumptions, focus in cases:
        edits = assumed_values(graph, assumptions)
        _, explained = oxigraph.validate_graphs([graph], explain_only=True, edits=edits,
                                                focus=focus)
        expected: dict[str, bool] = {}
        for (_, this), row in explained.items():
            holds = row.get("holds")
            ok = holds is None or bool(holds.toPython())
            expected[str(this)] = expected.get(str(this), True) and ok
        found = oxigraph.verdicts([graph], edits=edits, focus=focus)
        assert found == expected and list(found) == list(expected)
        differ.add(tuple(sorted(found.items())))
    assert len(differ) > 2  # the what-ifs asked differ


def test_whether_all_relations_hold_is_what_their_verdicts_say() -> None:
    # a diagnosis asks of its swaps and its candidates only whether every relation near
    # them holds; the checks left once one fails are not run, and the answer is the one
    # the verdicts of every check give
    import random

    from rdflib.namespace import RDF

    from kg.diagnose.whatif import Assumption, all_hold
    from kg.namespaces import CG, QUDT

    rng = random.Random(11)
    answers = set()
    for doc in build_corpus().documents:
        graph = doc.graph
        relations = sorted({str(r) for r, _, _ in graph.triples((None, CG.claim, None))
                            if (r, RDF.type, CG.Figure) not in graph
                            and (r, RDF.type, CG.Claim) not in graph})
        figures = sorted(graph.subjects(RDF.type, CG.Figure), key=str)
        single = BuildResult([doc], [], [])
        for figure in rng.sample(figures, min(5, len(figures))):
            value = graph.value(figure, QUDT.numericValue)
            if value is None:
                continue
            for factor in (1, 10, Decimal("0.5")):
                assumption = Assumption(figure, Decimal(str(value)) * factor, None, "")
                for _ in range(3):
                    asked = set(rng.sample(relations, rng.randint(0, len(relations))))
                    every = quick_verdicts(single, [assumption], focus=asked)
                    expected = all(every.get(r, True) for r in asked)
                    assert all_hold(single, [assumption], asked) == expected, (doc.doc_id,
                                                                              figure)
                    answers.add(expected)
    assert answers == {True, False}  # both answers were asked for


def test_a_what_if_that_fails_runs_no_check_after_the_one_that_settles_it() -> None:
    from kg.check import oxigraph
    from kg.diagnose.whatif import Assumption, all_hold
    from kg.namespaces import QUDT

    result = build_corpus(PAPER_DIR)
    graph = result.documents[0].graph
    figure = next(f for f in graph.subjects(QUDT.numericValue, None)
                  if str(f).endswith("f-bf-malls"))
    relations = {str(r) for r in graph.subjects(None, figure)}
    wrong = [Assumption(figure, Decimal(5), None, "")]  # fails every relation of it
    ran: list[str] = []
    original = oxigraph._verdict_rows

    def spy(store, check):
        ran.append(str(check.shape))
        return original(store, check)

    try:
        oxigraph._verdict_rows = spy
        assert not all_hold(result, wrong, relations)
        stopped = len(ran)
        ran.clear()
        every = quick_verdicts(result, wrong, focus=relations)
    finally:
        oxigraph._verdict_rows = original
    assert not all(every.get(r, True) for r in relations)
    assert 0 < stopped < len(ran)
