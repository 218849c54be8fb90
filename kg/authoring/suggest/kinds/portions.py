"""What shares and ratios share: a portion, the whole it is part of, and the words between."""

from __future__ import annotations

from kg.authoring.suggest.text import AMOUNTS, Document, Match, Sentence, Slot


def portion_and_whole(sentence: Sentence, document: Document, m: Match, part: Slot,
                      hint: tuple[str, ...] = ()) -> tuple[Slot, Slot] | None:
    """The portion (the amount written next to the share, as a rule before it) and the whole
    (named after "of", else in an earlier sentence: "of revenue", "of the total")."""
    whole = m.roles.get("whole")
    amounts = [s for s in sentence.slots if s.cls in AMOUNTS and s is not whole]
    before = [s for s in amounts if s.token < part.token]
    after = [s for s in amounts if s.token > part.token]
    if whole is None and m.name == "or" and len(before) >= 2:
        portion, whole = sorted(before[-2:], key=lambda s: s.value or 0)
        return (portion, whole) if portion.unit == whole.unit else None
    candidates = ([before[-1]] if before else []) + after
    if whole is not None:
        candidates = [s for s in candidates if s.unit == whole.unit]
    if not candidates:
        if whole is None:
            return None
        portion = document.antecedent(sentence, whole.unit,
                                      need=lambda s: (s.value or 0) < (whole.value or 0))
        return (portion, whole) if portion else None
    portion = candidates[0]
    if whole is None:
        of = [t.lower_ for t in sentence.doc[m.end:m.end + 4] if t.is_alpha]
        whole = document.antecedent(sentence, portion.unit, hint=hint + tuple(of),
                                    need=lambda s: (s.value or 0) > (portion.value or 0))
    if whole is None or whole.unit != portion.unit:
        return None
    return portion, whole
