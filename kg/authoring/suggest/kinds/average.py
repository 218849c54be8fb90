"""Averages: "took £96 million from 3.2 million tickets, an average of £30 per ticket",
"€410 million, an average of €64 per passenger" (the count in an earlier sentence), "each
consultation cost CHF 26", "for each of its 285,120 residents, spending amounts to $4,020",
"earnings per share came to NOK 14.31", "the average shopper spent $380.95".

The count is the figure of the things the words count ("per resident": the residents), here
or in an earlier sentence; the aggregate is the other figure in the average's unit here, else
the one an earlier sentence names with the average's words ("the budget works out to $2,990
per person": the budget).  Where the words name neither, there is no relation.
"""

from __future__ import annotations

import re

from kg.authoring.suggest.kinds.portions import (is_base, is_change, is_earlier, is_rate, level,
                                                 name, nouns_after, resolve, stem,
                                                 words_before)
from kg.authoring.suggest.suggestion import Suggestion, make, unclaimed
from kg.authoring.suggest.text import (AMOUNTS, COUNT, FIGURES, MONEY, QUANTITY, Document, Match,
                                       Patterns, Sentence, Slot, figure, words)

_EACH = ("a", "an", "per", "each", "every")
#: "$45.10 a year earlier", "12 percent a year": a period, not a thing counted
_PERIODS = ("year", "years", "month", "months", "week", "weeks", "day", "days", "quarter",
            "decade", "century", "time", "record", "total", "further", "rise", "fall", "gain",
            "drop", "loss")
_AVERAGE = ("average", "averaging", "averaged", "mean")
#: words of a clause that name nothing ("works out to", "amounts to")
_VERBS = {"work", "works", "worked", "out", "amount", "amounts", "came", "come", "comes", "was",
          "were", "is", "are", "means", "mean", "which", "spent", "cost", "costs", "the",
          "average", "about", "some", "roughly", "nearly", "almost", "around"}
PATTERNS = Patterns({
    "average": [
        [words(*_AVERAGE), words("of", optional=True),
         figure(MONEY, QUANTITY, COUNT, role="average")],
        [words("on"), words("average"), figure(MONEY, QUANTITY, COUNT, role="average")],
    ],
    "per": [
        [figure(MONEY, QUANTITY, role="average"), words(*_EACH),
         {"IS_ALPHA": True, "LOWER": {"NOT_IN": list(_PERIODS)}}],
        [figure(MONEY, QUANTITY, role="average"), words("each", "apiece")],
        [figure(MONEY, QUANTITY, COUNT, role="average"), words("for"), words("every", "each")],
    ],
    # "each consultation cost CHF 26", "the average shopper spent $380.95"
    "each": [[words("each", "every", "average", "typical"), {"IS_ALPHA": True},
              {"IS_ALPHA": True, "LOWER": {"NOT_IN": ["of"]}}, {"LOWER": "about", "OP": "?"},
              figure(MONEY, QUANTITY, role="average")]],
    # "received 939,000 visitors in each of the six months"
    "in-each-of": [[words("average"), {"IS_ALPHA": True, "OP": "{0,4}"},
                    figure(MONEY, QUANTITY, COUNT, role="average"),
                    {"IS_ALPHA": True, "OP": "{0,3}"},
                    words("in", "for", "over"), words("each"), words("of"),
                    words("the", optional=True), figure(COUNT, QUANTITY, role="count")]],
    # "earnings per share came to NOK 14.31"
    "per-noun": [[{"IS_ALPHA": True}, words("per"), {"IS_ALPHA": True},
                  {"IS_ALPHA": True, "OP": "{1,2}"}, figure(MONEY, QUANTITY, role="average")]],
    # "for each of Fairhaven's 285,120 residents, spending amounts to about $4,020 a year"
    "each-of": [[words("each"), words("of"), {"NORM": {"NOT_IN": list(FIGURES)}, "OP": "{0,3}"},
                 figure(COUNT, role="count"), {"IS_ALPHA": True, "OP": "{1,2}"},
                 {"IS_PUNCT": True},
                 {"NORM": {"NOT_IN": list(FIGURES)}, "IS_PUNCT": False, "OP": "{0,8}"},
                 figure(MONEY, QUANTITY, role="average")]],
})


