"""Comparisons the text states without a figure for the gap: "18,200 customers, up from
15,100", "14 percent, down from 17 percent", "3.5%, compared with only 1.2%", "produced more
than coal plants: 31.7 TWh against 31.2 TWh", "beat the previous record of 26.8 million".

A comparison is only read where the words say which value is the larger: ordering two
figures by their values would make it pass by construction and hide the slip it checks.
Never between figures of different units, nor between a value and a gap ("6 days fewer
than the 47 days": 6 is the difference, not a value compared).
"""

from __future__ import annotations

import re

from kg.authoring.suggest.kinds.cues import (COMPARATIVES, EVALUATIVE, bases, clause_between,
                                             direction, is_gap, names_a_set,
                                             opens_on_antecedent, refers_back)
from kg.authoring.suggest.kinds.portions import (is_base, is_change, name, resolve, row_label,
                                                 stem, table_rows)
from kg.authoring.suggest.suggestion import Suggestion, make
from kg.authoring.suggest.text import (AMOUNTS, COUNT, DURATIONS, FACTOR, FIGURES, FRACTION,
                                       PERCENT, POINTS, YEAR, Document, Patterns, Sentence, Slot,
                                       figure, gap, words)

_VALUES = AMOUNTS + (PERCENT,)
#: verbs that say their subject is the larger: "the total beat the previous record of …"
BEAT = ("beat", "beats", "exceeded", "exceeds", "exceed", "surpassed", "surpasses", "topped",
        "tops", "overtook", "overtakes", "outstripped", "outstrips", "outpaced", "outpaces",
        "eclipsed", "outnumbered", "outnumber", "outsold", "bettered", "beating", "exceeding",
        "surpassing", "topping", "overtaking", "outstripping", "eclipsing", "outpacing",
        "outnumbering", "outselling", "outperformed", "outperforms", "outperforming")
#: verbs that say their subject is the lesser: "fell short of the 5,000 target"
UNDER = ("trailed", "trails", "trailing", "lagged", "lags", "lagging", "undershot")
#: nouns of a bound a value is said to keep within or pass: "inside the league's 80% cap"
LIMITS = ("cap", "limit", "ceiling", "target", "threshold", "maximum", "minimum", "floor",
          "benchmark", "goal", "mark", "barrier", "milestone",
          # a reference level a value is set above or below: "above the ten-year average of
          # 4.2 tonnes", "below the regional median of 31%", "short of the 2030 ambition"
          "average", "median", "norm", "ambition", "aim", "objective", "standard", "guideline",
          "requirement",
          # a lender's bound on a ratio: "within its banking covenant of 3.0x"
          "covenant")
#: words between a bound's "of" and its figure that restate its side: "the group's target of
#: below 3.5x", "a ceiling of under 2%"
_BOUND_SIDE = ("below", "under", "above", "over", "at", "most", "least", "no", "more", "less",
               "than")
#: words that set a value below (or within) such a bound, and those that set it above
_WITHIN = ("within", "inside", "under", "below")
_BEYOND = ("above", "over", "beyond", "exceeding", "crossed", "crosses", "passed", "passes",
           "broke", "breaks", "breached", "cleared")
#: superlatives whose figure a "followed by" list ranks the next after: "the largest item at
#: $412 million, followed by transit at $298 million"
TOP = ("largest", "biggest", "highest", "greatest", "most", "busiest", "costliest", "heaviest",
       "longest", "strongest", "leading", "top")
BOTTOM = ("smallest", "lowest", "least", "fewest", "cheapest", "shortest", "weakest",
          "lightest", "quietest")
#: verbs that place a runner-up second, after a superlative: "came second with 640"
_RUNNER_UP = ("came", "comes", "was", "is", "were", "are", "ranked", "ranks", "finished",
              "placed")
#: the words right before a superlative that make it a rank: "the busiest", "its lowest"
_RANKING = ("the", "its", "our", "their", "his", "her")
#: punctuation that ends the words naming a bound
_BREAKS = (",", ".", ";", ":", "(", ")", "-", "–", "—")
#: what a range may bound: amounts, percents, plain ratios ("odds ratio 0.61") and points
#: ("a difference of 4.2 percentage points (95% CI 1.9 to 6.5)": the ends in its unit)
_RANGED = _VALUES + (FRACTION, POINTS)
#: words before a range that make it a band naming a group: "aged 6 to 8 years"
_BAND = ("aged", "age", "ages", "grade", "grades", "scale", "sizes", "size")
#: nouns naming what a band of amounts sorts, right before its "between": "income between
#: £12,000 and £45,000 is taxed at 20%", "households earning between …" (never "income of
#: between …", the amount said)
_BANDED = ("income", "incomes", "earnings", "salary", "salaries", "wages", "earning",
           "rents", "turnover")
#: nouns a range before them names one of: "the 18 to 52 weeks band", "the £20,000 to
#: £30,000 bracket", "the 25 to 34 age group"
_BANDS = ("band", "bands", "bracket", "brackets", "group", "groups", "category",
          "categories", "tier", "tiers", "class", "classes", "cohort", "cohorts")
#: the words that name an interval around an estimate: "(95% CI 0.38 to 0.91)"
_INTERVAL = ("ci", "interval", "range", "cri")
#: comparatives that say which of two bracketed sides is larger, and which way
_BRACKETED = {w: "Increase" for w in ("more", "higher", "larger", "greater", "bigger",
                                      "longer", "dearer", "heavier", "older")} | \
             {w: "Decrease" for w in ("less", "fewer", "lower", "smaller", "shorter",
                                      "cheaper", "lighter", "younger")}
#: the words naming one side: no figure but a bare number ("patients aged 65-79"), no
#: bracket, "than" or end of a clause among them
_NAMING = {"NORM": {"NOT_IN": [f for f in FIGURES if f != COUNT]},
           "LOWER": {"NOT_IN": ["(", ")", "than", ".", ";", ":", ","]}, "OP": "{0,8}"}
PATTERNS = Patterns({
    "verb": [
        [words(*BEAT, *UNDER), gap(6), figure(*_VALUES, role="other")],
        [words("fell", "falls", "fall", "came", "comes"), words("short"), words("of"), gap(6),
         figure(*_VALUES, role="other")],
        # "puts the district ahead of the county average of 44.1%"
        [words("ahead", "behind"), words("of"), gap(6), figure(*_VALUES, role="other")],
        # "well ahead of buses (3.1 million)": the other side's figure in brackets
        [words("ahead", "behind"), words("of"), gap(6), words("("),
         figure(*_VALUES, role="other"), words(")")],
    ],
    # the same, their subject in this sentence (or the one "It is …" points back to)
    "bound": [
        # "short of the national target of 65%" (with or without "fell")
        [words("short"), words("of"), gap(6), figure(*_VALUES, role="other")],
        # "comfortably inside the league's 80% cap", "above the 2% target": a bound
        # (a multiple may be bounded too: "leverage of 1.1 times, inside the 2.0 times cap")
        [words(*_WITHIN, *_BEYOND), gap(4), figure(*_VALUES, FACTOR, role="other"),
         words(*LIMITS)],
        # "above the trustees' target of £0.9m": the bound named before its figure
        # (an owner's apostrophe may stand alone: "the trustees' target")
        [words(*_WITHIN, *_BEYOND),
         {"NORM": {"NOT_IN": list(FIGURES)}, "TEXT": {"NOT_IN": list(_BREAKS)}, "OP": "{0,4}"},
         words(*LIMITS), words("of"),
         {"LOWER": {"IN": list(_BOUND_SIDE)}, "OP": "{0,3}"},
         figure(*_VALUES, FACTOR, role="other")],
        # "trailed Chilled, whose sales rose 5.7%": the other side in a clause on its name
        [words(*BEAT, *UNDER), gap(3), words(","), words("whose", "which", "where"), gap(4),
         figure(*_VALUES, role="other")],
    ],
    # "revenue of $2.50 billion to $2.56 billion", "between 6.2 and 9.4 percent": a range
    # states its upper end is the larger
    "range": [
        [figure(*_RANGED, role="low"), words("to"), figure(*_RANGED, role="high")],
        [words("between"), figure(*_RANGED, role="low"), words("and"),
         figure(*_RANGED, role="high")],
    ],
    "followed": [[words("followed", "trailed"), words("by"), gap(8),
                  figure(*_VALUES, role="next")],
                 # "…; the week after came second with 640", "Caddon was second with
                 # £15.60": a runner-up named after the superlative's own figure
                 [words(*_RUNNER_UP), words("second"), words("with", "at", "on"),
                  figure(*_VALUES, role="next")]],
    # "turnout was higher in rural wards (64.2%) than in the city (51.7%)": each side's
    # figure in brackets after its name, the comparative before both
    "than-brackets": [[words(*_BRACKETED), _NAMING, words("("),
                       figure(*_VALUES, POINTS, role="first"), words(")"), words("than"),
                       _NAMING, words("("), figure(*_VALUES, POINTS, role="second"),
                       words(")")]],
})
#: comparative words of a "more … than …" frame and which side they make larger
_FRAME = {w: "Increase" for w in ("more", "higher", "larger", "greater", "bigger", "longer",
                                  "above", "ahead")} | \
         {w: "Decrease" for w in ("less", "fewer", "lower", "smaller", "shorter", "below",
                                  "behind")}


