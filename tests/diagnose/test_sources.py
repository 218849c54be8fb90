"""Other documents as evidence in the diagnosis (kg.diagnose.sources): a source that fits
the suggested value is support, one that fits the stated value vouches for the figure,
and a tie between suspects is broken by a source."""

from __future__ import annotations

import shutil
from pathlib import Path

from kg.build import build_corpus
from kg.check import check_corpus
from tests.conftest import BUNDLED_DIR, PAPER_ID

SECOND = "shopping-days-2014"
MALLS = f"https://w3id.org/claimgraph/doc/{PAPER_ID}/f-bf-malls"


def test_the_second_document_supports_the_papers_diagnosis() -> None:
    report = check_corpus(build_corpus(BUNDLED_DIR))
    [d] = report.diagnoses
    assert (d["figure"], d["suggested"], d["support"], d["relationSupport"],
            d["sourceSupport"], d["corroborated"]) == (MALLS, 9100000000.0, 3, 2, 1, 0)
    assert d["otherSources"] == [{
        "document": SECOND, "figure": f"https://w3id.org/claimgraph/doc/{SECOND}/f-bf-malls",
        "quote": "9.1 billion US dollars", "value": 9100000000.0, "low": 9050000000.0,
        "high": 9150000000.0, "agrees": False, "finding": f"{PAPER_ID}/f-bf-malls/agreement",
        "fits": "suggested"}]
    assert d["reasons"] == [
        "the only figure that takes part in all 2 violated relations",
        "2 relations independently imply 9 to 9.2 billion US dollars for "
        "'910 million US dollars'",
        f"{SECOND} reports '9.1 billion US dollars' for the same quantity, which fits the "
        "suggested value",
        "'910 million US dollars' → 9.1 billion US dollars is a known slip: power of ten "
        "(×10)",
        "1 passing relation(s) involve '910 million US dollars'; they still pass with the "
        "suggested value"]
    assert d["clearsAll"] is True  # the chosen figure did not change: its what-if stands


def test_a_source_that_agrees_with_the_stated_value_vouches_for_it(tmp_path: Path) -> None:
    claims = tmp_path / "claims"
    shutil.copytree(BUNDLED_DIR, claims)
    for name in ("source.txt", "claims.ttl", "anchors.lock.json"):
        path = claims / SECOND / name
        path.write_text(path.read_text().replace("worth 9.1 billion US dollars",
                                                 "worth 910 million US dollars")
                        .replace('"9.1 billion US dollars"', '"910 million US dollars"')
                        .replace("9100000000", "910000000"))
    report = check_corpus(build_corpus(claims))
    [d] = report.diagnoses
    assert (d["figure"], d["support"], d["sourceSupport"], d["corroborated"]) == \
        (MALLS, 2, 0, 1)
    assert [s["fits"] for s in d["otherSources"]] == ["stated"]
    assert f"{SECOND} reports '910 million US dollars' for the same quantity, which agrees " \
           "with the stated '910 million US dollars'" in d["reasons"]


def write(root: Path, doc_id: str, text: str, claims: str) -> None:
    from tests.conftest import PREFIXES, document_ttl
    folder = root / doc_id
    folder.mkdir(parents=True)
    (folder / "source.txt").write_text(text)
    (folder / "document.ttl").write_text(document_ttl(doc_id, text))
    (folder / "claims.ttl").write_text(PREFIXES.format(doc_id=doc_id) + claims)


def figure(name: str, quote: str, value: int, about: str) -> str:
    return (f':{name} a cg:Figure ; cg:claim :c ; cg:quote "{quote}" ; '
            f"qudt:numericValue {value} ; qudt:unit unit:NUM ; schema:about ent:{about} ; "
            "cg:measures cg:SalesVolume ; dcterms:temporal ent:y2020 .\n")


def test_another_source_breaks_a_tie_between_suspects(tmp_path: Path) -> None:
    root = tmp_path / "claims"
    text = "North sold 5 and South sold 5, 20 in all."
    write(root, "a", text,
          f':c a cg:Claim ; cg:quote """{text}""" ; schema:about ent:north .\n'
          'ent:north rdfs:label "North" . ent:south rdfs:label "South" .\n'
          'ent:all rdfs:label "All" . ent:y2020 rdfs:label "2020" .\n'
          + figure("n", "North sold 5", 5, "north") + figure("s", "South sold 5", 5, "south")
          + figure("t", "20", 20, "all")
          + ':r a cg:SumRelation ; cg:claim :c ; cg:basis cg:Stated ; rdfs:label "parts" ; '
            "cg:total :t ; cg:part :n, :s .\n")
    alone = check_corpus(build_corpus(root)).diagnoses
    assert [(d["figure"].rsplit("/", 1)[-1], d["status"], d["rank"]) for d in alone] == \
        [("n", "ambiguous", 1), ("s", "ambiguous", 2)]
    write(root, "b", "South sold 15.",
          ':c a cg:Claim ; cg:quote "South sold 15." ; schema:about ent:south .\n'
          'ent:south rdfs:label "South" . ent:y2020 rdfs:label "2020" .\n'
          + figure("s", "15", 15, "south"))
    [d] = check_corpus(build_corpus(root)).diagnoses
    assert (d["figure"].rsplit("/", 1)[-1], d["status"], d["suggested"], d["sourceSupport"]) \
        == ("s", "likely", 15.0, 1)
    assert d["reasons"][-1] == "next: 'North sold 5' (ranked lower: has less support)"
    assert d["clearsAll"] is None  # the what-if ran on the choice made before the sources


def test_weighing_copies_what_it_changes_and_leaves_the_given_diagnoses_alone() -> None:
    """The check cache and the app keep each document's diagnoses and weigh them again in
    every merge: weighing must not change them."""
    import copy

    from kg.check.agreement import other_sources
    from kg.diagnose.sources import weigh

    report = check_corpus(build_corpus(BUNDLED_DIR))
    across = [f for f in report.findings if f.check == "agreement"]
    unweighed = check_corpus(build_corpus(BUNDLED_DIR, [PAPER_ID])).diagnosis_objects
    before = copy.deepcopy(unweighed)
    weighed = weigh(unweighed, other_sources(across))
    assert [d.as_dicts() for d in unweighed] == [d.as_dicts() for d in before]
    assert [d.as_dicts() for d in weighed] != [d.as_dicts() for d in before]
    assert weighed[0] is not unweighed[0]
    assert weigh(unweighed, {}) == unweighed and weigh(unweighed, {})[0] is unweighed[0]
