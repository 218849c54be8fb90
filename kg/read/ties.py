"""A sentence that restates a table's cell: "Arrivals in March jumped 12.4% to 1,046,300"
restates the March row's change and its 2024 cell. The words decide which cell: the row's
label in the sentence (or the total row, where the sentence names no row), the column's
period in the sentence (or the latest period, where it names none), and the kind of column
the figure's unit fits (a percent for a change or share column, an amount for a value
column). Where the words allow several cells equally, the one whose value agrees breaks
the tie; the values never add a reading the words do not allow (a restatement that
disagrees is what the check is for).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.interval import figure_interval, intersect
from kg.numbers import ONES, QuoteNumberError, parse_quantity
from kg.read.periods import BASE as _BASE
from kg.read.periods import back
from kg.read.tables import Cell, Table, column_period, singular
from kg.read.turtle import cell_place, relation


@dataclass(frozen=True)
class SentenceFigure:
    local: str  # the figure's id in claims.ttl
    claim: str
    sentence: str
    unit: str  # a unit IRI
    quote: str = ""


PERCENT = "http://qudt.org/vocab/unit/PERCENT"
POINTS = "https://w3id.org/claimgraph/ns#PercentagePoint"
#: a period named relative to the text's own: the figure is not the latest column's
_RELATIVE = re.compile(r"\b(?:previous|prior|last|preceding)\s+(?:year|quarter|month|half)|"
                       r"\ba\s+year\s+(?:earlier|ago|before)|\bthe\s+year\s+before|"
                       r"\bsame\s+(?:quarter|month|period)\b|"
                       # "a month earlier", "two years ago"; never "earlier in the year"
                       r"\b(?:a|one|two|three|\d+)\s+(?:years?|quarters?|months?)\s+"
                       r"(?:earlier|ago|before)\b", re.I)
#: "rose by $157 million": an amount of change, not a level a table's cell holds
BY = re.compile(r"\bby\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?$", re.I)
_CHANGE_WORDS = re.compile(r"\b(?:up|down|rose|risen|rising|rises?|fell|fallen|falling|falls?|"
                           r"grew|growth|grows?|growing|increas(?:e[sd]?|ing)|"
                           r"decreas(?:e[sd]?|ing)|declin(?:e[sd]?|ing)|jump(?:s|ed|ing)?|"
                           r"climb(?:s|ed|ing)?|drop(?:s|ped|ping)?|gain(?:s|ed|ing)?|"
                           r"slip(?:s|ped|ping)?|more|less|higher|lower)\b", re.I)
#: a change named as a noun before its figure: "an increase on the year of 6.1%"
#: a percent and "or" just before an amount: "up 12.7%, or 4.32 million trips" (where the
#: words before the percent say it is a change, the amount is the change's, no level)
_OR_AFTER_PERCENT = re.compile(r"(?:[\w-]+\s+){0,3}[-+]?\d[\d.,]*\s*(?:%|per\s*cent|percent)"
                               r"\)?,?\s+or\s+(?:about\s+|some\s+|nearly\s+|almost\s+|"
                               r"around\s+)?$", re.I)
_CHANGE_NOUNS = r"(?:increase|rise|fall|decline|decrease|drop|growth|gain|jump|advance|" \
    r"reduction|improvement|cut|contraction|expansion)"
_CHANGE_NOUN = re.compile(r"\b" + _CHANGE_NOUNS + r"\b(?:\s+[\w-]+){0,4}\s+of\s*$", re.I)
#: a change named as a noun after its figure: "a 3.2% increase on 2023", "a 6% year-on-year
#: rise"
_CHANGE_NOUN_AFTER = re.compile(r"\s*(?:(?!of\b)[\w-]+\s+)?" + _CHANGE_NOUNS + r"\b", re.I)
#: the amount a change is on, written after it: "a 20% increase on the CHF 1.50 paid for
#: 2022" is that amount's change, no table's (a year, "on 2023", is the base's period)
_ON_AMOUNT = re.compile(r"\s+(?:on|over|from)\s+(?:the\s+|its\s+|a\s+)?"
                        r"(?:[A-Z]{2,3}\$?\s?|[£$€¥])?\d(?!\d{3}\b)")
#: a percent that restates an amount of change beside it, in brackets or after "or": "an
#: improvement of 22.3 ms (7.1%)", "(+6.2 ms, or 2.0%)": the amount's words or its sign say
#: it is a change, so the percent is that change's
_AFTER_AMOUNT_OF_CHANGE = re.compile(
    r"(?:\b" + _CHANGE_NOUNS + r"\s+of\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?|"
    r"(?:^|\s)[+\u2212]|\([+\u2212-])[£$€¥]?\d[\d.,]*(?:\s*[^\s\d(),;]+){0,2}"
    r"\s*(?:\(|,?\s+or\s+)\s*$", re.I)
#: a sign written before a percent in running text: "(+2.4%)", "at −3.1%": a change, as a
#: change column writes it
_SIGNED = re.compile(r"(?:(?:^|\s)[+\u2212]|\([+\u2212-])\s*$")
#: "ahead 4.5% on last year", "behind by 2% on 2024": a change against a period named after it
_AHEAD = re.compile(r"\b(?:ahead|behind)\s+(?:by\s+)?$", re.I)
#: "an average of", "averaging": the figure is a mean, not a level a cell holds
_AVERAGE = re.compile(r"\b(?:average|averaging|averaged|mean|median)\b[^.;]*$", re.I)
#: the figure of a move's other end just before this one: "rose to A$14.51 from ", "fell
#: from 9.2 million to "
_MOVE_PAIR = re.compile(r"\b(?:to|from)\s+\S*\d\S*(?:\s+(?:thousand|million|billion|"
                        r"[a-z]{1,3}))?\s+(?:from|to)\s+(?:about\s+|some\s+|around\s+)?$", re.I)
#: a caption that says its cells are averages: "Labour force status, annual averages"
_AVERAGES = re.compile(r"\b(?:averages?|means?|medians?)\b", re.I)
#: an amount said of one of several things: "grants of €4,000 each", "£12 apiece"
_APIECE = re.compile(r"\s*(?:each|apiece)\b", re.I)
#: a column's head that says its cells are averages: "Avg $/head", "Average price", "Mean"
_AVERAGE_HEAD = re.compile(r"\b(?:averages?|avg|means?|medians?)\b", re.I)
#: a rate per a stated amount of something after a figure: "0.84 lynx per 100 km²", "3.1
#: deaths per 1,000 births", "per 100,000 people"
_PER_AMOUNT = re.compile(r"\s*(?:[^\W\d]+\s+){0,2}?per\s+\d", re.I)
_EACH = re.compile(r"\s*(?:\w+\s+){0,2}?(?:(?:a|an|per|each)\s+(?:month|year|week|day|quarter|"
                   r"head|person|capita|resident|household|customer|employee|"
                   # "€1,250 a tonne": a price for each unit of a measure or of a sale
                   r"tonnes?|tons?|kilo(?:gram)?|kg|litre|liter|gallon|barrel|pound|ounce|"
                   r"share|unit|visit|visitor|passenger|trip|journey|night|ticket)\b"
                   r"(?!\s+(?:earlier|ago|before|later|on))|"
                   # "CAD 8,570 per pupil": an amount for each one of something
                   r"per\s+(?!cent\b)[a-z]+\b|"
                   # "a discount of £64 on each policy", "£12 for every member"
                   r"(?:each|every)\s+(?!(?:of|other|one|time)\b)[a-z]+\b)", re.I)
#: a round threshold a quantity passes: "the one-million mark", "the 12-lakh milestone"
_THRESHOLD = re.compile(r"\s+(?:mark|milestone|barrier|threshold)\b", re.I)
#: a forecast, a plan or a target: no figure a table of results holds
_FORECAST = re.compile(r"\b(?:expects?|expected|forecasts?|forecasted|projects?|projected|"
                       r"projections?|outlook|guidance|targets?|targeted|aims?|plans?|planned|"
                       r"will\s+(?:be|reach|rise|fall|grow)|budgeted)\b", re.I)
#: forecast words that are as often plural nouns ("implementation projects", "growth plans"):
#: after the figure they name things, not a forecast of it (a verb comes before its object:
#: "projects sales of $2.5 billion")
_NOUNS_TOO = {"projects", "plans", "targets", "aims", "forecasts"}


def _forecast(sentence: str, at: int) -> bool:
    """The figure's clause says it is forecast, planned or targeted."""
    clause = _clause(sentence, at)
    start = sentence.rfind(";", 0, at) + 1 if at >= 0 else 0
    # ", while hardware sales were 7.6% higher": a contrast opens a clause of its own, which
    # what the clause before it forecast ("fewer implementation projects") does not reach
    contrast = [m.end() for m in re.finditer(r",\s*(?:while|whereas)\b", sentence[start:at])] \
        if at >= 0 else []
    if contrast:
        clause, start = clause[contrast[-1]:], start + contrast[-1]
    said = [start + m.start() for m in _FORECAST.finditer(clause)
            if m.group(0).lower() not in _NOUNS_TOO or start + m.start() < at]
    if not said or at < 0:
        return bool(said)
    # "With more beds free for planned care, elective operations fell by 10.0% to 6,732",
    # "Legacy income - always hard to forecast - climbed to £4.2 million": where the
    # figure's own part of the sentence reports it done, a forecast word set off from it by
    # a comma, a dash or a bracket is said of something else
    bounds = [(m.start(), m.end()) for m in _PART.finditer(sentence)]
    own_start = max((e for b, e in bounds if e <= at), default=0)
    own_end = min((b for b, e in bounds if b >= at), default=len(sentence))
    if _REPORTED.search(sentence[own_start:own_end]) is None:
        return True
    return any(own_start <= x < own_end for x in said)


#: what sets a part of a sentence off: a comma before a space, a semicolon, a bracket, a dash
_PART = re.compile(r",\s|[;()\u2014\u2013]|\s-\s")
#: a verb that reports a figure as done, not planned: "fell by 10.0% to 6,732", "climbed to"
_REPORTED = re.compile(r"\b(?:rose|fell|grew|climbed|jumped|dropped|declined|increased|"
                       r"decreased|reached|stood|totall?ed|slipped|eased|edged|gained|lost|"
                       r"added|shed|doubled|halved|came\s+to|was|were)\b", re.I)


_DURATIONS = {f"http://qudt.org/vocab/unit/{u}" for u in ("DAY", "WK", "MO", "YR", "HR",
                                                           "MIN")}
#: a table of what is planned, not reported: a budget, a plan, a target, an appeal
_PLANNED = re.compile(r"\b(?:budget\w*|plan(?:s|ned)?|forecasts?|targets?|targeted|projected|"
                      r"projections?|estimates?|proposed|adopted|appeal)\b", re.I)


def _plans(table: Table) -> bool:
    """Whether a table holds what is planned: its caption, its head line or a column's head
    says so ("Budget 2025" over a part of the table whose head line is only a section's
    name, "Expenditure")."""
    return _PLANNED.search(" ".join([table.caption, table.header_line] +
                                    [c.header for c in table.columns])) is not None
#: words that say a sentence's figure is the whole a table's total row holds
_TOTAL = re.compile(r"\b(?:total(?:led|ed|ling|s)?|overall|altogether|in all|combined|all)\b",
                    re.I)
#: what ends a clause: a period phrase across it dates another figure
CLAUSE = re.compile(r"[,;()\u2014]|\s-\s")
_CHANGE_AFTER = re.compile(r"(?:more|less|fewer|higher|lower|larger|smaller|bigger|above|"
                           r"below|up|down)\b", re.I)
#: "1,240 tonnes below the 2023 level", "310 visits more than": the noun the figure counts,
#: then a gap to another level, which no level's cell restates
_COUNTED_CHANGE_AFTER = re.compile(
    r"\s+(?!(?:and|or|to)\s)[a-z]+\s+(?:more|fewer|less|higher|lower|above|below)\s+"
    r"(?:than|the|its|their|that|this|last|a|in|on)\b")
#: (never "represents a decline of 2.7%": what it represents is a change, the words say)
_SHARE_WORDS = re.compile(r"\b(?:share|account(?:s|ed|ing)?\s+for|"
                          r"(?:make|makes|made|making)\s+up|represent(?:s|ed|ing)?"
                          r"(?!\s+(?:an?\s+)?(?:[\w-]+\s+)?" + _CHANGE_NOUNS + r"\b)|"
                          r"compris(?:e|es|ed|ing)|took)\b", re.I)
#: an amount per share ("earnings per share", "dividend per share"): no share of a whole
_PER_SHARE = re.compile(r"\bper\s+share\b", re.I)
_CONTENT = re.compile(r"[a-z]{4,}", re.I)
#: a change against the period just before: a table's change column compares years
_SEQUENTIAL = re.compile(r"\b(?:previous|preceding|prior|last)\s+(?:quarter|month|week)\b|"
                         r"\bquarter[- ]on[- ]quarter\b|\bmonth[- ]on[- ]month\b|"
                         r"\bsequential(?:ly)?\b|\bthe\s+(?:quarter|month)\s+before\b|"
                         # "rose by 0.4% on the month": not the year-on-year column
                         r"\b(?:on|over)\s+the\s+(?:quarter|month|week)\b", re.I)


#: a rate a year: "1.2% a year", "2.4% per annum", "an average annual rate of 2.4%"
_A_YEAR = re.compile(r"\s*(?:a|per|each)\s+(?:year|annum)\b|\s*(?:annually|p\.\s?a\.)", re.I)
_ANNUAL_RATE = re.compile(r"\b(?:average\s+annual|annual\s+average|compound(?:ed)?|annuali[sz]ed)\b"
                          r"|\bCAGR\b", re.I)
#: "a year earlier", "a year ago": the period of a level, no rate a year
_YEAR_BEFORE = re.compile(r"\s*a\s+year\s+(?:earlier|ago|before|later|on)\b", re.I)
#: the words of growth just before a percent: "has grown 6.2%", "grew by 3%", "growing at 4%"
_GROWN = re.compile(r"\b(?:grown|grew|grows?|growing|growth\s+of)(?:\s+(?:by|at))?"
                    r"(?:\s+(?:about|some|nearly|almost|around))?\s*$", re.I)


def group_by_claim(figures: list[SentenceFigure]) -> dict[str, list[SentenceFigure]]:
    """The figures of each sentence (its claim), in reading order."""
    out: dict[str, list[SentenceFigure]] = {}
    for f in figures:
        out.setdefault(f.claim, []).append(f)
    return out


#: an amount a verb of gain or loss takes: "added 3,800 jobs", "shed 2,500 posts", "lost 176
#: pairs": a change over time, which only a column of differences holds, never a level
_GAINED = re.compile(r"\b(?:add(?:s|ed|ing)?|shed(?:s|ding)?|los(?:t|es|ing)|lose|"
                     r"gain(?:s|ed|ing)?|creat(?:e|es|ed|ing)|cut(?:s|ting)?|axe[sd]?|axing|"
                     r"slash(?:es|ed|ing)?)\s+(?:a\s+(?:further|net)\s+|another\s+|"
                     r"an\s+(?:extra|additional)\s+|some\s+|about\s+|nearly\s+|almost\s+|"
                     r"around\s+|over\s+|more\s+than\s+)?$", re.I)
#: an amount a gap's noun names: "won with a majority of 3,606", "a lead of 2,310": a gap
#: between two things at one time, which only a column of gaps holds (no change column)
_GAP = re.compile(r"\b(?:majority|margin|lead|gap|shortfall)\s+of\s+(?:(?:about|some|"
                  r"nearly|almost|around|just|over|under)\s+)?$", re.I)


#: an amount a change's noun names, after "of" or set off after it: "an increase of
#: £5,500", "receives the largest increase, £84,500": a change, not a level
_NAMED_CHANGE = re.compile(r"\b" + _CHANGE_NOUNS + r"s?\s*(?:of|,)\s+(?:(?:about|some|nearly|"
                           r"almost|around|just|over|under)\s+)?$", re.I)


#: an amount a verb of change takes, with or without "by": "growing by 860 tonnes", "fell
#: 1,150 tonnes" (never "rose to 2,420 tonnes", a level)
#: the words of a rise and of a fall, as verbs and "up"/"down": which way a figure moved
#: "made up 1,697 of the starts" is a part of a whole, no rise: "up" after "make" is no move
_RISE_WORDS = (r"(?<!\bmade\s)(?<!\bmake\s)(?<!\bmakes\s)(?<!\bmaking\s)up|rose|risen|rising|rises?|grew|grown|grows?|growing|increas(?:e[sd]?|ing)|"
               r"climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|"
               # a grant, a benefit or a fee raised by a formula: "uprated by 5.6 per cent"
               r"uprat(?:e[sd]?|ing)")
_FALL_WORDS = (r"down|fell|fallen|falling|falls?|drop(?:s|ped|ping)?|declin(?:e[sd]?|ing)|"
               r"decreas(?:e[sd]?|ing)|slip(?:s|ped|ping)?")
_MOVED = re.compile(rf"\b(?:{_RISE_WORDS}|{_FALL_WORDS})\s+(?:by\s+)?(?:about\s+|"
                    r"some\s+|nearly\s+|almost\s+|around\s+|over\s+|more\s+than\s+)?$", re.I)


#: an amount of more of something, after it: "the £2.4 million of extra income", "3,100
#: additional visitors": the gain, not the level it was gained to
_MORE_OF = re.compile(r"\s*(?:of\s+)?(?:additional|extra|incremental|further)\b", re.I)


def moved(f: SentenceFigure) -> str | None:
    """"diff" for an amount a verb of gain or loss takes or a change's noun names, "gap" for
    one a gap's noun names, None for any other (a level)."""
    at = f.sentence.find(f.quote) if f.quote else -1
    if at < 0 or f.unit in (PERCENT, POINTS):
        return None
    before = f.sentence[max(0, at - 60):at]
    return "diff" if _GAINED.search(before) or _NAMED_CHANGE.search(before) or \
        _MOVED.search(before) or _SIGNED.search(before) or f.quote[:1] in ("+", "\u2212") \
        or _MORE_OF.match(f.sentence[at + len(f.quote):]) \
        else "gap" if _GAP.search(before) else None


#: a unit a column's head shortens: "% over 18 wks" is said "over 18 weeks"
_SHORT_UNITS = {"wks": "weeks", "wk": "week", "hrs": "hours", "hr": "hour", "mins": "minutes",
                "yrs": "years", "mths": "months"}


def _spelled_out(header: str) -> str:
    return re.sub(r"\b(" + "|".join(_SHORT_UNITS) + r")\b\.?",
                  lambda m: _SHORT_UNITS[m.group(1).lower()], header, flags=re.I)


#: a column's head that says it is the whole measure, beside columns of its parts:
#: "Headline", "All items", "Overall", "All"
_WHOLE_HEAD = re.compile(r"\W*(?:headline|all\s+items|all|overall)\W*(?:\(%\)|%)?\W*", re.I)