#: units of a span of time a follow-up is counted in ("at 12 months", "after 2 years")
_SPANS = {"DAY", "WEEK", "WK", "MONTH", "MO", "YEAR", "YR"}


def _time_point(sentence: Sentence, slot: Slot) -> bool:
    """A span of time written right after "at" ("the effect at 3 months", "than at 12
    months"): the point in a follow-up something was measured at, never a value compared."""
    return slot.unit in _SPANS and slot.token > 0 and \
        sentence.doc[slot.token - 1].lower_ == "at"


#: a minus sign written right before a figure: "-0.43", "−2.5 kg", "(-1.6"
_MINUS = re.compile(r"(?:^|[\s(\[:;,])[-\u2212]\s?$")


def _unsigned_negative(sentence: Sentence, slot: Slot) -> bool:
    """A figure written below zero ("-0.43") whose value is its size (0.43): its order
    against another figure is not its value's."""
    if slot.value is None or slot.value <= 0:
        return False
    if any(text.lstrip("(").startswith(("-", "\u2212"))
           for text in (slot.text, sentence.doc[slot.token].text)):
        return True
    at = sentence.doc[slot.token].idx
    return _MINUS.search(sentence.doc.text[max(0, at - 3):at]) is not None


def find(sentence: Sentence, document: Document, taken: list[Suggestion]) -> list[Suggestion]:
    explained = [s.figures for s in taken]
    out: list[Suggestion] = []

    def add(greater: Slot, lesser: Slot, evidence: str, across: bool = False,
            worded: bool = False) -> None:
        """``worded``: a verb or bound says which side is larger ("ahead of", "short of"):
        a comparison the text states, even where a gap between the two is also given."""
        pair = frozenset({greater.local, lesser.local})
        if any(_time_point(document.sentences[s.sentence], s) for s in (greater, lesser)):
            return  # "the effect at 3 months was larger than at 12 months": when, not what
        if _unsigned_negative(document.sentences[greater.sentence], greater):
            return  # "a difference of -0.43 (95% CI -0.61 to -0.25)": a figure written
            # below zero whose value keeps only its size is ordered by its size, the
            # other way round from the order the words give (a side above zero is larger
            # than one below whatever their sizes: "1.7 (95% CI -1.2 to 4.6)" keeps 1.7 > -1.2)
        if greater.sentence == lesser.sentence == sentence.index and \
                _gap_said(sentence, greater, lesser):
            return  # the words state the change (or a band's width) itself: no second relation
        if greater.unit != lesser.unit or any(pair <= used for used in explained) and not (
                worded and not any(pair <= s.figures for s in out)):
            return
        explained.append(pair)
        out.append(make("ComparisonRelation", sentence.claim,
                        {"greater": greater, "lesser": lesser}, evidence,
                        f"{greater.text} > {lesser.text}", across=across))

    for low, high, estimate, evidence in ranges(sentence):
        middle = _midpoint(sentence, document, low) if estimate is None else None
        if middle is not None:
            # "between £40m and £46m. At the midpoint, £43m, …": the ends bracket the
            # midpoint the words name, which the checks of both ends then test
            add(middle, low, evidence, across=middle.sentence != sentence.index)
            add(high, middle, evidence, across=middle.sentence != sentence.index)
        elif estimate is None:
            add(high, low, evidence)
        else:
            # an estimate and its interval: the interval's ends bracket the estimate
            add(estimate, low, evidence)
            add(high, estimate, evidence)
    for m in PATTERNS(sentence):
        if m.name == "followed":
            ranked = _ranked(sentence, m)
            if ranked is not None:
                # the rank is worded ("the largest …, followed by"): a sum of the same list
                # adds the figures up, and never says which is larger
                add(*ranked, m.evidence, worded=True)
            continue
        if m.name == "than-brackets":
            first, second = m.roles["first"], m.roles["second"]
            if not is_gap(sentence, first) and not is_gap(sentence, second):
                up = _BRACKETED[sentence.doc[m.start].lower_] == "Increase"
                add(*((first, second) if up else (second, first)), m.evidence, worded=True)
            continue
        if m.name not in ("verb", "bound"):
            continue
        other = m.roles["other"]
        if _gap_before(sentence, m.start):
            continue  # "3.8 points short of the 75% goal": the gap's own relation orders them
        if sentence.doc[m.start + 1:m.start + 3].text.lower() in (
                "every other", "any other", "all other", "each other"):
            continue  # "trails every other line at 53%": the figure is its subject's own
        if is_gap(sentence, other) or sentence.doc[max(0, other.token - 1)].lower_ == "by":
            continue  # "income exceeded spending by £250,000": the gap, not the other side
        # "up from 43.8% …, and puts the district ahead of …": a baseline is no subject
        # "…, ahead of the west (640) but behind the south (910)": another verb's other side,
        # or a figure in brackets (an aside on another noun), is no subject
        others = {x.roles["other"].local for x in PATTERNS(sentence)
                  if x.name in ("verb", "bound")}
        # "fell to 70.2% from 76.1%, an improvement of 5.9% and inside the 80% cap": a
        # change is no side of a level's comparison (it may be of another change's)
        changed = is_change(sentence, other)
        subject = [s for s in sentence.slots if s.unit == other.unit
                   and (s.cls in _VALUES or s.cls == FACTOR == other.cls)
                   and s.token < m.start and not is_gap(sentence, s)
                   and not names_a_set(sentence, s) and not _whole_counted(sentence, s)
                   and not is_base(sentence, s) and s.local not in others
                   and (changed or not is_change(sentence, s))
                   and sentence.doc[max(0, s.token - 1)].text != "("]
        if subject:
            subject = subject[-1]
        elif m.name == "bound" and not opens_on_antecedent(sentence):
            continue  # "Under the 40% target, councils must …": no subject is said
        else:
            # "The total beat the previous record of 26.8 million": what "the total" is, the
            # sentence before says (a guess across sentences, so proposed)
            subject = document.antecedent(
                sentence, other.unit, back=1,
                need=lambda s: s.local != other.local
                and not is_base(document.sentences[s.sentence], s))
            if subject is None:
                continue
        if subject.sentence == sentence.index and _each_of_which(sentence, subject.token,
                                                                  m.start):
            continue  # "94 other countries, none of which exceeded 120 cases": the verb is
            # said of each of the things counted, never of their count
        lesser_said = sentence.doc[m.start].lower_ not in BEAT + ("ahead",) + _BEYOND
        if negated(sentence, m.start):
            # "did not exceed the £5 million budget", "failed to beat the record of 44%",
            # "is no longer above the 3% limit": the words deny the order the verb states
            lesser_said = not lesser_said
        greater, lesser = (other, subject) if lesser_said else (subject, other)
        # "The total beat …" names the figure it takes from the sentence before
        add(greater, lesser, m.evidence,
            across=subject.sentence != sentence.index and opens_on_antecedent(sentence),
            worded=subject.sentence == sentence.index)
    for greater, lesser, evidence in _than_named(sentence, document):
        add(greater, lesser, evidence, across=True)
    for greater, lesser, evidence in _times_over(sentence):
        # (where a multiple of the two is read, "over twice" as a hedged factor, it states
        # their order and is checked: no second, weaker claim)
        add(greater, lesser, evidence)
    for greater, lesser, evidence in _faster(sentence, document):
        add(greater, lesser, evidence, across=greater.sentence != lesser.sentence,
            worded=True)
    for greater, lesser, evidence in _moved_from_to(sentence, document):
        add(greater, lesser, evidence)
    for greater, lesser, evidence in _row_moved(sentence, document):
        add(greater, lesser, evidence, across=True, worded=True)
    for m in bases(sentence):
        base = m.roles["base"]
        # "That is up from 64.3%, … and is higher than the national 65.1%": a baseline is
        # what something changed from, never the side of another comparison
        earlier = [s for s in sentence.slots if s.unit == base.unit and s.token < base.token
                   and s.cls in _VALUES and not is_base(sentence, s)
                   and not names_a_set(sentence, s) and not _whole_counted(sentence, s)]
        if not earlier:
            said_before = _referred(sentence, document, m, base)
            if said_before is not None:
                add(*said_before, m.evidence, across=True, worded=True)
            continue
        other = earlier[-1]
        if is_gap(sentence, other) or is_gap(sentence, base):
            continue  # "6 days fewer than the 47 days": a gap and a value are not compared
        if other.token and sentence.doc[other.token - 1].lower_ == "by" and \
                is_change(sentence, other) and not is_change(sentence, base):
            continue  # "stock was cut by £4.1 million, helping cash rise from £14.2
            # million": the amount of a move is no level a baseline is set against
        if _measured(sentence, other.token, m.start):
            continue
        if _counts_other_things(sentence, other, base):
            continue  # "3,200 species raised from 9,800 seed lots": two things counted
        if sentence.doc[m.start].lower_ in _STARTED and \
                _change_follows(sentence, document, other, base):
            continue  # "… down from 640. That 52 is a fall of 8.1%": the change is said
        if clause_between(sentence, other.token, base.token) or _reaches(sentence, base) or \
                _subordinate(sentence, other.token, base.token):
            # "the highest, at $397,100; spending then falls from $96,500 to $61,300": the
            # baseline is another clause's, the start of its own "from … to …"
            continue
        said_by = next((t for t in sentence.doc[other.token + 1:m.start + 1]
                        if direction(t.text) and not _has_own_than(sentence, t.i, m.start)),
                       None)
        said = None if said_by is None else direction(said_by.text)
        if said is not None and negated(sentence, said_by.i):
            # "41%, not higher than the 44% of 2019", "never above the 3% of the year
            # before": the words deny the order the comparative states
            said = "Decrease" if said == "Increase" else "Increase"
        if said is None and base.text.lower().startswith(("only ", "just ", "a mere ")):
            said = "Increase"  # "compared with only 2.1%": the words make the base the lesser
        worded = False
        if said is None:
            said = _frame(sentence, other)
            worded = said is not None
        if said is None and other.token >= 2 and sentence.doc[other.token - 1].lower_ == "to":
            # "the trade deficit widened to €216.1 million from €135.4 million": the verb
            # that reached the level says which way it went from the baseline
            said = direction(sentence.doc[other.token - 2].text)
        if said is None:
            # the words do not say which is larger: ordering the two by their values would
            # make the comparison pass by construction and hide the very slip it checks
            continue
        greater, lesser = (other, base) if said == "Increase" else (base, other)
        add(greater, lesser, m.evidence, worded=worded)
    return out


