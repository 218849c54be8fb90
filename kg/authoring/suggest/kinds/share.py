"""Shares in percent: "€1.61 billion, or 68.5 percent of revenue", "were 28 percent of the
total", "1,530 euros of the 2,925 euros households spent, or 52.3 percent", "an operating
margin of 9.0 percent", "1,378 (57.4%) of the 2,416 asked", "the EBIT margin improved to 4.7%
from 4.3%" (profit and revenue in earlier sentences, each of its own period)."""

from __future__ import annotations

from itertools import chain

from kg.authoring.suggest.kinds.comparison import ranges
from kg.authoring.suggest.kinds.portions import (CELL, introduced, is_base, is_change,
                                                 is_earlier, is_portion, is_rate,
                                                 level, name, nouns_after, of_words,
                                                 portion_and_whole, qualified, resolve,
                                                 row_label, stem, table_row, table_rows,
                                                 table_total, verb_root, words_before)
from kg.authoring.suggest.suggestion import Suggestion, make, unclaimed
from kg.authoring.suggest.text import (AMOUNTS, FIGURES, FILLER, FRACTION, PERCENT, POINTS,
                                       YEAR, Document, Match, Patterns, Sentence, Slot, figure,
                                       gap, words)

_REVENUE = ("revenue", "sales", "turnover")
#: what a margin is a margin of, by the word before "margin"
_MARGIN_OF = {"ebit": ("ebit",), "ebitda": ("ebitda",), "operating": ("operating",),
              "gross": ("gross",), "net": ("net",), "profit": ("profit",)}

#: the unit words a move in points may be written with apart from its number
_POINT_WORDS = {"LOWER": {"IN": ["point", "points", "percentage", "pp", "pts", "ppt", "ppts"]},
                "OP": "{0,2}"}

#: "(H1 2024: 8.4%)", "(2023: 7.7%)": the period a bracketed comparative is of, before its
#: colon
_BRACKET_PERIOD = {"TEXT": {"NOT_IN": ["(", ")", ":", ";", ","]},
                   "NORM": {"NOT_IN": [PERCENT, POINTS]}, "OP": "{1,3}"}
#: "to 4.7% from 4.3%", "to 18.2%, versus 16.9% a year earlier": the level a margin moved
#: from, set against the one it reached
_AGAINST = {"LOWER": {"IN": ["from", "versus", "vs", "against"]}}
#: "on the prior-year quarter's", "from last year's": the words naming the earlier level
_EARLIER_LEVEL = {"NORM": {"NOT_IN": list(FIGURES)}, "TEXT": {"NOT_IN": [",", ";", ".", ":"]},
                  "OP": "{0,6}"}

#: "… recycled, giving a recycling rate of 41%": a verb that says the rate follows from the
#: pair before it
_CONSEQUENCE = {"LOWER": {"IN": ["giving", "making", "meaning", "producing", "putting", "for"]},
                "OP": "?"}
#: ", a total of", ", or", ", which comes to": what a rate set on an amount comes to
_COMES_TO = {"LOWER": {"IN": ["a", "or", "that", "is", "some", "which", "comes", "came", "to",
                              "amounting", "total", "sum", "of"]}, "OP": "{0,3}"}
#: the words that name a group of a trial's participants: "in the control arm"
ARMS = ("group", "arm", "groups", "arms")
#: what a stepped-wedge trial's groups are: "in the intervention periods", "during control
#: periods" (each cluster crossing from one to the other)
_WEDGE = ("period", "periods")
#: "of the 1,530", "of our 1,148 students": the whole a portion is counted "of"
_THE = words("the", "our", "its", "their", "all", optional=True)
#: "of the district's 46,300 households": an owner standing where "the" would
_OWNER = [words("the"), {"IS_ALPHA": True, "NORM": {"NOT_IN": list(FIGURES)}},
          words("'s", "’s")]


def _owned(patterns: list[list]) -> list[list]:
    """The patterns, and each that counts a portion "of the" whole again with the whole's
    owner named before it ("of the town's 6,000 homes")."""
    return patterns + [p[:2] + _OWNER + p[3:] for p in patterns
                       if len(p) > 2 and p[1] == words("of") and p[2] is _THE]
#: "1,150 of the bikes", "42 of those species": the words before a noun naming a whole
_NAMING = ("the", "our", "its", "their", "those", "these")
#: the marks that set a share off beside its portion: brackets, square ones too ("2,017
#: [52.2%]", as abstracts write them), and a pair of dashes, typed as "--" in plain text
_OPEN, _CLOSE = ("(", "["), (")", "]")
_DASHES = ("-", "—", "–", "--")
_HEDGE = words("some", "about", "roughly", "nearly", "almost", "around", "approximately",
               optional=True)

#: the words that end a noun phrase naming a whole: a clause, a comparison or a period goes on
_PHRASE_ENDS = ["and", "or", "but", "while", "whereas", "than", "to", "from", "with", "against",
                "versus", "vs", "compared", "by", "in", "for", "on", "at", "during", "which",
                "that", "who", "up", "down", "more", "less", "is", "was", "were", "are", "be",
                "been", "a", "an", "the", "per", "each", "every"]

#: the words after a whole that say what it counts, up to its bracketed share: "of 143
#: self-fit participants", "of the 186,400 boxes coming back to the shed" (hyphened words
#: too; no figure, no clause mark)
_WHOLE_WORDS = {"TEXT": {"REGEX": r"^(?:[^\W\d_]+|-)$"}, "NORM": {"NOT_IN": list(FIGURES)},
                "LOWER": {"NOT_IN": ["and", "or", "but", "while", "whereas", "than", "against",
                                     "versus", "vs", "compared"]},
                "OP": "{0,8}"}