def _whole_column(header: str) -> bool:
    """Whether a column's head names the whole measure ("Headline", "All items") that
    the other columns break down (inflation's "Core", "Food", "Energy")."""
    return _WHOLE_HEAD.fullmatch(header) is not None


def _fits(f: SentenceFigure, header: str, kind: str) -> bool:
    """A percent restates a change, share or rate column only where the words say which."""
    if f.unit == POINTS:
        # a change column may write each cell's own unit ("+12.9%", "+1.3 pts"): a cell in
        # points (its unit is checked apart) is a change in points whatever the head says
        return kind in ("points", "change")
    if f.unit != PERCENT:
        if (change := moved(f)) is not None:
            # a change column in the amounts' own unit (the unit is checked apart) holds
            # differences too
            return kind == change or (change == "diff" and kind == "change")
        # a level the words give no change or gap of ("at 2,420 tonnes") is no cell of a
        # column of differences
        return kind in ("value", "gap")
    if kind in ("value", "percent"):  # a column of percents: the row or head says which
        words = {w.lower() for w in _CONTENT.findall(_spelled_out(header))} - {"percent"}
        # "which returned 18.2%" names the "Return" column as "return" does; a column of
        # the whole measure ("Headline", "All items") is the one a sentence names by the
        # measure alone (the caller drops it where another column's head is said)
        return not words or _whole_column(header) or \
            any(_word(f.sentence, w, inflected=True) for w in words)
    at = f.sentence.find(f.quote) if f.quote else -1
    if at < 0:
        return False
    before = " ".join(f.sentence[:at].split()[-3:])
    after = " ".join(f.sentence[at + len(f.quote):].split()[:2])
    if kind == "change" and re.search(r"\bby\s*$", before, re.I) and _CHANGE_WORDS.search(
            " ".join(f.sentence[:at].split()[-6:])):
        before = " ".join(f.sentence[:at].split()[-6:])  # "increased group revenue by 3.0%"
    if kind in ("change", "growth"):  # "grew by 4.9%", "up 3.2%", "11.5 percent more than"
        if _SEQUENTIAL.search(" ".join(f.sentence[at + len(f.quote):].split()[:8])):
            return False  # "22.6% above the previous quarter": not the year-on-year column
        if _THAN_A_THING.match(f.sentence[at + len(f.quote):]):
            return False  # "costs 20% less than at weekends": a gap between two things the
            # sentence compares, not a change over time a change column holds
        if kind == "change" and _RATE_OF_CHANGE.search(_clause_before(f)) and \
                _LEVEL_OF_RATE.search(f.sentence[:at]) and \
                _A_YEAR.match(f.sentence[at + len(f.quote):]) is None:
            return True  # "inflation eased to 2.9%", "food inflation slowed to 3.5%": the
            # level a rate of change moved to is itself a change, the change column's cell
        if _percent_levels_before(f.sentence[:at]):
            return False  # "fell to 8.4% of spending from 8.9%, a drop of 0.5%": the change
            # of a percent the sentence gives both ends of, no change column's of levels
        # ("earnings per share rose 16.5%": an amount per share, no share of a whole)
        whose = _PER_SHARE.sub(" ", _clause_before(f))
        if re.search(r"\b(?:from|to)\s*$", before, re.I) or _SHARE_WORDS.search(
                whose) or re.search(r"\bshare\b", whose, re.I):
            return False  # "climbed from 39.2% to 41.1%": levels the change is between
        # "growing by 1.2% a year", "an average annual rate of 2.4%": a rate a year, which
        # only a column of such rates holds
        yearly = _A_YEAR.match(f.sentence[at + len(f.quote):]) is not None or \
            _ANNUAL_RATE.search(" ".join(f.sentence[:at].split()[-6:])) is not None
        if yearly != (kind == "growth"):
            return False
        # "an increase of £5.55 million or 5.0%": the change's words, before an amount of it
        wider = " ".join(_clause_before(f).split()[-6:])
        tail = f.sentence[at + len(f.quote):]
        return _CHANGE_WORDS.search(before) is not None or _CHANGE_NOUN.search(wider) \
            is not None or \
            _CHANGE_AFTER.match(after) is not None or \
            ((noun := _CHANGE_NOUN_AFTER.match(tail)) is not None and
             _ON_AMOUNT.match(tail, noun.end()) is None) or \
            _SIGNED.search(f.sentence[:at]) is not None or f.quote[:1] in ("+", "\u2212") or \
            _AFTER_AMOUNT_OF_CHANGE.search(f.sentence[max(0, at - 80):at]) is not None or \
            _MOVED_BY_AMOUNT.search(f.sentence[max(0, at - 80):at]) is not None or \
            _change_at(f.sentence, at) or \
            (_AHEAD.search(f.sentence[:at]) is not None and
             re.match(r"on\b|against\b", after, re.I) is not None) or (re.search(
                r"\bor\s*$", before, re.I) is not None and _CHANGE_WORDS.search(wider)
                is not None) or (yearly and re.search(
                r"\baverage\b|\brate\b", before, re.I) is not None and
                _CHANGE_WORDS.search(f.sentence[:at]) is not None)
    if kind == "share" and re.search(r"share|of total|% of|proportion", header, re.I) and \
            (after.lower().startswith("of ") or _SHARE_WORDS.search(before) or
             _BRACKETED_AFTER_COUNT.search(f.sentence[:at])) and \
            not _MOVED_BY_AMOUNT.search(f.sentence[max(0, at - 80):at]):
        return True  # "26.3 percent of total spending", "accounted for 28.4%", "7,236
        # (30.3%)": a percent in brackets after an amount is that amount's share
    if kind == "share" and not _SHARE_WORDS.search(before) and (
            (_A_YEAR.match(f.sentence[at + len(f.quote):]) is not None and
             _YEAR_BEFORE.match(f.sentence[at + len(f.quote):]) is None) or
            _GROWN.search(before) is not None):
        return False  # "sales have grown 6.2% a year": a rate of growth, never a share
        # column's cell, whatever measure the column's head and the sentence both name
    words = {w.lower() for w in _CONTENT.findall(header)} - {"change", "percent", "total"}
    return bool(words) and any(_word(f.sentence, w) for w in words)


#: a change's noun, then its figure after "at" with no other figure between: "recorded
#: the fastest growth of the four areas, at 11.7 per cent", "the sharpest fall in the
#: north, at 3.1%"; not a level a verb between says ("growth slowed and the margin stood at")
_CHANGE_THEN_AT = re.compile(r"\b" + _CHANGE_NOUNS + r"\b(?:[\s,]+(?!(?:stood|was|were|is|are|"
                             r"remained|reached|came|held)\b)[^\s\d;,]+){0,6},?\s+at\s*$", re.I)


#: a comparison after a percent whose other side names no time ("18% cheaper than the
#: city's pools", "20% less than at weekends"): a gap between two things, not a change
#: over time ("5% more than a year earlier", "than in 2024", "than last spring")
_THAN_A_THING = re.compile(
    r"\s*(?:more|less|higher|lower|cheaper|dearer|greater|fewer|bigger|smaller)\s+than\s+"
    r"(?![^.;:,()]*(?:\d|\b(?:years?|months?|quarters?|weeks?|days?|ago|earlier|before|"
    r"previous(?:ly)?|prior|last|period|season|then|once|originally|formerly|in\s+the\s+past|"
    r"jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|"
    r"spring|summer|autumn|winter|budget\w*|plan\w*|forecast\w*|target\w*)\b))", re.I)


#: a measure that is itself a rate of change: a price index's annual change is its inflation
_RATE_OF_CHANGE = re.compile(r"\b(?:inflation|deflation)\b", re.I)
#: the words that give a rate's level: "eased to", "stood at", "was", "of"
_LEVEL_OF_RATE = re.compile(r"\b(?:to|at|was|is|were|are|of)\s+(?:about\s+|some\s+|nearly\s+|"
                            r"almost\s+|around\s+|just\s+)?$", re.I)


def _change_at(sentence: str, at: int) -> bool:
    """The figure at ``at`` is the change a noun before it in its clause names."""
    return _CHANGE_THEN_AT.search(sentence[sentence.rfind(";", 0, at) + 1:at]) is not None


_PERCENT_END = r"\s+[-+]?\d[\d.,]*\s*(?:%|per\s*cent\b|percent\b)"
_FROM_PERCENT = re.compile(r"\bfrom" + _PERCENT_END, re.I)
_TO_PERCENT = re.compile(r"\bto" + _PERCENT_END, re.I)


def _percent_levels_before(before: str) -> bool:
    """The words before a change name both percents it is between ("from 8.9% to 8.4%")."""
    return _FROM_PERCENT.search(before) is not None and _TO_PERCENT.search(before) is not None


#: an amount and an opening bracket just before a percent: "on 7,236 (30.3%"
_BRACKETED_AFTER_COUNT = re.compile(r"\d[\d,.]*(?:\s+[a-z]+)?\s*\(\s*$", re.I)
#: an amount a verb of motion moves by, then a percent in brackets or after "or": "slipped
#: by 34 cases (5.0%)", "rose 1 240 (3.1%)", "fell by £2.1m, or 4%": the percent is the
#: move's, as a change column writes it, never a share of the amount
_MOVED_BY_AMOUNT = re.compile(
    r"\b(?:up|down|rose|risen|rises?|fell|fallen|falls?|grew|grows?|increas(?:e[sd]?|ing)|"
    r"decreas(?:e[sd]?|ing)|declin(?:e[sd]?|ing)|jump(?:s|ed)?|climb(?:s|ed)?|"
    r"drop(?:s|ped)?|slip(?:s|ped)?|dipp(?:ed)|dips?|sank|slid|edged\s+(?:up|down))\s+"
    r"(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|just\s+)?"
    r"[£$€¥]?\d[\d.,]*(?:\s\d{3})*(?!\d|\s*(?:%|per\s*cent|percent|pts?\b|points?\b))"
    r"(?:\s*[^\s\d(),;]+){0,2}\s*(?:\(|,?\s+or\s+)\s*$", re.I)


def _clause(sentence: str, at: int) -> str:
    """The part of a sentence between semicolons that holds the figure at ``at`` (a
    headline's "Sales up 4.9%; outlook narrowed": each part says its own thing)."""
    if at < 0:
        return sentence
    start = sentence.rfind(";", 0, at) + 1
    end = sentence.find(";", at)
    return sentence[start:end if end >= 0 else len(sentence)]


#: the words that make a row a total, left out where a sentence names what it totals
#: ("net sales increased" names "Total net sales")
_TOTAL_WORDS = re.compile(r"\b(?:total|totals|all|overall|grand|combined)\b", re.I)


def _per_period(table: Table, per: str) -> bool:
    """The table's caption, heads or rows' labels say its amounts are each ``per``
    ("month"): "Median monthly rent", "Spending per head", a row "ARPU (€ per month)"."""
    words = " ".join([table.caption, table.header_line] + [r.label for r in table.rows])
    adjective = {"month": "monthly", "year": "annual|yearly", "week": "weekly",
                 "day": "daily", "quarter": "quarterly"}.get(per, "")
    return bool(per) and re.search(rf"\b(?:per|a|each)\s+{per}\b" + (
        rf"|\b(?:{adjective})\b" if adjective else ""), words, re.I) is not None


def _plain(text: str) -> str:
    """Words without hyphens and plural endings: "a two-bedroom flat" ~ "Two bedrooms"."""
    words = re.findall(r"[a-z0-9]+", text.lower().replace("-", " "))
    return " " + " ".join(map(singular, words)) + " "


#: abbreviations a table's label writes for words a sentence spells out
_SPELLED = {"eps": "earnings per share", "dps": "dividend per share",
            "fte": "full time equivalent", "ftes": "full time equivalent",
            "r&d": "research and development"}


#: a label's age band after a comma: "Employment rate, 15-64", "Unemployed, 16+", "Pupils,
#: aged 5 to 11", "Residents, 65 and over"
_AGE_BAND = re.compile(r"\s*(.*[A-Za-z].*?)\s*,\s*(?:aged\s+|ages\s+)?\d{1,3}\s*"
                       r"(?:\+|[-–]\s*\d{1,3}|(?:and|or)\s+(?:over|older|above)|to\s+\d{1,3})"
                       r"(?:\s+years?)?\s*")


#: a row that holds one kind and the rest too small to list: "Apartment and other", "Gas & others"
_AND_OTHER = re.compile(r"\s*(.*?\w.*?)\s+(?:and|&)\s+others?\s*", re.I)
#: a row of one kind of thing "&" another: "Pierogi & dumplings", "Tea & coffee" (one word
#: each, the first of content)
_PAIRED = re.compile(r"\s*([A-Za-z]{4,})\s+&\s+([A-Za-z]{3,})\s*")


def _names_row(f: SentenceFigure, row) -> bool:
    """The sentence names the row: by its label; or a total row by what it totals, said
    before the figure in its own clause ("Net sales increased 4.9% to $1.42 million" names
    "Total net sales"; "Operating income was $171.2 million, or 12.1% of net sales" does
    not, for that figure)."""
    if row.total and row.label.strip().lower() == "group":
        # "the Group" is the company acting ("allowed the Group to cut net debt"), which
        # names no row; "Group revenue", "the Group's sales" name the total
        return re.search(r"(?<!\bthe\s)\bgroup\b|\bgroup['’]s\b", f.sentence, re.I) is not None
    if says(f.sentence, row.label):
        return True
    if _says_demonym(f.sentence, row.label):
        return True  # "Australian natives numbered 2,148" names "Australia"
    rest = _AND_OTHER.fullmatch(row.label)
    if rest and _CONTENT.search(rest.group(1)) and says(f.sentence, rest.group(1)):
        return True  # "Apartment and other" is the apartments' row, with what is too small
        # to have a row of its own: "apartments made up 1,697" names it
    pair = _PAIRED.fullmatch(row.label)
    if pair and not row.total and says(_clause_before(f), pair.group(1)) and \
            not says(f.sentence, pair.group(2)):
        return True  # "Pierogi sales rose 4.9%" names "Pierogi & dumplings": a row of two
        # kinds of goods the trade writes together, named by the first in the figure's clause
    band = _AGE_BAND.fullmatch(row.label)
    if band and says(f.sentence, band.group(1)):
        return True  # "Unemployment rate, 15-24" is the unemployment rate, for an age band
        # the sentence may say in words ("people aged 15 to 24") or not at all
    short = _ACRONYM.search(row.label)
    if short and _stands_for(short.group(1), row.label[:short.start()]) and \
            says(f.sentence, short.group(1) + row.label[short.end():]):
        return True  # "PTC driver licences" names "Private transportation company (PTC)
        # driver licences": the letters the label gives in brackets stand for the words
    label = re.sub(r"\([^)]*\)", " ", row.label)
    label = " ".join(_SPELLED.get(w.lower(), w) for w in label.split())
    if len(_plain(label).split()) >= 2 and _plain(label) in _plain(f.sentence):
        return True  # "a two-bedroom apartment" names "Two bedrooms", "Diluted EPS ($)"
        # "diluted earnings per share"
    if _named_by_its_head(f.sentence, label):
        return True
    if any(says(f.sentence, name) for name in _PROPER_NAME.findall(label)):
        return True  # "The Integrated Care Board has offered …" names "NHS Integrated Care
        # Board grant": the proper name the label holds, without the words around it
    if len(_plain(label).split()) >= 2 and _PER_SHARE_LABEL.search(label):
        # "the final dividend of 57.0 cents per share" names "Dividend per share": the
        # amount stands inside the row's own words, between the thing and what it is per
        at = f.sentence.find(f.quote) if f.quote else -1
        if at >= 0:
            around = re.sub(r"\s+of\s*$", " ", f.sentence[:at]) + " " + \
                f.sentence[at + len(f.quote):]
            if re.match(r"\s*per\b", f.sentence[at + len(f.quote):], re.I) and \
                    _plain(label) in _plain(around):
                return True
    part = re.fullmatch(r"\s*([QH])([1-4])\b(?:\s*\([^)]*\))?\s*", row.label)
    if part:  # "Q3 (Jul–Sep)" is "the third quarter", "H1" "the first half"
        ordinal = ("first", "second", "third", "fourth")[int(part.group(2)) - 1]
        what = "quarter" if part.group(1) == "Q" else "half"
        return _near(f, rf"\b{ordinal}[- ]{what}\b")
    if not row.total or not _TOTAL_WORDS.match(row.label.strip()):
        return False  # "Total net sales" is net sales; "Eastmark total" is a place's
    rest = " ".join(_TOTAL_WORDS.sub(" ", row.label).split()).strip(" ,:;-–")
    # "Total cereal production" names "Total cereals": a plural label, said as a noun's
    # modifier in the singular
    return bool(_CONTENT.search(rest)) and (says(_clause_before(f), rest) or (
        rest.endswith("s") and len(rest) > 4 and says(_clause_before(f), rest[:-1])))


#: a proper name of two or more capitalised words inside a row's label: "Integrated Care
#: Board" in "NHS Integrated Care Board grant"
_PROPER_NAME = re.compile(r"(?<![\w-])[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+(?![\w-])")


#: the letters a label gives in brackets for the words before them: "Private transportation
#: company (PTC) driver licences", "Earnings before interest and tax (EBIT)"
_ACRONYM = re.compile(r"(?<=\w)\s+\(([A-Z]{2,6})\)")


def _stands_for(letters: str, words: str) -> bool:
    """Whether the letters are the initials of the words they follow ("PTC" of "Private
    transportation company", "EBIT" of "Earnings before interest and tax"), never a unit
    or code a head gives in brackets ("Annual fee (EUR)", "Capacity (ASK)")."""
    initials = [w[0].upper() for w in re.findall(r"[^\W\d_]+", words)
                if w.lower() not in ("and", "of", "the", "for", "&")]
    return len(initials) >= len(letters) and "".join(initials[-len(letters):]) == letters


#: a row of an amount per something ("Dividend per share", "Revenue per employee")
_PER_SHARE_LABEL = re.compile(r"\w\s+per\s+\w", re.I)

#: what covers a payout, said after the payout's figure: "is covered 2.9 times by adjusted
#: earnings", ", covered about twice by free cash flow", "a cover of 3.1 times by earnings"
_COVERED_BY = re.compile(
    r"^[^.;:]{0,40}?\b(?:covered|cover\s+of)\s+(?:(?:about|some|roughly|nearly|almost|over|"
    r"more\s+than|just\s+(?:over|under)|at\s+least)\s+)?(?:[\d.,]+\s*(?:times|x|×)|twice|"
    r"[a-z]+(?:-[a-z]+)?\s+times)\s+(?:over\s+)?by\s+(?P<by>[^.;:()]+)", re.I)


def _covering(f: SentenceFigure) -> str:
    """The words for what covers the payout the figure is ("the dividend of 12.0p is
    covered 3.1 times by adjusted earnings per share": "adjusted earnings per share"), the
    ratio's other side and never the figure's own row; "" where the sentence says none."""
    at = f.sentence.find(f.quote) if f.quote else -1
    m = _COVERED_BY.match(f.sentence[at + len(f.quote):]) if at >= 0 else None
    return m.group("by") if m else ""


