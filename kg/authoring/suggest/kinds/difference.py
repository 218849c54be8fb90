"""Differences: "160,000 fewer than …", "26 TWh less than wind farms", "3.4 million euros
less", "6 days fewer than the 47 days", "a trade deficit of £44.7 billion", "lag behind … by
28 tonnes", "to 71.5 cents from 69.9 cents, an increase of 1.6 cents", "rose by $157 million
to $5,468 million from $5,311 million"."""

from __future__ import annotations

import re

from kg.authoring.suggest.kinds.cues import (CLAUSE_BREAKS, DOWN, EVALUATIVE, UP, bases,
                                             clause_between,
                                             direction, level_said_before, pair_before,
                                             refers_back, set_against, targets,
                                             verb_direction)
from kg.authoring.suggest.kinds.percent_change import trial_arms
from kg.authoring.suggest.kinds.portions import (CELL, averaged_subject, is_base, is_change,
                                                 is_earlier, is_rate, level, name, resolve,
                                                 stem)
from kg.authoring.suggest.suggestion import Suggestion, make
from kg.authoring.suggest.text import (AMOUNTS, FIGURES, PERCENT, POINTS, YEAR, Document,
                                       Patterns, Sentence, Slot, figure, words)

SMALLER = ("less", "fewer", "lower", "smaller", "shorter", "cheaper", "below", "behind",
           "younger", "lighter", "slower", *("quicker", "sooner"))
#: comparatives that say a span of time is shorter ("half a day quicker"), of spans only
_SOONER = ("quicker", "sooner")
_SPANS = ("DAY", "HR", "HOUR", "MIN", "MINUTE", "WK", "WEEK", "MO", "MONTH", "SEC", "YR",
          "YEAR")
LARGER = ("more", "higher", "larger", "bigger", "greater", "longer", "dearer", "above",
          "ahead", "older", "heavier", "faster")
#: comparatives of speed: of a span of time ("54 days faster") they say it is shorter
_FASTER = ("faster", "quicker", "sooner")
#: verbs whose subject is the smaller or the larger of two values that differ "by" a figure
#: (with their participles: "…, beating the target by £4,100" sets the gap off after the
#: level as the finite verb does)
_UNDER_BY = ("lag", "lags", "lagged", "trail", "trails", "trailed", "behind", "short",
             "undershot", "missed", "lagging", "trailing", "undershooting", "missing")
_OVER_BY = ("ahead", "exceeded", "exceeds", "exceed", "outnumbered", "outnumber", "beat",
            "topped", "surpassed", "outsold", "outpaced", "overshot", "beating", "exceeding",
            "topping", "surpassing", "outpacing", "overshooting", "outperformed",
            "outperforming")
#: adjectives that give a change's way: "an upward shift of 146 m"
_SHIFTS = {"upward": "Increase", "upwards": "Increase", "downward": "Decrease",
           "downwards": "Decrease"}
#: the two ends of one move: "from 5.1 to 4.0", "from £12 to £9.50"
_FROM_TO = re.compile(r"\bfrom\s+\S*\d\S*\s+(?:\w+\s+)?to\s+\S*\d", re.I)
#: what a rate is said per, between a gap and its comparative: "EUR 888 a month more"
_RATE_OF = ("day", "week", "month", "year", "night", "hour", "head", "person", "ticket",
            "visit", "trip", "user", "unit")
#: a unit word between a gap and its comparative: "6 [days] fewer", "3 [points] higher"
_UNIT = {"IS_ALPHA": True, "LOWER": {"NOT_IN": [*SMALLER, *LARGER, "than", "and", "or"]},
         "OP": "?"}
#: words that restate a move just given, before the "by" of its size: "or by", "i.e. by"
_RESTATED = ("or", "i.e.", "i.e", "ie", "that", "is", "down", "up", "so")
PATTERNS = Patterns({
    "comparative": [[figure(*AMOUNTS, POINTS, role="difference"), (_UNIT, None),
                     words(*SMALLER, *LARGER)],
                    # "EUR 888 a month more", "£15 a head less": a gap between two rates
                    # said per the period or thing they are rates of
                    [figure(*AMOUNTS, role="difference"), words("a", "an", "per"),
                     words(*_RATE_OF), words(*SMALLER, *LARGER)]],
    # "raised £45,900, £4,100 short of its £50,000 goal": the level before, the mark right
    # after "short of"
    "short": [[figure(*AMOUNTS, POINTS, role="difference"), (_UNIT, None), words("short"),
               words("of")]],
    # ("spending of £2.3m against a budget of £2.1m: an overspend of £0.2m": a gap between a
    # sum spent and the budget it ran over or under)
    "gap": [[words("gap", "deficit", "surplus", "difference", "shortfall", "lead", "overspend",
                   "underspend", "overrun"), words("of"),
             figure(*AMOUNTS, POINTS, role="difference")],
            # "the gap between the two is 3,400 patients", "the difference between them came
            # to £12 million"
            [words("gap", "difference"), words("between"), {"IS_PUNCT": False, "OP": "{0,4}"},
             words("is", "was", "stands", "stood", "comes", "came", "amounts", "amounted",
                   "of", "at"), words("to", optional=True),
             figure(*AMOUNTS, POINTS, role="difference")],
            # "took in £4.2 million and paid out £3.9 million, leaving a net inflow of £0.3
            # million": what is left net of the two flows before it
            [words("leaving", "leaves", "left"), words("a", "an"), words("net"),
             words("inflow", "outflow", "gain", "loss", "balance"), words("of"),
             figure(*AMOUNTS, role="difference")],
            # "lost 4.2 kg, against 1.5 kg in the control group (difference 2.7 kg; 95% CI
            # …)": the gap named in brackets right before it, the two values before them
            [words("("), words("difference", "gap"), words(":", "=", optional=True),
             figure(*AMOUNTS, POINTS, role="difference")],
            # "the adjusted between-group difference was therefore 60 minutes"
            [words("difference", "gap"), words("was", "is"),
             words("therefore", "thus", "then", optional=True),
             figure(*AMOUNTS, POINTS, role="difference")],
            # "the difference between the two sites, 4.2 points, is …": the gap set off
            # after what it lies between
            [words("gap", "difference"), words("between"), {"IS_PUNCT": False, "OP": "{1,4}"},
             words(","), figure(*AMOUNTS, POINTS, role="difference")]],
    # "€540 a year, compared with €660 paid monthly, a saving of €120": a saving between two
    # prices the clause gives before it (alone, "savings of £2m" may be against a budget)
    "saving": [[words("saving", "savings"), words("of"), figure(*AMOUNTS, role="difference")],
               # "for 2 400 kr instead of 2 850 kr - you save 450 kr": the verb's object, a
               # saving only between two prices the words set against each other
               [words("save", "saves", "saved"), figure(*AMOUNTS, role="difference")]],
    # what is left of a whole once a part is taken: "of the $150 million authorised, $62.5
    # million was used, leaving $87.5 million", "leaves a balance of £2m"
    "rest": [[words("leaving", "leaves"), words("only", "just", "about", "some",
                                                 optional=True),
              figure(*AMOUNTS, role="difference")],
             [words("leaving", "leaves"), words("a", "an"), words("balance", "remainder"),
              words("of"), figure(*AMOUNTS, role="difference")]],
    # the width of a band its bounds give: "20% on the £35,000 between £13,000 and
    # £48,000"
    "band": [[figure(*AMOUNTS, role="difference"), words("between"),
              figure(*AMOUNTS, role="low"), words("and"), figure(*AMOUNTS, role="high")]],
    # "raised £186,420 and cleared the £150,000 goal with £36,420 to spare"
    "spare": [[figure(*AMOUNTS, role="difference"), words("to"), words("spare")]],
    # "raised $96,500 toward our $150,000 goal - just $53,500 to go", "… of the £70,000
    # target, with £28,800 still to find": what a level still lacks of the goal the words
    # name
    "to-go": [[figure(*AMOUNTS, role="difference"), words("still", "left", "yet", optional=True),
               words("to"), words("go", "find", "raise", "collect")],
              # "has spent $3.12 million of its $5.0 million budget and still has $1.88
              # million to commit": what a budget still holds once the spending is out
              [figure(*AMOUNTS, role="difference"), words("still", "left", "yet", optional=True),
               words("to"), words("commit", "spend", "allocate", "disburse")]],
    # the sum written out: "£27,000 minus £12,500, or £14,500", "$4,200 less $1,150,
    # which is $3,050" ("less" right before a figure subtracts it: "£5 less than" compares)
    "minus": [[figure(*AMOUNTS, role="minuend"), words("minus", "less"),
               figure(*AMOUNTS, role="subtrahend"),
               {"LOWER": {"IN": [",", "or", "which", "that", "is", "was", "equals", "equal",
                                 "=", "gives", "giving", "leaves", "leaving", "makes",
                                 "making", "comes", "came", "to"]}, "OP": "{1,4}"},
               figure(*AMOUNTS, role="difference")]],
    # "in control schools it rose from 7.09 h to 7.14 h (0.05 h)": the size of the move
    # in brackets right after its two ends
    # (a unit word may follow each figure: "from 7.09 h to 7.14 h (0.05 h)")
    "moved": [[words("from"), figure(*AMOUNTS, role="start"), _UNIT, words("to"),
               figure(*AMOUNTS, role="end"), _UNIT, words("("),
               figure(*AMOUNTS, role="difference"), _UNIT, words(")")],
              # "bills fell from €2,020 to €1,480, i.e. by €540": the same move's size set
              # off after its ends by "by" ("or by", "that is by", "down by")
              [words("from"), figure(*AMOUNTS, role="start"), _UNIT, words("to"),
               figure(*AMOUNTS, role="end"), _UNIT, words(",", optional=True),
               {"LOWER": {"IN": list(_RESTATED)}, "OP": "{0,2}"}, words("by"),
               figure(*AMOUNTS, role="difference")]],
    "by": [[words(*_UNDER_BY, *_OVER_BY), {"OP": "{0,12}"}, words("by"),
            figure(*AMOUNTS, POINTS, role="difference")]],
    # a change by an amount, between a "from" and a "to" value the same words give
    "change": [[words(*UP, *DOWN), words("by", "of", optional=True),
                figure(*AMOUNTS, role="difference")],
               # "cut net debt by €46.3 million, from … to …": the verb's object between it
               # and the amount it moved by
               [words(*UP, *DOWN), {"IS_ALPHA": True, "OP": "{1,3}"}, words("by"),
                figure(*AMOUNTS, role="difference")],
               # "fell from 42.6 kg to 27.9 kg, a reduction of 34.5%, or 14.7 kg": the
               # change in percent, then the same change as an amount, set off by "or"
               [words(*UP, *DOWN), words("of"), figure(PERCENT), words(","), words("or"),
                words("about", "some", "roughly", "around", "nearly", "almost",
                      optional=True),
                figure(*AMOUNTS, role="difference")],
               # "goes to $4,312 from $4,158 -- an extra $154": a rise by that much
               [words("extra", "additional"), figure(*AMOUNTS, role="difference")],
               # "stood at 840 MW, compared with 710 MW a year earlier - an addition of 130
               # MW": what was added since the earlier level
               [words("addition", "additions"), words("of"),
                figure(*AMOUNTS, role="difference")],
               # "rose from 3,420 m to 3,566 m, an upward shift of 146 m"
               [words(*_SHIFTS), {"IS_ALPHA": True}, words("of"),
                figure(*AMOUNTS, role="difference")]],
})


