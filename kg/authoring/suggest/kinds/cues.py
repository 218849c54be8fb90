"""Cues shared by the kinds that compare two values: which figure is the baseline ("from",
"compared with", "than"), which the new value ("to"), and which way the text says it went."""

from __future__ import annotations

import re

from kg.authoring.suggest.text import (AMOUNTS, COUNT, DATE, FIGURES, FILLER, MONEY, PERCENT,
                                       QUANTITY, YEAR, Document, Match, Patterns, Sentence,
                                       Slot, figure, gap, words)

UP = ("up", "rose", "risen", "rise", "rises", "rising", "grew", "grown", "grow", "growth",
      "increase", "increased", "increases", "increasing", "higher", "more", "gain", "gained",
      "gains", "jump", "jumped", "climbed", "climb", "surged", "surge", "soared", "added",
      "larger", "greater", "bigger", "ahead", "beat", "beaten", "outsold", "exceeded",
      # verbs and nouns of a rise the first list lacked ("edged up" reads "up")
      "advanced", "advance", "rebounded", "rebound", "recovered", "widened", "improved",
      "improvement", "expanded", "expansion", "swelled", "accelerated", "raised", "lifted",
      "boosted", "doubled", "tripled", "increases", "upturn", "hike", "hiked", "leapt",
      "leaped", "rocketed", "spiked", "strengthened", "topped", "outpaced", "above",
      # a duration or distance that grew: "the wait lengthened to 14 weeks"
      "lengthened", "lengthen", "lengthens", "lengthening",
      # a decision to move a rate, in the infinitive: "voted to raise the rate by 25 basis
      # points"
      "raise", "lift",
      # a grant, a pension or a fee raised by a formula: "the grant was uprated by 5.6 per cent"
      "uprated", "uprate", "uprating")
DOWN = ("down", "fell", "fall", "fallen", "falls", "falling", "drop", "dropped", "drops",
        "decline", "declined", "declines", "decrease", "decreased", "decreases", "lower",
        "less", "fewer", "slump", "slumped", "plunged", "plunge", "shrank", "shrunk",
        "contracted", "slid", "dip", "dipped", "cut", "lost", "loss", "smaller", "behind",
        # verbs and nouns of a fall the first list lacked
        "slipped", "slip", "eased", "ease", "sank", "sunk", "tumbled", "tumble", "retreated",
        "reduction", "reduced", "narrowed", "shrinkage", "shrink", "declining", "decreasing",
        "weakened", "slowed", "slowdown", "downturn", "plummeted", "collapsed", "halved",
        "lowered", "trimmed", "deteriorated", "deterioration", "contraction", "below",
        # "the median wait shortened to 11.4 weeks"
        "shortened", "shorten", "shortens", "shortening",
        # "decided to reduce Bank Rate by 25 basis points", "to lower it by half a point"
        "reduce", "reduces")

_VALUES = AMOUNTS + (PERCENT,)
#: the words that say when or which a baseline is, between a cue and its figure: "from
#: September's 3.4 percent", "on the third quarter's adjusted $76.5 billion", "than last
#: year's payment of £300", "against the 2023 level of 41,200"
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
          "jul", "aug", "sep", "sept", "oct", "nov", "dec")
PERIOD_FILLER = FILLER + MONTHS + (
    YEAR, "quarter", "half", "month", "week", "day", "period", "season", "fiscal", "financial",
    "first", "second", "third", "fourth", "q1", "q2", "q3", "q4", "h1", "h2", "earlier",
    "ago", "before", "adjusted", "restated", "revised", "reported", "underlying", "level",
    "figure", "reading", "record", "high", "low", "peak", "mark", "one", "equivalent",
    "corresponding", "comparable", "figures", "payment", "price", "value", "amount", "number",
    # "from a mean of 78 minutes", "from an average of 2.1 visits": a baseline's statistic
    "mean", "average", "median",
    # "over the current year's $1.32 billion", "on the prior-year quarter's 11.1%"
    "current", "this", "preceding", "-",
    # "$16 less than our $35 day pass", "against your £40 a month now": a baseline's owner
    # in the first or second person, as "its" and "their" name it in the third
    "our", "your", "my")