#: a place's name whose adjective adds "n" ("Australia", "Africa", "America", "Asia") or
#: "an" ("Europe"), as written with its capital; never "Media", whose "Median" is no place's
_PLACE_ENDING = re.compile(r"(?<![\w-])((?!Media\b)[A-Z][a-z]+(?:[ic]a|pe))\s*$")


def _demonym(label: str) -> str | None:
    """A label of a place's name, with its last word as the adjective of that place:
    "Australia" is said "Australian", "Southern Africa" "Southern African", "Europe"
    "European"; None for a label of another ending or more than three words."""
    m = _PLACE_ENDING.search(label)
    if m is None or len(label.split()) > 3 or not label.split()[0][:1].isupper():
        return None
    place = m.group(1)
    return label[:m.start(1)] + place + ("n" if place.endswith("a") else "an")


#: a country's adjective its name does not give by adding "n" or "an": "Germany" is said
#: "German", "Portugal" "Portuguese"; a plural "s" on it ("Italians") is read as the
#: adjective's, and a people's own noun ("Poles", "Danes") is not listed
_NATIONALITY = {
    "germany": "German", "italy": "Italian", "france": "French", "spain": "Spanish",
    "portugal": "Portuguese", "netherlands": "Dutch", "the netherlands": "Dutch",
    "united kingdom": "British", "great britain": "British", "britain": "British",
    "ireland": "Irish", "poland": "Polish", "sweden": "Swedish", "denmark": "Danish",
    "finland": "Finnish", "norway": "Norwegian", "switzerland": "Swiss", "belgium": "Belgian",
    "greece": "Greek", "turkey": "Turkish", "türkiye": "Turkish", "china": "Chinese",
    "japan": "Japanese", "vietnam": "Vietnamese", "viet nam": "Vietnamese",
    "philippines": "Filipino", "the philippines": "Filipino", "thailand": "Thai",
    "pakistan": "Pakistani", "bangladesh": "Bangladeshi", "iraq": "Iraqi", "iran": "Iranian",
    "israel": "Israeli", "kosovo": "Kosovar", "hungary": "Hungarian", "czechia": "Czech",
    "czech republic": "Czech", "ukraine": "Ukrainian", "brazil": "Brazilian",
    "mexico": "Mexican", "canada": "Canadian", "peru": "Peruvian", "chile": "Chilean",
    "egypt": "Egyptian", "morocco": "Moroccan", "afghanistan": "Afghan",
    "lebanon": "Lebanese", "nepal": "Nepalese", "scotland": "Scottish", "wales": "Welsh",
    "england": "English", "iceland": "Icelandic", "somalia": "Somali", "sudan": "Sudanese",
    "senegal": "Senegalese", "ghana": "Ghanaian",
}


def _says_demonym(sentence: str, label: str) -> bool:
    """The sentence names a place's row by its adjective, written with its capital as a
    name is ("Australian natives", "the Southern African beds", "German nationals" the row
    "Germany", "Italians" "Italy")."""
    adjective = _NATIONALITY.get(" ".join(label.split()).lower()) or _demonym(label)
    return adjective is not None and says(sentence, adjective) and re.search(
        rf"(?<![\w-]){re.escape(adjective.split()[-1])}s?(?![\w-])", sentence) is not None


def _demonym_at(sentence: str, label: str) -> list[int]:
    """Where the sentence names a place's row by its adjective (as :func:`_says_demonym`):
    "while French visitors came to 860" names "France" there, and no row another figure's."""
    if not _says_demonym(sentence, label):
        return []
    adjective = _NATIONALITY.get(" ".join(label.split()).lower()) or _demonym(label)
    return [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(adjective)}s?(?![\w-])",
                                           sentence)]


#: the head nouns of a rate a row names by what it is a rate of: "EBITDA margin", "Employment
#: rate"; a sentence that has named that measure may take it up by the head alone
_RATE_HEADS = ("margin", "rate", "ratio", "yield")


def _named_by_its_head(sentence: str, label: str) -> bool:
    """The sentence names a rate's row by the measure, then the rate by its head noun alone:
    "EBITDA rose to €281.6 million, taking the margin to 37.9%" names "EBITDA margin";
    "Adjusted EBITDA of $178.3 million; margin expanded" names "Adjusted EBITDA margin". The
    head stands bare (after "the", "its" or a clause's start), never with a word of its own
    before it ("the gross margin" is another margin)."""
    words = label.split()
    if len(words) < 2 or words[-1].lower() not in _RATE_HEADS:
        return False
    measure = " ".join(words[:-1])
    for m in re.finditer(rf"\b{words[-1]}\b", sentence, re.I):
        before = sentence[:m.start()]
        bare = re.search(r"(?:^|[,;:(\u2014]\s*|\b(?:the|its|their)\s+)$", before, re.I)
        if bare and says(before, measure):
            return True
    return False


def _near(f: SentenceFigure, pattern: str, words: int = 4) -> bool:
    """The words ``pattern`` matches stand beside the figure: at most ``words`` words
    before it or after it, with no comma or semicolon between ("Stays in the third quarter
    (July–September) climbed to 1.26 million"; not a heading run into the sentence,
    "…, fourth quarter 2014 Retail e-commerce sales reached $298.4 billion")."""
    at = f.sentence.find(f.quote) if f.quote else -1
    if at < 0:
        return False
    for m in re.finditer(pattern, f.sentence, re.I):
        between = f.sentence[m.end():at] if m.end() <= at else \
            f.sentence[at + len(f.quote):m.start()]
        between = re.sub(r"\([^)]*\)", " ", between)  # an aside says no more of it
        if not re.search(r"[,;—]", between) and len(between.split()) <= words:
            return True
    return False


def _clause_before(f: SentenceFigure) -> str:
    """The words of the figure's clause before it: what it is said of."""
    at = f.sentence.find(f.quote) if f.quote else -1
    if at < 0:
        return ""
    before = f.sentence[:at]
    return before[max((m.end() for m in CLAUSE.finditer(before)), default=0):]


def _word(sentence: str, word: str, inflected: bool = False) -> bool:
    """The sentence uses ``word`` (a column head's word: "funded", "margin"); ``inflected``:
    or a verb's or noun's ending on it ("returned", "returns" for "Return")."""
    ending = r"(?:s|es|ed|d|ing)?" if inflected else ""
    return re.search(rf"\b{re.escape(word)}{ending}\b", sentence, re.I) is not None


def says(sentence: str, words: str) -> bool:
    """The sentence names the row ``words`` label: "in the west" names "West", "coal-fired"
    names "Coal", "EBIT margin" names "EBIT margin (%)"; but a word English also uses
    otherwise is matched as the table writes it ("May" the month, not "may")."""
    return bool(said_at(sentence, words))


def said_at(sentence: str, words: str) -> list[int]:
    """Where the sentence names the row ``words`` labels (as :func:`says`); a label of
    alternatives ("Flat/maisonette") by any one of them, a noun also in its plural
    ("flats")."""
    words = re.sub(r"\([^)]*\)|[%*†‡]+|\s+\d$", " ", words)
    words = " ".join(words.split()).strip(" :,")
    if not words:
        return []
    alternatives = [w.strip() for w in words.split("/")] if re.fullmatch(
        r"[A-Za-z][\w' -]*/[A-Za-z][\w' -]*", words) else [words]
    found: list[int] = []
    for alternative in alternatives:
        found += _said_at(sentence, alternative)
    return sorted(found)


#: a measure on a like-for-like basis, over the shops or stores open in both periods (its
#: last word, "like", is no lead word here, as in "like shops")
_LIKE_FOR_LIKE = re.compile(r"\b(?:like[- ]for[- ]like|same[- ](?:store|shop|outlet)s?)\s+$",
                            re.I)


#: the words that leave a row out of the figure they qualify: "all lines except freight",
#: "excluding the north", "other than grants", "everything but development"
_LEFT_OUT = re.compile(r"\b(?:except(?:\s+for)?|excluding|exclusive\s+of|other\s+than|outside|"
                       r"apart\s+from|aside\s+from|save\s+for|(?:all|everything|everyone|"
                       r"anything)\s+but)\s+(?:the\s+|its\s+|their\s+|our\s+)?$", re.I)


def _left_out(sentence: str, label: str) -> bool:
    """Whether the sentence says the row's label's lead word only where it leaves the row
    out ("all categories except development", "excluding the North")."""
    lead = re.findall(r"[^\W\d_]{3,}", re.sub(r"\([^)]*\)", " ", label))
    if not lead:
        return False
    hits = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(lead[0])}", sentence, re.I)]
    return bool(hits) and all(_LEFT_OUT.search(sentence[:at]) for at in hits)


def _said_at(sentence: str, words: str) -> list[int]:
    flags = re.I if words.lower() not in _AMBIGUOUS else 0
    plural = r"(?:e?s)?" if re.search(r"[a-z]$", words) and flags else ""
    written = re.escape(words)
    # (an "-ies" plural is cut at "ies", never at its last "s" alone: "Legacies" is named by
    # "legacy income" as by "legacies")
    if flags and (m := re.fullmatch(r"(.*\w{4})(ies)", words) or
                  re.fullmatch(r"(.*\w{4})(s)", words)) and \
            not re.search(r"(?:ss|us|is)$", words):
        # a plural label names its noun's singular too: "investment income" the row
        # "Investments", "the legacy" "Legacies"
        written = re.escape(m.group(1)) + ("(?:ies|y)" if m.group(2) == "ies" else "s?")
        plural = ""
    found = []
    for m in re.finditer(r"(?<![\w-])" + written + plural +
                         r"(?!\w)(?!-(?-i:[A-Z\d]))", sentence, flags):
        before = re.search(r"([\w'’]+)(\W*)$", sentence[:m.start()])
        if _LIKE_FOR_LIKE.search(sentence[:m.start()]):
            continue  # the sales of shops open in both periods: another measure than the row's
        if _LEFT_OUT.search(sentence[:m.start()]):
            continue  # "everything except freight came to …": the row left out of the figure
        if before is None or before.group(2).strip() or before.group(1).lower() in _LEAD \
                or before.group(1).isdigit() or _PERIOD_BEFORE.search(sentence[:m.start()]) \
                or m.group(0)[0].isupper() or re.search(r"(?:ed|ing)$", before.group(1)):
            # the sentence's start, after punctuation ("(wind, solar"), after "in the",
            # or written as a name ("Kenyan Central"); "Cloud Services revenue" is no
            # "Revenue" row: a word before it says which revenue
            found.append(m.start())
    return found


#: the words that may stand right before a row's name: "in the west", "than coal"
_LEAD = set("""the a an in of for from to at on by with and or plus than as its their our his her
whose where while when was were is are be been compared against versus vs via into across
over under between among both each every all but nor like unlike including except within
outside""".split()) | set(
    # conjunctions that open a clause on a row of its own: "while hardware sales were 7.6%
    # higher", "because donations came in at $61,300"
    """while whereas although though because since""".split()) | set(
    # a part of a whole just named: "revenue of €658.8 million, of which parcels brought in"
    """which whom""".split()) | set(
    # verbs whose past forms end in neither -ed nor -ing: "has grown revenue", "cut costs"
    """grown grew risen rose fallen fell shown showed seen made taken took given gave held
    kept had has have lost won brought cut set put paid spent sold built raised drew drawn
    reached generated""".split()) | set(
    # the particle of a phrasal verb: "continued to build up infrastructure", "sold off
    # the bonds"
    """up down out off""".split()) | set(
    # a word of the whole says the row's measure in full, never which of several it is:
    # "Total revenue was $412.7 million" names the row "Revenue"; so does the whole
    # company's, "Group revenue grew 7.0%" (a segment's row is named by its own label)
    """total overall combined group""".split())


#: a period said as the row's modifier ("third-quarter revenue", "Q3 sales", "full-year
#: profit", "annual income") says when, never which of several rows: the row is named
_PERIOD_BEFORE = re.compile(r"(?:\b(?:first|second|third|fourth|final|full|half|nine|six|"
                            r"twelve)[- ](?:quarter|half|year|month)|\b[QH][1-4]|"
                            r"\b(?:annual|quarterly|monthly|weekly|yearly)|"
                            r"\b(?:half|full)[- ]year(?:ly)?)\s+$", re.I)

#: labels that are also common words: matched only as written
_AMBIGUOUS = {"may", "march", "august", "total", "all", "other", "others", "general", "new",
              "us", "it", "china", "turkey", "chad", "jordan", "georgia", "niger"}




_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
#: a month a head or label names, as written: "Sep 2025", "October 2025", "Sept. 2024"
_MONTH_HEAD = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:[a-z]*)\.?"
                         r"(?=[\s.,/-]*(?:19|20)\d\d\b)")


def _month_of(header: str) -> str | None:
    """"Sep 2025" -> "2025-09"; None for a head that names no one month of a year."""
    period = column_period(header)
    months = {m.group(1)[:3] for m in _MONTH_HEAD.finditer(header)}
    if period and re.fullmatch(r"(?:19|20)\d\d", period) and len(months) == 1:
        return f"{period}-{[m[:3] for m in _MONTHS].index(months.pop()) + 1:02d}"
    return None


def _periods_of(heads: list[str]) -> list[str | None]:
    """The periods heads (or rows' labels) name: months of one year to the month ("Sep
    2025", "Oct 2025" -> "2025-09", "2025-10", which "in September" tells apart), else as
    :func:`column_period` gives them (the same month of two years, "Nov 2025" and "Nov
    2024", is told apart by its year)."""
    months = [_month_of(h) for h in heads]
    named = [m for m in months if m]
    if len(named) >= 2 and len({m[:4] for m in named}) == 1 and \
            len(set(named)) == len(named):
        return [m or column_period(h) for m, h in zip(months, heads)]
    return [column_period(h) for h in heads]


def _period_words(period: str) -> list[str]:
    """How a sentence may name a column's period: "2024"; "Q3 2024" -> "2024" (the year
    is what tells two quarters of one table apart; the quarter is checked by _quarter);
    "2025-09" -> "September", "Sept", "Sep" (a year written after it is checked by
    _dates)."""
    m = re.fullmatch(r"(\d{4})-[QH][1-4]", period)
    month = re.fullmatch(r"\d{4}-(\d\d)", period)
    if month:
        name = _MONTHS[int(month.group(1)) - 1]
        return list(dict.fromkeys([name, name[:4] if name == "September" else name[:3]] +
                                  ([name[:3]] if name == "September" else [])))
    return [m.group(1)] if m else [period]


def _quarter(sentence: str, period: str) -> bool:
    """A quarter's or half's column only where the sentence names that quarter or half
    (or none at all)."""
    m = re.fullmatch(r"\d{4}-([QH])([1-4])", period)
    if not m:
        return True
    n = int(m.group(2))
    ordinal = ("first", "second", "third", "fourth")[n - 1]
    part = "quarter" if m.group(1) == "Q" else "half"
    named = re.findall(r"\b(first|second|third|fourth)\s+(?:quarter|half)\b|\b([QH])([1-4])\b",
                       sentence, re.I)
    return not named or re.search(rf"\b{ordinal}\s+{part}\b|\b{m.group(1)}{n}\b",
                                  sentence, re.I) is not None


def _said(f: SentenceFigure, cell: Cell):
    """The span of values the figure's written digits allow, or None where it or the cell
    has no number."""
    try:
        m = parse_quantity(f.quote)
    except QuoteNumberError:
        return None
    if m.value is None or cell.value is None:
        return None
    return figure_interval(abs(m.value), decimals=m.decimals) if m.decimals is not None \
        else figure_interval(abs(m.value))


def _agrees(f: SentenceFigure, cell: Cell, scale: int) -> bool:
    """The cell's value (under its scale) and the figure's overlap, each within the
    rounding its written digits imply."""
    said = _said(f, cell)
    if said is None:
        return False
    digits = cell.text.strip().lstrip("+-−–")
    decimals = len(digits.split(".", 1)[1]) if "." in digits else 0
    cell_span = figure_interval(abs(cell.value).scaleb(scale), decimals=decimals - scale)
    meet = intersect(cell_span, said)
    # two roundings that only touch at their shared edge are two values: "7.7%" rounds from
    # 7.65 up, the cell "7.6" from 7.65 down, so the row of 7.6 is no second reading
    return meet is not None and not (meet.low is not None and meet.low == meet.high and
                                     _wide(cell_span) and _wide(said))


def _wide(span) -> bool:
    """Whether a span holds more than one value."""
    return span.low is None or span.high is None or span.low < span.high


def _holds(f: SentenceFigure, cell: Cell, scale: int) -> bool:
    """The figure, within the rounding its written digits imply, holds the cell's value
    ("£1.14 billion" holds 1,142.0 £ million; "4.99%" does not hold 5.0)."""
    said = _said(f, cell)
    return said is not None and intersect(
        said, figure_interval(abs(cell.value).scaleb(scale))) is not None


def spans_of(sentence: str, figures: list[SentenceFigure]) -> list[tuple[int, int, str]]:
    """Where each of a sentence's figures stands in it."""
    out, at = [], 0
    for f in figures:
        pos = sentence.find(f.quote, at) if f.quote else -1
        if pos >= 0:
            out.append((pos, pos + len(f.quote), f.local))
            at = pos + len(f.quote)
    return out


def nearest(sentence: str, spans: list[tuple[int, int, str]], start: int, end: int
             ) -> str | None:
    """The figure a phrase dates: the nearest in its clause ("$14,862 million in the third
    quarter of 2024, up 3.4%": 2024 is the amount's, not the change's across the comma)."""
    if not spans:
        return None
    before = [s for s in spans if s[1] <= start]
    if before:  # "fell to 5.8 percent in the second quarter of 2024 from 6.3 percent": a
        # period introduced by "in", "during", "for" dates the figure it follows
        last = max(before, key=lambda s: s[1])
        if _INTRODUCED.search(sentence[last[1]:start]) and not CLAUSE.search(
                sentence[last[1]:start]):
            return last[2]

    def distance(s: tuple[int, int, str]) -> int:
        a, b = (s[1], start) if s[1] <= start else (end, s[0])
        return max(b - a, 0) + (1000 if CLAUSE.search(sentence[a:b]) else 0)

    return min(spans, key=distance)[2]


#: what stands between a figure and a period phrase that dates it ("… in the second
#: quarter of", "… arrivals during", "… for fiscal")
_INTRODUCED = re.compile(r"^\s*(?:[\w'’-]+\s+){0,3}?(?:in|during|for|over|throughout|through|"
                         r"as\s+of|at\s+the\s+end\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$",
                         re.I)


#: the day and month before a year: the year is a date's ("2 October 2023", "Oct. 2, 2023")
_DAY_BEFORE = re.compile(r"(?:\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?|"
                         r"\b[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,)\s*$")