PATTERNS = Patterns({
    "of": [[figure(PERCENT, role="share"), words("of"), gap(3, filler=FILLER),
            figure(*AMOUNTS, role="whole")],
           # "about 40% of the standard $149 membership", "49 per cent of the month's average
           # of 78mm": the whole written after the words that describe it, one noun phrase on
           [figure(PERCENT, role="share"), words("of"),
            words("the", "its", "their", "our", "his", "her"),
            {"LOWER": {"NOT_IN": _PHRASE_ENDS}, "NORM": {"NOT_IN": list(FIGURES)},
             "IS_PUNCT": False, "OP": "{1,4}"},
            figure(*AMOUNTS, role="whole")],
           [figure(PERCENT, role="share"), words("of")]],
    "or": [[words("or"), figure(PERCENT, role="share"), {"IS_PUNCT": True}],
           # "Of the 1,840 pupils entered, 1,472 passed - a pass rate of 80%": the rate the
           # pair's clause names, set off right after it, restates portion over whole as
           # "or 80%" does
           # "provided 127.3 TWh of the 251.0 TWh generated, a 50.7% share": a share noun
           # set off after the pair it restates
           [words("-", "—", "–", ","), _CONSEQUENCE, words("them", "it", optional=True),
            words("a", "an"), figure(PERCENT, role="share"),
            words("share", "portion", "proportion"), words("of", optional=True),
            gap(3), {"IS_PUNCT": True}],
           # "Only 11 of the 56 games ended level (a draw rate of 19.6%)": the rate in
           # brackets after the pair restates it as the set-off rate does
           [words("-", "—", "–", ",", "("), _CONSEQUENCE, words("a", "an"),
            {"IS_ALPHA": True, "OP": "{0,2}"},
            words("rate", "turnout", "proportion"), words("of"),
            figure(PERCENT, role="share"), {"IS_PUNCT": True}]],
    # "together produced 4,489 births, a share of 32.3%": the share noun before its
    # percent, set off after the amount it restates
    "set-share": [[words("-", "—", "–", ","), words("a", "an"),
                   {"IS_ALPHA": True, "OP": "?",
                    "LOWER": {"NOT_IN": ["rate", "change", "rise", "fall", "drop", "increase",
                                         "decrease", "growth"]}},
                   words("share", "proportion"), words("of"), figure(PERCENT, role="share"),
                   {"IS_PUNCT": True}]],
    # "1,378 (57.4%)": a count and its share in brackets, the whole named elsewhere
    "paren": _owned([
              [figure(*AMOUNTS, role="portion"), {"IS_ALPHA": True, "OP": "{0,2}"},
               words(*_OPEN), figure(PERCENT, role="share"), words(*_CLOSE)],
              # "142 million litres - about 12 per cent - never …": dashes set the share off
              # as brackets do (a pair of them: one dash may open a clause of its own)
              [figure(*AMOUNTS, role="portion"), {"IS_ALPHA": True, "OP": "{0,2}"},
               words(*_DASHES), _HEDGE, figure(PERCENT, role="share"),
               words(*_DASHES)],
              [figure(*AMOUNTS, role="portion"), words("of"), _THE,
               figure(*AMOUNTS, role="whole"), _WHOLE_WORDS, words(*_OPEN),
               figure(PERCENT, role="share"), words(*_CLOSE)],
              # "Of the 8,000 commuters asked, 30% (2,400 people) named safety": the share
              # first, its portion in brackets after it (the whole as for "1,378 (57.4%)")
              [figure(PERCENT, role="share"), words(*_OPEN),
               figure(*AMOUNTS, role="portion"), {"IS_ALPHA": True, "OP": "{0,2}"},
               words(*_CLOSE)],
              # "fell from 56.9% (141 of 248) to …": the share, then in brackets the pair it
              # is the quotient of, portion "of" whole
              [figure(PERCENT, role="share"), words(*_OPEN),
               figure(*AMOUNTS, role="portion"), words("of", "out"), words("of", optional=True),
               figure(*AMOUNTS, role="whole"), {"IS_ALPHA": True, "OP": "{0,2}"},
               words(*_CLOSE)],
              # "about €212 million, of which €147 million had been spent by the end of
              # June (69%)": the share in brackets closing the "of which" clause its portion
              # opens (words only between, no figure, mark or clause of its own)
              [words("of"), words("which", "whom"),
               figure(*AMOUNTS, role="portion"),
               {"IS_ALPHA": True, "NORM": {"NOT_IN": list(FIGURES)},
                "LOWER": {"NOT_IN": ["and", "or", "but", "while", "which", "who", "that",
                                     "compared", "than", "against", "versus"]},
                "OP": "{3,10}"},
               words(*_OPEN), figure(PERCENT, role="share"), words(*_CLOSE)],
              # "1,150 of the bikes (35.9%)": the whole the count of bikes an earlier
              # sentence states (see _bracketed)
              [figure(*AMOUNTS, role="portion"), words("of"), words(*_NAMING),
               {"IS_ALPHA": True, "NORM": {"NOT_IN": list(FIGURES)}, "OP": "{1,3}"},
               words(*_OPEN), figure(PERCENT, role="share"), words(*_CLOSE)],
              # "5,120 patients in the control arm (41.3%)": the group the count is of named
              # before its bracket (the whole is that group's size, see _bracketed)
              [figure(*AMOUNTS, role="portion"), {"IS_ALPHA": True, "OP": "{0,2}"},
               words("in"), words("the", optional=True),
               {"IS_ALPHA": True, "OP": "{1,2}"}, words("-", optional=True),
               {"IS_ALPHA": True, "OP": "?"}, words(*ARMS, *_WEDGE), words(*_OPEN),
               figure(PERCENT, role="share"), words(*_CLOSE)],
              # "1,204 of 1,530 patients seen in spring were treated within a week, 78.7%.":
              # the share closing the clause of its pair
              [figure(*AMOUNTS, role="portion"), words("of"), _THE,
               figure(*AMOUNTS, role="whole"), gap(16), words(","), _HEDGE,
               figure(PERCENT, role="share"), {"IS_PUNCT": True}],
              # "1,874 of the 3,120 people who answered - 60 per cent - named …" (", or 60%"
              # after such a pair is the "or" pattern's)
              [figure(*AMOUNTS, role="portion"), words("of"), _THE,
               figure(*AMOUNTS, role="whole"), {"IS_ALPHA": True, "OP": "{0,4}"},
               words(*_DASHES), words("some", "about", "roughly", "nearly",
                                           optional=True),
               figure(PERCENT, role="share"), {"IS_PUNCT": True}]]),
    # "giving them a 55.3% share of generation": the share names its whole after "of"
    "share-noun": [[figure(PERCENT, role="share"), words("share", "portion", "proportion"),
                    words("of"), gap(3, filler=FILLER), figure(*AMOUNTS, role="whole")],
                   [figure(PERCENT, role="share"), words("share", "portion", "proportion"),
                    words("of")]],
    # "41% of the speakers -- 59 of the 143 --", "12 percent of the sample, or 96 of 800": the
    # share and, set off after it, its portion "of" its whole
    # "Operating costs were €479.9 million, of which fuel, at €141.1 million, was 29.4%":
    # the amount set off after the item "which" picks out of the whole before it
    "of-which-at": [[figure(*AMOUNTS, role="whole"), words(","), words("of"), words("which"),
                     {"IS_ALPHA": True, "OP": "{1,3}"}, words(","), words("at"),
                     figure(*AMOUNTS, role="portion"), words(","),
                     words("was", "is", "were", "are", "made", "makes", "accounted",
                           "accounts", "represented", "represents"),
                     words("up", "for", optional=True), _HEDGE,
                     figure(PERCENT, role="share")]],
    "apposed": [[figure(PERCENT, role="share"), words("of"), gap(5), {"IS_PUNCT": True},
                 words("or", "some", "that", "is", optional=True),
                 figure(*AMOUNTS, role="portion"), words("of", "out"), words("of", optional=True),
                 words("the", optional=True), figure(*AMOUNTS, role="whole")]],
    # "we have raised $52,300 towards our $80,000 goal, or 65.4%", "pledged £9,100 of the
    # £12,000 target, which is 75.8% of the way": an amount gathered toward a goal, and the
    # share of the goal it has reached
    "toward": [[figure(*AMOUNTS, role="portion"), {"IS_ALPHA": True, "OP": "{0,2}"},
                words("toward", "towards", "of", "against"),
                words("our", "the", "a", "an", "its", "their", "his", "her", optional=True),
                {"IS_ALPHA": True, "NORM": {"NOT_IN": list(FIGURES)}, "OP": "{0,2}"},
                figure(*AMOUNTS, role="whole"), {"IS_ALPHA": True, "OP": "{0,2}"},
                words("goal", "target", "objective", "aim"),
                {"TEXT": {"NOT_IN": [".", ";", ":", "(", ")"]},
                 "NORM": {"NOT_IN": list(FIGURES)}, "OP": "{0,6}"},
                words(",", "-", "—", "–"), words("or", "which", "that", "so", "some", "about",
                                                 "nearly", "almost", "roughly", "is",
                                                 "reaching", "putting", "meaning",
                                                 optional=True),
                words("is", "means", "makes", "puts", "takes", optional=True),
                words("us", "it", "them", optional=True),
                words("some", "about", "nearly", "almost", "roughly", "just", "over", "under",
                      "around", optional=True),
                figure(PERCENT, role="share")]],
    # "interest of 3.5% on their share capital of £1.28 million, a total of £44,800", "a
    # levy of 2% of the £60,000 raised, or £1,200": a rate set on an amount, then what it
    # comes to
    "rate-on": [[words("of", "at"), figure(PERCENT, role="share"), words("on", "of"), gap(5),
                 figure(*AMOUNTS, role="whole"), words(","), _COMES_TO,
                 figure(*AMOUNTS, role="portion"), words("a", "per", "each", optional=True),
                 words("year", "annum", "month", "quarter", "week", optional=True),
                 {"IS_PUNCT": True}],
                # "reduced by 55% of the £850, a reduction of £467.50": a cut set as a rate
                # of an amount, then the sum it comes to
                [words("by"), figure(PERCENT, role="share"), words("of"), gap(5),
                 figure(*AMOUNTS, role="whole"), words(","), words("a", "an"),
                 {"IS_ALPHA": True, "OP": "{1,2}"}, words("of"),
                 figure(*AMOUNTS, role="portion"), {"IS_PUNCT": True}]],
    # "Tax: 20% on the £35,000 between £13,000 and £48,000, which is £7,000" (a list item of
    # rates, each opening its clause): the rate, the amount it is set on (an aside on that
    # amount after it), then what it comes to
    "rate-opens": [[figure(PERCENT, role="share"), words("on", "of"), gap(3),
                    figure(*AMOUNTS, role="whole"),
                    {"ORTH": {"NOT_IN": [",", ";", ".", ":"]}, "OP": "{0,8}"}, words(","),
                    words("which", "that"), words("is", "comes", "came", "was", "makes"),
                    words("to", optional=True), figure(*AMOUNTS, role="portion"),
                    {"IS_PUNCT": True}]],
    "margin": [[words("margin"), words("of", "was", "is"), figure(PERCENT, role="share")],
               # "the margin improved to 4.7%", "lifting the EBIT margin to 7.7%" (the verb
               # before it), "the margin rose sharply to 9%"
               [words("margin"), {"IS_ALPHA": True, "LOWER": {"NOT_IN": ["of", "was", "is"]},
                                  "OP": "{0,2}"},
                words("to", "at"), figure(PERCENT, role="share")],
               [words("margin"), {"IS_ALPHA": True, "OP": "{0,2}"}, words("to", "at"),
                figure(PERCENT), words(",", optional=True), _AGAINST,
                figure(PERCENT, role="share")],
               # "Gross margin was 77.4%, compared with 76.2% a year earlier", "a margin of
               # 10.1%, up from 4.4%": the level it is set against is the earlier period's
               [words("margin"), {"IS_ALPHA": True, "OP": "{0,2}"},
                words("of", "was", "is", "to", "at"), figure(PERCENT), words(",", optional=True),
                words("compared", "up", "down", optional=True),
                words("with", "from", "against", "versus", "vs"),
                figure(PERCENT, role="share")],
               # "the margin widened by 0.2 percentage points to 11.5%, from 11.3%": the size
               # of the move between the verb and the level
               [words("margin"), {"IS_ALPHA": True, "OP": "{1,2}"}, words("by"),
                figure(PERCENT, POINTS), _POINT_WORDS, words("to", "at"),
                figure(PERCENT, role="share")],
               [words("margin"), {"IS_ALPHA": True, "OP": "{1,2}"}, words("by"),
                figure(PERCENT, POINTS), _POINT_WORDS, words("to", "at"), figure(PERCENT),
                words(",", optional=True), _AGAINST, figure(PERCENT, role="share")],
               # "lifting the margin to 12.0%, up 0.9 points on last year's 11.1%", "a
               # margin of 15.1%, down 0.4 points from 15.5%": the move after the level, then
               # the level it moved from
               [words("margin"), {"IS_ALPHA": True, "OP": "{0,2}"},
                words("to", "at", "of", "was", "is"),
                figure(PERCENT), words(","), words("up", "down"), figure(PERCENT, POINTS),
                _POINT_WORDS, words("on", "from"), _EARLIER_LEVEL,
                figure(PERCENT, role="share")],
               # "the gross margin improved from 39.5% to 40.3%", "improved by 1.3 percentage
               # points, from 7.1% to 8.4%": the level it moved from, then the one it reached
               *[[words("margin"), *lead, words("from"), figure(PERCENT, role=first),
                  words("to"), figure(PERCENT, role=second)]
                 for lead in ([{"IS_ALPHA": True, "OP": "{0,2}"}],
                              [{"IS_ALPHA": True, "OP": "{1,2}"}, words("by"),
                               figure(PERCENT, POINTS), _POINT_WORDS, words(",", optional=True)])
                 for first, second in (("share", None), (None, "share"))],
               # "Gross margin expanded 1.0 percentage point to 35.5%": the move's size with no
               # "by" before it
               [words("margin"), {"IS_ALPHA": True, "OP": "{1,2}"}, figure(PERCENT, POINTS),
                _POINT_WORDS, words("to", "at"), figure(PERCENT, role="share")],
               # "EBIT margin 13.1%", as a release's highlights write it: the level with no
               # verb; "…, up 1.2 percentage points from 11.9%", "… (H1 2024: 8.4%)": the
               # level it moved from, or the earlier period's in brackets after it
               [words("margin"), figure(PERCENT, role="share")],
               [words("margin"), words("of", "was", "is", "at", optional=True), figure(PERCENT),
                words(","), words("up", "down"), figure(PERCENT, POINTS), _POINT_WORDS,
                words("on", "from"), _EARLIER_LEVEL, figure(PERCENT, role="share")],
               [words("margin"), words("of", "was", "is", "at", optional=True), figure(PERCENT),
                words("("), _BRACKET_PERIOD, words(":"), figure(PERCENT, role="share"),
                words(")")]],
    # "the load factor climbed to 85.1 percent", "The resulting load factor of 84.7 per cent":
    # an airline's traffic as a share of its capacity
    "load-factor": [[words("load"), words("factor", "factors"),
                     {"IS_ALPHA": True, "OP": "{0,3}",
                      "LOWER": {"NOT_IN": ["from", "on", "than", "against", "versus", "vs"]}},
                     figure(PERCENT, role="share")]],
    # "accounted for 27.6% of sales, compared with 26.2% a year ago": a share's level set
    # against the one it had in an earlier period (the share of the same rows there)
    "earlier": [[figure(PERCENT, role="level"),
                 # "of group sales": the whole's words may stand between
                 {"IS_ALPHA": True, "OP": "{0,5}",
                  "LOWER": {"NOT_IN": ["and", "but", "while", "whereas", "which", "than"]}},
                 words(",", optional=True),
                 words("compared", "up", "down", optional=True),
                 words("with", "from", "against", "versus", "vs"),
                 figure(PERCENT, role="share")]],
    # "a dividend of CHF 3.40 per share, a payout ratio of 50%": the dividend a share over
    # the earnings a share the text gave (a payout "of" what it names is the "of" pattern's)
    "payout": [[words("payout", "pay-out"), words("ratio", optional=True),
                words("of", "was", "is"), figure(PERCENT, role="share")]],
    # "Their share of total generation rose to 38.3 percent from 32.8 percent"
    "share-of": [[words("share", "shares", "proportion"), words("of"),
                  {"IS_ALPHA": True, "OP": "{1,4}"}, words("to", "at", "was", "is", "of"),
                  figure(PERCENT, role="share")],
                 [words("share", "shares", "proportion"), words("of"),
                  {"IS_ALPHA": True, "OP": "{1,4}"}, words("to", "at"), figure(PERCENT),
                  words("from"), figure(PERCENT, role="share")],
                 # "The club's share of our income edged down from 24.0% to 23.6%": each end
                 # of the move is a share of the whole, the first of the earlier period's
                 [words("share", "shares", "proportion"), words("of"),
                  {"IS_ALPHA": True, "OP": "{1,4}"}, words("from"),
                  figure(PERCENT, role="share"), words("to"), figure(PERCENT)],
                 [words("share", "shares", "proportion"), words("of"),
                  {"IS_ALPHA": True, "OP": "{1,4}"}, words("from"), figure(PERCENT),
                  words("to"), figure(PERCENT, role="share")]],
})


