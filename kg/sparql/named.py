"""Named queries: ``queries/<name>.rq`` with a header that documents them.

    # title: Figures about an entity
    # description: Every figure about an entity ...
    # param: entity  iri  the entity (a name such as "alibaba" means ent:alibaba)
    # needs: findings   (the query reads the findings graphs)

Parameters are bound as RDF terms, never pasted into the query text: by the store
(:meth:`kg.store.Store.query`), as Oxigraph's substitutions or a VALUES block opening the
WHERE clause, its terms serialized by pyoxigraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.namespaces import DOC, ENT
from kg.problems import InputError, Problem
from kg.vocab import data_dir

_HEADER = re.compile(r"^#\s*(title|description|param|needs):\s*(.*)$")


@dataclass(frozen=True)
class Param:
    name: str
    kind: str  # iri | entity | document | literal
    description: str


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    description: str
    text: str
    path: Path
    params: tuple[Param, ...] = field(default=())
    #: the query reads the findings graphs (``# needs: findings``): a store loaded
    #: without them would answer nothing
    needs_findings: bool = False


def queries_dir() -> Path:
    return data_dir("queries")


def named_queries() -> dict[str, NamedQuery]:
    return {q.name: q for q in map(_load, sorted(queries_dir().glob("*.rq")))}


def _load(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    meta: dict[str, str] = {}
    params = []
    for line in text.splitlines():
        m = _HEADER.match(line)
        if not m:
            if line.strip() and not line.startswith("#"):
                break
            continue
        key, value = m.groups()
        if key == "param":
            name, kind, desc = (value.split(None, 2) + ["", ""])[:3]
            params.append(Param(name, kind, desc))
        else:
            meta[key] = value.strip()
    return NamedQuery(path.stem, meta.get("title", path.stem), meta.get("description", ""),
                      text, path, tuple(params), "findings" in meta.get("needs", ""))


def resolve_param(param: Param, value: str) -> tuple[str, str]:
    """(kind, IRI or lexical form) for a parameter value the user typed."""
    if param.kind in ("iri", "entity", "document", "claim"):
        if re.match(r"^[a-z][a-z0-9+.-]*:", value):
            return "iri", value
        base = {"entity": str(ENT), "document": str(DOC)}.get(param.kind)
        if base is None or not re.fullmatch(r"[\w.\-/]+", value):
            raise InputError(Problem(f"--{param.name}", 0, f"not an IRI: {value!r}",
                                     "give a full IRI such as https://…"))
        return "iri", base + value
    return "literal", value


def bindings_for(query: NamedQuery, given: dict[str, str]) -> dict[str, tuple[str, str]]:
    known = {p.name: p for p in query.params}
    unknown = sorted(set(given) - set(known))
    if unknown:
        raise InputError(Problem(query.path.name, 0, f"unknown parameter {unknown[0]!r}",
                                 "parameters: " + (", ".join(known) or "none")))
    missing = [p.name for p in query.params if p.name not in given]
    if missing:
        raise InputError(Problem(query.path.name, 0, f"missing parameter --{missing[0]}",
                                 next(p.description for p in query.params if p.name == missing[0])))
    return {name: resolve_param(known[name], value) for name, value in given.items()}