#: a day's date with its weekday: "Saturday 20 December 2025", "Friday, March 7"
_WEEKDAY_DATE = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:\d{1,2}"
                           r"(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}\b)"
                           r"(?:,?\s+\d{4})?")
#: a table of days: "daily", "by day", "per day"
_DAILY = re.compile(r"\b(?:daily|(?:by|per|each)\s+day|days?)\b", re.I)


def _of_a_day(before: str) -> bool:
    """Whether the words before a figure date it to one day: a weekday's date the words name
    as a day ("the busiest trading day was Saturday 20 December 2025, when customers spent",
    "On the busiest day, Friday 19 December, riders paid"), at most the one comma that closes
    the date between (a release's "Issued Wednesday, 23 July 2025" run into the sentence
    names no day of the figure's)."""
    dates = list(_WEEKDAY_DATE.finditer(before))
    if not dates:
        return False
    date = dates[-1]
    return re.search(r"\bday\b[^.;:]{0,12}$", before[:date.start()], re.I) is not None and \
        re.fullmatch(r"[^,;:]*(?:,[^,;:]*)?", before[date.end():]) is not None


#: what stands between a change's period and the level it moved to, set off by a comma: "rose
#: by 9.0% in 2024, to 362,850" (never "from 64.5% in 2023 to 70.1%", the base's period)
_TO_AFTER = re.compile(r",\s+to\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?")


def _dates(f: SentenceFigure, spans: list[tuple[int, int, str]], period: str) -> bool | None:
    """True where the sentence names ``period`` beside this figure (not as the base it is
    compared with), False where it names it beside another figure only, None where it
    does not name it at all."""
    if not _quarter(f.sentence, period):
        return False
    seen = False
    month = re.fullmatch(r"(\d{4})-\d\d", period)
    for w in _period_words(period):
        # a month's name is matched as written ("May", never "may")
        for m in re.finditer(r"(?<![\w-])" + re.escape(w) + r"\.?(?![\w-])", f.sentence,
                             0 if month else re.I):
            if _DAY_BEFORE.search(f.sentence[:m.start()]):
                continue  # "on Monday 2 October 2023": a day's date, no period of figures
            if month and re.search(r"\bbetween\s+$|\b(?:and|to)\s+$", f.sentence[:m.start()]) or \
                    month and re.match(r"\s+(?:and|to)\s+[A-Z][a-z]+", f.sentence[m.end():]):
                continue  # "Between February and March": a span, dating no one figure
            if month and (re.match(r"\s+\d{1,2}\b(?!\d)", f.sentence[m.end():]) or
                          re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\s+$", f.sentence[:m.start()]) or (
                    (y := re.match(r",?\s+((?:19|20)\d\d)\b", f.sentence[m.end():])) and
                    y.group(1) != month.group(1))):
                continue  # "1 October", "October 2": a day; "October 2024" another year's
            if not _in_a_clause_with_a_figure(f.sentence, spans, m.start(), m.end()):
                continue  # "Third-quarter 2025 trading update (extract), …": a heading's
                # year run into the sentence dates no one figure of it
            seen = True
            if _BASE.search(f.sentence[:m.start()]):
                if f.quote and re.match(r"\s*\(\s*" + re.escape(f.quote) + r"\s*\)",
                                        f.sentence[m.end():]):
                    return True  # "up 2.2% on 2024 (59,157)": the base's own amount, in
                    # brackets after its period, is of that period
                continue  # "up 3.2% on June 2023": the base's period, no figure's own
            if nearest(f.sentence, spans, m.start(), m.end()) == f.local or \
                    _TO_AFTER.fullmatch(f.sentence[m.end():f.sentence.find(f.quote)]):
                # "rose by 9.0% in 2024, to 362,850": the change's period is its end's too
                return True
    return False if seen else None


#: the words before a number in words that make it the size of a set the sentence names,
#: no quantity of a period: "the five local authorities", "its three plants"
_SET_BEFORE = re.compile(r"\b(?:the|its|their|our|all|both|these|those)\s+$", re.I)


def _set_named(sentence: str, span: tuple[int, int, str], quote: str) -> bool:
    """Whether a figure of the sentence is a number in words naming the size of a set ("by
    the five local authorities in 2025"): a period beside it dates the sentence's measured
    figure, never the set's size."""
    return not any(c.isdigit() for c in quote) and \
        _SET_BEFORE.search(sentence[:span[0]]) is not None


def _in_a_clause_with_a_figure(sentence: str, spans: list[tuple[int, int, str]], start: int,
                               end: int) -> bool:
    """Some figure of the sentence stands in the same clause as the words at start:end."""
    return any(not CLAUSE.search(sentence[b:start] if b <= start else sentence[end:a])
               for a, b, _ in spans)


def _earlier(f: SentenceFigure, spans: list[tuple[int, int, str]]) -> str | None:
    """"from $4,020 million a year earlier": the relative period standing beside this
    figure ("quarter" for the previous quarter, "year" for a year earlier, "month" for a
    month earlier, "" for an earlier time the words do not measure), None where there is
    none."""
    for m in _RELATIVE.finditer(f.sentence):
        if _BASE.search(f.sentence[:m.start()]) and f.quote and \
                f.sentence.find(f.quote) < m.start():
            continue  # "rose to 1.31 million, compared with the same quarter of 2024": the
            # base's period, after the figure compared with it, is not the figure's own
            # ("Compared with the previous quarter, when sales stood at $9,700 million"
            # dates the base's figure after it)
        if nearest(f.sentence, spans, m.start(), m.end()) == f.local:
            from kg.read.periods import reason_clause
            if reason_clause(f.sentence, spans, f.local, m.start()):
                continue  # "…, because the repairs were done last year": that event's
            words = m.group(0).lower()
            # "a month earlier" is the month before: beside columns a year apart, none
            return "year" if "year" in words or "same" in words else \
                "quarter" if "quarter" in words else "month" if "month" in words else ""
    return None


def _amounts(text: str) -> set[tuple[str, object]]:
    """(unit, value) of each amount with a unit a text writes, percents and dates aside."""
    from kg.numbers import find_mentions

    # ("£000" is a scale, "per £1" a rate's unit: no amount the cells are for)
    return {(m.unit, m.value) for m in find_mentions(text) if m.kind == "number"
            and m.unit is not None and m.unit not in ("PERCENT", "PERCENT_POINT")
            and m.value and not re.search(r"(?:\bper|/)\s*$", text[:m.start], re.I)}


def _other_base(f: SentenceFigure, header: str) -> bool:
    """Whether a column's head states the amount its cells are for ("You get for £500",
    "Cost of 10 kg") and the sentence states another amount of that unit and not this one
    ("£750 gets you €856.50"): the sentence's figure is for another base than the column's."""
    heads = _amounts(header)
    if not heads:
        return False
    said = _amounts(f.sentence)
    return any(any(u == unit for u, _ in said) and (unit, value) not in said
               for unit, value in heads)


_COUNTS = {"three": 3, "six": 6, "nine": 9, "twelve": 12, "3": 3, "6": 6, "9": 9, "12": 12}
#: a span of months from a year's start a sentence names: "in the first nine months", "the
#: six months to June", "the first half"
_SPAN_SAID = re.compile(r"\b(?:(?:first\s+)?(three|six|nine|twelve|3|6|9|12)[- ]months?|"
                        r"(first\s+half|half[- ]year))\b", re.I)
#: how a column's head writes such a span: "9M 2025", "Nine months 2025", "6M", "H1 2025",
#: "Jan-Sep 2025", "Q1-Q3"
_SPAN_HEAD = re.compile(r"\b(?:(3|6|9|12)\s?M|(three|six|nine|twelve)[- ]months?|(H1|HY|1H)|"
                        r"Q1\s*[-–]\s*Q([1-4])|Jan\w*\s*[-–]\s*(Mar|Jun|Sep|Dec)\w*)\b", re.I)


def _span_named(f: SentenceFigure) -> int | None:
    """How many months from the year's start the sentence says the figure covers ("we
    generated 3,912 GWh in the first nine months" -> 9), beside the figure."""
    for m in _SPAN_SAID.finditer(f.sentence):
        if _near(f, re.escape(m.group(0))):
            return 6 if m.group(2) else _COUNTS[m.group(1).lower()]
    return None


def _head_span(header: str) -> int | None:
    """How many months from the year's start a column's head says its cells cover."""
    m = _SPAN_HEAD.search(header)
    if m is None:
        return None
    if m.group(1) or m.group(2):
        return _COUNTS[(m.group(1) or m.group(2)).lower()]
    if m.group(3):
        return 6
    if m.group(4):
        return 3 * int(m.group(4))
    return 3 * (("mar", "jun", "sep", "dec").index(m.group(5)[:3].lower()) + 1)


#: a figure written bare, with no unit or sign: "from 58,300 to 56,900"
_BARE = re.compile(r"[\d.,\s\u2009\u202f'’]+")
NUM = "http://qudt.org/vocab/unit/NUM"


def _unit_fits(f: SentenceFigure, t: int, table: Table, c: int, cell: Cell, named: bool,
               cell_unit) -> bool:
    """The cell is in the figure's unit; or the figure is written bare, as a plain number,
    in a sentence that names the cell's row, whose label gives its cells a unit of a
    quantity the figure leaves to its subject ("Occupied bed-days fell from 58,300 to
    56,900" beside a row "Occupied bed-days", read in days). Only the cell whose value it
    states: the unit the words leave unsaid is no reading of the words, so the value
    decides whether the figure is that cell's at all."""
    unit, scale = cell_unit(t, table, c, cell)
    if unit == f.unit:
        return True
    return (named and f.unit == NUM and _BARE.fullmatch(f.quote) is not None
            and unit not in (PERCENT, POINTS) and "/currency/" not in unit
            and "CCY_" not in unit and _agrees(f, cell, scale))


def _cells(f: SentenceFigure, t: int, table: Table, r: int, named: bool,
           spans: list[tuple[int, int, str]], earlier: str | None, cell_unit,
           row_period: str | None) -> list[tuple]:
    """The cells of row ``r`` the words allow for ``f``: (t, r, c, named, dated, period)."""
    row = table.rows[r]
    cols = [c for c, col in enumerate(table.columns) if row.cells[c] is not None
            and not col.unsure and _unit_fits(f, t, table, c, row.cells[c], named, cell_unit)
            and _fits(f, col.header, col.kind) and not _other_base(f, col.header)]
    if f.unit == PERCENT and any(_whole_column(table.columns[c].header) for c in cols):
        # "Annual inflation rose to 2.8%" names the "Headline" column by the measure alone,
        # and "Food prices were 4.4% higher" the "Food" column, never the headline's
        clause = _clause_before(f)
        parts = [c for c in cols if not _whole_column(table.columns[c].header) and any(
            _word(clause, w.lower(), inflected=True)
            for w in _CONTENT.findall(_spelled_out(table.columns[c].header))
            if w.lower() != "percent")]
        others = [c for c, col in enumerate(table.columns) if not _whole_column(col.header)
                  and any(_word(clause, w.lower(), inflected=True)
                          for w in _CONTENT.findall(_spelled_out(col.header))
                          if w.lower() != "percent")]
        if parts or others:
            cols = [c for c in cols if not _whole_column(table.columns[c].header)]
    if f.unit == PERCENT and len(cols) > 1:
        # "Half of the portfolio is in equities, which returned 18.2%": of the columns of
        # percents the sentence's words name, the one named in the figure's own clause
        clause = _clause_before(f)
        levels = ("value", "percent", "share")
        own = [c for c in cols if table.columns[c].kind in levels and any(
            _word(clause, w.lower(), inflected=True)
            for w in _CONTENT.findall(table.columns[c].header) if w.lower() != "percent")]
        if len(own) == 1:
            cols = [c for c in cols if table.columns[c].kind not in levels or c in own]
    months = _span_named(f)
    if months and any(_head_span(col.header) for col in table.columns):
        # "in the first nine months" beside the figure: the "9M 2025" column, not "Q3 2025";
        # a change column whose head names no span ("Change %") compares the columns that
        # do, and is of their span where all of them are of the one the words name
        spans_ = {_head_span(col.header) for col in table.columns} - {None}
        cols = [c for c in cols if _head_span(table.columns[c].header) == months or (
            spans_ == {months} and table.columns[c].kind in ("change", "growth") and
            _head_span(table.columns[c].header) is None)]
    heads = _periods_of([col.header for col in table.columns])
    periods = {c: heads[c] or row_period for c in cols}
    if months in (6, 9):
        # "over the first nine months, revenue totalled €2.18 billion" beside columns of
        # quarters: a span longer (or other) than a column's quarter or half is none of them
        cols = [c for c in cols if not (periods[c] and re.fullmatch(
            r"(?:FY)?\d{4}-([QH])[1-4]", periods[c]) and {"Q": 3, "H": 6}[re.fullmatch(
                r"(?:FY)?\d{4}-([QH])[1-4]", periods[c]).group(1)] != months)]
    dated = {c: _dates(f, spans, periods[c]) if periods[c] else None for c in cols}
    # the text's now: the latest period of the row, before another figure takes its own
    now = max((periods[c] for c in cols if periods[c]), default=None)
    if any(dated.values()):
        cols = [c for c in cols if dated[c]]
    else:
        cols = [c for c in cols if dated[c] is not False]  # another figure's period
    if earlier is not None and cols and all(periods[c] for c in cols) and (
            earlier or not any(dated.values())):
        # "stood at 128.9 against … a month earlier" beside "March" columns a year apart:
        # the month before the latest, which no column holds, not the earlier March
        want = back(now, earlier) if earlier else None
        if want is None and earlier in ("month", "quarter"):
            cols = []  # a month or quarter before columns that are years: none of them
        cols = [c for c in cols if (periods[c] == want if want else periods[c] != now)]
    return [(t, r, c, named, bool(dated[c]), periods[c]) for c in cols]


def _covers(by: str, label: str) -> bool:
    """Whether the words for what covers a payout name the row ``label``."""
    plain = re.sub(r"\([^)]*\)", " ", label)
    plain = " ".join(_SPELLED.get(w.lower(), w) for w in plain.split())
    if says(by, label) or (bool(_plain(plain).strip()) and _plain(plain) in _plain(by)):
        return True
    # "HEPS (cents)" is named by "headline earnings per share": an acronym's letters are
    # the initials of the words it stands for
    short = re.match(r"\s*([A-Z]{2,6})\b", label)
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", by)).upper()
    return bool(short) and short.group(1) in initials


def _rows(f: SentenceFigure, table: Table, spans: list[tuple[int, int, str]]
          ) -> tuple[list[int], bool, list[str | None]]:
    """The rows the words allow, whether the sentence names them, and each row's period."""
    by_period = _periods_of([row.label for row in table.rows])
    if sum(p is not None for p in by_period) >= 2:  # rows are periods: dated like columns
        named = [r for r, p in enumerate(by_period) if p and _dates(f, spans, p)]
        return named or [r for r, p in enumerate(by_period)
                         if p and _dates(f, spans, p) is None], bool(named), by_period
    named = [r for r, row in enumerate(table.rows) if _names_row(f, row)] or \
        _named_by_qualifier(f, table) or _named_by_surname(f, table) or \
        _named_by_verb(f, table) or _named_in_other_order(f, table) or \
        _named_by_tail(f, table)
    # "everything except development came to …": a row the words leave out is not the one
    # they name, however its label's words are matched
    named = [r for r in named if not _left_out(f.sentence, table.rows[r].label)]
    # "the dividend of 12.0p is covered 3.1 times by earnings per share": the row what
    # covers it names is the cover's other side, a different amount from the figure
    if by := _covering(f):
        named = [r for r in named if not _covers(by, table.rows[r].label)]
    placed = _placed_rows(f, table, named, spans)
    if len(placed) > 1:  # "Contract Logistics grew 11.1% to €412.6 million, 27.0% of group
        # revenue": the row named before the figure in its clause is the figure's
        clause = _clause_before(f)
        mine = [r for r in placed if says(clause, table.rows[r].label) or (
            table.rows[r].total and _names_row(f, table.rows[r]))]
        placed = mine or placed
    named = placed
    totals = [r for r, row in enumerate(table.rows) if row.total]
    if not named and totals and _names_caption(f, table.caption):
        named = totals[-1:]  # "… the General Fund budget of $1,147.2 million": the whole
    return named or totals, bool(named), by_period


#: a head over a column of people's names: "Candidate", "Name", "Player"
_PEOPLE_HEAD = re.compile(r"^\W*(?:candidates?|names?|players?|members?|nominees?|athletes?|"
                          r"riders?|drivers?|runners?|authors?|artists?)\b", re.I)
#: a person's name as a row writes it: "Ellis Varga", "Ana María Ruiz"
_PERSON = re.compile(r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}")


def _named_by_tail(f: SentenceFigure, table: Table) -> list[int]:
    """The row a sentence names by its label less the first word, before the figure
    ("Equipment grants fall to CHF 610'000" names "Farm equipment grants"), where the label
    has three words or more and no other row's label is named so."""
    at = f.sentence.find(f.quote) if f.quote else -1
    if at < 0:
        return []
    before = f.sentence[:at]
    said = []
    for r, row in enumerate(table.rows):
        words = re.sub(r"\([^)]*\)|[%*†‡]+", " ", row.label).split()
        # ("Earnings per share" is not named by "JPY 40 per share": a tail that opens on a
        # word of glue names no measure, unless the label's head is said too: "Final
        # dividend of 57.0 cents per share" names "Dividend per share")
        if row.total or len(words) < 3 or words[1].lower() in _GLUE and \
                not re.search(rf"(?<![\w-]){re.escape(words[0])}", before, re.I):
            continue
        tail = " ".join(words[1:])
        if re.search(rf"(?<![\w-]){re.escape(tail)}(?![\w-])", before, re.I):
            said.append(r)
    return said if len(said) == 1 else []


