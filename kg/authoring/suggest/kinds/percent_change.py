"""Percent and percentage-point changes: "up 9 percent from 1.30 billion", "fell to 8.1
million from 9.4 million, a 14 percent decline", "12 percent lower than the 3.64 million",
"rose to 86.2 percent from 83.9 percent, up 2.3 percentage points"."""

from __future__ import annotations

import re

from kg.authoring.suggest.kinds.cues import (BACK, CLAUSE_BREAKS, COMPARATIVES, DOWN,
                                             EVALUATIVE, INSTEAD, UP,
                                             bases,
                                             clause_between,
                                             direction, is_gap, level_said_before,
                                             motion_before, names_a_set,
                                             nearest,
                                             opens_on_antecedent,
                                             pair_before, refers_back, set_against,
                                             targets,
                                             verb_direction, year_named, year_of)
from kg.authoring.suggest.kinds.growth import PATTERNS as GROWTH
from kg.authoring.suggest.kinds.portions import is_base, name, resolve, stem
from kg.authoring.suggest.suggestion import Suggestion, make, unclaimed
from kg.authoring.suggest.text import (AMOUNTS, COUNT, DATE, FIGURES, MONEY, PERCENT, POINTS,
                                       QUANTITY, YEAR,
                                       Document, Patterns, Sentence, Slot, figure, words)

#: words between a change and the noun of its direction: "a 6% year-on-year rise"
_SPAN = {"LOWER": {"IN": ["year", "-", "on", "over", "annual", "yearly", "quarterly", "monthly",
                          "y/y", "yoy", "year-on-year", "year-over-year", "quarter",
                          "month", "like", "for", "like-for-like", "real", "nominal"]},
         "OP": "{1,5}"}
#: words after which "by" names a cause, not the size of a change ("rose in March, driven
#: by a 5 percent …"), or that start another clause
_AGENTS = ["driven", "led", "helped", "offset", "supported", "caused", "explained", "followed",
           "accompanied", "boosted", "hit", "weighed", "pushed", "and", "but", "while", "as",
           "than", "partly", "mainly", "largely", "matched", "outpaced", "exceeded"]
#: "make up" states a part of a whole, not a rise ("women made up 46% of the sample")
_MAKE = ("make", "makes", "made", "making")
#: a sign says the direction where no word does: "from €410 million to €455 million (+11.0%)"
SIGNS = {"+": "Increase", "-": "Decrease", "−": "Decrease", "–": "Decrease"}
#: the unit word a change in points may be written with apart from its number: "0.1 points
#: lower", "2.7 percentage points below"
_POINT_WORDS = {"LOWER": {"IN": ["point", "points", "percentage", "pp", "pts", "ppt", "ppts"]},
                "OP": "{0,2}"}
PATTERNS = Patterns({"change": [
    [words(*UP, *DOWN), words("by", "of", optional=True), figure(PERCENT, POINTS, role="change")],
    # a transitive rise or cut, its object between: "raised its minimum wage by 16 percent"
    [words(*UP, *DOWN), {"IS_ALPHA": True, "OP": "{1,6}", "LOWER": {"NOT_IN": _AGENTS}},
     words("by"),
     figure(PERCENT, POINTS, role="change")],
    # "prices rose faster, by 6.2%", "exports fell sharply, by 12.5%": a word on the move,
    # then its size set off by a comma
    [words(*UP, *DOWN), {"IS_ALPHA": True, "OP": "{1,2}", "LOWER": {"NOT_IN": _AGENTS}},
     words(","), words("by"), figure(PERCENT, POINTS, role="change")],
    [figure(PERCENT, POINTS, role="change"), (_POINT_WORDS, None), words(*UP, *DOWN)],
    [figure(PERCENT, POINTS, role="change"), (_SPAN, None), words(*UP, *DOWN)],
    [words("("), {"ORTH": {"IN": list(SIGNS)}, "OP": "?"},
     figure(PERCENT, POINTS, role="change"), words(")")],
], "or": [
    # "rose from $2.0 million to $2.5 million, or 25 percent."
    [words("or"), figure(PERCENT, POINTS, role="change"), {"IS_PUNCT": True}],
]})

#: "25% off the standard fare", "a discount of 20% on the list price": a price cut from the
#: price those words name (an earlier sentence's) to the price this sentence gives
_OFF = Patterns({"off": [
    # ("members get 20% off adult tickets": the price's noun with no article before it)
    [figure(PERCENT, role="change"), words("off"),
     words("the", "our", "its", "any", "a", optional=True),
     {"IS_ALPHA": True, "OP": "{1,3}"}],
    [words("discount", "reduction"), words("of"), figure(PERCENT, role="change"),
     words("on", "off"), words("the", "our", "its", "any", "a"),
     {"IS_ALPHA": True, "OP": "{1,3}"}],
    # "tag holders receive a 20 per cent discount on the car rate, bringing it to NOK 96"
    [figure(PERCENT, role="change"), words("discount", "reduction"), words("on", "off"),
     words("the", "our", "its", "any", "a"), {"IS_ALPHA": True, "OP": "{1,3}"}],
    # "Groups of ten save 15% on the standard price": what a buyer saves, off that price
    [words("save", "saves", "saving", "saved"), figure(PERCENT, role="change"),
     words("on", "off"), words("the", "our", "its", "any", "a"),
     {"IS_ALPHA": True, "OP": "{1,3}"}],
]})
#: verbs whose subject stands above (or below) their object by a percent: "The total beat
#: the record of 17.4 million by 7.0%", "sales trailed the plan of 450 by 4%"
_OVER = ("beat", "beats", "exceeded", "exceeds", "topped", "tops", "surpassed", "surpasses",
         "outstripped", "outstrips")
_UNDER = ("trailed", "trails", "undershot", "missed", "misses")
_BEATEN = Patterns({"beaten": [
    # (commas may set off what dates the object: "the record of 17.4 million, set in 2019,
    # by 7.0%"; a clause's joiner ends the verb's reach)
    [words(*_OVER, *_UNDER),
     {"LOWER": {"NOT_IN": [".", ";", ":", "(", ")", "and", "but", "while", "whereas", "by"]},
      "OP": "{1,12}"}, words("by"), figure(PERCENT, role="change")],
]})
#: the nouns that name a price a discount is taken off ("any annual plan" names many prices)
_PRICES = ("price", "prices", "fare", "fares", "fee", "fees", "rate", "rates", "cost", "ticket",
           "tickets")


def _discounts(sentence: Sentence, document: Document, taken: list[Suggestion],
               out: list[Suggestion]) -> None:
    """"Students pay £30, 25% off the standard fare": the price here, cut by the percent
    from the one an earlier sentence names with the words after "off the"."""
    seen: set[str] = set()
    for m, change in unclaimed(_OFF(sentence), "change", taken, out):
        if change.local in seen:
            continue  # the longest match of one discount only
        seen.add(change.local)
        doc = sentence.doc
        at = next(t.i for t in doc[m.start:m.end] if t.lower_ in ("off", "on")) + 1
        if at < len(doc) and doc[at].lower_ in ("the", "our", "its", "any", "a"):
            at += 1
        nouns = []
        for token in doc[at:at + 3]:
            if not token.is_alpha or token.norm_ in FIGURES:
                break
            nouns.append(token.text)
        if not nouns or nouns[-1].lower() not in _PRICES:
            continue  # "20% off the first month": no price of its own is named
        # ("pay €510 (US$585)": a price in brackets after another is the same price
        # converted, no second price)
        prices = [x for x in sentence.slots if x.cls == MONEY and not is_gap(sentence, x)
                  and not is_base(sentence, x) and not _converted(sentence, x)]
        if len(prices) != 1:
            continue  # "pay €510 (US$585)": which of two is the cut price, the words leave
        final = prices[0]
        initial = resolve(sentence, document, final, before=0, hint=nouns, named=True,
                          same_sentence=False, back=4)
        if initial is None:
            continue
        # the words must name one price before: a page listing several "list prices" (one
        # a plan) leaves open which the cut is taken from
        # ("off the standard price" names "Standard pass: €680" by its qualifier: the price
        # noun is every price's)
        said = {stem(w) for w in nouns if w.lower() not in ("the", "our", "its", "any", "a")
                and w.lower() not in _PRICES}
        named = [x for earlier in document.sentences[:sentence.index] for x in earlier.slots
                 if x.cls == MONEY and x.unit == final.unit
                 and said <= name(earlier, x)]
        where = document.sentences[initial.sentence]
        listed = [x for x in where.slots if x.cls == MONEY and x.unit == final.unit
                  and not is_base(where, x)]
        if named != [initial] or listed != [initial]:
            continue  # ("€12 for Starter and €29 for Team": a list, one price a plan)
        out.append(make("PercentChangeRelation", sentence.claim,
                        {"initial": initial, "final": final, "change": change}, m.evidence,
                        f"{initial.text} to {final.text}: {change.text} off",
                        direction="Decrease", across=True))


