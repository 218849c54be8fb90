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

    def get(self, name: str, default: Any = None) -> Any:  # type: ignore[override]
        # Mapping.get goes through __getitem__ and a KeyError: the decoder asks once for
        # every value it makes (a warm run's 35,000), so a loaded class is one dict lookup
        cls = self.loaded.get(name)
        if cls is not None:
            return cls
        return self[name] if name in self.modules else default

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
        return _instance(data, kinds)
    if len(data) == 1:
        tag, value = next(iter(data.items()))
        if tag == "$decimal":
            if type(value) is not str:
                raise PortableError(f"not a decimal: {value!r}")
            try:
                number = Decimal(value)
            except (InvalidOperation, TypeError, ValueError):
                raise PortableError(f"not a decimal: {value[:40]!r}") from None
            # what the checks can have written: finite, and within what arithmetic holds
            if not number.is_finite() or (number and (
                    abs(number.adjusted()) > MAX_EXPONENT
                    or len(number.as_tuple().digits) > MAX_DIGITS)):
                raise PortableError(f"not a decimal a check writes: {value[:40]!r}")
            return number
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


Reader = Callable[[Any, Kinds], Any]


def _wrong(hint: Any, value: Any) -> PortableError:
    return PortableError(f"expected {getattr(hint, '__name__', hint)}, "
                         f"found {type(value).__name__}")


def _instance(data: Any, kinds: Kinds, of: type = object) -> Any:
    """A dataclass of ``kinds`` (and a subclass of ``of``) from ``{"$type", "fields"}``."""
    name = data.get("$type") if type(data) is dict else None
    cls = kinds.get(name) if isinstance(name, str) else None
    fields = data.get("fields") if cls is not None else None
    if cls is None or type(fields) is not dict or len(data) != 2 or not issubclass(cls, of):
        raise PortableError(f"unknown kind of value {name!r}")
    readers = _field_readers(cls)
    values = {}
    for key, value in fields.items():
        plan = readers.get(key)
        if plan is None:
            raise PortableError(f"{cls.__name__} has no field {key}")
        plain, read = plan
        if type(value) is plain:  # a str, int or bool field holding one: nothing to read
            values[key] = value
            continue
        try:
            values[key] = read(value, kinds)
        except PortableError as exc:
            raise PortableError(f"{cls.__name__}.{key}: {exc}") from None
    try:
        return cls(**values)
    except TypeError as exc:
        raise PortableError(f"{cls.__name__}: {exc}") from None


@cache
def _field_readers(cls: type) -> dict[str, tuple[type | None, Reader]]:
    """Each field's reader, and the plain type (str, int or bool) a value of which it takes
    as it is: most fields of a kept outcome are one (``str``, ``str | None``), and not
    calling a reader for them took a third off decoding a warm run's outcomes."""
    return {name: (_plain(hint), _reader(hint)) for name, hint in _hints(cls).items()}