def _named_by_surname(f: SentenceFigure, table: Table) -> list[int]:
    """In a table of people ("Candidate", "Name"), the row a sentence names by the
    surname alone, before the figure ("Varga took 10,842 votes" names "Ellis Varga"),
    where no other row has that surname."""
    at = f.sentence.find(f.quote) if f.quote else -1
    if at < 0 or not _PEOPLE_HEAD.match(table.header_line):
        return []
    surnames = {r: row.label.split()[-1] for r, row in enumerate(table.rows)
                if _PERSON.fullmatch(row.label.strip())}
    said = [r for r, name in surnames.items() if list(surnames.values()).count(name) == 1
            and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", f.sentence[:at])]
    return said if len(said) == 1 else []


def _named_by_qualifier(f: SentenceFigure, table: Table) -> list[int]:
    """Rows whose labels share a head and differ in what follows a comma ("Undergraduate,
    classroom-based", "Undergraduate, laboratory-based"): the sentence names one by its
    own words alone ("classroom-based courses", "laboratory-based degrees"), in the
    figure's clause before it."""
    heads: dict[str, list[int]] = {}
    for r, row in enumerate(table.rows):
        head, comma, rest = row.label.partition(",")
        if comma and rest.strip() and not row.total:
            heads.setdefault(_plain(head), []).append(r)
    clause = _plain(_clause_before(f))
    return [r for rows in heads.values() if len(rows) >= 2 for r in rows
            if _CONTENT.search(table.rows[r].label.partition(",")[2]) and
            _plain(table.rows[r].label.partition(",")[2]) in clause]


#: a participle a label writes after its noun ("Ore mined", "Concentrate sold") whose forms
#: are not its stem and an ending: the stems a sentence's words for that doing begin with
_IRREGULAR = {"sold": ("sale", "sell", "sold"), "spent": ("spend", "spent"),
              "paid": ("paid", "pay"), "built": ("build", "built"), "lent": ("lend", "lent"),
              "bought": ("buy", "bought", "purchas")}
#: a word a label writes for a doing: a participle ("produced", "sold") or its noun
#: ("production", "employment", "generation")
_DOING = re.compile(r"[a-z]{3,}(?:ed|tion|sion|ment)|" + "|".join(_IRREGULAR), re.I)
#: nouns with a doing's ending that name things, never what was done: "Cooling and freezing
#: equipment", "Property, plant and equipment" are named by their things, not by any
#: sentence that mentions equipment
_THINGS = {"equipment", "equipments", "apartment", "apartments", "department",
           "departments", "instrument", "instruments", "document", "documents", "garment",
           "garments", "segment", "segments", "element", "elements", "compartment",
           "compartments", "pavement", "pavements", "basement", "basements", "tournament",
           "tournaments", "ointment", "sediment", "sediments", "monument", "monuments",
           "station", "stations"}
#: the endings of the forms of one verb: "produc|ed", "product|ion", "employ|ment"
_ENDINGS = re.compile(r"(?:ions?|ments?|ings?|ed|es|e|s)$")


def _stems(word: str) -> set[str]:
    """What the forms of one verb share: "produced" -> "produc", "production" -> "product"
    or "produc" (a noun in -tion may drop its verb's "e": "reduce", "reduction"),
    "generation" and "generated" -> "generat"."""
    word = word.lower()
    m = _ENDINGS.search(word)
    stem = word[:m.start()] if m and m.start() >= 4 else word
    return {stem, stem[:-1]} if re.search(r"tions?$", word) and len(stem) >= 6 else {stem}


def _does(sentence: str, word: str) -> bool:
    """The sentence writes the doing ``word`` names, in any form: "concentrate production"
    for "produced", "generated" for "generation", "sales" for "sold"; never a word that
    only begins alike ("unemployment" is no "employed", "products" no "produced")."""
    words = re.findall(r"(?<![\w-])[a-z]+(?![\w-])", sentence, re.I)
    forms = _IRREGULAR.get(word.lower())
    if forms:
        return any(w.lower().startswith(forms) and len(w) <= len(word) + 3 for w in words)
    stems = _stems(word)
    return any(_stems(w) & stems for w in words)


#: a list's joins either side of one of its items: "planting, management, and education"
_JOINED_BEFORE = re.compile(r"(?:,|\band|\bor)\s*$", re.I)
_JOINED_AFTER = re.compile(r"^\s*(?:,|and\b|or\b)", re.I)
_LAST_ITEM = re.compile(r"[\w-]\s*,?\s+(?:and|or)\s+$", re.I)
_FIRST_ITEM = re.compile(r"^\s*(?:(?:and|or)\s+[\w-]|,\s*[\w-]+\s*,)", re.I)


def _listed_doing(sentence: str, word: str) -> bool:
    """Whether each place the sentence writes the doing ``word`` names is one item of a list
    ("planting, management, and education accounted for £3.5 million", "production and
    exports rose"): a figure said of the list is theirs together, no one row's."""
    stems = _stems(word)
    at = [m for m in re.finditer(r"(?<![\w-])[a-z]+(?![\w-])", sentence, re.I)
          if _stems(m.group(0)) & stems]
    return bool(at) and all(
        _JOINED_BEFORE.search(sentence[:m.start()]) and _JOINED_AFTER.match(sentence[m.end():])
        or _LAST_ITEM.search(sentence[:m.start()]) or _FIRST_ITEM.match(sentence[m.end():])
        for m in at)


def _named_by_verb(f: SentenceFigure, table: Table) -> list[int]:
    """Rows a sentence names loosely, by what the label's words mean rather than as written:
    a label of a thing and what was done with it ("Concentrate produced", "Power
    generation", "Employed") named by the doing in another form ("concentrate production
    rose", "we generated", "employment rose by"), with the thing where the doing alone
    names several rows; or a label of a thing and a participle ("Ore mined") by the thing
    alone ("moved 4.82 Mt of ore"), where no other row is of that thing. The figure's unit
    still has to be the row's."""
    doing: dict[int, bool] = {}
    thing: dict[int, bool] = {}
    alone: dict[int, bool] = {}
    for r, row in enumerate(table.rows):
        words = re.findall(r"[A-Za-z][\w'-]*", re.sub(r"\([^)]*\)", " ", row.label))
        verbs = [w for w in words if _DOING.fullmatch(w) and w.lower() not in _THINGS]
        # the doing is what the row counts only as the label's last word, its head or a
        # participle after the thing: "Girls' education bursaries" counts bursaries
        if len(verbs) != 1 or words[-1] != verbs[0] or len(words) > 4:
            continue
        # "Cost of goods sold", "Value of milk collected": the head before "of" is what the
        # row counts, the doing only says which goods ("Number of units sold" counts them)
        lowered = [w.lower() for w in words]
        if "of" in lowered and lowered[:lowered.index("of")][-1:] != ["number"] and \
                lowered.index("of") > 0:
            continue
        doing[r] = _does(f.sentence, verbs[0]) and (
            verbs[0].lower() in _IRREGULAR or not _listed_doing(f.sentence, verbs[0]))
        # ("Organic and RubyRed": a word of glue is no thing a row counts)
        nouns = [w for w in words[:-1] if len(w) >= 3 and w.lower() not in _GLUE]
        # the noun right before a participle is what was done with ("Ore mined")
        head = nouns[-1] if nouns and verbs[0].lower().endswith(("ed",) + tuple(_IRREGULAR)) \
            else None
        # "Assets held in trust for pre-paid funerals": things a sentence names after "for"
        # are what another amount is for, not those the row counts ("Funerals conducted")
        thing[r] = head is not None and any(
            not _FOR_THINGS.search(f.sentence[:at]) for at in _said_at(f.sentence, head))
        alone[r] = len(words) == 1  # "Employed": the doing is all the label says
    both = [r for r in doing if doing[r] and (thing[r] or alone[r])]
    if len(both) == 1:
        return both
    done = [r for r in doing if doing[r]]
    if len(done) == 1:
        return done
    things = [r for r in thing if thing[r]]
    at = f.sentence.find(f.quote) if f.quote else -1
    if at >= 0 and _RATE_OF_THINGS.match(f.sentence[at + len(f.quote):]):
        return []  # "0.84 individuals per 100 km²" is a density, no count of individuals
    return things if len(things) == 1 and not done else []


#: "for" and the words that may stand between it and the things it names: "for pre-paid "
_FOR_THINGS = re.compile(r"\bfor\s+(?:(?:the|its|our|their|[a-z]+-[a-z]+|new|future)\s+)?$",
                         re.I)


#: the things a figure counts, then "per" what: a rate of them ("1.13 individuals per
#: 100 km²", "4.2 visits per member"), which no row of a count of those things holds
_RATE_OF_THINGS = re.compile(r"\s+[A-Za-z][\w-]*\s+per\b", re.I)


#: the words of a label that name no measure of their own: "Share of which online"
_GLUE = frozenset("""and the for from with which per other all""".split())


def _named_in_other_order(f: SentenceFigure, table: Table) -> list[int]:
    """The one row whose label's words (two or more, brackets aside) the figure's clause
    before it says each of, in another order: "Postpaid monthly churn" is named by "monthly
    churn among postpaid customers fell to", "Retail energy sales" by "sales of energy to
    retail customers". A clause that says every word of two labels names neither. Never
    the level a move left ("risen from €17,800 in 2025/26 to"): its time is another than the
    sentence's, which a row named so loosely does not settle."""
    before = _clause_before(f)
    if re.search(r"\bfrom\s+(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+)?$", before, re.I):
        return []
    # a name's words ("Lindqvist Tools reported") say who, never which row: only the words
    # written in lower case, and the sentence's first, count
    start = f.sentence.find(before)
    clause = _plain(" ".join(m.group(0) for m in re.finditer(r"[\w'’-]+", before)
                             if not m.group(0)[0].isupper() or start + m.start() == 0))
    labels = [[w for w in _plain(re.sub(r"\([^)]*\)", " ", row.label)).split()
               if len(w) >= 3 and w not in _GLUE and not w.isdigit()] for row in table.rows]
    said = []
    for r, words in enumerate(labels):
        if len(words) < 2 or not all(f" {w} " in clause for w in words):
            continue
        # where rows share the label's head ("Sales", "Tool sales", "Service sales"), the
        # word the clause says before it tells which: "hardware sales" is none of them
        head = re.search(rf"(\S+) {re.escape(words[-1])} ", clause)
        if head and head.group(1) not in words and head.group(1) not in _LEAD and \
                head.group(1) not in _GLUE and \
                sum(bool(other) and other[-1] == words[-1] for other in labels) > 1:
            continue
        said.append(r)
    return said if len(said) == 1 else []


#: words of a label that say what kind of amount a row is, never which row: a sentence
#: that says "costs" or "income" names no one row of a table of costs or income
_NO_NAME = frozenset("""total totals other others net gross amount amounts number value
values cost costs income expenditure expense expenses revenue revenues spending spend sale
sales budget budgets share item items line lines fund funds funding year years""".split())


def _loose_words(text: str) -> set[str]:
    """A text's content words, singular: "Nesting-beach patrols" -> {"nesting", "beach",
    "patrol"}; "Flat / maisonette" -> {"flat", "maisonette"}."""
    words = re.findall(r"[a-z]+", re.sub(r"\([^)]*\)", " ", text).lower())
    return {singular(w) for w in words if len(w) >= 4 and w not in _GLUE and w not in _LEAD}


def _named_loosely(f: SentenceFigure, table: Table) -> int | None:
    """The one row whose label the words before the figure name by part of its words:
    "Beach patrols cost" names "Nesting-beach patrols", "Philanthropic support is
    budgeted at" names "Philanthropic trusts", "Flats made up" names "Flat / maisonette".
    A word counts only where no other row's label has it (a word two rows share says
    neither); the figure's own clause decides, else the nearest clause before it that names
    a row so ("Donations from individuals are expected to rise, to €412,500"), and a clause
    that names two rows names neither. The caller still asks that the row's cell hold the
    figure's value: words this loose name a row only with it."""
    at = f.sentence.find(f.quote) if f.quote else -1
    if at < 0:
        return None
    # the words of a proper name ("Regional Arts Council grant") name its row only all
    # together, as :func:`_names_row` reads them: "the council" is any council
    labels = [_loose_words(row.label) - _NO_NAME -
              _loose_words(" ".join(_PROPER_NAME.findall(row.label))) for row in table.rows]
    owns = [words - set().union(*(w for o, w in enumerate(labels) if o != r))
            for r, words in enumerate(labels)]
    clauses = CLAUSE.split(f.sentence[:at])
    for clause in reversed(clauses):
        said = _loose_words(clause)
        rows = [r for r, own in enumerate(owns) if own & said]
        if rows:
            return rows[0] if len(rows) == 1 and not table.rows[rows[0]].total else None
    return None


#: what joins a row's name to the figure before it: "55.1 t C/ha under continuous grazing"
_AFTER_JOIN = re.compile(r"^\s*(?:[\w/-]+\s+){0,2}?(?:in|for|under|among|at|on|from|across)\s+"
                         r"(?:the\s+|its\s+|their\s+)?$|^\s+$", re.I)


#: what stands between a percent and the row it is of: "8.5% on turnover", "12% of total"
_BASE_OF = re.compile(r"\s*(?:%|per\s?cent)?\s+(?:of|on)\s+(?:the\s+|its\s+|their\s+)?"
                      r"(?:total\s+|group\s+)?", re.I)


#: how many words may stand between a figure and a row named after it
_AFTER_WORDS = 6


def _placed_rows(f: SentenceFigure, table: Table, named: list[int],
                 spans: list[tuple[int, int, str]]) -> list[int]:
    """Of the rows a sentence names, the figure's by where they stand: a row named just
    after it, or after "in", "for", "under" ("55.1 t C/ha under continuous grazing", "4,256
    men"); else those
    named before it with no other figure between ("Detached houses reached £512,300, while
    flats edged up 0.6%": flats'), or all named before it where every one has; a row named
    only after it is its own only where no other figure stands between ("capital expenditure was €31.2 million, equal to 24% of service revenue" says
    nothing of service revenue's €31.2 million)."""
    at = f.sentence.find(f.quote) if f.quote else -1
    if at < 0 or not named:
        return named
    end = at + len(f.quote)
    places = {r: said_at(f.sentence, table.rows[r].label) or
              _demonym_at(f.sentence, table.rows[r].label) for r in named}
    if not any(places.values()):
        return named  # named otherwise (a total by what it totals, a quarter in words)
    # "Headline earnings per share (HEPS)": a row the letters in brackets name is named
    # where the words they stand for start, and a row named only inside those words
    # ("Headline earnings") is not named
    for r, ps in list(places.items()):
        for p in ps:
            opened = _spelled_before(f.sentence, p, table.rows[r].label)
            if opened is None:
                continue
            places[r] = sorted((set(places[r]) - {p}) | {opened})
            within = [o for o, qs in places.items()
                      if o != r and qs and all(opened <= q < p for q in qs)]
            for o in within:
                del places[o]
            named = [k for k in named if k not in within]
    # "Science" inside "Social Sciences and Law": the longer label is the one named
    reach = {r: [(p, p + len(table.rows[r].label)) for p in ps] for r, ps in places.items()}
    inside = {r for r, ps in places.items() if ps and all(
        any(o != r and a <= p < b and b - a > len(table.rows[r].label) for o in reach
            for a, b in reach[o]) for p in ps)}
    named = [r for r in named if r not in inside]
    places = {r: ps for r, ps in places.items() if r not in inside}
    right_after = [r for r, ps in places.items() if any(
        p >= end and _AFTER_JOIN.match(f.sentence[end:p]) for p in ps)]
    if len(right_after) == 1:
        return right_after
    before = {r: max(p for p in ps if p < at) for r, ps in places.items()
              if any(p < at for p in ps)}
    # "Operating profit was £3.27m, a margin of 8.5% on turnover, up from £2.61m": a row
    # named as what another figure is a percent of is that figure's base, and names no
    # figure after it
    based = {r for r, p in before.items() if any(
        s[2] != f.local and s[1] <= p and _BASE_OF.fullmatch(f.sentence[s[1]:p])
        for s in spans)}
    if based and len(based) < len(before):
        before = {r: p for r, p in before.items() if r not in based}
    # a row named before another figure of the sentence is that figure's, where another
    # row is named after it ("Detached houses reached £512,300, while flats edged up 0.6%")
    # never past an aside's end, a semicolon or a contrast's new subject ("4,256 men) in 37
    # cities", "while flats …"); "although this was 0.7 points lower" still speaks of it
    # (an aside the words open and close between them is no end: "Revenue of £84.6m (H1
    # 2024: £76.2m), growth of 11.0%")
    before = {r: p for r, p in before.items() if not re.search(
        r"[);]|\b(?:while|whereas)\b", re.sub(r"\([^()]*\)", " ", f.sentence[p:at]))}
    # every row named before is another figure's: still this one's in the same run of
    # words ("Logistics grew 11.1% to €412.6 million, 27.0% of group revenue")
    free = [r for r, p in before.items()
            if not any(p < s[0] and s[1] <= at for s in spans if s[2] != f.local)]
    if before:
        return (free or list(before)) + [r for r in named if not places[r]]
    if places and all(places[r] for r in named) and all(
            min(ps) < at for ps in places.values()):
        return []
    others = [s for s in spans if s[2] != f.local and s[0] >= end]
    # and only near it, in its clause: "a £4.63 million programme funded partly by the
    # Department for Transport's Network North allocation" says nothing of the North row
    return [r for r in named if not places[r] or (
        not any(s[0] < min(places[r]) for s in others) and
        not CLAUSE.search(f.sentence[end:min(places[r])]) and
        len(f.sentence[end:min(places[r])].split()) <= _AFTER_WORDS)]


def _spelled_before(sentence: str, at: int, label: str) -> int | None:
    """Where the words start that the letters at ``at`` stand for, where the sentence
    names the row ``label`` by letters in brackets after those words ("Headline earnings
    per share (HEPS)" for the row "HEPS (cents)"), or where the bracket opens that holds
    only those letters after other words ("Operating profit (EBIT)"); None otherwise."""
    letters = re.sub(r"\([^)]*\)", " ", label).strip()
    if not re.fullmatch(r"[A-Z]{2,6}", letters) or not sentence[at:].startswith(letters):
        return None
    before = sentence[:at].rstrip()
    if not before.endswith("("):
        return None
    words = before[:-1]
    if not _stands_for(letters, words):
        # "Operating profit (EBIT) fell to …": the letters, alone in brackets, are another
        # name for what the words before say; the row is named where the bracket opens
        return len(before) - 1 if sentence[at + len(letters):].startswith(")") else None
    found = [m for m in re.finditer(r"[^\W\d_]+", words)
             if m.group(0).lower() not in ("and", "of", "the", "for", "&")]
    return found[-len(letters)].start() if len(found) >= len(letters) else None


#: a caption's words that say how it is cut, not what it counts
_CUT = re.compile(r"\s(?:by|for|per|in|at|of|from|to|as|under|across|,|—|–|-{1,2}|:|\()\s?", re.I)
_CAPTION_WORDS = {"table", "chart", "figure", "exhibit", "summary", "key", "main", "total",
                  "annual", "quarterly", "monthly", "and", "the", "all"}


def _names_caption(f: SentenceFigure, caption: str) -> bool:
    """The figure's clause names what the table's caption counts, two words of it as the
    caption writes them ("the General Fund budget of $1,147.2 million" for "General Fund
    expenditures by department"; "registered jobseekers … fell to 216,800")."""
    head = re.sub(r"^(?:table|chart|figure|exhibit)\s+[\w.]+[.:—–-]*\s*", "", caption.strip(),
                  flags=re.I)
    head = _CUT.split(head, maxsplit=1)[0]
    words = [w for w in re.findall(r"[A-Za-z][\w-]*", head) if w.lower() not in _CAPTION_WORDS]
    clause = _clause_before(f)
    return any(re.search(rf"(?<![\w-]){re.escape(a)}\s+{re.escape(b)}(?![\w-])", clause, re.I)
               for a, b in zip(words, words[1:]))


#: a share of a whole said right after a figure: "7,280, or 28.0% of the student body",
#: "£27.1m (70.2% of revenue)": the figure is the part, not the whole
_PORTION = re.compile(r"\s*(?:,\s*|\(\s*|\s)(?:or\s+|about\s+|some\s+|nearly\s+|almost\s+|"
                      r"equal\s+to\s+|equivalent\s+to\s+)?[\d.,]+\s*(?:%|per\s?cent\b|"
                      r"percent\b)\s+of\b", re.I)
#: a percent's whole written after it ("47.7% of the cases decided"), to the clause's end
_OF_WHOLE = re.compile(r"\s+of\s+([^,;:.()]+)", re.I)
#: what joins the names of a list of rows: "wind, solar and hydro", "gas plus coal"
_LIST_JOIN = re.compile(r"\s*(?:,|,?\s*(?:and|plus|&))\s*(?:the\s+)?", re.I)


#: "X and Y together", "X and Y combined": two things joined, then the word saying the
#: figure after is of both
_JOINED = re.compile(r"\w[\w-]*\s+(?:and|&)\s+[^,;:()]*?\b(?:together|combined|between\s+them|"
                     r"jointly)\b", re.I)


#: the word before the base a rate is taken per: "per 1,000 player-hours", "per 100,000"
_RATE_BASE = re.compile(r"\bper\s*$", re.I)


def _listed_rows(f: SentenceFigure, table: Table, spans: list[tuple[int, int, str]]) -> bool:
    """The last rows the words before the figure (since a semicolon or colon) name are two
    or more of the table's rows as one list ("wind, solar and hydro together provided 127.3
    TWh", "Gas and coal plants burned …"): the figure is said of them together, so it
    restates no one row's cell."""
    return _listed(f, table) is not None


def _listed(f: SentenceFigure, table: Table) -> int | None:
    """How many of the table's rows the list before the figure speaks of (``_listed_rows``),
    the rows a count in it stands for included ("the four depots and the hub": five); None
    where the words list no rows."""
    at = f.sentence.find(f.quote) if f.quote else -1
    if at < 0 or re.search(r"\b(?:respectively|each)\b", _clause(f.sentence, at), re.I):
        return None  # "worth €143.4 million and €104.3 million respectively": one each
    start = max([m.end() for m in re.finditer(r"[;:]", f.sentence[:at])], default=0)
    before = f.sentence[start:at]
    names = sorted((m.start(), m.end()) for row in table.rows if not row.total
                   for m in [_names_part(before, row.label)] if m)
    # the list may stand before an earlier figure of the sentence ("prawns plus crab and
    # lobster accounted for 1,749 tonnes … and were worth €14.2 million"): it is still what
    # the sentence is about where no row is named after it
    listed = 1
    while listed < len(names) and _LIST_JOIN.fullmatch(
            before[names[-listed - 1][1]:names[-listed][0]]):
        listed += 1
    # a row listed with a count of other things ("the county's four branches and the mobile
    # library reached 778,400"): the figure is of them all, not of that row
    counted = _COUNTED_AND.search(before[:names[-listed][0]]) if names else None
    if counted:
        word = counted.group(1).lower()
        return listed + (int(word) if word.isdigit() else ONES.index(word))
    return listed if listed >= 2 else None


#: two things joined and said together before a figure: "vans and light trucks together
#: sold", "fixed and mobile units combined issued", "coal and gas between them burned"
_JOINED_TOGETHER = re.compile(r"[\w-]+\s+(?:and|&|plus)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?\s+"
                       r"(?:together|combined|between\s+them)\b", re.I)


def _together(f: SentenceFigure) -> bool:
    """The words before the figure in its clause join two things and say the figure is of
    them together ("vans and light trucks together sold 41,200"): a sum of two or more
    rows, however the rows are labelled, so no one row's cell."""
    at = f.sentence.find(f.quote) if f.quote else -1
    if at < 0:
        return False
    start = max([m.end() for m in re.finditer(r"[;:]", f.sentence[:at])], default=0)
    return _JOINED_TOGETHER.search(f.sentence[start:at]) is not None


def _lists_every_row(f: SentenceFigure, table: Table) -> bool:
    """The list before the figure is every row the table's total adds up ("the three depots
    and the hub" over a table of four sites and their total): the figure is that total's."""
    parts = sum(not row.total for row in table.rows)
    return any(row.total for row in table.rows) and _listed(f, table) == parts


#: a count of things as a list's member before a join: "four branches and (the)"
_COUNTED_AND = re.compile(r"\b(" + "|".join(ONES[2:13]) + r"|"
                          r"\d+)\s+(?:[a-z-]+\s+)?[a-z]{3,}s" + _LIST_JOIN.pattern + "$", re.I)


def _whole_written(f: SentenceFigure, at: int, same: list[SentenceFigure]
                   ) -> SentenceFigure | None:
    """The amount a percent is "of", where the sentence writes it next: "105% of its normal
    of 2,060 hours" -> 2,060 hours."""
    if at < 0:
        return None
    after = f.sentence[at + len(f.quote):]
    return next((g for g in same if g.unit not in (PERCENT, POINTS) and g.quote and re.match(
        r"\s+of\s+(?:[\w'’-]+\s+){0,4}" + re.escape(g.quote), after)), None)


def _bracketed_after(f: SentenceFigure, at: int, same: list[SentenceFigure]
                     ) -> SentenceFigure | None:
    """The amount a percent in brackets stands right after: "520 hours (3.4%)" -> 520 hours."""
    if at < 0:
        return None
    before = f.sentence[:at]
    return next((g for g in same if g.unit not in (PERCENT, POINTS) and g.quote and re.search(
        re.escape(g.quote) + r"\s*\(\s*$", before)), None)


def _holds_unit(g: SentenceFigure, t: int, table: Table, cell_unit) -> bool:
    """Whether the table may hold amounts in ``g``'s unit: a cell read in it, or a head, a
    label or the caption that writes the unit's word ("Change (min)" for "6.0 minutes")."""
    if any(c is not None and cell_unit(t, table, i, c)[0] == g.unit
           for row in table.rows for i, c in enumerate(row.cells)):
        return True
    word = re.search(r"\d\s*([A-Za-z]{2,})", g.quote)
    if word is None:
        return False
    heads = " ".join([table.caption, table.header_line] + [c.header for c in table.columns] +
                     [r.label for r in table.rows])
    return re.search(r"\b" + re.escape(word.group(1)[:3]), heads, re.I) is not None


def _names_column(f: SentenceFigure, header: str) -> bool:
    """The sentence says a word of the column's head (its stem: "completed" for
    "Completions"), past the head's period and unit."""
    words = [w.lower() for w in _CONTENT.findall(re.sub(r"\([^)]*\)", " ", header))
             if w.lower() not in ("which", "total", "change", "percent")]
    said = {w.lower()[:6] for w in _CONTENT.findall(f.sentence)}
    return any(w[:6] in said for w in words)


def _counted_by_head(f: SentenceFigure, header: str) -> bool:
    """The word right after the figure is the column's head, or its first letters ("2,148
    taxa" for "Taxa", "5,120 accessions" for "Accessions held"): what the figure counts."""
    at = f.sentence.find(f.quote) if f.quote else -1
    after = re.match(r"\s+([A-Za-z]{4,})", f.sentence[at + len(f.quote):]) if at >= 0 else None
    words = _CONTENT.findall(re.sub(r"\([^)]*\)", " ", header))
    return after is not None and bool(words) and \
        after.group(1).lower()[:5] == words[0].lower()[:5]


#: a sentence that opens by pointing back at the one before it: "That is 590 fewer …",
#: "This represents a fall of 2.7%", "It was the lowest since …", "That's a rise of 4.1%"
_ANAPHOR = re.compile(r"\s*(?:That|This|It)(?:\s+(?:is|was|represents|represented|marks|"
                      r"marked|means|meant|amounts|amounted|compares|compared|equates|"
                      r"equated)\b|['’]s\s)")


#: a figure written as an open bound: "more than 1,000", "at least 40", "fewer than 12"
#: (never "over", "up to" or "above", which as often set a figure beside another or end a
#: move: "a growth of 13.3% over ₹2,512.7 crore", "pushed profit up to R1 104 million")
_OPEN_BOUND = re.compile(r"\s*(?:(?:more|fewer|less|greater)\s+than|at\s+least|at\s+most|"
                         r"upwards\s+of)\s", re.I)


#: one of the year's payments of a dividend, named right before its amount
_PART_PAID = re.compile(r"\b(interim|final|special)(?:\s+(?:[\w-]+\s+){0,3}?dividends?\s+"
                        r"(?:of\s+|was\s+|is\s+|at\s+)?|\s*:\s*)(?:[^\w\s]\s*)?$", re.I)
#: the words between an amount and the one it is set against: "…, against ", "compared with "
_AGAINST = re.compile(r"\s*(?:,\s*)?(?:against|compared\s+(?:with|to)|versus|vs\.?)\s+"
                      r"(?:about\s+|some\s+|around\s+|roughly\s+)?$", re.I)


def _against_each(f: SentenceFigure, at: int, others: list[SentenceFigure]):
    """The "a tonne" of the amount a figure is set against ("R7 750 a tonne, against R8 701
    in 2023"), which makes it an amount each too; None where no such amount stands before."""
    for g in others:
        if g is f or not g.quote:
            continue
        start = f.sentence.rfind(g.quote, 0, at)
        if start < 0:
            continue
        each = _EACH.match(f.sentence, start + len(g.quote))
        if each is not None and _AGAINST.fullmatch(f.sentence[each.end():at]):
            return each
    return None


#: where a sentence ends: its stop, then a space and what may open the next one
_SENTENCE_END = re.compile(r"(?<=[.!?])[*_\"'’”)]*\s+(?=[*_\"'‘“(]*[A-Z])")


def _figureless_before(text: str, sentence: str) -> str:
    """The sentence right before ``sentence`` in its paragraph of ``text``, where it holds
    no figure (no digit) and ends with its stop; "" where there is none such."""
    words = sentence.split()
    if not text or not words:
        return ""
    found = re.search(r"\s+".join(map(re.escape, words)), text)
    if found is None:
        return ""
    paragraph = re.split(r"\n[ \t]*\n|\n\s*[|#]", text[:found.start()])[-1]
    if not paragraph.strip() or paragraph.rstrip() == paragraph and paragraph:
        return ""  # no sentence before, or the figure's sentence is not the next one
    last = _SENTENCE_END.split(paragraph.strip())[-1]
    last = " ".join(last.split())
    if not re.search(r"[.!?][*_\"'’”)]*$", last) or re.search(r"\d", last):
        return ""
    return last


def _row_named_before(f: SentenceFigure, before: str, tables: list[Table]
                      ) -> tuple[int, int] | None:
    """(table, row) of the one row, no total, whose label a figure-less sentence names
    before the figure's own sentence: "Dredging is the second-largest cost. At $1.38
    million it …"; None where it names none or several."""
    if not before:
        return None
    named = [(t, r) for t, table in enumerate(tables, start=1)
             if sum(p is not None for p in _periods_of([row.label for row in table.rows])) < 2
             for r, row in enumerate(table.rows)
             if not row.total and says(before, row.label)]
    return named[0] if len(named) == 1 else None


def ties(figures: list[SentenceFigure], tables: list[Table],
         cell_unit, figure_id, text: str = "") -> list[tuple[SentenceFigure, str, str, bool]]:
    """(sentence figure, the table cell it restates, a label, sure) for each tie the words
    allow. The words give the candidates: the rows the sentence names (the total row where
    it names none; for rows that are periods, the period written beside the figure), the
    columns whose kind the figure's unit fits, the period written beside the figure (a
    relative one, "a year earlier", for an earlier column). Where the words leave several
    cells, the one whose value agrees breaks the tie (arithmetic may choose between
    readings the words allow equally, never add one). Sure when the words alone or that
    tie-break single out the cell; otherwise the latest period's cell is proposed, not
    checked. ``cell_unit(t, table, col, cell)`` gives a cell's (unit IRI, scale) and
    ``figure_id(t, r, c)`` its id; ``text``, the document's, gives the sentences without
    figures, which may name the row a figure's sentence is of."""
    by_claim = group_by_claim(figures)
    # a span of time ("the first six months of 2024") is a period's words, not a figure a
    # year beside it could date
    units = {f.local: f.unit for f in figures}
    quotes = {f.local: f.quote for f in figures}
    spans = {claim: spans_of(fs[0].sentence, [f for f in fs if f.unit not in _DURATIONS])
             for claim, fs in by_claim.items()}
    # an amount's period is not taken by a figure of another unit beside it ("at the
    # average 2023 exchange rate of CHF 0.8986" dates the rate, and no amount in francs)
    own = {f.local: [s for s in spans[f.claim] if s[2] == f.local or (
        f.unit == PERCENT or units[s[2]] in (f.unit, PERCENT, POINTS)) and
        not _set_named(f.sentence, s, quotes[s[2]])] for f in figures}
    claimed: dict[str, list[bool]] = {}
    _agreed: dict[str, str] = {}
    found: list[tuple[SentenceFigure, str, str, bool]] = []
    # the rows each sentence names for a figure tied surely, and the sentence before each
    # (by the order of the text's figures): "That is …" takes up the one before's subject
    named_rows: dict[str, set[tuple[int, int]]] = {}
    order = list(dict.fromkeys(f.claim for f in figures))
    before_claim = dict(zip(order[1:], order))
    # the row a sentence without figures names, for the figures of the sentence after it
    named_before = {claim: _row_named_before(fs[0], _figureless_before(text, fs[0].sentence),
                                             tables) for claim, fs in by_claim.items()}
    for f in figures:
        at = f.sentence.find(f.quote) if f.quote else -1
        # "by 1.3 percentage points" is a change as a change column writes it
        if (at >= 0 and f.unit not in (PERCENT, POINTS) and BY.search(f.sentence[:at]) and
                moved(f) != "diff") or (
                at >= 0 and f.unit not in (PERCENT, POINTS) and (_CHANGE_AFTER.match(
                    f.sentence[at + len(f.quote):].lstrip()) or _COUNTED_CHANGE_AFTER.match(
                    f.sentence[at + len(f.quote):]))) or \
                re.fullmatch(r"\D*\d?\D*", f.quote) or (
                at >= 0 and f.unit not in (PERCENT, POINTS) and _CHANGE_WORDS.search(
                    m.group(0)) if (m := _OR_AFTER_PERCENT.search(f.sentence[:at])) else False):
            continue  # an amount of change, or "3" or "three" of something
        if at >= 0 and _RATE_BASE.search(f.sentence[:at]):
            continue  # "expressed per 1,000 player-hours": the base a rate is taken per,
            # which no cell states (a "Rate per 1,000 h" column names it in its head)
        if _OPEN_BOUND.match(f.quote):
            continue  # "shares that hold more than 1,000 animals": a bound, which no
            # cell states again (it only says where a quantity lies)
        if at >= 0 and _THRESHOLD.match(f.sentence, at + len(f.quote)):
            continue  # "crossed the 12-lakh mark": a threshold passed, no cell's level
        # "expects revenue of $2.50 billion to $2.56 billion": no reported cell; but a
        # budget's or a plan's own table holds what it plans
        forecast = _forecast(f.sentence, at)
        if forecast and not any(_plans(t) for t in tables):
            continue
        each = _EACH.match(f.sentence[at + len(f.quote):]) if at >= 0 else None
        if each is None and at >= 0:
            # "R7 750 a tonne, against R8 701 in 2023": the figure a per-unit amount is set
            # against is one of the same kind, an amount a tonne too
            each = _against_each(f, at, by_claim[f.claim])
        # "874,000 a month" is no cell's level, unless the table is of monthly amounts
        per = re.escape(each.group(0).split()[-1].lower()) if each else ""
        if each and not any(_per_period(t, per) for t in tables):
            continue
        # "the average price rose to A$14.51 from A$14.03": the figure a move goes from is
        # said of what the figure it goes to is, so the words before that one say what both are
        pair = _MOVE_PAIR.search(f.sentence, 0, at) if at >= 0 else None
        look = pair.start() if pair else at
        # a column headed as averages ("Avg $/head", "Mean score") holds them: an average
        # the sentence gives is of such a column only
        averaged = False
        if at >= 0 and _AVERAGE.search(f.sentence[max(0, look - 40):look]) and not (
                f.unit == PERCENT and _A_YEAR.match(f.sentence[at + len(f.quote):])) and \
                not any(_AVERAGES.search(t.caption) for t in tables):
            averaged = any(_AVERAGE_HEAD.search(c.header) for t in tables for c in t.columns)
            if not averaged:
                continue  # "an average of 874,000": no cell's level; "an average of 2.8% a
                # year" is a rate a year, which a growth column holds; a table of "annual
                # averages" holds averages
        if at >= 0 and _of_a_day(f.sentence[:at]) and not any(
                _DAILY.search(t.caption + " " + t.header_line) for t in tables):
            continue  # "the busiest day was Saturday 20 December, when customers spent
            # £21.3m": one day's amount, which no cell of a table of longer periods holds
        earlier = _earlier(f, own[f.local]) if f.unit != PERCENT else None
        rate = at >= 0 and _PER_AMOUNT.match(f.sentence[at + len(f.quote):]) is not None
        portion = at >= 0 and _PORTION.match(f.sentence[at + len(f.quote):]) is not None
        # "final dividend of 95.0 cents": which of the year's payments the figure is
        # (a final dividend is the year's where the words name no other payment of it)
        part_paid = pp.group(1) if at >= 0 and (pp := _PART_PAID.search(
            f.sentence[max(0, at - 60):at])) and (pp.group(1).lower() != "final" or re.search(
                r"\binterim\b|\btotal\s+dividend", f.sentence, re.I)) else ""
        # the words after "47.7% of" up to the clause's end: the whole the share is of
        of_whole = ow.group(1) if f.unit == PERCENT and at >= 0 and (
            ow := _OF_WHOLE.match(f.sentence[at + len(f.quote):])) else ""
        # "2,163 hours, 105% of its normal of 2,060 hours": a percent of a whole the sentence
        # writes is that whole's, in a table only where one of its cells holds the whole
        whole = _whole_written(f, at, by_claim[f.claim]) if f.unit == PERCENT else None
        # "a reduction of 520 hours (3.4%)": a percent in brackets after an amount is that
        # amount's, so of a table only where its cells are in the amount's unit
        of = _bracketed_after(f, at, by_claim[f.claim]) if f.unit == PERCENT else None
        # the row the sentence before named, where this one opens by pointing back at it
        pointed_back = named_rows.get(before_claim.get(f.claim, ""), set()) \
            if _ANAPHOR.match(f.sentence) else set()
        if len(pointed_back) != 1:
            pointed_back = set()
        candidates = []
        for t, table in enumerate(tables, start=1):
            if whole is not None and not any(
                    c is not None and _agrees(whole, c, cell_unit(t, table, i, c)[1])
                    for row in table.rows for i, c in enumerate(row.cells)):
                continue
            if forecast and not _plans(table):
                continue
            if of is not None and not _holds_unit(of, t, table, cell_unit):
                continue
            if each and not _per_period(table, per):
                continue
            pointed = False
            loosely: set[int] | None = None
            if _lists_every_row(f, table):
                # "the three depots and the hub handled 612,400", over a table of the four
                # sites: the words name them all, which is the total's row
                rows = [r for r, row in enumerate(table.rows) if row.total][-1:]
                named, by_period = True, _periods_of([row.label for row in table.rows])
            elif _listed_rows(f, table, own[f.local]) or (_together(f) and not any(
                    re.search(r"\s(?:and|&)\s", row.label) and says(f.sentence, row.label)
                    for row in table.rows)):
                continue  # "wind, solar and hydro together provided 127.3 TWh": their sum
                # (so "vans and trucks combined sold 41,200", unless a row's own label
                # joins the two, "Vans and trucks")
            else:
                rows, named, by_period = _rows(f, table, own[f.local])
                back = [r for t_, r in pointed_back if t_ == t]
                if not named and back:
                    # "That is 590 fewer than in 2022, when 21,500 were recorded": a
                    # sentence that opens by pointing back names no row of its own, and is
                    # of the one the sentence before named
                    rows, named, pointed = back, True, True
                elif not named and (loose := _named_loosely(f, table)) is not None:
                    # a row named by part of its label's words: its cells only where one
                    # holds the figure's value, else the words name no row
                    held = [k for k in _cells(f, t, table, loose, True, own[f.local], earlier,
                                              cell_unit, by_period[loose])
                            if _holds(f, table.rows[loose].cells[k[2]],
                                      cell_unit(t, table, k[2], table.rows[loose].cells[k[2]])[1])]
                    if held:
                        rows, named, loosely = [loose], True, {k[2] for k in held}
                elif not named and not back and (prior := named_before.get(f.claim)) and \
                        prior[0] == t and _TOTAL.search(f.sentence) is None:
                    # "Dredging is the second-largest cost. At $1.38 million it …": the
                    # sentence before, without a figure, named the row; its cell is the one
                    # of the row that agrees with the figure, of the latest period unless
                    # the words date another
                    cells = _cells(f, t, table, prior[1], True, own[f.local], earlier,
                                   cell_unit, by_period[prior[1]])
                    now = max((k[5] for k in cells if k[5]), default=None)
                    cells = [k for k in cells if k[4] or k[5] in (None, now)]
                    agreeing = [k for k in cells if _agrees(f, table.rows[k[1]].cells[k[2]],
                                                            cell_unit(t, table, k[2],
                                                                      table.rows[k[1]].cells[
                                                                          k[2]])[1])]
                    if len(agreeing) == 1:
                        candidates.extend(agreeing)
                        continue
            if rate:
                # "0.84 lynx per 100 km²": a rate per an amount of something, which only a row
                # (or a table) whose words say "per" holds, never a row of counts of lynx
                rows = [r for r in rows if "per" in table.rows[r].label.lower().split() or
                        re.search(r"\bper\b", table.rows[r].label, re.I) or
                        re.search(r"\bper\b", table.caption + " " + table.header_line, re.I)]
            if part_paid:  # "an interim dividend of 12.0 pence": one payment of the year's,
                # never the row of the whole dividend unless its label names that payment
                rows = [r for r in rows if part_paid.lower() in table.rows[r].label.lower()]
            if of_whole:  # "or 47.7% of the claims settled": a share whose whole is the
                # total row the words after "of" name, never that row's own share (its 100)
                # (its label's words besides "Total": "Total decided" is named by "of the
                # cases decided"; "Total costs … 12.3% of revenue" still restates its row)
                said = {w.rstrip("s") for w in re.findall(r"[a-z]{4,}", of_whole.lower())}
                rows = [r for r in rows if not (table.rows[r].total and (rest := {
                    w.rstrip("s") for w in re.findall(r"[a-z]{4,}", table.rows[r].label.lower())
                    if w not in ("total", "overall", "grand")}) and rest <= said)]
            if portion:  # "numbered 7,280, or 28.0% of the student body": a part of a
                # whole, so no total row's, unless the sentence names that row by its label
                rows = [r for r in rows if not table.rows[r].total or
                        says(f.sentence, table.rows[r].label)]
            for r in rows:
                cells = _cells(f, t, table, r, named, own[f.local], earlier, cell_unit,
                               by_period[r])
                if loosely is not None:
                    cells = [k for k in cells if k[2] in loosely]
                if pointed:
                    # the row is taken from the sentence before: the column only where the
                    # words date it, or where it is the row's one change column a change
                    # fits ("… represents a decline of 2.7%"), never the latest by default
                    cells = [k for k in cells if k[4] or (
                        table.columns[k[2]].kind in ("change", "growth") and
                        sum(table.columns[c].kind == table.columns[k[2]].kind
                            for c in range(len(table.columns))) == 1)]
                candidates.extend(cells)
        if averaged:
            candidates = [k for k in candidates if _AVERAGE_HEAD.search(
                tables[k[0] - 1].columns[k[2]].header)]
        if not candidates:
            continue

        def agrees(k: tuple) -> bool:
            table = tables[k[0] - 1]
            cell = table.rows[k[1]].cells[k[2]]
            return _agrees(f, cell, cell_unit(k[0], table, k[2], cell)[1])

        def holds(k: tuple) -> bool:
            # "rises 4.99%" is not the total's "5.0%": a figure more exact than the cell
            # only meets it by rounding, which may pick between rows the words name but
            # not make a row the words leave unnamed the figure's
            table = tables[k[0] - 1]
            cell = table.rows[k[1]].cells[k[2]]
            return _holds(f, cell, cell_unit(k[0], table, k[2], cell)[1])

        agree = [k for k in candidates if agrees(k)]
        total = not any(k[3] for k in candidates) and _TOTAL.search(f.sentence) is None
        if total and not any(holds(k) for k in agree):
            # no row named and no word of a total: "Renewables generated 65.7 TWh" may be a
            # part the table does not list, so the total row is only proposed
            candidates = [max(candidates, key=lambda k: k[5] or "")]
            pick, sure = candidates[0], False
        elif len(candidates) == 1:
            pick, sure = candidates[0], candidates[0][3] or candidates[0][4] or bool(agree)
        elif len(agree) == 1:
            pick, sure = agree[0], True
        elif len({(k[0], k[1]) for k in candidates}) == 1 and all(k[5] for k in candidates):
            # the latest: the text's now; checked where the sentence names the row, else
            # proposed
            pick = max(candidates, key=lambda k: k[5])
            latest = [k for k in candidates if k[5] == pick[5]]
            if len(latest) > 1:
                # several columns of one period ("Completions", "of which affordable" in a
                # row that is a year): the column the words name, else none
                table = tables[pick[0] - 1]
                latest = [k for k in latest if _names_column(f, table.columns[k[2]].header)]
                if len(latest) != 1:
                    continue
                pick = latest[0]
            sure = pick[3] and not earlier
        elif len({(k[0], k[1]) for k in candidates}) == 1 and len(counted := [
                k for k in candidates
                if _counted_by_head(f, tables[k[0] - 1].columns[k[2]].header)]) == 1:
            # "2,148 taxa" in a row of "Taxa" and "Accessions": the noun the figure counts
            # by is the column's head
            pick = counted[0]
            sure = pick[3]
        elif len(by_name := [k for k in candidates if k[3]]) == 1 and by_name[0][4] and \
                not (at >= 0 and _APIECE.match(f.sentence[at + len(f.quote):])):
            # "total expenditure of €2,398,000, up 9.6% on the €2,187,000 we expect to
            # spend in 2024", over a table of income and one of expenditure: the row and
            # column the words name, not another table's total taken for want of a name
            # (an amount "each" is one item's, not the row's whole: "grants of €4,000 each")
            pick, sure = by_name[0], True
        else:
            continue
        t, r, c = pick[:3]
        table = tables[t - 1]
        cell = figure_id(t, r + 1, c + 1)
        if pick in agree:
            _agreed[f.local] = cell
        if sure and pick[3]:
            named_rows.setdefault(f.claim, set()).add((t, r))
        found.append((f, cell, f"{table.rows[r].label}, {table.columns[c].header or 'column'}: "
                               "the table and the text", sure))
        claimed.setdefault(cell, []).append(bool(agree) and pick in agree)
    # several figures of the text for one cell: the words do not say which, so those that
    # agree with it break the tie ("31.2 TWh" twice for coal's 31.2), and where none
    # does, none is tied; a tie the words make sure of outweighs a guess at the total row
    sure_for = {cell: [f for f, c, _, sure in found if c == cell and sure] for cell in claimed}
    return [(f, cell, label, sure) for f, cell, label, sure in found
            if (len(sure_for[cell]) == 1 and sure_for[cell][0] is f) or
            (not sure_for[cell] and len(claimed[cell]) == 1) or _agreed.get(f.local) == cell]


_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                "dec")
_UP = re.compile(r"^\s*(?:more|higher|above|up|over)\b", re.I)
_DOWN = re.compile(r"^\s*(?:less|lower|below|down|under|fewer)\b", re.I)