#: words after a count that say when or how much, never what it counts
_NOT_COUNTED = {"a", "an", "the", "in", "for", "on", "at", "during", "over", "this", "last",
                "and", "or", "by", "from", "to", "with", "which", "who", "while", "whereas",
                "per", "each", "more", "less", "fewer", "earlier", "before", "ago", "year",
                "years", "month", "months", "week", "weeks", "day", "days", "quarter",
                "previously", "then", "now", "so", "as", "than", "of", "were", "was", "are",
                "is", "had", "have", "has"}


#: words that open another subject's clause, whose figure measures something else
_ELSEWHERE = (";", "while", "whereas", "but", "although", "though")
#: the words that make a figure what a change started from ("fell to 4.1% from 4.6%", "up
#: by a quarter on the 41,000"), not the other side of two things compared ("against",
#: "versus", "compared with", "than")
_STARTED = ("from", "on", "over")


def _gap_said(sentence: Sentence, a: Slot, b: Slot) -> bool:
    """Whether the words also state the change between two figures they order, or the
    width of a band they bound: "fell to 4.1% from 4.6% - a drop of half a point", "51,300,
    up by a quarter on the 41,000", "the £20,000 between £5,000 and £25,000". That is the
    one relation the text states (a change, a difference); an ordering beside it is no
    second claim. The gap of two things compared ("4,200 trips against 3,100, a difference
    of 1,100", "short of the 65% target by 3.6 points") leaves their comparison: it is said."""
    doc = sentence.doc
    first, last = sorted((a.token, b.token))
    started = any(m.roles.get("base") in (a, b) and doc[m.start].lower_ in _STARTED
                  for m in bases(sentence))
    # a change of a percent is in points or relative; of an amount, relative or in its unit
    measures = (POINTS, PERCENT, FRACTION) if a.cls == PERCENT else (PERCENT, FRACTION)
    for s in sentence.slots:
        if s.local in (a.local, b.local) or not (s.cls in measures or s.unit == a.unit):
            continue
        if s.token < first:
            # "the £20,000 between £5,000 and £25,000": the width of the band named after it
            if s.unit == a.unit and doc[s.token + 1:s.token + 2].text.lower() == "between" \
                    and not any(t.norm_ in FIGURES for t in doc[s.token + 2:first]):
                return True
            continue
        if not started:
            continue
        between = doc[last + 1:s.token] if s.token > last else doc[first + 1:s.token]
        if len(between) > 12 or any(t.lower_ in _ELSEWHERE for t in between) or any(
                o.unit == a.unit and o.local not in (a.local, b.local)
                and min(first, s.token) < o.token < max(last, s.token)
                for o in sentence.slots):
            continue
        if is_change(sentence, s) or _named_change(sentence, s):
            return True
    return False


#: nouns of a move whose size "of" gives, beside those :func:`is_change` knows: "fell to
#: £38m from £71m, a saving of 46%", "a climb of 12%"
_MOVE_NOUNS = ("saving", "savings", "climb", "slide", "dip", "surge", "uplift", "hike",
               "slump", "plunge", "rebound", "advance", "expansion", "contraction", "shrinkage",
               "downturn", "upturn", "slowdown", "retreat", "boost", "swing", "increase",
               "decrease", "rise", "fall", "gain", "drop", "decline", "growth", "reduction",
               "jump", "loss", "cut", "improvement", "change", "difference", "deterioration")


def _named_change(sentence: Sentence, slot: Slot) -> bool:
    """Whether a figure is the size of a move a noun names: "a saving of 45.8%", "a climb of
    12 per cent" (the noun right before its "of")."""
    doc = sentence.doc
    if slot.token < 2 or doc[slot.token - 1].lower_ != "of":
        return False
    noun = doc[slot.token - 2].lower_
    # "an average annual rate of 16.4%", "a yearly growth rate of 3%": the pace of a move
    return noun in _MOVE_NOUNS or noun == "rate" and any(
        t.lower_ in _PACE for t in doc[max(0, slot.token - 5):slot.token - 2])


#: words that make a "rate" the pace of a move
_PACE = ("annual", "annualised", "annualized", "yearly", "growth", "compound")


#: words that open a sentence on the move the sentence before stated: "That is a fall of
#: 8.1%", "This 52 amounts to …", "The rise, 6.1%, …"
_BACK_TO_MOVE = ("that", "this")
#: verbs after that opening word which say what the move came to
_STATES = ("is", "was", "are", "were", "'s", "amounts", "amounted", "represents",
           "represented", "means", "meant", "marks", "marked", "equals", "equalled", "equates",
           "works")
#: what ends the first clause of that sentence
_FIRST_CLAUSE_ENDS = (";", ":", "while", "whereas", "but", "although", "though")