def find(sentence: Sentence, document: Document, taken: list[Suggestion]) -> list[Suggestion]:
    out = _balance_row(sentence, document)
    used = {local for s in taken for local in s.figures}
    matches = PATTERNS(sentence)
    # ("hired 41 and lost 15, a net gain of 26, taking the team to 340 from 314": a flow a
    # net nets is no move of the level the clause after it gives)
    flows = {s.local for m in matches if m.name == "change"
             for s in _netted(sentence, m, _amounts(sentence, m.roles["difference"])) or ()}
    for m in matches:
        diff = m.roles["difference"]
        across = False
        if diff.cls == POINTS and m.name == "gap" and diff.local not in used and \
                sentence.doc[m.start].lower_ in ("difference", "gap") and \
                (ends := trial_arms(sentence, diff, (PERCENT,), other_arm=True)
                 or _rates_of_two_years(sentence, diff)) is not None:
            # "23.0% in the intervention arm against 30.9% in the control arm, an absolute
            # difference of 7.9 points": a trial's effect, the change in points from the
            # control arm's rate to the treated arm's (the arm words say which is which);
            # "occupancy was 61.4% in 2019 and 58.8% in 2025, a difference of 2.6 points":
            # one rate at two times, its move from the earlier year to the later
            out.append(_point_change(make, sentence, m, *ends, diff))
            continue
        if diff.cls == POINTS:
            # ("up 3 points on last year" is a move, which percent change has read)
            found = None if diff.local in used else _points_apart(sentence, document, m, diff)
            if found is not None:
                big, small = found
                out.append(make("DifferenceRelation", sentence.claim,
                                {"minuend": big, "subtrahend": small, "difference": diff},
                                m.evidence, f"{big.text} - {small.text} = {diff.text}",
                                across=sentence.index not in (big.sentence, small.sentence)
                                or big.sentence != small.sentence))
            continue
        others = _amounts(sentence, diff)
        if m.name == "minus":
            big, small = m.roles["minuend"], m.roles["subtrahend"]
            if big.unit == small.unit == diff.unit:
                out.append(make("DifferenceRelation", sentence.claim,
                                {"minuend": big, "subtrahend": small, "difference": diff},
                                m.evidence, f"{big.text} - {small.text} = {diff.text}"))
            continue
        if m.name == "band":
            # (the words give the bounds low to high, as "from … to" gives a move's ends)
            low, high = m.roles["low"], m.roles["high"]
            if low.unit == high.unit == diff.unit and not any(
                    is_rate(sentence, s) for s in (low, high, diff)):
                out.append(make("DifferenceRelation", sentence.claim,
                                {"minuend": high, "subtrahend": low, "difference": diff},
                                m.evidence, f"{high.text} - {low.text} = {diff.text}"))
            continue
        if m.name == "moved":
            start, end = m.roles["start"], m.roles["end"]
            said = _verb_before(sentence, m.start)
            if said is None or not start.unit == end.unit == diff.unit:
                continue
            big, small = (end, start) if said == "Increase" else (start, end)
            out.append(make("DifferenceRelation", sentence.claim,
                            {"minuend": big, "subtrahend": small, "difference": diff},
                            m.evidence, f"{big.text} - {small.text} = {diff.text}"))
            continue
        if m.name == "change":
            if diff.local in flows:
                continue
            # "opened 18 shops and closed 5, a net gain of 13, taking the estate to 412 from
            # 399": what is left of the two flows the words net, not the level's move
            found = _netted(sentence, m, others) or _change(sentence, m, diff, others,
                                                            document)
            # ("an extra £89.08 a year, or about £1.71 a week": the same gap per week is no
            # level of the move)
            if found is None and not [s for s in others if not is_rate(sentence, s)]:
                # "… fell to 42.61 cents from 44.96 cents. That is a decrease of 2.35 cents":
                # the move the sentence before states, the way this one's words say
                pair = pair_before(sentence, document, (diff.cls,))
                word = sentence.doc[m.start].lower_
                said = "Increase" if word in _ADDED else \
                    _SHIFTS.get(word) or verb_direction(sentence, m.start, word)
                if pair is not None and said is not None and pair[0].unit == diff.unit:
                    start, end = pair
                    found = (end, start) if said == "Increase" else (start, end)
                    across = True
            if found is None:
                continue
            big, small = found
        elif m.name == "comparative":
            word = sentence.doc[m.end - 1].lower_
            if word in _SOONER and diff.unit not in _SPANS:
                continue  # "5 km/h quicker" is a speed, faster, no shorter span
            smaller = word in SMALLER or (word in _FASTER and diff.unit in _SPANS)
            # ("fell to 287 days from 341, or 54 days faster": a span of time that is
            # faster is shorter, as "quicker" is)
            near = [s for s in others if s.token < diff.token]
            after = [b.roles["base"] for b in bases(sentence)
                     if b.roles["base"] in others and b.roles["base"].token > diff.token]
            pair = None if after else _level_and_base(sentence, m, near)
            if not after and len(near) >= 2 and _than_it(sentence, m.end):
                # "145 litres a head, above the 2038 aim of 110 litres, and 35 litres more
                # than it": "it" is the thing the figure right before names, the subject the
                # level before that
                near, other = near[-2], near[-1]
            elif pair:
                # "2,310 doctors, up from 2,214 a year ago: 96 more", "17 minutes, down from
                # 24 minutes, seven minutes shorter": the level and the baseline it is set
                # against before a bare comparative are its two ends
                near, other = pair
            elif near:
                near = near[-1]
                named = _than_named(sentence, m.end)
                if after:
                    other = after[0]
                elif named:
                    # "about 3,300 more than the daily average": the figure an earlier
                    # sentence names so, else none (never any figure of the unit)
                    other = resolve(sentence, document, near, before=0, hint=named,
                                    same_sentence=False, larger=False, named=True,
                                    exclude=[near], back=3)
                    if other is not None and stem(named[-1]) not in name(
                            document.sentences[other.sentence], other):
                        other = None
                elif _than_when(sentence, m.end):
                    # "£1,204,000, some £38,000 less than a year earlier": the same thing at
                    # an earlier time, which no other figure before it is; the one figure a
                    # "when" on that time gives is its level ("… than in 2023, when 812 …")
                    other = _when_then(sentence, m.end, others)
                    if other is None:
                        continue
                else:
                    other = document.antecedent(sentence, diff.unit,
                                                need=lambda s: s.local != near.local)
            elif _than_when(sentence, m.end) and (other := _when_then(
                    sentence, m.end, others)) is not None and \
                    (said := level_said_before(sentence, document, diff)) is not None:
                # "Sales reached 4,210. That was 242 more than in 2024, when 3,968 were
                # sold": the level "That" stands for, and the one the "when" clause gives
                near = said
                across = True
            elif after:
                # "This is £25 more than last year's £300": what "this" is, an earlier
                # sentence says
                other = after[0]
                near = document.antecedent(sentence, diff.unit,
                                           need=lambda s: s.local != other.local)
            elif not others and refers_back(sentence) and \
                    sentence.doc[m.end:m.end + 1].text.lower() != "than":
                # "… 14,806 cases were pending, down 14.7% from 17,352 a year earlier. That
                # is 2,546 fewer cases": the move the sentence before states, the smaller
                # end where the comparative says the values went down
                pair = pair_before(sentence, document, (diff.cls,))
                if pair is None or pair[0].unit != diff.unit:
                    continue
                other, near = pair
                across = True
            else:
                continue
            if other is None or near is None:
                continue
            big, small = (other, near) if smaller else (near, other)
            # "This is £25 more than …": the subject is the figure the sentence before ends on
            across = across or near.sentence != sentence.index and refers_back(sentence)
        elif m.name == "rest":
            found = _whole_and_part(sentence, diff, others)
            if found is None:
                continue
            big, small = found
        elif m.name == "short":
            found = _short_of(sentence, document, m, diff, others)
            if found is None:
                continue
            big, small = found
            across = big.sentence != small.sentence
        elif m.name == "spare":
            found = _to_spare(sentence, diff, others)
            if found is None:
                continue
            big, small = found
        elif m.name == "to-go":
            # the goal is the larger end: what is still to go is the goal less the level
            found = _to_spare(sentence, diff, others)
            if found is None:
                continue
            small, big = found
        elif m.name == "by":
            found = _by(sentence, document, m, diff, others)
            if found is None:
                continue
            big, small = found
            # ("beating the target by £4,100": the target the words name, said before; as
            # are two tables' total rows whose labels the words name, "income" and
            # "spending")
            across = (big.sentence == sentence.index) != (small.sentence == sentence.index) \
                or all(s.local in document.totals for s in (big, small))
        else:
            if m.name == "gap":
                # "a shortfall of £85,600, down from £121,300 a year earlier": the gap's own
                # earlier size, no end of the gap
                earlier = _gap_moved_from(sentence, diff)
                others = [s for s in others if s is not earlier]
            # "56 cents for every trip" is a rate, never an end of a gap between totals
            before = [s for s in others if s.token < diff.token and not is_rate(sentence, s)]
            on = _saved_on(sentence, m, others) if m.name == "saving" else None
            ordered = False
            if m.name == "gap" and not before and _opens_on_the_gap(sentence, m) and \
                    len(two := _two_before(sentence, document, diff)) == 2:
                # "… $158.9 million in spending against revenue of $157.2 million. The
                # shortfall of $1.7 million …": the gap the sentence before sets out, between
                # its two amounts of the unit (figures after it may give more: "… will be met
                # from reserves, which fall from £24.6m to £22.9m")
                big, small = sorted(two, key=lambda s: s.value or 0, reverse=True)
                out.append(make("DifferenceRelation", sentence.claim,
                                {"minuend": big, "subtrahend": small, "difference": diff},
                                m.evidence, f"{big.text} - {small.text} = {diff.text}",
                                across=True))
            if on is not None and before and not clause_between(
                    sentence, before[-1].token, m.start):
                # "£14.20, a saving of £2.00 on the £16.20 paid separately": what the saving
                # is "on" is the dearer, the price before it the cheaper
                pair = [on, before[-1]]
            elif m.name == "saving":
                noun = sentence.doc[m.start].lower_ in ("saving", "savings")
                pair = [] if not noun else before[-2:] if len(before) >= 2 and \
                    not clause_between(sentence, before[-2].token, m.start) else \
                    _one_average_apart(sentence, diff, others)
                if len(pair) != 2:
                    pair = _set_against(sentence, m, diff, others)
            elif m.name == "gap" and len(before) >= 2:
                # "cost €3.1 million while fares brought in €2.4 million, leaving a shortfall
                # of €0.7 million": the two values the gap is left between stand before it
                pair = before[-2:]
                if len(_FROM_TO.findall(sentence.doc[:m.start].text)) >= 2:
                    # "fell from 5.1 to 4.0 in one arm and from 5.2 to 4.9 in the other, a
                    # difference of 0.8": the gap between the two arms' moves, not between
                    # the last arm's two ends
                    continue
                years = {_year_said(sentence, s) for s in pair}
                if None not in years and len(years) > 1:
                    # "since 2020, when it handled 0.962 million, … Sandhaven, which reported
                    # 1.05 million for 2025 -- a gap of …": a gap is between two values of
                    # one time, never a level of one year and another's
                    continue
            elif len(others) >= 2:
                pair = others[-2:] if m.name == "gap" else others[:2]
            elif not others and m.name == "gap" and _the_two(sentence, m):
                # "That leaves a gap of £313,700 between the two": the two figures of the
                # unit the sentence before gives, where it gives exactly two
                pair = _two_before(sentence, document, diff)
                across = bool(pair)
            elif m.name == "gap" and len(others) < 2 and \
                    (flows := _flows_totalled(document, sentence.doc[m.start].lower_,
                                              diff)) is not None:
                # "The year closed with a surplus of $46,000" over accounts whose tables
                # total the income and the spending: a surplus is what income leaves over
                # spending, a deficit what spending leaves over income
                pair = list(flows)
                ordered = across = True
            elif m.name == "gap" and len(others) == 1 and \
                    (flows := _flow_named_before(sentence, document,
                                                 sentence.doc[m.start].lower_, diff,
                                                 others[0])) is not None:
                # "Income came to £2.40 million. … Running costs were £2.05 million, which
                # leaves a surplus of £350,000": the other flow a sentence before names
                pair = list(flows)
                ordered = across = True
            elif len(others) == 1:
                found = document.antecedent(sentence, diff.unit,
                                            need=lambda s: s.local != others[0].local)
                pair = [others[0], found] if found else []
            else:
                pair = []
            if len(pair) != 2:
                continue
            big, small = pair if on is not None or ordered else sorted(
                pair, key=lambda s: s.value or 0, reverse=True)
        out.append(make("DifferenceRelation", sentence.claim,
                        {"minuend": big, "subtrahend": small, "difference": diff}, m.evidence,
                        f"{big.text} - {small.text} = {diff.text}", across=across))
    return out


