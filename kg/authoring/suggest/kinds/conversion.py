"""Currency conversions: "48 million yuan, about $6.6 million", "9.5 million euros, or about
10.3 million US dollars at 1.08 dollars per euro" (a stated rate says which way it runs)."""

from __future__ import annotations

from kg.authoring.suggest.suggestion import Suggestion, make
from kg.authoring.suggest.text import (CURRENCY_WORDS, MONEY, RATE, Document, Patterns, Sentence,
                                       figure, gap, words)

_JOIN = {"OP": "{0,3}", "LOWER": {"IN": [",", "(", "or", "about", "roughly", "some", "around",
                                         "equivalent", "to", "worth", "nearly", "almost",
                                         "approximately", "i.e.", "that", "is"]}}
PATTERNS = Patterns({"pair": [
    [figure(MONEY, role="a"), (_JOIN, None), figure(MONEY, role="b")],
    # "57.1 billion yuan in daily trading volume, 9.3 billion US dollars"
    [figure(MONEY, role="a"), words("in", "of", "for"), gap(4), words(",", "("),
     (_JOIN, None), figure(MONEY, role="b")],
]})


def find(sentence: Sentence, document: Document, taken: list[Suggestion]) -> list[Suggestion]:
    out = []
    for m in PATTERNS(sentence):
        a, b = m.roles["a"], m.roles["b"]
        if a.unit == b.unit:
            continue
        roles = {"amount": a, "convertedAmount": b}
        rates = [s for s in sentence.slots if s.cls == RATE and s.token > b.token]
        label = f"{a.text} is {b.text}"
        if rates:
            rate = rates[0]
            per = _numerator(sentence, rate)
            if per == b.unit:  # "… at 1.08 dollars per euro": the dollars are the amount
                roles = {"amount": b, "convertedAmount": a}
            roles["rate"] = rate
            label += f" at {rate.text}"
        out.append(make("ConversionRelation", sentence.claim, roles, m.evidence, label))
    return out


def _numerator(sentence: Sentence, rate) -> str | None:
    """The currency a rate counts ("7.25 yuan to the dollar": yuan)."""
    for token in [*sentence.doc[rate.token:rate.token + 2]]:
        for word, code in CURRENCY_WORDS.items():
            if token.lower_.endswith(word) or token.lower_.startswith(word):
                return code
    return None