#: a cut by a percent said as what a buyer is let off or saves: "10% off", "a 15% discount",
#: "save 20%"
_CUT = Patterns({"cut": [
    [figure(PERCENT, role="change"), words("off", "discount", "reduction", "saving", "cheaper")],
    [words("save", "saves", "saving", "saved"), figure(PERCENT, role="change")],
]})


def _paid_instead(sentence: Sentence, document: Document, taken: list[Suggestion],
                  out: list[Suggestion]) -> None:
    """"Groups get 15% off: they pay €170 instead of €200": a cut by the percent from the
    price after "instead of" (or "rather than") to the one of its currency right before
    those words. Only one such pair and one such percent in the sentence."""
    prices = [x for x in sentence.slots if x.cls == MONEY]
    pairs = [(after, before) for before, after in set_against(sentence, prices, INSTEAD, 3)]
    matches = list(unclaimed(_CUT(sentence), "change", taken, out))
    if len(pairs) != 1 or len({change.local for _, change in matches}) != 1:
        return
    initial, final = pairs[0]
    m, change = matches[0]
    if initial.value == final.value:
        return
    out.append(make("PercentChangeRelation", sentence.claim,
                    {"initial": initial, "final": final, "change": change}, m.evidence,
                    f"{initial.text} to {final.text}: {change.text} off",
                    direction="Decrease"))


def _beaten_by(sentence: Sentence, document: Document, taken: list[Suggestion],
               out: list[Suggestion]) -> None:
    """"The total beat the record of 17.4 million, set in 2019, by 7.0%": the verb's object,
    the one amount between it and "by", is the baseline; its subject, the amount of that
    unit before the verb in its clause, or for a sentence that opens on "The total" or
    "This" the figure the sentence before gives, is the level: above the baseline where the
    verb beats it, below where it trails."""
    doc = sentence.doc
    for m, change in unclaimed(_BEATEN(sentence), "change", taken, out):
        cue = doc[m.start]
        inside = [s for s in sentence.slots if m.start < s.token < change.token
                  and s.cls in AMOUNTS + (PERCENT,)]
        if len(inside) != 1 or inside[0].cls not in AMOUNTS:
            continue  # two figures, or a rate, between: which is the object the words leave
        base = inside[0]
        subject = [s for s in sentence.slots if s.token < cue.i and s.unit == base.unit
                   and s.cls == base.cls and not clause_between(sentence, s.token, cue.i)
                   and not is_gap(sentence, s)]
        across = False
        if subject:
            final = subject[-1]
        elif opens_on_antecedent(sentence) and not any(
                s.token < cue.i and s.cls in FIGURES for s in sentence.slots):
            final = document.antecedent(sentence, base.unit, back=1,
                                        need=lambda s: s.cls == base.cls)
            across = True
        else:
            final = None
        if final is None or final.value == base.value:
            continue
        said = "Increase" if cue.lower_ in _OVER else "Decrease"
        out.append(make("PercentChangeRelation", sentence.claim,
                        {"initial": base, "final": final, "change": change}, m.evidence,
                        f"{base.text} to {final.text}: {cue.text} by {change.text}",
                        direction=said, **({"across": True} if across else {})))


def _converted(sentence: Sentence, slot: Slot) -> bool:
    """A price in brackets right after another price in another currency: "€510 (US$585)",
    "£40 (about €46)" — the first converted, no price of its own."""
    doc = sentence.doc
    k = slot.token - 1
    while k >= 0 and doc[k].lower_ in ("about", "around", "roughly", "approximately", "some",
                                        "c.", "approx", "approx."):
        k -= 1
    if k < 1 or doc[k].text != "(":
        return False
    before = sentence.by_token.get(k - 1)
    return before is not None and before.cls == MONEY and before.unit != slot.unit


def find(sentence: Sentence, document: Document, taken: list[Suggestion]) -> list[Suggestion]:
    out: list[Suggestion] = []
    _discounts(sentence, document, taken, out)
    _paid_instead(sentence, document, taken, out)
    _beaten_by(sentence, document, taken, out)
    for m, change in unclaimed(PATTERNS(sentence), "change", taken, out):
        if m.start == change.token and change.token > 0 and \
                sentence.doc[change.token - 1].lower_ in ("to", "from", "at", "reaching"):
            continue  # "lifted its forecast to 2.1% growth": a level reached, not a change
        if _of_an_amount(sentence, change):
            continue  # "reduced by 55% of £850": the cut is a share of that amount
        if _averaged_a_year(sentence, change):
            # "grew from €24.6m in 2021 to €31.2m last year, an average annual increase of
            # 6.1%": a rate each year over the span (compound growth's, where the years are
            # known), never the change from one end to the other
            continue
        word = _word(sentence, m, change)
        if word is not None and word.lower() == "up" and m.start > 0 and \
                sentence.doc[m.start - 1].lower_ in _MAKE:
            continue  # "Teenagers make up 18% of players": a share, not a rise
        if word is None:
            continue  # "(11.0%)" with no sign: a share as often as a change
        found = _ends(sentence, document, m, change, word)
        if found is None:
            continue  # "6.8 percent more than the year before": nothing to check against
        base, final = found
        # "fell to 1.28% from 1.42%, an improvement of 0.14 points": the values went the
        # way the verb of motion says, not the judging noun
        said = verb_direction(sentence, m.start, word) if direction(word) else SIGNS.get(word)
        if word.lower() in EVALUATIVE and not motion_before(sentence, m.start):
            # "1.80 MWh a tonne, against 1.92 MWh a year earlier, an improvement of 6.3%": a
            # word that judges says no way the values went (less gas a tonne is better, more
            # sales are), so the order of the two levels the words name says it; the size of
            # the change is still checked
            said = _way_between(base, final) or said
        if said is None:
            continue  # the words say both ways
        kind = "PercentagePointChangeRelation" if change.cls == POINTS else "PercentChangeRelation"
        out.append(make(kind, sentence.claim, {"initial": base, "final": final, "change": change},
                        m.evidence, f"{base.text} to {final.text}: {word} {change.text}",
                        direction=said, **({"across": True} if _counted_alike(
                            sentence, document, base, final) or _both_before(
                            sentence, document, base, final, change) or (base, final) in (
                            _rates_set_against_before(sentence, document, change),
                            _earlier_so(sentence, document, change),
                            _was_earlier_across(sentence, document, change),
                            _than_when(sentence, document, m, change, (
                                PERCENT,) if change.cls == POINTS else AMOUNTS)) or (
                            base.sentence != sentence.index and (base, final) in (named_move(
                                sentence, document, m, change, (base.cls,)), _moved_it_to(
                                sentence, document, m, change, (base.cls,)))) else {})))
    return out


#: words that end a subject's noun phrase before its verb ("rents in Ireland rose")
_PHRASE_ENDS = {"in", "at", "for", "of", "across", "on", "from", "among", "with", "by", "to",
                ",", ";", ":", "(", "-", "–", "—", "while", "whereas", "but", "and"}
#: words between a subject's noun and its verb that are no part of its name
_NOT_NAMING = {"overall", "also", "again", "still", "now", "have", "has", "had", "was", "were",
               "is", "are", "be", "been", "will", "would", "then", "meanwhile", "alone"}
#: words that stand for a subject without naming it
_NO_NAME = {"it", "they", "this", "that", "these", "those", "which", "who", "we", "he", "she",
            "the", "a", "an", "its", "their", "our", "figure", "number", "total", "level",
            "rate", "change", "average"}