def _gap_moved_from(sentence: Sentence, diff: Slot) -> Slot | None:
    """The figure a gap moved from, right after it: "a deficit of £85,600, down from
    £121,300" (its own size at an earlier time, of its unit, the next figure after it)."""
    doc = sentence.doc
    for b in bases(sentence):
        base = b.roles["base"]
        if doc[b.start].lower_ == "from" and base.unit == diff.unit and \
                base.token > diff.token and b.start >= 2 and \
                doc[b.start - 1].lower_ in ("up", "down") and \
                not any(s.token for s in sentence.slots if diff.token < s.token < base.token):
            return base
    return None


def _set_against(sentence: Sentence, m, diff: Slot, others: list[Slot]) -> list[Slot]:
    """The two prices a saving lies between where the words set one against the other:
    "costs €278.40 a year, compared with €348 if you pay monthly, a saving of €69.60", "for
    2 400 kr instead of 2 850 kr - you save 450 kr". A price for a year or a month is an end
    here as much as one for a visit (the saving is said per the same thing), so only the
    words decide: exactly two amounts of the unit before the saving in its clause, with a
    word that sets them against each other between them; none else."""
    near = [s for s in others if s.token < diff.token]
    if len(near) != 2 or clause_between(sentence, near[0].token, m.start):
        return []
    return near if set_against(sentence, near) else []