def _between(most: int, extra: tuple[str, ...] = ()) -> tuple[dict, None]:
    """Up to ``most`` words that only say which or when a baseline is (NORM: a year is
    ``_year_``)."""
    return {"NORM": {"IN": list(PERIOD_FILLER + extra)}, "OP": f"{{0,{most}}}"}, None


#: a word naming a period in a bracketed baseline: "(2022/23: …)", "(Q3 2023: …)", "(prior
#: year: …)", "(prior-year period: …)", "(comparative period: …)" (a fiscal year may have
#: been drafted as a count: "2022/23" -> 23)
_PERIOD_WORD = ({"LOWER": {"REGEX": r"^(?:(?:fy|q[1-4]|h[12])?\d{2,4}(?:/\d{2,4})?|fy|q[1-4]|h[12]"
                                  r"|prior|previous|last|year|quarter|half|period|same|the|a"
                                  r"|-|comparative|corresponding|comparable|earlier"
                                  r")$"}}, None)


#: the noun a bracketed count is of: "(842 calls)"
_COUNTED = ({"IS_ALPHA": True, "OP": "?"}, None)
#: words that start another clause: no baseline's name runs on past them
_CLAUSE_WORDS = ("and", "but", "while", "whereas", "which", "who", "that", "or", "as", "when")

#: a span of time written as a word before a noun ("the ten-year average", "a 12-month
#: low"): it says which average or low, and is no value compared against
_SPAN_BEFORE_NOUN = r"^[\w.]+-(?:year|month|week|day|quarter|hour|season)s?$"

PATTERNS = Patterns({
    # the value compared against
    "base": [
        [words("from", "against", "versus", "vs", "vs.", "on", "over", "above", "below"),
         _between(6), figure(*_VALUES, role="base")],
        # "£22.3m compares with £19.5m a year earlier": the verb as well as its participle
        [words("compared", "comparing", "compares", "compare", "relative"), words("with", "to"),
         _between(5, ("only", "just")), figure(*_VALUES, role="base")],
        [words("than"), _between(5), figure(*_VALUES, role="base")],
        # "2.1 million more than the south line's 10.3 million": the thing the baseline is
        # of, its owner, named before it (a name of a few words and "'s")
        [words("than"), words("the", optional=True),
         {"IS_ALPHA": True, "NORM": {"NOT_IN": list(FIGURES)},
          "LOWER": {"NOT_IN": list(_CLAUSE_WORDS)}, "OP": "{1,3}"},
         words("'s", "’s"), figure(*_VALUES, role="base")],
        # "than the FY2024 adopted budget of $1,093.5 million": a named baseline, then "of"
        # (not after "from": "rose 5% from the sale of 3,000 homes" names no baseline)
        [words("than", "against", "above", "below"), gap(6), words("of", "at"),
         figure(*_VALUES, role="base")],
        # "43% above the five-year average of 9,100": the span names the statistic
        [words("than", "against", "above", "below"), gap(3),
         ({"TEXT": {"REGEX": _SPAN_BEFORE_NOUN}}, None), gap(3), words("of", "at"),
         figure(*_VALUES, role="base")],
        # "compared to the prior-year figure of £388.9 million", "compared with a
        # year-earlier level of 5.2%": the baseline named, then its value after "of"
        [words("compared", "comparing", "relative"), words("with", "to"), _between(5),
         words("of", "at"), figure(*_VALUES, role="base")],
        # "up 12.0% to £548.0 million (2022/23: £489.5 million)": the baseline in brackets,
        # after the period it is of
        [words("("), _PERIOD_WORD, {**_PERIOD_WORD[0], "OP": "{0,3}"}, words(":"),
         figure(*_VALUES, role="base")],
        # "… to $2,318 million (30 June 2023: $2,754 million)": the date a balance was
        # struck at, a year earlier
        [words("("), figure(DATE), words(":"), figure(*_VALUES, role="base")],
        # "2.4 points higher than a year earlier (78.8%)", "than in May 2023 (78.8%)": the
        # period compared with named, its value in brackets after it
        [words("than"), words("in", "at", "during", "for", optional=True), _between(5),
         words("("), figure(*_VALUES, role="base"), words(")")],
        [words("compared", "comparing", "relative"), words("with", "to"),
         words("in", "at", "during", "for", optional=True), _between(5),
         words("("), figure(*_VALUES, role="base"), words(")")],
        # "18% more than in an ordinary week (1,051 tonnes)": whatever time or place the
        # words after "than in" name, the one figure in brackets right after them is its
        # value ("faster than costs (£2.9m)" names another thing, no baseline)
        [words("than"), words("in", "at", "during", "for", "on"),
         {"IS_ALPHA": True, "LOWER": {"NOT_IN": list(_CLAUSE_WORDS)}, "OP": "{1,5}"},
         words("("), figure(*_VALUES, role="base"), _COUNTED, words(")")],
        # "up 3 points on a year earlier (68%)", "down 4% from the spring (1,210)": the
        # period a change is measured from named, its value in brackets after it
        [words("on", "from", "against", "over"), _between(5), words("("),
         figure(*_VALUES, role="base"), _COUNTED, words(")")],
        # "…, when it stood at €298,500" / "when the count was 1.54 million"
        [words("when", "where"), gap(3), words("at", "was", "were", "of"),
         figure(*_VALUES, role="base")],
    ],
    # the value reached
    "target": [[words("to", "reaching"), gap(2, filler=FILLER), figure(*_VALUES, role="target")]],
})


