"""Calendar facts: "on Sunday, May 19, 2024", "Saturday 24 May 2025", "March 3, a Monday"."""

from __future__ import annotations

from kg.authoring.suggest.suggestion import Suggestion, make
from kg.authoring.suggest.text import DATE, Document, Patterns, Sentence, figure, words

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
PATTERNS = Patterns({"weekday": [
    [words(*DAYS), words(",", optional=True), figure(DATE, role="onDate")],
    [figure(DATE, role="onDate"), words(",", "("), words("a", "which", "was", optional=True),
     words("was", optional=True), words("a", optional=True), words(*DAYS)],
]})


def find(sentence: Sentence, document: Document, taken: list[Suggestion]) -> list[Suggestion]:
    out = []
    for m in PATTERNS(sentence):
        day = next(t.text.capitalize() for t in sentence.doc[m.start:m.end] if t.lower_ in DAYS)
        date = m.roles["onDate"]
        out.append(make("CalendarRelation", sentence.claim, {"onDate": date}, m.evidence,
                        f"{date.text} was a {day}", weekday=day))
    return out