def named_move(sentence: Sentence, document: Document, m, change: Slot,
               want: tuple[str, ...]) -> tuple[Slot, Slot] | None:
    """(initial, final) of a change whose sentence names what moved but gives neither end
    ("Average rents rose 6.1% over the year", "The operating margin improved by 5.7
    percentage points"), where one other sentence of the document states that move by its
    ends: a level of the change's kind "up (or down) from" a baseline, the level named with
    the subject's own noun ("The average monthly rent reached €1,942, up from €1,830",
    "Operating margin of 10.1%, up from 4.4%"), the move going the way the change's verb
    says. Only where this sentence states no other figure of that kind, the subject opens
    its clause with a noun of its own, and exactly one such move in the document is named by
    it: else which move the change is of is a guess."""
    doc = sentence.doc
    if any(s.cls in want and s is not change for s in sentence.slots):
        return None
    verb = doc[m.start]
    if not verb.is_alpha:
        return None
    # the subject: the words that open the clause (past a dateline's "DUBLIN, May 3 -"), up
    # to a preposition or the verb, no figure among them
    start = max([t.i + 1 for t in doc[:m.start] if t.lower_ in CLAUSE_BREAKS
                 or t.text in (",", ";", ":", ")", "-", "–", "—")] + [0])
    if any(start <= x.token < m.start for x in sentence.slots):
        return None
    phrase = []
    for t in doc[start:m.start]:
        if t.lower_ in _PHRASE_ENDS:
            break
        phrase.append(t)
    while phrase and phrase[-1].lower_ in _NOT_NAMING:
        phrase.pop()
    if not phrase or not phrase[-1].is_alpha or phrase[-1].lower_ in _NO_NAME:
        return None
    head = stem(phrase[-1].text)
    said = direction(verb.text) if verb.lower_ not in EVALUATIVE else None
    found = []
    for other in document.sentences:
        if other.index == sentence.index:
            continue
        for b in bases(other):
            if other.doc[b.start].lower_ != "from":
                continue
            base = b.roles["base"]
            if base.cls not in want:
                continue
            level = [x for x in other.slots if x.unit == base.unit and x.cls == base.cls
                     and x.token < base.token and not is_gap(other, x)
                     and not clause_between(other, x.token, base.token)]
            if not level:
                continue
            level = level[-1]
            moved = [direction(t.text) for t in other.doc[level.token + 1:b.start]
                     if direction(t.text)]
            if len(set(moved)) != 1 or head not in level.words | name(other, level):
                continue
            if said is not None and moved[0] != said:
                continue
            # (a move whose size its own sentence states is that sentence's change)
            if any(x.cls in (PERCENT, POINTS) and x is not base and x is not level
                   for x in other.slots if x.cls not in want):
                continue
            found.append((base, level))
    return found[0] if len(found) == 1 else None


def _way_between(base: Slot, final: Slot) -> str | None:
    """Which way a level went from ``base`` to ``final``, where both are known and unequal."""
    if base.value is None or final.value is None or base.value == final.value:
        return None
    return "Increase" if final.value > base.value else "Decrease"


#: the words that make a rate a year one averaged or compounded over several years
_AVERAGED = {"average", "averaged", "averaging", "mean", "compound", "compounded", "cagr",
             "annualised", "annualized"}

#: the words between "annual" and its rate when they name that rate ("annual increase of",
#: "compound annual growth rate (CAGR) of")
_YEARLY_RATE_WORDS = {"growth", "increase", "rise", "rate", "gain", "decline", "decrease",
                      "fall", "drop", "change", "expansion", "of", "at", "by", "(", ")", "cagr",
                      "a", "an"}


def _averaged_a_year(sentence: Sentence, change: Slot) -> bool:
    """Whether the words make a percent a rate each year averaged or compounded over a span
    ("an average annual increase of 6.1%", "a compound annual rise of 4%", "up 3% a year on
    average", "rose 5% per annum"): never one change between the span's two ends."""
    doc = sentence.doc
    for m in GROWTH(sentence):
        if m.name != "growth" or m.roles["rate"] is not change:
            continue
        if m.start < change.token and any(t.lower_ not in _YEARLY_RATE_WORDS
                                          for t in doc[m.start + 1:change.token]):
            continue  # "the average annual wage rose 5%": "annual" is the wage's
        near = {t.lower_ for t in doc[max(0, m.start - 2):min(len(doc), m.end + 3)]}
        if near & _AVERAGED or {"annum", "p.a", "p.a.", "annually"} & near:
            return True
    return False


def _of_an_amount(sentence: Sentence, change: Slot) -> bool:
    """Whether a percent is "of" an amount right after it ("cut by 40% of £600"): the size
    of the move is that share of the amount, not a change of 40 percent."""
    doc = sentence.doc
    at = change.token + 1
    if at >= len(doc) or doc[at].lower_ != "of":
        return False
    for token in doc[at + 1:at + 4]:
        slot = sentence.by_token.get(token.i)
        if slot is not None:
            return slot.cls in AMOUNTS
        if token.lower_ not in ("the", "a", "an", "its", "their", "his", "her", "our"):
            return False
    return False


#: a sentence's subject that is the whole of what the sentence before counted: "… brought in
#: 412,000 hectolitres. Output dipped 5.8% from …"
_OUTPUT = ("output", "production", "volume", "volumes")


def _counted_as(doc, slot: Slot) -> str | None:
    """What a figure counts, by the words: the unit of a quantity ("8,750 tonnes"), the noun
    right after a count ("7 medals"); None where no noun follows."""
    if slot.cls == QUANTITY:
        return slot.unit  # "8,750 tonnes": the unit is the noun
    after = doc[slot.token + 1] if slot.token + 1 < len(doc) else None
    return after.lower_ if slot.cls == COUNT and after is not None and after.is_alpha \
        and len(after) > 2 and after.lower_ not in ("and", "the", "from", "than", "for",
                                                      "with", "per") else None


def _counted_alike(sentence: Sentence, document: Document, base: Slot, final: Slot) -> bool:
    """Whether the words tie a change's baseline to the level the sentence right before
    gives: the change's sentence opens on that level ("The total …", "Output dipped 5.8%
    from the 389,500 hectolitres", after "brought in 412,000 hectolitres"), and that level is
    the one figure there counted as the baseline is (the same noun after a count, the same
    unit of measure), and the change's sentence has no other figure of the unit."""
    doc = sentence.doc
    opens = opens_on_antecedent(sentence) or (len(doc) > 1 and (
        doc[0].lower_ in _OUTPUT or (doc[0].lower_ == "the" and doc[1].lower_ in _OUTPUT)))
    if not opens or final.sentence != sentence.index - 1 or final.value == base.value:
        return False  # the same count said again is the baseline restated, not a new level
    earlier = document.sentences[final.sentence]

    said = _counted_as(doc, base)
    return said is not None and \
        [s for s in earlier.slots if s.unit == final.unit
         and _counted_as(earlier.doc, s) == said] == [final] and \
        [s for s in sentence.slots if s.unit == base.unit] == [base]


def _word(sentence: Sentence, m, change: Slot) -> str | None:
    """The word (or sign) that says which way a change went: its own, or for "rose from A to
    B, or 25 percent" the verb of the clause before it."""
    said = sentence.doc[m.start:m.end]
    word = next((t.text for t in said if direction(t.text)), None) or next(
        (t.text[:1] for t in said if t.text[:1] in SIGNS), None)
    if word is None and (moved := _closes_a_move(sentence, m.start)) is not None:
        return moved  # "fell from 962 to 941 (2.2%)": the verb before "from" says the way
    if word is not None or (m.name != "or" and not _after_amount_of_move(sentence, m.start)):
        return word
    moved = _moved_by_before(sentence, m.start)
    if moved is not None:
        return moved
    start = [b for b in bases(sentence) if sentence.doc[b.start].lower_ == "from"
             and b.roles["base"].token < change.token]
    end = [t for t in targets(sentence) if t.roles["target"].token < change.token]
    if not start or not end:
        if refers_back(sentence):
            # "That is a decrease of 2.35 cents, or 5.2%": the move the sentence before
            # states, the way the words before "or" say (_said_before finds its ends)
            verbs = [t.text for t in sentence.doc[:m.start] if direction(t.text)]
            return verbs[-1] if verbs else None
        return None  # "$26.7 million, or 50.4 percent,": a share, not a change
    verbs = [t.text for t in sentence.doc[:start[0].start] if direction(t.text)]
    return verbs[-1] if verbs else None


def _closes_a_move(sentence: Sentence, at: int) -> str | None:
    """The verb of the move whose "from A to B" the bracket at token ``at`` closes ("trips
    rose less steeply, from 1.14 million to 1.47 million (28.9%)"): the percent right after
    the level the move reached is its size, not a share of it. Amounts only: a bracket after
    two rates may hold the points between them as well as their change in percent."""
    doc = sentence.doc
    if doc[at].text != "(" or at < 1:
        return None
    final = _amount_before(sentence, at - 1)
    if final is None:
        return None
    reached = [t for t in targets(sentence) if t.roles["target"] is final]
    start = [b for b in bases(sentence) if doc[b.start].lower_ == "from"
             and b.roles["base"].cls in AMOUNTS and b.roles["base"].unit == final.unit
             and b.roles["base"].token < final.token]
    if not reached or not start or any(
            t.lower_ in CLAUSE_BREAKS or t.text in (";", ":", "(", ")")
            for t in doc[start[-1].start:final.token]):
        return None
    # the verb of the clause "from" stands in ("rose less steeply, from …": "less" says how
    # the move compares with another, not its way)
    clause = max([t.i + 1 for t in doc[:start[-1].start]
                  if t.lower_ in CLAUSE_BREAKS or t.text in (";", ":", "(", ")")] + [0])
    verbs = [t.text for t in doc[clause:start[-1].start]
             if direction(t.text) and t.lower_ not in COMPARATIVES]
    return verbs[-1] if verbs else None


