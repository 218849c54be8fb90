"""A checked document's outcome (and everything else claimgraph keeps or carries between
processes) as plain JSON, and back.

What is read back from outside this process must not be able to run code: the check cache
(``.kg-cache``, which a repository can commit and a CI cache can restore from a pull
request), a shard report handed to ``kg report merge``, a result from a Dask worker, a
query's answer from its sandboxed child.  Pickle runs whatever the bytes say, so all of
these travel as tagged JSON that can only ever make the classes of a whitelist
(:data:`classes` by default), field by field, each field's value of its declared type.

>>> from decimal import Decimal
>>> from kg.interval import Interval
>>> decode(encode(Interval(Decimal("1.50"), None))) == Interval(Decimal("1.50"), None)
True
>>> loads(dumps(("plan", 3, b"\\x00"))) == ("plan", 3, b"\\x00")
True
"""

from __future__ import annotations

import base64
import dataclasses
import types
import typing
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

import orjson

#: a whitelist of the classes a value may be made of, by name
Kinds = Mapping[str, type]


class PortableError(ValueError):
    """The data is not an outcome this version of claimgraph wrote."""


@cache
def classes() -> dict[str, type]:
    """Every class an outcome or a kept report is made of, by name: nothing else is ever
    made."""
    from kg.check.agreement import FigureSummary, OtherSource, Place
    from kg.check.keys import Rendered
    from kg.check.model import Finding, Quote, Report, Suppression
    from kg.check.pipeline import Outcome
    from kg.diagnose.run import Candidate, Diagnosis
    from kg.interval import Interval
    from kg.problems import Problem
    from kg.report import Source
    from kg.summary import DocumentSummary, EntityCount
    return {c.__name__: c for c in (Outcome, Report, Finding, Quote, Suppression, Diagnosis,
                                    Candidate, Interval, FigureSummary, Place, OtherSource,
                                    Source, Problem, DocumentSummary, EntityCount, Rendered)}


def dumps(value: Any, kinds: Kinds | None = None) -> bytes:
    """``value`` as JSON bytes (:func:`encode`)."""
    try:
        return orjson.dumps(encode(value, kinds))
    except orjson.JSONEncodeError as exc:  # an integer beyond 64 bits, for one
        raise PortableError(f"cannot carry it: {exc}") from None


def loads(data: bytes | str, kinds: Kinds | None = None) -> Any:
    """What :func:`dumps` was given; :class:`PortableError` for anything else, whatever the
    bytes (not JSON, nested too deep, a class or field it does not know, a wrong type)."""
    try:
        return decode(orjson.loads(data), kinds)
    except PortableError:
        raise
    except (ValueError, TypeError, RecursionError) as exc:  # orjson's, or an unhashable key
        raise PortableError(f"not a value claimgraph wrote: {type(exc).__name__}") from None


def encode(value: Any, kinds: Kinds | None = None) -> Any:
    """``value`` as JSON-ready data; dataclasses, Decimals, bytes, tuples, sets and dicts
    with other than string keys are tagged with a ``$`` member.  ``kinds`` are the
    dataclasses it may carry (default :func:`classes`)."""
    return _encode(value, classes() if kinds is None else kinds)


def _encode(value: Any, kinds: Kinds) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, list):
        return [_encode(v, kinds) for v in value]
    if isinstance(value, tuple):
        return {"$tuple": [_encode(v, kinds) for v in value]}
    if isinstance(value, (set, frozenset)):
        return {"$set": sorted((_encode(v, kinds) for v in value), key=repr)}
    if isinstance(value, bytes):
        return {"$bytes": base64.b64encode(value).decode("ascii")}
    if isinstance(value, dict):
        if all(isinstance(k, str) and not k.startswith("$") for k in value):
            return {k: _encode(v, kinds) for k, v in value.items()}
        return {"$dict": [[_encode(k, kinds), _encode(v, kinds)] for k, v in value.items()]}
    name = type(value).__name__
    if dataclasses.is_dataclass(value) and kinds.get(name) is type(value):
        return {"$type": name, "fields": {f.name: _encode(getattr(value, f.name), kinds)
                                          for f in dataclasses.fields(value)}}
    raise PortableError(f"cannot carry a {name}: not one of the kinds of value it was given")