def _change_follows(sentence: Sentence, document: Document, a: Slot, b: Slot) -> bool:
    """Whether the sentence after a move "from" a baseline opens on that move and states
    its size: "Members numbered 588, down from 640. That 52 is a fall of 8.1%", "… up from
    £2.1m. The rise of 14% came from …". The change is the one relation the text states of
    the two (and is checked with its figure); an ordering beside it is no second claim."""
    if sentence.index + 1 >= len(document.sentences):
        return False
    after = document.sentences[sentence.index + 1]
    doc = after.doc
    if len(doc) < 3:
        return False
    # "That is …", "This amounts to …", "That 52 …", "The rise …" (never "This year …")
    opens = doc[0].lower_ in _BACK_TO_MOVE and (
        doc[1].lower_ in _STATES or doc[1].lower_ in _MOVE_NOUNS
        or after.by_token.get(1) is not None) or (
        doc[0].lower_ == "the" and doc[1].lower_ in _MOVE_NOUNS)
    if not opens:
        return False
    end = next((t.i for t in doc if t.lower_ in _FIRST_CLAUSE_ENDS), len(doc))
    measures = (POINTS, PERCENT, FRACTION) if a.cls == PERCENT else (PERCENT, FRACTION)
    moves = [s for s in after.slots if s.token < end and (s.cls in measures or s.unit == a.unit)
             and (is_change(after, s) or _named_change(after, s))]
    if not moves:
        return False
    # no other level of the pair's unit before it (bar the figure the sentence opens on,
    # "That 52": the gap itself)
    return not any(s.unit == a.unit and s.token < moves[0].token and s.token != 1
                   and s not in moves for s in after.slots)


#: words after a count that are no noun of what it counts
_NOT_COUNTED = {"a", "an", "the", "in", "on", "at", "of", "for", "from", "to", "and", "or",
                "by", "with", "per", "this", "that", "last", "each", "every", "year", "years",
                "earlier", "before", "ago", "previously", "prior", "more", "fewer", "less",
                "than", "were", "was", "are", "is", "had", "have", "over", "under", "across",
                "since", "between", "among", "into", "out", "up", "down", "now", "then",
                "previous", "season", "month", "months", "quarter", "week", "weeks", "day",
                "days", "time", "times", "who", "which", "that", "it", "they", "we"}


def _counts_other_things(sentence: Sentence, a: Slot, b: Slot, before: int | None = None
                         ) -> bool:
    """Whether two counts each name what they count, and name different things: "4,500
    taxa grown from 10,500 accessions", "312 staff from 40 countries" (two measures: no
    order of one quantity). ``before``: the token the first count's words end before (the
    verb that compares it)."""
    if a.cls != COUNT or b.cls != COUNT:
        return False
    named = [_counted_words(sentence, a, before), _counted_words(sentence, b)]
    return all(named) and not named[0] & named[1]


def _counted_words(sentence: Sentence, slot: Slot, before: int | None = None) -> set[str]:
    """The stems of the words right after a count, up to three (and before token
    ``before``), that say what it counts ("412 new homes", "376 homes")."""
    words = set()
    end = slot.token + 4 if before is None else min(slot.token + 4, before)
    for token in sentence.doc[slot.token + 1:end]:
        if not token.is_alpha or token.lower_ in _NOT_COUNTED:
            break
        words.add(stem(token.text))
    return words


#: the words between a count and the whole it is counted out of: "9 of the 12 sites"
_OUT_OF = (("of",), ("of", "the"), ("of", "its"), ("of", "our"), ("of", "their"))


def _whole_counted(sentence: Sentence, slot: Slot) -> bool:
    """Whether a figure is the whole another of its unit is counted out of: the 12 of "9
    of the 12 sites now recycle, up from 5" (what rose is the 9; the 12 names the set)."""
    doc = sentence.doc
    for words in _OUT_OF:
        at = slot.token - len(words)
        if at < 1 or tuple(t.lower_ for t in doc[at:slot.token]) != words:
            continue
        counted = sentence.by_token.get(at - 1)
        if counted is not None and counted.unit == slot.unit and counted.cls == slot.cls:
            return True
    return False


#: words that open a clause of its own: "Because many get more than one kind of help, …"
_SUBORDINATORS = ("because", "although", "though", "as", "since", "if", "when", "while",
                  "whereas", "unless", "after", "before")


def _subordinate(sentence: Sentence, a: int, b: int) -> bool:
    """Whether tokens ``a`` and ``b`` stand in different clauses of a subordinate clause and
    its main one: "Because many households get more than one kind of help, the totals add up
    to more than 85,000" ("one" is no side of the comparison), or ", because …" between."""
    doc = sentence.doc
    if doc[0].lower_ in _SUBORDINATORS:
        comma = next((t.i for t in doc if t.text == ","), None)
        if comma is not None and a < comma < b:
            return True
    return any(t.lower_ in _SUBORDINATORS and doc[t.i - 1].text == ","
               for t in doc[a + 1:b] if t.i > 0)


def _reaches(sentence: Sentence, base: Slot) -> bool:
    """Whether a baseline runs "to" a figure of its unit right after it ("from $96,500 in
    2025 to $61,300"): the two ends of one change, not a comparison with a figure before."""
    for token in sentence.doc[base.token + 1:base.token + 5]:
        if token.lower_ == "to":
            after = sentence.by_token.get(token.i + 1)
            return after is not None and after.unit == base.unit
        if token.norm_ in FIGURES or token.is_punct:
            return False
    return False


#: "slightly more than the budget", "well below the forecast": a comparative and "than",
#: hedged or not, then the thing compared named with no figure of its own
_HEDGE = ("slightly", "well", "far", "much", "a", "little", "bit", "just", "somewhat", "still",
          "even", "considerably", "significantly", "marginally")
_THAN = {w: "Increase" for w in ("more", "higher", "larger", "greater", "bigger", "above")} | \
        {w: "Decrease" for w in ("less", "lower", "smaller", "fewer", "below")}


def _than_named(sentence: Sentence, document: Document) -> list[tuple[Slot, Slot, str]]:
    """(greater, lesser, words) of "Pledges total $7.40 million, slightly more than the
    budget": the figure right before the comparative against the one of its unit an earlier
    sentence names with the noun after "than" ("a $7.0 million response budget")."""
    doc = sentence.doc
    out = []
    for slot in sentence.slots:
        if slot.cls not in _VALUES or is_gap(sentence, slot) or is_change(sentence, slot):
            continue
        at = slot.token + 1
        if at < len(doc) and doc[at].text == ",":
            at += 1
        while at < len(doc) and (doc[at].lower_ in _HEDGE or doc[at].lower_.endswith("ly")
                                 and doc[at].is_alpha):
            at += 1  # "slightly", "comfortably", "a little"
        if at + 2 >= len(doc) or doc[at].lower_ not in _THAN or doc[at + 1].lower_ != "than" \
                or doc[at + 2].lower_ not in ("the", "its", "their", "our", "this", "that"):
            continue
        noun = []
        for token in doc[at + 3:at + 6]:
            if not token.is_alpha:
                break
            noun.append(token)
        end = at + 3 + len(noun)
        if not noun or end < len(doc) and not doc[end].is_punct:
            continue  # "more than the 2,000 expected", "than the budget set in May"
        hint = [t.text for t in noun]
        other = resolve(sentence, document, slot, before=0, hint=hint, same_sentence=False,
                        larger=False, named=True, back=4)
        if other is None or stem(hint[-1]) not in name(document.sentences[other.sentence],
                                                       other):
            continue
        said = _THAN[doc[at].lower_]
        pair = (slot, other) if said == "Increase" else (other, slot)
        out.append((*pair, doc[slot.token:end].text))
    return out


def _referred(sentence: Sentence, document: Document, m, base: Slot
              ) -> tuple[Slot, Slot] | None:
    """(greater, lesser) of "67.9% of pupils passed. That is up from 64.3%, and is higher
    than the national figure of 65.1%": a sentence opening on "That is" (or "It is") whose
    comparative and "than" set the figure the sentence before gave against the one after
    "than"; the words name it, so the one of its unit there (a baseline there or here is
    never the side)."""
    doc = sentence.doc
    if not refers_back(sentence) or doc[m.start].lower_ != "than" or is_gap(sentence, base):
        return None
    at = m.start - 1
    while at > 0 and (doc[at].lower_ in _HEDGE or doc[at].lower_.endswith("ly")):
        at -= 1  # "is slightly higher than", "is still well above"
    said = _THAN.get(doc[at].lower_)
    if said is None or any(s.unit == base.unit and s.token < m.start and s.cls in _VALUES
                           and not is_base(sentence, s) for s in sentence.slots):
        return None
    earlier = document.sentences[sentence.index - 1] if sentence.index > 0 else None
    if earlier is None:
        return None
    before = [s for s in earlier.slots if s.unit == base.unit and s.cls == base.cls
              and not is_base(earlier, s) and not is_gap(earlier, s)
              and not is_change(earlier, s)]
    if len(before) != 1:
        return None  # which of them "that" is, the words do not say
    other = before[0]
    return (other, base) if said == "Increase" else (base, other)