def _after_amount_of_move(sentence: Sentence, at: int) -> bool:
    """Whether the bracket at token ``at`` stands right after an amount a move is by ("fell
    from €2,148 to €1,392, i.e. by €756 (35.2%)", "a reduction of 520 hours (3.4%)"): the
    percent in it is the same move's size, not a share."""
    doc = sentence.doc
    if doc[at].text != "(" or at < 1:
        return False
    slot = _amount_before(sentence, at - 1)
    if slot is None or slot.token < 1:
        return False
    k = slot.token - 1
    return doc[k].lower_ == "by" or (doc[k].lower_ == "of" and k > 0 and
                                    direction(doc[k - 1].text) is not None)


def _amount_before(sentence: Sentence, k: int) -> Slot | None:
    """The amount that ends at token ``k``: its figure, or a count and the noun it counts
    ("180 sailings")."""
    slot = sentence.by_token.get(k)
    if slot is None and k > 0 and sentence.doc[k].is_alpha:
        slot = sentence.by_token.get(k - 1)
        slot = slot if slot is not None and slot.cls == COUNT else None
    return slot if slot is not None and slot.cls in AMOUNTS else None


def _moved_by_before(sentence: Sentence, at: int) -> str | None:
    """The noun of a move whose amount stands right before "or" at token ``at`` ("against
    3,720 in 2024, an increase of 430, or 11.6%"): the percent is the same move's size, its
    way the noun's; None where no such noun stands there."""
    doc = sentence.doc
    k = at - 1
    if k >= 0 and doc[k].is_punct:
        k -= 1
    slot = _amount_before(sentence, k)
    if slot is None:
        return None
    k = slot.token - 1
    if k < 1 or doc[k].lower_ != "of" or not direction(doc[k - 1].text):
        return None
    return doc[k - 1].text


def _moved_from_after(sentence: Sentence, change: Slot, base: Slot) -> bool:
    """Whether a baseline after a change is set off by a move of its own ("up from", "down
    from") right after another figure than the one the change reaches: "slipped 8.0% to
    £96.4 million, so the average unit sold for £22,890, up from £21,880" gives the
    average's earlier level, no start of the revenue's change; nor does "rose 4% to €820
    million, so the price rose to €3.10 a litre from €2.95", the move word before the other
    figure's own "to"."""
    doc = sentence.doc
    k = base.token - 1
    if base.token < change.token or k < 1 or doc[k].lower_ != "from":
        return False
    between = [s for s in sentence.slots if change.token < s.token < k - 1
               and s.cls in AMOUNTS]
    if len(between) < 2:
        return False
    return direction(doc[k - 1].text) is not None or any(
        direction(t.text) is not None and t.lower_ not in EVALUATIVE
        for t in doc[between[0].token + 1:between[-1].token])


def _ends(sentence: Sentence, document: Document, m, change: Slot,
          word: str | None = None) -> tuple[Slot, Slot] | None:
    """(initial, final) of a change: the baseline its words name ("from", "than", "compared
    with", "(2023: …)"), else a trial's control arm, else the figure of a named year; the
    new value after "to" or "at", else the value before the change, else the sentence
    before's."""
    want = (PERCENT,) if change.cls == POINTS else AMOUNTS
    # "Profit rose 12% to $340 million, while revenue rose 5% … from $2.0 billion": a
    # value beyond another change belongs to that change
    others = [x.roles["change"].token for x in PATTERNS(sentence)
              if x.roles["change"] is not change]

    named = year_named(sentence, change.token)

    def own(slot: Slot) -> bool:
        """Whether a figure is this change's to take: no other change, and no clause's end
        ("…, while control schools improved by 0.7 points"), stands between them."""
        low, high = sorted((slot.token, change.token))
        return not any(low < t < high for t in others) and \
            not clause_between(sentence, slot.token, change.token) and \
            not _moved_from_after(sentence, change, slot)

    def of_named_year(slot: Slot) -> bool:
        """"down 0.1 points on 2023 and 2.7 points below its 2020 level of 7.9%": a change
        that names its baseline's year takes no baseline the words put in another year."""
        if named is None or named < 0:
            return True
        their = year_of(document, slot)
        return their is None or their == named

    # "0.4% down on May's £48.79 yet 6.1% up on …": a change a joiner joins to a change
    # before it takes neither its baseline nor its level from that change's words
    joined = m.start - 1 if m.start > 0 and m.start == change.token \
        and sentence.doc[m.start - 1].lower_ in _JOINERS \
        and any(t < change.token and not clause_between(sentence, t, m.start - 1)
                for t in others) else -1
    # ("slipped 8.0% to £96.4 million, which means the average left at £22,890, up from
    # £21,880": a "from" past a word of the other way is that other move's start)
    candidates = [b.roles["base"] for b in bases(sentence)
                  if b.roles["base"].cls in want and b.roles["base"] is not change
                  and own(b.roles["base"]) and of_named_year(b.roles["base"])
                  and b.roles["base"].token > joined
                  and not _moved_back(sentence, change, b.start, word)]
    # "6.4 percent less than the $407.02": the base the change's own words point to
    # comes right after it, however near another "over the four days" stands before
    after = [b for b in candidates if 0 < b.token - change.token <= 6]
    if not candidates and change.cls == PERCENT:
        # "down 0.5 percent from September's 3.4 percent": a change in percent of a rate
        # is what the words say (a percent and points confused is the slip to find),
        # but only of the rate its own words name right after it
        # ("grew 6.5%, compared with only 2.1% at Norrport" compares two rates of change)
        reach = 6 + _period_after(sentence, change.token)
        after = [b.roles["base"] for b in bases(sentence) if b.roles["base"].cls == PERCENT
                 and 0 < b.roles["base"].token - change.token <= reach
                 and sentence.doc[b.start].lower_ == "from"]
        if not after:
            after = _against_level(sentence, change, reach)
        if not after:
            # "60.9 percent of all generation, up from 49.2 percent — a rise of 11.7
            # percent": the one rate "from" names before a change that follows the pair
            # (points written as percent is the slip the check finds); "compared with" or
            # "against" sets the earlier rate beside the later one as "from" does, once
            # the change comes after both ("grew 6.5%, compared with 2.1% at Norrport"
            # puts its rate of change first, and stays unread)
            after = [b.roles["base"] for b in bases(sentence)
                     if b.roles["base"].cls == PERCENT and b.roles["base"] is not change
                     and b.roles["base"].token < change.token and own(b.roles["base"])
                     and sentence.doc[b.start].lower_ in ("from", *_AGAINST)]
            after = after if len(after) == 1 else []
        want = (PERCENT,) if after else want
    base = nearest(after or candidates, change.token)
    if base is None:
        return trial_arms(sentence, change, want) or _was_earlier(sentence, document, change) \
            or _earlier_so(sentence, document, change) \
            or _than_when(sentence, document, m, change, want) \
            or _of_year(sentence, document, change, want) \
            or _said_before(sentence, document, change, want) \
            or _rates_set_against_before(sentence, document, change) \
            or _joined_pair(sentence, change) \
            or named_move(sentence, document, m, change, want) \
            or _moved_it_to(sentence, document, m, change, want)
    ends = [t.roles["target"] for t in targets(sentence)
            if t.roles["target"].unit == base.unit and t.roles["target"] is not base
            and own(t.roles["target"]) and not _moved_back(sentence, change, t.start, word)
            and not _anothers_target(sentence, t.roles["target"], change, others)]
    final = nearest(ends, change.token) or _at(sentence, change, base) or \
        _set_off(sentence, change, base, want)
    if final is None:
        # "This is £25 more than last year's £300, an increase of 8.3%": a gap is no level
        # "welcomed 2,400 attendees from 38 countries, 20% more than …": a figure "from"
        # introduces is an origin or a baseline, never the level a change reaches
        before = [s for s in sentence.slots if s.unit == base.unit and s.cls in want
                  and s.token < min(base.token, change.token) and not is_gap(sentence, s)
                  and not names_a_set(sentence, s)
                  and own(s) and not (s.token and sentence.doc[s.token - 1].lower_ == "from")
                  and s.token > joined]
        if not before and joined >= 0 and base.token > change.token:
            before = _shared_level(sentence, change, base, others, want, m.start - 1)
        if before:
            # "11 medals …: 4 gold, 3 silver and 4 bronze, up from 7 medals": the level the
            # words count as the baseline is counted (the same noun after it), not the
            # nearest figure of a breakdown between them
            noun = _counted_as(sentence.doc, base)
            alike = [s for s in before if noun is not None and
                     _counted_as(sentence.doc, s) == noun]
            final = (alike or before)[-1]
        elif base.cls != PERCENT or change.cls == POINTS:
            final = document.antecedent(sentence, base.unit, need=lambda s: s.local != base.local)
    return (base, final) if final is not None else None


