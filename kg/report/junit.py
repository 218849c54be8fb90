"""JUnit XML: one test case per relation (and per document for structure and provenance),
so CI systems that read JUnit list every check."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from itertools import groupby

from kg.check.model import RANK, Finding, Report


def to_junit(report: Report, fail_on: str = "violation") -> str:
    suites = ET.Element("testsuites", name="claimgraph")
    totals = {"tests": 0, "failures": 0, "skipped": 0}
    by_doc = groupby(sorted(report.findings, key=lambda f: f.document), key=lambda f: f.document)
    for doc, findings in by_doc:
        suite = ET.SubElement(suites, "testsuite", name=doc)
        counts = {"tests": 0, "failures": 0, "skipped": 0}
        cases = groupby(sorted(findings, key=lambda f: (f.focus or f.id, f.check)),
                        key=lambda f: (f.focus or f.id, f.check))
        for _, group in cases:
            group = sorted(group, key=lambda f: -RANK[f.severity])
            _case(suite, group, fail_on, counts)
        for k, v in counts.items():
            suite.set(k, str(v))
            totals[k] += v
    for k, v in totals.items():
        suites.set(k, str(v))
    ET.indent(suites)
    return ET.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"


def _case(suite: ET.Element, group: list[Finding], fail_on: str, counts: dict[str, int]) -> None:
    worst = group[0]
    case = ET.SubElement(suite, "testcase", classname=f"{worst.document}.{worst.check}",
                         name=worst.label or worst.id)
    if worst.file:
        case.set("file", worst.file)
        case.set("line", str(worst.line or 0))
    counts["tests"] += 1
    failing = [f for f in group if f.fails(fail_on)]
    if failing:
        counts["failures"] += 1
        for f in failing:
            failure = ET.SubElement(case, "failure", type=f.severity, message=f.message)
            failure.text = _details(f)
    elif worst.severity == "info" or worst.suppressed_by is not None:
        counts["skipped"] += 1
        reason = (f"accepted: {worst.suppressed_by.reason}" if worst.suppressed_by
                  else f"not checkable: {worst.message}")
        ET.SubElement(case, "skipped", message=reason)
    elif worst.severity != "pass":
        out = ET.SubElement(case, "system-out")
        out.text = f"{worst.severity}: {worst.message}"


def _details(f: Finding) -> str:
    lines = [f.message]
    if f.arithmetic:
        lines.append(f"arithmetic: {f.arithmetic}")
    if f.expected:
        lines.append(f"expected: {f.expected}")
    if f.observed:
        lines.append(f"observed: {f.observed}")
    lines += [f'quote: "{q.text}" (characters {q.start}-{q.end})' for q in f.quotes]
    return "\n".join(lines)