def bases(sentence: Sentence) -> list[Match]:
    return [m for m in PATTERNS(sentence) if m.name == "base" and not _placed(sentence, m)
            and not span_before_noun(sentence, m.roles["base"])
            and not _drawn_from(sentence, m)]


#: words that may stand between "from" and the count of the things an amount came from
_FROM_WORDS = ("its", "their", "our", "his", "her", "the", "some", "about", "around",
               "nearly", "almost", "over", "more", "than", "just", "roughly")


def _drawn_from(sentence: Sentence, m: Match) -> bool:
    """Whether "from" only says whom or what an amount of another measure came from ("raised
    £41,200 from 412 members", "collected 30 tonnes from 12 farms"): a count of things
    named right after it, in a clause whose figures before it are all money or quantities,
    never a count or a percent; a baseline is of the very measure it moves from."""
    doc = sentence.doc
    base = m.roles["base"]
    if doc[m.start].lower_ != "from" or base.cls != COUNT or base.token + 1 >= len(doc) or \
            not doc[base.token + 1].is_alpha or doc[base.token + 1].norm_ in FIGURES or \
            not all(t.lower_ in _FROM_WORDS for t in doc[m.start + 1:base.token]):
        return False
    start = max((t.i + 1 for t in doc[:m.start] if t.text in (":", ";")), default=0)
    before = [s for s in sentence.slots if start <= s.token < m.start]
    return bool(before) and all(s.cls in (MONEY, QUANTITY) for s in before)


def span_before_noun(sentence: Sentence, slot: Slot) -> bool:
    """Whether a figure is a span of time written before the noun it qualifies ("the
    ten-year average of …"), not a value of its own."""
    doc = sentence.doc
    return bool(re.match(_SPAN_BEFORE_NOUN, doc[slot.token].text)) and \
        slot.token + 1 < len(doc) and doc[slot.token + 1].is_alpha


#: figure classes that state a change or a gap ("up 4% on", "3 points over")
_CHANGE_FIGURES = (PERCENT, "_pp_", "_factor_")