#: what may stand before a rate that opens its own clause: "…: 20% on the first £35,000"
_OPENS = (",", ";", ":", "and", "then", "plus")

#: the patterns of a rate named by its measure ("the margin", "the load factor"): the level
#: a change in points may start or end at
_LEVELS = ("margin", "share-of", "load-factor")


def find(sentence: Sentence, document: Document, taken: list[Suggestion]) -> list[Suggestion]:
    out: list[Suggestion] = []
    # a margin may be the level a percentage-point change starts or ends at ("the margin
    # improved to 4.7% from 4.3%, a gain of 0.4 points"): a level is also a share
    margins = [m for m in PATTERNS(sentence) if m.name in _LEVELS]
    others = [m for m in PATTERNS(sentence) if m.name not in (*_LEVELS, "earlier")]
    earlier = [m for m in PATTERNS(sentence) if m.name == "earlier"]
    # so may a share "of" a whole ("or 60.9 percent of all generation, up from 49.2
    # percent"): the level a change of the rate ends at is still a part of its whole; and a
    # count's bracketed percent ("31 participants (5.0%) in the intervention group and 53
    # (8.5%) in the control group, a reduction of 3.5 points"); and an end of a gap in points
    # between two groups ("… (71.4%) against … (65.9%), a difference of 5.5 points")
    shares = {m.roles["share"].local for m in PATTERNS(sentence)
              if m.name in (*_LEVELS, "of", "paren", "earlier")}
    kept = [s for s in taken if not any(local in shares and role in ("initial", "final",
                                                                     "minuend", "subtrahend")
                                        for role, xs in s.roles for local in xs)]
    for m, share in chain(unclaimed(margins, "share", kept, out),
                          unclaimed(others, "share", kept, out)):
        if m.name == "paren":
            portion = m.roles.get("portion")
            if portion is not None and share.token >= 2 and \
                    sentence.doc[share.token - 2].lower_ in _WEDGE and \
                    not _arm_words(sentence.doc, portion, m):
                continue  # "in the winter periods (19.5%)": no group of a trial named
            if share.token < m.roles.get("portion", share).token and (
                    is_change(sentence, share) or m.roles["portion"].cls not in AMOUNTS
                    or m.roles["portion"].unit in (PERCENT, POINTS)):
                continue  # "rose 30% (2,400 more)": a change and its amount, no share
            found = _bracketed(sentence, document, m, share) or \
                _listed_after_a_share(sentence, document, m, out)
        elif m.name == "toward":
            found = (m.roles["portion"], m.roles["whole"])
            if found[0].unit != found[1].unit or is_change(sentence, share) or \
                    is_change(sentence, found[0]):
                continue  # "£5,000 more towards the £60,000 target, up 9%": no share
        elif m.name == "of-which-at":
            found = (m.roles["portion"], m.roles["whole"])
            if found[0].unit != found[1].unit:
                continue
        elif m.name in ("apposed", "rate-on", "rate-opens"):
            found = (m.roles["portion"], m.roles["whole"])
            if m.name == "rate-opens" and (m.start > 0 and sentence.doc[m.start - 1].lower_
                                           not in _OPENS or is_change(sentence, found[0])):
                # "rose 5% on the £800 …": a rate inside a clause may be a change; "…, which
                # is £40 more": what it comes to is a gap. (A rate opening its clause sets
                # "on" its amount, however "4% on last year's" reads as a baseline elsewhere.)
                continue
            # ("cut by 55% of £850, a cut of £467.50": "by" a rate "of" an amount is a
            # change whose size the share states, so the change it is does not bar it)
            cut = sentence.doc[m.start].lower_ == "by"
            if found[0].unit != found[1].unit or m.name == "rate-on" and (
                    is_change(sentence, share) and not cut or is_base(sentence, found[1])):
                continue  # "an increase of 3% on last year's £1.2m, to £1.24m": a change
        elif m.name == "margin":
            found = _margin(sentence, document, m, share)
        elif m.name == "share-of":
            found = _share_of(sentence, document, m, share)
        elif m.name == "load-factor":
            found = _load_factor(sentence, document, m, share)
        elif m.name == "payout":
            found = _payout(sentence, document, m, share)
        elif m.name == "set-share":
            found = _set_off_share(sentence, document, m)
        elif m.name == "or" and _after_a_change(sentence, m):
            continue  # "an increase of 430, or 11.6%": the change's percent, no share
        elif m.name == "or" and _after_a_percent(sentence, m):
            continue  # "at 0.1% (low) or 0.2% (high)": one rate or another, no restatement
        elif m.name == "of" and (counted := _count_before_bracket(sentence, share)) is not None \
                and _arm_words(sentence.doc, share, m):
            # "23 pupils (1.1 percent of those in the control arm)": the bracket's words name
            # the trial's group the count is a share of
            found = None if _arm_counted_twice(sentence, document, counted) else \
                _trial_arm(sentence, document, m, counted)
        else:
            found = portion_and_whole(sentence, document, m, share)
            if found is None and m.name == "of":
                found = _subject_counted_before(sentence, document, m, share) or \
                    _included_in(sentence, m, share)
        if found is None:
            continue
        portion, whole = found
        if whole.sentence == sentence.index:
            # "201 of the 248 (81.1%)": the whole is the nurses' count an earlier sentence
            # brought in, "the 248" naming no things of its own
            whole = introduced(sentence, document, whole)
        if m.name == "share-noun" and (portion.token > share.token or whole.unit != portion.unit):
            continue  # "a 40% share of the market, 2.1 million cars": no portion before it
        out.append(make("ShareRelation", sentence.claim,
                        {"portion": portion, "whole": whole, "share": share}, m.evidence,
                        f"{portion.text} is {share.text} of {whole.text}", across=True))
    # (after the levels: the earlier share is of the rows the level's share was read of)
    for m, share in unclaimed(earlier, "share", kept, out):
        found = _earlier_share(sentence, document, m, share, out)
        if found is not None:
            portion, whole = found
            out.append(make("ShareRelation", sentence.claim,
                            {"portion": portion, "whole": whole, "share": share}, m.evidence,
                            f"{portion.text} is {share.text} of {whole.text}", across=True))
    return out


#: the words that end the noun phrase a fraction names its whole with: a clause, a
#: comparison or another figure goes on ("a third of all visits and a quarter of …")
_FRACTION_PHRASE_ENDS = {"and", "or", "but", "while", "whereas", "which", "that", "who",
                         "than", "compared", "against", "versus", "vs", "up", "down", "from",
                         "to", "by", "was", "were", "is", "are", "rose", "fell"}