#: the nouns of a move whose size is set off after the two levels it moved between
_MOVE_NOUNS = ("increase", "rise", "gain", "jump", "fall", "decrease", "drop", "decline",
               "reduction")


#: the verbs that give a second level a clause of its own: "… and profit was 520"
_OWN_VERBS = ("is", "was", "were", "are", "be", "been", "has", "had", "have", "stood",
              "stands", "reached", "reaches", "totalled", "totaled", "totals", "came")


#: the words that join the two levels of a move set off after them: "… and 52% in the
#: second", "… but only 655 last year"
_PAIR_JOINERS = ("and", "but")


def _elided(words: list[str]) -> bool:
    """Whether the words after a joiner lead straight to the second level, its verb and
    noun left out ("…, and 23,440 in the second", "but only 655"): after a comma or a "but"
    anything else may be another subject's clause ("…, and the list held 420")."""
    return all(w in ("only", "just") for w in words)


def _joined_pair(sentence: Sentence, change: Slot) -> tuple[Slot, Slot] | None:
    """(initial, final) of a move set off by a comma after the two levels it joins with
    "and": "uptake was 40% in the first round and 52% in the second, an increase of 30%",
    "checked for 90 of 150 (60%) at the start and for 120 of 150 (80%) at the end, a rise
    of 33%". The final is the last figure before the comma (a rate, or an amount where the
    change is in percent; a change in points takes rates only), the initial the one figure
    of its unit before the "and" that joins them; no other figure of that unit, no verb of
    motion and no clause's end stands between, so the words name those two levels only."""
    doc = sentence.doc
    k = change.token
    if k < 4 or doc[k - 1].lower_ != "of" or doc[k - 2].lower_ not in _MOVE_NOUNS or \
            doc[k - 3].lower_ not in ("a", "an") or doc[k - 4].text != ",":
        return None
    comma = k - 4
    kinds = (PERCENT,) if change.cls == POINTS else (PERCENT, *AMOUNTS)
    before = [s for s in sentence.slots if s.token < comma and s.cls in kinds]
    if not before:
        return None
    final = before[-1]
    # (the level's own words may follow it to the comma: "52% in the second", "(81%)")
    if any(s.token > final.token and s.token < comma for s in sentence.slots
           if s.cls not in (DATE,)) or \
            any(t.text in ",;:" for t in doc[final.token + 1:comma]):
        return None
    alike = [s for s in before if s.unit == final.unit and s.cls == final.cls
             and s is not final]
    if not alike:
        return None
    initial = alike[-1]
    def moves(t) -> bool:
        # ("follow-up", "check-up": a word's hyphenated end is no verb of motion)
        joined = t.i > 0 and doc[t.i - 1].text == "-" and not doc[t.i - 2].whitespace_
        return not joined and (direction(t.text) is not None
                               or t.lower_ in ("from", "to", "than"))

    between = doc[initial.token + 1:final.token]
    said = [t.lower_ for t in between]
    joiners = [k for k, w in enumerate(said) if w in _PAIR_JOINERS]
    # "signed 702 in 2023 but only 655 last year", "18,420 came in the first half, and
    # 23,440 in the second": a comma may stand right before the one joiner, where the
    # second level follows it straight
    commas = [k for k, w in enumerate(said) if w == ","]
    # ("sales were 400 in 2022, and profit was 520 in 2023": a verb of its own after "and"
    # starts another subject's clause; the first level's own verb before it does not:
    # "18,420 bookings came in the first half, and 23,440 in the second")
    # (a colon may close a clause before the two levels: "Demand grew as word spread:
    # 18,420 came in …": its verb of motion is that clause's)
    opening = max((t.i for t in doc[:initial.token] if t.text in ":;"), default=-1) + 1
    if len(joiners) != 1 or any(k + 1 != joiners[0] for k in commas) or \
            (commas or said[joiners[0]] == "but") and not _elided(said[joiners[0]+1:]) or \
            any(t.text in ";:" for t in between) or \
            any(t.lower_ in _OWN_VERBS for t in between[joiners[0]:]) or \
            any(clause_between(sentence, a, b) for a, b in (
                (initial.token, initial.token + 1 + joiners[0]),
                (initial.token + 1 + joiners[0], comma))) or \
            any(moves(t) for t in doc[opening:comma]) or \
            initial.value == final.value or is_gap(sentence, initial) or \
            is_gap(sentence, final):
        return None
    return initial, final


def _anothers_target(sentence: Sentence, target: Slot, change: Slot, others: list[int]
                     ) -> bool:
    """Whether a "to" before the change follows another change, and an amount of its unit
    stands between it and this change ("Revenue up 6.0% to £286.4m … operating profit of
    £31.8m, 14.0% higher than …"): the level that change reached, not this one's, which
    is the amount nearer to it ("fell by 11.4%, …, and arrivals fell from 1,246 to 718
    (-42.4%)" has none between, and 718 is the level)."""
    return target.token < change.token and any(t < target.token for t in others) and any(
        target.token < s.token < change.token and s.unit == target.unit
        for s in sentence.slots)


#: the words that set a rate compared with against the one a change reached ("against",
#: "compared with"), as "from" does
_AGAINST = ("against", "compared", "comparing", "versus", "vs", "vs.", "relative")


def _against_level(sentence: Sentence, change: Slot, reach: int) -> list[Slot]:
    """The rate a change in percent of a rate started from, set after the rate it reached:
    "rose by 2.1% to 91.4%, against 89.5% a year earlier". With the level "to" names
    between, the rate "against" (or "compared with") names is the other end of that move,
    not a rate of change set beside this one ("grew 6.5%, compared with 2.1% at Norrport"
    names no level, and stays unread)."""
    doc = sentence.doc
    reached = [t for t in targets(sentence) if t.roles["target"].cls == PERCENT
               and t.start == change.token + 1]
    if len(reached) != 1:
        return []
    level = reached[0].roles["target"]
    found = [b.roles["base"] for b in bases(sentence) if b.roles["base"].cls == PERCENT
             and doc[b.start].lower_ in _AGAINST and b.start > level.token
             and 0 < b.roles["base"].token - level.token <= reach
             and not any(s.cls == PERCENT and level.token < s.token < b.roles["base"].token
                         for s in sentence.slots)]
    return found[:1]


def _moved_back(sentence: Sentence, change: Slot, target: int, word: str | None) -> bool:
    """Whether a word of the other way stands between a change and a later "to" ("up 25% on
    the £5.20 charged …, and card holders get 20% off, bringing a swim down to £5.20"): the
    level that "to" reaches is that other move's, not this change's."""
    said = direction(word) if word else None
    if said is None or target <= change.token:
        return False
    return any(direction(t.text) not in (None, said) and t.lower_ not in EVALUATIVE
               for t in sentence.doc[change.token + 1:target])


#: the words of a period phrase: "between the 2021/22 and 2023/24 school years", "over the
#: two years to 2024", "in fiscal 2023"
_PERIOD_WORDS = {"between", "and", "the", "over", "in", "during", "since", "to", "of", "two",
                 "three", "four", "five", "school", "academic", "fiscal", "financial",
                 "calendar", "year", "years", "quarter", "quarters", "month", "months"}
_PERIOD_NUMBER = re.compile(r"^(?:19|20)\d\d(?:[/–-]\d{2}(?:\d{2})?)?$")


def _period_after(sentence: Sentence, token: int) -> int:
    """How many tokens right after a change are a period phrase ("rose by 3.5% between the
    2021/22 and 2023/24 school years, from 88.4% to 91.9%"): they say when, so they do not
    set the change apart from the baseline "from" names after them. 0 when the words after
    it name no year."""
    n, dated = 0, False
    for t in sentence.doc[token + 1:]:
        if t.norm_ == YEAR or _PERIOD_NUMBER.match(t.text):
            dated = True
        elif t.lower_ not in _PERIOD_WORDS:
            break
        n += 1
    return n if dated else 0


#: the words that join a change to the one before it with no subject of its own between:
#: "0.4% down on the month yet 3.1% up on the year", "…, but 2% below the forecast"
_JOINERS = ("and", "yet", "but")


def _shared_level(sentence: Sentence, change: Slot, base: Slot, others: list[int],
                  want: tuple[str, ...], joiner: int) -> list[Slot]:
    """The level a change joined to the one before it ("and", "yet", "but" right before the
    change) shares with it: "averaged 5.7%, down 0.1 points on 2023 and 2.7 points below its
    2020 level of 7.9%" (the change has no subject of its own). Only a figure before the
    first change of the chain, and only for a baseline its own words name after it: one
    between two changes is the earlier's. The joiner itself ends no clause: "but" with no
    subject after it goes on with the one before."""
    chain = [t for t in others if t < change.token
             and not clause_between(sentence, t, joiner)]
    if not chain:
        return []
    first = min(chain)
    return [s for s in sentence.slots if s.unit == base.unit and s.cls in want
            and s.token < first and not is_gap(sentence, s)
            and not any(s.token < t < first for t in others)
            and not clause_between(sentence, s.token, joiner)
            and not (s.token and sentence.doc[s.token - 1].lower_ == "from")]


