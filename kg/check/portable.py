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
import math
import re
import types
import typing
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
        values = {k: decode(v) for k, v in fields.items()}
        hints = field_types(cls)
        for k, v in values.items():
            if not _is(v, hints[k]):
                raise PortableError(f"{cls.__name__}.{k} is {_shown(v)}, not "
                                    f"{_type_name(hints[k])}")
        try:
            return cls(**values)
        except TypeError as exc:
            raise PortableError(f"{cls.__name__}: {exc}") from None
    if "$decimal" in data:
        try:
            value = Decimal(data["$decimal"])
        except (InvalidOperation, TypeError):
            raise PortableError(f"not a decimal: {_shown(data['$decimal'])}") from None
        # what the checks can have written: finite, and within what arithmetic holds
        if not value.is_finite() or (value and (abs(value.adjusted()) > MAX_EXPONENT or
                                                len(value.as_tuple().digits) > MAX_DIGITS)):
            raise PortableError(f"not a decimal a check writes: {_shown(data['$decimal'])}")
        return value
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


#: bounds of a carried decimal: far beyond what a check computes from figures within
#: kg.figures' bounds, far from what decimal arithmetic cannot hold
MAX_EXPONENT = 1000
MAX_DIGITS = 100


@cache
def field_types(cls: type) -> dict[str, Any]:
    """The declared type of each field of ``cls``, which a decoded field must have: a
    shard report with a count where a string belongs would end the merge in a traceback."""
    hints = typing.get_type_hints(cls)
    return {f.name: hints[f.name] for f in dataclasses.fields(cls)}


def _is(value: Any, hint: Any) -> bool:
    """Whether ``value`` is of the type ``hint`` (the kinds of type outcomes declare)."""
    if hint is Any:
        return True
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return any(_is(value, a) for a in args)
    if hint is type(None):
        return value is None
    if origin is list:
        return isinstance(value, list) and all(_is(v, args[0]) for v in value)
    if origin is dict:
        return isinstance(value, dict) and all(_is(k, args[0]) and _is(v, args[1])
                                               for k, v in value.items())
    if origin is tuple:
        if not isinstance(value, tuple):
            return False
        if len(args) == 2 and args[1] is Ellipsis:
            return all(_is(v, args[0]) for v in value)
        return len(value) == len(args) and all(_is(v, a) for v, a in zip(value, args))
    if hint is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool) \
            and math.isfinite(value)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, hint)


def _type_name(hint: Any) -> str:
    """``list[Quote]``, ``int | None``, ``str``."""
    if isinstance(hint, type) and typing.get_origin(hint) is None:
        return hint.__name__
    return re.sub(r"\b(?:[A-Za-z_]\w*\.)+(?=\w)", "", str(hint))


def _shown(value: Any) -> str:
    """A value as a message shows it: its kind, or its first characters."""
    if isinstance(value, int) and value.bit_length() > 64:  # repr refuses 5,000 digits
        return f"a whole number of {value.bit_length():,} bits"
    text = repr(value) if isinstance(value, (str, int, float, bool)) or value is None \
        else f"a {type(value).__name__}"
    return text if len(text) <= 40 else text[:30] + f"... ({len(text):,} characters)"


def _list(value: Any) -> list:
    if not isinstance(value, list):
        raise PortableError(f"expected a list, found {type(value).__name__}")
    return value


def _pair(value: Any) -> tuple[Any, Any]:
    if not isinstance(value, list) or len(value) != 2:
        raise PortableError("expected a [key, value] pair")
    return value[0], value[1]