def _placed(sentence: Sentence, m: Match) -> bool:
    """Whether "on"/"over" only says where or across what a figure is ("grown on 412,300
    hectares", "spread over 5,000 sites"): it names a baseline ("up 4% on last year's 400")
    only after a change or comparison in its sentence."""
    doc = sentence.doc
    if doc[m.start].lower_ not in ("on", "over"):
        return False
    if doc[m.start].lower_ == "on" and m.start + 1 < len(doc) and \
            doc[m.start + 1].lower_ in ("average", "balance", "aggregate"):
        # "…, or on average 0.3 km² a year": "on average" says how the figure is taken (an
        # adverb, no article), never that it is set "on" a baseline
        return True
    # only in its own clause: "raised from 41.5% to 45.0%, an increase of 3.5%, without loss:
    # boron stayed below 0.5 mg/L on 1,065 of the 1,095 days" sets no day "on" the change
    # before the colon; nor does a bound ("below 0.5 mg/L") compare the figure after "on"
    start = max((t.i + 1 for t in doc[:m.start] if t.text in (":", ";")), default=0)
    return not any((t.lower_ in UP or t.lower_ in DOWN or t.lower_ in COMPARATIVES
                    and not (t.lower_ in _BOUNDS and t.i + 1 < len(doc)
                             and doc[t.i + 1].norm_ in FIGURES))
                   and not _passive(t) or t.norm_ in _CHANGE_FIGURES for t in doc[start:m.start])


#: comparatives that bound the figure right after them ("below 0.5 mg/L", "over 40 hours")
_BOUNDS = ("above", "below", "over", "under")


_BE = ("is", "are", "was", "were", "be", "been", "being")


def _passive(token) -> bool:
    """A participle after a form of "be" ("were grown on", "was cut on"): what was done to
    a thing, no change of a figure ("were up on" stays one)."""
    return token.i > 0 and token.doc[token.i - 1].lower_ in _BE and \
        (token.lower_.endswith(("ed", "en")) or token.lower_ in ("grown", "shrunk", "cut"))


def targets(sentence: Sentence) -> list[Match]:
    return [m for m in PATTERNS(sentence) if m.name == "target"
            and sentence.doc[m.start - 1].lower_ not in ("compared", "equal", "close")]


#: comparative words that make the figure before them a gap between two values ("£25 more
#: than", "6 days fewer than", "3 points higher")
COMPARATIVES = ("more", "less", "fewer", "higher", "lower", "larger", "smaller", "bigger",
                "greater", "shorter", "longer", "cheaper", "dearer", "faster", "slower",
                "above", "below", "ahead", "behind", "older", "younger", "heavier", "lighter",
                "earlier", "later", "over", "under")


def is_gap(sentence: Sentence, slot) -> bool:
    """Whether the words make a figure the gap between two values, not a value: "£25 more
    than …", "6 days fewer than …" (a unit word may stand between)."""
    after = [t for t in sentence.doc[slot.token + 1:slot.token + 3]]
    if after and after[0].is_alpha and after[0].lower_ not in COMPARATIVES and len(after) > 1:
        after = after[1:]  # "6 [days] fewer"
    return bool(after) and after[0].lower_ in COMPARATIVES and (
        after[0].lower_ not in ("over", "under", "earlier", "later")
        or sentence.doc[after[0].i + 1:after[0].i + 2].text.lower() == "than")


#: the words that make a number after them a known set's size ("the two bridges")
_SET_DETERMINERS = ("the", "these", "those", "its", "their", "our", "all")


def names_a_set(sentence: Sentence, slot) -> bool:
    """Whether a number spelt in words only says how many things a known set holds ("on
    the two bridges", "across its three sites"): it names the things the figures are of,
    not a level a change or a total reaches."""
    return slot.token > 0 and slot.text.isalpha() and \
        sentence.doc[slot.token - 1].lower_ in _SET_DETERMINERS


