"""The JSON report: the contract in shared DESIGN.md, validated by schemas/report.schema.json."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from kg import __version__
from kg.check.model import Report
from kg.jsontext import pretty, pretty_bytes


def to_dict(report: Report, fail_on: str = "violation") -> dict[str, Any]:
    return {
        "conforms": report.conforms(fail_on),
        "summary": report.summary(),
        "findings": [f.as_dict() for f in report.findings],
        "diagnoses": report.diagnoses,
        "documents": report.documents,
        "corroboration": report.corroboration,
        "failOn": fail_on,
        **({"whatIf": report.what_if} if report.what_if else {}),
        "tool": {"name": "claimgraph", "version": __version__},
    }


def to_json(report: Report, fail_on: str = "violation") -> str:
    return pretty(to_dict(report, fail_on))


def to_json_bytes(report: Report, fail_on: str = "violation") -> bytes:
    """:func:`to_json` as UTF-8."""
    return pretty_bytes(to_dict(report, fail_on))


@cache
def report_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of the report contract."""
    text = resources.files("kg.report").joinpath("schemas/report.schema.json").read_text("utf-8")
    return json.loads(text)