#: what sets the two levels of a move off after its size: "down by a quarter: 900 …"
_SET_OFF = (":", "—", "–", "-")


def _set_off(sentence: Sentence, change: Slot, base: Slot, want: tuple[str, ...]
             ) -> Slot | None:
    """The new level set off right after a change, its baseline after it: "were down by a
    quarter: 1,100 this year against 1,470 in 2024", "rose 9% — 512 against 470". The
    level is the first figure after the mark, before the baseline, of the baseline's unit."""
    doc = sentence.doc
    at = change.token + 1
    if at >= len(doc) or doc[at].text not in _SET_OFF or base.token <= at:
        return None
    slot = sentence.by_token.get(at + 1)
    if slot is None or slot.unit != base.unit or slot.cls not in want or \
            any(at + 1 < s.token < base.token for s in sentence.slots):
        return None
    return slot


def _at(sentence: Sentence, change: Slot, base: Slot) -> Slot | None:
    """The new value "at" names after a change: "was up 5% on the year at $3.1 billion"."""
    for token in sentence.doc[change.token + 1:change.token + 6]:
        if token.norm_.startswith("_") and token.norm_ != "_year_":
            return None
        if token.lower_ == "at":
            slot = sentence.by_token.get(token.i + 1)
            return slot if slot is not None and slot.unit == base.unit \
                and slot is not base else None
    return None


def _of_year(sentence: Sentence, document: Document, change: Slot,
             want: tuple[str, ...]) -> tuple[Slot, Slot] | None:
    """(initial, final) of "sales of $5.1 billion, up 25.7 percent on 2018" (or "… on the
    year before" a final of 2019): the baseline is the figure of that year the text gives
    elsewhere, of the same unit and described with the final's words (a guess across
    sentences, so proposed, not checked)."""
    year = year_named(sentence, change.token)
    if year is None:
        return None
    before = [s for s in sentence.slots if s.cls in want and s.token < change.token
              and not is_gap(sentence, s)]
    if not before:
        return None
    final = before[-1]
    if year < 0:  # "3.9 million containers in 2019, up 25.8 percent on the year before"
        own = year_of(document, final)
        if own is None:
            return None
        year = own + year
    best = None
    for other in document.sentences:
        for slot in other.slots:
            if slot.unit != final.unit or slot.cls not in want or slot is final \
                    or year_of(document, slot) != year:
                continue
            shared = len(slot.words & final.words)
            rank = (-shared, abs(other.index - sentence.index), slot.token)
            if shared and (best is None or rank < best[0]):
                best = (rank, slot)
    return (best[1], final) if best else None


def _both_before(sentence: Sentence, document: Document, base: Slot, final: Slot,
                 change: Slot) -> bool:
    """Whether a change's two ends are the move the sentence right before states and this
    one opens on ("That is a decrease of …"), or its level is what this one opens on and its
    baseline this one's own ("… you will get £325. This is £25 more than last year's £300,
    an increase of 8.3%": "This" is the figure the sentence before ends on): the words tie
    them as firmly as one sentence."""
    if final.sentence != sentence.index - 1:
        return False
    if not refers_back(sentence):
        return _compares_back(sentence, document, base, final, change)
    if base.sentence == sentence.index - 1:
        return True
    if base.sentence != sentence.index or base.token < change.token:
        return base.sentence == sentence.index
    # "That was 9.8% more than in 2024 and comfortably above the target of 3,000": a
    # baseline past another comparison, or an "and", is that comparison's, not the change's
    between = sentence.doc[change.token + 1:base.token]
    return sum(direction(t.text) is not None for t in between) <= 1 and \
        not any(t.lower_ in ("and", "but", "while", "whereas") for t in between)


#: the verbs with which a pronoun for the figure before compares it: "This compares with …"
_COMPARES = ("compares", "compared", "contrasts")


def _compares_back(sentence: Sentence, document: Document, base: Slot, final: Slot,
                   change: Slot) -> bool:
    """"… 262.3 thousand guest nights. This compares with 230.5 thousand a year before, so
    overseas nights have grown by 13.8 per cent": "This" is the one figure of the
    baseline's kind the sentence before gives, and the baseline, before the change, is the
    only one of its kind here, so the words tie both ends of the change."""
    doc = sentence.doc
    if len(doc) < 3 or doc[0].lower_ not in BACK or doc[1].lower_ not in _COMPARES:
        return False
    earlier = document.sentences[final.sentence]
    alike = [s for s in earlier.slots if s.unit == final.unit and s.cls == final.cls]
    here = [s for s in sentence.slots if s.unit == base.unit and s.cls == base.cls]
    return alike == [final] and here == [base] and base.token < change.token


def _said_before(sentence: Sentence, document: Document, change: Slot,
                 want: tuple[str, ...]) -> tuple[Slot, Slot] | None:
    """(initial, final) of "… to 8.2 million tonnes from 7.4 million tonnes. This represents
    an increase of 10.8%": the move the sentence before states, where this one opens on it
    and states no other figure of its kind."""
    from kg.authoring.suggest.kinds.portions import is_change

    # ("That is a decrease of 2.35 cents, or 5.2%": the gap in cents is the move's too)
    if any(s.cls in want and s is not change and not is_change(sentence, s)
           and not _second_complement(sentence, change, s) for s in sentence.slots):
        return None
    return pair_before(sentence, document, want)


#: the words naming a trial's comparison arm, whose figure is the baseline of a "risk
#: reduction" or "N% fewer with training"
CONTROL = ("control", "controls", "placebo", "usual", "standard", "sham", "comparison",
           "untreated")
#: the nouns of a trial's arm, whatever it is named for ("the reminder group")
_ARMS = ("group", "arm")
#: the words naming the arm compared with it
TREATED = ("intervention", "treatment", "treated", "training", "exercise", "programme",
           "program", "vaccine", "vaccinated", "drug", "active", "experimental")


#: words that put a clause's time before the one the text reports: "a year earlier", "five
#: years before", "previously" (a year alone may be the year reported)
_EARLIER = ("earlier", "before", "ago", "previously", "prior")
#: a subject that stands for the level just given: "it had been", "the figure was"
_SAME = ("it", "they", "this", "that", "figure", "number", "total", "rate", "level", "count",
         "share")
#: the verbs that state a level: "it had been 71.3%", "the figure was 468,000"
_STATED = (["had", "been"], ["was"], ["were"], ["stood", "at"], ["was", "at"], ["had", "stood",
                                                                             "at"])


#: the verbs that state a level before the time reported: "it had been 71.3%"
_PLUPERFECT = (["had", "been"], ["had", "stood", "at"])


def _was_earlier(sentence: Sentence, document: Document,
                 change: Slot) -> tuple[Slot, Slot] | None:
    """(initial, final) of "The rate stood at 72.5%; a year earlier it had been 71.3%, so it
    rose by 1.2 per cent": the one level its own clause dates earlier and states of the same
    subject ("it", "the figure") is the baseline, the level of its unit given before it (in
    this sentence, else the one before) the new value."""
    doc = sentence.doc
    found = []
    for slot in sentence.slots:
        if slot.token >= change.token or slot.cls not in AMOUNTS + (PERCENT,):
            continue
        if not any([t.lower_ for t in doc[max(0, slot.token - len(v)):slot.token]] == v
                   for v in _STATED):
            continue
        # its clause: back to the figure or clause break before it ("a year earlier it had
        # been", "A year before, the figure was")
        start = max([t.i + 1 for t in doc[:slot.token] if t.lower_ in CLAUSE_BREAKS]
                    + [s.token + 1 for s in sentence.slots if s.token < slot.token
                       and doc[s.token + 1].lower_ not in _EARLIER] + [0])
        clause = doc[start:slot.token]
        # ("Their share had been 28.4% in 2022": the pluperfect itself puts the level
        # before the time the text reports)
        if any(t.lower_ in _SAME for t in clause) and (any(
                t.lower_ in _EARLIER for t in clause) or any(
                [t.lower_ for t in doc[max(0, slot.token - len(v)):slot.token]] == v
                for v in _PLUPERFECT)):
            found.append(slot)
    if len(found) != 1:
        return None  # two levels said earlier: which the change starts from, the words leave
    base = found[0]
    if any(s.cls in AMOUNTS + (PERCENT,) and base.token < s.token < change.token
           for s in sentence.slots):
        return None  # another figure between: the change may be its
    # ("Five years before, …": a span that dates the baseline is no level)
    before = [s for s in sentence.slots if s.token < base.token
              and s.cls in AMOUNTS + (PERCENT,) and doc[s.token + 1].lower_ not in _EARLIER]
    level = [s for s in before if s.unit == base.unit and s.cls == base.cls
             and not is_gap(sentence, s)
             and not (s.token and doc[s.token - 1].lower_ in ("from", "by"))]
    final = level[-1] if level else None if before else document.antecedent(
        sentence, base.unit, back=1, need=lambda s: s.cls == base.cls)
    return (base, final) if final is not None and final.value != base.value else None