def restated_fractions(sentence: Sentence, found: list[Suggestion]) -> list[Suggestion]:
    """"21,150 of them, more than a third (36.0%), went to families", "almost half of all
    income (48.6 per cent)", "One in five journeys (20.3 per cent) was made on a pass": a
    percent in brackets right after a fraction and the words naming what it is a fraction of
    restates that fraction as a share, so it is a share of the same portion of the same
    whole the words read for the fraction (``found``: this sentence's relations, of every
    kind); none where other words, a mark or a figure stand between the two."""
    doc = sentence.doc
    used = {local for s in found for local in s.figures}
    out = []
    for s in found:
        roles = dict(s.roles)
        if s.kind != "RatioRelation" or any(len(roles.get(r, ())) != 1
                                            for r in ("numerator", "denominator", "ratio")):
            continue
        fraction = next((x for x in sentence.slots if x.local == roles["ratio"][0]), None)
        if fraction is None or fraction.cls != FRACTION:
            continue
        at = fraction.token + 1
        # "a third of all guest nights in the quarter (", "one in five journeys ("
        while at < len(doc) and at < fraction.token + 10 and (
                doc[at].is_alpha or doc[at].text in ("'s", "’s", "-")) and \
                doc[at].norm_ not in FIGURES and doc[at].lower_ not in _FRACTION_PHRASE_ENDS:
            at += 1
        if at + 2 >= len(doc) or doc[at].text not in _OPEN or doc[at + 2].text not in _CLOSE:
            continue
        share = sentence.by_token.get(at + 1)
        if share is None or share.cls != PERCENT or share.local in used:
            continue
        used.add(share.local)
        out.append(Suggestion("ShareRelation", s.claim,
                              (("portion", roles["numerator"]), ("whole", roles["denominator"]),
                               ("share", (share.local,))),
                              " ".join(doc[fraction.token:at + 3].text.split()),
                              s.label.replace(fraction.text, share.text, 1)
                              if fraction.text in s.label else
                              f"{fraction.text} ({share.text})", across=s.across))
    return out


#: the words after a figure that put it in an earlier period: "26.2% last year", "in 2024"
_EARLIER_WORDS = {"last", "previous", "prior", "earlier", "ago", "before"}


def _earlier_share(sentence: Sentence, document: Document, m: Match, share,
                   read: list[Suggestion]) -> tuple[Slot, Slot] | None:
    """"Online … accounted for 27.6% of group sales, compared with 26.2% a year ago", where
    the 27.6% was read of a table's rows (the text's figures restate the cells or are them):
    the earlier share is the same two rows' cells in the table's one other column of them,
    an earlier period's (the words say the share is earlier; the table says which column)."""
    doc = sentence.doc
    after = doc[share.token + 1:share.token + 5]
    stop = next((t.i for t in after if t.is_punct), share.token + 5)
    if not (is_earlier(sentence, share) or any(
            t.lower_ in _EARLIER_WORDS or t.norm_ == YEAR for t in doc[share.token + 1:stop])):
        return None  # "compared with 26.2% for stores": another row's share, not earlier
    level = m.roles["level"].local
    roles = next((dict(s.roles) for s in read if s.kind == "ShareRelation"
                  and dict(s.roles).get("share") == (level,)), None)
    if roles is None:
        return None
    cells = [CELL.fullmatch(local) or CELL.fullmatch(document.restated.get(local, ""))
             for local in (roles["portion"][0], roles["whole"][0])]
    if None in cells or cells[0][1] != cells[1][1] or cells[0][3] != cells[1][3]:
        return None
    rows = table_rows(document)
    portions, wholes = ({CELL.fullmatch(s.local)[3]: s for s in rows.get(cell.groups()[:2], [])}
                        for cell in cells)
    now = portions.get(cells[0][3])
    if now is None:
        return None
    pairs = []
    for column, portion in portions.items():
        whole = wholes.get(column)
        if column == cells[0][3] or whole is None or portion.cls not in AMOUNTS or \
                {portion.unit, whole.unit} != {now.unit}:
            continue
        then, current = document.periods.get(portion.local), document.periods.get(now.local)
        if then is not None and current is not None and not then < current:
            continue  # a later column (a forecast, the next year's plan) is no earlier share
        pairs.append((portion, whole))
    return pairs[0] if len(pairs) == 1 else None


#: "made up", "accounted for", "were": the verb between a share's subject and its figure
_SHARE_VERBS = {"made", "make", "makes", "accounted", "account", "accounts", "represented",
                "represent", "represents", "formed", "form", "forms", "comprised", "were",
                "was", "are", "is"}
_ADVERBS = {"therefore", "thus", "now", "still", "alone", "together", "so", "also", "up", "for",
            "almost", "nearly", "about", "roughly", "around", "just", "some", "over", "under",
            "only", "exactly", "approximately", "close", "to"}


def _subject_counted_before(sentence: Sentence, document: Document, m: Match, share):
    """"(3,886 women and 4,256 men) … Women made up 46.2% of the sample": a share with no
    amount in its sentence whose subject is what one figure of the nearest of the four
    sentences before counts; its whole is the larger figure that sentence lists the portion
    among (the panel of 8,412 workers), never a figure of another sentence."""
    doc = sentence.doc
    verbs = [t.i for t in doc[:share.token] if t.lower_ in _SHARE_VERBS]
    if not verbs or any(s.cls in AMOUNTS for s in sentence.slots if s.token < share.token) or \
            not all(t.lower_ in _ADVERBS for t in doc[verbs[0] + 1:share.token]):
        return None
    subject = [stem(t.text) for t in doc[:verbs[0]] if t.is_alpha and
               t.lower_ not in ("the", "a", "an", "our", "their", "its", "therefore", "thus",
                                "so", "together", "alone", "all")]
    if not subject or len(subject) > 3:
        return None
    for before in reversed(document.sentences[max(0, sentence.index - 4):sentence.index]):
        counted = [s for s in before.slots if s.cls in AMOUNTS and s.value is not None and
                   subject[-1] in nouns_after(before, s, 2) and set(subject) <= name(before, s)]
        if counted:
            break
    else:
        return None
    if len(counted) != 1:
        return None
    portion = counted[0]
    wholes = [s for s in before.slots if s.token < portion.token and s.unit == portion.unit
              and s.value is not None and s.value > portion.value and s.cls in AMOUNTS]
    if len(wholes) != 1:
        return None
    # listed among the whole: "8,412 workers (3,886 women …)", "2,140 households: 612 …",
    # "2,140 households, including 612 …", "…, 612 of them …"; never a figure beside it
    # ("410 members and 96 juniors": juniors need not be members)
    between = {t.lower_ for t in before.doc[wholes[0].token + 1:portion.token]}
    after = [t.lower_ for t in before.doc[portion.token + 1:portion.token + 3]]
    if between & {"(", ":", "including", "whom", "which"} or after == ["of", "them"] or \
            after == ["of", "whom"]:
        return portion, wholes[0]
    return None


#: the words that bring in a part of the figure right before them
_INCLUDING = ("including", "includes", "included")


def _included_in(sentence: Sentence, m: Match, share):
    """"The reserve now covers 640 hectares, including 96 hectares bought last year, about
    15% of the whole site": a share set off after a part that "including" brings in is that
    part's share of the figure "including" follows (a comma alone between them, the same
    unit; the part's own words only, no figure or clause mark, up to the share)."""
    doc = sentence.doc
    before = [s for s in sentence.slots if s.token < share.token and s.cls in AMOUNTS]
    if len(before) < 2:
        return None
    portion, whole = before[-1], before[-2]
    between = doc[whole.token + 1:portion.token]
    said = [t for t in between if t.text != ","]
    if portion.unit != whole.unit or "," not in [t.text for t in between] or not said or \
            said[-1].lower_ not in _INCLUDING or len(said) > 3 or \
            not all(t.is_alpha for t in said):
        return None
    # the part's own words, then the mark that sets the share off ("…, about 15% of")
    gap = [t for t in doc[portion.token + 1:share.token]
           if t.lower_ not in ("about", "some", "nearly", "almost", "roughly", "around",
                               "just", "over", "under", "approximately")]
    if not gap or gap[-1].text not in (",", "-", "—", "–", "(") or len(gap) > 9 or \
            any(not t.is_alpha or t.norm_ in FIGURES for t in gap[:-1]) or \
            is_change(sentence, share):
        return None
    return portion, whole


def _set_off_share(sentence: Sentence, document: Document, m: Match):
    """"the three rural regions together produced 4,489 births, a share of 32.3%": the
    amount right before the share noun (its noun alone between) is the portion, a level of
    its own (never a change, a baseline or a rate); the whole is the total of its unit the
    text states before it (resolve)."""
    doc = sentence.doc
    before = [s for s in sentence.slots if s.token < m.start and s.cls in AMOUNTS]
    if not before:
        return None
    portion = before[-1]
    between = doc[portion.token + 1:m.start]
    if len(between) > 2 or not all(t.is_alpha and t.norm_ not in FIGURES for t in between) \
            or not level(sentence, portion):
        return None
    whole = resolve(sentence, document, portion, before=portion.token,
                    also=name(sentence, portion), exclude=before[:-1])
    return (portion, whole) if whole is not None and whole.unit == portion.unit else None


def _after_a_change(sentence: Sentence, m: Match) -> bool:
    """The figure just before "or" (only a comma between) is a change ("rose by 1,200, or
    4%", "an increase of 430, or 11.6%"): the percent after it is that change's."""
    doc = sentence.doc
    # ("+6.2 ms, or 2.0%": a unit word may stand between)
    before = [s for s in sentence.slots if s.cls in AMOUNTS and s.token < m.start
              and all(t.text in (",", "(") or t.is_alpha and t.i <= s.token + 2
                      for t in doc[s.token + 1:m.start])]
    return bool(before) and is_change(sentence, before[-1])


