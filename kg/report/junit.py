"""JUnit XML: one test case per relation (and per document for structure and provenance),
so CI systems that read JUnit list every check."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from itertools import groupby

from kg.check.model import RANK, Finding, Report


def to_junit(report: Report, fail_on: str = "violation") -> str:
    suites = []
    totals = {"tests": 0, "failures": 0, "skipped": 0}
    by_doc = groupby(sorted(report.findings, key=lambda f: f.document), key=lambda f: f.document)
    for doc, findings in by_doc:
        xml, counts = suite_xml(doc, list(findings), fail_on)
        suites.append(xml)
        for k, v in counts.items():
            totals[k] += v
    return junit_document(suites, totals)


def suite_xml(doc: str, findings: list[Finding], fail_on: str) -> tuple[str, dict[str, int]]:
    """One document's ``<testsuite>``, indented as it sits in the whole report, and its
    counts: a warm run joins these (:mod:`kg.check.splice`), so :func:`to_junit` makes
    its report of the same pieces."""
    suite = ET.Element("testsuite", name=doc)
    counts = {"tests": 0, "failures": 0, "skipped": 0}
    cases = groupby(sorted(findings, key=lambda f: (f.focus or f.id, f.check)),
                    key=lambda f: (f.focus or f.id, f.check))
    for _, group in cases:
        group = sorted(group, key=lambda f: -RANK[f.severity])
        _case(suite, group, fail_on, counts)
    for k, v in counts.items():
        suite.set(k, str(v))
    ET.indent(suite, level=1)
    return ET.tostring(suite, encoding="unicode"), counts


def junit_document(suites: list[str], totals: dict[str, int]) -> str:
    """The report of ``suites`` (:func:`suite_xml`'s), as ``ET.indent`` and ``ET.tostring``
    write the whole tree."""
    root = ET.Element("testsuites", name="claimgraph")
    for k in ("tests", "failures", "skipped"):
        root.set(k, str(totals[k]))
    if not suites:
        return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
    root.text = "\x00"  # where the suites go: no attribute or tag can hold a NUL
    head, tail = ET.tostring(root, encoding="unicode", xml_declaration=True).split("\x00")
    return head + "".join("\n  " + s for s in suites) + "\n" + tail + "\n"


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