#: the spans of time a count of them may say how far back or on a thing was: "two winters ago"
_SPANS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "decade",
          "decades", "quarter", "quarters", "season", "seasons", "winter", "winters", "summer",
          "summers", "spring", "springs", "autumn", "autumns", "term", "terms", "generation",
          "generations", "century", "centuries"}


def is_time_ago(sentence: Sentence, slot) -> bool:
    """Whether a number counts spans of time back or on, so dates a thing rather than
    measuring it: "two winters ago", "three years earlier", "five months later" (not "6
    days earlier than …", a gap)."""
    after = [t.lower_ for t in sentence.doc[slot.token + 1:slot.token + 4]]
    return len(after) >= 2 and after[0] in _SPANS and (
        after[1] == "ago" or after[1] in ("earlier", "later", "before", "after", "on")
        and after[2:3] != ["than"])


def direction(word: str) -> str | None:
    word = word.lower()
    return "Increase" if word in UP else "Decrease" if word in DOWN else None


#: words that judge a change rather than say which way the values went: a loss "narrowed
#: ..., an improvement of $12.7 million", a rate of defaults "fell ..., an improvement of
#: 0.14 points"
EVALUATIVE = ("improvement", "improvements", "improved", "improve", "improves", "improving",
              "deterioration", "deteriorated", "deteriorate", "deteriorating", "worsened",
              "worsening")
#: words that end the clause a change's own verb stands in and start another subject's
#: ("although this was 0.7 points lower" goes on about the same one)
CLAUSE_BREAKS = ("while", "whereas", "but", ";")


def verb_direction(sentence: Sentence, at: int, word: str) -> str | None:
    """Which way the values went, as the word ``word`` at token ``at`` says it: a word that
    judges ("an improvement of") yields to the verbs of motion before it in its clause
    ("narrowed to $14.8 million from $27.5 million"); where those disagree, None."""
    said = direction(word)
    if said is None or word.lower() not in EVALUATIVE:
        return said
    moved = motion_before(sentence, at)
    if len(moved) > 1:
        return None
    return moved.pop() if moved else said


def motion_before(sentence: Sentence, at: int) -> set[str]:
    """The ways the verbs and nouns of motion before token ``at`` in its clause say the values
    went (a word that judges, "improvement", is none of them)."""
    moved = set()
    for token in reversed(sentence.doc[:at]):
        if token.lower_ in CLAUSE_BREAKS:
            break
        if token.lower_ not in EVALUATIVE and direction(token.text):
            moved.add(direction(token.text))
    return moved


def clause_between(sentence: Sentence, a: int, b: int) -> bool:
    """Whether a clause ends between tokens ``a`` and ``b`` ("…, from 88.4% to 91.9%, while
    control schools improved by 0.7 points": the two ends are another subject's)."""
    low, high = sorted((a, b))
    return any(t.lower_ in CLAUSE_BREAKS for t in sentence.doc[low + 1:high])


def nearest(slots, token: int):
    return min(slots, key=lambda s: abs(s.token - token)) if slots else None


def year_of(document: Document, slot: Slot) -> int | None:
    """The year a figure is for: the year right after it ("… in 2019"), else the nearest
    year before it in its clause ("financial year 2023 with revenue of €2,917 million")."""
    if slot.year is not None:
        return slot.year
    doc = document.sentences[slot.sentence].doc
    # "1.24 million trips on the city's hire bikes in 2024": "in" a year, later in its clause
    for token in doc[slot.token + 1:slot.token + 13]:
        if token.norm_ in FIGURES or token.text in ",;:()[].!?—–":
            break  # (a hyphen joins words: "e-books")
        if token.norm_ == YEAR and doc[token.i - 1].lower_ in ("in", "during"):
            return int(token.text)
    for token in reversed(doc[max(0, slot.token - 8):slot.token]):
        if token.norm_ in FIGURES or token.text in ",;:()":
            return None
        if token.norm_ == YEAR:
            return int(token.text)
    return None


