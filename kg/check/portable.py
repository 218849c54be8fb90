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
import importlib
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

import orjson

#: a whitelist of the classes a value may be made of, by name
Kinds = Mapping[str, type]


class PortableError(ValueError):
    """The data is not an outcome this version of claimgraph wrote."""


#: every class an outcome (or anything else claimgraph keeps) is made of, by name, and its
#: module: nothing else is ever made, and a module is imported only when a value names one
#: of its classes (a warm run reads its plan and kept report without importing rdflib)
CLASSES = {
    "Outcome": "kg.check.pipeline", "Report": "kg.check.model", "Finding": "kg.check.model",
    "Quote": "kg.check.model", "Suppression": "kg.check.model", "Diagnosis": "kg.diagnose.run",
    "Candidate": "kg.diagnose.run", "Interval": "kg.interval",
    "FigureSummary": "kg.check.agreement", "Place": "kg.check.agreement",
    "OtherSource": "kg.check.agreement", "Source": "kg.report", "Problem": "kg.problems",
    "DocumentSummary": "kg.summary", "EntityCount": "kg.summary",
}


class Whitelist(Mapping[str, type]):
    """Class names to classes, each imported from its fixed module when first asked for."""

    def __init__(self, modules: Mapping[str, str]) -> None:
        self.modules = dict(modules)
        self.loaded: dict[str, type] = {}

    def __getitem__(self, name: str) -> type:
        cls = self.loaded.get(name)
        if cls is None:
            cls = getattr(importlib.import_module(self.modules[name]), name)
            if not (isinstance(cls, type) and dataclasses.is_dataclass(cls)):
                raise TypeError(f"{self.modules[name]}.{name} is not a dataclass")
            self.loaded[name] = cls
        return cls

    def __iter__(self) -> Iterator[str]:
        return iter(self.modules)

    def __len__(self) -> int:
        return len(self.modules)


@cache
def classes() -> Whitelist:
    """:data:`CLASSES`, the default whitelist."""
    return Whitelist(CLASSES)


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


#: what JSON makes by itself, kept as it is
_PLAIN = frozenset({str, int, float, bool, type(None)})


def _decode(data: Any, kinds: Kinds) -> Any:
    kind = type(data)
    if kind in _PLAIN:
        return data
    if kind is list:
        return [v if type(v) in _PLAIN else _decode(v, kinds) for v in data]
    if kind is not dict:
        raise PortableError(f"unexpected {kind.__name__}")
    if "$type" in data:
        cls = kinds.get(data["$type"]) if isinstance(data["$type"], str) else None
        fields = data.get("fields")
        if cls is None or not isinstance(fields, dict) or len(data) != 2:
            raise PortableError(f"unknown kind of value {data['$type']!r}")
        checks = _checks(cls)
        values = {}
        for k, v in fields.items():
            check = checks.get(k)
            if check is None:
                raise PortableError(f"{cls.__name__} has no field {k}")
            if type(v) not in _PLAIN:
                v = _decode(v, kinds)
            if not check(v):
                raise PortableError(f"{cls.__name__}.{k} is not a {_hints(cls)[k]}")
            values[k] = v
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
            return tuple(v if type(v) in _PLAIN else _decode(v, kinds) for v in _list(value))
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
    return {k: v if type(v) in _PLAIN else _decode(v, kinds) for k, v in data.items()}


@cache
def _hints(cls: type) -> dict[str, Any]:
    """Each field's declared type, resolved (``Any`` where it cannot be)."""
    try:
        resolved = typing.get_type_hints(cls)
    except Exception:  # a name only imported for type checkers: the field is not checked
        resolved = {}
    return {f.name: resolved.get(f.name, Any) for f in dataclasses.fields(cls)}


@cache
def _checks(cls: type) -> dict[str, Callable[[Any], bool]]:
    """Each field's :func:`_checker`."""
    return {name: _checker(hint) for name, hint in _hints(cls).items()}


def _is(value: Any, hint: Any) -> bool:
    """Whether ``value`` (as :func:`decode` makes it) is of type ``hint``."""
    return _checker(hint)(value)


def _anything(value: Any) -> bool:
    return True


@cache
def _checker(hint: Any) -> Callable[[Any], bool]:
    """Whether a value (as :func:`decode` makes it) is of type ``hint``, as a function made
    once per type (checking every field of 21,000 findings took longer than decoding
    them).  A dataclass in it was checked when it was made; a set comes back as a
    frozenset; a kind of type this module was not taught is refused, not guessed."""
    if hint is Any or hint is object:
        return _anything
    if hint is None or hint is type(None):
        return lambda v: v is None
    if hint is float:
        return lambda v: type(v) is float or type(v) is int
    if hint is int:
        return lambda v: type(v) is int or type(v) is bool
    if isinstance(hint, type):
        return lambda v: isinstance(v, hint)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is typing.Union or origin is types.UnionType:
        plain = tuple(a for a in args if isinstance(a, type) and a not in (int, float))
        if len(plain) == len(args):  # X | Y | None of plain classes: one isinstance
            return lambda v: isinstance(v, plain)
        each = tuple(_checker(a) for a in args)
        return lambda v: any(c(v) for c in each)
    if origin is typing.Literal:
        return lambda v: v in args
    inner = tuple(_checker(a) for a in args if a is not Ellipsis)
    if origin is list:
        c = inner[0] if inner else _anything
        return lambda v: type(v) is list and (c is _anything or all(map(c, v)))
    if origin in (set, frozenset):
        c = inner[0] if inner else _anything
        return lambda v: isinstance(v, (set, frozenset)) and all(map(c, v))
    if origin is dict:
        k, c = inner if inner else (_anything, _anything)
        return lambda v: type(v) is dict and all(k(a) and c(b) for a, b in v.items())
    if origin is tuple:
        if not args or Ellipsis in args:
            c = inner[0] if inner else _anything
            return lambda v: type(v) is tuple and all(map(c, v))
        return lambda v: type(v) is tuple and len(v) == len(inner) and \
            all(c(x) for c, x in zip(inner, v))
    return lambda v: False


def _list(value: Any) -> list:
    if not isinstance(value, list):
        raise PortableError(f"expected a list, found {type(value).__name__}")
    return value


def _pair(value: Any) -> tuple[Any, Any]:
    if not isinstance(value, list) or len(value) != 2:
        raise PortableError("expected a [key, value] pair")
    return value[0], value[1]