def _one_average_apart(sentence: Sentence, diff: Slot, others: list[Slot]) -> list[Slot]:
    """The two values one average takes that a saving lies between: "The mean cost per
    visit was £62 by phone and £95 in person, a saving of £33" (an average is a rate, never
    an end of a gap between totals, but the gap between two of its own values is one): the
    average's stated value and the one right after "and" (the same predicate's: "… and a
    day pass cost £12" has a subject of its own), no other figure between, in the saving's
    clause; none else."""
    near = [s for s in others if s.token < diff.token][-2:]
    if len(near) != 2 or clause_between(sentence, near[0].token, diff.token):
        return []
    first, second = near
    between = sentence.doc[first.token + 1:second.token]
    if averaged_subject(sentence, first) is None or \
            sentence.doc[second.token - 1].lower_ != "and" or \
            any(t.norm_ in FIGURES for t in between):
        return []
    return near


def _amounts(sentence: Sentence, diff: Slot) -> list[Slot]:
    """The sentence's other amounts of the difference's unit that may be an end of it."""
    return [s for s in sentence.slots if s is not diff and s.cls in AMOUNTS
            and s.unit == diff.unit and not _reference(sentence, s)
            and not interval_bound(sentence, s) and not p_value(sentence, s)]


def _points_apart(sentence: Sentence, document: Document, m, diff) -> tuple | None:
    """(larger, smaller) of the two percentages a gap in points lies between, where the words
    set two things side by side: "87% against 83%, a gap of 4 points", "59%, 6 points short
    of the 65% target", "returned 7.1%, ahead of its 6.8% benchmark, so it outperformed by
    0.3 points", "41%, 5 points below the national 46%". Which is the larger the words say
    ("short", "below", "behind" against "ahead", "above"); only an unsigned gap ("a gap of")
    takes the larger as its minuend. A move of one thing over time is a percentage-point
    change, never such a gap: None where an end is the earlier level, or the two are of
    different years, or the words leave either end out of the sentence."""
    doc = sentence.doc
    rates = [s for s in sentence.slots if s.cls == PERCENT and not _reference(sentence, s)
             and not interval_bound(sentence, s)]
    found: tuple | None = None
    if m.name == "short":
        found = _short_of(sentence, document, m, diff, rates)
    elif m.name == "by":
        cue = next(t for t in doc[m.start:m.end] if t.lower_ in _UNDER_BY + _OVER_BY)
        if _earlier_cue(sentence, cue, rates) is not None:
            # "ahead of its 6.8% benchmark, so it outperformed by …": the verb "by" follows
            # restates the one with a percentage on each side
            cue = _earlier_cue(sentence, cue, rates)
        subject = [s for s in rates if s.token < cue.i]
        other = [s for s in rates if cue.i < s.token < diff.token]
        if subject and other:
            found = (subject[-1], other[0]) if cue.lower_ in _OVER_BY else \
                (other[0], subject[-1])
    elif m.name == "comparative":
        # "41%, 5 points below the national 46%": the level before the gap in its clause,
        # the other the first percentage within six words after the comparative, nothing
        # but words between ("than expected", "than a year earlier" name no other thing)
        word = doc[m.end - 1].lower_
        near = [s for s in rates if s.token < diff.token
                and not clause_between(sentence, s.token, diff.token)]
        after = next((s for s in rates if m.end <= s.token <= m.end + 6), None)
        if near and after is not None and not _than_when(sentence, m.end) and not any(
                t.is_punct or t.norm_ in FIGURES for t in doc[m.end:after.token]):
            found = (after, near[-1]) if word in SMALLER else (near[-1], after)
    elif m.name == "gap":
        before = [s for s in rates if s.token < diff.token]
        if len(before) >= 2:
            pair = before[-2:]
        elif before:
            # "87.3%, a gap of 2.7 points to our 90% target": the level before, the mark
            # the first percentage after it
            pair = before + [s for s in rates if s.token > diff.token][:1]
        elif not rates and _the_two(sentence, m) and sentence.index:
            # "… 72% … 64%. The gap between the two, 8 points, …"
            earlier = document.sentences[sentence.index - 1]
            pair = [s for s in earlier.slots if s.cls == PERCENT]
        else:
            pair = []
        if len(pair) == 2:
            found = tuple(sorted(pair, key=lambda s: s.value or 0, reverse=True))
    if found is None:
        return None
    years = {_year_said(document.sentences[s.sentence], s) for s in found}
    if (None not in years and len(years) > 1) or any(
            is_earlier(document.sentences[s.sentence], s) for s in found):
        return None
    return found


def _verb_before(sentence: Sentence, at: int) -> str | None:
    """The way the verb of motion before token ``at`` in its clause says the values went
    ("it rose from …"); None where none stands there, or a figure does first."""
    for token in reversed(sentence.doc[:at]):
        if token.lower_ in CLAUSE_BREAKS or token.norm_ in FIGURES:
            return None
        said = direction(token.text)
        if said is not None:
            return verb_direction(sentence, token.i, token.text)
    return None


def _point_change(make_, sentence: Sentence, m, start: Slot, end: Slot, diff: Slot):
    """A gap in points read as the move from ``start`` to ``end`` (a trial's control arm to
    its treated arm, one rate's earlier year to its later): "difference" names no way, so
    the two values give it."""
    said = None if start.value == end.value or None in (start.value, end.value) else \
        "Decrease" if end.value < start.value else "Increase"
    return make_("PercentagePointChangeRelation", sentence.claim,
                 {"initial": start, "final": end, "change": diff},
                 m.evidence, f"{start.text} to {end.text}: {sentence.doc[m.start].text} "
                             f"{diff.text}", direction=said)


def _rates_of_two_years(sentence: Sentence, diff: Slot) -> tuple[Slot, Slot] | None:
    """(earlier, later) of the two percentages right before a gap in points, in its clause,
    where the words give each its own year ("61.4% in 2019 and 58.8% in 2025, a difference
    of 2.6 points"): one rate at two times. None where the clause holds another number of
    them, or either lacks a year, or the years are one."""
    rates = [s for s in sentence.slots if s.cls == PERCENT and s.token < diff.token
             and not clause_between(sentence, s.token, diff.token)]
    if len(rates) != 2:
        return None
    years = [_year_said(sentence, s) for s in rates]
    if None in years or years[0] == years[1]:
        return None
    return (rates[0], rates[1]) if years[0] < years[1] else (rates[1], rates[0])


def _year_said(sentence: Sentence, slot) -> int | None:
    """The year the words give a figure: right after it ("… in 2025", "… for 2025"), or the
    year a "when" clause it stands in hangs on ("since 2020, when it handled 0.962 million")."""
    doc = sentence.doc
    if slot.year is not None:
        return slot.year
    after = slot.token + 1
    if after < len(doc) and doc[after].text == "(":
        # "55.9% (104 churches) in 2019": an aside in brackets right after the figure (what
        # it is of) leaves the year after it the figure's
        close = next((t.i for t in doc[after + 1:after + 6] if t.text == ")"), None)
        if close is not None:
            after = close + 1
    for token in doc[after:after + 5]:
        if token.is_punct or token.norm_ in FIGURES:
            break
        if token.norm_ == YEAR and doc[token.i - 1].lower_ in ("in", "for", "during"):
            return int(token.text)
    for token in reversed(doc[max(0, slot.token - 6):slot.token]):
        if token.norm_ in FIGURES or token.text in (";", "(", ")"):
            return None
        if token.lower_ == "when":
            year = [t for t in doc[max(0, token.i - 2):token.i] if t.norm_ == YEAR]
            return int(year[-1].text) if year else None
    return None