def _bracketed(sentence: Sentence, document: Document, m: Match, share):
    """"Of the 2,416 asked, 1,378 (57.4%) …" and "31,480 students: 21,950 undergraduates
    (69.7%) and …": the whole is the figure "Of the" opens the sentence with, or the one a
    colon lists the portions of; "38.6 of the 52 sessions (74.2%)": the one "of the" names."""
    portion = m.roles.get("portion") or next(s for s in sentence.slots if s.token == m.start)
    whole = m.roles.get("whole")
    if whole is not None:
        return (portion, whole) if whole.unit == portion.unit else None
    doc = sentence.doc
    at = portion.token - 1
    if at > 2 and doc[at].lower_ in ("'s", "’s") and doc[at - 1].is_alpha and \
            doc[at - 2].lower_ == "the":
        at -= 2  # "14 of the hospital's 96 posts": the owner stands where "the" would
    at -= at > 0 and doc[at].lower_ in ("the", "our", "its", "their", "all")
    counted = sentence.by_token.get(at - 1) if at > 0 and doc[at].lower_ == "of" else None
    if counted is not None and counted.cls in AMOUNTS and counted.unit == portion.unit:
        # "305 of 1,190 pupils in the intervention arm (25.6%)": the count "of" the group is
        # its whole, and the portion the figure before "of"
        return counted, portion
    opens = _of_which_before(doc, portion.token)
    if opens is not None:
        # "41,352 firms, of which 12,870 (31.1 percent) are in retail": the whole is the
        # figure "which" stands for, right before it
        earlier = [s for s in sentence.slots if s.token < opens
                   and s.unit == portion.unit]
        if earlier and qualified(sentence, earlier[-1]) is not None:
            # "148 workers from four employers, of whom 125 (84.5%)": "whom" stands for the
            # head of the noun phrase, not the figure a preposition adds to it
            return portion, qualified(sentence, earlier[-1])
        return (portion, earlier[-1]) if earlier else None
    named = _named_after_of(sentence, document, portion)
    if named is not None:
        return named
    follows = [t.lower_ for t in doc[portion.token + 1:portion.token + 3]]
    if follows[:1] == ["of"] and follows[1:] in (["them"], ["these"], ["those"]):
        # "the 27 that disappeared …, with 22 of them (81%)": the count "them" points back to
        earlier = [s for s in sentence.slots if s.token < portion.token and s.unit == portion.unit
                   and s is not portion]
        if not earlier and sentence.index > 0:
            # "Riders made 2.55 million trips, up from 2.15 million. E-bikes accounted for 1.02
            # million of them (40.0%)": "them" opens no count here, so it is the one level the
            # sentence before states in the portion's unit (never its baseline or a change)
            before = document.sentences[sentence.index - 1]
            levels = [s for s in before.slots if s.unit == portion.unit and s.cls == portion.cls
                      and level(before, s)]
            return (portion, levels[0]) if len(levels) == 1 else None
        return (portion, earlier[-1]) if earlier else None
    if [t.lower_ for t in doc[:2]] in (["of", "that"], ["of", "this"], ["of", "it"],
                                       ["of", "these"], ["of", "those"]) and \
            len(doc) > 2 and doc[2].is_punct and \
            not any(s.token < portion.token for s in sentence.slots) and sentence.index > 0:
        # "… spending of £318 million. Of that, £96 million (30 per cent) is …": "that" is
        # the one level the sentence before states in the portion's unit ("Of these, 410
        # (62%)": "these" the one count it states)
        before = document.sentences[sentence.index - 1]
        levels = [s for s in before.slots if s.unit == portion.unit and s.cls == portion.cls
                  and level(before, s)]
        if len(levels) > 1:
            # "48,906 attendances at the Board's two emergency departments … Of these,": a
            # number in words says how many of the things the count is at, not the count
            levels = [s for s in levels if any(c.isdigit() for c in s.text)]
        if len(levels) == 1:
            return portion, levels[0]
        if doc[1].lower_ not in ("these", "those"):
            return None
        # ("A total of 3,612 children were enrolled: 1,794 … and 1,818 …. Of these, 260
        # (7.2%)": of a trial's split counts, the participants all told, see _trial_arm)
    if [t.lower_ for t in doc[:2]] in (["of", "those"], ["of", "these"]) and \
            len(doc) > 2 and doc[2].is_alpha and doc[2].norm_ not in FIGURES and \
            not any(s.token < portion.token for s in sentence.slots):
        # "Of those parcels, 8,372 (39.0%) went to …": the parcels an earlier sentence counts
        noun = stem(doc[2].text)
        whole = resolve(sentence, document, portion, before=0, hint=(noun,), named=True,
                        same_sentence=False, back=2)
        if whole is not None and noun in name(document.sentences[whole.sentence], whole):
            return portion, whole
        return None
    named_before = _of_the_named(sentence, document, portion)
    if named_before is not None:
        return portion, named_before
    # "Results: Of 1,248 participants randomised, 1,139 (91.3%) …": a heading before the colon
    first = 2 if len(doc) > 2 and doc[1].text == ":" and doc[0].is_alpha else 0
    for slot in sentence.slots:
        if slot is portion or slot.unit != portion.unit or slot.token > portion.token:
            continue
        # ("Among the 236 pupils who sat the test, 121 (51.3%) passed": "among" opens the
        # whole as "of" does)
        opened = doc[first].lower_ in ("of", "among", "amongst") and slot.token <= first + 2
        colon = next((t.i for t in doc[slot.token + 1:slot.token + 4] if not t.is_alpha), None)
        listed = colon is not None and doc[colon].text == ":" and colon < portion.token
        if opened or listed:
            return portion, slot
    whole = _counted_before_semicolon(sentence, portion)
    if whole is not None:
        return portion, whole
    return _trial_arm(sentence, document, m, portion) or \
        _counted_earlier(sentence, document, portion) or \
        _followed_up(sentence, document, m, portion)


#: the words that say how many of a trial's participants stayed to be measured: "Follow-up
#: was completed by 291 participants (93.3%)", "outcome data were available for 287"
_FOLLOWED_UP = {"follow", "followed", "completed", "analysed", "analyzed", "available",
                "retained"}
#: the words after a count that make it one group's size: "156 assigned to", "124 in each"
_GROUP_AFTER = {"to", "in", "per", "each", "assigned", "allocated", "randomised",
                "randomized"}


def _followed_up(sentence: Sentence, document: Document, m: Match, portion: Slot):
    """"Follow-up was completed by 291 participants (93.3%)": in a trial's results, the
    participants followed up or analysed, a count naming no group with no other count before
    it, are a share of all the trial enrolled or randomised: the first count, no group's
    size, of the nearest earlier sentence (of the eight before) that says they were
    ("A total of 312 adults … were enrolled", "We randomised 248 nurses …")."""
    doc = sentence.doc
    if not {t.lower_ for t in doc[:portion.token]} & _FOLLOWED_UP or \
            _arm_words(doc, portion, m) or \
            any(s.token < portion.token and s.cls in AMOUNTS for s in sentence.slots):
        return None
    for before in reversed(document.sentences[max(0, sentence.index - 8):sentence.index]):
        if not any(t.lower_ in ALLOCATED for t in before.doc):
            continue
        counts = [s for s in before.slots if s.cls == portion.cls and s.unit == portion.unit
                  and s.value is not None and not is_change(before, s)]
        # (the participants counted by their noun: "312 adults", never "1" of "1:1")
        totals = [s for s in counts if not _group(before.doc, s)
                  and s.token + 1 < len(before.doc) and before.doc[s.token + 1].is_alpha
                  and before.doc[s.token + 1].lower_ not in _GROUP_AFTER]
        if totals:
            return portion, totals[0]
    return None


def _of_the_named(sentence: Sentence, document: Document, portion: Slot) -> Slot | None:
    """"The trams regenerated 1,150 MWh. Of the regenerated energy, 862 MWh (75.0%) was …",
    "Of the paper collected, 300 tonnes (60.0%) …": a sentence that opens "Of the" and words
    with no figure, up to a comma, shares out the level of an earlier sentence (of the two
    before) those words name; None where it opens otherwise or they name none."""
    doc = sentence.doc
    if [t.lower_ for t in doc[:2]] != ["of", "the"] or \
            any(s.token < portion.token for s in sentence.slots if s is not portion):
        return None
    comma = next((t.i for t in doc[2:portion.token] if not t.is_alpha), None)
    if comma is None or comma == 2 or doc[comma].text != "," or comma + 1 != portion.token:
        return None
    said = {verb_root(stem(t.text)) for t in doc[2:comma]} - {"the", "and", "of"}
    named = [(place, slot) for place in document.sentences[max(0, sentence.index - 2):
                                                          sentence.index]
             for slot in place.slots if slot.unit == portion.unit and slot.cls == portion.cls
             and level(place, slot) and not is_portion(place, slot)
             and said & {verb_root(w) for w in name(place, slot)}]
    # ("drew 4,000 MWh and regenerated 1,150 MWh": both are named so; the one right after
    # the word is the one it names)
    right_after = [slot for place, slot in named
                   if said & {verb_root(stem(t.text))
                              for t in place.doc[max(0, slot.token - 2):slot.token]}]
    if len(right_after) == 1:
        return right_after[0]
    return named[0][1] if len(named) == 1 else None


def _counted_earlier(sentence: Sentence, document: Document, portion: Slot):
    """"Results: We saw 2,310 callers. … Callers under 18 made up 412 calls … 506 callers
    (21.9%) phoned at night": a count whose noun stands between it and its bracketed share,
    with no whole in its sentence, is a share of the count of the same things an earlier
    sentence (of the eight before) states as a level of its own (never a portion of another,
    a change or a count in another period); None where the noun names no earlier count, or
    an amount of the portion's unit stands before it in its sentence."""
    doc = sentence.doc
    follows = []
    for t in doc[portion.token + 1:portion.token + 4]:
        if t.text in _OPEN:
            break
        if not t.is_alpha or t.norm_ in FIGURES:
            return None
        follows.append(t)
    if not follows or len(follows) > 2 or portion.value is None or \
            is_change(sentence, portion) or not level(sentence, portion) or any(
            s.unit == portion.unit and s.cls in AMOUNTS and s.token < portion.token
            and not _paired(sentence, s) for s in sentence.slots if s is not portion):
        return None
    if {t.lower_ for t in doc} & (CONTROL | INTERVENTION | set(ARMS)):
        return None  # a trial's group the count may be of (see _trial_arm)
    noun = stem(follows[-1].text)
    period = document.periods.get(portion.local)
    wholes = []
    for before in document.sentences[max(0, sentence.index - 8):sentence.index]:
        wholes += [s for s in before.slots if s.unit == portion.unit and s.cls == portion.cls
                   and s.value is not None and noun in nouns_after(before, s, 3)
                   and level(before, s) and not is_portion(before, s)
                   and not is_change(before, s)
                   and document.periods.get(s.local, period) == period]
    if len({w.value for w in wholes}) != 1 or wholes[0].value <= portion.value:
        return None
    return portion, wholes[0]


def _paired(sentence: Sentence, slot: Slot) -> bool:
    """Whether a count has its own bracketed share after it, its noun alone between ("187
    cases (17.2%)"): a count listed beside the portion, not a whole it is counted of."""
    doc = sentence.doc
    for t in doc[slot.token + 1:slot.token + 4]:
        if t.text in _OPEN:
            share = sentence.by_token.get(t.i + 1)
            return share is not None and share.cls == PERCENT
        if not t.is_alpha or t.norm_ in FIGURES:
            return False
    return False