def _measured(sentence: Sentence, start: int, cue: int) -> bool:
    """Whether a percent or a factor measures the comparative before the baseline: "2,400
    attendees from 38 countries, 20% more than the 2,000" states a change (its own
    relation), and the nearest figure before it (38 countries) is no side of it."""
    for t in sentence.doc[start + 1:cue + 1]:
        if direction(t.text) and t.i > 0:
            before = sentence.by_token.get(t.i - 1)
            if before is not None and before.cls in (PERCENT, FACTOR):
                return True
    # "6,240 hours, 410 fewer than the 6,650 hours": a gap measures the comparative, so the
    # words state a difference (its own relation, which orders the two), not a bare order
    # "1.7 points better than …": a judgement word measured by a figure makes it a gap too
    # (which side is larger "better" leaves to the measure, so it is no comparative)
    return any(start < s.token < cue and (is_gap(sentence, s) or _judged_gap(sentence, s))
               for s in sentence.slots)


#: words that judge a side against another without saying which is larger
_JUDGED = ("better", "worse")


def _judged_gap(sentence: Sentence, slot: Slot) -> bool:
    """Whether a figure measures how much better or worse a value stands than another: "2.1
    percentage points better than a year before", "3 days worse than the target"."""
    after = [t.lower_ for t in sentence.doc[slot.token + 1:slot.token + 4]]
    if after and after[0] not in _JUDGED and after[0].isalpha():
        after = after[1:]  # "3 [days] worse than"
    return after[:2] in ([w, "than"] for w in _JUDGED)


#: the words after a gap that measure how far a value stands from a bound or another side:
#: "3.8 points short of the goal", "600 below the target" ("short" is no comparative of its
#: own, so :func:`is_gap` does not see it)
_SHORT = ("short", "shy")


def _gap_before(sentence: Sentence, cue: int) -> bool:
    """Whether a figure right before a verb's or bound's words measures them: "71.2%, 3.8
    percentage points short of the 75% goal", "4,100 units, 600 below the 4,700 target". The
    words then state the gap (a difference) and the two sides' order is that relation's."""
    before = [s for s in sentence.slots if s.token < cue]
    if not before:
        return False
    last = before[-1]
    words = [t for t in sentence.doc[last.token + 1:cue]]
    return len(words) <= 2 and all(t.is_alpha and t.lower_ not in ("of", "and", "or")
                                   for t in words) and (
        sentence.doc[cue].lower_ in _SHORT or is_gap(sentence, last))


#: the words that pick members out of a set "of which" or "of whom" names: "none of which",
#: "each of whom", "all of which"
_MEMBERS = ("none", "each", "all", "any", "some", "most", "many", "few", "neither", "either",
            "one", "both", "several")


def _each_of_which(sentence: Sentence, start: int, end: int) -> bool:
    """Whether the words between a count and a verb after it open a clause on the members of
    what is counted ("94 countries, none of which exceeded", "12 sites, each of whom …"): the
    verb's subject is each member, not the count."""
    words = [t.lower_ for t in sentence.doc[start + 1:end]]
    return any(words[k] in _MEMBERS and words[k + 1] == "of" and
               words[k + 2] in ("which", "whom", "them", "these", "those")
               for k in range(len(words) - 2))


#: words that deny the order a verb or comparative after them states: "did not exceed",
#: "has never topped", "is no longer above", "failed to beat", "without exceeding", "has yet
#: to overtake"
_NEGATIONS = ("not", "n't", "never", "without")
#: words after a negation that leave the order standing: "not only exceeded", "not least"
_NOT_DENIED = ("only", "just", "merely", "simply", "least", "much", "far")
#: what ends the reach of a negation back from the word it denies
_NEGATION_STOPS = (",", ";", ":", "(", ")", "but", "while", "whereas", "and", "or")


def negated(sentence: Sentence, at: int) -> bool:
    """Whether the words right before token ``at`` (a verb of comparison, a bound's
    preposition, a comparative) deny it: "did not exceed", "didn't top", "has never
    overtaken", "is no longer above", "failed to beat", "without exceeding", "has yet to
    overtake". Up to four words back, within the clause and past no figure."""
    doc = sentence.doc
    start = at
    while start > 0 and at - start < 4:
        token = doc[start - 1]
        if token.lower_ in _NEGATION_STOPS or sentence.by_token.get(token.i) is not None:
            break
        start -= 1
    words = [t.lower_ for t in doc[start:at]]
    for i, word in enumerate(words):
        after = words[i + 1:i + 2]
        if word in _NEGATIONS and not (after and after[0] in _NOT_DENIED):
            return True
        if word == "no" and after == ["longer"]:
            return True
        if word in ("failed", "fails", "fail", "failing", "yet") and after == ["to"]:
            return True
    return False


def _has_own_than(sentence: Sentence, word: int, cue: int) -> bool:
    """Whether a comparative has a "than" of its own before the baseline's cue: "prices
    were higher than a year ago, against 38%" says nothing of the 45% and the 38%."""
    return any(t.lower_ == "than" for t in sentence.doc[word + 1:cue])


def _frame(sentence: Sentence, first: Slot) -> str | None:
    """Which way a "more … than …" frame before two figures goes: "wind farms produced more
    electricity than coal plants: 31.7 TWh against 31.2 TWh", "Trains outran buses: 9.1
    million trips against 6.4 million" (the figures in the order of the things compared, no
    figure between the frame and them)."""
    start = max([s.token for s in sentence.slots if s.token < first.token], default=-1) + 1
    tokens = sentence.doc[start:first.token]
    colon = next((t.i - start for t in tokens if t.text == ":"), None)
    if colon is not None:
        verbs = [t.lower_ for t in tokens[:colon] if t.lower_ in BEAT + UNDER]
        if len(verbs) == 1:
            return "Increase" if verbs[0] in BEAT else "Decrease"
        said = _said_of_subject(sentence, tokens[:colon])
        if said is not None:
            return said
    for t in tokens:
        if t.lower_ in _FRAME and any(u.lower_ == "than" for u in tokens[t.i - start + 1:]):
            than = next(u for u in tokens[t.i - start + 1:] if u.lower_ == "than")
            if _than_own_past(sentence, than.i):
                # "Rail carried more passengers than a year earlier, with 5.1 million trips
                # against 6.4 million on buses": the frame sets rail against its own past,
                # and says nothing of which of the two figures after it is larger
                return None
            return _FRAME[t.lower_] if t.lower_ in COMPARATIVES else None
    return None


#: comparatives said of a subject before a colon whose figures follow: "colonies were
#: smaller: 14.2 bats against 21.8 in unlit churches"
_PREDICATED = {w: d for w, d in _FRAME.items() if w not in ("above", "below", "ahead",
                                                              "behind")}
#: the verbs that say a comparative of their subject: "were smaller", "ran longer"
_COPULAS = ("is", "was", "are", "were", "been", "be", "remained", "remains", "stayed",
            "stays", "proved", "ran", "came", "grew")


def _said_of_subject(sentence: Sentence, tokens) -> str | None:
    """Which way one comparative said of the subject before a colon goes ("colonies were
    smaller:", "turnout was higher in rural wards:"): the comparative right after a verb
    that says it of the subject (hedged or not: "were much smaller"), with no "than" before
    the colon (the other side is the figure after "against" there), and no other
    comparative; the first figure after the colon is the subject's."""
    if any(t.lower_ == "than" for t in tokens):
        return None
    found = [t for t in tokens if t.lower_ in _PREDICATED]
    if len(found) != 1:
        return None
    word = found[0]
    at = word.i - 1
    while at >= 0 and (sentence.doc[at].lower_ in _HEDGE or
                       sentence.doc[at].lower_.endswith("ly") and sentence.doc[at].is_alpha):
        at -= 1
    if at < 0 or sentence.doc[at].lower_ not in _COPULAS:
        return None
    return _PREDICATED[word.lower_]


#: words after "than" that set a thing against its own past or an expectation, not against
#: the other thing a frame's figures compare it with: "more than a year earlier", "higher
#: than ever", "lower than expected"
_NOT_THE_OTHER = ("ever", "expected", "forecast", "forecasts", "planned", "budgeted", "usual",
                  "normal", "anticipated", "predicted", "hoped", "feared", "projected")


