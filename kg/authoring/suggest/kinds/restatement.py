"""Restatements in prose, tied by the words that name each figure: a headline's figure and
the one the paragraph under it names alike ("Port handles record 29.4 million tonnes" …
"the port handled 29.4 million tonnes of cargo"), or, for the text's title, the figure of
any later section whose clause names it by two of the title's words at least ("Marathon
raises $3.1 million for charity" … "Charity runners raised $3.1 million"); a summary's key point, or a label's value
in a box of figures ("Median wait for surgery: 142 days"), and the sentence of the text that
names the same measure with at least three of its words (a word of moving by its way:
"reduced" is "fell"; a key point's level reached is the "to" end of a move, not its "from"
or its "by"), or, for a box's label of one noun ("Meters: $18.6 million"), the one amount
the prose places by that noun ("meters at $18.6 million"). A count says what it counts by
the noun after it ("3,400 trees"): a headline's bare count is the paragraph's count of that
noun, and a box of counts by month ("August: 30,150 visitors") is named by its month and
that noun. A definite count ("across the 1,240 retrofitted flats", "those 38 sites") refers
back to the one earlier count of its noun that stands beside every word it adds (where
its words run on into the clause, "all 1,218 plots rent income", at the word an earlier
count's noun ends on). An amount of money or a quantity in its unit that the text writes
again in the same words ("the repairs cost £7.35 million" … "the repairs cost £7.35
million, as budgeted") is one quantity where the two clauses name one measure and no other
figure of that unit is named as alike (never a bound, "above £52,000", nor a length of time).
A key point's figure the prose writes again word for word, and nowhere else, is tied where
the words name it best, by one word at least ("* The reservoirs stood at 64.3%" … "the
reservoirs held 64.3% of their capacity"), never a count.

Both figures are of one class, unit and period, and neither is a table's cell (a cell
restated in prose is the row the words name: kg.read.ties). Never the values: a headline
that slipped ("$38.5m" over a text saying "$38.5 billion") is tied all the same, so the check
can find the slip.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.authoring.suggest.kinds.cues import DOWN, UP
from kg.authoring.suggest.kinds.portions import is_portion
from kg.authoring.suggest.suggestion import Suggestion, make
from kg.authoring.suggest.text import (AMOUNTS, COUNT, DATE, DURATIONS, FIGURES, MONEY,
                                       PERCENT, POINTS, QUANTITY,
                                       Document,
                                       Sentence, Slot, _STOP, _content, _stem)

if TYPE_CHECKING:
    from spacy.tokens import Token

#: the classes a headline restates: amounts and rates
_CLASSES = AMOUNTS + (PERCENT, POINTS)
#: a headline: a line of a few words that no sentence's punctuation ends, no table's row
#: nor a list's item
_MOST_WORDS = 16
_ENDED = re.compile(r"[.!?:;,\"”’)\]]\s*$")
#: how a sentence ends
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s*$")
#: a numbered heading ("3. Two hundred pounds") names an item, and says no quantity
_NUMBERED = re.compile(r"\d+[.)]\s")
#: a price card's "£12" or "Pro £24" is no headline: a headline says what its figure is of
_FEWEST_WORDS = 3
#: a figure written with its unit (a sign, "%", a word): "£43", "70.1%", "$40.0 million";
#: a bare "40,000" on a short line is a list's value under a heading that gives the unit
_UNIT_WRITTEN = re.compile(r"\d.*[^\d.,\s+-]|[^\d.,\s+-].*\d")
#: words of a figure's clause that say when, where to or who said, never what it measures:
#: the period is matched apart ("the youth jobless rate in the spring" is no restatement of
#: "the county jobless rate over the spring" for the season they share)
#: the names of periods a label gives alone ("August: 30,150 visitors")
_PERIOD_NAMES = frozenset("""spring summer autumn winter january february march april may june
    july august september october november december""".split())
#: the verbs that say a figure was written down, never what it is of: "the €4.1 million
#: recorded in 2023" shares nothing with a headline's "record €4.6m" (a highest yet)
_WRITTEN_DOWN = frozenset(("recorded", "registered", "logged"))
_NOT_MEASURE = _PERIOD_NAMES | _WRITTEN_DOWN | frozenset("""over during across after before
    since until under above below between through within among period months weeks days
    today yesterday said says told reported monday tuesday wednesday thursday friday saturday
    sunday""".split())
#: the letters a word's forms share, as a rule
_ROOT = 6
#: how many sentences under a headline its paragraph reaches
_UNDER = 4
#: the fewest words a title and a figure of a later section must name it by
_TITLE_WORDS = 2
#: a list's item: a summary's key point
_ITEM = ("* ", "- ", "• ", "– ")
#: the fewest words naming its measure a key point's figure and the body's share: a
#: summary's "room occupancy averaged 71 per cent" and the body's "room occupancy across all
#: areas averaged 71 per cent" (two, such as "unemployment rate", are too few to tell one
#: entity's measure from another's, "the youth unemployment rate")
_KEY_WORDS = 3
#: the endings a word's forms take that its first letters may not reach: "open" and
#: "opening", "spend" and "spending"
_FORMS = ("ing", "ed")
#: the fewest letters a word keeps when its ending is cut ("using" stays)
_FORM_ROOT = 4
#: the words that say a percent is a level a quantity moved to or from ("fell to 1.08%
#: from 1.31%"), or a share of what follows it ("70.1% of electricity")
_LEVEL_BEFORE = frozenset(("to", "from", "at"))
_LEVEL_AFTER = frozenset(("of",))
#: words of hedging a level or change may stand behind: "to nearly 12%", "by about 3%"
_HEDGE = frozenset("about around nearly almost some just roughly approximately over under".split())
_MOVES = frozenset(UP + DOWN)
#: the words that make a count a reference back to one stated before: "the 1,240 flats",
#: "those 38 sites", "across all 1,240 flats" (the whole counted before, taken up again)
_DEFINITE = frozenset(("the", "those", "these", "all", "our", "its", "their"))
#: a word's ending that makes it a participle or a past tense, which a noun phrase runs on
#: into as a qualifier or a verb, never as a noun of its own
_PARTICIPLE = re.compile(r"(?:ed|ing)$")
#: the words that open a relative clause saying which of a count's things are meant
_RELATIVE = frozenset(("who", "whose", "that", "which", "whom"))
#: the forms of "to be" and "to have" a relative clause's verb may lean on
_BE = frozenset("is are was were be been being has have had".split())
#: the words that say which part of a move a figure is
_ENDS = frozenset(("to", "from", "by"))
#: the words between a noun and the amount prose places by it: "meters at $18.6 million"
_PLACING = frozenset(("at", "of"))
#: the most words a count's noun phrase runs to after it ("1,240 retrofitted council flats")
_PHRASE_WORDS = 3
#: how near a figure the words a reference adds must stand to it
_AROUND = 4
#: the fewest words naming its measure a figure said again in the same words shares with
#: its earlier saying ("spent ¥4,210 per visitor" … "spending per visitor of ¥4,210")
_AGAIN_WORDS = 1
#: the fewest digits a key point's figure the prose writes again word for word holds: a
#: single digit ("3 sites", "5%") is written again for too many measures to tell
_WRITTEN_DIGITS = 2
#: the classes a figure said again in the same words is tied in: an amount of money, a
#: quantity in its unit (a count or a percent of the same digits is as often another
#: measure's: "12 staff" and "12 volunteers", "a 4.6% rise" and "a 4.6% yield")
_AGAIN_CLASSES = (MONEY, QUANTITY)
#: the words before a figure that make it a bound of a category, and after it
_BOUND_BEFORE = frozenset("""above below under over than beyond within exceeding exceeds exceed
    first pass passes passed tops topped crossed cross crosses""".split())
_BOUND_AFTER = frozenset(("mark", "threshold", "limit", "cap", "ceiling"))


def find(sentence: Sentence, document: Document, taken: list[Suggestion]) -> list[Suggestion]:
    out = []
    if _is_headline(sentence) and _heads_prose(sentence, document):
        for head in sentence.slots:
            said = _restated_in(sentence, document, head)
            if said is not None:
                out.append(_tie(head, said, sentence.claim, f"{sentence.text} … {said.text}",
                                f"{head.text} in the headline, {said.text} under it"))
    for said in sentence.slots:
        point = _key_point(sentence, document, said)
        if point is not None:
            out.append(_tie(point, said, sentence.claim, f"{point.text} … {said.text}",
                            f"{point.text} and {said.text}: one quantity, named alike"))
        elif (first := _referred_to(sentence, document, said)) is not None:
            out.append(_tie(first, said, sentence.claim, f"{first.text} … {said.text}",
                            f"{first.text}, then the {said.text} it counts"))
        elif again := _said_again(sentence, document, said):
            out.extend(_tie(first, said, sentence.claim, f"{first.text} … {said.text}",
                            f"{first.text} said again, of what it was said of before")
                       for first in again)
        elif (first := _taken_up(sentence, document, said, taken)) is not None:
            out.append(_tie(first, said, sentence.claim, f"{first.text} … {said.text}",
                            f"{first.text}, then the {said.text} taken up again"))
    return out


#: the words before a figure that take up one the text has given: "the", "our", a
#: possessive ("the state's $600,000")
_TAKING_UP = _DEFINITE | frozenset(("'s", "’s"))


def _taken_up(sentence: Sentence, document: Document, said: Slot,
              taken: list[Suggestion]) -> Slot | None:
    """The earlier figure a definite one takes up again, written as it was: "Of the $1.62
    billion, two-thirds went back to players" after "sales fell to $1.62 billion", "71 of
    the 125 were women" after "125 met the criteria"; and the whole of a part, "309 of
    1,248", after "1,248 adults were randomised". A count that names its noun is taken up
    by its digits only from a count given bare ("412 of 1,794 children" after "1,794 in
    the villages"); one of a noun is referred back by that noun or not at all. The article (or the part before "of") says the
    quantity was given before, and its writing says which: the earlier figure of the text
    written alike, of its class, unit and period (an amount of money, a quantity in its unit
    or a count of two digits or more; never a percent, which many measures of a text
    share), neither a table's cell nor a bound, at the same part of a move or none. Where
    several earlier figures are written alike, only if the text already ties them as one
    quantity (two arms of a trial of 624 each are two counts: "402 of the 624" says which
    by words the writing does not give). Not where the figure is set beside another as its
    baseline ("more than the 3,968 units") or a relative clause says which of them ("the
    9 members who resigned", a subset). A reference that slipped ("the $1.26 billion") is
    left untied: no written form says which figure it takes up, and the values never
    choose."""
    doc = sentence.doc
    if said.cls not in (MONEY, QUANTITY, COUNT) or said.unit in DURATIONS or \
            said.local in document.restated or said.local.startswith("f-t") or \
            sum(c.isdigit() for c in said.text) < 2 or said.token == 0 or \
            _bound(sentence, said):
        return None
    before = doc[said.token - 1].lower_
    part_of = before == "of" and said.token >= 2 and said.cls == COUNT and \
        doc[said.token - 2].like_num and doc[said.token - 2].text[:1].isdigit()
    if before not in _TAKING_UP and not part_of:
        return None
    if said.token >= 2 and doc[said.token - 2].lower_ in _SET_BESIDE or said.token >= 3 and [
            t.lower_ for t in doc[said.token - 3:said.token - 1]] == ["compared", "with"]:
        return None  # a baseline another figure is set beside
    if _relative(sentence, said.token + 1 + len(_phrase(sentence, said))):
        return None  # "the 9 members who resigned": which of them, a subset
    # a count that names its noun ("the 45 warden posts") is referred back by that noun
    # (``_referred_to``), never by its digits to a count of another noun ("45 warden vans");
    # by its digits only to a count the text gave bare ("(n = 624)", "1,794 in the villages")
    # or to one whose noun its own words hold ("the 250 sampled admissions" after "250
    # admissions"), where no count of another writing is of that noun too
    phrase = _phrase(sentence, said) if said.cls == COUNT else []
    earlier = [s for before in document.sentences[:sentence.index] for s in before.slots
               if s.text == said.text and s.cls == said.cls and s.unit == said.unit and
               not s.local.startswith("f-t") and _same_period(document, s, said) and
               not _bound(before, s) and _ends_agree(sentence, said, before, s) and
               (_noun_fits(phrase, _phrase(before, s)) or _noun_beside(phrase, before, s))]
    if phrase and any(s.cls == COUNT and s.text != said.text and
                      (other := _phrase(before, s)) and other[-1] in phrase
                      for before in document.sentences[:sentence.index] for s in before.slots):
        return None  # another count of the noun: which one, the words do not say
    if len(earlier) > 1 and not _one_quantity([s.local for s in earlier], taken):
        return None
    return earlier[-1] if earlier else None


def _noun_beside(said: list[str], sentence: Sentence, slot: Slot) -> bool:
    """Whether the noun a definite count names ("the 1,012 injured riders", "the 640
    average") stands by an earlier count written alike, though that count names another
    noun after it ("Riders made up 1,012 presentations", "an average of 640 people a
    day"): the clause said what the count is of in words of its own, which the reference
    takes up."""
    return bool(said) and said[-1] in _around(sentence, slot)


def _noun_fits(said: list[str], earlier: list[str]) -> bool:
    """Whether an earlier count's noun phrase fits a later one's: none given bare, or its
    last word (its noun) among the later one's words."""
    return not said or not earlier or earlier[-1] in said


def _one_quantity(locals_: list[str], taken: list[Suggestion]) -> bool:
    """Whether the restatements found so far tie all of these figures into one quantity."""
    group = {x: x for x in locals_}

    def root(x: str) -> str:
        while group.setdefault(x, x) != x:
            x = group[x]
        return x

    for s in taken:
        if s.kind == "RestatementRelation":
            ends = [x for _, xs in s.roles for x in xs]
            for a, b in zip(ends, ends[1:]):
                group[root(a)] = root(b)
    return len({root(x) for x in locals_}) == 1


def _said_again(sentence: Sentence, document: Document, said: Slot) -> list[Slot]:
    """The earlier figures of the text that ``said`` writes again in the same words and unit
    ("costs £22.6m in all" … "the £22.6m scheme"), where the words around each two name
    one measure: an amount of money or a quantity in its unit (a count or a percent many
    measures of a text share), of one class, unit and period, neither a table's cell, the
    same part of a move or none (a "to" end is no "by" amount, and a level a move reached is
    told apart from one stated alone, which may be another's), whose clauses share at least
    ``_AGAIN_WORDS`` words that name what they measure. A length of time
    ("within 24 hours") and a bound ("income above £48,000", "tops £300,000") name where a
    category ends, no quantity measured, and are said again for every case they bound.
    The words decide, as for any restatement: no other figure of the unit may be named as
    alike to either. Every earlier one so named is tied (a figure said three times is one
    quantity, and each saying names it). Equal digits alone tie nothing: "£24 a month" and "saves £24 a
    year" name two measures."""
    if said.cls not in _AGAIN_CLASSES or said.unit in DURATIONS or \
            said.local in document.restated or said.local.startswith("f-t") or \
            not any(c.isdigit() for c in said.text) or not _UNIT_WRITTEN.search(said.text) or \
            _bound(sentence, said):
        return []
    named = _named(sentence, said)
    out = []
    for earlier in document.sentences[:sentence.index]:
        for s in earlier.slots:
            if s.text != said.text or s.local in document.restated or \
                    not _alike(document, s, said) or _bound(earlier, s) or \
                    not _roles_agree(sentence, said, earlier, s) or \
                    _end(sentence, said) != _end(earlier, s):
                continue
            shared = len(named & _named(earlier, s))
            if shared >= _AGAIN_WORDS and not _named_as_well(document, (sentence, said),
                                                            (earlier, s), shared):
                out.append(s)
    return out


def _named_as_well(document: Document, a: tuple[Sentence, Slot], b: tuple[Sentence, Slot],
                   shared: int) -> bool:
    """Whether another figure of the text, of their class and unit, is named as alike to
    either of two figures as they are to each other ("fines at $4.5 million" and "fines at
    $1.1 million" for a box's "Fines: $4.5 million"): then the words do not say which one
    the other states again, and the values never choose. A figure the text writes twice
    itself is not another's rival."""
    pairs = ((a, b), (b, a))
    said = [o.text for other in document.sentences for o in other.slots]
    # (a figure the text itself writes twice is that one's saying again, not another's: a
    # range "of £212m to £220m" said again "between £212m and £220m")
    return any(_rival(one, two, (other, o), shared)
               for one, two in pairs for other in document.sentences for o in other.slots
               if o is not one[1] and o is not two[1] and o.text != one[1].text and
               o.cls == one[1].cls and o.unit == one[1].unit and said.count(o.text) == 1 and
               not o.local.startswith("f-t") and _same_period(document, o, one[1]))


def _rival(one: tuple[Sentence, Slot], two: tuple[Sentence, Slot], other: tuple[Sentence, Slot],
           shared: int) -> bool:
    """Whether ``other`` is named as alike to ``one`` as ``two`` is (``shared`` words). A
    figure in the clause of one of the two shares that clause's words with it, which say
    nothing of which it is: there their own words are weighed ("Export earnings of £9.14
    million imply an average price of £3,200 per tonne": the earnings are named by
    "earnings", the £3,200 by "price … per tonne")."""
    if len(_named(*one) & _named(*other)) < shared:
        return False
    # (their own words only ever clear a rival the clause makes, never make one)
    if _same_clause(two, other):
        return len(_named(*one) & _own_named(*other)) >= len(_named(*one) & _own_named(*two))
    if _same_clause(one, other):
        return len(_own_named(*other) & _named(*two)) >= len(_own_named(*one) & _named(*two))
    return True


def _same_clause(a: tuple[Sentence, Slot], b: tuple[Sentence, Slot]) -> bool:
    """Whether two figures stand in one clause of one sentence."""
    return a[0] is b[0] and _clause_span(*a) == _clause_span(*b)


def _bound(sentence: Sentence, slot: Slot) -> bool:
    """Whether a figure is a bound the words set, not a quantity measured: the word before
    it (over "a", "the" and hedges) says where a category starts or ends ("income above
    £48,000", "the first £13,000", "once earnings pass a £600 allowance"), or the word
    after it calls it one ("the £300,000 mark")."""
    doc = sentence.doc
    at = slot.token - 1
    while at >= 0 and (doc[at].lower_ in _HEDGE or doc[at].lower_ in ("a", "an", "the")):
        at -= 1
    before = doc[at].lower_ if at >= 0 else ""
    after = doc[slot.token + 1].lower_ if slot.token + 1 < len(doc) else ""
    written = slot.text.split()[0].lower()  # a quote may hold the word: "above £52,000"
    return before in _BOUND_BEFORE or written in _BOUND_BEFORE or after in _BOUND_AFTER or \
        (before == "to" and at > 0 and doc[at - 1].lower_ == "up")  # "up to £1,240 a month"


#: the words that set a definite count beside another as its baseline: "more than the
#: 3,968 units", "up from the 212 sites", "compared with the 40 staff"
_SET_BESIDE = ("than", "from", "against", "versus", "vs", "vs.")


def _referred_to(sentence: Sentence, document: Document, said: Slot) -> Slot | None:
    """The earlier count a definite one refers back to: "the 1,240 retrofitted flats" is
    the count of flats an earlier sentence gave ("1,240 flats were retrofitted"), the one
    earlier count of that noun whose words around it hold every word the reference adds
    ("retrofitted"); none where several fit, and never by the values (a reference that
    slipped, "the 1,420 retrofitted flats", is tied all the same, for the check to find)."""
    doc = sentence.doc
    if said.cls != COUNT or said.local in document.restated or \
            not any(c.isdigit() for c in said.text) or said.token == 0 or \
            doc[said.token - 1].lower_ not in _DEFINITE:
        return None
    if said.token >= 2 and (doc[said.token - 2].lower_ in _SET_BESIDE or said.token >= 3 and [
            t.lower_ for t in doc[said.token - 3:said.token - 1]] == ["compared", "with"]):
        # "… reached 4,210 units. That was 6% more than the 3,968 units sold a year
        # earlier": a count a comparison sets beside another is its baseline, another count
        # of the noun, never the one before said again
        return None
    phrase = _phrase(sentence, said)
    if not phrase:
        return None
    # a relative clause right after the noun says which of them ("the 9 members who
    # resigned"): its words must stand by the earlier count too, or the count is a subset
    # the clause names, no count said again
    qualified = _relative(sentence, said.token + 1 + len(phrase))
    fits = _counts_of(sentence, document, said, phrase[-1], set(phrase[:-1]) | qualified,
                      ends=False)
    if qualified:
        return fits[0] if len(fits) == 1 else None
    for at in range(len(phrase) - 1, 0, -1):
        if fits or _PARTICIPLE.search(sentence.doc[said.token + 1 + at].lower_):
            break
        # no earlier count of the last word: the words may run on past the noun into the
        # clause ("across all 1,218 plots rent income works out at"), so the phrase may end
        # at any word an earlier count's own noun ends on ("1,218 plots on nine sites"); a
        # participle after the noun is no new clause but says which of them ("the 712,000
        # people aged 15 to 24", "the 56 matches ended all square": a verb or a qualifier)
        fits = _counts_of(sentence, document, said, phrase[at - 1], set(phrase[:at - 1]),
                          ends=True)
    if len(fits) > 1:
        # a reference refers back to the count that brought its noun in, not to another
        # reference's subset ("the 12 tenants whose deposits ..." before "Of the 37
        # tenants" is no second reading of the 37 that "deposits of 37 tenants" introduced)
        fits = [s for s in fits if not _definite(document, s)]
    if len(fits) == 1 and (_moved_on(document, fits[0]) or
                           is_portion(document.sentences[fits[0].sentence], fits[0])):
        # ("118 participants (18.9%) in the treated group" is some of them, not the group
        # "the 624 treated participants" takes up)
        return None
    return fits[0] if len(fits) == 1 else None


def _moved_on(document: Document, first: Slot) -> bool:
    """Whether a count is the start of a move its noun goes on to a bare count ("expanded
    from seven markets to 11"): the noun is the later count's as well, so a reference to
    "the 11 markets" is no second saying of the seven."""
    place = document.sentences[first.sentence]
    doc = place.doc
    if first.token == 0 or doc[first.token - 1].lower_ != "from":
        return False
    for k in range(first.token + 1, min(first.token + 1 + _PHRASE_WORDS + 1, len(doc))):
        if doc[k].lower_ == "to":
            later = place.by_token.get(k + 1)
            return later is not None and later.cls == first.cls
        if not doc[k].is_alpha:
            return False
    return False


def _relative(sentence: Sentence, at: int) -> set[str]:
    """The roots of the words of a relative clause opening at token ``at`` ("who resigned",
    "whose deposits were never protected"), up to ``_PHRASE_WORDS`` of them; none where no
    relative clause opens there."""
    doc = sentence.doc
    if at >= len(doc) or doc[at].lower_ not in _RELATIVE:
        return set()
    out = set()
    for token in doc[at + 1:]:
        if not token.is_alpha or len(out) >= _PHRASE_WORDS:
            break
        if token.lower_ not in _STOP and token.lower_ not in _BE and token.norm_ not in FIGURES:
            out.add(_form(_stem(token.lower_))[:_ROOT])
    return out


def _definite(document: Document, slot: Slot) -> bool:
    """Whether a count is itself a definite reference: "the", "those" or "our" before it."""
    doc = document.sentences[slot.sentence].doc
    return slot.token > 0 and doc[slot.token - 1].lower_ in _DEFINITE


def _counts_of(sentence: Sentence, document: Document, said: Slot, head: str, added: set[str],
               ends: bool) -> list[Slot]:
    """The earlier counts, of ``said``'s unit and period, whose noun phrase holds ``head``
    (ends with it, where ``ends``) and whose own words hold every word in ``added``."""
    return [s for earlier in document.sentences[:sentence.index] for s in earlier.slots
            if s.cls == COUNT and s.unit == said.unit and not s.local.startswith("f-t") and
            s.local not in document.restated and _same_period(document, s, said) and
            (phrase := _phrase(earlier, s)) and
            (phrase[-1] == head if ends else head in phrase) and
            added <= _own_around(earlier, s)]


def _phrase(sentence: Sentence, slot: Slot) -> list[str]:
    """The roots of the words a count counts by, right after it up to the first word that
    is no part of a noun phrase ("1,240 retrofitted council flats in": retrofitted,
    council, flat)."""
    out = []
    for token in sentence.doc[slot.token + 1:slot.token + 1 + _PHRASE_WORDS]:
        if not token.is_alpha or token.norm_ in FIGURES or token.lower_ in _STOP:
            break
        out.append(_form(_stem(token.lower_))[:_ROOT])
    return out


def _around(sentence: Sentence, slot: Slot) -> set[str]:
    """The roots of the words near a figure, either side of it."""
    doc = sentence.doc
    return {_form(_stem(t.lower_))[:_ROOT]
            for t in doc[max(slot.token - _AROUND, 0):slot.token + 1 + _AROUND] if t.is_alpha}


#: the words that join the items of a list: what one item's words say after its figure
#: stops at the next item
_ITEM_JOINS = frozenset(("and", "or", ",", ";", "while", "whereas", "but"))
#: how far past a count the words that qualify it may run ("158 classrooms with 3,502
#: pupils in the intervention arm")
_AFTER = 8


def _own_around(sentence: Sentence, slot: Slot) -> set[str]:
    """The roots of the words that are a count's own in a list of counts: before it, those
    back to ``_AROUND`` words, less any that follow an earlier figure up to the join before
    this one ("158 classrooms … in the intervention arm and 154 classrooms …": "intervention"
    is the 158's, never the 154's; "retrofitted 800 houses and 1,240 flats" leaves the verb
    both share); after it, those up to the next join, ``_AFTER`` words at most."""
    doc = sentence.doc
    start = max(slot.token - _AROUND, 0)
    joins = [t.i for t in doc[start:slot.token] if t.lower_ in _ITEM_JOINS]
    figures = [s.token for s in sentence.slots if s.token < slot.token]
    left = list(doc[start:slot.token])
    if joins and figures:
        join, figure = joins[-1], figures[-1]
        if figure < join:
            # (the words between the earlier figure and the join are that figure's)
            left = [t for t in left if t.i <= figure or t.i >= join]
    right = []
    for t in doc[slot.token + 1:slot.token + 1 + _AFTER]:
        if t.lower_ in _ITEM_JOINS:
            break
        right.append(t)
    return {_form(_stem(t.lower_))[:_ROOT] for t in left + right if t.is_alpha}


def _tie(first: Slot, again: Slot, claim: str, evidence: str, label: str) -> Suggestion:
    return replace(make("RestatementRelation", claim, {"first": first, "restatedAs": again},
                        evidence, label), across=True)


def _alike(document: Document, a: Slot, b: Slot) -> bool:
    """Two figures that may be one quantity: of one class and unit, the periods agreeing,
    neither a table's cell (a cell restated in prose is the row the words name)."""
    return a.cls == b.cls and a.unit == b.unit and a.cls in _CLASSES and \
        not a.local.startswith("f-t") and not b.local.startswith("f-t") and \
        _same_period(document, a, b) and not _rated_apart(document, a, b)


#: the words that make an amount a rate of each of some thing: "per tonne", "each hectare"
_RATE_WORDS = ("per", "each", "every")


def _rated_apart(document: Document, a: Slot, b: Slot) -> bool:
    """Whether two amounts of one unit are rates of different things ("7.3 kg of feed for
    each kilogram of fish" and "each pond gave about 310 kg of fish"): both clauses say what
    the amount is per, and never the same thing, so they are two measures, not one."""
    first, second = _rated_by(document, a), _rated_by(document, b)
    return bool(first) and bool(second) and not first & second


def _rated_by(document: Document, slot: Slot) -> set[str]:
    """The things a figure's clause says its amount is per: the nouns after "per", "each"
    or "every" ("per cent" says no thing)."""
    sentence = document.sentences[slot.sentence]
    doc = sentence.doc
    start, end = _clause_span(sentence, slot)
    return {_stem(doc[k + 1].lower_) for k in range(start, min(end, len(doc) - 1))
            if doc[k].lower_ in _RATE_WORDS and doc[k + 1].is_alpha
            and doc[k + 1].norm_ not in FIGURES and doc[k + 1].lower_ not in _STOP
            and doc[k + 1].lower_ not in ("cent", "centum", "mille")}


def _is_prose(sentence: Sentence) -> bool:
    return bool(_SENTENCE_END.search(sentence.text)) and not sentence.text.startswith(_ITEM)


def _is_key(sentence: Sentence, slot: Slot) -> bool:
    """A key point's figure: a summary's list item, or a label's value in a box of figures
    ("By the numbers … Total waiting list: 21,450")."""
    return sentence.text.startswith(_ITEM) or _labelled(sentence, slot)


def _key_point(sentence: Sentence, document: Document, said: Slot) -> Slot | None:
    """The earlier figure that ``said`` states again where one of the two is a key point
    and the other the text's prose (a summary over the text, or a box of figures after it):
    the one whose clause names the measure with at least ``_KEY_WORDS`` of the words
    ``said``'s clause names it with, where no other figure so placed names as many, and no
    other figure of this sentence is named as the earlier one is."""
    if said.cls not in _CLASSES or said.local in document.restated:
        return None
    if _is_prose(sentence) and not _is_key(sentence, said):
        wanted = lambda earlier, s: _is_key(earlier, s)  # noqa: E731
    elif _is_key(sentence, said):
        wanted = lambda earlier, s: _is_prose(earlier) and not _is_key(earlier, s)  # noqa: E731
    else:
        return None
    ranked = sorted(((_named_alike(document, sentence, said, earlier, s), s, earlier)
                     for earlier in document.sentences[:sentence.index]
                     for s in earlier.slots
                     if s.local not in document.restated and _alike(document, s, said) and
                     wanted(earlier, s) and _ends_agree(sentence, said, earlier, s)),
                    key=lambda x: -x[0])
    if not ranked or ranked[0][0] < _KEY_WORDS or \
            (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
        return _written_again(sentence, document, said, ranked)
    best, first, earlier = ranked[0]
    # (another figure of the clause shares its words: their own words say which of the two
    # the key point names, "a dividend of Rs 6 per share of face value Rs 2")
    own = len(_own_named(sentence, said) & _named(earlier, first))
    # (their own words only ever clear a rival, never make one: "Employees: 212" names the
    # count of employees, not the members counted beside it, "212 employees serving 48,260
    # members")
    if any(_named_alike(document, sentence, s, earlier, first) >= best and (
               not _same_clause((sentence, said), (sentence, s)) or
               len(_own_named(sentence, s) & _named(earlier, first)) >= own)
           for s in sentence.slots if s is not said and _alike(document, s, first) and
           _ends_agree(sentence, s, earlier, first)):
        return None
    return first


def _written_again(sentence: Sentence, document: Document, said: Slot,
                   ranked: list[tuple[int, Slot, Sentence]]) -> Slot | None:
    """The key point's figure the prose writes again in the same words, where the words
    around the two name too little of the measure for ``_KEY_WORDS`` ("* Operating margin
    12.8%" … "the margin widened to 12.8%"): the words still name it best of the figures so
    placed, by a word at least, and the text writes that figure twice only, once as a key
    point and once in its prose. A summary's figure the body repeats word for word is the
    body's, as a rule; a third writing of it (a key point for one measure, the body's for
    two) leaves which one untold. Never a count: what it counts its noun says
    (``_referred_to``), and "14 aircraft on contract" is as often another fourteen's
    digits as the same fourteen's."""
    if said.cls == COUNT or sum(c.isdigit() for c in said.text) < _WRITTEN_DIGITS or \
            _bound(sentence, said):
        return None
    if not ranked or ranked[0][0] < _AGAIN_WORDS or \
            (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
        return None  # the words name none of them, or two alike: the values never choose
    _, first, earlier = ranked[0]
    written = sum(o.text == said.text for other in document.sentences for o in other.slots
                  if not o.local.startswith("f-t"))
    stuff = _of_what(sentence, said)
    if first.text != said.text or written != 2 or _bound(earlier, first) or \
            not _roles_agree(sentence, said, earlier, first) or \
            (stuff is not None and not _one_in_prose(document, _of_what, stuff)):
        # (prose that gives two quantities of the stuff, "3.4 million litres of juice in the
        # autumn and 0.6 million litres of juice in the spring", may split what the key
        # point sums)
        return None
    return first


def _named_alike(document: Document, sentence: Sentence, said: Slot, earlier: Sentence,
                 first: Slot) -> int:
    """How many words name the two figures alike. A box of figures by period ("Month by
    month … August: 30,150 visitors") names each count by its label's period and the noun
    after it: the prose's count of that noun for that period ("August was the busiest
    month, with 30,150 visitors") is named in full, as by ``_KEY_WORDS``."""
    shared = len(_named(sentence, said) & _named(earlier, first))
    counted = _counted(sentence, said)
    period = document.periods.get(said.local)
    if counted is not None and counted == _counted(earlier, first) and period is not None and \
            period == document.periods.get(first.local) and \
            (_by_period(sentence, said) or _by_period(earlier, first)):
        return max(shared, _KEY_WORDS)
    label, prose = ((sentence, said), (earlier, first)) if _labelled_by(sentence, said) \
        else ((earlier, first), (sentence, said))
    noun = _labelled_by(*label)
    if noun is not None and _counted(*prose) == noun and _one_in_prose(document, _counted, noun):
        # a label that is the noun itself ("Employees: 212") names its count as the text's
        # one count of that noun does ("with 212 employees"): the word is the whole measure
        return max(shared, _KEY_WORDS)
    label, prose = ((sentence, said), (earlier, first)) if _named_by_label(sentence, said) \
        else ((earlier, first), (sentence, said))
    noun = _named_by_label(*label)
    if noun is not None and noun in _placed_by(*prose) and _one_in_prose(
            document, lambda s, slot: noun if noun in _placed_by(s, slot) else None, noun):
        # a box's label that is one noun ("Meters: $18.6 million") names the amount the prose
        # sets right after that noun ("followed by meters at $18.6 million") or gives as
        # what its sentence opens on ("Garages were the largest source, at $21.4 million")
        return max(shared, _KEY_WORDS)
    stuff = _of_what(sentence, said)
    if stuff is not None and stuff == _of_what(earlier, first) and \
            _one_in_prose(document, _of_what, stuff):
        # a quantity in its unit names what it measures by the noun after "of" ("16.8 million
        # litres of wine"): the text's one quantity of that stuff in that unit is the key point's
        return max(shared, _KEY_WORDS)
    return shared


def _one_in_prose(document: Document, noun_of: Callable[[Sentence, Slot], str | None],
                  noun: str) -> bool:
    """Whether the text's prose gives one figure only that ``noun_of`` says is of ``noun``:
    two would leave which one the key point states untold."""
    return sum(noun_of(s, slot) == noun for s in document.sentences
               if _is_prose(s) for slot in s.slots if not _is_key(s, slot)) == 1


def _of_what(sentence: Sentence, slot: Slot) -> str | None:
    """The root of the noun a quantity in a unit is of: "16.8 million litres of wine",
    "600 kWh of electricity" (the figure's unit is part of its token)."""
    doc = sentence.doc
    if slot.cls != QUANTITY or slot.token + 2 >= len(doc) or doc[slot.token + 1].lower_ != "of":
        return None
    word = doc[slot.token + 2]
    if not word.is_alpha or len(word.lower_) < 3 or word.norm_ in FIGURES or \
            word.lower_ in _NOT_MEASURE or not _content([word]):
        return None
    return _form(_stem(word.lower_))[:_ROOT]


def _named_by_label(sentence: Sentence, slot: Slot) -> str | None:
    """The root of the one word an amount's label is ("Garages: $21.4 million" in a box of
    figures); none for a count (``_labelled_by``), a longer label or a period's."""
    doc = sentence.doc
    at = slot.token - 2
    if slot.cls == COUNT or slot.cls not in _CLASSES or not _labelled(sentence, slot) or \
            at < 0 or (at > 0 and doc[at - 1].is_alpha):
        return None
    return _label_root(doc[at])


def _label_root(word: Token) -> str | None:
    """The root of a label's one word, where it names a measure ("Garages", "Employees")."""
    if not word.is_alpha or len(word.lower_) < 3 or word.lower_ in _NOT_MEASURE or \
            not _content([word]):
        return None
    return _form(_stem(word.lower_))[:_ROOT]


def _placed_by(sentence: Sentence, slot: Slot) -> set[str]:
    """The roots of the nouns prose places a figure by: the word right before it, over "at"
    or "of" ("meters at $18.6 million"), and the word its sentence opens on where no other
    figure of its class stands before it ("Garages were the largest source, at $21.4m")."""
    doc = sentence.doc
    out = set()
    at = slot.token - 1
    while at >= 0 and doc[at].lower_ in _HEDGE | _PLACING:
        at -= 1
    if at >= 0 and doc[at].is_alpha:
        out.add(doc[at].lower_)
    if not any(s.token < slot.token and s.cls == slot.cls for s in sentence.slots) and \
            len(doc) and doc[0].is_alpha:
        out.add(doc[0].lower_)
    return {_form(_stem(w))[:_ROOT] for w in out
            if w not in _NOT_MEASURE and w not in _STOP and len(w) >= 3}


def _labelled_by(sentence: Sentence, slot: Slot) -> str | None:
    """The root of the one word a count's label is ("Employees: 212", "Volunteers: 46"),
    the noun it counts; none where the label says more than the noun, or is a period's, or
    the count names its own noun ("Maternity: 4,210 babies" counts babies)."""
    doc = sentence.doc
    at = slot.token - 2
    if slot.cls != COUNT or not _labelled(sentence, slot) or at < 0 or \
            _counted(sentence, slot) is not None or \
            (at > 0 and doc[at - 1].is_alpha):
        return None
    return _label_root(doc[at])


def _by_period(sentence: Sentence, slot: Slot) -> bool:
    """Whether a label's value is labelled by its period alone: "August: 30,150"."""
    return _labelled(sentence, slot) and slot.token > 1 and \
        sentence.doc[slot.token - 2].lower_ in _PERIOD_NAMES


def _is_headline(sentence: Sentence) -> bool:
    text = sentence.text.strip()
    return bool(text) and not _ENDED.search(text) and not text.startswith(("|", "-", "*", "•")) \
        and len(text.split()) <= _MOST_WORDS and not _NUMBERED.match(text) and \
        sum(w.isalpha() for w in text.split()) >= _FEWEST_WORDS


def _heads_prose(headline: Sentence, document: Document) -> bool:
    """Whether sentences stand under the line, as under a headline: the first line after it
    that gives a figure ends as a sentence does (a list's next item, "Billed annually: £9.60
    per user / month", heads nothing)."""
    for later in document.sentences[headline.index + 1:headline.index + 1 + _UNDER]:
        if any(s.cls != DATE for s in later.slots):
            return bool(_SENTENCE_END.search(later.text))
    return False


def _same_period(document: Document, a: Slot, b: Slot) -> bool:
    """Periods that do not disagree: the same, or one undated (a restatement states one
    quantity for one period: a bill's year and the day it rises from are two)."""
    pa, pb = document.periods.get(a.local), document.periods.get(b.local)
    return pa is None or pb is None or pa == pb


#: the words that join a clause of its own on after a figure's
_JOINS = frozenset(("and", "while", "whereas", "but"))


def _named(sentence: Sentence, slot: Slot) -> frozenset[str]:
    """The words that name what a figure is of: its clause, back to the punctuation before
    it and on to the punctuation after it, over any other figure in between ("lifting the
    renewable share from 64.5% in 2023 to [70.1%]")."""
    start, end = _clause_span(sentence, slot)
    return _words_of(sentence.doc, start, end)


def _own_named(sentence: Sentence, slot: Slot) -> frozenset[str]:
    """The words of a figure's clause that are its own where the clause holds other amounts
    too: from the figure before it (or the clause's start) to the figure after it (or the
    clause's end). "declared a dividend of Rs 6 per share of face value Rs 2 each" names the
    dividend by the words up to "face value", and Rs 2 only by those after Rs 6: which of two
    figures of one clause a key point states again, their own words tell."""
    start, end = _clause_span(sentence, slot)
    others = [s.token for s in sentence.slots if s is not slot and s.cls in _CLASSES and
              start <= s.token < end]
    start = max([t + 1 for t in others if t < slot.token], default=start)
    end = min([t for t in others if t > slot.token], default=end)
    return _words_of(sentence.doc, start, end)


def _words_of(doc, start: int, end: int) -> frozenset[str]:
    return _roots(frozenset(w for w in _content([t for t in doc[start:end]
                                                 if t.norm_ not in FIGURES])
                            if w not in _NOT_MEASURE))


def _clause_span(sentence: Sentence, slot: Slot) -> tuple[int, int]:
    """The tokens of a figure's clause (as :func:`_named` reads it), as a start and an end."""
    doc = sentence.doc
    start = slot.token
    end = slot.token + 1
    if _labelled(sentence, slot):
        start -= 1  # a label's value is of what the label before the colon names
    elif _bracketed(sentence, slot):
        # a figure alone in brackets gives the size of what the clause around them names:
        # "one in five guest nights (262.3 thousand) was spent by a visitor"
        start, end = start - 1, end + 1
    while start > 0 and not doc[start - 1].is_punct:
        start -= 1
    if _set_off_move(doc, start, slot.token):
        # a change set off after a comma says only which way: it is the change of what the
        # clause before names ("started work on 3,418 new homes in the quarter, up 15.3%")
        start -= 1
        while start > 0 and not doc[start - 1].is_punct:
            start -= 1
    while end < len(doc) and not doc[end].is_punct:
        if doc[end].lower_ in _JOINS and any(slot.token < s.token < end
                                            for s in sentence.slots):
            # "revenue grew 7.0% to $318.4 million and underlying EBITDA reached …": past
            # its own move's figures, a clause joined on names another figure's measure
            break
        end += 1
    return start, end


def _set_off_move(doc, start: int, at: int) -> bool:
    """Whether the words from ``start`` to the figure at ``at`` are a way alone ("up",
    "down about"), after a comma: a change that names nothing of its own."""
    words = [t.lower_ for t in doc[start:at]]
    if start > 1 and doc[start - 1].text == "," and words[:1] == ["from"]:
        return True  # the ends of a move set off after it: "fell over the half, from £22.9m
        # at 31 March to £18.4m" (which end a figure is, ``_end`` tells)
    return start > 1 and doc[start - 1].text == "," and bool(words) and \
        words[0] in _MOVES and all(w in _MOVES or w in _HEDGE or w == "by" for w in words)


def _labelled(sentence: Sentence, slot: Slot) -> bool:
    """Whether the figure is a label's value: "Median wait for surgery: 142 days"; never a
    sentence's figure after a colon that lists what an amount before it splits into ("1,200
    pupils sat the test: 640 in May and 560 in June"), where the words from that amount to
    the colon run on in one clause (a box's next label starts anew: "… 21,450 Median wait
    for surgery: 142 days")."""
    doc = sentence.doc
    if slot.token == 0 or doc[slot.token - 1].text != ":":
        return False
    before = [s for s in sentence.slots if s.token < slot.token - 1 and s.cls in _CLASSES]
    # (a label may end in its own figure: "Patients waiting more than four months: 6,840")
    between = doc[before[-1].token + 1:slot.token - 1] if before else []
    runs_on = any(t.is_alpha for t in between) and not any(
        t.is_title or not (t.is_alpha or t.is_punct) for t in between)
    return not runs_on


def _bracketed(sentence: Sentence, slot: Slot) -> bool:
    doc = sentence.doc
    return 0 < slot.token < len(doc) - 1 and doc[slot.token - 1].text == "(" and \
        doc[slot.token + 1].text == ")"


def _roots(words: frozenset[str]) -> frozenset[str]:
    """Words by their first letters, so one word's forms meet ("renewables" and
    "renewable", "generated" and "generation"), a short word's "-ing" and "-ed" cut first
    ("open" and "opening")."""
    # the words of one way of moving name a move alike: "Net debt reduced to £42.7m" and "net
    # debt fell … to £42.7m"
    return frozenset(_WAYS.get(root, root) for root in (
        _form(_IRREGULAR.get(w, w))[:_ROOT] for w in words))


def _form(word: str) -> str:
    for ending in _FORMS:
        if word.endswith(ending) and len(word) - len(ending) >= _FORM_ROOT:
            return word[:-len(ending)]
    return word


#: the words that say a quantity is the whole of what it measures, each as the others do: the
#: summary's "Total waiting list: 21,450" and the prose's "the overall waiting list ... at
#: 21,450" name one measure
_WHOLE = ("total", "overall", "combined")
#: a verb's past form that its first letters do not share with its other forms: "visitors
#: spent ¥186.4 billion" and "spending by visitors of ¥186.4 billion" name one measure
_IRREGULAR = {"spent": "spend", "paid": "pay", "sold": "sell", "bought": "buy",
              "built": "build", "lent": "lend", "brought": "bring"}
#: the way each word of moving says, by its root, and each word of the whole the same root
_WAYS = {_form(_stem(w))[:_ROOT]: way for words, way in ((UP, "up"), (DOWN, "down"),
                                                        (_WHOLE, "total"))
         for w in words}


def _counted(sentence: Sentence, slot: Slot) -> str | None:
    """The noun a count written in digits names right after it, as its unit ("3,400
    trees"), by its root; none for a number in words ("three reasons": a title's, as a
    rule), nor for a word that says when ("12 Monday") or links ("90 of the")."""
    doc = sentence.doc
    if slot.cls != COUNT or not any(c.isdigit() for c in slot.text) or \
            slot.token + 1 >= len(doc):
        return None
    after = doc[slot.token + 1]
    word = after.lower_
    if not after.is_alpha or len(word) < 3 or word in _NOT_MEASURE or \
            not _content([after]):
        return None
    return _form(_stem(word))[:_ROOT]


def _role(sentence: Sentence, slot: Slot) -> str | None:
    """What a percent says of its clause: "level" where it is what a quantity moved to or
    from, or a share of something ("fell to 1.08% from 1.31%", "70.1% of electricity");
    "change" where the clause moves something by it ("EBITDA rose 7.4%", "lift Q3 EBITDA
    7.4%", "by 3%", "a 3% rise"); None where the words say neither."""
    if slot.cls != PERCENT:
        return None
    doc = sentence.doc
    at = slot.token - 1
    while at >= 0 and doc[at].lower_ in _HEDGE:
        at -= 1
    before = doc[at].lower_ if at >= 0 else ""
    after = doc[slot.token + 1].lower_ if slot.token + 1 < len(doc) else ""
    if before in _LEVEL_BEFORE or after in _LEVEL_AFTER:
        return "level"
    if before == "by" or after in _MOVES:
        return "change"
    start = slot.token
    while start > 0 and not doc[start - 1].is_punct:
        start -= 1
    return "change" if any(t.lower_ in _MOVES for t in doc[start:slot.token]) else None


def _end(sentence: Sentence, slot: Slot) -> str | None:
    """Which part of a move a figure is, by the word before it: "to" the level reached,
    "from" the level left, "by" the amount moved ("fell by £8.6m, from £51.3m to £42.7m")."""
    doc = sentence.doc
    at = slot.token - 1
    while at >= 0 and doc[at].lower_ in _HEDGE:
        at -= 1
    word = doc[at].lower_ if at >= 0 else ""
    return word if word in _ENDS else None


def _ends_agree(a: Sentence, sa: Slot, b: Sentence, sb: Slot) -> bool:
    """A level a move reached, the level it left and the amount it moved by are three
    quantities, though one clause names them alike ("Net debt reduced to £42.7m" restates
    the "to £42.7m" of "net debt fell by £8.6m, from £51.3m to £42.7m", not its "from" nor
    its "by")."""
    ea, eb = _end(a, sa), _end(b, sb)
    return ea is None or eb is None or ea == eb


def _roles_agree(a: Sentence, sa: Slot, b: Sentence, sb: Slot) -> bool:
    """A percent that moved something and one something moved to are two quantities, though
    the words around them are alike ("EBITDA rose 7.4%" is no restatement of "churn fell to
    1.08%")."""
    roles = {_role(a, sa), _role(b, sb)}
    return roles != {"level", "change"}


def _restated_in(headline: Sentence, document: Document, head: Slot) -> Slot | None:
    """The figure of the paragraph under ``headline`` that ``head`` says in brief: of its
    unit and period, the one whose clause names most of the headline's words, where no
    other names as many."""
    at = headline.text.find(head.text)
    counted = _counted(headline, head)
    if head.cls not in _CLASSES or not (_UNIT_WRITTEN.search(head.text) or counted) or \
            headline.text[:max(at, 0)].rstrip().endswith(":") or \
            sum(s.cls == head.cls and s.unit == head.unit for s in headline.slots) != 1:
        # two of one unit in a headline: which is which its words do not say; a label's
        # value ("Use of reserves: £6.7 million") is a list's line, not a headline's
        return None
    under = []
    for later in document.sentences[headline.index + 1:headline.index + 1 + _UNDER]:
        if _is_headline(later) and any(s.cls != DATE for s in later.slots):
            break  # another headline: this one's paragraph has ended; a line of dates only
            # is a byline or a dateline ("By A. Writer, Tuesday 4 March 2025"), over the text
        under.append(later)
    said = _best_named(headline, document, head, under, 1)
    if said is None and _is_title(headline, document):
        # a title gives in brief what the whole text tells, so its figure may come again
        # in any section, under a heading of its own ("Marathon raises $3.1 million" …
        # "Charity runners raised $3.1 million" under "Charity total"); over so many
        # sentences one shared word is chance, so the words must name it twice over
        said = _best_named(headline, document, head,
                           [s for s in document.sentences[headline.index + 1:]
                            if not _is_headline(s)], _TITLE_WORDS)
    return said


def _measured(shared: frozenset[str], head: Slot) -> int:
    """How many words a headline and a clause share, none where all a percent's share is a
    way of moving ("jump" and "climbed" both say "up"; an amount "raised" is what the
    verb says it is, a percent's move says only which way)."""
    return len(shared) if shared - {"up", "down"} or head.cls not in (PERCENT, POINTS) \
        else 0


def _is_title(headline: Sentence, document: Document) -> bool:
    """Whether a headline is the text's title: no line before it gives a figure but a date
    (a masthead's name and its dateline stand over a title)."""
    return not any(s.cls != DATE for earlier in document.sentences[:headline.index]
                   for s in earlier.slots)


def _best_named(headline: Sentence, document: Document, head: Slot, sentences: list[Sentence],
                fewest: int) -> Slot | None:
    """The figure of ``sentences`` of ``head``'s unit and period whose clause names most of
    the headline's words, at least ``fewest`` of them, where no other names as many."""
    counted = _counted(headline, head)
    # a bare count says what it is of by the noun after it: the paragraph's figure is
    # one that counts the same ("3,400 trees" … "will plant 3,400 trees"), never
    # another count its words share a word with ("640 children" … "640 appointments at
    # the children's clinic")
    # a way of moving alone says which way, not what moved: "31% jump in profit" is no
    # "EBITDA climbed 24.5%", so a move's word counts only beside a word of the measure
    ranked = [(_measured(_roots(headline.words) & _named(later, s), head), s)
              for later in sentences
              for s in later.slots
              if s.cls == head.cls and s.unit == head.unit and
              not s.local.startswith("f-t") and _same_period(document, head, s) and
              _roles_agree(headline, head, later, s) and
              (_UNIT_WRITTEN.search(head.text) or _counted(later, s) == counted)]
    ranked.sort(key=lambda x: -x[0])
    if not ranked or ranked[0][0] < fewest or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
        return None  # the words name none of them, or several alike
    return ranked[0][1]