#: what a level is measured against: "the £150,000 goal", "its 2,000-member target"
_MARKS = {"goal", "target", "threshold", "mark", "minimum", "requirement", "limit", "quota",
          "budget", "aim"}


def _to_spare(sentence: Sentence, diff, others) -> tuple | None:
    """(level, mark) of "pledged £186,420 and cleared our £150,000 stretch goal with £36,420
    to spare": the mark is the one figure before the gap a goal word names (within three
    words after it), the level the one other figure of the unit before it; None otherwise."""
    doc = sentence.doc
    before = [s for s in others if s.token < diff.token]
    marks = [s for s in before if any(t.lower_ in _MARKS for t in doc[s.token + 1:s.token + 4]
                                      if t.is_alpha)]
    if len(marks) != 1 or len(before) != 2:
        return None
    level = next(s for s in before if s is not marks[0])
    return level, marks[0]


#: words after "than" that name when, not what: "than a year earlier", "than last year"
_WHEN = {"a", "year", "years", "earlier", "before", "ago", "last", "previous", "prior", "in",
         "month", "quarter", "week", "expected", "forecast", "planned", "budgeted"}


def _short_of(sentence: Sentence, document: Document, m, diff, others) -> tuple | None:
    """(mark, level) of "raised £45,900, £4,100 short of its £50,000 goal": the mark is the
    first figure of the unit within four words after "short of", no punctuation or other
    figure between; the level the last one before the gap in its clause, or, where the
    sentence opens on "That is" and gives none, the level the move of the sentence before
    reached ("… rose to 84.0% from 81.2%. That is still 1.0 point short of our 85% goal").
    None where either is missing."""
    doc = sentence.doc
    mark = next((s for s in others if m.end <= s.token <= m.end + 4), None)
    if mark is None or any(t.is_punct or t.norm_ in FIGURES for t in doc[m.end:mark.token]):
        return None
    level = [s for s in others if s.token < diff.token
             and not clause_between(sentence, s.token, diff.token)]
    if not level and not [s for s in others if s.token < diff.token]:
        moved = pair_before(sentence, document, (mark.cls,))
        level = [moved[1]] if moved is not None and moved[1].unit == mark.unit else []
    return (mark, level[-1]) if level else None


#: words of _WHEN that name a forecast, not an earlier time
_NOT_A_TIME = {"expected", "forecast", "planned", "budgeted"}


def _than_it(sentence: Sentence, at: int) -> bool:
    """Whether "than" right after a comparative ending at token ``at`` takes a pronoun for
    the thing last named ("35 litres more than it", "than that"), the clause ending there."""
    doc = sentence.doc
    return at + 1 < len(doc) and doc[at].lower_ == "than" and \
        doc[at + 1].lower_ in ("it", "that", "this") and \
        (at + 2 >= len(doc) or doc[at + 2].is_punct)


def _than_named(sentence: Sentence, at: int) -> list[str]:
    """The words "than the …" names a thing by, up to the clause's end ("than the daily
    average" -> [daily, average]); [] where none follow, or they name a time."""
    doc = sentence.doc
    if at >= len(doc) or doc[at].lower_ != "than" or at + 1 >= len(doc) or \
            doc[at + 1].lower_ not in ("the", "its", "their", "our"):
        return []
    out = []
    for token in doc[at + 2:at + 6]:
        if not token.is_alpha or token.norm_ in FIGURES:
            break
        out.append(token.text)
    if not out or any(w.lower() in _WHEN for w in out):
        return []
    return out


def _than_when(sentence: Sentence, at: int) -> bool:
    """Whether "than" right after a comparative names a time, not a thing: "than a year
    earlier", "than last year", "than in 2023"."""
    doc = sentence.doc
    if at + 1 >= len(doc) or doc[at].lower_ != "than":
        return False
    after = [t for t in doc[at + 1:at + 4] if t.lower_ not in ("the", "in", "a")]
    return bool(after) and (after[0].lower_ in _WHEN or after[0].norm_ == "_year_")


def _balance_row(sentence: Sentence, document: Document) -> list[Suggestion]:
    """A table row labelled a surplus or a deficit ("Operating surplus | 115", "DEFICIT FOR
    THE YEAR (4,210) 1,050"): each of its cells the balance of the income and the spending
    the tables' total rows give for that cell's period."""
    cells = [s for s in sentence.slots if CELL.fullmatch(s.local)]
    if not cells or len(cells) != len(sentence.slots):
        return []
    said = {t.lower_ for t in sentence.doc if t.is_alpha} & set(_BALANCES)
    if len(said) != 1:
        return []  # "Surplus (deficit)": the row's label leaves which unsaid
    word = said.pop()
    out = []
    for cell in cells:
        if cell.value is not None and cell.value < 0:
            continue  # "Surplus … (4,210)": a bracketed cell is the other way's balance
        flows = _flows_totalled(document, word, cell)
        if flows is None:
            continue
        big, small = flows
        out.append(make("DifferenceRelation", sentence.claim,
                        {"minuend": big, "subtrahend": small, "difference": cell}, word,
                        f"{big.text} - {small.text} = {cell.text}", across=True))
    return out


#: the stemmed words that name a body's inflows and outflows in its accounts' total rows
#: ("Total income", "Total revenue", "Total expenses", "Total expenditure")
_INCOME = frozenset(stem(w) for w in ("income", "revenue", "receipts"))
_SPENDING = frozenset(stem(w) for w in ("spending", "expenses", "expenditure", "costs",
                                        "outgoings"))
#: a balance's word -> whether it is income over spending (a deficit is the other way)
_BALANCES = {"surplus": True, "deficit": False, "shortfall": False}


def _flows_totalled(document: Document, word: str, diff: Slot) -> tuple[Slot, Slot] | None:
    """(minuend, subtrahend) of a surplus or deficit (``word``) stated without its two
    flows: the one total row of income and the one of spending the document's tables give
    in the balance's unit (and, of several periods' columns, its period); None where either
    is missing or several stand."""
    if word not in _BALANCES:
        return None
    period = document.periods.get(diff.local)

    def cell(names: frozenset[str]) -> Slot | None:
        cells = [s for place in document.sentences for s in place.slots
                 if s.local in document.totals and s.unit == diff.unit and s is not diff
                 and document.totals[s.local][1] & names]
        if len(cells) > 1:
            # two years' columns: the balance's own year's
            cells = [s for s in cells if period is not None
                     and document.periods.get(s.local) == period]
        return cells[0] if len(cells) == 1 else None

    income, spending = cell(_INCOME), cell(_SPENDING)
    if income is None or spending is None or income is spending:
        return None
    return (income, spending) if _BALANCES[word] else (spending, income)


def _flow_named_before(sentence: Sentence, document: Document, word: str, diff: Slot,
                       own: Slot) -> tuple[Slot, Slot] | None:
    """(minuend, subtrahend) of a surplus or deficit (``word``) whose sentence states one
    flow, named income or spending by the words right before it ("Running costs … were £2.05
    million"), the other the one level of the unit one of the three sentences before names
    the other way ("Income for the year came to £2.40 million"); None where the words name
    neither, or no such level or several stand."""
    if word not in _BALANCES or own.token > diff.token:
        return None
    mine = {stem(w) for w in own.words}
    if own is sentence.slots[0]:
        # "Running costs – staff, firewood and the lease – were £2.05 million": the subject
        # the sentence opens on, asides and all
        mine |= {stem(t.text) for t in sentence.doc[:own.token] if t.is_alpha}
    if bool(mine & _INCOME) == bool(mine & _SPENDING):
        return None
    other_names = _SPENDING if mine & _INCOME else _INCOME
    period = document.periods.get(own.local)
    found = [s for place in document.sentences[max(0, sentence.index - 3):sentence.index]
             for s in place.slots if s.unit == diff.unit and level(place, s)
             and {stem(w) for w in s.words} & other_names
             and not {stem(w) for w in s.words} & (_INCOME | _SPENDING) - other_names
             and document.periods.get(s.local) == period]
    if len(found) != 1:
        return None
    income, spending = (own, found[0]) if mine & _INCOME else (found[0], own)
    return (income, spending) if _BALANCES[word] else (spending, income)