def _than_own_past(sentence: Sentence, than: int) -> bool:
    """Whether the words after the "than" at token ``than`` (up to the clause's end or a
    figure) name an earlier time or an expectation rather than another thing."""
    for token in sentence.doc[than + 1:than + 6]:
        if token.is_punct or sentence.by_token.get(token.i) is not None:
            break
        if token.lower_ in _NOT_THE_OTHER or _earlier_word(token):
            return True
    return False


def ranges(sentence: Sentence) -> list[tuple[Slot, Slot, Slot | None, str]]:
    """Each range the words give (low, high, the estimate it is an interval of or None):
    "guidance of $2.50 billion to $2.56 billion", "between 6.2 and 9.4 percent", "an odds
    ratio of 0.61 (95% CI 0.48 to 0.76)". A "from … to …" is a change, not a range, unless
    the words say it ranges; a figure of a change verb ("rose 4% to …") is no range end."""
    doc = sentence.doc
    out = []
    for m in PATTERNS(sentence):
        if m.name != "range":
            continue
        low, high = m.roles["low"], m.roles["high"]
        if low.unit != high.unit or low.cls != high.cls or is_gap(sentence, low) or \
                is_gap(sentence, high):
            continue
        before = [t.lower_ for t in doc[max(0, m.start - 3):m.start]]
        if before[-1:] == ["from"] and not any(w.startswith("rang") for w in before):
            continue  # "rose from 78 to 119": a change from one to the other
        if any(direction(w) for w in before):
            continue  # "rose 2.1 to 2.5 percent", "up 4 to 6": a change's words
        if any(w in _BAND for w in before):
            continue  # "children aged 6 to 8 years": a band that names who, not two values
        if doc[m.start].lower_ == "between" and before[-1:] and before[-1] in _BANDED:
            continue  # "income between £12,000 and £45,000 is taxed at 20%": who, again
        if _names_band(sentence, high):
            continue  # "patients in the 18 to 52 weeks band": a band's name, not two values
        if any(t.lower_ == "respectively" for t in doc[high.token + 1:]):
            continue  # "grants of $5,000 to $2,000 for large and small clubs respectively":
            # two values paired with two things in turn, no range (either may be larger)
        if not doc[m.start].whitespace_ or not doc[m.start + 1].whitespace_:
            continue  # "15-to-19", "555-0142": a band's name or a number, not two values
        estimate = None
        opened = [t for t in doc[max(0, m.start - 6):m.start] if t.lower_ in _INTERVAL]
        if not opened and low.cls == PERCENT and _guided(sentence, m.start):
            continue  # "expects an operating margin of 12% to 13%": a rate's guided band
        if not opened and (low.cls == COUNT or low.value == 0):
            # "aged 15 to 19", "on a scale of 0 to 10", "a 7 to 2 vote": bare numbers name a
            # band, a scale or a score more often than two values stated
            continue
        if not opened and low.unit in DURATIONS:
            # "takes 4 to 5 hours", "within 10 to 14 days": how long one thing takes or may
            # take, a tolerance on one span (as a guided band is on one rate), not two values
            # stated (an interval around an estimated duration keeps its order)
            continue
        if opened:
            estimate = next((s for s in reversed(sentence.slots)
                             if s.token < opened[-1].i and s.unit == low.unit
                             and s.cls == low.cls), None)
            if estimate is None or _figure_between(sentence, estimate, opened[-1].i):
                # "a median age of 29 years (interquartile range 22 to 41)": the interval is
                # of the figure right before it; one further back is another measure's
                continue
        out.append((low, high, estimate, m.evidence))
    return out


def _figure_between(sentence: Sentence, estimate: Slot, opened: int) -> bool:
    """Whether another figure stands between an estimate and the word that opens its interval
    ("29 years (interquartile range …)" between "671" and "range"); the interval's own
    confidence level right before that word ("95% CI") is none."""
    return any(estimate.token < s.token < opened and not (s.cls == PERCENT and
                                                           opened - s.token <= 3)
               for s in sentence.slots)


#: words that make a sentence a writer's outlook for its own measures: what it expects or
#: guides to ("Turnout is forecast at 61 percent to 64 percent" reports another's forecast
#: of two values, and keeps its order)
_OUTLOOK = ("expect", "expects", "expected", "expecting", "guidance", "guides", "guided",
            "outlook", "anticipates", "anticipated")


def _guided(sentence: Sentence, start: int) -> bool:
    """Whether a range of percents stands in an outlook: "expects an operating margin of 12%
    to 13%", "confirms its guidance of a margin of 11% to 13%", "expects growth to slow to
    between 3% and 4%". The band says where one rate yet to come is expected to fall, a
    tolerance on a forecast rather than two values stated, and a reader encodes no order of
    its ends (a band of amounts guided, "revenue of $2.50 billion to $2.56 billion", keeps
    its order: the ends are the sums the outlook names)."""
    return any(t.lower_ in _OUTLOOK for t in sentence.doc[:start])


def _names_band(sentence: Sentence, high: Slot) -> bool:
    """Whether a band noun follows a range's upper end in its phrase, within six words and
    no punctuation ("in the 18 to 52 weeks and more than 52 weeks bands"): the range names
    the band (who or what falls in it), it states no two values."""
    for t in sentence.doc[high.token + 1:high.token + 7]:
        if t.is_punct:
            return False
        if t.lower_ in _BANDS:
            return True
    return False


#: the word that names the middle of a range just given: "at the midpoint, £43m"
_MIDPOINT = ("midpoint", "mid-point")


def _midpoint(sentence: Sentence, document: Document, low: Slot) -> Slot | None:
    """The figure the words name as the midpoint of a range, in the range's sentence after
    it or the sentence after that: "profit of between £40m and £46m. At the midpoint,
    £43m, …" (the one figure of the range's unit within a few words after the word)."""
    here = [sentence] + document.sentences[sentence.index + 1:sentence.index + 2]
    for where in here:
        doc = where.doc
        for t in doc:
            said = t.lower_ in _MIDPOINT or doc[t.i:t.i + 3].text.lower() == "mid-point"
            if not said or (where is sentence and t.i < low.token):
                continue
            after = [s for s in where.slots if t.i < s.token <= t.i + 4
                     and s.unit == low.unit and s.cls == low.cls]
            if len(after) == 1 and not any(x.norm_ in FIGURES
                                           for x in doc[t.i + 1:after[0].token]):
                return after[0]
    return None


def _ranked(sentence: Sentence, m) -> tuple[Slot, Slot] | None:
    """(greater, lesser) of "X is the largest item at $412 million, followed by Y at $298
    million": the figure after "followed by" comes next after the superlative's own."""
    doc = sentence.doc
    following = m.roles["next"]
    superlative = next((t for t in reversed(doc[:m.start]) if t.lower_ in TOP + BOTTOM), None)
    if superlative is None:
        return None
    if doc[m.start].lower_ in _RUNNER_UP and not any(
            t.lower_ in _RANKING for t in doc[max(0, superlative.i - 2):superlative.i]):
        # "Most members …; Ash was second with 31%": no rank the words set up ("the single
        # busiest day", "by far the largest" set one up)
        return None
    own = [s for s in sentence.slots if superlative.i < s.token < m.start
           and s.unit == following.unit and s.cls == following.cls]
    if len(own) != 1 or is_gap(sentence, own[0]) or is_gap(sentence, following):
        return None
    if superlative.lower_ in BOTTOM:
        return following, own[0]
    return own[0], following


#: words of a move that judge it, or that say which way a gap moved rather than a level,
#: never which of its two ends is larger ("improved from 39.5% to 40.3%", "the loss narrowed
#: from $31.9 million to $18.4 million")
_NOT_WAY = EVALUATIVE + ("widened", "widening", "narrowed", "narrowing", "swung", "swing")
#: words between a move's verb and its "from" that leave the verb's way as it is: "has gone
#: up too, from", "fell sharply from", "rose again from"
_BETWEEN_MOVE = (",", "too", "also", "again", "further", "only", "back", "steadily", "even")
#: what a stated change of a move is measured in, beside the move's own unit (a gap)
_MOVE_MEASURES = (PERCENT, POINTS, FACTOR, FRACTION)


