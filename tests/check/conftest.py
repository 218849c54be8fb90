"""Hand-made documents for the checks: one sentence, its figures, its relations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.build import build_corpus
from kg.check import Finding, Report, check_corpus


def fig(name: str, quote: str, value: str, unit: str = "unit:NUM", extra: str = "") -> str:
    """A figure quoting ``quote`` inside the document's one claim."""
    return (f':{name} a cg:Figure ; cg:claim :c ; cg:quote "{quote}" ; '
            f"qudt:numericValue {value} ; qudt:unit {unit} ; schema:about ent:x ; "
            f"cg:measures cg:SalesVolume {extra}.\n")


def rel(name: str, cls: str, roles: str, extra: str = "") -> str:
    """A stated relation of class ``cg:{cls}`` with ``roles`` (Turtle predicate list)."""
    return (f':{name} a cg:{cls} ; cg:claim :c ; cg:basis cg:Stated ; rdfs:label "{name}" ; '
            f"{roles} {extra}.\n")


def date(name: str, quote: str, iso: str) -> str:
    return (f':{name} a cg:StatedDate ; cg:claim :c ; cg:quote "{quote}" ; '
            f'cg:date "{iso}"^^xsd:date .\n')


Checker = Callable[..., Report]


@pytest.fixture
def check(make_doc) -> Checker:
    """``check(text, *ttl)``: build a one-claim document and check it."""

    def run(text: str, *items: str, doc_id: str = "t") -> Report:
        claims = (f':c a cg:Claim ; cg:quote """{text}""" ; schema:about ent:x .\n'
                  'ent:x rdfs:label "X" .\n' + "".join(items))
        root = make_doc(doc_id, text=text, claims=claims)
        result = build_corpus(root)
        assert not result.problems, [str(p) for p in result.problems]
        return check_corpus(result)

    return run


def finding(report: Report, relation: str) -> Finding:
    """The one finding about relation ``:relation``."""
    found = [f for f in report.findings if (f.focus or "").endswith("/" + relation)]
    assert len(found) == 1, [(f.id, f.severity) for f in found]
    return found[0]


@pytest.fixture(scope="session")
def jena_classpath(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Apache Jena's classpath (its Xerces messages copied once a run), or the test skips
    saying why Jena cannot run here."""
    from tests.check import jena
    reason = jena.missing()
    if reason is not None:
        pytest.skip(reason)
    return jena.classpath(tmp_path_factory.mktemp("jena"))