def _step(label: str) -> tuple[str, int] | None:
    """Where a row's label stands in a year: ("Q", 3) for "Q3 (Jul–Sep)", ("M", 5) for
    "May"; None for a label that is no quarter, half or month."""
    m = re.fullmatch(r"\s*([QH])([1-4])\b(?:\s*\([^)]*\))?\s*", label)
    if m:
        return m.group(1), int(m.group(2))
    word = label.strip().lower()[:3]
    if word in _MONTH_NAMES and re.fullmatch(r"[A-Za-z]+\.?", label.strip()):
        return "M", _MONTH_NAMES.index(word) + 1
    return None


def sequential_changes(figures: list[SentenceFigure], tied, tables: list[Table], figure_id
                       ) -> list[tuple[set[str], str]]:
    """"Fourth-quarter revenue of CHF 61.4 million was 22.6% above the previous quarter":
    a change from the period before, which only the table gives (the row above the tied
    cell, in its column, where the rows are a year's quarters or months). Each is (the
    change's figure, its Turtle) for kg read to add where the words relate it no
    otherwise."""
    cell_of = {f.local: cell for f, cell, _, sure in tied if sure}
    by_claim = group_by_claim(figures)
    out = []
    for f in figures:
        at = f.sentence.find(f.quote) if f.quote else -1
        if f.unit != PERCENT or at < 0 or f.local in cell_of:
            continue
        after = f.sentence[at + len(f.quote):]
        words = " ".join(after.split()[:8])
        if not _SEQUENTIAL.search(words):
            continue
        up, down = _UP.match(after), _DOWN.match(after)
        if bool(up) == bool(down):
            continue  # the words do not say which way
        amounts = [g for g in by_claim[f.claim] if g.local in cell_of and g.unit != PERCENT
                   and f.sentence.find(g.quote) < at]
        if len(amounts) != 1:
            continue
        g = amounts[0]
        t, r, c = cell_place(cell_of[g.local])  # type: ignore[misc]  # a cell's, tied
        rows, cols = tables[t - 1].rows, tables[t - 1].columns
        # the period before: the row above, where the rows are the periods; the column
        # before, where the columns are ("Q1 … Q4, Year")
        if r >= 2 and (here := _step(rows[r - 1].label)) and \
                _step(rows[r - 2].label) == (here[0], here[1] - 1):
            rb, cb, name = r - 1, c, rows[r - 2].label
        elif c >= 2 and (here := _step(cols[c - 1].header)) and \
                _step(cols[c - 2].header) == (here[0], here[1] - 1):
            rb, cb, name = r, c - 1, cols[c - 2].header
        else:
            continue
        if rows[rb - 1].cells[cb - 1] is None:
            continue
        out.append(({f.local},
                    relation("PercentChangeRelation", f":{f.claim}",
                             f"{name} to {g.quote}: {'up' if up else 'down'} {f.quote} on the "
                             f"period before",
                             f"cg:initial {figure_id(t, rb, cb)} ; cg:final :{g.local} ; "
                             f"cg:change :{f.local} ; "
                             f"cg:direction cg:{'Increase' if up else 'Decrease'}")))
    return out