def _moved_from_to(sentence: Sentence, document: Document):
    """(greater, lesser, evidence) of "the Breteau index fell from 26.3 to 12.2", "a single
    fare has gone up too, from £2.10 to £2.30": a verb of motion right before "from", the
    baseline after it and the level reached right after its "to", in one unit, where the
    words state no size of the move (no percent, points, factor, fraction or gap in the
    clause, nor in a sentence after that opens on the move): the verb says which end is the
    larger, and that order is what the words state of the two. A move whose size is stated
    is a change (its own relation, which orders the ends and checks the size)."""
    from kg.authoring.suggest.kinds.cues import CLAUSE_BREAKS

    doc = sentence.doc
    for m in bases(sentence):
        if doc[m.start].lower_ != "from":
            continue
        base = m.roles["base"]
        if base.cls not in _VALUES or is_gap(sentence, base):
            continue
        # the level reached: right after a "to" within a few words of the baseline
        reached = None
        for token in doc[base.token + 1:base.token + 5]:
            if token.lower_ == "to":
                reached = sentence.by_token.get(token.i + 1)
                break
            if token.norm_ in FIGURES or token.is_punct:
                break
        if reached is None or reached.unit != base.unit or reached.cls != base.cls or \
                is_gap(sentence, reached):
            continue
        # the verb of motion: the word before "from", past a few that leave its way
        at = m.start - 1
        while at >= 0 and doc[at].lower_ in _BETWEEN_MOVE:
            at -= 1
        if at < 0 or doc[at].lower_ in _NOT_WAY or doc[at].lower_ in COMPARATIVES:
            continue
        said = direction(doc[at].text)
        if said is None:
            continue
        # the clause the move stands in: between the breaks around it
        start = max([t.i + 1 for t in doc[:at] if t.lower_ in CLAUSE_BREAKS] + [0])
        end = min([t.i for t in doc[reached.token + 1:] if t.lower_ in CLAUSE_BREAKS]
                  + [len(doc)])
        # ("12.2 containers per 100 houses": the count a rate is taken per is no gap)
        others = [x for x in sentence.slots if start <= x.token < end
                  and x.local not in (base.local, reached.local)
                  and not (x.token and doc[x.token - 1].lower_ == "per")]
        if any(x.cls in _MOVE_MEASURES or x.unit == base.unit or is_change(sentence, x)
               or _named_change(sentence, x) for x in others):
            # "fell from 212 to 167, a decline of 21.2%", "fell from 6.5 to 6.4 hours, a
            # reduction of 6 minutes": the change is stated
            continue
        if base.local in document.restated and reached.local in document.restated:
            # "spending on books falls from $96,500 in 2025 to $61,300 in 2027" beside the
            # table's row of those years: both ends restate its cells, whose row the table
            # sets out period by period, and the words add no order of their own
            continue
        after = [t.lower_ for t in doc[reached.token + 1:reached.token + 6]]
        if any(w in _MOVE_NOUNS and after[i + 1:i + 2] == ["of"] for i, w in enumerate(after)):
            continue  # "…, a reduction of" its size (wherever that figure is read)
        if _change_follows(sentence, document, reached, base):
            continue  # "… from 640 to 588. That is a fall of 8.1%": stated there
        greater, lesser = (reached, base) if said == "Increase" else (base, reached)
        yield greater, lesser, doc[at:reached.token + 1].text


#: the words that make a factor a floor: "more than three times", "over twice", "at least
#: double" (the value is larger still than the factor makes it, so larger than the base)
_AT_LEAST = re.compile(r"^(?:more\s+than|over|at\s+least|well\s+over|upwards\s+of|well\s+above)"
                       r"\s", re.I)
#: words that may stand between the value and its floor factor: "£241m, more than three
#: times", "643 ha, was more than triple", "4,200 were over twice"
_TO_FACTOR = (",", "was", "is", "were", "are", "be", "been", "being", "now", "still", "which",
              "that", "or", "some", "nearly")
#: what ends the words between a floor factor and the base it multiplies
_BASE_STOPS = (",", ";", ":", ".", ")", "than", "and", "or", "but", "while", "whereas",
               "which", "who", "from", "to", "in", "on", "by", "for", "per")


def _times_over(sentence: Sentence):
    """(greater, lesser, evidence) of "Staying visitors spent £241m, more than three times the
    £77m spent by day visitors", "its average fire, at 643 ha, was more than triple the size
    of a typical one (201 ha)": a factor written as a floor ("more than", "over", "at least")
    between a value and the base it multiplies says the value is larger than the base. The
    factor itself is only a bound (no multiple to check), but the order of the two is what
    the words state. The value: the figure right before the factor, past a comma and a verb
    of being only; the base: the first figure after it, past words that name what it is
    ("the size of a typical one", brackets round the figure), in the value's unit."""
    doc = sentence.doc
    values = [s for s in sentence.slots if s.cls in _VALUES]
    for factor in sentence.slots:
        if factor.cls != FACTOR or not _AT_LEAST.match(factor.text) or \
                factor.value is None or factor.value < 1:
            continue
        greater = next((s for s in reversed(values) if s.token < factor.token), None)
        if greater is None or any(t.lower_ not in _TO_FACTOR
                                  for t in doc[greater.token + 1:factor.token]):
            continue
        lesser = next((s for s in values if s.token > factor.token), None)
        if lesser is None or lesser.unit != greater.unit or lesser.token - factor.token > 9:
            continue
        between = doc[factor.token + 1:lesser.token]
        if any(t.lower_ in _BASE_STOPS or t.norm_ in FIGURES for t in between[:-1]) or \
                between and between[-1].text not in ("(",) and \
                (between[-1].lower_ in _BASE_STOPS or between[-1].norm_ in FIGURES) or \
                between and between[-1].text == "(" and not (
                    lesser.token + 1 < len(doc) and doc[lesser.token + 1].text == ")"):
            continue
        if any(is_gap(sentence, s) or is_change(sentence, s) for s in (greater, lesser)):
            continue  # "a rise of 12%, over twice the 5% of last year": changes, no levels
        yield greater, lesser, doc[factor.token:lesser.token + 1].text


#: words that say a change went faster (or slower) than another: "traffic grew faster"
_FASTER = {"faster": "Increase", "quicker": "Increase", "slower": "Decrease"}
_MANNER = {"quickly", "rapidly", "sharply", "steeply", "strongly", "fast", "slowly"}
#: words that open a clause of another subject's change: "Capacity grew 12.8%, while …"
_OTHER_CLAUSE = {"while", "whereas", "but", ",", ";", "and"}


def _changes(sentence: Sentence) -> list[Slot]:
    """The percent (or points) figures a sentence states as changes: "rose 4.1%"."""
    from kg.authoring.suggest.kinds.percent_change import PATTERNS as CHANGES

    return [m.roles["change"] for m in CHANGES(sentence) if m.name == "change"]


def _faster(sentence: Sentence, document: Document):
    """(greater, lesser, evidence) of "Capacity grew 12.8%, while traffic grew faster at
    14.6%" and "Wages rose 4.1%. Rents rose faster, by 6.6%": the change "faster" (or
    "more slowly") speaks of, its own figure right after the word in its clause, against the
    one other change of the same kind in the clause before, else in the sentence before
    (exactly one there, or which is meant is a guess)."""
    doc = sentence.doc
    changes = _changes(sentence)
    for t in doc:
        said = _FASTER.get(t.lower_)
        if said is None and t.lower_ in ("more", "less") and t.i + 1 < len(doc) and \
                doc[t.i + 1].lower_ in _MANNER:
            said = "Decrease" if (t.lower_ == "less") != (doc[t.i + 1].lower_ == "slowly") \
                else "Increase"
        if said is None or doc[t.i + 1:t.i + 3].text.lower().startswith(("than", "in ")):
            continue  # "faster than prices": the other side named, not said before
        # "grew faster at 14.6%", "rose faster, by 7.5%": the word makes its figure a change
        own = next((c for c in sentence.slots if c.cls in (PERCENT, "_pp_")
                    and t.i < c.token <= t.i + 6 and not any(
                        x.lower_ in (";", "while", "whereas", "but", "than")
                        or x.norm_ in FIGURES for x in doc[t.i + 1:c.token])), None)
        if own is None:
            own = _bracketed_move(sentence, t.i)
        if own is None:
            continue
        # the clause before, back to the word that opens this subject's clause
        opened = max((x.i for x in doc[:t.i] if x.lower_ in _OTHER_CLAUSE), default=-1)
        # (every figure of the kind counts: "rose 3.0% and 2.1%" gives two to choose from)
        before = [c for c in sentence.slots if c.token < t.i and c.cls == own.cls]
        here = [c for c in changes if c.token < opened and c.cls == own.cls]
        if here:
            if len(here) != 1 or len(before) != 1:
                continue
            other = here[0]
        elif sentence.index > 0 and not before:
            earlier = document.sentences[sentence.index - 1]
            there = [c for c in _changes(earlier) if c.cls == own.cls]
            if len(there) != 1 or [c for c in earlier.slots if c.cls == own.cls] != there:
                continue
            other = there[0]
        else:
            continue
        yield (own, other, t.text) if said == "Increase" else (other, own, t.text)