def year_named(sentence: Sentence, after: int) -> int | None:
    """The year a baseline is named by, right after a change: "up 25.7 percent on 2018",
    "10.6% higher than in 2022", "compared with fiscal 2021"; or a negative offset for a
    year named by its distance: "on the year before", "than a year earlier" (-1)."""
    tokens = sentence.doc[after + 1:after + 8]
    for n, token in enumerate(tokens):
        if token.lower_ in ("on", "from", "over", "than", "with", "against", "versus", "vs"):
            rest = [t.lower_ for t in tokens[n + 1:n + 5]]
            if " ".join(rest[:3]) in _YEAR_BEFORE or " ".join(rest[:2]) in _YEAR_BEFORE:
                return -1
            for later in tokens[n + 1:n + 4]:
                if later.norm_ == YEAR:
                    return int(later.text)
                if later.lower_ not in ("in", "the", "fiscal", "financial", "year", "calendar"):
                    break
            return None
        if token.norm_ in FIGURES or token.is_punct:
            return None
    return None


#: the words that name the year before the one a figure is for
_YEAR_BEFORE = ("the year before", "the previous year", "the prior year", "a year earlier",
                "a year before", "the preceding year", "a year ago", "year before",
                "previous year", "prior year")


#: a sentence whose subject is the sentence before's figure: "This is …", "That was …"
BACK = ("this", "that", "it")
_BE = ("is", "was", "are", "were", "represents", "represented", "amounts", "amounted", "means",
       "comes", "came", "works", "corresponds", "corresponded", "equates", "translates",
       "implies", "gives",
       # "That's three times as many": the verb contracted onto the pronoun
       "'s", "’s")


def refers_back(sentence: Sentence) -> bool:
    """Whether the sentence opens on a pronoun for what the sentence before said: "This is
    £25 more than …", "That was 6 days fewer than …" (its figure is the one meant)."""
    doc = sentence.doc
    return len(doc) > 2 and doc[0].lower_ in BACK and doc[1].lower_ in _BE


#: nouns a sentence opens on for the figure the sentence before gave: "The total beat …"
_THAT_FIGURE = ("total", "figure", "number", "sum", "tally", "count", "result", "amount")


def opens_on_antecedent(sentence: Sentence) -> bool:
    """Whether the sentence's subject is the figure the sentence before gave: "This is …",
    "That was …", "The total comfortably beat …", "The figure exceeded …"."""
    doc = sentence.doc
    return refers_back(sentence) or (len(doc) > 2 and doc[0].lower_ in ("the", "this", "that")
                                      and doc[1].lower_ in _THAT_FIGURE)


def _level_before(sentence: Sentence, base: Slot, moved: bool = True) -> list[Slot]:
    """The level a move "from" a baseline reaches, written before the words of the move:
    "the fee will be £240.00, up 6.7% from £225.00" (no "to"). Only the one figure of the
    baseline's unit before it in its clause, a word of direction between them (unless
    ``moved`` is False: "compared with" sets the two side by side without one)."""
    doc = sentence.doc
    level = [s for s in sentence.slots if s.unit == base.unit and s.cls == base.cls
             and s.token < base.token and not is_gap(sentence, s)
             and not (s.token and doc[s.token - 1].lower_ in ("from", "by"))
             and not clause_between(sentence, s.token, base.token)]
    if len(level) != 1 or any(s.cls == base.cls and level[0].token < s.token < base.token
                              for s in sentence.slots):
        return []
    if not moved:
        return level
    said = [t for t in doc[level[0].token + 1:base.token] if direction(t.text)]
    return level if said else []