def _counted_before_semicolon(sentence: Sentence, portion: Slot) -> Slot | None:
    """"A total of 540 farmers were surveyed; 302 (55.9%) were women": a count that names
    no things of its own (its bracket right after it) opens the clause after a semicolon, so
    it counts the things the clause before counts; the whole is the one figure that clause
    states in the portion's unit (None where it states none or several, or where the
    sentence speaks of a trial's groups: see _trial_arm)."""
    doc = sentence.doc
    at = portion.token
    if at + 1 >= len(doc) or doc[at + 1].text not in _OPEN or at < 2 or \
            doc[at - 1].text != ";":
        return None
    said = {t.lower_ for t in doc}
    if said & (CONTROL | INTERVENTION) or said & set(ARMS):
        return None
    start = max((t.i for t in doc[:at - 1] if t.text in (";", ":")), default=-1)
    before = [s for s in sentence.slots if start < s.token < at - 1]
    same = [s for s in before if s.unit == portion.unit and s.cls == portion.cls]
    if len(same) != 1 or not level(sentence, same[0]):
        return None
    return same[0]


#: the word before the last item of a list that says it is the rest of the same whole:
#: "… and cyclists the remaining 74 (6.8%)"
_REMAINING = ("remaining", "other", "rest")


def _listed_after_a_share(sentence: Sentence, document: Document, m: Match,
                          read: list[Suggestion]) -> tuple[Slot, Slot] | None:
    """"Gulls made up 15,210 of the birds counted (36.4%), terns 9,140 (21.9%), …": a count
    and its bracketed share listed right after a share of this sentence, only a comma (or
    "and") and the next item's name between, is a share of the same whole (the list goes on
    with the first item's verb and whole left out); None otherwise."""
    portion = m.roles.get("portion")
    if portion is None:
        return None
    doc = sentence.doc
    for made in reversed(read):
        roles = dict(made.roles)
        if made.kind != "ShareRelation" or made.claim != sentence.claim:
            continue
        first = next((x for x in sentence.slots if x.local == roles["share"][0]), None)
        if first is None or first.token > portion.token:
            continue
        closes = first.token + 1
        between = doc[closes + 1:portion.token] if closes < len(doc) and \
            doc[closes].text in _CLOSE else None
        named = [t for t in between or () if t.is_alpha and t.lower_ != "and"]
        if between is None or not between or between[0].lower_ not in (",", "and") or \
                not named or \
                len(named) > (10 if doc[portion.token - 1].lower_ in _REMAINING else 4) or any(not (t.is_alpha or t.text == ",") or
                                      t.norm_ in FIGURES for t in between):
            return None
        before = next((x for x in sentence.slots if x.local == roles["portion"][0]), None)
        whole = next((x for s in document.sentences for x in s.slots
                      if x.local == roles["whole"][0]), None)
        if before is None or whole is None or before.unit != portion.unit:
            return None
        return portion, whole
    return None


def _of_which_before(doc, at: int) -> int | None:
    """Where the "of which" (or "of whom") that opens the clause of the figure at ``at``
    stands: right before it ("41,352 firms, of which 12,870 (31.1 percent) are in retail"),
    or with the part's name and its verb between ("38.7 million tonnes, of which
    containerised cargo accounted for 27.1 million tonnes (70.0%)": words only, no figure
    or mark between); None where no such clause opens the figure."""
    for k in range(at - 1, max(0, at - 8), -1):
        if doc[k].lower_ in ("which", "whom") and doc[k - 1].lower_ == "of":
            return k - 1
        if not doc[k].is_alpha or doc[k].norm_ in FIGURES:
            return None
    return None


def _named_after_of(sentence: Sentence, document: Document, portion: Slot) -> Slot | None:
    """"Girls made up 1,210 of the pupils enrolled (48.4%)", "Nine of those schools (30%)":
    "of the pupils" names the whole, the count of pupils this or an earlier sentence
    states (None where the words name no figure, "of the" opens the whole's own figure, or
    the sentence counts another amount of the portion's unit before it)."""
    doc = sentence.doc
    at = portion.token + 1
    if [t.lower_ for t in doc[at:at + 2]][:1] != ["of"] or doc[at + 1].lower_ not in _NAMING:
        return None
    said = []
    for t in doc[at + 2:at + 6]:
        if not t.is_alpha or t.norm_ in FIGURES:
            break
        said.append(t.text)
    close = at + 2 + len(said)
    if not said or close >= len(doc) or doc[close].text not in _OPEN:
        return None
    noun = stem(said[0])
    whole = resolve(sentence, document, portion, before=portion.token, hint=tuple(said),
                    named=True)
    if whole is None or noun not in name(document.sentences[whole.sentence], whole):
        return None
    if whole.sentence != sentence.index and any(
            s.unit == portion.unit and s.cls in AMOUNTS and s.token < portion.token
            for s in sentence.slots):
        # "Today's fleet of 3,200 …, and 1,150 of the bikes": a count before it here may be
        # the whole the words mean, whatever an earlier sentence names "bikes"
        return None
    return portion, whole


#: words that name a trial's comparison group
CONTROL = {"control", "controls", "usual", "placebo", "sham", "standard", "comparison",
            "comparator"}
#: words that name the group given what a trial tests
INTERVENTION = {"intervention", "treatment", "treated", "active", "experimental"}
#: the verbs that say how a trial's participants were split into its groups
ALLOCATED = {"randomised", "randomized", "randomly", "assigned", "allocated", "enrolled",
              "registered", "recruited", "randomisation", "randomization",
              # "All 3,100 pupils … were screened: 1,540 in intervention schools and 1,560
              # in control schools": a screening trial's participants are those screened
              "screened"}


def _trial_arm(sentence: Sentence, document: Document, m: Match, portion):
    """"Hip fracture occurred in 31 participants (5.0%) in the intervention group": a count
    with its percent in a trial's results is a share of the group its words name, whose size
    an earlier sentence gives when it splits the participants ("to a home programme (n = 624)
    or usual care (n = 624)", "1,206 in intervention schools and 1,212 in control schools":
    the group named with control words is the control group, the other the intervention
    group); a count that names no group ("37 participants (3.1%) were lost to follow-up") is
    a share of all the participants that sentence splits. None outside such a trial."""
    doc = sentence.doc
    if portion.value is None or portion.value != portion.value.to_integral_value() or \
            is_change(sentence, portion):
        return None  # "a gain of 13.7 (4.4%)": no number of participants
    found = allocation(sentence, document, portion)
    if any(s.unit == portion.unit and s.cls in AMOUNTS and s.token < portion.token
           for s in sentence.slots if s is not portion) and not _arm_words(doc, portion, m) \
            and not (found is not None and found[1] is found[2] and _given(doc, portion)):
        return None  # another count before it may be the whole the words mean
    if found is None:
        return None
    total, intervention, control = found
    arm = _arm_words(doc, portion, m)
    if intervention is control:
        # "206 to each group": either group named ("in the ginger group", "87 given
        # placebo") is that size; a count that names none may be of all, or of one
        return (portion, intervention) if arm or _given(doc, portion) else None
    if not arm:
        follows = [t.lower_ for t in doc[portion.token + 1:portion.token + 3]]
        if total is None or follows[:1] == ["of"]:
            return None
        if _given_to_one_arm(sentence, document, portion):
            # "giving the powders … for 1,523 children (84.9%)": what the trial gave the
            # intervention group only, so the count is of that group, not of all enrolled
            return portion, intervention
        return portion, total
    if arm & CONTROL:
        return portion, control
    if arm & INTERVENTION:
        return portion, intervention
    named = _arm_named(document, intervention, control, arm)
    return (portion, named) if named is not None else None


def _arm_named(document: Document, intervention, control, arm: set[str]):
    """The group an arm's own words name ("in the reminder group" after "9,228 to text
    reminders and 9,232 to usual care"): the one whose words in the allocation share a
    stem with them, where the other's do not."""
    doc = document.sentences[intervention.sentence].doc
    if control.sentence != intervention.sentence:
        return None
    stems = {stem(w) for w in arm if w.isalpha()} - {stem(w) for w in CONTROL | INTERVENTION}
    given = {stem(t.text) for t in doc[intervention.token + 1:control.token] if t.is_alpha}
    usual = {stem(t.text) for t in doc[control.token + 1:control.token + 5] if t.is_alpha}
    if stems & given and not stems & usual:
        return intervention
    if stems & usual and not stems & given:
        return control
    return None


def _given_to_one_arm(sentence: Sentence, document: Document, portion) -> bool:
    """Whether the words before a count name, with "the", a thing an earlier sentence says
    the intervention group alone received ("in intervention villages received … micronutrient
    powders" before "giving the powders … for 1,523 children")."""
    doc = sentence.doc
    things = {stem(u.text) for t, u in zip(doc[:portion.token], doc[1:portion.token])
              if t.lower_ == "the" and u.is_alpha}
    if not things:
        return False
    for before in document.sentences[max(0, sentence.index - 8):sentence.index]:
        said = {t.lower_ for t in before.doc}
        if said & INTERVENTION and not said & CONTROL and said & _RECEIVED and \
                things & {stem(t.text) for t in before.doc if t.is_alpha}:
            return True
    return False


#: the verbs that say what a trial's group was given
_RECEIVED = {"received", "receive", "receives", "given", "got", "offered", "provided"}


def _arm_counted_twice(sentence: Sentence, document: Document, portion) -> bool:
    """Whether two earlier sentences give the trial's groups different sizes (those
    enrolled, then those with outcome data): "of those in the control arm" says which group,
    not which of its two counts, so the share is of neither."""
    found = allocation(sentence, document, portion)
    if found is None:
        return False
    again = allocation(document.sentences[found[1].sentence], document, portion)
    return again is not None and (again[1].value, again[2].value) != (found[1].value,
                                                                      found[2].value)


def _count_before_bracket(sentence: Sentence, share):
    """The count a bracket opening with the share follows ("23 pupils (1.1 percent of …)"),
    at most two words between them."""
    doc = sentence.doc
    at = share.token - 1
    if at < 1 or doc[at].text not in _OPEN:
        return None
    for slot in reversed([s for s in sentence.slots if s.token < at]):
        between = doc[slot.token + 1:at]
        if len(between) <= 2 and all(t.is_alpha for t in between) and slot.cls in AMOUNTS:
            return slot
        break
    return None


