"""suggestions.ttl: writing suggestions, accepting them, and what is encoded already."""

from __future__ import annotations

import re
from pathlib import Path

from kg.authoring.links import LinkSuggestion
from kg.authoring.suggest.suggestion import Suggestion
from kg.corpus import DocumentSource
from kg.files import write_atomic
from kg.namespaces import CG
from kg.problems import InputError, Problem, display_path

SUGGESTIONS_FILE = "suggestions.ttl"
#: every role a relation kind has, in one order, so encoded and suggested relations compare
ROLE_ORDER = ("total", "part", "minuend", "subtrahend", "difference", "numerator", "denominator",
              "ratio", "initial", "final", "change", "amount", "convertedAmount", "rate",
              "greater", "lesser", "aggregate", "count", "average", "multiple", "base", "factor",
              "growthRate", "portion", "whole", "share", "onDate", "first", "restatedAs")


def role_key(pairs) -> tuple:
    """Roles and their figures, comparable across encoded and suggested relations."""
    return tuple(sorted(((role, tuple(sorted(locals_))) for role, locals_ in pairs),
                        key=lambda p: ROLE_ORDER.index(p[0])))


def write_suggestions(claims_dir: Path, doc_id: str, suggestions: list[Suggestion],
                      links: list[LinkSuggestion] = ()) -> Path:
    from kg.authoring.links import turtle as link_turtle
    path = claims_dir / doc_id / SUGGESTIONS_FILE
    text = ""
    if path.exists():
        text = path.read_text(encoding="utf-8")
    else:
        from kg.authoring.new import PREFIXES
        text = PREFIXES.format(doc_id=doc_id) + (
            "\n# Relations `kg suggest` proposes. Each is left out of the graph, so never checked,\n"
            "# until accepted: `kg suggest DOC-ID --accept s-N`, or delete ', cg:Suggestion'.\n"
            "# Entity links (l-N) are commented out until accepted (--accept l-N).\n"
            "# Delete the ones that are wrong.\n\n")
    start = max(map(int, re.findall(r"^:s-(\d+) ", text, re.M)), default=0) + 1
    for n, s in enumerate(suggestions, start=start):
        text += _turtle(n, s)
    start = max(map(int, re.findall(r"^#?l-(\d+)\b", text, re.M)), default=0) + 1
    for n, link in enumerate(links, start=start):
        text += link_turtle(n, link)
    write_atomic(path, text)
    return path


def accept(claims_dir: Path, doc_id: str, ids: list[str]) -> list[str]:
    """Accept suggestions by id: their ``cg:Suggestion`` type is removed."""
    path = claims_dir / doc_id / SUGGESTIONS_FILE
    if not path.exists():
        raise InputError(Problem(display_path(path), 0, "no suggestions yet",
                                 f"run kg suggest {doc_id}"))
    text = path.read_text(encoding="utf-8")
    for sid in ids:
        link = re.compile(rf"^#{re.escape(sid)} (<[^>]+> schema:sameAs <[^>]+> \.)$", re.M)
        if sid.startswith("l-") and link.search(text):
            text = link.sub(rf"\1  # {sid}", text)
            continue
        pattern = re.compile(rf"^(:{re.escape(sid)} a cg:\w+), cg:Suggestion", re.M)
        if not pattern.search(text):
            raise InputError(Problem(display_path(path), 0, f"no open suggestion {sid!r}",
                                     "open ones: " + ", ".join(
                                         a or b for a, b in re.findall(
                                             r"^:(s-\d+) a cg:\w+, cg:Suggestion|^#(l-\d+) ",
                                             text, re.M))))
        text = pattern.sub(r"\1", text)
    write_atomic(path, text)
    return ids


def existing_roles(source: DocumentSource) -> set:
    g = source.graph
    roles = set()
    for relation in set(g.subjects(CG.basis, None)):
        role_pairs = []
        for prop in ROLE_ORDER:
            locs = tuple(sorted(str(o).rsplit("/", 1)[-1] for o in g.objects(relation, CG[prop])))
            if locs:
                role_pairs.append((prop, locs))
        roles.add(role_key(role_pairs))
    return roles


def _turtle(n: int, s: Suggestion) -> str:
    roles = " ; ".join(f"cg:{role} " + ", ".join(f":{x}" for x in locs) for role, locs in s.roles)
    direction = f" ; cg:direction cg:{s.direction}" if s.direction else ""
    claim = s.claim.rsplit("/", 1)[-1]
    evidence, label = (_escape(x) for x in (s.evidence, s.label))
    return (f":s-{n} a cg:{s.kind}, cg:Suggestion ;\n"
            f"    cg:claim :{claim} ; cg:basis cg:Stated ;\n"
            f'    rdfs:label "{label}" ; cg:evidence "{evidence}" ;\n'
            f"    {roles}{direction}{s.extra} .\n\n")


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')