def _was_earlier_across(sentence: Sentence, document: Document,
                        change: Slot) -> tuple[Slot, Slot] | None:
    """:func:`_was_earlier`'s pair where its new level is the sentence before's and the one
    figure of that unit and kind there ("… or 31.0% of the total. Their share had been
    28.4% in 2022, so it rose by 2.6%"): the subject that stands for it ("it", "their
    share") names what the change takes from there; None otherwise."""
    pair = _was_earlier(sentence, document, change)
    if pair is None or pair[1].sentence == sentence.index:
        return None
    base, final = pair
    there = document.sentences[final.sentence]
    alike = [s for s in there.slots if s.unit == final.unit and s.cls == final.cls]
    return pair if alike == [final] else None


def _than_when(sentence: Sentence, document: Document, m, change: Slot,
               want: tuple[str, ...]) -> tuple[Slot, Slot] | None:
    """(initial, final) of "3,950 members voted, 6.5% more than in 2023, when 3,710 voted":
    "than" a time right after the change's comparative, and the one figure the "when" clause
    on that time gives (within four words of "when", nothing of note between) is the
    baseline; the level is the one figure of its unit and kind before the change in its
    clause."""
    doc = sentence.doc
    # ("rose by 1.4% compared with 2022, when it stood at 50.8%": "compared with" a time
    # sets its level beside the change's as "than in" does)
    if m.end + 1 >= len(doc) or not (
            doc[m.end].lower_ == "than" and doc[m.end + 1].lower_ in (
                "in", "during", "at", "for", "on")
            or doc[m.end].lower_ == "compared" and doc[m.end + 1].lower_ in ("with", "to")):
        return None
    # ("than at the 2022 county elections, when 64.5% voted": a few words name the time)
    when = next((t for t in doc[m.end + 2:m.end + 10] if t.lower_ == "when"), None)
    if when is None or any(t.norm_ in FIGURES and t.norm_ != YEAR or t.lower_ in CLAUSE_BREAKS
                           for t in doc[m.end + 1:when.i]):
        return None
    # ("rose by 1.4% …, when it stood at 50.8%": a change in per cent of the rate the "when"
    # clause gives is what the words say; points written as per cent is the slip to find)
    if change.cls == PERCENT:
        want = (*want, PERCENT)
    base = next((s for s in sentence.slots if s.cls in want
                 and when.i < s.token <= when.i + 4), None)
    if base is None or any(t.norm_ in FIGURES or t.is_punct for t in doc[when.i + 1:base.token]):
        return None
    level = [s for s in sentence.slots if s.unit == base.unit and s.cls == base.cls
             and s.token < change.token and not is_gap(sentence, s)
             and not clause_between(sentence, s.token, change.token)
             and not (s.token and doc[s.token - 1].lower_ in ("from", "by"))]
    if not level and not any(s.cls == base.cls and s.unit == base.unit
                             and s.token < change.token for s in sentence.slots):
        # "Sales reached 4,210. That was 6.1% more than in 2024, when 3,968 were sold": the
        # level "That" stands for, the sentence before's
        said = level_said_before(sentence, document, base) or \
            _rate_named_before(sentence, document, base)
        level = [said] if said is not None else []
    return (base, level[-1]) if len(level) == 1 else None


def _rate_named_before(sentence: Sentence, document: Document, like: Slot) -> Slot | None:
    """The level a sentence that opens on a rate's noun takes up from the sentence before:
    "Women made up 2,047 of the new citizens, or 52.2%. The share of women rose …" (52.2%):
    every word of the subject but the rate's noun is the sentence before's, and that
    sentence gives exactly one figure of ``like``'s unit and kind."""
    doc = sentence.doc
    if like.cls != PERCENT or sentence.index == 0 or len(doc) < 3 or \
            doc[0].lower_ not in ("the", "its", "their", "our") or \
            doc[1].lower_ not in _RATE_NOUNS:
        return None
    subject = []
    for token in doc[2:]:
        if token.lower_ in _SUBJECT_ENDS or direction(token.text) or not token.is_alpha:
            break
        subject.append(token)
    said = {stem(t.text) for t in subject if t.lower_ not in _RATE_NOUNS
            and t.lower_ not in ("of", "the", "in", "on", "for", "at", "all", "thus", "so",
                                 "therefore", "also")}
    earlier = document.sentences[sentence.index - 1]
    if not said or not said <= {stem(t.text) for t in earlier.doc if t.is_alpha}:
        return None
    alike = [s for s in earlier.slots if s.unit == like.unit and s.cls == like.cls
             and not is_gap(earlier, s)]
    return alike[0] if len(alike) == 1 else None


#: the words that date a clause before the time the text reports: "Last year", "the
#: previous season", "a year earlier"
_BEFORE_NOW = ("last", "previous", *_EARLIER)
#: what "last" or "previous" dates: "last year", "the previous season"
_TIMES = ("year", "season", "month", "week", "quarter", "term", "spring", "summer", "autumn",
          "winter", "time", "round", "edition")
#: the words of a level's time, which never say what it is a level of
_TIME_WORDS = frozenset(stem(w) for w in ("last", "year", "this", "previous", "earlier",
                                          "before", "ago", "prior", *_TIMES))


def _earlier_so(sentence: Sentence, document: Document,
                change: Slot) -> tuple[Slot, Slot] | None:
    """(initial, final) of "Last year 8,000 riders finished, so this year's total was up
    14%": the one level a clause dated before the time reported states, then ", so" and the
    change of the same thing ("the total", "it", or the level's own noun); the new level is
    the one before it that the words describe as the dated one is described ("finished"), the
    only one of its unit and kind that shares the most of those words."""
    doc = sentence.doc
    so = [t.i for t in doc[1:change.token] if t.lower_ == "so" and doc[t.i - 1].text == ","]
    if not so:
        return None
    levels = [s for s in sentence.slots if s.token < change.token and s is not change
              and s.cls in AMOUNTS + (PERCENT,)]
    # ("so …" opens the change's clause: a level between it and the change may be the one
    # that moved, and two dated levels leave the words unsure which it starts from)
    if not levels or levels[-1].token > so[-1]:
        return None
    start = max([t.i + 1 for t in doc[:levels[-1].token] if t.lower_ in CLAUSE_BREAKS
                 or t.text in (";", ":")] + [s.token + 1 for s in levels[:-1]] + [0])
    base = levels[-1]
    dated = [t.lower_ for t in doc[start:so[-1]]]
    if not any(w in _EARLIER or w in ("last", "previous") and i + 1 < len(dated)
               and dated[i + 1] in _TIMES for i, w in enumerate(dated)):
        return None
    said = {stem(t.text) for t in doc[so[-1] + 1:change.token] if t.is_alpha}
    what = base.words - _TIME_WORDS
    if not said & (set(_SAME) | what):
        return None  # "…, so prices rose 3%": another thing's change
    candidates = [s for s in sentence.slots[:sentence.slots.index(levels[0])]
                  if s.token < start] if len(levels) == 1 else []
    for earlier in document.sentences[max(0, sentence.index - 2):sentence.index]:
        candidates += earlier.slots
    ranked = sorted(((len(s.words & what), s) for s in candidates
                     if s.unit == base.unit and s.cls == base.cls and s.value != base.value
                     and not is_gap(document.sentences[s.sentence], s)),
                    key=lambda r: -r[0])
    if (not ranked or ranked[0][0] == 0) and said & set(_SAME) and \
            not any(s.sentence == sentence.index for _, s in ranked):
        # "… you had given £486,300. Last winter's appeal raised £402,800, so this year's
        # total is 17.2% higher": the change's subject is a pronoun or "the total", which
        # takes up the one level of that unit the sentence right before states (never a
        # gap, a baseline, a change or an earlier year's), however else it is named
        return _level_just_said(sentence, document, base)
    if not ranked or ranked[0][0] == 0 or len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
        return None  # no level named as the dated one is, or two: the words leave which
    return base, ranked[0][1]


#: the pronouns that stand for a level just given as a verb's object: "cut them to …"
_MOVED_OBJECTS = ("it", "them", "this", "these", "those")


