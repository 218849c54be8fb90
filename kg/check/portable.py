"""A checked document's outcome as plain JSON, and back: what a shard report carries so that
``kg report merge`` can finish a run that several machines started.

The cache keeps outcomes as pickles, which is safe only because the cache is the program's
own folder; a shard report is a file somebody hands to ``kg report merge`` (a CI artifact),
and unpickling such a file would run whatever it says.  So outcomes travel as tagged JSON
that can only ever make the classes listed in :data:`CLASSES`, field by field.

>>> from decimal import Decimal
>>> from kg.interval import Interval
>>> decode(encode(Interval(Decimal("1.50"), None))) == Interval(Decimal("1.50"), None)
True
"""

from __future__ import annotations

import base64
import dataclasses
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any


class PortableError(ValueError):
    """The data is not an outcome this version of claimgraph wrote."""


@cache
def classes() -> dict[str, type]:
    """Every class an outcome is made of, by name: nothing else is ever made."""
    from kg.check.agreement import FigureSummary, OtherSource, Place
    from kg.check.model import Finding, Quote, Report, Suppression
    from kg.check.pipeline import Outcome
    from kg.diagnose.run import Candidate, Diagnosis
    from kg.interval import Interval
    from kg.problems import Problem
    from kg.report import Source
    from kg.summary import DocumentSummary, EntityCount
    return {c.__name__: c for c in (Outcome, Report, Finding, Quote, Suppression, Diagnosis,
                                    Candidate, Interval, FigureSummary, Place, OtherSource,
                                    Source, Problem, DocumentSummary, EntityCount)}


def encode(value: Any) -> Any:
    """``value`` as JSON-ready data; dataclasses, Decimals, bytes, tuples, sets and dicts
    with other than string keys are tagged with a ``$`` member."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, list):
        return [encode(v) for v in value]
    if isinstance(value, tuple):
        return {"$tuple": [encode(v) for v in value]}
    if isinstance(value, (set, frozenset)):
        return {"$set": sorted((encode(v) for v in value), key=repr)}
    if isinstance(value, bytes):
        return {"$bytes": base64.b64encode(value).decode("ascii")}
    if isinstance(value, dict):
        if all(isinstance(k, str) and not k.startswith("$") for k in value):
            return {k: encode(v) for k, v in value.items()}
        return {"$dict": [[encode(k), encode(v)] for k, v in value.items()]}
    name = type(value).__name__
    if dataclasses.is_dataclass(value) and classes().get(name) is type(value):
        return {"$type": name, "fields": {f.name: encode(getattr(value, f.name))
                                          for f in dataclasses.fields(value)}}
    raise PortableError(f"cannot carry a {name} in a shard report")


def decode(data: Any) -> Any:
    """What :func:`encode` was given; :class:`PortableError` for anything it did not write."""
    if data is None or isinstance(data, (bool, int, float, str)):
        return data
    if isinstance(data, list):
        return [decode(v) for v in data]
    if not isinstance(data, dict):
        raise PortableError(f"unexpected {type(data).__name__}")
    if "$type" in data:
        cls = classes().get(data["$type"]) if isinstance(data["$type"], str) else None
        fields = data.get("fields")
        if cls is None or not isinstance(fields, dict):
            raise PortableError(f"unknown kind of value {data['$type']!r}")
        known = {f.name for f in dataclasses.fields(cls)}
        if set(fields) - known:
            raise PortableError(f"{cls.__name__} has no field "
                                f"{', '.join(sorted(set(fields) - known))}")
        try:
            return cls(**{k: decode(v) for k, v in fields.items()})
        except TypeError as exc:
            raise PortableError(f"{cls.__name__}: {exc}") from None
    if "$decimal" in data:
        try:
            return Decimal(data["$decimal"])
        except (InvalidOperation, TypeError):
            raise PortableError(f"not a decimal: {data['$decimal']!r}") from None
    if "$tuple" in data:
        return tuple(decode(v) for v in _list(data["$tuple"]))
    if "$set" in data:
        return frozenset(decode(v) for v in _list(data["$set"]))
    if "$bytes" in data:
        try:
            return base64.b64decode(data["$bytes"], validate=True)
        except (ValueError, TypeError):
            raise PortableError("not base64") from None
    if "$dict" in data:
        return {decode(k): decode(v) for k, v in (_pair(p) for p in _list(data["$dict"]))}
    if any(k.startswith("$") for k in data):
        raise PortableError(f"unknown tag {next(k for k in data if k.startswith('$'))!r}")
    return {k: decode(v) for k, v in data.items()}


def _list(value: Any) -> list:
    if not isinstance(value, list):
        raise PortableError(f"expected a list, found {type(value).__name__}")
    return value


def _pair(value: Any) -> tuple[Any, Any]:
    if not isinstance(value, list) or len(value) != 2:
        raise PortableError("expected a [key, value] pair")
    return value[0], value[1]