def _total_named(sentence: Sentence, document: Document, noun: str, diff: Slot,
                 exclude: list[Slot]) -> Slot | None:
    """The cell of a table's total row before ``sentence`` whose row label names ``noun``
    ("Total expenditure" of "spending"), in the unit of ``diff``: where exactly one such cell
    stands (two periods' totals leave which one unsaid: None)."""
    want = {stem(noun)}
    # ("revenue exceeds spending" over "Total revenue" and "Total expenditure": each flow by
    # any of its names)
    for names in (_INCOME, _SPENDING):
        if want & names:
            want |= names
    cells = [s for place in document.sentences[:sentence.index] for s in place.slots
             if s.local in document.totals and s.unit == diff.unit and s not in exclude
             and want & document.totals[s.local][1]]
    if len(cells) > 1:
        # (two years' columns: the gap's own year's, as a surplus takes)
        period = document.periods.get(diff.local)
        cells = [s for s in cells if period is not None
                 and document.periods.get(s.local) == period]
    return cells[0] if len(cells) == 1 else None


def _saved_on(sentence: Sentence, m, others: list[Slot]) -> Slot | None:
    """The price a saving is "on" or "off": the figure of the unit right after "on" ("off",
    "against") after the saving's figure, only an article or owner's word between ("a
    saving of £2.00 on the £16.20 …"); None where no such word follows."""
    doc = sentence.doc
    if m.end >= len(doc) or doc[m.end].lower_ not in ("on", "off", "against"):
        return None
    then = next((s for s in others if m.end < s.token <= m.end + 3), None)
    if then is None or any(t.lower_ not in ("the", "a", "an", "its", "their", "your", "our")
                           for t in doc[m.end + 1:then.token]):
        return None
    return then


def _when_then(sentence: Sentence, at: int, others: list[Slot]) -> Slot | None:
    """The figure a "when" clause gives of the time "than" names right after a comparative
    at token ``at``: "290 more than in 2024, when 4,570 took part" (the one figure of the
    unit within four words after "when", no other figure or break before it); None else."""
    doc = sentence.doc
    when = next((t for t in doc[at + 1:at + 10] if t.lower_ == "when"), None)
    if when is None or any(t.norm_ in FIGURES or t.lower_ in CLAUSE_BREAKS
                           for t in doc[at + 1:when.i]):
        return None
    then = next((s for s in others if when.i < s.token <= when.i + 4), None)
    if then is None or any(t.norm_ in FIGURES or t.is_punct
                           for t in doc[when.i + 1:then.token]):
        return None
    return then


#: words that open an interval round an estimate: "95% CI 3.9 to 6.7", "confidence interval",
#: "interquartile range", "credible interval"
_INTERVAL = {"ci", "interval", "iqr", "range", "cri"}


def interval_bound(sentence: Sentence, slot) -> bool:
    """A bound of an interval round an estimate ("(95% CI 3.9 to 6.7)", "range 2 to 9"):
    the estimate's uncertainty, never an end of a gap or a change."""
    doc = sentence.doc
    before = [t.lower_ for t in doc[max(0, slot.token - 6):slot.token]
              if t.lower_ not in ("(", "[", ",", ":", "=")]
    if before and before[-1] in ("to", "-", "–", "—", "and"):
        before = before[:-2]  # the upper bound: past "to" and the lower bound
    return any(w in _INTERVAL for w in before[-3:])


#: the words that give a test's p-value right before it: "p=0.09", "P < 0.001", "p-value
#: of 0.03"
_P_VALUE = re.compile(r"\bp(?:\s*-?\s*values?)?\s*(?:[=<>\u2264\u2265]=?|\bof|\bwas|\bis)\s*$"
                      r"|\bp\s*-?\s*values?\s*$", re.I)


def p_value(sentence: Sentence, slot) -> bool:
    """A test's p-value ("(p=0.09)"): how likely the effect is by chance, never an amount
    an effect or a gap is measured from."""
    token = sentence.doc[slot.token]
    own = re.match(r"\D*", token.text).group(0)  # "p=" where the tokens keep "p=0.09" whole
    return bool(_P_VALUE.search(sentence.doc.text[max(0, token.idx - 16):token.idx] + own))


def _reference(sentence: Sentence, slot) -> bool:
    """A number word that refers to things said, not a figure: "between the two"."""
    before = sentence.doc[slot.token - 1].lower_ if slot.token else ""
    return slot.text.lower() in ("two", "three", "both") and before in ("the", "these",
                                                                        "those", "between")


def _the_two(sentence: Sentence, m) -> bool:
    """Whether the words name the gap's ends as two things said before: "between the two",
    "between them", "between these"."""
    doc = sentence.doc
    after = [t.lower_ for t in doc[m.start:m.end + 4]]
    for n, word in enumerate(after[:-1]):
        if word == "between" and (after[n + 1] in ("them", "these", "those") or
                                  after[n + 1:n + 3] == ["the", "two"]):
            return True
    return False


def _opens_on_the_gap(sentence: Sentence, m) -> bool:
    """Whether the sentence opens on the gap as one just given ("The shortfall of …", "This
    surplus of …"): a definite article or a pronoun, then the gap's word."""
    if m.start == 1 and sentence.doc[0].lower_ in ("the", "this", "that"):
        return True
    # "The adjusted between-group difference was …": a trial's gap between its arms, the
    # words before it naming what kind of gap (no figure, no clause break among them)
    opening = sentence.doc[:m.start]
    return 1 < m.start <= 6 and opening[0].lower_ == "the" and \
        sentence.doc[m.start].lower_ == "difference" and \
        any(t.lower_ == "between" for t in opening) and \
        all(t.is_alpha or t.text == "-" for t in opening)


def _two_before(sentence: Sentence, document: Document, diff) -> list:
    """The two levels of the difference's unit the sentence before states, or []; where it
    states no level of it, its two changes of the unit ("…, a reduction of 66 minutes; in the
    control arm …, a reduction of 6 minutes. The between-group difference was 60 minutes":
    the gap between the two arms' changes)."""
    if sentence.index == 0:
        return []
    before = document.sentences[sentence.index - 1]
    mine = [s for s in before.slots if s.cls in AMOUNTS and s.unit == diff.unit
            and not is_rate(before, s)]
    two = [s for s in mine if not is_change(before, s)]
    if not two and len(mine) == 2:
        return mine
    changes = [s for s in mine if is_change(before, s)]
    if len(changes) == 2 and _FROM_TO.search(before.doc.text):
        # "… fell from 48.2 to 31.5, an improvement of 16.7 points; in the other arm from
        # 47.9 to 33.0, an improvement of 14.9 points. The between-group difference …": the
        # levels are the ends of the arms' moves, the gap is between the two moves
        return changes
    return two if len(two) == 2 else []


def _level_and_base(sentence: Sentence, m, near: list) -> tuple | None:
    """(the level, its baseline) before a comparative no "than" follows, where one of the
    last two figures before it is the other's baseline ("from", "against", "a year
    earlier") and no clause ends between them; else None."""
    # ("dropped from 212 to 159 - 53 fewer than a year earlier": a "than" that names a time
    # points at the baseline the pair already gives)
    # (never "than expected": a forecast no figure here gives)
    if len(near) < 2 or sentence.doc[m.end:m.end + 1].text.lower() == "than" and (
            not _than_when(sentence, m.end) or any(
                t.lower_ in _NOT_A_TIME for t in sentence.doc[m.end + 1:m.end + 4])):
        return None
    first, last = near[-2], near[-1]
    if clause_between(sentence, first.token, m.end):
        return None
    if is_base(sentence, last) or is_earlier(sentence, last):
        return first, last
    if is_base(sentence, first) or is_earlier(sentence, first):
        return last, first
    doc = sentence.doc
    if _than_when(sentence, m.end) and first.unit == last.unit and \
            last.token + 1 < len(doc) and doc[last.token - 1].text == "(" and \
            doc[last.token + 1].text == ")" and \
            all(t.is_alpha for t in doc[first.token + 1:last.token - 1]):
        # "638 employees (601), 37 more than a year earlier": the bracketed figure right
        # after a level is that level at the earlier time the comparative's "than" names
        return first, last
    return None