def _plain(hint: Any) -> type | None:
    """``str``, ``int`` or ``bool`` when ``hint`` is one of them or it or None (what
    ``scalar`` takes unchanged: ``type(v) is int`` is never a bool); else ``None``."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        hint = args[0] if len(args) == 1 else None
    return hint if hint in (str, int, bool) else None


def _tagged(value: Any, tag: str) -> Any:
    """The member of ``{tag: member}``, or :class:`PortableError`."""
    if type(value) is not dict or len(value) != 1 or tag not in value:
        raise PortableError(f"expected {tag}, found {type(value).__name__}")
    return value[tag]


@cache
def _reader(hint: Any) -> Reader:
    """A function that makes a value of type ``hint`` from what :func:`encode` wrote, or
    raises :class:`PortableError`: the declared types steer the decoding, so a field is
    checked as it is read (checking after decoding took longer than the decoding)."""
    if hint is Any or hint is object:
        return _decode
    if hint is None or hint is type(None):
        def none(v: Any, kinds: Kinds) -> None:
            if v is not None:
                raise _wrong(hint, v)
        return none
    if hint in (str, bool, int, float):
        plain = (int, float) if hint is float else (hint,)

        def scalar(v: Any, kinds: Kinds) -> Any:
            if type(v) in plain and (type(v) is not float or v - v == 0):  # finite floats
                return v
            raise _wrong(hint, v)
        return scalar
    if hint is Decimal or hint is bytes:
        tag = "$decimal" if hint is Decimal else "$bytes"

        def text(v: Any, kinds: Kinds) -> Any:
            if type(_tagged(v, tag)) is not str:
                raise _wrong(hint, v)
            return _decode(v, kinds)
        return text
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return lambda v, kinds: _instance(v, kinds, hint)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is typing.Union or origin is types.UnionType:
        readers = [_reader(a) for a in args if a is not type(None)]
        optional = len(readers) < len(args)

        def union(v: Any, kinds: Kinds) -> Any:
            if v is None and optional:
                return None
            for read in readers:
                try:
                    return read(v, kinds)
                except PortableError:
                    continue
            raise _wrong(hint, v)
        return union
    if origin is typing.Literal:
        def literal(v: Any, kinds: Kinds) -> Any:
            if v in args and type(v) in _PLAIN:
                return v
            raise _wrong(hint, v)
        return literal
    if origin is list or origin is tuple and (not args or Ellipsis in args) \
            or origin in (set, frozenset):
        item = args[0] if args else Any
        read = _reader(item)
        tag = {list: None, tuple: "$tuple", set: "$set", frozenset: "$set"}[origin]
        make = {list: list, tuple: tuple, set: frozenset, frozenset: frozenset}[origin]

        def sequence(v: Any, kinds: Kinds) -> Any:
            items = v if tag is None else _tagged(v, tag)
            if type(items) is not list:
                raise _wrong(hint, v)
            if item is str and all(type(x) is str for x in items):
                return items if make is list else make(items)
            return make([read(x, kinds) for x in items])
        return sequence
    if origin is tuple:
        readers = [_reader(a) for a in args]

        def fixed(v: Any, kinds: Kinds) -> tuple:
            items = _tagged(v, "$tuple")
            if type(items) is not list or len(items) != len(readers):
                raise _wrong(hint, v)
            return tuple([read(x, kinds) for read, x in zip(readers, items)])
        return fixed
    if origin is dict:
        key, value = args if args else (Any, Any)
        read_key, read_value = _reader(key), _reader(value)

        def mapping(v: Any, kinds: Kinds) -> dict:
            if type(v) is not dict:
                raise _wrong(hint, v)
            if len(v) == 1 and "$dict" in v:
                return {read_key(a, kinds): read_value(b, kinds)
                        for a, b in (_pair(p) for p in _list(v["$dict"]))}
            # other keys than strings are always written as $dict pairs (but for none)
            if v and key is not str and key is not Any or any(k.startswith("$") for k in v):
                raise _wrong(hint, v)
            if value is str and all(type(x) is str for x in v.values()):
                return v
            return {k: read_value(x, kinds) for k, x in v.items()}
        return mapping

    def unknown(v: Any, kinds: Kinds) -> Any:  # a type this module was not taught: refused
        raise PortableError(f"cannot read a {hint}")
    return unknown


#: bounds of a carried decimal: far beyond what a check computes from figures within
#: kg.figures' bounds, far from what decimal arithmetic cannot hold
MAX_EXPONENT = 1000
MAX_DIGITS = 100


def _list(value: Any) -> list:
    if not isinstance(value, list):
        raise PortableError(f"expected a list, found {type(value).__name__}")
    return value


def _pair(value: Any) -> tuple[Any, Any]:
    if not isinstance(value, list) or len(value) != 2:
        raise PortableError("expected a [key, value] pair")
    return value[0], value[1]