def _bracketed_move(sentence: Sentence, at: int) -> Slot | None:
    """The change of "rose less steeply, from 1.14 million to 1.47 million (28.9%)": right
    after the word of pace at token ``at``, a move "from" one level "to" another, its percent
    in brackets straight after the level reached (no other figure between, nor a break of
    the clause)."""
    doc = sentence.doc
    start = at + 1
    while start < len(doc) and (doc[start].text == "," or doc[start].lower_ in _MANNER):
        start += 1
    if start >= len(doc) or doc[start].lower_ != "from":
        return None
    base = sentence.by_token.get(start + 1)
    if base is None or base.cls not in _VALUES or base.token + 2 >= len(doc) or \
            doc[base.token + 1].lower_ != "to":
        return None
    reached = sentence.by_token.get(base.token + 2)
    if reached is None or reached.unit != base.unit or reached.token + 2 >= len(doc) or \
            doc[reached.token + 1].text != "(":
        return None
    change = sentence.by_token.get(reached.token + 2)
    if change is None or change.cls not in (PERCENT, "_pp_") or \
            change.token + 1 >= len(doc) or doc[change.token + 1].text != ")":
        return None
    return change


#: words of a rise or fall that are nouns ("Kettleby's fall (4.8 per cent)" names a change the
#: sentence measures) or particles, never the verb of a row's move
_NOT_VERBS = {"up", "down", "fall", "falls", "rise", "rises", "growth", "increase", "increases",
              "decrease", "decreases", "drop", "drops", "gain", "gains", "loss", "cut", "decline",
              "declines", "dip", "slump", "surge", "jump", "reduction", "improvement",
              "expansion", "contraction", "shrinkage", "downturn", "upturn", "slowdown", "hike",
              "deterioration", "above", "below", "behind", "ahead", "higher", "lower", "more",
              "less", "fewer", "larger", "smaller", "bigger", "greater", "grow", "climb",
              "advance", "rebound", "ease", "slip", "tumble", "plunge", "shrink", "spike"}
#: comparatives that set a row's latest value against its earlier one when "than" names an
#: earlier time: "carried fewer people than a year before", "lent fewer items than in 2023/24"
_THAN_EARLIER = {"more": "Increase", "fewer": "Decrease", "less": "Decrease",
                 "higher": "Increase", "lower": "Decrease"}
_A_YEAR = re.compile(r"(19|20)\d\d(/\d\d)?$")
_EARLIER = {"year", "before", "earlier", "last", "previous", "prior", "ago"}
#: words that open a clause giving a cause or a concession, where a row named is no subject
_BECAUSE = {"because", "although", "though"}
#: words after a move that compare its pace with another's: "grew more slowly", "fell faster"
_MANNER_COMPARED = {"more", "less", "faster", "slower", "quicker", "further"}
#: what ends the clause a row's name and its move stand in
_CLAUSE_ENDS = {";", ".", ":", "while", "whereas", "but", "although", "though", "because"}


def _row_moved(sentence: Sentence, document: Document) -> list[tuple[Slot, Slot, str]]:
    """"Visits to the Ropewalk fell while …", "the Ardvane–Sula crossing carried fewer people
    than a year before": a clause with no figure that names one table row and says it rose or
    fell states the order of that row's latest cell and the cell of the period before it (the
    table's columns decide the two cells and the words which way; never their values)."""
    doc = sentence.doc
    rows = {key: cells for key, cells in table_rows(document).items()
            if cells and cells[0].sentence != sentence.index}
    if not rows:
        return []
    labels = {key: row_label(cells) for key, cells in rows.items()}
    counts: dict[str, int] = {}
    for label in labels.values():
        for word in label:
            counts[word] = counts.get(word, 0) + 1
    out = []
    start = 0
    for end in [t.i for t in doc if t.lower_ in _CLAUSE_ENDS] + [len(doc)]:
        clause = doc[start:end]
        start = end + 1
        if clause.start > 0 and doc[clause.start - 1].lower_ in _BECAUSE:
            continue  # "… mainly because of the Kettleby closure": a cause, no move of a row
        if any(clause.start <= s.token < end and s.cls in _VALUES + (FACTOR, FRACTION, POINTS)
               for s in sentence.slots):
            continue  # a figure in the clause: what moved is measured there, not in a table
        said = None
        for t in clause:
            word = t.lower_
            # ("less fully used than the year before": an adverb makes it a manner, no amount)
            if word in _THAN_EARLIER and t.i + 1 < end and \
                    not doc[t.i + 1].lower_.endswith("ly") and any(
                    u.lower_ == "than" and any(_earlier_word(v)
                                               for v in doc[u.i + 1:min(u.i + 5, end)])
                    for u in doc[t.i + 1:min(t.i + 5, end)]):
                said = (t.i, _THAN_EARLIER[word])
                break
            if word not in _NOT_VERBS and direction(word) and word not in COMPARATIVES:
                if t.i + 1 < end and doc[t.i + 1].lower_ in _MANNER_COMPARED:
                    break  # "grew more slowly": the move is set against another row's
                said = (t.i, direction(word))
                break
        if said is None:
            continue
        words = [t for t in doc[clause.start:said[0]] if t.is_alpha]
        named = {stem(t.text) for t in words}
        # a name's word: capitalised inside the clause ("the Ropewalk", never "the routes",
        # which a total row's "All routes" may hold alone)
        names = {stem(t.text) for t in words if t.text[0].isupper() and t.i > clause.start}
        # a row all of whose label the words hold ("Ardvane – Sula"), else one whose label has
        # a name no other row's has ("the Ropewalk" for "Ropewalk Maritime Museum")
        hits = [k for k, label in labels.items() if label and label <= named] or \
            [k for k, label in labels.items() if any(counts[w] == 1 and w in names
                                                     for w in label)]
        if len(hits) != 1:
            continue
        pair = _latest_pair(document, rows[hits[0]])
        if pair is None:
            continue
        earlier, latest = pair
        if _move_measured(sentence, document, (earlier, latest)):
            continue
        greater, lesser = (latest, earlier) if said[1] == "Increase" else (earlier, latest)
        out.append((greater, lesser, doc[said[0]].text))
    return out


def _move_measured(sentence: Sentence, document: Document, cells: tuple[Slot, Slot]) -> bool:
    """Whether another clause of the sentence gives the moved row's own figure and the size
    of its move ("Oak slipped again: 412 were felled, down 6.2%"): a move whose size is
    stated is a change, its own relation, as in a clause that holds both ("fell from 48 to
    31, a decline of 35%")."""
    locals_ = {c.local for c in cells}
    return any(document.restated.get(s.local) in locals_ for s in sentence.slots) and \
        any(s.cls in (PERCENT, POINTS, FACTOR, FRACTION) or is_change(sentence, s)
            for s in sentence.slots)


def _earlier_word(token) -> bool:
    """A word after "than" that names an earlier time: "a year before", "in 2023/24"."""
    return token.lower_ in _EARLIER or token.norm_ == YEAR or bool(_A_YEAR.match(token.text))


def _latest_pair(document: Document, cells: list[Slot]) -> tuple[Slot, Slot] | None:
    """A row's cell of its latest period and the cell of the period before, in one unit (the
    first of each, in the order of the columns; a change column has no such period)."""
    dated = [(document.periods.get(s.local), s) for s in cells if s.cls in AMOUNTS]
    dated = [(p, s) for p, s in dated if p is not None]
    periods = sorted({p for p, _ in dated})
    if len(periods) < 2:
        return None
    latest = next(s for p, s in dated if p == periods[-1])
    earlier = next(s for p, s in dated if p == periods[-2])
    if latest.unit != earlier.unit or latest.token < earlier.token and \
            latest.sentence == earlier.sentence:
        return None
    return earlier, latest