#: words that say the figure adds up the rows the sentence names
_TOGETHER = re.compile(r"\b(?:together|combined|between\s+them|altogether|in\s+total|jointly|"
                       r"in\s+all)\b", re.I)


def _names_part(sentence: str, label: str) -> re.Match | None:
    """Where the sentence names a row: by its label, or "Bioenergy and other" by its first
    word(s)."""
    # "Hydro and other renewables" is named by "hydro", "Industry and other" by "industry"
    for words in (label, re.sub(r"\s+(?:and|&)\s+others?(?:\s+[\w-]+){0,2}\s*$", "", label,
                                flags=re.I)):
        words = " ".join(re.sub(r"\([^)]*\)", " ", words).split())
        if words and says(sentence, words):
            return re.search(r"(?<![\w-])" + re.escape(words) + r"(?!\w)", sentence, re.I)
    return None


def named_sums(figures: list[SentenceFigure], tied, tables: list[Table], cell_unit,
               figure_id) -> list[tuple[set[str], str]]:
    """"Police and Fire together receive $544.8 million", "Renewable sources (wind, solar,
    hydro and bioenergy) generated 65.7 TWh": an amount that adds up the rows a sentence
    names before it, each row's cell in the column the figure's period picks (the latest
    where it names none). The words must say so: a word like "together", or the rows listed
    in brackets after what they make up; the arithmetic never does."""
    tied_figures = {f.local for f, *_ in tied}
    by_claim = group_by_claim(figures)
    out = []
    for f in figures:
        at = f.sentence.find(f.quote) if f.quote else -1
        if at < 0 or f.local in tied_figures or f.unit in (PERCENT, POINTS) or \
                (BY.search(f.sentence[:at])) or _forecast(f.sentence, at):
            continue
        before = f.sentence[:at]
        found = []
        for t, table in enumerate(tables, start=1):
            hits = [(r, m) for r, row in enumerate(table.rows) if not row.total and adds(row)
                    and (m := _names_part(before, row.label))]
            if len(hits) < 2:
                continue
            first, last = min(m.start() for _, m in hits), max(m.end() for _, m in hits)
            if any(g is not f and first <= f.sentence.find(g.quote) < last
                   for g in by_claim[f.claim] if g.quote):
                continue  # "(3,886 women and 4,256 men) in 37 cities": the rows' own figures
            listed = re.search(r"\(([^)]*)\)", before)
            in_brackets = listed and all(listed.start(1) <= m.start() < listed.end(1)
                                         for _, m in hits)
            if not (_TOGETHER.search(before[min(m.start() for _, m in hits):]) or in_brackets):
                continue
            # a column of another unit holds no part of it ("2,100 members", not fees)
            column = _sum_column(f, table, by_claim[f.claim], lambda c: all(
                table.rows[r].cells[c] is None or cell_unit(
                    t, table, c, table.rows[r].cells[c])[0] == f.unit for r, _ in hits))
            if column is None:
                continue
            cells = [table.rows[r].cells[column] for r, _ in hits]
            if any(c is None or c.value < 0 or cell_unit(t, table, column, c)[0] != f.unit
                   for c in cells):
                continue
            found.append((t, column, [r for r, _ in hits]))
        if len(found) != 1:
            continue
        t, column, rows = found[0]
        table = tables[t - 1]
        out.append((set(),
                    relation("SumRelation", f":{f.claim}",
                             f"{' + '.join(table.rows[r].label for r in rows)} make {f.quote}",
                             f"cg:total :{f.local} ; cg:part "
                             + ", ".join(figure_id(t, r + 1, column + 1) for r in rows))))
    return out


def adds(row) -> bool:
    from kg.read.tables import adds_up
    return row.kind == "value" and adds_up(row.label)


def _sum_column(f: SentenceFigure, table: Table, same: list[SentenceFigure],
                fits=lambda c: True) -> int | None:
    """The column of amounts a sentence's figure is for, of those in its unit (``fits``):
    the one whose period is written beside it; else, of the periods no other figure takes,
    the latest; the one column of amounts where no column has a period."""
    values = [c for c, col in enumerate(table.columns) if col.kind == "value" and not col.total
              and fits(c)]
    periods = {c: column_period(table.columns[c].header) for c in values}
    if not values:
        return None
    if not any(periods.values()):
        return values[0] if len(values) == 1 else None
    spans = spans_of(f.sentence, [g for g in same if g.unit not in _DURATIONS])
    dated = {c: _dates(f, spans, periods[c]) for c in values if periods[c]}
    mine = [c for c, d in dated.items() if d]
    if len(mine) == 1:
        return mine[0]
    free = [c for c, d in dated.items() if d is None]
    return max(free, key=lambda c: periods[c]) if free and not mine else None


#: the year a growth rate starts from and, where said, the one it runs to: "since 2020",
#: "between 2019 and 2024", "from 2018 to 2023"
_SINCE = re.compile(r"\b(?:since|from|between)\s+(?:the\s+end\s+of\s+)?((?:19|20)\d\d)\b"
                    r"(?:\s+(?:and|to|until|through)\s+((?:19|20)\d\d)\b)?", re.I)
_GROWING = re.compile(r"\b(?:grow\w*|grew|rose|risen|ris(?:es|ing)|increas\w*|climb\w*|"
                      r"expand\w*)\b", re.I)
_FALLING = re.compile(r"\b(?:declin\w*|decreas\w*|fell|fall\w*|shr[ai]nk\w*|shrunk|"
                      r"contract\w*|drop\w*)\b", re.I)


