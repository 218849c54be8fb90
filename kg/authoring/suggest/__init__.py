"""``kg suggest``: relations a careful reader would check, from the words around figures.

Each claim's sentence is tokenized by spaCy (a blank English pipeline: no model to
download) with every figure and date as one token, and each relation kind's patterns
(:mod:`kg.authoring.suggest.kinds`, one module a kind) say which figure plays which
role.  Each suggestion is a relation typed ``cg:Suggestion``, so the build leaves it
out until accepted.

>>> # suggest(Path("claims"), "my-doc") -> [Suggestion("PercentChangeRelation", …), …]
"""

from __future__ import annotations

from pathlib import Path

from kg.authoring.links import LinkSuggestion
from kg.authoring.suggest.files import (SUGGESTIONS_FILE, accept, existing_roles, role_key,
                                        write_suggestions)
from kg.authoring.suggest.suggestion import Suggestion
from kg.authoring.suggest.text import TotalCells
from kg.corpus import read_document
from kg.problems import InputError, Problem, display_path

__all__ = ["SUGGESTIONS_FILE", "Suggestion", "accept", "suggest", "suggest_links",
           "write_suggestions"]


def suggest(claims_dir: Path, doc_id: str, totals: TotalCells | None = None,
            restated: dict[str, str] | None = None) -> list[Suggestion]:
    """Relations the document's words state and its claims do not encode yet (``totals``:
    the cells of its tables' total rows, each with the words that name it; ``restated``: the
    cell each figure of the text restates; where the reader knows them)."""
    from kg.authoring.suggest.kinds import KINDS
    from kg.authoring.suggest.kinds.share import restated_fractions
    from kg.authoring.suggest.read import document

    folder = claims_dir / doc_id
    if not folder.is_dir():
        raise InputError(Problem(display_path(folder), 0, "no such document folder",
                                 f"create it with kg new {doc_id} --source FILE"))
    source = read_document(folder)
    if source.problems:
        raise InputError(source.problems[0])
    existing = existing_roles(source)
    doc = document(source, totals, restated)
    out: list[Suggestion] = []
    for sentence in doc.sentences:
        found: list[Suggestion] = []
        for kind in KINDS:
            found.extend(kind.find(sentence, doc, found))
        # (a share in brackets restating a fraction the ratio kind read: its roles)
        found.extend(restated_fractions(sentence, found))
        for s in found:
            key = role_key(s.roles)
            if key not in existing:
                existing.add(key)
                out.append(s)
    return _without_implied_comparisons(out)


#: changes whose two ends (and direction) the words state: a comparison of the same two says
#: less ("a difference of 1,100" leaves the order to words such as "outpaced": kept)
_ORDERED = {"PercentChangeRelation": ("initial", "final"),
            "PercentagePointChangeRelation": ("initial", "final")}


def _without_implied_comparisons(found: list[Suggestion]) -> list[Suggestion]:
    """The suggestions less each comparison of two figures a change read from the words
    already relates ("fell to 42.61 cents from 44.96 cents. That is a decrease of 5.2%"):
    the change states the order (its direction) and its size, and is checked."""
    ordered = set()
    for s in found:
        if s.kind in _ORDERED:
            ends = dict(s.roles)
            ordered.add(frozenset(ends[r][0] for r in _ORDERED[s.kind] if len(ends[r]) == 1))
    return [s for s in found if s.kind != "ComparisonRelation" or s.figures not in ordered]


def suggest_links(claims_dir: Path, doc_id: str) -> list[LinkSuggestion]:
    """Entity links to other documents (:mod:`kg.authoring.links`) not yet proposed."""
    import re

    from kg.authoring.links import suggest_links as links
    path = claims_dir / doc_id / SUGGESTIONS_FILE
    proposed = set(re.findall(r"^#?l-\d+ <([^>]+)> schema:sameAs <([^>]+)>",
                              path.read_text(encoding="utf-8"), re.M)) if path.exists() else set()
    return [link for link in links(claims_dir, doc_id)
            if (link.subject, link.target) not in proposed]