def level_said_before(sentence: Sentence, document: Document, like: Slot) -> Slot | None:
    """The level a sentence that opens on "That was" / "This is" refers to: the one figure
    of ``like``'s unit and kind the sentence before gives ("Sales reached 4,210 units. That
    was 6.1% more than in 2024, when 3,968 were sold": 4,210); None where this sentence
    opens otherwise or that one gives none or several."""
    if not refers_back(sentence) or sentence.index == 0:
        return None
    earlier = document.sentences[sentence.index - 1]
    alike = [s for s in earlier.slots if s.unit == like.unit and s.cls == like.cls]
    return alike[0] if len(alike) == 1 else None


#: the words that set a baseline beside a level: "compared with", "against", "versus"
_SET_AGAINST = ("compared", "against", "versus", "vs", "vs.")


#: words that set one price against another anywhere between them: "€278.40, compared with
#: €348", "2 400 kr instead of 2 850 kr", "€24 a month rather than €29"
PRICE_AGAINST = tuple((w,) for w in _SET_AGAINST + ("instead", "rather"))
#: the words that set the price not paid right after the one paid: "€756 instead of €840"
INSTEAD = (("instead", "of"), ("rather", "than"))


def set_against(sentence: Sentence, slots: list[Slot],
                cues: tuple[tuple[str, ...], ...] = PRICE_AGAINST,
                within: int | None = None) -> list[tuple[Slot, Slot]]:
    """The pairs (the one before, the one after) of ``slots`` that the words set against
    each other: the last before a cue of ``cues`` in its clause and the first after it, of
    one unit: "for 2 400 kr instead of 2 850 kr", "€278.40, compared with €348". With
    ``within``, the one before stands at most that many tokens before the cue and the one
    after right after it ("pay €170 instead of €200"): a caller whose pair no other word
    bears out (a saving of their gap) asks the words to hold the two that tight."""
    doc = sentence.doc
    pairs: list[tuple[Slot, Slot]] = []
    for t in doc:
        cue = next((c for c in cues if t.lower_ == c[0] and
                    tuple(w.lower_ for w in doc[t.i:t.i + len(c)]) == c), None)
        if cue is None:
            continue
        end = t.i + len(cue)
        before = [s for s in slots if s.token < t.i]
        after = [s for s in slots if s.token >= end]
        if not before or not after or before[-1].unit != after[0].unit or \
                clause_between(sentence, before[-1].token, t.i):
            continue
        if within is not None and (after[0].token != end or before[-1].token < t.i - within):
            continue
        if (before[-1], after[0]) not in pairs:
            pairs.append((before[-1], after[0]))
    return pairs


def pair_before(sentence: Sentence, document: Document,
                want: tuple[str, ...]) -> tuple[Slot, Slot] | None:
    """(baseline, level) of the move the sentence before states, for a change this one
    states of it: "… fell to 42.61 cents from 44.96 cents a year earlier. That is a decrease
    of 2.35 cents, or 5.2%" (the sentence opens on "That is"). Only where that sentence
    gives exactly one "from" baseline and one level it went "to" of one unit, and this one
    gives no figure of that unit but its change: else which move is meant is a guess."""
    if not refers_back(sentence) or sentence.index == 0:
        return None
    earlier = document.sentences[sentence.index - 1]
    start = [b.roles["base"] for b in bases(earlier) if b.roles["base"].cls in want
             and earlier.doc[b.start].lower_ == "from"]
    end = [t.roles["target"] for t in targets(earlier) if t.roles["target"].cls in want]
    if len(start) == 1 and not end:
        end = _level_before(earlier, start[0])
    elif not start and not end:
        # "Sales reached 4,210 in 2025, compared with 3,968 in 2024. That is 6.1% more": the
        # baseline "compared with" (or "against") sets beside the one level before it
        start = [b.roles["base"] for b in bases(earlier) if b.roles["base"].cls in want
                 and earlier.doc[b.start].lower_ in _SET_AGAINST]
        if len(start) == 1:
            end = _level_before(earlier, start[0], moved=False)
    if len(start) != 1 or len(end) != 1 or start[0] is end[0] or \
            start[0].unit != end[0].unit:
        return None
    return start[0], end[0]
