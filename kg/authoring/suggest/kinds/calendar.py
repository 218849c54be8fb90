"""Calendar facts: "on Sunday, May 19, 2024", "Saturday 24 May 2025", "March 3, a Monday",
"on Black Friday, November 28, 2014" (a holiday the vocabulary has a rule for)."""

from __future__ import annotations

from kg.authoring.suggest.suggestion import Suggestion, make
from kg.authoring.suggest.text import DATE, Document, Patterns, Sentence, figure, words

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: holidays of the vocabulary (cg:HolidayRule) by the words that name them
HOLIDAYS = {"BlackFriday": [["black"], ["friday"]], "Thanksgiving": [["thanksgiving"]],
            "SinglesDay": [["singles", "single"], ["'", "’", "'s"], ["day"]],
            "DoubleTwelve": [["double"], ["twelve"]]}
#: what may stand between a holiday's name and its date: "on Black Friday alone, November
#: 28, 2014", "Thanksgiving Day itself, November 27", "Singles Day this year, on November 11"
_NEAR = {"LOWER": {"IN": ['"', "”", "“", "'", "on", ",", "of", "the", "day", "(", "in", "alone",
                          "itself", "this", "that", "last", "year", "which", "was", "fell",
                          "falls", "—", "–", "-"]},
         "OP": "{0,4}"}
PATTERNS = Patterns({**{f"holiday:{rule}": [
    [*({"LOWER": {"IN": w}, **({"OP": "?"} if w[0] == "'" else {})} for w in name), _NEAR,
     figure(DATE, role="onDate")]] for rule, name in HOLIDAYS.items()}, "weekday": [
    [words(*DAYS), words(",", optional=True), figure(DATE, role="onDate")],
    [figure(DATE, role="onDate"), words(",", "("), words("a", "which", "was", optional=True),
     words("was", optional=True), words("a", optional=True), words(*DAYS)],
]})


def find(sentence: Sentence, document: Document, taken: list[Suggestion]) -> list[Suggestion]:
    out = []
    for m in PATTERNS(sentence):
        date = m.roles["onDate"]
        if m.name.startswith("holiday:"):
            rule = m.name.split(":", 1)[1]
            out.append(make("CalendarRelation", sentence.claim, {"onDate": date}, m.evidence,
                            f"{date.text} was {rule}", holiday=rule))
            continue
        day = next(t.text.capitalize() for t in sentence.doc[m.start:m.end] if t.lower_ in DAYS)
        out.append(make("CalendarRelation", sentence.claim, {"onDate": date}, m.evidence,
                        f"{date.text} was a {day}", weekday=day))
    return out