def _moved_it_to(sentence: Sentence, document: Document, m, change: Slot,
                 want: tuple[str, ...]) -> tuple[Slot, Slot] | None:
    """(initial, final) of a signed change in brackets after a level a verb moved a pronoun
    "to": "Yields averaged 6.0 t ha−1 on bare plots. Mulch raised them to 6.6 t ha−1
    (+10.0%) with straw and 6.9 t ha−1 (+15.0%) with compost": the one figure of the first
    level's unit and kind the pronoun stands for (its own clause before the verb, else the
    sentence before) is the baseline of each level the list gives, the level right before
    each bracket its new value. Only one such baseline, and a level of that unit with no
    other bracket between it and this one: else which levels are meant is a guess."""
    doc = sentence.doc
    if m.start >= len(doc) or doc[m.start].text != "(":
        return None
    moved = [t.i for t in doc[:change.token] if t.i + 2 < len(doc) and direction(t.text)
             and doc[t.i + 1].lower_ in _MOVED_OBJECTS and doc[t.i + 2].lower_ == "to"]
    if len(moved) != 1:
        return None
    verb = moved[0]
    first = next((s for s in sentence.slots if s.token == verb + 3 and s.cls in want), None)
    if first is None or is_gap(sentence, first):
        return None
    # ("6.6 t ha−1 at 2 t ha−1 of straw (+10.0%)": what "at" or "with" names is the
    # treatment a level was reached under, not the level)
    alike = [s for s in sentence.slots if s.unit == first.unit and s.cls == first.cls
             and verb + 3 <= s.token < m.start and not is_gap(sentence, s)
             and doc[s.token - 1].lower_ not in ("at", "with", "of", "per", "from", "by")]
    final = alike[-1] if alike else None
    if final is None or any(t.text == "(" for t in doc[final.token + 1:m.start]) or \
            clause_between(sentence, final.token, m.start):
        return None
    # the level the pronoun stands for: the one of that unit and kind before the verb in
    # this sentence, else (none here) in the sentence before
    here = [s for s in sentence.slots if s.token < verb and s.cls in want]
    if here:
        earlier = [s for s in here if s.unit == first.unit and s.cls == first.cls]
    elif sentence.index > 0:
        before = document.sentences[sentence.index - 1]
        earlier = [s for s in before.slots if s.unit == first.unit and s.cls == first.cls
                   and not is_gap(before, s)]
    else:
        earlier = []
    if len(earlier) != 1 or earlier[0].value == final.value:
        return None
    return earlier[0], final


def _level_just_said(sentence: Sentence, document: Document,
                     base: Slot) -> tuple[Slot, Slot] | None:
    """(base, the level) where the sentence right before states exactly one level of the
    baseline's unit and kind."""
    from kg.authoring.suggest.kinds.portions import level

    if sentence.index == 0:
        return None
    before = document.sentences[sentence.index - 1]
    levels = [s for s in before.slots if s.unit == base.unit and s.cls == base.cls
              and s.value != base.value and level(before, s) and not is_gap(before, s)]
    return (base, levels[0]) if len(levels) == 1 else None


def trial_arms(sentence: Sentence, change: Slot, want: tuple[str, ...],
               other_arm: bool = False) -> tuple[Slot, Slot] | None:
    """(initial, final) of a trial's two arms: "31 participants (5.0%) in the intervention
    group and 53 (8.5%) in the control group, an absolute risk reduction of 3.5 percentage
    points": the control arm's figure is the baseline, the other arm's the new value. Each
    figure is named by the arm words right after it; exactly one of each, or nothing.
    (``other_arm``: where the words name only the control arm, "3.1% of braced runners and
    6.0% of controls", the one other figure of its unit before the change is the arm set
    against it, the treated one.)"""
    want = (PERCENT,) if change.cls in (POINTS, PERCENT) and any(
        _arm(sentence, s) for s in sentence.slots if s.cls == PERCENT and s is not change) \
        else want
    named = [(s, _arm(sentence, s)) for s in sentence.slots
             if s.cls in want and s is not change and s.token < change.token]
    control = [s for s, arm in named if arm == "control"]
    treated = [s for s, arm in named if arm == "treated"]
    if other_arm and len(control) == 1 and not treated and _of_controls(sentence, control[0]):
        # ("… of braced runners and 6.0% of controls": the one other rate said of people so)
        treated = [s for s, arm in named if arm is None and s.unit == control[0].unit
                   and sentence.doc[s.token + 1:s.token + 2].text.lower() in ("of", "among")]
    if len(control) != 1 or len(treated) != 1 or control[0].unit != treated[0].unit:
        return None
    return control[0], treated[0]


def _of_controls(sentence: Sentence, slot: Slot) -> bool:
    """Whether a rate is said "of controls" or "among controls": the control arm's people."""
    after = [t.lower_ for t in sentence.doc[slot.token + 1:slot.token + 4]]
    return after[:1] in (["of"], ["among"]) and "controls" in after[1:3]


def _arm(sentence: Sentence, slot: Slot) -> str | None:
    """Which arm the words right after a figure name ("(8.5%) in the control group"), else
    the words between it and the figure before it ("21,728 placebo recipients (4.7%)")."""
    after = []
    for token in sentence.doc[slot.token + 1:slot.token + 6]:
        if token.norm_.startswith("_") and token.norm_ != "_year_" or \
                token.lower_ in CLAUSE_BREAKS:
            break  # another figure, or another clause ("…, while control schools"): its words
        after.append(token)
    before = []
    for token in reversed(sentence.doc[max(0, slot.token - 4):slot.token]):
        if token.norm_.startswith("_") and token.norm_ != "_year_":
            break
        before.append(token)
    for tokens in (after, before):
        words_ = {t.lower_ for t in tokens}
        if words_ & set(CONTROL):
            return "control"
        if words_ & set(TREATED):
            return "treated"
    for tokens in (after, before):
        # "in the reminder group (20.0%)" beside "in the control group": an arm named for
        # what it was given, which only a control arm set against it makes the treated one
        if {t.lower_ for t in tokens} & set(_ARMS):
            return "treated"
    return None


#: the words that set one rate against another as its baseline: "26.4%, compared with 31.8%
#: a year earlier", "4.1% against 3.8%"
_AGAINST = ("compared", "against", "versus", "vs", "vs.")
#: nouns that name a rate, not what it is a rate of ("the share of late trains")
_RATE_NOUNS = ("share", "rate", "proportion", "percentage", "fraction", "level")
#: the words a subject stops at: its verb ("has fallen", "was down", "dropped")
_SUBJECT_ENDS = ("has", "have", "had", "is", "are", "was", "were", "will", "by")


def _rates_set_against_before(sentence: Sentence, document: Document,
                              change: Slot) -> tuple[Slot, Slot] | None:
    """(initial, final) of "… 12.5% of all trains, compared with 14.0% a year before. The
    share of late trains has fallen 1.5 percentage points": a change in points whose
    subject the sentence before gives two rates of, the one the words set it against the
    baseline. Every word of the subject but the rate's noun must be the sentence before's,
    so "The operating margin rose 2 points" after two gross margins is no change of
    theirs."""
    if change.cls != POINTS or sentence.index == 0:
        return None
    doc = sentence.doc
    if doc[0].lower_ not in ("the", "its", "their", "our") or any(
            s is not change and s.cls in (PERCENT, POINTS) for s in sentence.slots):
        return None
    subject = []
    for token in doc[1:change.token]:
        if token.lower_ in _SUBJECT_ENDS or direction(token.text):
            break
        subject.append(token)
    said = {stem(t.text) for t in subject if t.is_alpha and t.lower_ not in _RATE_NOUNS
            and t.lower_ not in ("of", "the", "in", "on", "for", "at", "all")}
    if not said or len(subject) == change.token - 1:
        return None  # a subject of no words of its own, or no verb after it
    earlier = document.sentences[sentence.index - 1]
    if not said <= {stem(t.text) for t in earlier.doc if t.is_alpha}:
        return None
    rates = [s for s in earlier.slots if s.cls == PERCENT and not is_gap(earlier, s)]
    cues = [t.i for t in earlier.doc if t.lower_ in _AGAINST]
    if len(rates) != 2 or len(cues) != 1 or any(s.cls == POINTS for s in earlier.slots):
        return None
    final, base = rates
    if not final.token < cues[0] < base.token or final.unit != base.unit:
        return None
    return base, final


def _second_complement(sentence: Sentence, change: Slot, slot: Slot) -> bool:
    """"That's a 5.1% increase, and more than 2,300 new members": a figure joined after the
    change by a comma and "and" is a second thing "That" is, the same move told in another
    measure, no level or baseline of its own (one "from", "on" or "than" names is)."""
    doc = sentence.doc
    if not refers_back(sentence) or slot.token <= change.token + 2:
        return False
    between = [t.lower_ for t in doc[change.token + 1:slot.token]]
    joined = any(a == "," and b == "and" for a, b in zip(between, between[1:]))
    return joined and all(b.roles["base"] is not slot for b in bases(sentence)) and \
        not any(w in ("from", "on", "than", "against", "compared", "since") for w in between)
