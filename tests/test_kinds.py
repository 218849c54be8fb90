"""The relation kinds and the properties each takes (kg.kinds): read from the shapes, used by
the build to refuse a guessed property, by kg new's templates and by the reference."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph

from kg.authoring.new import PREFIXES, RELATION_TEMPLATES
from kg.build import RELATION_CLASSES, build_corpus
from kg.check import check_corpus
from kg.kinds import COMMON, curie, relation_kinds
from kg.namespaces import CG
from tests.cli.test_bad_input import assert_no_traceback, error_lines
from tests.conftest import ROOT
from tests.inprocess import run_kg

EXAMPLES = ROOT / "docs" / "examples"


def test_each_kind_takes_the_roles_its_shapes_name() -> None:
    kinds = relation_kinds()
    assert set(kinds) == set(RELATION_CLASSES)
    growth = kinds[CG.CompoundGrowthRelation]
    assert growth.required == (CG.initial, CG.final, CG.growthRate, CG.periods)
    assert not growth.takes(CG.rate)
    conversion = kinds[CG.ConversionRelation]
    assert conversion.required == (CG.amount, CG.convertedAmount)
    assert CG.rate in conversion.optional
    # a whole's shape forbids a total (sh:maxCount 0): it is not a property it takes
    assert kinds[CG.WholeRelation].properties == (CG.part,)
    assert kinds[CG.WholeRelation].refused == (CG.total,)  # its shape says why
    assert kinds[CG.CalendarRelation].optional == (CG.holiday, CG.weekday)


def test_a_restatement_must_name_both_statements(make_doc) -> None:
    text = "Revenue came to 4.2 million euros."
    claims = (f':c a cg:Claim ; cg:quote "{text}" ; schema:about ent:x .\n'
              'ent:x rdfs:label "X" .\n'
              ':f a cg:Figure ; cg:claim :c ; cg:quote "4.2 million euros" ; '
              "qudt:numericValue 4200000 ; qudt:unit unit:CCY_EUR ; cg:measures cg:SalesVolume ; "
              "schema:about ent:x .\n"
              ':r a cg:RestatementRelation ; cg:claim :c ; cg:basis cg:Stated ; '
              'rdfs:label "said twice" ; cg:first :f .\n')
    built = build_corpus(make_doc("again", text=text, claims=claims))
    assert not built.problems
    for engine in ("oxigraph", "pyshacl"):
        report = check_corpus(built, engine=engine)
        messages = [f.message for f in report.findings if f.severity == "violation"]
        assert messages == ["A restatement names where the document states the quantity again "
                            "(cg:restatedAs)."], engine


def test_a_guessed_property_is_a_build_error_naming_what_the_kind_takes(tmp_path: Path) -> None:
    import shutil
    claims = tmp_path / "claims"
    for name in ("compound-growth", "sum"):
        shutil.copytree(EXAMPLES / name, claims / name)
    ttl = claims / "compound-growth" / "claims.ttl"
    ttl.write_text(ttl.read_text(encoding="utf-8").replace("cg:growthRate :f-rate",
                                                           "cg:rate :f-rate"), encoding="utf-8")
    line = next(n for n, text in enumerate(ttl.read_text().splitlines(), 1) if "cg:rate" in text)
    proc = run_kg("check", "--claims", str(claims), cwd=tmp_path)
    assert proc.returncode == 2
    assert_no_traceback(proc)
    [error] = error_lines(proc)
    assert error == (
        f"error: claims/compound-growth/claims.ttl:{line}: r: cg:CompoundGrowthRelation takes "
        "no cg:rate (cg:CompoundGrowthRelation takes cg:initial, cg:final, cg:growthRate, "
        "cg:periods, and may take cg:impliedRate; every relation takes cg:claim, cg:basis, rdfs:label (docs/reference.md "
        "lists them all))")
    # the other document is still loaded and checked
    assert "March and April make the total" in proc.stdout


def test_a_property_the_vocabulary_does_not_have_is_refused_too(make_doc) -> None:
    text = "Store A beat store B."
    claims = (f':c a cg:Claim ; cg:quote "{text}" .\n'
              ':r a cg:ComparisonRelation ; cg:claim :c ; cg:basis cg:Stated ;\n'
              '    cg:bigger :c ; cg:evidence "beat" .\n')
    result = build_corpus(make_doc("cmp", text=text, claims=claims))
    assert [p.message for p in result.problems] == [
        "r: cg:ComparisonRelation takes no cg:bigger"]
    assert result.problems[0].line == 13


def _templates() -> Graph:
    body = "\n".join(line[2:] for line in RELATION_TEMPLATES.splitlines()
                     if line.startswith("# :") or line.startswith("#     "))
    return Graph().parse(data=PREFIXES.format(doc_id="t") + body, format="turtle")


def test_kg_new_has_a_template_for_every_kind_the_shapes_know() -> None:
    from rdflib.namespace import RDF
    graph = _templates()
    templated = set(graph.objects(None, RDF.type))
    assert set(relation_kinds()) <= templated


@pytest.mark.parametrize("kind", sorted(relation_kinds(), key=str), ids=curie)
def test_each_template_names_what_its_kind_takes_and_nothing_else(kind) -> None:
    from rdflib.namespace import RDF
    graph = _templates()
    [node] = graph.subjects(RDF.type, kind)
    said = {p for p in graph.predicates(node, None) if str(p).startswith(str(CG))}
    info = relation_kinds()[kind]
    assert set(info.required) <= said
    assert said <= set(info.properties) | set(COMMON)


def test_every_kind_has_a_worked_example_folder() -> None:
    kinds_used = set()
    for claims in EXAMPLES.glob("*/claims.ttl"):
        kinds_used |= set(re.findall(r"a (cg:\w+(?:Relation|Reading)) ;", claims.read_text()))
    assert kinds_used == {curie(k) for k in relation_kinds()}