def stated_growth(figures: list[SentenceFigure], tables: list[Table], tied, cell_unit,
                  figure_id) -> list[tuple[set[str], str]]:
    """"Over the four years since 2020, revenue has grown at a compound annual rate of
    8.2%" beside a table whose rows are years: a growth rate from the row of the year named
    to the row of the year it runs to (else the latest), in the one column the sentence
    names; its final is the sentence's figure tied to that cell, where one is. Each is (the
    rate's figure; its Turtle)."""
    restated = {cell: f for f, cell, _, sure in tied if sure}
    out = []
    for f in figures:
        at = f.sentence.find(f.quote) if f.quote else -1
        if f.unit != PERCENT or at < 0:
            continue
        before = " ".join(f.sentence[:at].split()[-6:])
        if _ANNUAL_RATE.search(before) is None and \
                _A_YEAR.match(f.sentence[at + len(f.quote):]) is None:
            continue
        if _GROWING.search(f.sentence) is None or _FALLING.search(f.sentence):
            continue  # a rate of decline is no growth rate
        years = _SINCE.search(f.sentence)
        if years is None:
            continue
        start = years.group(1)
        found = []
        for t, table in enumerate(tables, start=1):
            by_period = [column_period(row.label) for row in table.rows]
            if sum(p is not None for p in by_period) < 2:
                continue  # the years are the rows
            end = years.group(2) or max(p for p in by_period if p)
            first = [r for r, p in enumerate(by_period) if p == start]
            last = [r for r, p in enumerate(by_period) if p == end]
            cols = [c for c, col in enumerate(table.columns) if col.kind == "value"
                    and _names_column(f, col.header)]
            if len(first) != 1 or len(last) != 1 or len(cols) != 1 or \
                    not re.fullmatch(r"(?:19|20)\d\d", end):
                continue
            c = cols[0]
            a, b = table.rows[first[0]].cells[c], table.rows[last[0]].cells[c]
            if a is None or b is None or a.value is None or a.value <= 0 or \
                    cell_unit(t, table, c, a)[0] in (PERCENT, POINTS):
                continue
            found.append((t, first[0], last[0], c, int(end) - int(start)))
        if len(found) != 1 or found[0][4] < 1:
            continue  # no table, or several, the words name
        t, ra, rb, c, periods = found[0]
        initial, final = figure_id(t, ra + 1, c + 1), figure_id(t, rb + 1, c + 1)
        said = restated.get(final)
        final = f":{said.local}" if said is not None else final
        out.append(({f.local},
                    relation("CompoundGrowthRelation", f":{f.claim}",
                             f"the table, {start} to {end}: {f.quote} a year",
                             f"cg:initial {initial} ; cg:final {final} ; "
                             f"cg:growthRate :{f.local} ; cg:periods {periods}")))
    return out


#: verbs of gain and of loss ("added 3,800 jobs", "shed 2,500"): which way the row moved
_GAIN_VERB = re.compile(r"\b(?:add(?:s|ed|ing)?|gain(?:s|ed|ing)?|creat(?:e|es|ed|ing))\b",
                        re.I)
_LOSS_VERB = re.compile(r"\b(?:shed(?:s|ding)?|los(?:t|es|ing)|lose|cut(?:s|ting)?|axe[sd]?|"
                        r"axing|slash(?:es|ed|ing)?)\b", re.I)


def moved_rows(figures: list[SentenceFigure], tables: list[Table], tied,
               changes: dict[str, tuple[str, str, str]], figure_id
               ) -> list[tuple[set[str], str]]:
    """"Construction added 3,800 jobs", "manufacturing shed 2,500 jobs": an amount a verb of
    gain or loss takes, said of the one row the sentence names, where the row's change
    column compares two of its cells: the gap between those cells, the verb saying which
    is the larger. Each is (the amount's figure; its Turtle)."""
    by_claim = group_by_claim(figures)
    spans = {claim: spans_of(fs[0].sentence, fs) for claim, fs in by_claim.items()}
    done = {f.local for f, *_ in tied}
    out = []
    for f in figures:
        at = f.sentence.find(f.quote) if f.quote else -1
        # the verb, not a change's noun ("a gain of 13.7 ms" in a time that fell), says
        # which cell is the larger
        if f.local in done or at < 0 or f.unit in (PERCENT, POINTS) or \
                not _GAINED.search(f.sentence[max(0, at - 60):at]) or \
                _SEQUENTIAL.search(f.sentence):
            continue  # ("added 1,200 jobs over the quarter": not the year-on-year column's)
        verb = " ".join(f.sentence[:at].split()[-4:])
        gain, loss = _GAIN_VERB.search(verb), _LOSS_VERB.search(verb)
        if bool(gain) == bool(loss):
            continue  # the words do not say which way
        found = []
        for t, table in enumerate(tables, start=1):
            rows, named, by_period = _rows(f, table, spans[f.claim])
            if not named or len(rows) != 1 or any(by_period):
                continue
            r = rows[0]
            prefix = figure_id(t, r + 1, 0)[:-1]
            pairs = {(initial, final) for cell, (kind, initial, final) in changes.items()
                     if cell.startswith(prefix) and initial.startswith(prefix)
                     and final.startswith(prefix)}
            found.extend((t, r, *pair) for pair in pairs)
        if len(found) != 1:
            continue  # no row, or several pairs of cells, the words single out
        t, r, initial, final = found[0]
        if _added_level(f, verb, tables, final):
            continue
        minuend, subtrahend = (final, initial) if gain else (initial, final)
        out.append(({f.local},
                     relation("DifferenceRelation", f":{f.claim}",
                              f"{tables[t - 1].rows[r].label}: {f.quote} "
                              f"{'gained' if gain else 'lost'} (the table)",
                              f"cg:minuend {minuend} ; cg:subtrahend {subtrahend} ; "
                              f"cg:difference :{f.local}")))
    return out


#: "added" alone, of the verbs of gain: it also says what a row contributed
_ADDED = re.compile(r"\badd(?:s|ed|ing)?\b", re.I)


def _added_level(f: SentenceFigure, verb: str, tables: list[Table], final: str) -> bool:
    """Whether "added" says what the row contributed, not how much it grew: "Vans added
    41,210 units" where the row's own latest cell is written 41,210 is the row's level said
    again ("added" to the fleet, the total), never a gain of the row over its earlier cell
    (a gain as large as the level would make the earlier cell nought). The digits as
    written decide, not any sum."""
    if not _ADDED.search(verb) or _GAIN_ONLY.search(verb):
        return False
    place = cell_place(final)
    if place is None:
        return False
    t, r, c = place
    try:
        cell = tables[t - 1].rows[r - 1].cells[c - 1]
    except IndexError:
        return False
    digits = re.sub(r"[^\d.]", "", f.quote).strip(".")
    return cell is not None and bool(digits) and re.sub(r"[^\d.]", "", cell.text).strip(".") \
        == digits


#: the words that make "added" a gain: "added a further", "added another", "net"
_GAIN_ONLY = re.compile(r"\b(?:further|another|net|extra|additional)\b", re.I)


#: a change's way said right after its figure: "a 4.7% fall", "15.1% more than the year
#: before", "a 10.2 per cent increase"
_WAY_AFTER = re.compile(r"^\s*(?:(?P<up>increase|rise|gain|jump|growth|more|higher|up)|"
                        r"(?P<down>fall|decline|decrease|drop|reduction|cut|less|fewer|lower|"
                        r"down))\b", re.I)
#: the verb before a change's figure that says its way: "rose 8.8%", "was up 34.3%",
#: "falling by 3.9%", "slipped by £0.08m"
_WAY_UP = re.compile(rf"\b(?:{_RISE_WORDS}|gain(?:s|ed|ing)?|add(?:s|ed|ing)?)\b", re.I)
_WAY_DOWN = re.compile(rf"\b(?:{_FALL_WORDS}|shr[ai]nk(?:s|ing)?|shrunk|shed(?:s|ding)?|lost|"
                       r"los(?:es|ing)|cut(?:s|ting)?)\b", re.I)
#: "by" and what may stand between it and the amount a change moved by: "rose by just
#: £178,000", "slipped by some £0.08m"
_BY_AMOUNT = re.compile(r"\bby\s+(?:just\s+|only\s+|about\s+|some\s+|nearly\s+|almost\s+|"
                        r"around\s+|roughly\s+|a\s+further\s+)?$", re.I)
#: the level a change reached, right after it: "rose 8.2% to £3.42m"
_TO_LEVEL = re.compile(r"^\s*,?\s*to\s+(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+)?$",
                       re.I)


#: between a level and the change that reached it: "budgeted at £286,000, up 13.9%"
_LEVEL_THEN = re.compile(r"\s*,\s*(?:up|down)\s+(?:by\s+)?", re.I)


def _reached(f: SentenceFigure, at: int, g: SentenceFigure) -> bool:
    """``g`` is the level the change ``f`` (at ``at``) reached: after it, past "to" ("rose
    8.2% to £3.42m"), or right before it, past ", up" ("£286,000, up 13.9%")."""
    end = at + len(f.quote)
    after = f.sentence.find(g.quote, end)
    if after >= 0 and _TO_LEVEL.match(f.sentence[end:after]):
        return True
    before = f.sentence.rfind(g.quote, 0, at)
    return before >= 0 and _LEVEL_THEN.fullmatch(f.sentence[before + len(g.quote):at]) is not None


def _way(f: SentenceFigure, at: int) -> str | None:
    """"Increase" or "Decrease": the way the words move the figure, by the noun or
    comparative right after it ("a 4.7% fall", "15.1% more"), else by the verb in the four
    words before it, back to the figure before ("rose 8.8%", "falling by 3.9%"); None where
    they say neither way, or both."""
    after = _WAY_AFTER.match(re.sub(r"^\s*(?:per\s*cent|percent)\b", "", f.sentence[at +
                                                                                  len(f.quote):]))
    if after:
        return "Increase" if after.group("up") else "Decrease"
    # ("was up 34.3%, which more than made up for …": the words of another figure, or of
    # another clause, say nothing of this one's way)
    before = CLAUSE.split(re.split(r"\d[\d.,]*\s*%?", f.sentence[:at])[-1])[-1]
    words = " ".join(before.split()[-4:])
    up, down = _WAY_UP.search(words), _WAY_DOWN.search(words)
    if bool(up) == bool(down):
        return None
    return "Increase" if up else "Decrease"


def _subject_row(f: SentenceFigure, at: int, row, spans: list[tuple[int, int, str]]) -> bool:
    """The words name the row as what the change moved: before the figure, in its clause,
    with no other figure between ("Legacies climbed 15.1%"; not "Donations grew 12.8% and
    legacies 15.1%" for the first), or right after it ("a 4.7% fall in grant income"); a
    total row also by what it totals ("income grew by £1.5 million" names "Total income")."""
    end = at + len(f.quote)
    labels = [row.label]
    if row.total and _TOTAL_WORDS.match(row.label.strip()):
        rest = " ".join(_TOTAL_WORDS.sub(" ", row.label).split()).strip(" ,:;-–")
        labels += [rest] if _CONTENT.search(rest) else []
    for label in labels:
        for p in said_at(f.sentence, label):
            if p < at and not any(p < s[0] and s[1] <= at for s in spans if s[2] != f.local) \
                    and not _CLAUSE_BREAK.search(f.sentence[p:at]):
                return True
            if p >= end and _MOVE_OF.match(f.sentence[end:p]):
                return True
    return False


#: what joins a change to the row named after it: "a 4.7% fall in grant funding", "up 3% for
#: the north" (never "12.8% and support from corporate partners": another subject's)
_MOVE_OF = re.compile(r"^\s*(?:(?:increase|rise|gain|growth|fall|decline|decrease|drop|"
                      r"reduction|cut)\s+)?(?:in|for|among)\s+(?:the\s+|its\s+|their\s+|"
                      r"our\s+)?$", re.I)


#: words that end one clause and start another's subject
_CLAUSE_BREAK = re.compile(r"\b(?:while|whereas|but|although|though)\b|;", re.I)


def _grain(period: str) -> str:
    """"Q", "H" or "M" for a quarter's, a half's or a month's period, "Y" for a year's."""
    m = re.fullmatch(r"\d{4}-([QH])[1-4]|\d{4}-(\d\d)", period)
    return "Y" if m is None else m.group(1) or "M"


#: the words that make a change a quarter's or a half's ("Fourth-quarter revenue up 8.4%",
#: "Q4 sales", "second-half income"), or a whole year's ("full-year", "fiscal 2025", "annual")
_GRAIN_WORDS = (
    ("Q", re.compile(r"\b(?:Q[1-4]|(?:first|second|third|fourth|final|last)[\s-]+quarter|"
                     r"quarterly|quarter(?:'s)?)\b", re.I)),
    ("H", re.compile(r"\b(?:H[12]|(?:first|second)[\s-]+half|half[\s-]+year(?:ly)?)\b", re.I)),
    ("Y", re.compile(r"\b(?:full[\s-]+year|fiscal\s+(?:year\s+)?(?:19|20)\d\d|FY\s?'?\d\d(?:\d\d)?|"
                     r"annual|for\s+the\s+year|year\s+to\s+date)\b", re.I)),
)


def _sentence_grain(sentence: str) -> str | None:
    """The one grain of period the sentence's words name, else None (none, or several)."""
    named = {g for g, words in _GRAIN_WORDS if words.search(sentence)}
    return named.pop() if len(named) == 1 else None


def _period_pair(t: int, table: Table, r: int, cell_unit,
                 unit: str | None = None, grain: str | None = None) -> tuple[int, int] | None:
    """(earlier, later): the columns of row ``r`` a change of the row runs between, where the
    table's levels stand in exactly two columns of two periods ("2023/24", "2024/25", in
    either order) and the row fills both in one unit; else None. An amount's ``unit``
    leaves out the columns of another measure ("2024 value (€000)" beside two years of
    tonnes: "rose by 735 tonnes" is of the tonnes). A table of quarters beside whole years
    ("Q4 FY2026", "Q4 FY2025", "FY2026", "FY2025") gives the two columns of the ``grain``
    the words name ("Fourth-quarter revenue up 8.4%": the quarters)."""
    cols = [c for c, col in enumerate(table.columns) if col.kind == "value"
            and column_period(col.header)]
    if unit is not None:
        cols = [c for c in cols if table.rows[r].cells[c] is not None
                and cell_unit(t, table, c, table.rows[r].cells[c])[0] == unit]
    grains = {_grain(column_period(table.columns[c].header)) for c in cols}
    if len(cols) > 2 and len(grains) > 1 and grain is not None:
        cols = [c for c in cols if _grain(column_period(table.columns[c].header)) == grain]
    if len(cols) != 2:
        return None
    periods = [column_period(table.columns[c].header) for c in cols]
    cells = [table.rows[r].cells[c] for c in cols]
    if periods[0] == periods[1] or any(c is None or c.value is None for c in cells) or \
            cell_unit(t, table, cols[0], cells[0]) != cell_unit(t, table, cols[1], cells[1]):
        return None
    return (cols[0], cols[1]) if periods[0] < periods[1] else (cols[1], cols[0])


def row_moves(figures: list[SentenceFigure], tables: list[Table], tied, cell_unit,
              figure_id) -> list[tuple[set[str], str]]:
    """"Legacies climbed 15.1%", "Total income rose 8.2% to £3.42m", "the cost of raising
    funds rose by just £178,000" beside a table of two periods' columns and no column of
    changes: the change of the row the words name (or of the row whose cell the level it
    reached restates) between its earlier and its later cell, a percent as a percent
    change, an amount "by" takes as their difference; the words give its way, never the
    cells' values. A forecast is read only of a planned table (a budget's). Each is (the
    change's figure; its Turtle)."""
    cell_of = {f.local: cell for f, cell, _, sure in tied if sure}
    tied_to = {f.local for f, *_ in tied}
    by_claim = group_by_claim(figures)
    spans = {claim: spans_of(fs[0].sentence, fs) for claim, fs in by_claim.items()}
    out = []
    for f in figures:
        at = f.sentence.find(f.quote) if f.quote else -1
        if at < 0 or f.local in tied_to or f.unit == POINTS or _SEQUENTIAL.search(f.sentence):
            continue
        percent = f.unit == PERCENT
        after = f.sentence[at + len(f.quote):]
        if percent and (_A_YEAR.match(after) or _ANNUAL_RATE.search(f.sentence[:at]) or
                        re.match(r"\s*(?:per\s*cent\s+|percent\s+)?of\b", after, re.I)):
            continue  # a rate a year, or a share of something: no change of a row
        if not percent and not _BY_AMOUNT.search(f.sentence[:at]):
            continue  # an amount is a change only where "by" says it moved by it
        way = _way(f, at)
        if way is None:
            continue
        # a forecast is a planned table's, never a table of results'
        forecast = _forecast(f.sentence, at)
        # the row: the one whose cell the level the change reached restates ("rose 8.2% to
        # £3.42m", "£286,000, up 13.9%"), else the one row the words name
        level = [cell_of[g.local] for g in by_claim[f.claim]
                 if g.local in cell_of and _reached(f, at, g)]
        # "climbed 13.1% …, though at 2,420 tonnes it is still …": a level the words give
        # beside the change, restating no cell, is the change's own end, no cell's
        # (never an amount the change moved by, nor one for each of something: "works out
        # at £12.35 per head")
        said = [g for g in by_claim[f.claim] if g is not f and g.local not in tied_to
                and g.unit not in (PERCENT, POINTS) and (g_at := g.sentence.find(g.quote)) >= 0
                and not _BY_AMOUNT.search(g.sentence[:g_at])
                and not _EACH.match(g.sentence[g_at + len(g.quote):])]
        found = []
        for t, table in enumerate(tables, start=1):
            if forecast and not _plans(table):
                continue
            if level:
                place = cell_place(level[0])
                if place is None or place[0] != t:
                    continue
                rows = [place[1] - 1]
            else:
                rows, named, by_period = _rows(f, table, spans[f.claim])
                if not named or len(rows) != 1 or any(by_period) or \
                        not _subject_row(f, at, table.rows[rows[0]], spans[f.claim]):
                    continue
            if any(col.kind == ("change" if percent else "diff") for col in table.columns):
                continue  # the table's own column holds the change: the words restate it
            r = rows[0]
            # a level the change reached is of its column's grain; else the words name one
            grain = _grain(column_period(table.columns[int(level[0].rsplit("-c", 1)[1]) - 1]
                                         .header) or "") if level else _sentence_grain(
                f.sentence)
            pair = _period_pair(t, table, r, cell_unit, None if percent else f.unit, grain)
            if pair is None:
                continue
            a, b = pair
            first, last = table.rows[r].cells[a], table.rows[r].cells[b]
            unit = cell_unit(t, table, a, first)[0]
            if level and level[0] != figure_id(t, r + 1, b + 1):
                continue  # the level is the earlier column's: no change to it
            later = column_period(table.columns[b].header)
            if _dates(f, spans[f.claim], later) is False:
                continue  # the words date the change to another period than the table's
            if percent and (unit in (PERCENT, POINTS) or first.value <= 0 or last.value <= 0):
                continue  # a percent change is of two positive amounts, not of two rates
            if not percent and unit != f.unit or any(g.unit == unit for g in said):
                continue
            found.append((t, r, a, b))
        if len(found) != 1:
            continue  # no row, or several, the words single out
        t, r, a, b = found[0]
        initial, final = figure_id(t, r + 1, a + 1), figure_id(t, r + 1, b + 1)
        label = tables[t - 1].rows[r].label
        word = "up" if way == "Increase" else "down"
        if percent:
            out.append(({f.local},
                        relation("PercentChangeRelation", f":{f.claim}",
                                 f"{label} (the table): {word} {f.quote}",
                                 f"cg:initial {initial} ; cg:final {final} ; "
                                 f"cg:change :{f.local} ; cg:direction cg:{way}")))
        else:
            minuend, subtrahend = (final, initial) if way == "Increase" else (initial, final)
            out.append(({f.local},
                        relation("DifferenceRelation", f":{f.claim}",
                                 f"{label} (the table): {word} by {f.quote}",
                                 f"cg:minuend {minuend} ; cg:subtrahend {subtrahend} ; "
                                 f"cg:difference :{f.local}")))
    return out
