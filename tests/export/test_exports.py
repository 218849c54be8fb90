"""Each export format on the paper."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from pyld import jsonld
from rdflib import Dataset, URIRef
from rdflib.compare import isomorphic

from kg.build import build_corpus
from kg.check import check_corpus
from kg.export import Checked
from kg.export.claimreview import to_claimreview
from kg.export.nanopub import to_trig
from kg.export.tables import to_csv
from kg.namespaces import CG, NP
from tests.cli.test_bad_input import kg
from tests.conftest import PAPER_DIR, PAPER_ID, ROOT

S = "https://schema.org/"
D = f"https://w3id.org/claimgraph/doc/{PAPER_ID}/"


@pytest.fixture(scope="module")
def checked() -> Checked:
    result = build_corpus(PAPER_DIR)
    return Checked(result, check_corpus(result))


def test_claimreview_expands_to_schema_org_terms(checked) -> None:
    expanded = jsonld.expand(json.loads(to_claimreview(checked)))
    reviews = [n for n in expanded if f"{S}ClaimReview" in n.get("@type", [])]
    assert len(reviews) == 12
    for review in reviews:
        assert {f"{S}claimReviewed", f"{S}itemReviewed", f"{S}reviewRating", f"{S}reviewBody",
                f"{S}author"} <= set(review)
        [item] = review[f"{S}itemReviewed"]
        assert item["@type"] == [f"{S}Claim"]
        [appearance] = item[f"{S}appearance"]
        assert appearance[f"{S}isPartOf"][0]["@id"] == D.rstrip("/")
        [selector] = appearance["http://www.w3.org/ns/oa#hasSelector"]
        assert selector["@type"] == ["http://www.w3.org/ns/oa#TextPositionSelector"]
    ratings = {r["@id"].rsplit("/", 2)[-2]: r[f"{S}reviewRating"][0] for r in reviews}
    sum_claim = ratings["c-bf-channels"]
    assert sum_claim[f"{S}ratingValue"][0]["@value"] == 1
    assert sum_claim[f"{S}alternateName"][0]["@value"] == "inconsistent"
    assert {k for k, r in ratings.items() if r[f"{S}alternateName"][0]["@value"] != "consistent"} \
        == {"c-bf-channels"}


def test_claimreview_body_has_the_explanation_and_the_diagnosis(checked) -> None:
    data = json.loads(to_claimreview(checked))
    [review] = [r for r in data["@graph"] if r["@id"] == D + "c-bf-channels/review"]
    body = review["reviewBody"]
    assert "violation: Black Friday 2014: malls plus online platforms make the total (sum)" in body
    assert "Diagnosis: '910 million US dollars' (910 million US dollars) is most likely " \
           "9.1 billion US dollars — power of ten." in body
    [malls_gap] = [r for r in data["@graph"] if r["@id"] == D + "c-malls-gap/review"]
    assert malls_gap["reviewRating"]["alternateName"] == "consistent"
    assert "pinned by the diagnosis on a figure of another claim" in malls_gap["reviewBody"]


def test_nanopublications_have_four_linked_graphs(checked) -> None:
    ds = Dataset(default_union=False)
    ds.parse(data=to_trig(checked), format="trig")
    heads = [g for g in ds.graphs() if str(g.identifier).endswith("#Head")]
    assert len(heads) == 12
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    for head in heads:
        base = str(head.identifier).removesuffix("#Head")
        parts = {f"{base}#{p}" for p in ("Head", "assertion", "provenance", "pubinfo")}
        assert parts <= names
        np_node = URIRef(base)
        assert (np_node, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                NP.Nanopublication) in head
        assert head.value(np_node, NP.hasAssertion) == URIRef(f"{base}#assertion")
        assert head.value(np_node, NP.hasProvenance) == URIRef(f"{base}#provenance")
        assert head.value(np_node, NP.hasPublicationInfo) == URIRef(f"{base}#pubinfo")
        assertion = ds.graph(URIRef(f"{base}#assertion"))
        claim = URIRef(D + base.rsplit("/", 1)[-1])
        assert (claim, None, CG.Claim) in assertion
        provenance = ds.graph(URIRef(f"{base}#provenance"))
        assert (URIRef(f"{base}#assertion"), None, None) in provenance
        pubinfo = ds.graph(URIRef(f"{base}#pubinfo"))
        assert (np_node, None, None) in pubinfo
    # every graph belongs to exactly one nanopublication
    assert len(names) == 4 * len(heads)


def test_nanopublication_identifiers_are_stable_across_runs(tmp_path: Path) -> None:
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"np{seed}.trig"
        subprocess.run([sys.executable, "-m", "kg", "export", "--claims", str(PAPER_DIR),
                        "--format", "nanopub", "-o", str(out)], check=True, cwd=ROOT,
                       capture_output=True, env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin"})
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


def test_figures_csv_parses_back(checked) -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(checked))))
    assert len(rows) == 24
    malls = next(r for r in rows if r["figure"] == D + "f-bf-malls")
    assert (malls["quote"], malls["start"], malls["end"], malls["value"], malls["unit"],
            malls["decimals"], malls["lower_bound"], malls["upper_bound"]) == \
        ("910 million US dollars", "2251", "2273", "910000000", "USD", "-7", "905000000",
         "915000000")
    assert malls["entities"] == "large traditional shopping malls in the United States"
    assert malls["period"] == "Black Friday 2014"
    assert malls["relations"] == ("Alibaba beat the US malls: pass; Black Friday 2014: malls plus "
                                  "online platforms make the total: violation; US malls lag "
                                  "behind Alibaba by 200 million US dollars: violation")


def test_excel_csv_has_a_bom_crlf_and_defuses_formulas(make_doc) -> None:
    text = "=HYPERLINK(1) cost 5 dollars."
    claims = (f':c a cg:Claim ; cg:quote "{text}" ; schema:about ent:x .\n'
              'ent:x rdfs:label "=cmd" .\n'
              ':f a cg:Figure ; cg:claim :c ; cg:quote "5 dollars" ; qudt:numericValue 5 ; '
              "qudt:unit unit:CCY_USD ; schema:about ent:x ; cg:measures cg:SalesVolume .\n"
              ':g a cg:Figure ; cg:claim :c ; cg:quote "1" ; qudt:numericValue 1 ; '
              "qudt:unit unit:NUM ; schema:about ent:x ; cg:measures cg:SalesVolume .\n"
              ':r a cg:ComparisonRelation ; cg:claim :c ; cg:basis cg:Stated ; rdfs:label "r" ; '
              "cg:greater :f ; cg:lesser :g .\n")
    result = build_corpus(make_doc("x", text=text, claims=claims))
    out = to_csv(Checked(result, check_corpus(result)), excel=True)
    assert out.startswith("\ufeff") and "\r\n" in out
    rows = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))
    assert {r["entities"] for r in rows} == {"'=cmd"}


def test_trig_round_trip_is_isomorphic(tmp_path: Path) -> None:
    exported, again = tmp_path / "graph.trig", tmp_path / "again.trig"
    assert kg("export", "--claims", str(PAPER_DIR), "--format", "trig", "-o", str(exported),
              cwd=tmp_path).returncode == 0
    proc = kg("build", "--from", str(exported), "--format", "trig", "-o", str(again), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    first, second = Dataset(default_union=False), Dataset(default_union=False)
    first.parse(exported, format="trig")
    second.parse(again, format="trig")
    names = sorted(str(g.identifier) for g in first.graphs() if len(g))
    assert names == sorted(str(g.identifier) for g in second.graphs() if len(g))
    assert f"{D.rstrip('/')}/findings" in names
    for name in names:
        assert isomorphic(first.graph(URIRef(name)), second.graph(URIRef(name))), name