def _whole_and_part(sentence: Sentence, diff, others) -> tuple | None:
    """(whole, part taken) of what is left: the two figures of the remainder's unit its
    sentence gives before it; the whole is the one "of" introduces ("of the $150 million
    authorised"), else the first said. None where the sentence gives another number of them
    (which two the rest lies between, the words leave open), or one is a rate or a change."""
    before = [s for s in others if s.token < diff.token]
    if len(before) != 2 or any(is_rate(sentence, s) or is_change(sentence, s) for s in before):
        return None
    of = [s for s in before if "of" in [t.lower_ for t in sentence.doc[max(0, s.token - 3):
                                                                       s.token]]]
    whole = of[0] if len(of) == 1 else before[0]
    part = before[1] if whole is before[0] else before[0]
    return whole, part


#: words that name an amount added, a rise whatever verb goes with it
_ADDED = ("extra", "additional", "addition", "additions")
#: words that set a baseline beside a level: "from", "against", "compared with", "versus",
#: and "on" ("up $74 on last year's $2,336", which cues.bases takes only after a change)
_SINCE = ("from", "against", "compared", "comparing", "compares", "versus", "vs", "vs.",
          "on")


def _from_earlier(sentence: Sentence, base) -> bool:
    """Whether a baseline the words give is the level the change started from: one "from"
    or "against" sets off, or one "compared with", "versus" or "on" sets off that the words
    place at an earlier time ("compared with 710 MW a year earlier", "on last year's
    $2,336"); "compared with the county's 4.1%" is another thing's level, no start."""
    doc = sentence.doc
    word = doc[base.start].lower_
    if word in ("from", "against"):
        return True
    slot = base.roles["base"]
    if word == "(" and any(t.text == ":" for t in doc[base.start + 1:slot.token]):
        # "reduced by £436 million to £2,318 million (30 June 2023: £2,754 million)": the
        # level of the earlier period the brackets name, as a results statement gives it
        return True
    return word in _SINCE and (is_earlier(sentence, slot) or any(
        t.lower_ in _LAST for t in doc[base.start + 1:slot.token]))


#: words before a baseline that put it at an earlier time: "last year's", "the previous"
_LAST = ("last", "previous", "prior", "preceding", "year-earlier")


def _before_the_change(sentence: Sentence, document: Document | None, base, diff) -> bool:
    """"averaged 19.4 days, compared with 21.0 days in 2022, a cut of 1.6 days" (of 2023): a
    baseline the words place in a year before the one the change is of, or on a date
    before the one of the level said before the change."""
    word = sentence.doc[base.start].lower_
    if document is None or word not in _SINCE:
        return False
    theirs = document.periods.get(base.roles["base"].local) or ""
    if len(theirs) == 10 and any(
            len(p := document.periods.get(s.local) or "") == 10 and p > theirs
            for s in sentence.slots if s.unit == diff.unit and s.token < diff.token
            and s is not base.roles["base"]):
        # "stood at A$64.3m at 31 December 2024, an increase of A$6.4m on the A$57.9m held
        # at 30 June 2024": a baseline dated a day before the one the level before the
        # change is dated, in the same year as often as not
        return True
    said = _year_said(sentence, base.roles["base"])
    period = document.periods.get(diff.local) or ""
    return said is not None and period[:4].isdigit() and said < int(period[:4])


def _change(sentence: Sentence, m, diff, others, document: Document | None = None):
    """The (larger, smaller) of a change by an amount whose words give both ends: "to 71.5
    cents …, from 69.9 cents, an increase of 1.6 cents", "445, down 35 from 480"; the words'
    direction says which end is the larger, never the values."""
    word = sentence.doc[m.start].lower_
    said = "Increase" if word in _ADDED else _SHIFTS.get(word) or \
        verb_direction(sentence, m.start, word)
    # "4,150 in 2025, against 3,720 in 2024 - an increase of 430": "against" sets the
    # earlier level beside the later as "from" does, and so do "compared with 710 MW a year
    # earlier" and "an increase of $74 on last year's $2,336"
    # ("rose from 7.12 h to 7.58 h, an increase of 0.46 h; in control schools it rose from
    # 7.09 h to 7.14 h": ends past a clause's end are another subject's move)
    others = [s for s in others if not clause_between(sentence, s.token, diff.token)]
    if said is not None:
        # "Inventory was reduced by £4.1 million, helping net cash rise from £14.2 million
        # to £18.3 million": ends past a word of the other way are that other move's
        others = [s for s in others if s.token < m.start or not any(
            direction(t.text) not in (None, said) and t.lower_ not in EVALUATIVE
            for t in sentence.doc[m.start + 1:s.token])]
    start = [b.roles["base"] for b in bases(sentence) if b.roles["base"] in others
             and (_from_earlier(sentence, b) or _before_the_change(sentence, document, b,
                                                                   diff))]
    end = [t.roles["target"] for t in targets(sentence) if t.roles["target"] in others]
    if len(end) > 1 and len(start) == 1:
        # "rose by €2.1 million to €40.5 million, from €38.4 million in 2023, pushing the
        # average fee to about €1,900": the level reached stands between the change and its
        # start; a "to" past both is another thing's move
        ends = sorted((diff.token, start[0].token))
        end = [s for s in end if ends[0] < s.token < ends[1]] or end
    if (len(start) > 1 or len(end) > 1) and start and end:
        # "rose in one arm from 4,820 to 7,150, an increase of 2,330, and in the other from
        # 4,760 to 5,010, an increase of 350": each change set off right after its own
        # "from … to …" pair is between that pair's two ends
        near = [b for b in start if b.token < diff.token][-1:]
        reached = [e for e in end if near and near[0].token < e.token < diff.token]
        if len(near) == 1 and len(reached) == 1 and not any(
                near[0].token < s.token < diff.token and s is not reached[0] and
                s.unit == diff.unit for s in sentence.slots if s is not diff):
            start, end = near, reached
    if not end and len(start) == 1:
        # "Headcount was 445, down 35 from 480", "stood at £96.4 million, down from £104.0
        # million, a reduction of £7.6 million": the new value stands before the change
        end = [s for s in others if s.token < m.start and s is not start[0]][-1:]
    if said is None or len(start) != 1 or len(end) != 1 or start[0] is end[0]:
        return None
    return (end[0], start[0]) if said == "Increase" else (start[0], end[0])


#: verbs of a flow in and a flow out, of which a "net" gain or loss is what is left:
#: "opened 18 shops and closed 5", "hired 40 staff and lost 25", "150 joined and 90 left"
_INFLOWS = ("opened", "added", "joined", "hired", "recruited", "gained", "won", "arrived",
            "built", "acquired", "bought", "started", "enrolled", "launched", "admitted",
            "received", "signed", "registered", "created", "planted")
_OUTFLOWS = ("closed", "left", "lost", "shed", "departed", "sold", "demolished", "retired",
             "resigned", "quit", "ended", "disposed", "discharged", "scrapped", "felled",
             "cancelled", "withdrew", "withdrawn", "removed", "cut")


def _netted(sentence: Sentence, m, others) -> tuple | None:
    """(larger, smaller) of "a net gain of N" (or "net loss", "net addition") after two
    flows said right before it, one in and one out ("opened 18 shops and closed 5"): the
    flow of the net's way is the minuend. Each flow's way is the verb within three words before its
    figure; None where "net" does not stand before the change's word, or the two figures
    before it are not one flow each way."""
    doc = sentence.doc
    word = doc[m.start].lower_
    if not m.start or doc[m.start - 1].lower_ != "net":
        return None
    said = "Increase" if word in _ADDED else direction(word)
    # (the last two: a flow of each way said right before the net)
    before = [s for s in others if s.token < m.start][-2:]
    if said is None or len(before) != 2 or any(
            t.text in (".", ";", ":", "?", "!") for t in doc[before[0].token:m.start]):
        return None
    ways = []
    for slot in before:
        near = [t.lower_ for t in doc[max(0, slot.token - 3):slot.token]] + \
            [t.lower_ for t in doc[slot.token + 1:slot.token + 3]]
        ins, outs = any(w in _INFLOWS for w in near), any(w in _OUTFLOWS for w in near)
        ways.append("in" if ins and not outs else "out" if outs and not ins else None)
    if sorted(ways, key=str) != ["in", "out"]:
        return None
    inflow, outflow = before if ways[0] == "in" else before[::-1]
    return (inflow, outflow) if said == "Increase" else (outflow, inflow)