def find(sentence: Sentence, document: Document, taken: list[Suggestion]) -> list[Suggestion]:
    out: list[Suggestion] = []
    for m, average in unclaimed(PATTERNS(sentence), "average", taken, out):
        if is_base(sentence, average) or is_earlier(sentence, average):
            continue  # "against about 874,000 a month in 2023": the earlier period's average
        after = sentence.doc[average.token + 1:average.token + 2]
        if after.text in ("-", "of"):
            continue  # "the average one-way commute", "a mean of 38.6 of the 52 sessions"
        noun = _counted(sentence, m, average)
        count = m.roles.get("count") or _count(sentence, document, average, noun)
        if count is None:
            continue
        total = _aggregate(sentence, document, average, count)
        if total is None:
            continue
        out.append(make("AverageRelation", sentence.claim,
                        {"aggregate": total, "count": count, "average": average}, m.evidence,
                        f"{total.text} ÷ {count.text} = {average.text} each", across=True))
    return out


def _counted(sentence: Sentence, m: Match, average: Slot) -> str | None:
    """The noun the average is "per": "€64 per passenger", "74,900 passengers a day", "each
    consultation", "the average shopper", "per share"; None after a bare "each"."""
    doc = sentence.doc
    if m.name in ("each", "per-noun"):
        at = m.start + (1 if m.name == "each" else 2)
        return stem(doc[at].text)
    after = doc[average.token + 1:average.token + 5]
    for n, token in enumerate(after):
        if token.is_punct or token.norm_ in FIGURES:
            break
        if token.lower_ in _EACH and n + 1 < len(after) and after[n + 1].is_alpha:
            return stem(after[n + 1].text)
        if token.lower_ == "for" and n + 2 < len(after) and after[n + 1].lower_ in ("every",
                                                                                  "each"):
            return stem(after[n + 2].text)
    return None


def _count(sentence: Sentence, document: Document, average: Slot, noun: str | None):
    """The number of the things counted: the count here or in an earlier sentence whose noun
    is the average's ("per clinic": "46 mobile clinics"); with no noun ("paid on average
    £188,200 each"), the one count of the sentence."""
    # "over the 366 days" is a span, not a baseline: a count need only be no change or rate
    counts = [s for s in sentence.slots if (s.cls == COUNT or _periods(s)) and s is not average
              and _whole(s) and not is_change(sentence, s) and not is_rate(sentence, s)]
    if noun is None:
        return counts[0] if len(counts) == 1 else None
    named = [s for s in counts if noun in nouns_after(sentence, s)]
    if named:
        return named[0]
    found = resolve(sentence, document, average, before=len(sentence.doc), hint=(noun,),
                    unit=_count_unit(sentence, document, noun),
                    same_sentence=False, allow_portions=True, back=12)
    if found is not None and _whole(found) and \
            noun in name(document.sentences[found.sentence], found):
        return found
    return None


#: the units of a number of periods an average may be over ("in each of the six months")
_PERIOD_UNITS = {"DAY", "WEEK", "MONTH", "YEAR", "HOUR", "MINUTE"}


def _whole(slot: Slot) -> bool:
    """A count of things is a whole number, unless a scale word rounds it ("11.6 million
    shares"; "11.6" alone is no number of shares)."""
    return slot.value is None or slot.value == slot.value.to_integral_value() or \
        re.search(r"thousand|million|billion|trillion|\d\s?(?:bn|mn|m|k)\b", slot.text,
                  re.I) is not None


def _periods(slot: Slot) -> bool:
    """A whole number of periods: "366 days", "six months" (a count, though it has a unit)."""
    return slot.cls == QUANTITY and slot.unit in _PERIOD_UNITS and slot.value is not None \
        and slot.value == slot.value.to_integral_value()


def _count_unit(sentence: Sentence, document: Document, noun: str) -> str | None:
    for s in reversed(document.sentences[:sentence.index]):
        for slot in s.slots:
            if slot.cls == COUNT and noun in name(s, slot):
                return slot.unit
    return None




def _aggregate(sentence: Sentence, document: Document, average: Slot, count: Slot):
    """What is averaged: the other figure in the average's unit here; else the one an
    earlier sentence names with the words of the average's clause."""
    here = [s for s in sentence.slots if s is not average and s is not count
            and s.unit == average.unit and s.cls in AMOUNTS and level(sentence, s)]
    if here:
        return here[-1] if len(here) == 1 or here[-1].token < average.token else here[0]
    verbs = {stem(w) for w in _VERBS}
    ordered = [w for w in words_before(sentence, average) if w not in verbs]
    clause = name(sentence, average) - verbs
    if not clause:
        return None
    # "the programme budget works out at": the programme's budget before any budget
    found = resolve(sentence, document, average, before=0, hint=ordered, heads=clause,
                    same_sentence=False, exclude=[count], allow_portions=True, back=12)
    if found is None or not clause & name(document.sentences[found.sentence], found):
        return None
    return found