def _arm_words(doc, portion, m: Match) -> set[str]:
    """The words of "in the usual-care group" right after a count or its bracket (or after
    "of those" in it: "(1.1 percent of those in the control arm)")."""
    for start in (portion.token + 1, m.end):
        at = start
        while at < len(doc) and at < start + 3 and doc[at].lower_ not in ("in", "(") and \
                doc[at].is_alpha:
            at += 1  # "31 participants (…) in the …", "11,429 patients in the …"
        if at < len(doc) and doc[at].lower_ == "in":
            named = []
            for t in doc[at + 1:at + 6]:
                if t.lower_ in ARMS:
                    return set(named) - {"the"}
                if t.lower_ in _WEDGE:
                    # "in the intervention periods": a group only where the words say which
                    # ("in the winter periods" names none)
                    return set(named) - {"the"} if set(named) & (CONTROL | INTERVENTION) \
                        else set()
                if not (t.is_alpha or t.text == "-"):
                    break
                named.append(t.lower_)
    return set()


def allocation(sentence: Sentence, document: Document, portion):
    """The nearest earlier sentence (of the eight before) that splits a trial's participants
    into two groups: its first count (all of them, or None), and the sizes of the group
    given the intervention and of the control group, in the portion's unit."""
    for before in reversed(document.sentences[max(0, sentence.index - 8):sentence.index]):
        doc = before.doc
        if not any(t.lower_ in ALLOCATED for t in doc) and not any(
                t.lower_ in ("took", "take", "taking") and u.lower_ == "part"
                for t, u in zip(doc, doc[1:])):
            continue  # ("A total of 412 staff took part: 208 in … and 204 in control …")
        counts = [s for s in before.slots if s.cls == portion.cls and s.unit == portion.unit
                  and s.value is not None and not is_change(before, s)]
        each = [k for k, s in enumerate(counts) if _each_group(doc, s)]
        if len(each) == 1:
            # "412 women were randomised, 206 to each group": one size for both groups
            k = each[0]
            return (counts[k - 1] if k > 0 else None), counts[k], counts[k]
        # ("… (n = 624) or usual care (n = 624) at 14 centres": the pair need not end it)
        for k in range(len(counts) - 1, 0, -1):
            first, second = counts[k - 1], counts[k]
            if _controlled(doc, second, first.token) and not _controlled(doc, first, None) \
                    and _group(doc, first) and not (k > 1 and _group(doc, counts[k - 2])):
                return (counts[0] if k > 1 else None), first, second
    return None


def _each_group(doc, slot) -> bool:
    """Whether a count is the size of each of a trial's groups: "206 to each group", "120
    in each arm", "(n = 60 per arm)"."""
    after = [t.lower_ for t in doc[slot.token + 1:slot.token + 4]]
    return len(after) == 3 and after[0] in ("to", "in", "per") and (
        after[1] in ("each", "every") and after[2] in ARMS or
        after[0] == "per" and after[1] in ARMS)


#: the words that give a count the treatment of its group: "87 given placebo"
_GIVEN = ("given", "receiving", "received", "taking", "assigned", "allocated", "randomised",
          "randomized")


def _given(doc, portion) -> bool:
    """Whether a count is said of the participants a treatment was given ("58 patients
    given ginger", "87 given placebo"): one group's, not all of them."""
    return any(t.lower_ in _GIVEN for t in doc[portion.token + 1:portion.token + 3])


def _group(doc, slot) -> bool:
    """Whether a count is the size of one group of a trial: "(n = 624)", "603 were allocated
    to", "1,206 in intervention schools", "24 to usual care" (not "125 (84.5%) met the
    criteria"); a third group before a pair makes the trial no two-group trial."""
    before = [t.lower_ for t in doc[max(0, slot.token - 2):slot.token]]
    after = [t.lower_ for t in doc[slot.token + 1:slot.token + 2]]
    return before in (["n", "="], ["(", "n"]) or after[:1] in (["to"], ["in"], ["with"],
                                                                ["were"], ["was"])


#: words that end one group's words and open the next's
_NEXT_GROUP = {"or", "and", "versus", "vs", "against", "compared", "while", "whereas"}


def _controlled(doc, slot, after: int | None) -> bool:
    """Whether a group's size is named with control words: "603 to usual care", "1,212 in
    control schools", "usual care (n = 624)" (the words since ``after``, the group before)."""
    window = [t for t in doc[slot.token + 1:slot.token + 5]]
    # ("(n = 624) or usual care (n = 624)": the words after "or" name the next group)
    cut = next((k for k, t in enumerate(window) if t.is_punct and t.text not in "-()"
                or t.lower_ in _NEXT_GROUP or t.like_num), None)
    words = {t.lower_ for t in window[:cut]}
    if after is not None and [t.lower_ for t in doc[max(0, slot.token - 2):slot.token]] in (
            ["n", "="], ["(", "n"]):
        words |= {t.lower_ for t in doc[after + 1:slot.token]}
    return bool(words & CONTROL)


def _margin(sentence: Sentence, document: Document, m: Match, share):
    """A margin is profit over revenue: the profit the word before "margin" names ("EBIT
    margin"), here or in an earlier sentence, over the same period's revenue; a margin
    "from" a figure is the baseline's ("improved to 4.7% from 4.3%": 4.3% of the year before)."""
    # ("up 0.9 points on the prior-year quarter's 11.1%": the level the move is "on" or
    # "from" is the earlier one, whatever words name its period)
    # ("improved from 39.5% to 40.3%": the level reached "to" after the "from" is no
    # baseline; "(H1 2024: 8.4%)" after a level is the earlier period's)
    said = [t.lower_ for t in sentence.doc[m.start:share.token]
            if t.lower_ in (*_FROM_WORDS, "to") and not (
                t.lower_ == "to" and t.i > 0 and sentence.doc[t.i - 1].lower_ == "compared")]
    base = is_base(sentence, share) or is_earlier(sentence, share) or \
        bool(said) and said[-1] != "to" or _bracketed_earlier(sentence, share)
    amounts = [s for s in sentence.slots if s.cls in AMOUNTS and s.token < share.token
               and (is_base(sentence, s) or is_earlier(sentence, s)) == base]
    # "Operating profit rose to EUR 8.4 million (EUR 6.3 million), and the margin was 9.7
    # per cent (8.0 per cent)": the amount in brackets after another of its unit is the year
    # before's, the profit only a margin in such brackets is of
    amounts = [s for s in amounts
               if _bracketed_comparative(sentence, s) == _bracketed_comparative(sentence, share)]
    word = sentence.doc[m.start - 1].lower_ if m.start else ""
    measure = _MARGIN_OF.get(word, ())
    given = _profit_after(sentence, share, measure, base)
    if given is not None:
        # "Revenue was £5.1m and gross margin held at 30%, giving gross profit of £1.53m":
        # the profit the words after the margin name is its portion; the amount before it is
        # the revenue it is over
        whole = resolve(sentence, document, given, before=m.start, heads=_REVENUE,
                        bases=base, exclude=[given])
        if whole is not None and {stem(w) for w in _REVENUE} & name(
                document.sentences[whole.sentence], whole):
            return given, whole
        return None
    if amounts:
        # "revenue of $700 million to $710 million, … a margin of 12% to 13%": the ends of
        # one range are two bounds of one measure, never a profit and the revenue it is of
        ends = {frozenset((low.local, high.local)) for low, high, _, _ in ranges(sentence)}
        amounts = [s for s in amounts if not any(s.local in pair for pair in ends)]
        if not amounts:
            return None
        portion = amounts[-1]
    elif measure:
        unit = _money_unit(sentence, document)
        portion = resolve(sentence, document, share, before=m.start, hint=measure,
                          unit=unit, larger=False, back=2, bases=base, allow_portions=True)
        if portion is None or not {stem(w) for w in measure} & name(
                document.sentences[portion.sentence], portion):
            # "Gross margin was 77.4%" where only a table states the profit: the row its
            # words name ("Gross profit"), in the column of the margin's own period
            portion = table_row(document, document.periods.get(share.local), unit,
                                lambda label: _names_profit(label, measure))
            if portion is None:
                return None
    else:
        return None
    whole = resolve(sentence, document, portion, before=m.start, heads=_REVENUE, bases=base,
                    exclude=[portion])
    if whole is None or not {stem(w) for w in _REVENUE} & name(
            document.sentences[whole.sentence], whole):
        # (a total row's cell of revenue first; else the one row a table labels revenue
        # alone: "Revenue", "Total revenue", "Net sales")
        whole = table_total(document, portion, _REVENUE) or table_row(
            document, document.periods.get(portion.local), portion.unit, _names_revenue)
        return None if whole is None else (portion, whole)
    return portion, whole


#: the words before a margin's earlier level: "from 4.3%", "versus 16.9%", "on last year's"
_FROM_WORDS = ("from", "versus", "vs", "against", "on", "compared")


def _bracketed_earlier(sentence: Sentence, slot: Slot) -> bool:
    """Whether a figure closes a bracket that names a period before a colon, right after a
    level of its unit ("margin 12.8% (H1 2024: 8.4%)"): the level of that earlier period."""
    doc = sentence.doc
    k = slot.token
    if k < 3 or doc[k - 1].text != ":" or k + 1 >= len(doc) or doc[k + 1].text != ")":
        return False
    opened = [t.i for t in doc[max(0, k - 5):k - 1] if t.text == "("]
    before = sentence.by_token.get(opened[-1] - 1) if opened else None
    return before is not None and before.unit == slot.unit


def _bracketed_comparative(sentence: Sentence, slot: Slot) -> bool:
    """Whether a figure stands alone in brackets right after another of its unit ("EUR 8.4
    million (EUR 6.3 million)", "9.7 per cent (8.0 per cent)"): the same measure a year
    before, as Nordic and German results releases write their comparatives."""
    doc = sentence.doc
    k = slot.token
    if k < 2 or doc[k - 1].text != "(" or k + 1 >= len(doc) or doc[k + 1].text != ")":
        return False
    before = sentence.by_token.get(k - 2)
    return before is not None and before.unit == slot.unit and before.cls == slot.cls