def _by(sentence: Sentence, document: Document, m, diff, others):
    """(larger, smaller) of "exports of $9.1 billion exceeded imports of $4.9 billion by $4.2
    billion", "A lags B by N": the verb says whether its subject (the figure before it) is
    the larger; the other is the figure after it, or the one an earlier sentence gives."""
    cue = next(t for t in sentence.doc[m.start:m.end] if t.lower_ in _UNDER_BY + _OVER_BY)
    if any(t.lower_ == "by" for t in sentence.doc[cue.i + 1:diff.token - 1]):
        # "the limit was exceeded by 40 of 600 tests in one town and by 95 in the other":
        # the verb's own "by" comes first (here the passive's agent), so the "by" the match
        # ends on is another clause's, with no margin of the verb
        return None
    subject = [s for s in others if s.token < cue.i]
    other = [s for s in others if cue.i < s.token < diff.token]
    if subject and not other:
        # "sold 410, behind the plan of 450, so the shop trailed by 40": the verb
        # "by" follows restates an earlier one of the same way, whose object is the other
        earlier = _earlier_cue(sentence, cue, others)
        if earlier is not None:
            cue = earlier
            subject = [s for s in others if s.token < cue.i]
            other = [s for s in others if cue.i < s.token < diff.token]
    if not subject and len(other) >= 2:
        # "the northern farms lag behind the southern farms, 96 tonnes against 124 tonnes,
        # by 28 tonnes": the figures stand in the order of the things compared
        subject, other = other[:1], other[1:]
    if not subject and not other and not others:
        return _named_before(sentence, document, cue, diff)
    if subject and not other:
        # "you gave £52,100, beating the target by £4,100": the mark the words after the
        # verb name, an earlier sentence's figure so named ("a target of £48,000")
        mark = _mark_named(sentence, document, cue, diff, subject[-1])
        other = [mark] if mark is not None else []
        if mark is None:
            return _changes_compared(sentence, document, cue, subject[-1])
    if not subject or not other:
        return None  # "the North lags the Centre by 17.7 points": the values are elsewhere
    subject, other = subject[-1], other[0]
    return (subject, other) if cue.lower_ in _OVER_BY else (other, subject)


def _changes_compared(sentence: Sentence, document: Document, cue, change):
    """(larger, smaller) of "The standing break gave a smaller gain of 13.7 ms, so walking
    outperformed standing by 9.6 ms" after "… after the walking break, an improvement of
    22.3 ms": the verb opens a clause of its own after the change, and names the two things
    compared right before and after it; the change's clause names one of them, and the one
    change of its unit in the two sentences before, in a sentence that names the other, is
    the other's. None where the words name them otherwise or leave which change."""
    doc = sentence.doc
    # the verb's clause: a comma then "so"/"and"/"while"… between the change and the verb
    opens = [t.i for t in doc[change.token + 1:cue.i] if t.text in (",", ";")
             and doc[t.i + 1].lower_ in ("so", "and", "while", "whereas", "meaning", "thus")]
    if not opens or not is_change(sentence, change) or \
            any(t.norm_ in FIGURES for t in doc[opens[-1]:cue.i]):
        return None
    before = next((t for t in reversed(doc[opens[-1] + 2:cue.i]) if t.is_alpha
                   and t.lower_ not in _NAMELESS), None)
    after = next((t for t in doc[cue.i + 1:cue.i + 3] if t.is_alpha
                  and t.lower_ not in _NAMELESS), None)
    if before is None or after is None or stem(before.text) == stem(after.text):
        return None
    said = {stem(t.text) for t in doc[:opens[-1]] if t.is_alpha}
    names = [stem(before.text), stem(after.text)]
    if (names[0] in said) == (names[1] in said):
        return None  # the change's clause names neither thing, or both
    own, other_name = (names[0], names[1]) if names[0] in said else (names[1], names[0])
    found = [s for earlier in document.sentences[max(0, sentence.index - 2):sentence.index]
             if other_name in {stem(t.text) for t in earlier.doc if t.is_alpha}
             and own not in {stem(t.text) for t in earlier.doc if t.is_alpha}
             for s in earlier.slots if s.unit == change.unit and s.cls == change.cls
             and is_change(earlier, s)]
    if len(found) != 1:
        return None
    first, second = (change, found[0]) if own == names[0] else (found[0], change)
    # (the thing before the verb is its subject: "walking outperformed standing")
    return (first, second) if cue.lower_ in _OVER_BY else (second, first)


def _earlier_cue(sentence: Sentence, cue, others):
    """The verb of the same way as ``cue`` earlier in its sentence with a figure of
    ``others`` on each side; None where there is none, or a verb of the other way stands
    between them (then the words disagree)."""
    over = cue.lower_ in _OVER_BY
    for token in reversed(sentence.doc[:cue.i]):
        if token.lower_ not in _UNDER_BY + _OVER_BY:
            continue
        if (token.lower_ in _OVER_BY) != over:
            return None
        if any(s.token < token.i for s in others) and \
                any(token.i < s.token < cue.i for s in others):
            return token
    return None


def _mark_named(sentence: Sentence, document: Document, cue, diff, subject):
    """The figure a mark word right after ``cue`` names ("beating the target by",
    "exceeded its budget by"): the earlier sentence's figure of the gap's unit named with
    that word; None where the word is no mark (_MARKS) or names no figure."""
    doc = sentence.doc
    after = next((t for t in doc[cue.i + 1:cue.i + 4] if t.is_alpha
                  and t.lower_ not in _NAMELESS), None)
    if after is None or after.lower_ not in _MARKS or doc[after.i + 1:after.i + 2].text != "by":
        return None
    found = resolve(sentence, document, diff, before=0, hint=(after.text,), same_sentence=False,
                    larger=False, named=True, back=3, exclude=[subject])
    if found is None or stem(after.text) not in name(document.sentences[found.sentence], found):
        return None
    return found


#: words between a subject and its verb, or a verb and its object, that name neither
_NAMELESS = ("therefore", "thus", "so", "also", "still", "again", "comfortably", "narrowly",
             "easily", "just", "the", "a", "an", "its", "their", "our", "of", "that", "those",
             # qualifiers before the noun that names the value: "exceeds planned spending"
             "planned", "budgeted", "total", "overall")


def _named_before(sentence: Sentence, document: Document, cue, diff):
    """"Fees exceeded wages by £4,500" with both values said before: the one the words before
    the verb name and the one the word after it names, each in an earlier sentence; none
    where either noun names no figure, or both the same one."""
    doc = sentence.doc
    before = next((t for t in reversed(doc[:cue.i]) if t.is_alpha
                   and t.lower_ not in _NAMELESS), None)
    after = next((t for t in doc[cue.i + 1:] if t.is_alpha and t.lower_ not in _NAMELESS
                  and t.lower_ != "by"), None)
    if before is None or after is None or after.i > cue.i + 4 or \
            doc[after.i - 1].lower_ == "by":
        return None
    ends = []
    for noun in (before.text, after.text):
        found = resolve(sentence, document, diff, before=0, hint=(noun,), same_sentence=False,
                        larger=False, named=True, back=3, exclude=ends)
        if found is None or stem(noun) not in name(document.sentences[found.sentence], found):
            # "Total income exceeded spending by £38,200" under the accounts' tables: the
            # one total row of the gap's unit its label names so
            found = _total_named(sentence, document, noun, diff, ends)
        if found is None:
            return None
        ends.append(found)
    if ends[0] is ends[1]:
        return None
    return (ends[0], ends[1]) if cue.lower_ in _OVER_BY else (ends[1], ends[0])
