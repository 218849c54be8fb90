"""The diagnosis of a part of a period exceeding the whole (issue 31 item 4): solved like a
relation of the two figures (kg.diagnose.implied.period_part)."""

from __future__ import annotations

from decimal import Decimal as D

from tests.check.conftest import fig, rel

WEEKEND = ('ent:weekend a dcterms:PeriodOfTime ; rdfs:label "Thanksgiving weekend 2014" ; '
           'schema:startDate "2014-11-27"^^xsd:date ; schema:endDate "2014-11-30"^^xsd:date .\n'
           'ent:friday a schema:Event ; rdfs:label "Black Friday 2014" ; '
           'schema:startDate "2014-11-28"^^xsd:date .\n')


def local(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


def test_the_day_exceeding_its_weekend_is_the_suspect(check) -> None:
    """Stores and online make the weekend's 50.9 billion (a passing sum vouches for it), so
    the day's "92 billion" is the figure to doubt: 9.2 billion, a power of ten."""
    text = ("Over the weekend shoppers spent 50.9 billion, 41.2 billion in stores and 9.7 "
            "billion online; on Black Friday they spent 92 billion.")
    weekend = "; dcterms:temporal ent:weekend "
    report = check(text, WEEKEND,
                   fig("weekend", "50.9 billion", "50900000000", extra=weekend),
                   fig("stores", "41.2 billion", "41200000000", extra=weekend).replace(
                       "ent:x", "ent:stores"),
                   fig("online", "9.7 billion", "9700000000", extra=weekend).replace(
                       "ent:x", "ent:online"),
                   'ent:stores rdfs:label "stores" . ent:online rdfs:label "online shops" .\n',
                   fig("day", "92 billion", "92000000000", extra="; dcterms:temporal ent:friday "),
                   rel("sum", "SumRelation", "cg:total :weekend ; cg:part :stores, :online"))
    containment = [f for f in report.findings if f.check == "containment"]
    # the stores' and the online figures are of other entities: only the day is a part
    assert [(local(f.focus), f.severity) for f in containment] == [("day", "violation")]
    assert [local(x) for x in containment[0].figures] == ["day", "weekend"]
    [d] = report.diagnosis_objects
    [c] = d.candidates
    assert (d.status, local(c.figure), c.pattern, c.suggested) == \
        ("likely", "day", "power of ten", D("9200000000"))
    assert c.explains == [containment[0].id]
    assert [x["figure"] for x in report.diagnoses if x["rank"] == 1] == [c.figure]