def decode(data: Any, kinds: Kinds | None = None) -> Any:
    """What :func:`encode` was given; :class:`PortableError` for anything it did not write.
    A class is made only if ``kinds`` (default :func:`classes`) has it, and only with the
    fields it declares, each of its declared type."""
    return _decode(data, classes() if kinds is None else kinds)


def _decode(data: Any, kinds: Kinds) -> Any:
    if data is None or isinstance(data, (bool, int, float, str)):
        return data
    if isinstance(data, list):
        return [_decode(v, kinds) for v in data]
    if not isinstance(data, dict):
        raise PortableError(f"unexpected {type(data).__name__}")
    if "$type" in data:
        cls = kinds.get(data["$type"]) if isinstance(data["$type"], str) else None
        fields = data.get("fields")
        if cls is None or not isinstance(fields, dict) or len(data) != 2:
            raise PortableError(f"unknown kind of value {data['$type']!r}")
        hints = _hints(cls)
        if set(fields) - set(hints):
            raise PortableError(f"{cls.__name__} has no field "
                                f"{', '.join(sorted(set(fields) - set(hints)))}")
        values = {k: _decode(v, kinds) for k, v in fields.items()}
        for k, v in values.items():
            if not _is(v, hints[k]):
                raise PortableError(f"{cls.__name__}.{k} is not a {hints[k]}")
        try:
            return cls(**values)
        except TypeError as exc:
            raise PortableError(f"{cls.__name__}: {exc}") from None
    if len(data) == 1:
        tag, value = next(iter(data.items()))
        if tag == "$decimal":
            try:
                return Decimal(value)
            except (InvalidOperation, TypeError, ValueError):
                raise PortableError(f"not a decimal: {value!r}") from None
        if tag == "$tuple":
            return tuple(_decode(v, kinds) for v in _list(value))
        if tag == "$set":
            return frozenset(_decode(v, kinds) for v in _list(value))
        if tag == "$bytes":
            try:
                return base64.b64decode(value, validate=True)
            except (ValueError, TypeError):
                raise PortableError("not base64") from None
        if tag == "$dict":
            return {_decode(k, kinds): _decode(v, kinds)
                    for k, v in (_pair(p) for p in _list(value))}
    if any(k.startswith("$") for k in data):
        raise PortableError(f"unknown tag {next(k for k in data if k.startswith('$'))!r}")
    return {k: _decode(v, kinds) for k, v in data.items()}


@cache
def _hints(cls: type) -> dict[str, Any]:
    """Each field's declared type, resolved (``Any`` where it cannot be)."""
    try:
        resolved = typing.get_type_hints(cls)
    except Exception:  # a name only imported for type checkers: the field is not checked
        resolved = {}
    return {f.name: resolved.get(f.name, Any) for f in dataclasses.fields(cls)}


def _is(value: Any, hint: Any) -> bool:
    """Whether ``value`` (as :func:`decode` makes it) is of type ``hint``.  A dataclass in
    it was checked when it was made; a set comes back as a frozenset."""
    if hint is Any or hint is object:
        return True
    if hint is None or hint is type(None):
        return value is None
    if hint is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if isinstance(hint, type):
        return isinstance(value, hint)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is typing.Union or origin is types.UnionType:
        return any(_is(value, a) for a in args)
    if origin is list:
        return isinstance(value, list) and (not args or all(_is(v, args[0]) for v in value))
    if origin is dict:
        return isinstance(value, dict) and (not args or all(
            _is(k, args[0]) and _is(v, args[1]) for k, v in value.items()))
    if origin in (set, frozenset):
        return isinstance(value, (set, frozenset)) and (
            not args or all(_is(v, args[0]) for v in value))
    if origin is tuple:
        if not isinstance(value, tuple):
            return False
        if len(args) == 2 and args[1] is Ellipsis:
            return all(_is(v, args[0]) for v in value)
        return not args or (len(args) == len(value) and all(map(_is, value, args)))
    if origin is typing.Literal:
        return value in args
    return False  # a kind of type this module was not taught: refused, not guessed


def _list(value: Any) -> list:
    if not isinstance(value, list):
        raise PortableError(f"expected a list, found {type(value).__name__}")
    return value


def _pair(value: Any) -> tuple[Any, Any]:
    if not isinstance(value, list) or len(value) != 2:
        raise PortableError("expected a [key, value] pair")
    return value[0], value[1]