def _profit_after(sentence: Sentence, share: Slot, measure: tuple[str, ...],
                  base: bool) -> Slot | None:
    """The one amount after a margin, in its clause's run ("…, giving gross profit of
    £1.53m"), whose words name the profit the margin's word says ("gross profit", "operating
    income"), of the margin's own period, or None."""
    if not measure:
        return None
    said = {stem(w) for w in measure}
    found = [s for s in sentence.slots if s.cls in AMOUNTS and s.token > share.token
             and (is_base(sentence, s) or is_earlier(sentence, s)) == base
             and said <= (own := name(sentence, s)) and bool(own & _PROFIT)]
    return found[0] if len(found) == 1 else None


#: the nouns that name what a margin is of: "Gross profit", "Operating income"
_PROFIT = frozenset(stem(w) for w in ("profit", "income", "earnings", "result", "surplus",
                                      "contribution"))
#: the words a table's revenue row may carry beside its noun
_REVENUE_LABEL = frozenset(stem(w) for w in ("total", "group", "net", "consolidated", *_REVENUE))


def _names_profit(label: frozenset[str], measure: tuple[str, ...]) -> bool:
    """Whether a row's label names the profit a margin is of: the margin's word and a noun of
    profit ("Operating income", never "Operating expenses"); "EBIT" and "EBITDA" are a profit
    by themselves."""
    said = {stem(w) for w in measure}
    return said <= label and (bool(label & _PROFIT) or said <= {"ebit", "ebitda"})


def _names_revenue(label: frozenset[str]) -> bool:
    """Whether a row's label is revenue alone ("Revenue", "Total revenue", "Net sales"), not
    a narrower line of it ("Subscription revenue")."""
    return bool(label & {stem(w) for w in _REVENUE}) and label <= _REVENUE_LABEL



def _share_of(sentence: Sentence, document: Document, m: Match, share):
    """"Their share of total generation rose to 38.3% from 32.8%": the level the sentence
    before states ("Renewables generated 65.7 TWh, up from 56.1 TWh") over the figure the
    words after "of" name, each of the share's period (32.8%: the baselines')."""
    base = is_base(sentence, share) or is_earlier(sentence, share)
    at = next(t.i for t in sentence.doc[m.start:m.end] if t.lower_ == "of") + 1
    hint = of_words(sentence, at)
    doc = sentence.doc
    owner = None
    # (a plural's or a name's in -s takes the apostrophe alone: "the United States' share")
    if m.start >= 2 and (doc[m.start - 1].lower_ in ("'s", "’s") or doc[m.start - 1].text in (
            "'", "’") and doc[m.start - 2].lower_.endswith("s")) and doc[m.start - 2].is_alpha:
        owner = stem(doc[m.start - 2].text)
    if sentence.index == 0 or not hint:
        # "Poland's share of the total": the possessive's row over the table's total row
        return None if owner is None else _owner_rows(document, owner, hint, base)
    before = document.sentences[sentence.index - 1]
    levels = [s for s in before.slots if s.cls in AMOUNTS
              and (is_base(before, s) or is_earlier(before, s)) == base
              and not is_change(before, s) and not is_rate(before, s)]
    if owner is not None:
        # "Online's share of group sales": the possessive names the portion, so it is the
        # level named so, never the first the sentence before happens to state
        levels = [s for s in levels if owner in words_before(before, s)]
    if not levels:
        return None if owner is None else _owner_rows(document, owner, hint, base)
    portion = levels[0]
    whole = resolve(sentence, document, portion, before=0, hint=hint, bases=base,
                    same_sentence=False, exclude=[portion])
    if whole is None or not set(stem(w) for w in hint) & name(
            document.sentences[whole.sentence], whole):
        return None
    return portion, whole


def _owner_rows(document: Document, owner: str, hint: tuple[str, ...],
                earlier: bool = False) -> tuple[Slot, Slot] | None:
    """"Online's share of Group sales rose to 36.9%", where only a table states them: the
    cell of the one row the possessive names over the cell of the one row of the same table
    whose label the words after "of" hold ("Group", or a total row for "of total sales"),
    in the column of the latest period the two rows have (the level the share reached); the
    ``earlier`` one it rose "from" in the column of the period before that."""
    of = {stem(w) for w in hint} | {"total"}
    rows = table_rows(document)
    label = {key: row_label(cells) for key, cells in rows.items()}
    named = [key for key in rows if owner in label[key]]
    if len(named) != 1:
        return None
    wholes = [key for key in rows if key[0] == named[0][0] and key != named[0] and label[key]
              and label[key] <= of]
    if len(wholes) != 1:
        return None
    column = {CELL.fullmatch(s.local)[3]: s for s in rows[wholes[0]]}
    pairs = [(document.periods.get(s.local), s, column.get(CELL.fullmatch(s.local)[3]))
             for s in rows[named[0]] if s.cls in AMOUNTS]
    pairs = [(period, portion, whole) for period, portion, whole in pairs
             if period is not None and whole is not None and whole.unit == portion.unit]
    periods = sorted({period for period, _, _ in pairs})
    if len(periods) < 1 + earlier:
        return None
    want = periods[-2] if earlier else periods[-1]
    _, portion, whole = next(p for p in pairs if p[0] == want)
    return portion, whole


#: the words that name an airline's traffic and its capacity, of which the load factor is
#: the one as a share of the other
_TRAFFIC = ({"traffic"}, {"rpk"}, {"revenu", "passenger", "kilometr"})
_CAPACITY = ({"capacity"}, {"ask"}, {"availabl", "seat", "kilometr"})


def _names_any(words: frozenset[str], names: tuple[set[str], ...]) -> bool:
    return any(n <= words for n in names)


def _after_a_percent(sentence: Sentence, m: Match) -> bool:
    """Whether the "or" before a percent follows another percent, only a bracketed aside
    between ("a dose of 0.1% (low) or 0.2% (high)", "5% or 6%"): two rates one or the other
    of which holds, never a portion restated as its share."""
    doc = sentence.doc
    if doc[m.start].lower_ != "or":
        return False
    k = m.start - 1
    if k >= 0 and doc[k].text == ")":
        while k >= 0 and doc[k].text != "(":
            k -= 1
        k -= 1
    before = sentence.by_token.get(k) if k >= 0 else None
    return before is not None and before.cls == PERCENT


def _per_share(sentence: Sentence, slot: Slot) -> bool:
    """An amount for each share: "CHF 3.40 per share", "CHF 6.75 a share", "€1.46 of
    earnings per share"."""
    after = [t.lower_ for t in sentence.doc[slot.token + 1:slot.token + 5]]
    return after[:2] in (["per", "share"], ["a", "share"]) or \
        after[:2] == ["of", "earnings"] and after[2:4] in (["per", "share"], ["a", "share"])


def _payout(sentence: Sentence, document: Document, m: Match, share):
    """"a dividend of CHF 3.40 per share (previous year: CHF 2.80), a payout ratio of 50%":
    the dividend a share the clause gives before the ratio, of the ratio's period, over the
    earnings a share the text gave last before it (in this sentence or the three before),
    named as earnings; None where the ratio goes on to say what it is "of", or either is
    missing."""
    doc = sentence.doc
    if share.token + 1 < len(doc) and doc[share.token + 1].lower_ == "of" and not (
            [t.lower_ for t in doc[share.token + 2:share.token + 5]] in (
                ["earnings", "per", "share"], ["eps"], ["eps", "."])
            or doc[share.token + 2:share.token + 3].text.lower() == "eps"):
        return None  # (a ratio "of earnings per share" is the one read here)
    base = is_base(sentence, share) or is_earlier(sentence, share)
    dividends = [s for s in sentence.slots if s.cls in AMOUNTS and s.token < m.start and
                 _per_share(sentence, s) and (is_base(sentence, s) or
                                             is_earlier(sentence, s)) == base and
                 "dividend" in name(sentence, s) | {t.lower_ for t in doc[:s.token]}]
    if not dividends:
        return None
    portion = dividends[-1]
    for place in reversed(document.sentences[max(0, sentence.index - 3):sentence.index + 1]):
        earnings = [s for s in place.slots if s.cls in AMOUNTS and s.unit == portion.unit and
                    s is not portion and (place is not sentence or s.token < portion.token) and
                    _per_share(place, s) and not is_base(place, s) and
                    not is_earlier(place, s) and
                    {stem("earnings"), "earnings", "eps"} & (
                        name(place, s) | {t.lower_ for t in place.doc[max(0, s.token - 4):
                                                                   s.token]})]
        if earnings:
            return (portion, earnings[-1]) if len(earnings) == 1 else None
    return None


def _load_factor(sentence: Sentence, document: Document, m: Match, share):
    """"traffic (RPK) rose to 5,210 million … capacity (ASK) grew to 6,120 million … the load
    factor climbed to 85.1 percent": the traffic figure over the capacity figure, each the one
    level of the share's period the words name so, here or in the two sentences before."""
    base = is_base(sentence, share) or is_earlier(sentence, share)
    found = []
    for named, other in ((_TRAFFIC, _CAPACITY), (_CAPACITY, _TRAFFIC)):
        places = document.sentences[max(0, sentence.index - 2):sentence.index + 1]
        hits = [s for place in places for s in place.slots
                if s.cls in AMOUNTS and (place is not sentence or s.token < m.start)
                and (is_base(place, s) or is_earlier(place, s)) == base
                and not is_change(place, s) and not is_rate(place, s)
                and _names_any(name(place, s), named)]
        if len(hits) > 1:
            # "offered 2,400 million seat kilometres, and traffic came to 1,980 million": the
            # words before the second name both; the one they name alone is the first's
            hits = [s for s in hits if not _names_any(name(document.sentences[s.sentence], s),
                                                      other)]
        if len(hits) != 1:
            return None
        found.append(hits[0])
    portion, whole = found
    return (portion, whole) if portion.unit == whole.unit else None


def _money_unit(sentence: Sentence, document: Document) -> str | None:
    """The currency the nearest earlier sentence states money in."""
    for earlier in reversed(document.sentences[:sentence.index + 1]):
        for slot in earlier.slots:
            if slot.cls == "_money_":
                return slot.unit
    return None
