"""Shard reports, and joining them into the report one run on one machine gives.

``kg check --shard K/N --format json`` writes the report of its slice of the documents
with a ``shard`` member: each document's outcome (:mod:`kg.check.portable`), which is
everything the run's last step needs.  ``kg report merge`` reads every shard's report and
takes that last step (:func:`kg.check.pipeline.finish`: shared IRIs, agreement across
documents, diagnoses weighed by other sources) once over all of them, so its JSON, SARIF,
JUnit and text are byte for byte those of a single ``kg check``.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from kg.check.keys import code_fingerprint
from kg.check.pipeline import FolderRun, Outcome, finish
from kg.check.portable import PortableError, decode, encode
from kg.check.shard import Shard
from kg.problems import InputError, Problem, display_path

#: bump when the shard member's layout changes
SHARD_FORMAT = 1
#: the most shards of one series a merge takes (a CI matrix has tens)
MAX_SHARDS = 10_000


def shard_member(run: FolderRun, shard: Shard, engine: str, claims: Path) -> dict[str, Any]:
    """The ``shard`` member of a shard's JSON report."""
    return {"format": SHARD_FORMAT, "index": shard.index, "count": shard.count,
            "engine": engine, "claims": display_path(claims), "code": code_fingerprint(),
            # without the summaries the app's listings read (kg.summary): a merge needs none
            # nor the built graphs (the app's store): a merge needs none
            "outcomes": [{"folder": display_path(f),
                          "outcome": encode(replace(o, summary=None, graph=None))}
                         for f, o in run.outcomes]}


def merge_shards(paths: list[Path]) -> tuple[FolderRun, str]:
    """The run the shards' reports at ``paths`` add up to, and its engine.

    Every shard of one ``--shard K/N`` series must be there, once, written by this version
    of claimgraph over the same claims folder: anything else is an :class:`InputError`
    naming the file."""
    members = [(path, _member(path)) for path in paths]
    first_path, first = members[0]
    seen: dict[int, Path] = {}
    for path, m in members:
        where = display_path(path)
        for key, what in (("count", "a series of another size"), ("engine", "another engine"),
                          ("claims", "another claims folder")):
            if m[key] != first[key]:
                raise InputError(Problem(where, 0, f"this shard is of {what} ({m[key]}) than "
                                         f"{display_path(first_path)} ({first[key]})",
                                         "merge the shards of one kg check --shard K/N series"))
        if m["index"] in seen:
            raise InputError(Problem(where, 0, f"shard {m['index']}/{m['count']} is also "
                                     f"{display_path(seen[m['index']])}", "name each shard once"))
        seen[m["index"]] = path
    count = first["count"]
    missing = sorted(set(range(1, count + 1)) - set(seen))
    if missing:
        names = ", ".join(f"{k}/{count}" for k in missing)
        raise InputError(Problem(display_path(first_path), 0, f"shard(s) {names} "
                                 "missing: the merged report would leave their documents out",
                                 "pass every shard's report"))
    pairs: dict[str, tuple[Path, Outcome]] = {}
    for path, m in members:
        for folder, outcome in _outcomes(path, m):
            if folder in pairs:
                raise InputError(Problem(display_path(path), 0, f"document folder {folder} "
                                         "is in two shards", "merge the shards of one series"))
            pairs[folder] = (Path(folder), outcome)
    ordered = sorted(pairs.values(), key=lambda pair: pair[0])  # as discover() orders them
    try:
        return finish(ordered, first["engine"]), first["engine"]
    except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError,
            RecursionError) as exc:
        # outcomes of the declared types whose free-form parts (diagnoses) are not what a
        # check writes
        raise InputError(Problem(", ".join(display_path(p) for p in paths), 0,
                                 f"the shards' outcomes do not add up to a report "
                                 f"({type(exc).__name__}: {str(exc)[:200]})",
                                 "write the shards again with this claimgraph")) from None


def _member(path: Path) -> dict[str, Any]:
    where = display_path(path)
    try:
        data = json.loads(path.read_bytes(), parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise InputError(Problem(where, exc.lineno, f"not JSON: {exc.msg}")) from None
    except RecursionError:
        raise InputError(Problem(where, 0, "not a shard report: nested too deeply",
                                 "write the shard again")) from None
    except ValueError as exc:  # an integer of more than 4,300 digits, NaN, Infinity
        raise InputError(Problem(where, 0, f"not a shard report: {exc}",
                                 "write the shard again")) from None
    except OSError as exc:
        raise InputError(Problem(where, 0, f"cannot read it: {exc.strerror}")) from None
    member = data.get("shard") if isinstance(data, dict) else None
    if not isinstance(member, dict):
        raise InputError(Problem(where, 0, "not a shard report",
                                 "write each shard with kg check --shard K/N --format json"))
    if member.get("format") != SHARD_FORMAT or member.get("code") != code_fingerprint():
        raise InputError(Problem(where, 0, "this shard was written by another version of "
                                 "claimgraph (or over other shapes)",
                                 "check every shard and merge with the same claimgraph"))
    for key, kind in (("index", int), ("count", int), ("engine", str), ("claims", str),
                      ("outcomes", list)):
        if not isinstance(member.get(key), kind) or isinstance(member.get(key), bool):
            raise InputError(Problem(where, 0, f"the shard member has no valid {key!r}"))
    if not 1 <= member["index"] <= member["count"] <= MAX_SHARDS:
        # a count of 10**12 would have the merge list a trillion missing shards
        raise InputError(Problem(where, 0, f"shard {_number(member['index'])}/"
                                 f"{_number(member['count'])} is no shard of a series",
                                 f"a series has 1 to {MAX_SHARDS:,} shards, numbered from 1"))
    return member


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is no number a report holds")


def _number(n: int) -> str:
    return str(n) if n.bit_length() < 64 else f"(a number of {n.bit_length():,} bits)"


def _outcomes(path: Path, member: dict[str, Any]) -> list[tuple[str, Outcome]]:
    out = []
    for n, entry in enumerate(member["outcomes"], start=1):
        try:
            folder, outcome = entry["folder"], decode(entry["outcome"])
        except (PortableError, KeyError, TypeError, RecursionError) as exc:
            raise InputError(Problem(display_path(path), 0, f"outcome {n} cannot be read: "
                                     f"{exc}", "write the shard again")) from None
        if not isinstance(outcome, Outcome) or not isinstance(folder, str):
            raise InputError(Problem(display_path(path), 0, f"outcome {n} is not a "
                                     "document's outcome", "write the shard again"))
        out.append((folder, outcome))
    return out
