"""Sums: "A and B, 5.5 million litres in all", "a total of C: A and B", "C, of which A and B",
"Of those, A … and B", "A, … and the remaining B" (the total in an earlier sentence),
"Together the two departments account for C" (the parts in the sentences before), "paid in
two instalments: A and B", "…, bringing your total to C", "C is planned:" over a list of A
and B, "X contributed A, Y B and Z C" (each part said to bring in its share of a total said
before), "- July: A" over the months of a quarter (the total the one level dated to it).
A total said in another sentence is the level of the same unit and period there that the
words name, else the largest in reach, never smaller than the parts."""

from __future__ import annotations

import re

from kg.authoring.suggest.kinds.portions import (CELL, _calendar_year, is_base, is_change,
                                                 is_earlier, is_portion, is_rate, level, name,
                                                 nouns_after, of_words, qualified, resolve,
                                                 stem)
from kg.authoring.suggest.kinds.cues import DOWN
from kg.authoring.suggest.suggestion import Suggestion, make
from kg.authoring.suggest.text import (AMOUNTS, COUNT, FIGURES, FRACTION, PERCENT, QUANTITY,
                                       Document,
                                       Patterns, Sentence, Slot, figure, gap, words)

#: the words between what is taken out of a whole and what that leaves: ", which would
#: leave", ", leaving"
_LEAVING = (words(",", optional=True), words("which", "that", optional=True),
            words("would", "will", "could", "should", "might", optional=True),
            words("leave", "leaves", "leaving"), figure(COUNT, role="rest"))
PATTERNS = Patterns({
    # the total after its parts
    "after": [
        [words("totalling", "totaling", "totalled", "totaled", "total"), words("of", optional=True),
         figure(*AMOUNTS, role="total")],
        [words("together", "combined", "altogether"), words(",", optional=True),
         figure(*AMOUNTS, role="total")],
        [figure(*AMOUNTS, role="total"), words("in"), words("all", "total")],
        # "19 aids to navigation in all": the thing counted may take a few words
        [figure(*AMOUNTS, role="total"),
         {"IS_ALPHA": True, "LOWER": {"NOT_IN": ["in", "and", "or", "but", "is", "was", "are",
                                                 "were"]}, "OP": "{0,3}"},
         words("in"), words("all", "total")],
        [figure(*AMOUNTS, role="total"), {"IS_ALPHA": True, "OP": "?"},
         words("altogether", "together", "combined")],
        # "18 rowers and three coaches, 21 of us altogether": as "in all", a few words may
        # name what is counted
        [figure(*AMOUNTS, role="total"),
         {"IS_ALPHA": True, "LOWER": {"NOT_IN": ["in", "and", "or", "but", "is", "was", "are",
                                                 "were"]}, "OP": "{2,3}"},
         words("altogether")],
    ],
    # the total before its parts
    "before": [[words("of"), words("which", "whom")], [words("including")],
               # "£9 million, made up of £6 million in grants and £3 million in fees"
               [words("made", "consisting", "consisted", "comprised", "composed"),
                words("up", optional=True), words("of")],
               [words("comprising")],
               # "£9 million came from grants of £6 million and fees of £3 million"
               [words("came", "comes", "coming"), words("from")],
               [words("split", "divided", "broken", "shared"), words("down", optional=True),
                words("between", "into", "among")]],
    # "Of the 2,416 asked, 1,378 …, 612 … and 417 …"; "31,480 students: 21,950 … and 9,530"
    "listed": [[{"IS_SENT_START": True, "LOWER": "of"}, words("the", "our", "its", "their"),
                figure(*AMOUNTS, role="total")],
               # "Results: Of 12,204 eligible residents, 6,150 …": a heading may open it
               [{"IS_SENT_START": True, "LOWER": "of"}, figure(*AMOUNTS, role="total")],
               [{"IS_SENT_START": True, "IS_ALPHA": True}, words(":"), words("of"),
                words("the", "our", "its", "their", optional=True),
                figure(*AMOUNTS, role="total")],
               [figure(*AMOUNTS, role="total"), {"IS_ALPHA": True, "OP": "{0,2}"}, words(":")],
               # "The Trust runs 312 berths in the inner and outer harbour: 140 …, 118 … and
               # 54 …": the place or time the count is of may stand before the colon
               [figure(*AMOUNTS, role="total"), {"IS_ALPHA": True, "OP": "{0,2}"},
                words("in", "at", "on", "across", "for"),
                {"IS_ALPHA": True, "OP": "{1,5}"}, words(":")],
               # "So far, 24.06 million crossings have been recorded: 7.42 million in …, 8.27
               # million in … and 8.37 million in …": the total the subject of a passive verb
               # whose colon opens its parts
               [figure(*AMOUNTS, role="total"), {"IS_ALPHA": True, "OP": "{0,2}"},
                words("have", "has", "had", "were", "was", "are", "is"),
                words("been", optional=True),
                {"IS_ALPHA": True, "LOWER": {"REGEX": r"(?:ed|en|made|sold|paid|won|spent|"
                                                      r"lost|held|built|given|taken|seen)$"}},
                {"IS_ALPHA": True, "LOWER": {"REGEX": r"ly$"}, "OP": "?"}, words(":")],
               # "412 pupils (91.2%): 205 in the breakfast arm and 207 in the control arm":
               # an aside in brackets between the total and the colon that opens its parts
               # (the tokenizer may keep "):" as one token)
               *([figure(*AMOUNTS, role="total"), {"IS_ALPHA": True, "OP": "{0,2}"},
                  words("("), {"ORTH": {"NOT_IN": ["(", ")", "):", ":", ";", "."]},
                               "OP": "{1,8}"}, *close]
                 for close in ([words(")"), words(":")], [words("):")]))],
    # "Together the two departments account for $500.0 million": the parts in earlier sentences
    # ("Combined, the two months drew 2,290 visits": a count of spans of time, each a part)
    "together": [[words("together", "combined"), words("the", optional=True),
                  figure(COUNT, QUANTITY, role="n"), {"IS_ALPHA": True, "OP": "{1,5}"},
                  figure(*AMOUNTS, role="total")],
                 # "Together, those three account for $857 million"
                 [words("together", "combined"), words(","), words("the", "these", "those"),
                  figure(COUNT, QUANTITY, role="n"), {"IS_ALPHA": True, "OP": "{1,5}"},
                  figure(*AMOUNTS, role="total")],
                 [words("the", "these", "those"), figure(COUNT, role="n"),
                  {"IS_ALPHA": True, "OP": "{1,2}"}, words("together", "combined"),
                  {"IS_ALPHA": True, "OP": "{1,3}"}, figure(*AMOUNTS, role="total")]],
    # "Together the 52 cuts are the deepest in years": the total named back, its parts the
    # list the sentence before sets out ("Redline is cutting 20, Blue Star 18 and …")
    "together-named": [[words("together", "combined"), words(",", optional=True),
                        words("the", "these", "those"), figure(*AMOUNTS, role="total"),
                        {"IS_ALPHA": True}]],
    # "Together with the 4.0 cent interim dividend, total dividends for the year are 10.0
    # cents": this amount and the one the sentence before states make the total named after
    # "closing 9 of them, which would leave 16 open", "sold 12 of the 40 plots, leaving 28":
    # what is taken out and what it leaves make the whole "them" (or "the 40") names
    "leaving": [[figure(COUNT, role="part"), words("of"), words("them", "those", "these"),
                 *_LEAVING],
                [figure(COUNT, role="part"), words("of"), words("the", "its", "their", "our"),
                 figure(COUNT, role="total"), gap(3), *_LEAVING],
                # "Red grapes made up 58% of the crop, some 239,000 tonnes, leaving 173,000
                # tonnes of white": the amount a share of the whole restates, and the rest
                # it leaves of that whole (the level the sentence before states)
                [words("of"), words("the", "its", "their", "our"), {"IS_ALPHA": True, "OP": "{1,3}"},
                 words(","), words("some", "about", "around", "roughly", "nearly", "almost",
                                   "or", optional=True),
                 figure(*AMOUNTS, role="part"), {"IS_ALPHA": True, "OP": "{0,2}"},
                 *_LEAVING[:-1], figure(*AMOUNTS, role="rest")]],
    "together-with": [[words("together", "along"), words("with"),
                       words("the", "a", "an", "its", "our", "their", "this", "last",
                             optional=True),
                       figure(*AMOUNTS, role="part")]],
    # "These five lines come to £118,850": the list set out just above, as many items as
    # the words count, adds up to the amount they come to
    "counted-back": [[{"IS_SENT_START": True, "LOWER": {"IN": ["these", "those", "the"]}},
                      figure(COUNT, role="n"), {"IS_ALPHA": True, "OP": "{1,3}"},
                      words("come", "came", "add", "added", "amount", "amounted", "total",
                            "totalled", "totaled", "sum", "cost"),
                      {"IS_ALPHA": True, "OP": "{0,2}"}, figure(*AMOUNTS, role="total")]],
    # "A £2.4 million programme is planned:" or "The 96 complaints broke down as follows:",
    # the items of the list set out below it its parts (the list does not count them)
    "lead-in": [[figure(*AMOUNTS, role="total"), {"IS_ALPHA": True, "OP": "{0,5}"},
                 words(":")]],
    # "The money is paid in two instalments: £175 … and £150 …" (the total said before)
    "n-parts": [[figure(COUNT, role="n"), {"IS_ALPHA": True, "OP": "{1,2}"}, words(":")]],
    # "…, bringing your total to £475": this sentence's amount and the total said before
    "bringing": [[words("bringing", "brings", "taking", "takes"),
                  words("the", "your", "its", "their", "our", optional=True),
                  words("total"), words("to"), figure(*AMOUNTS, role="total")],
                 # "…, bringing the full-year dividend to 7.5 cents", "taking total sales for
                 # the year to …": a whole the words name as the parts' sum (``_WHOLE``)
                 [words("bringing", "brings", "taking", "takes"),
                  {"LOWER": {"NOT_IN": ["to", "from", "by"]}, "IS_PUNCT": False, "OP": "{0,3}"},
                  {"LOWER": {"IN": ["total", "totals", "overall", "combined", "cumulative",
                                    "full", "whole"]}},
                  {"LOWER": {"NOT_IN": ["to", "from", "by"]}, "OP": "{0,5}"},
                  words("to"), figure(*AMOUNTS, role="total")]],
    # "they will add 7,200 seats, taking capacity from 51,400 to 58,600 seats": what was
    # there and the amount added, the level it comes to
    "added": [[words("bringing", "brings", "taking", "takes", "lifting", "lifts", "raising",
                     "raises", "bring", "take", "lift", "raise"),
               # (what it takes: "the hospital's capacity")
               {"LOWER": {"REGEX": r"^(?:[a-z]+|['’]s)$"}, "OP": "{0,4}"}, words("from"),
               figure(*AMOUNTS, role="start"), words("to"), figure(*AMOUNTS, role="total")],
              # "…, bringing the total to 70 from 64 today": the level it comes to first
              [words("bringing", "brings", "taking", "takes", "lifting", "lifts", "raising",
                     "raises", "bring", "take", "lift", "raise"),
               {"LOWER": {"REGEX": r"^(?:[a-z]+|['’]s)$"}, "OP": "{0,4}"}, words("to"),
               figure(*AMOUNTS, role="total"),
               {"IS_ALPHA": True, "LOWER": {"NOT_IN": ["and", "or", "but", "while"]},
                "OP": "{0,5}"},
               words("from"), figure(*AMOUNTS, role="start")]],
    # "plans another 300 bikes, which would take the fleet to 1,770": an amount the words
    # put on top of a stock an earlier sentence states, and the stock it comes to
    "stock": [[words("bringing", "brings", "taking", "takes", "lifting", "lifts", "raising",
                     "raises", "bring", "take", "lift", "raise"),
               {"LOWER": {"REGEX": r"^(?:[a-z]+|['’]s)$", "NOT_IN": ["to", "from", "by"]},
                "OP": "{1,4}"},
               words("to"), figure(*AMOUNTS, role="total")]],
    # "a panel of 8,412 workers (3,886 women and 4,256 men)": the parts in brackets after
    # the total, each a figure and at most one word naming its group
    "bracketed": [[figure(*AMOUNTS, role="total"), {"IS_ALPHA": True, "OP": "{0,3}"},
                   words("(")]],
    # "We randomised 1,206 adults …: 603 to … and 603 to …", "randomly assigned 910 adults to
    # walking (n = 455) or usual care (n = 455)": what a trial allocates, then its arms
    "allocated": [[words("randomised", "randomized", "assigned", "allocated"),
                   figure(COUNT, QUANTITY, role="total")],
                  # "Forty-two clinics were randomised to …": the units, the passive's subject
                  [figure(COUNT, QUANTITY, role="total"), {"IS_ALPHA": True, "OP": "{0,3}"},
                   words("were"), words("randomly", optional=True),
                   words("randomised", "randomized", "assigned", "allocated")],
                  # "a trial in 36 rural clinics, 18 allocated to the intervention and 18 to
                  # usual care": the units counted, then set off after them the first arm's
                  # count and the verb that sends it to its arm
                  [figure(COUNT, QUANTITY, role="total"), {"IS_ALPHA": True, "OP": "{0,6}"},
                   words(","), figure(COUNT, QUANTITY),
                   words("randomised", "randomized", "assigned", "allocated")]],
    # "randomly assigned 260 to the app and 260 to the clinic", "with 260 assigned to …":
    # the first arm's count sent "to" its arm, the units counted before (see _arms_first)
    "arms-first": [[words("randomised", "randomized", "assigned", "allocated"),
                    figure(COUNT, QUANTITY, role="arm"), words("to")],
                   [figure(COUNT, QUANTITY, role="arm"), words("were", "was", optional=True),
                    words("randomly", optional=True),
                    words("randomised", "randomized", "assigned", "allocated"), words("to")]],
    # the total in an earlier sentence
    "earlier": [[{"IS_SENT_START": True, "LOWER": "of"}, words("those", "these", "them", "this",
                                                               "that", "which")],
                # "Of the regenerated energy, 862 MWh … and 288 MWh …": the whole the words
                # name, said before
                [{"IS_SENT_START": True, "LOWER": "of"}, words("the", "our", "its", "their"),
                 {"IS_ALPHA": True, "LOWER": {"NOT_IN": ["total", "rest", "remainder"]},
                  "OP": "{1,3}"}, words(",")],
                [words("the"), words("remaining", "rest", "remainder", "balance", "other")],
                # "grants will cover £6.1m, borrowing £4.9m and reserves the last £3.6m": the
                # amount that closes the list (never "the last 12 months": a span of time)
                [words("the"), words("last", "final"), figure(*AMOUNTS)],
                [words("while", "whereas"), {"IS_ALPHA": True, "OP": "{1,3}"},
                 words("added", "contributed", "accounted", "brought", "made")]],
    # "Sweden contributed €88.7 million, Finland €41.9 million and Norway €17.6 million",
    # "Garages were the largest source, at $21.4 million, followed by meters at …": a list
    # the verbs say each part brings to a whole the text stated before
    "contributing": [[words("contributed", "contributes", "contributing", "earned", "earns",
                            "generated", "generates")],
                     [words("brought", "brings", "bringing"), words("in")],
                     [words("followed"), words("by")]],
})


#: the units of spans of time a count of parts may be written in ("the two months")
_SPAN_UNITS = frozenset({"DAY", "WEEK", "WK", "MONTH", "MO", "YEAR", "YR", "QUARTER"})

#: what follows "the other" in a turn of phrase or a direction, no remainder ("went the
#: other way", "on the other hand")
_NO_REST = frozenset({"way", "ways", "hand", "side", "direction", "end", "extreme"})

#: what names a remainder of an earlier whole, not the whole
_REST = re.compile(r"\b(?:the|its|their)\s+(?:rest|remainder|balance|remaining)\b", re.I)


def find(sentence: Sentence, document: Document, taken: list[Suggestion]) -> list[Suggestion]:
    out = []
    for m in PATTERNS(sentence):
        across = stated = portioned = False
        if m.name == "after":
            total = m.roles["total"]
            # "averaged 21,480 across 23 matches, a total of 494,040": an average (or any
            # amount per thing) is what the total is shared out as, never a part of it
            parts = _same(sentence.slots, total,
                          lambda s: s.token < total.token and not is_rate(sentence, s)
                          and not _averaged(sentence, s) and not _in_each(sentence, s))
            if len(parts) < 2 and sentence.doc[m.start].lower_ == "total":
                parts = _listed(sentence, total)  # "A total of 1,912 falls: 812 … and 1,100 …"
            parts = _one_series(sentence, parts, total)
            if parts and _continues(sentence, parts[0]):
                # "A further 62 went to college, 19 …, 186 in all": the list began in the
                # sentence before, whose one count of the unit is its first part
                first = _one_level_before(sentence, document, total)
                if first is None:
                    continue
                parts, across = [first] + parts, True
        elif m.name == "listed":
            total = m.roles["total"]
            if _qualifies_earlier(sentence, total):
                continue
            # (the parts stand after the match: never a figure of the aside before the colon)
            parts = [p for p in _listed(sentence, total) if p.token >= m.end]
            if "of" in (t.lower_ for t in sentence.doc[m.start:m.start + 3]) and \
                    len(parts) == 2 and not all(
                    sentence.doc[p.token + 1:p.token + 2].text == "(" for p in parts) and \
                    not _two_sides(sentence, parts, total.token + 1):
                # "Of the 500 asked, 300 were women and 120 over 65": two groups may overlap;
                # a list of three, each with its share, or the two sides of one split ("…
                # in intervention areas and … in control areas") is a breakdown
                continue
        elif m.name == "bracketed":
            total = m.roles["total"]
            parts = _bracketed(sentence, total, m.end) or \
                _periods_of_span(sentence, total, m.end)
        elif m.name == "lead-in":
            total = m.roles["total"]
            if not all(t.is_punct for t in sentence.doc[m.end:]) or not level(sentence, total) \
                    or len([s for s in sentence.slots if s.cls in AMOUNTS
                            and s.unit == total.unit]) != 1:
                continue  # the colon opens this sentence's own words, or the total is unclear
            parts = _items_below(sentence, document, total)
            if total.cls == COUNT and total.value == len(parts):
                continue  # "Complaints had three causes:": it counts the items, no total
            across = True
        elif m.name == "counted-back":
            total = m.roles["total"]
            parts = _items_above(sentence, document, total, m.roles["n"])
            across = True
        elif m.name == "allocated":
            total = m.roles["total"]
            if _ratio_term(sentence, total):
                continue  # "randomised 1:1 to …": how the units were split, not how many
            parts = _arms(sentence, total)
        elif m.name == "arms-first":
            found = _arms_first(sentence, document, m.roles["arm"])
            if found is None or any(p.local in s.figures for s in out for p in found[1]):
                continue
            total, parts = found
            across = total.sentence != sentence.index
        elif m.name == "before":
            before = [s for s in sentence.slots if s.cls in AMOUNTS and s.token < m.start]
            if not before:
                continue
            # "148 workers from four employers, of whom …": the head, not its qualifier
            total = qualified(sentence, before[-1]) or before[-1]
            parts = _same(sentence.slots, total, lambda s: s.token > m.start)
            shut = _bracket_closing(sentence, m.start)
            if shut is not None:
                # "(1,940 vans, of whom 610 electric) were compared with …": the parts "of
                # whom" opens in brackets end where the brackets close
                parts = [p for p in parts if p.token < shut]
            colon = next((t.i for t in sentence.doc[m.start:] if t.text == ":"), None)
            if parts and colon is not None and parts[0].token < colon:
                # "of whom 125 met the criteria and were randomised: 42 …, 42 … and 41 …":
                # the list a colon opens after a part breaks that part down, not the total
                parts = [p for p in parts if p.token < colon]
            if sentence.doc[m.start].lower_ not in ("of", "including") and (
                    len(parts) < 2 or not any(t.lower_ == "and" for t in
                                              sentence.doc[parts[-2].token:parts[-1].token])):
                continue  # "made up of", "split between": a list "A, B and C"
        elif m.name == "together":
            total = m.roles["total"]
            if m.roles["n"].cls == QUANTITY and m.roles["n"].unit not in _SPAN_UNITS:
                continue  # "Together the 3 km of track cost …": no count of parts
            if len(_same(sentence.slots, total, lambda s: s.token < total.token)) >= 2:
                continue  # the parts are here: "A and B together, 5.5 million" reads them
            parts = _said_before(sentence, document, total, m.roles["n"])
            across = True
        elif m.name == "together-named":
            total = m.roles["total"]
            if len(_same(sentence.slots, total, lambda s: s.token < total.token)) >= 2:
                continue  # the parts are here
            parts = _listed_before(sentence, document, total)
            across = True
        elif m.name == "together-with":
            found = _together_with(sentence, document, m.roles["part"])
            if found is None:
                continue
            total, parts = found
            across = True
        elif m.name == "n-parts":
            n = m.roles["n"]
            parts = [s for s in _listed(sentence, n, unit=None) if s.token > n.token]
            items: list[Sentence] = []
            if not parts and all(t.is_punct for t in sentence.doc[m.end:]):
                # "… paid for from three sources:" and the list set out below, an item a
                # bullet
                items, parts = _bulleted(sentence, document, n)
            if not parts or len(parts) != n.value:
                continue
            # "The £1.82m roof was paid for by three sources: …": the one level of the
            # parts' unit the sentence states before it counts them is what they share
            here = [s for s in _same(sentence.slots, parts[0], lambda s: s.token < n.token)
                    if level(sentence, s)]
            if len(here) == 1:
                total = here[0]
            else:
                total = _total_below(document, items[-1], parts[0]) if items else None
                if total is None:
                    total = resolve(sentence, document, max(parts, key=lambda p: p.value or 0),
                                    before=0, same_sentence=False, back=2)
                across = True
        elif m.name == "contributing":
            parts = _contributions(sentence)
            if not parts or any(p.local in s.figures for s in out for p in parts):
                continue
            first = _counted_first(sentence, document, parts)
            if first is not None:
                parts = [first] + parts
            total = resolve(sentence, document, max(parts, key=lambda p: p.value or 0),
                            before=0, same_sentence=False, hint=_of(sentence), back=3)
            if total is None or first is None and _list_goes_on(sentence, document,
                                                                parts[0].unit, total):
                # "… bringing in £24.9 million. Juice contributed £9.3 million and …": a
                # level in the sentence before or after may be one more part
                continue
            across = True
        elif m.name == "stock":
            found = _stock(sentence, document, m)
            if found is None:
                continue
            total, parts = found
            across = True
        elif m.name == "added":
            total, start = m.roles["total"], m.roles["start"]
            added = [p for p in _same(sentence.slots, total, lambda s: s.token < m.start)
                     if _added(sentence, p)]
            # ("18 new units … will add 7,200 seats": a verb that adds says which)
            added = [p for p in added if _added(sentence, p, loose=False)] or added
            if len(added) > 1:
                # "opened 18 shops and closed 5, a net gain of 13, taking the estate to …":
                # the net amount is what the moves add together
                added = [p for p in added if "net" in
                         (t.lower_ for t in sentence.doc[max(0, p.token - 4):p.token])]
            if len(added) != 1 or start.unit != total.unit:
                continue
            parts = [start, added[0]]
        elif m.name == "bringing":
            total = m.roles["total"]
            here = [s for s in _same(sentence.slots, total, lambda s: s.token < total.token)
                    if level(sentence, s)]
            if not _names_whole(sentence.doc[m.start + 1:total.token]):
                continue
            other = _bracketed_other(sentence, total)
            if other is not None:
                # "a final dividend of 6.0 cents per share, bringing the full-year dividend
                # to 10.0 cents (interim: 4.0 cents)": each part is as much "per share" as the
                # total, so an amount per thing named like the whole is a part here (never a
                # baseline or a change; "mugs at £4 each, bringing the total to £600" is a
                # price, no part)
                whole = {stem(t.lower_) for t in sentence.doc[m.start + 1:total.token]
                         if t.is_alpha} - _WHOLE - {"the", "year", "full", "whole", "for"}
                here = here or [s for s in _same(sentence.slots, total,
                                                 lambda s: s.token < total.token)
                                if not (is_base(sentence, s) or is_change(sentence, s)
                                        or is_earlier(sentence, s))
                                and whole & {stem(w) for w in s.words}]
            if len(here) != 1:
                continue
            if other is not None:
                # "…, bringing the full-year dividend to 7.5 cents (interim: 3.0 cents)": the
                # part the brackets after the total name is the other one
                parts = [other, here[0]]
            else:
                before = resolve(sentence, document, here[0], before=0, same_sentence=False,
                                 back=2, exclude=[total])
                if before is None or (before.value or 0) >= (total.value or 0):
                    continue  # the total before this amount is not in reach
                parts, across = [here[0], before], True
        elif m.name == "leaving":
            part, rest = m.roles["part"], m.roles["rest"]
            total = m.roles.get("total") or _one_level_before(sentence, document, part)
            if total is None and sentence.doc[m.start].lower_ == "of":
                # "58% of the crop, some 239,000 hectolitres, leaving …": the whole the
                # share's words name, said a few sentences before
                total = resolve(sentence, document, part, before=0, same_sentence=False,
                                back=3, hint=of_words(sentence, m.start + 1),
                                exclude=[rest])
            if total is None or not part.unit == rest.unit == total.unit:
                continue
            parts, across = [part, rest], total.sentence != sentence.index
            stated = True
        elif (own := _sum_said_here(sentence)) is not None:
            # "Of those enrolled, 188 finished: 90 … and 98 …", "… while X added 121; in all,
            # 733 …": the sentence states the total of its own parts, so none of them is a
            # part of a whole said earlier
            total, parts = own
            if any(total.local in s.figures for s in out):
                continue
        else:
            if sentence.doc[m.end - 1].lower_ == "other" and \
                    sentence.doc[m.end:m.end + 1].text.lower() in _NO_REST:
                continue  # "went the other way": a direction, no remainder of a whole
            parts = [s for s in sentence.slots if s.cls in AMOUNTS and level(sentence, s)]
            rest = sentence.by_token.get(m.end) if sentence.doc[m.start].lower_ == "the" \
                else None
            if sentence.doc[m.start].lower_ == "the" and \
                    sentence.doc[m.start + 1].lower_ in ("last", "final"):
                # "… and reserves the last £3.6m": the amount the match ends on
                rest = sentence.by_token.get(m.end - 1)
                if rest is None or rest.unit in _SPAN_UNITS or not level(sentence, rest):
                    continue
            if rest is None and sentence.doc[m.start].lower_ == "the" and \
                    sentence.doc[m.end:m.end + 1].text == ",":
                # "and the remainder, GBP 31,000, comes from donations": the rest set off
                rest = sentence.by_token.get(m.end + 1)
            if rest is None and sentence.doc[m.start].lower_ == "the" and \
                    sentence.doc[m.end - 1].lower_ in ("balance", "remainder") and \
                    sentence.doc[m.end:m.end + 1].text.lower() == "of":
                # "The balance of 1,331 came from …": the rest right after its "of" (never
                # "the balance of the 4,000 members", the whole it is the rest of)
                rest = sentence.by_token.get(m.end + 1)
            # "Boats under 12 metres made up 131 of the 214, and the remaining 83": the rest
            # is in the unit of the parts it completes, not of a measure naming a group
            unit = rest.unit if rest in parts else parts[0].unit if parts else None
            parts = [s for s in parts if s.unit == unit]
            if not parts:
                continue
            if rest in parts:
                # "… and the remaining 41,800 hectares": the rest closes the list; figures
                # after it are another clause's ("who stayed 3.4 nights on average")
                parts, stated = [s for s in parts if s.token <= rest.token], True
            if len(parts) == 1 and stated:
                # "Day visitors made 1.72 million visits, or 69.9% of the total. The remaining
                # 0.74 million …": the rest of the whole the sentence before has a part of
                if any(s.unit == parts[0].unit and s.cls in AMOUNTS and
                       s.token < parts[0].token for s in sentence.slots):
                    # "Readymix added R1 796 million (18.2%) and lime the balance of R532
                    # million": an amount of the list before the rest that is no level of
                    # it, so the words leave which parts the rest completes unsaid
                    continue
                first = _portion_before(sentence, document, parts[0])
                if first is None:
                    continue
                parts, portioned = [first] + parts, True
            if len(parts) < 2 or _stages(sentence, parts):
                continue
            whole = _of_here(sentence, parts, m.start) \
                if sentence.doc[m.start].lower_ == "the" else None
            if whole is not None:
                # "Six of the board's nine members voted for it; the other three …": the rest
                # is of the whole this sentence names after "of", not of an earlier total
                total, parts = whole, [s for s in parts if s is not whole]
            elif portioned:
                # "Members made 9,100 trips, or 65.0% of the total. The remaining 4,900 …":
                # the total is the whole the portion's own sentence names, reached from there
                at = document.sentences[parts[0].sentence]
                total = resolve(at, document, parts[0], before=0, same_sentence=False,
                                hint=_of(at))
                across = True
            else:
                hint = _of(sentence)
                if sentence.doc[m.start].lower_ == "of" and sentence.doc[m.end - 1].text == ",":
                    # "Of the recovered ash, …": the words before the comma name the whole
                    hint = tuple(t.text for t in sentence.doc[m.start + 2:m.end - 1])
                total = resolve(sentence, document, max(parts, key=lambda p: p.value or 0),
                                before=0, same_sentence=False, hint=hint, back=3)
                if not hint and stated and _names_its_whole(sentence, parts):
                    # "Audiobooks made up 71,440 of the 2024/25 total and e-books the
                    # remaining 116,560": a whole named by no noun is the one just said
                    total = _nearest_level(sentence, document, parts)
                across = True
            between = _said_between(document, total, sentence) if across and \
                total is not None and sentence.doc[m.start].lower_ == "the" and \
                not (stated and not portioned and _names_its_whole(sentence, parts)) else []
            earlier = [s for s in between or [] if s not in parts]
            if between is None or earlier and not (
                    stated and not portioned and _list_runs_on(document, total, sentence,
                                                               earlier)):
                # "84.2 TWh … Wind led with 31.6 TWh … Gas 24.7 TWh; …; and the remaining
                # 5.2 TWh": the rest closes the list begun after the total, every part said
                # since it (``_list_runs_on``); where a breakdown of a part, or another
                # whole, stands between, the words do not say which parts the rest
                # completes, so no sum that may leave a part out
                continue
            parts = earlier + parts
        if total is None or len(parts) < 2:
            continue
        if _stages(sentence, parts):
            continue  # "Of those, 900 began the course and 700 completed it": nested counts
        if _named_again(sentence, parts):
            continue  # "Of these, 40 joined; all 40 were trained and 31 …": one group followed
        if _side_by_side(sentence, parts):
            continue  # "of which: Retail 41.2 38.7": a row's cells under two heads, no list
        if across and not stated and _REST.search(
                sentence.doc[:min(p.token for p in parts)].text):
            continue  # "The rest is split among …": a remainder the text does not state
        if across and any(p.local in s.figures for s in out for p in parts):
            # "450 new examiners, of whom 312 have qualified …; the remaining 138 are in
            # training": the rest is of the whole this sentence already breaks down, never
            # of an earlier sentence's total with that whole as one more part
            continue
        out.append(make("SumRelation", sentence.claim, {"total": total, "part": parts},
                         m.evidence, " + ".join(p.text for p in parts) + f" = {total.text}",
                         across=across))
    # "Programme work – water, farming and education – accounts for KES 323.8 million":
    # the rows of a table the aside names, each the cell of the total's unit and period
    for total, parts in _named_rows(sentence, document):
        if any(p.local in s.figures for s in out for p in parts) or \
                any(total.local in s.figures for s in out):
            continue
        out.append(make("SumRelation", sentence.claim, {"total": total, "part": parts},
                        sentence.text, " + ".join(p.text for p in parts) + f" = {total.text}",
                        across=True))
    # a list's closing line, a total split in two, months listed below their total: each
    # a sum of parts no relation of the sentence has taken yet
    for found, split in ((_list_closed(sentence, document), False),
                         (_other_closed(sentence, document), False),
                         (_added_to(sentence, document), False),
                         (_gapped_of_total(sentence, document), False),
                         (_split(sentence, document), True),
                         (_months_listed(sentence, document), False)):
        if found is None or any(p.local in s.figures for s in out for p in found[1]):
            continue
        total, parts = found
        evidence = sentence.span(parts[0].token, parts[1].token + 1) if split else sentence.text
        out.append(make("SumRelation", sentence.claim, {"total": total, "part": parts},
                        evidence, " + ".join(p.text for p in parts) + f" = {total.text}",
                        across=True))
    return out


#: the words right before an amount that say it is added to a level said before it: "a
#: further 6,000 tonnes", "an additional $2 million", "which adds £85.59", "a supplement of
#: CHF 500", "together with domestic output of 70.4 TWh"
_ADDED = re.compile(r"(?:\b(?:a|an)\s+(?:further|additional|extra)|\b(?:adds|added|adding)"
                    r"(?:\s+(?:a|an)\s+(?:further|additional|extra|another))?|"
                    r"\b(?:a|an)\s+(?:supplement|surcharge|top-up)\s+of|"
                    r"\btogether\s+with(?:\s+[a-z-]+){0,3}?(?:\s+of)?)\s*$", re.I)
#: the words after the added amount that give what the two come to: "…, giving 30,500
#: tonnes", "…, bringing their fee to …", "… and takes the bill to …", "…, so profit before
#: tax was …", "…, that put total supply at …"
_COMES_TO = re.compile(r"^(?:[^;:.]*?\s)?(?:giving|gives|gave|bringing|brings|brought|taking|"
                       r"takes|took|making|makes|made|putting|puts|put|so)\b", re.I)
#: the words before the added amount that make it taken away: "fell a further 200"
_TAKEN = frozenset(DOWN) | {"deducted", "deducts", "subtracted", "removed", "minus", "less",
                            "withdrew", "withdrawn", "paid", "spent", "owed"}


def _added_to(sentence: Sentence, document: Document) -> tuple[Slot, list[Slot]] | None:
    """(total, parts) of an amount the words add to a level said before it, and the level
    the two come to, said after it in the same sentence: "Stocks stood at 24,500 tonnes,
    with a further 6,000 tonnes on order, giving 30,500 tonnes", "Interest added a further
    £64m, so profit before tax was £142m", "which adds £85.59 and takes the bill to
    £1,797.36". The level added to is the one level of the unit before it in the sentence;
    where there is none, the nearest of the five sentences before that states a level of
    the unit gives it: the one its words name as the total is named ("profit"), else its
    first (the sentence's subject). Never shares or changes in percent, never an amount
    taken away ("fell a further 200"), never a total the words date to another period."""
    doc = sentence.doc
    amounts = [s for s in sentence.slots if s.cls in AMOUNTS]
    for i, added in enumerate(amounts):
        said = doc[max(0, added.token - 8):added.token].text
        if not _ADDED.search(said) or any(
                t.lower_ in _TAKEN for t in doc[max(0, added.token - 6):added.token]):
            continue
        later = [s for s in amounts[i + 1:] if s.unit == added.unit]
        if not later or is_rate(sentence, added):
            return None
        total = later[0]
        between = doc[added.token + 1:total.token]
        # "a supplement of CHF 500, bringing their fee to CHF 1,230 per semester": a total
        # for each of something adds to a level for each of the same thing
        per = _per(sentence, total)
        if not (level(sentence, total) or per and not (
                is_base(sentence, total) or is_change(sentence, total)
                or is_earlier(sentence, total))) or \
                any(t.lower_ in ("from", "by") for t in between) or \
                not _COMES_TO.match(between.text.strip(" ,")) or \
                any(t.norm_ in FIGURES for t in between):
            return None
        here = [s for s in amounts[:i] if s.unit == added.unit and _as_total(sentence, s, per)]
        if len(here) > 1:
            return None
        base = here[0] if here else _level_added_to(sentence, document, added, total, per)
        if base is None or (base.value or 0) >= (total.value or 0) or \
                (added.value or 0) >= (total.value or 0):
            return None
        periods = {document.periods.get(s.local) for s in (base, total)} - {None}
        if len(periods) > 1:
            return None
        return total, [base, added]
    return None


def _per(sentence: Sentence, slot: Slot) -> str:
    """The words that make an amount one for each of something ("per semester", "a
    night"), as written right after it; "" for an amount of its own."""
    if not is_rate(sentence, slot):
        return ""
    after = sentence.doc[slot.token + 1:slot.token + 3]
    return after.text.lower() if after[:1].text.lower() in ("per", "a", "an", "each") else "?"


def _as_total(sentence: Sentence, slot: Slot, per: str) -> bool:
    """Whether a figure is a level as the total is one: of its own (``per`` ""), or for
    each of the same thing ("CHF 730 per semester" for a total "per semester")."""
    if not per:
        return level(sentence, slot)
    return per != "?" and _per(sentence, slot) == per and not (
        is_base(sentence, slot) or is_change(sentence, slot) or is_earlier(sentence, slot))


def _level_added_to(sentence: Sentence, document: Document, added: Slot,
                    total: Slot, per: str) -> Slot | None:
    """The level an amount is added to, said in one of the five sentences before (the
    nearest that states a level of the unit): the one named with the total's words
    ("an underwriting profit of £78m" for "profit before tax"), else the first."""
    named = {stem(t.lower_) for t in sentence.doc[added.token + 1:total.token]
             if t.is_alpha} - {"so", "the", "their", "its", "our", "to", "at", "was", "is",
                               "were", "are", "and", "giving", "bringing", "taking", "making",
                               "put", "that", "total"}
    for before in reversed(document.sentences[max(0, sentence.index - 5):sentence.index]):
        levels = [s for s in before.slots if s.unit == added.unit and s.cls in AMOUNTS
                  and _as_total(before, s, per) and not CELL.fullmatch(s.local)]
        if not levels:
            continue
        by_name = [s for s in levels if named & {stem(w) for w in name(before, s)}]
        return by_name[0] if len(by_name) == 1 else levels[0]
    return None


#: the marks that set an aside off: "Programme work – water, farming and education – …"
_ASIDE = ("-", "–", "—", "--")
#: what joins the items an aside lists
_ITEM_JOINS = (",", "and", "plus", "&")
#: words of an item that name no row: "the", "our"
_NO_NAME = frozenset({"the", "our", "its", "their", "a", "an", "of", "together", "both",
                      "combined", "all", "work"})


def _named_rows(sentence: Sentence, document: Document) -> list[tuple[Slot, list[Slot]]]:
    """(total, parts) of an amount whose items an aside between dashes lists by name, each
    naming one row of one table of the document: "Programme work – water, farming and
    education – accounts for KES 323.8 million" (rows "Clean water programme", "Smallholder
    farming", "Girls' education bursaries"), "Shellfish – prawns plus crab and lobster –
    accounted for 1,749 tonnes … but were worth €14.2 million". The parts are the named
    rows' cells in the one column of each total's unit and period; none where an item names
    no row or several, the rows stand in two tables, or a row has no one such cell."""
    doc = sentence.doc
    marks = [t.i for t in doc if t.text in _ASIDE]
    if len(marks) != 2 or marks[1] - marks[0] < 4:
        return []
    # ("Our three charitable activities – …": only a count of the items may stand before)
    counted = [t for t in doc[:marks[1]] if t.norm_ in FIGURES]
    if len(counted) > 1 or counted and (counted[0].i > marks[0] or
                                        sentence.by_token.get(counted[0].i) is None or
                                        sentence.by_token[counted[0].i].cls != COUNT):
        return []
    inside = doc[marks[0] + 1:marks[1]]
    items, item = [], []
    for t in inside:
        if t.lower_ in _ITEM_JOINS:
            items.append(item)
            item = []
        elif t.is_alpha:
            if t.lower_ not in _NO_NAME:
                item.append(stem(t.text))
        else:
            return []  # more than names in the aside: no list of items
    items.append(item)
    # ("planting, management, and education and access": a comma before "and" joins no item)
    items = [i for i in items if i]
    if len(items) < 2 or any(len(i) > 3 for i in items) or \
            not any(t.lower_ in ("and", "plus", "&") for t in inside):
        return []
    rows = [s for s in document.sentences
            if s.slots and all(CELL.fullmatch(x.local) for x in s.slots)]
    # the one table in which each item names one row ("education" may name a row of the
    # income table too: the table all the items name rows of is the one)
    readings = []
    for table in sorted({CELL.fullmatch(r.slots[0].local).group(1) for r in rows}):
        named: list[Sentence] = []
        for words_ in items:
            found = [r for r in rows if CELL.fullmatch(r.slots[0].local).group(1) == table
                     and set(words_) <= _row_words(r)]
            if len(found) != 1:
                break
            if found[0] not in named:
                named.append(found[0])
        else:
            readings.append(named)
    if len(readings) != 1:
        return []
    named = readings[0]
    if len(named) < 2 or any(TOTAL_WORDS & _row_words(r) for r in named) or \
            counted and sentence.by_token[counted[0].i].value != len(named):
        return []
    out = []
    for total in sentence.slots:
        if total.token < marks[1] or total.cls not in AMOUNTS or \
                not level(sentence, total) or any(t.unit == total.unit for t, _ in out):
            continue
        period = document.periods.get(total.local)
        parts = []
        for row in named:
            cells = [c for c in row.slots if c.unit == total.unit and c.value is not None
                     and document.periods.get(c.local) == period]
            if len(cells) != 1:
                break
            parts.append(cells[0])
        else:
            out.append((total, parts))
    return out


#: the words of a total row's label
TOTAL_WORDS = frozenset({"total", "all", "overall", "sum"})


def _row_words(row: Sentence) -> set[str]:
    """The stemmed words of a table row's label (what stands before its first cell)."""
    first = min(s.token for s in row.slots)
    return {stem(t.text) for t in row.doc[:first] if t.is_alpha}


def _side_by_side(sentence: Sentence, parts: list[Slot]) -> bool:
    """Whether two of the parts stand side by side with no word or mark between them: "Sales
    96.0 88.1, of which: Retail 41.2 38.7" (a table's row read as a sentence) sets one
    part down under two columns' heads, this year and last; a list of parts is written
    with words or commas between its items."""
    here = sorted(p.token for p in parts if p.sentence == sentence.index)
    doc = sentence.doc
    return any(b - a == 1 or all(t.is_space for t in doc[a + 1:b])
               for a, b in zip(here, here[1:]))


def _other_closed(sentence: Sentence, document: Document) -> tuple[Slot, list[Slot]] | None:
    """"Property tax is expected to raise £310m, sales tax £150m and other levies and
    charges £80m": three or more levels of one unit listed with commas, the last named
    "other …" after "and", so the list is all of something (no other figure of the unit in
    the sentence). Its total is the one level of that unit, and of the parts' period, in
    the two sentences before; None where there is none or more than one (the words do not
    say which)."""
    amounts = [s for s in sentence.slots if s.cls in AMOUNTS]
    if not amounts:
        return None
    last = amounts[-1]
    mine = [s for s in amounts if s.unit == last.unit]
    parts = [s for s in mine if level(sentence, s) and not is_rate(sentence, s)
             and not is_change(sentence, s) and not is_base(sentence, s)]
    if len(parts) < 3 or len(parts) != len(mine):
        return None
    doc = sentence.doc
    between = doc[parts[-2].token + 1:last.token]
    said = [t.lower_ for t in between]
    if said[:1] != ["and"] or said[1:2] != ["other"] and said[1:3] != ["all", "other"] or \
            not all(t.is_alpha or t.text == "," for t in between):
        return None
    for a, b in zip(parts[:-2], parts[1:-1]):
        # each item joined to the next by a comma, only words between (and an item's share
        # in brackets: "15,210 of the birds counted (36.4%), terns 9,140 (21.9%), …")
        if not any(t.text == "," for t in doc[a.token + 1:b.token]) or any(
                t.text in (";", ":") or t.norm_ in FIGURES and not (
                    t.norm_ == PERCENT and doc[t.i - 1].text == "(")
                for t in doc[a.token + 1:b.token]):
            return None
    periods = {document.periods.get(p.local) for p in parts}
    if len(periods) != 1:
        return None
    period = periods.pop()
    found = [s for before in document.sentences[max(0, sentence.index - 2):sentence.index]
             for s in before.slots if s.unit == last.unit and s.cls in AMOUNTS and
             level(before, s) and not is_rate(before, s) and not is_change(before, s) and
             not is_base(before, s) and document.periods.get(s.local) == period]
    return (found[0], parts) if len(found) == 1 else None


def _month_item(line: Sentence) -> tuple[int, Slot] | None:
    """(month, figure) of a short line a month's name labels ("- July: 118,320 passengers"):
    the name before a colon, then the line's one amount, a level; None for any other line."""
    doc = line.doc
    words = [t for t in doc if not (t.text in _BULLETS or t.is_space)]
    amounts = [s for s in line.slots if s.cls in AMOUNTS]
    if len(doc) > 12 or len(words) < 3 or words[1].text != ":" or len(amounts) != 1 or \
            amounts[0].token <= words[1].i or not level(line, amounts[0]):
        return None
    months = _months_of(words[0].text)
    if months is None or months[0] != months[1]:
        return None
    return months[0], amounts[0]


def _months_listed(sentence: Sentence, document: Document) -> tuple[Slot, list[Slot]] | None:
    """(total, parts) of a list whose lines the months of a quarter, a half or a year label
    in turn ("July: 118,320 passengers", "August: …", "September: …"), read where the list
    starts: the months name the span whose figure they add up to, the one level in the
    parts' unit and counting what they count that the text before dates to that span (a
    table's cells are the table's to add up). None where the months skip one or stop short
    of a span, or the words before leave the total open."""
    first = _month_item(sentence)
    if first is None or (sentence.index > 0 and
                         _month_item(document.sentences[sentence.index - 1]) is not None):
        return None
    months, parts = [], []
    for line in document.sentences[sentence.index:]:
        item = _month_item(line)
        if item is None:
            break
        months.append(item[0])
        parts.append(item[1])
    unit, start, n = parts[0].unit, months[0], len(months)
    if n < 2 or months != list(range(start, start + n)) or any(p.unit != unit for p in parts):
        return None
    year = _calendar_year(document.periods.get(parts[0].local))
    if year is None:
        return None
    if n == 3 and start % 3 == 1:
        span = f"{year}-Q{start // 3 + 1}"
    elif n == 6 and start in (1, 7):
        span = f"{year}-H{start // 6 + 1}"
    elif n == 12:
        span = str(year)
    else:
        return None
    counted = nouns_after(sentence, parts[0], 1)  # "passengers": what the months count
    said = [s for place in document.sentences[:sentence.index] for s in place.slots
            if s.unit == unit and s.cls in AMOUNTS and not CELL.fullmatch(s.local)
            and document.periods.get(s.local) == span and level(place, s)
            and not is_rate(place, s) and not is_portion(place, s)
            and (not counted or counted & nouns_after(place, s, 1))]
    return (said[0], parts) if len(said) == 1 else None


#: what marks a list's item in plain text
_BULLETS = ("-", "*", "•", "–", "·")


def _bulleted(sentence: Sentence, document: Document,
              n: Slot) -> tuple[list[Sentence], list[Slot]]:
    """(the item sentences, their parts) of the list a sentence ending on "N sources:" sets
    out below it, each item opening on a bullet: as many items as it counts, each with one
    level in the one unit exactly that many figures share ("- grants: $1,050,000", "- the
    county: KES 11.4 million ($88,000 …)": the dollars, the shillings converted); none where
    the items or the figures do not match the count."""
    if n.value is None or n.value != int(n.value) or not 2 <= n.value <= 12:
        return [], []
    items = []
    following = document.sentences[sentence.index + 1:sentence.index + 1 + int(n.value)]
    if following and len(following[0].doc) and following[0].doc[0].text not in _BULLETS:
        # a Markdown or HTML list reaches the reader as one line an item, its bullet gone:
        # as many short "label: amount" lines as the sentence counts
        return _labelled_lines(following, n)
    for later in following:
        if not len(later.doc) or later.doc[0].text not in _BULLETS:
            break
        items.append(later)
    # an item opens on a bullet set apart by spaces ("- grants …"; "Fuel-efficient" is none)
    marks = sum(1 for later in items for t in later.doc if t.text in _BULLETS and t.whitespace_
                and (t.i == 0 or later.doc[t.i - 1].whitespace_))
    if not items or marks != n.value:
        return [], []
    slots = [s for later in items for s in later.slots if s.cls in AMOUNTS
             and level(later, s) and not is_rate(later, s)]
    units = {s.unit for s in slots}
    fits = [u for u in units if sum(s.unit == u for s in slots) == n.value]
    if len(fits) != 1:
        return [], []
    return items, [s for s in slots if s.unit == fits[0]]


def _items_below(sentence: Sentence, document: Document, total: Slot) -> list[Slot]:
    """The parts of the list a sentence ending on a colon sets out below it, uncounted: each
    item right after it a short "label: amount" line, or a line opening on a bullet, with one
    level in the total's unit; the list ends at the first line that is no such item. None
    where an item holds another amount, or fewer than two items follow."""
    parts: list[Slot] = []
    for line in document.sentences[sentence.index + 1:]:
        amounts = [s for s in line.slots if s.cls in AMOUNTS]
        if not len(line.doc) or not amounts:
            break
        # ("other causes (crewing, repairs): 18": the tokenizer may join the colon to a bracket)
        colon = next((t.i for t in line.doc if t.text.endswith(":")), None)
        labelled = len(line.doc) <= 12 and colon is not None and amounts[0].token > colon
        bulleted = line.doc[0].text in _BULLETS and line.doc[0].whitespace_
        if not (labelled or bulleted):
            if len(line.doc) <= 12 and colon is not None:
                return []  # an item read otherwise: the parts would leave it out
            break
        if len(amounts) != 1 or amounts[0].unit != total.unit or \
                not level(line, amounts[0]):
            return []  # an item with two amounts, or of another unit: no list of parts
        parts.append(amounts[0])
    return parts if len(parts) >= 2 else []


def _item_amount(line: Sentence) -> Slot | None:
    """The one amount of a line of a list: a short "label: amount" line, or a line opening
    on a bullet; None where the line is no such item or holds other amounts."""
    amounts = [s for s in line.slots if s.cls in AMOUNTS]
    if not len(line.doc) or len(amounts) != 1:
        return None
    colon = next((t.i for t in line.doc if t.text.endswith(":")), None)
    labelled = len(line.doc) <= 12 and colon is not None and amounts[0].token > colon
    bulleted = line.doc[0].text in _BULLETS and line.doc[0].whitespace_
    return amounts[0] if (labelled or bulleted) and level(line, amounts[0]) else None


def _items_above(sentence: Sentence, document: Document, total: Slot, n: Slot) -> list[Slot]:
    """"These five lines come to £118,850": the amounts of the list just above the
    sentence, exactly as many items as it counts (the line before them no item), each with
    one level in the total's unit; none where the list and the count differ."""
    if n.value is None or n.value != int(n.value) or not 2 <= n.value <= 12:
        return []
    count = int(n.value)
    if sentence.index < count:
        return []
    lines = document.sentences[sentence.index - count:sentence.index]
    parts = [_item_amount(line) for line in lines]
    if any(p is None or p.unit != total.unit for p in parts):
        return []
    if sentence.index > count and _item_amount(document.sentences[sentence.index - count - 1]):
        return []  # the list runs on above: the count names some of its items, not which
    return parts


def _labelled_lines(lines: list[Sentence], n: Slot) -> tuple[list[Sentence], list[Slot]]:
    """(lines, parts) of a list whose items are lines "port dues: $412,000": each short,
    its one amount after a colon, all in one unit; none where any line is otherwise."""
    parts = []
    for line in lines:
        amounts = [s for s in line.slots if s.cls in AMOUNTS]
        colon = next((t.i for t in line.doc if t.text == ":"), None)
        if len(line.doc) > 12 or len(amounts) != 1 or colon is None or \
                amounts[0].token < colon or not level(line, amounts[0]):
            return [], []
        parts.append(amounts[0])
    if len(parts) != n.value or len({p.unit for p in parts}) != 1:
        return [], []
    return lines, parts


#: the words of a list's last line that say it joins the lines above: "Combined ratio",
#: "Four markets combined", "Total"
_JOINS = {"combined", "total", "altogether"}


def _list_item(line: Sentence) -> Slot | None:
    """The one figure of a line of a list ("Pakistan 31.4%", "- Loss ratio: 68.1%"): a
    short line its figure closes, with no full stop (a sentence of the text ends on one),
    and no other figure of its unit; None where the line is otherwise."""
    doc = line.doc
    words = [t for t in doc if not t.is_punct or t.text in _BULLETS]
    if not line.slots or len(doc) > 14 or not words or doc[len(doc) - 1].text == "." or \
            any(CELL.fullmatch(s.local) for s in line.slots):
        return None  # (a table's row is the table's to add up, by its columns)
    last = line.slots[-1]
    if last.text == "000":
        return None  # "Income $'000", "Spending £000": the list's head, thousands its unit
    if last.token != words[-1].i or last.cls not in (*AMOUNTS, PERCENT) or \
            is_change(line, last) or sum(s.unit == last.unit for s in line.slots) != 1:
        return None
    return last


def _list_closed(sentence: Sentence, document: Document) -> tuple[Slot, list[Slot]] | None:
    """(total, parts) of a list whose last line says it joins the lines above ("Four
    markets combined 63.0%" under "Pakistan 31.4%", "Egypt 14.8%", …; "- Combined ratio:
    93.7%" under the loss and expense ratios): the figures of the lines above it, up to the
    first line that is no item of the list, in the total's unit."""
    total = _list_item(sentence)
    label = {t.lower_ for t in sentence.doc[:total.token]} if total is not None else set()
    if total is None or not label & _JOINS:
        return None
    parts: list[Slot] = []
    for line in reversed(document.sentences[:sentence.index]):
        item = _list_item(line)
        if item is None:
            break
        if item.unit != total.unit or {t.lower_ for t in line.doc} & _JOINS:
            return None  # a line of another unit, or a subtotal: no plain list of parts
        parts.insert(0, item)
    return (total, parts) if len(parts) >= 2 else None


#: the words a sentence opens on to give the total of the list above it
_TOTAL_OPENINGS = (("total",), ("in", "total"), ("the", "total"), ("altogether",),
                   ("together",), ("combined",))


def _total_below(document: Document, last: Sentence, part: Slot) -> Slot | None:
    """The total the sentence right after a list gives, opening on "Total income …", "In
    total, …": its one level in the parts' unit; None where it opens otherwise or gives
    several."""
    if last.index + 1 >= len(document.sentences):
        return None
    after = document.sentences[last.index + 1]
    said = tuple(t.lower_ for t in after.doc[:2])
    if not any(said[:len(o)] == o for o in _TOTAL_OPENINGS):
        return None
    levels = [s for s in after.slots if s.unit == part.unit and s.cls in AMOUNTS
              and level(after, s) and not is_rate(after, s)]
    return levels[0] if len(levels) == 1 else None


#: verbs that add an amount to what was there: "will add 7,200 seats"
_ADD = {"add", "adds", "added", "adding", "open", "opens", "opened", "opening"}


def _added(sentence: Sentence, slot: Slot, loose: bool = True) -> bool:
    """Whether the words right before a figure add it to what was there ("they will add
    7,200 seats", "adding a further £2m"), not take it away or state a level; ``loose``,
    also words around it that put it on top whatever the verb ("another 300 bikes")."""
    doc = sentence.doc
    before = [t.lower_ for t in doc[max(0, slot.token - 3):slot.token]]
    after = [t.lower_ for t in doc[slot.token + 1:slot.token + 3]]
    # "another 300 bikes", "a further 2,100 homes", "95 new fountains", "160 more beds": the
    # words say the amount comes on top of what was there (never "160 more than expected":
    # a gap)
    if loose and (before[-1:] in (["another"], ["additional"]) or before[-2:] in (
            ["a", "further"], ["an", "extra"], ["an", "additional"]) or
            after[:1] and after[0] in _ON_TOP and after[1:] != ["than"]):
        return True
    while before and before[-1] in ("a", "an", "another", "further", "extra", "some",
                                     "about", "around", "nearly", "almost", "roughly"):
        before.pop()
    # ("a net gain of 13", "a net addition of 40": the amount a stock gains)
    return bool(before) and (before[-1] in _ADD or before[-1] == "of" and len(before) >= 2
                             and before[-2] in _GAINED)


def _stock(sentence: Sentence, document: Document, m) -> tuple[Slot, list[Slot]] | None:
    """(total, parts) of "The fleet grew to 1,470. … plans another 300 bikes, which would
    take the fleet to 1,770": the one amount of the total's unit the words put on top of
    what was there ("another", "a further", "… new"), before the verb, and the stock an
    earlier sentence states that the words after the verb name ("the fleet"); None where
    the words name no stock ("the total" is read as a whole of parts), a level it moves
    "from" follows, or the sentence states no such one amount."""
    total = m.roles["total"]
    doc = sentence.doc
    between = [t for t in doc[m.start + 1:total.token - 1] if t.is_alpha]
    if _names_whole(between) or any(t.lower_ == "from" for t in doc[total.token + 1:]):
        return None  # ("…, taking the total to …", "… to 1,000 from 840": read as such)
    nouns = tuple(t.text for t in between if t.lower_ not in _DETERMINERS)
    added = [s for s in _same(sentence.slots, total, lambda s: s.token < m.start)
             if _added(sentence, s)]
    if not nouns or len(added) != 1:
        return None
    # (the stock by its noun, or by what the amount added counts: "300 bikes", "the fleet")
    counted = tuple(sorted(name(sentence, added[0]) - {stem(t.text) for t in between}))
    stock = resolve(sentence, document, added[0], before=0, same_sentence=False,
                    hint=nouns + counted, named=True, exclude=[total])
    if stock is None:
        return None
    return total, [stock, added[0]]


#: the words that may stand before the noun of a stock: "the fleet", "its network"
_DETERMINERS = {"the", "a", "an", "its", "their", "our", "his", "her", "your", "this", "that",
                "city", "town", "county"}


#: the words after an amount that put it on top of a stock: "95 new fountains", "300 more
#: bikes", "40 extra beds", "12 additional staff"
_ON_TOP = {"new", "more", "extra", "additional"}


#: nouns of what a stock gains, before "of" and the amount ("a net gain of 13")
_GAINED = {"gain", "addition", "additions"}


#: words before a figure that carry on a list an earlier sentence began: "A further 62",
#: "another 19", "the other 40"
_FURTHER = {"further", "another", "other", "more", "additional"}


def _continues(sentence: Sentence, slot: Slot) -> bool:
    """Whether the words right before a figure carry on a list: "A further 62 went …"."""
    before = [t.lower_ for t in sentence.doc[max(0, slot.token - 2):slot.token]]
    return bool(before) and before[-1] in _FURTHER and (
        before[-1] == "another" or len(before) > 1 and before[-2] in ("a", "an", "the"))


def _one_level_before(sentence: Sentence, document: Document, total: Slot) -> Slot | None:
    """The one level of the total's unit the sentence before states, or None (none, or
    several: which begins the list, the words do not say)."""
    if sentence.index == 0:
        return None
    before = document.sentences[sentence.index - 1]
    levels = [s for s in before.slots if s.unit == total.unit and s.cls in AMOUNTS
              and level(before, s)]
    return levels[0] if len(levels) == 1 else None


#: words naming the two sides of one whole split in two: "domestic … international"
_SIDES = (("domestic", "international"), ("domestic", "foreign"), ("domestic", "overseas"),
          ("men", "women"), ("male", "female"), ("boys", "girls"), ("urban", "rural"),
          ("inbound", "outbound"), ("resident", "non-resident"),
          # a trial's two arms
          ("intervention", "control"), ("treatment", "control"), ("treated", "control"),
          ("intervention", "usual"))
#: the words that open the clause of a split's second side
_CLAUSE_JOINS = {"while", "whereas", "and", "but", ",", ";"}
#: words that make two figures rates or means of each side, which add up to nothing
_PER_SIDE = {"average", "averaged", "averaging", "mean", "median", "per", "each", "rate",
             "typical", "typically"}


def _split(sentence: Sentence, document: Document) -> tuple[Slot, list[Slot]] | None:
    """(whole, its two sides) of "Domestic passengers numbered 412,000, while international
    traffic reached 1.43 million" after "… handled 1.84 million passengers": two counts of
    one unit, each named right before it by one side of a pair that splits a whole in two,
    and the one level of that unit the sentence before states as the whole."""
    parts = [s for s in sentence.slots if s.cls in AMOUNTS and level(sentence, s)]
    if len(parts) != 2 or parts[0].unit != parts[1].unit or \
            any(p.cls not in (COUNT, QUANTITY) for p in parts) or sentence.index == 0 or \
            any(t.lower_ in _PER_SIDE for t in sentence.doc):
        return None
    doc = sentence.doc
    said = [{t.lower_ for t in doc[max(start, p.token - 5):p.token]}
            for start, p in zip((0, parts[0].token + 1), parts)]
    # "Some 4.71 million passengers flew to a foreign airport, while domestic travellers
    # numbered 13.91 million", "Men made up the bulk, with 10,141, against 8,298 women": a
    # side may be named in its figure's clause after it, the first's up to the words that
    # name the second (the last "while", "and" or comma before it), the second's to the
    # sentence's end, each side in its own clause only
    cut = max((t.i for t in doc[parts[0].token + 1:parts[1].token]
               if t.lower_ in _CLAUSE_JOINS), default=parts[1].token)
    first = {t.lower_ for t in doc[:cut]}
    second = {t.lower_ for t in doc[cut:]}
    if not any((a in said[0] and b in said[1]) or (b in said[0] and a in said[1])
               for a, b in _SIDES) and \
            not any((a in first and b in second and a not in second and b not in first) or
                    (b in first and a in second and b not in second and a not in first)
                    for a, b in _SIDES):
        return None
    before = document.sentences[sentence.index - 1]
    if sentence.index > 1 and not any(s.unit == parts[0].unit and s.cls in AMOUNTS
                                      for s in before.slots):
        # "… handled 18.62 million passengers. International traffic was the standout.
        # Some 4.71 million …": a sentence that states no amount of the unit may stand
        # between the whole and its sides
        before = document.sentences[sentence.index - 2]
    wholes = [s for s in before.slots if s.unit == parts[0].unit and level(before, s)]
    if len(wholes) != 1 or any(t.lower_ in _PER_SIDE for t in before.doc):
        return None
    return wholes[0], parts


#: the verbs that say a thing was begun, and those that say it was seen through: who
#: finished is counted again among who started, so the two counts never add to a whole
_BEGAN = {"started", "began", "begun", "entered", "enrolled", "registered", "applied",
          "embarked", "joined"}
_FINISHED = {"finished", "completed", "graduated", "qualified", "ended"}


def _stages(sentence: Sentence, parts: list[Slot]) -> bool:
    """Whether one part is said to have begun a thing and a later one to have finished it
    ("Of those, 900 began the course and 700 completed it"): each count is of those who
    reached a stage, the later within the earlier, not two groups side by side."""
    doc = sentence.doc

    def verb(part: Slot, kind: set[str]) -> bool:
        # the verb right after the count, or after one word ("4,600 had started")
        return any(t.lower_ in kind for t in doc[part.token + 1:part.token + 3])

    began = [verb(p, _BEGAN) for p in parts]
    return any(began) and any(verb(p, _FINISHED) for i, p in enumerate(parts) if any(began[:i]))


def _named_again(sentence: Sentence, parts: list[Slot]) -> bool:
    """Whether a later part names an earlier one's group again ("Of these, 40 joined the
    scheme; all 40 were trained, and 31 stayed on"): "all", "these", "those", "the" or "both"
    before the same figure written again point back to that group, so the counts follow one
    group through its steps, not groups side by side."""
    doc = sentence.doc
    for i, part in enumerate(parts):
        # (a part an earlier sentence gives is no word of this one's)
        if part.sentence == sentence.index and part.token > 0 and \
                doc[part.token - 1].lower_ in ("all", "these", "those", "the", "both") and \
                any(p.text == part.text for p in parts[:i]):
            return True
    return False


def _two_sides(sentence: Sentence, parts: list[Slot], start: int) -> bool:
    """Whether two figures' clauses ("6,150 lived in intervention areas and" / "6,054 in
    control areas") name the two sides of a pair that splits a whole in two."""
    doc = sentence.doc
    said = [{t.lower_ for t in doc[start:parts[1].token]},
            {t.lower_ for t in doc[parts[1].token:len(doc)]}]
    return any((a in said[0] and b in said[1]) or (b in said[0] and a in said[1])
               for a, b in _SIDES)


#: words that join the next item of a list to an amount
_JOINING = frozenset({"and", "or", "plus"})
_PER_WORDS = frozenset({"per", "every", "each", "average", "averaged", "averaging", "mean",
                        "median", "ratio", "rate"})


def _joined_item(place: Sentence, slot: Slot) -> bool:
    """Whether "a" after the amount opens the list's next item ("bring in GBP 52,000 and a
    grant a further GBP 40,000"), not the period it is for ("$4,020 a year"): "and a", with
    no word before the amount that makes it one per something; a list's part, however the
    words after it read as "74,900 passengers a day" do."""
    doc = place.doc
    after = doc[slot.token + 1:slot.token + 3]
    before = {t.lower_ for t in doc[max(0, slot.token - 3):slot.token]}
    return len(after) == 2 and after[0].lower_ in _JOINING and \
        after[1].lower_ in ("a", "an") and not before & _PER_WORDS and slot.cls in AMOUNTS and \
        not (is_base(place, slot) or is_change(place, slot) or is_earlier(place, slot))


#: the words after a part that say it is of the total just said: "of them", "of the total",
#: "of the quarter's total"
_OF_THE_TOTAL = re.compile(r"^of\s+(?:them|those|these|the\s+total|the\s+(?:\S+\s+){1,2}?"
                           r"total|this|that)\b", re.I)


def _gapped_of_total(sentence: Sentence, document: Document) -> tuple[Slot, list[Slot]] | None:
    """(total, parts) of a sentence that gives one part "of them" or "of the total" and the
    others after it with the verb left out: "Passenger revenue made up NOK 6.93 billion of
    the total and ancillary revenue NOK 930 million", "E-bikes accounted for 1.02 million
    of them (40.0%), pedal bikes for 1.53 million". Each later item is a short label and an
    amount of the unit (its share in brackets may follow), the last after "and" (or a comma
    where there are two); the total is the level of the unit just said, larger than each
    part. None where the sentence has any other amount of the unit."""
    doc = sentence.doc
    slots = [s for s in sentence.slots if s.cls in AMOUNTS]
    if len(slots) < 2:
        return None
    first = slots[0]
    tail = doc[first.token + 1:first.token + 8].text
    hit = _OF_THE_TOTAL.match(tail)
    if hit is None or not level(sentence, first):
        return None
    parts = [s for s in slots if s.unit == first.unit]
    if len(parts) != len(slots) or not all(level(sentence, p) for p in parts[1:]):
        return None
    # the words after "of the total" up to the next part: its share in brackets, then a
    # separator and the next item's short label
    end_of = first.token + 1 + len(doc[first.token + 1:first.token + 8].text[:hit.end()].split())
    joins = []
    start = end_of
    for part in parts[1:]:
        between = doc[start:part.token]
        words_ = [t for t in between if t.is_alpha]
        shares = [s for s in sentence.slots if start <= s.token < part.token]
        if any(s.cls != PERCENT for s in shares) or len(shares) > 1:
            return None
        seps = [t.lower_ for t in between if t.lower_ in (",", "and", ";")]
        label = [t for t in words_ if t.lower_ not in ("and", "for", "with", "at")]
        if not seps or not 1 <= len(label) <= 4 or \
                any(t.lower_ in CONTRAST_WORDS for t in between):
            return None
        joins.append(seps[-1])
        after_share = next((t.i for t in doc[part.token + 1:] if t.text == ")"), None) \
            if doc[part.token + 1:part.token + 2].text == "(" else None
        start = (after_share if after_share is not None else part.token) + 1
    if len(parts) > 2 and joins[-1] != "and":
        return None
    total = _nearest_level(sentence, document, parts)
    if total is None:
        return None
    periods = {document.periods.get(s.local) for s in (*parts, total)} - {None}
    return (total, parts) if len(periods) <= 1 else None


#: words that set two figures against each other rather than listing them
CONTRAST_WORDS = frozenset({"but", "while", "whereas", "although", "though", "compared",
                            "versus", "vs", "than", "against"})


def _nearest_level(sentence: Sentence, document: Document, parts: list[Slot]) -> Slot | None:
    """The level of the parts' unit said last before the sentence (in the three before it),
    larger than each part, no table's cell; None where the nearest sentence that states
    such levels states several."""
    for before in reversed(document.sentences[max(0, sentence.index - 3):sentence.index]):
        levels = [s for s in before.slots if s.unit == parts[0].unit and s.cls in AMOUNTS
                  and level(before, s) and not CELL.fullmatch(s.local)
                  and all((s.value or 0) > (p.value or 0) for p in parts)]
        if levels:
            return levels[0] if len(levels) == 1 else None
    return None


def _names_its_whole(sentence: Sentence, parts: list[Slot]) -> bool:
    """Whether the sentence's two parts, the first "of the <whole>" ("Residents lodged 1,794
    of the year's applications; the other 15,976 came from abroad"), split that whole
    between them: the rest is all but the first, whatever other breakdown the text gave
    before."""
    if len(parts) != 2 or any(p.sentence != sentence.index for p in parts):
        return False
    doc = sentence.doc
    after = doc[parts[0].token + 1:parts[0].token + 3]
    return len(after) == 2 and after[0].lower_ == "of" and \
        after[1].lower_ in ("the", "its", "their", "our", "all") and \
        not any(s.cls in AMOUNTS and parts[0].token < s.token < parts[1].token
                for s in sentence.slots)  # (its share may stand between: "a tenth of …")


def _said_between(document: Document, total: Slot, sentence: Sentence) -> list[Slot] | None:
    """The levels of the total's unit stated after it and before ``sentence`` ("84.2 TWh in
    2025. Wind led with 31.6 TWh, … Gas supplied …, and the remaining 5.2 TWh"); None where
    one is no smaller than the total (not a part)."""
    found = []
    # (a total that is a table's cell: the cells after it in its row are its other columns,
    # "days per employee", "change", never parts of it)
    row = CELL.match(total.local)
    for place in document.sentences[total.sentence:sentence.index]:
        for slot in place.slots:
            cell = CELL.match(slot.local)
            if row and cell and cell.group(1, 2) == row.group(1, 2):
                continue
            if (place.index == total.sentence and slot.token <= total.token) or \
                    slot.unit != total.unit or slot.year not in (None, total.year) or \
                    not (level(place, slot) or _joined_item(place, slot)) or \
                    is_rate(place, slot) and not _joined_item(place, slot) or \
                    _counts_other(place, slot, document.sentences[total.sentence], total):
                continue
            if total.value is None or slot.value is None or slot.value >= total.value:
                return None
            found.append(slot)
    return found


#: words that say the parts after a total go on as one list of it: a part ranked among the
#: total's ("Wind led with …", "the largest source"), one more ("a further …"), or a part
#: said to be of the total
_RUNS_ON = re.compile(r"\b(?:led|leading|largest|biggest|main|further|another|followed|"
                      r"of\s+the\s+total|of\s+all)\b", re.I)
#: words that open a breakdown of one part (a part of a part) or name another whole
_NESTED = re.compile(r"\b(?:of\s+(?:which|whom|these|those|them|this|that)|including|"
                     r"includes?|included|within|among\s+them|per|each|"
                     # ("at the average 2024 rate of €1.19 to sterling": a rate of exchange,
                     # no amount per thing)
                     r"average[ds]?(?!\s+(?:(?:19|20)\d\d\s+)?(?:exchange\s+)?rate))\b",
                     re.I)


def _list_runs_on(document: Document, total: Slot, sentence: Sentence,
                  earlier: list[Slot]) -> bool:
    """Whether the parts said since ``total`` in the sentences before ``sentence`` (which
    closes on "the remaining …") begin the list the rest completes: "Exports reached €96.0
    million. Italy took €30.0 million, or 31.3% of the total. Spain took €20.0 million and
    France €16.0 million; the remaining €30.0 million went elsewhere." The list runs into
    the rest's sentence from the sentence before, the total at most four sentences back
    (sentences that state no level of its unit, "That was 8.3% more than in 2024", may
    stand between), and no sentence on the way breaks a part down ("of which",
    "including") or speaks of amounts per thing: then every part said since the total is
    one the rest completes."""
    if sentence.index - total.sentence > 4 or \
            sentence.index - 1 not in {s.sentence for s in earlier}:
        return False  # the list does not run into the rest's sentence
    first = document.sentences[total.sentence]
    said = " ".join([first.doc[total.token + 1:].text] +
                    [place.text for place in document.sentences[total.sentence + 1:
                                                                sentence.index + 1]])
    if not _RUNS_ON.search(said):
        # "18,000 hectares. Vegetables are grown on 5,400 hectares. Potatoes take 2,600
        # hectares, … and onions the remaining 1,100": the rest may complete a breakdown of
        # the part before; only words that rank a part among the total's ("led", "the
        # largest"), go on with the list ("a further") or say a part is of the total tie
        # the rest to every part said since the total
        return False
    for place in document.sentences[total.sentence:sentence.index + 1]:
        text = place.text
        if place.index == total.sentence:
            text = place.doc[total.token + 1:].text
        elif not any(s.unit == total.unit for s in place.slots):
            # ("pushing the average price to €60,304" between counts: an amount per thing
            # of no part; a breakdown, "of those", still nests whatever it states)
            text = " ".join(m.group(0) for m in _NESTED.finditer(text)
                            if not re.match(r"per|each|average", m.group(0), re.I))
        if _NESTED.search(text):
            return False
    return True


def _contributions(sentence: Sentence) -> list[Slot]:
    """The parts a sentence lists as what each brings in ("A contributed X, B Y and C Z"):
    three or more levels of one unit, the last after "and", and no other figure of that unit
    in the sentence (a total or a baseline beside them would make it another sentence's
    own sum or comparison); none where it lists fewer (two may be the rest of a list the
    sentence before began)."""
    amounts = [s for s in sentence.slots if s.cls in AMOUNTS]
    if not amounts:
        return []
    unit = amounts[0].unit
    mine = [s for s in amounts if s.unit == unit]
    parts = [s for s in mine if level(sentence, s) and not is_rate(sentence, s)]
    if len(parts) < 3 or len(parts) != len(mine) or not any(
            t.lower_ == "and" for t in sentence.doc[parts[-2].token:parts[-1].token]):
        return []
    return parts


def _together_with(sentence: Sentence, document: Document, part: Slot
                   ) -> tuple[Slot, list[Slot]] | None:
    """"The final dividend is 6.0 cents. Together with the 4.0 cent interim dividend, total
    dividends for the year are 10.0 cents": the total the first amount of the part's unit
    after it that words name a whole ("total", "combined", "full-year") of, no clause break
    but the comma between; the other part the one amount of the unit the sentence before
    states, named with a word of the total's ("dividend")."""
    total = next((s for s in sentence.slots if s.token > part.token and s.unit == part.unit
                  and s.cls in AMOUNTS), None)
    if total is None or sentence.index == 0 or \
            not _names_whole(sentence.doc[part.token + 1:total.token]) or \
            any(t.text in (";", ":", "(", ")") for t in sentence.doc[part.token:total.token]) or \
            [s for s in sentence.slots if s.token < part.token and s.unit == part.unit]:
        return None
    earlier = document.sentences[sentence.index - 1]
    mine = [s for s in earlier.slots if s.unit == part.unit and s.cls in AMOUNTS]
    if len(mine) != 1 or is_base(earlier, mine[0]) or is_change(earlier, mine[0]) or \
            is_earlier(earlier, mine[0]):
        return None
    named = {stem(t.lower_) for t in sentence.doc[part.token + 1:total.token] if t.is_alpha}
    if not (named - _WHOLE - {"the", "for", "year", "full", "whole", "are", "is", "was",
                              "were", "come", "came", "to"}) & _content(earlier):
        return None  # the sentence before speaks of something else
    return total, [mine[0], part]


def _listed_before(sentence: Sentence, document: Document, total: Slot) -> list[Slot]:
    """"Redline is cutting 20, Blue Star 18 and Castle Ferries 14. Together the 52 cuts …":
    the list the sentence right before sets out, two or more levels of the total's unit and
    period, the last after "and", each joined to the one before by a comma or "and" alone
    (no clause of its own between them: "412 in 2015; today 187" is no list), and no other
    figure of that unit there."""
    if sentence.index == 0:
        return []
    earlier = document.sentences[sentence.index - 1]
    mine = [s for s in earlier.slots if s.cls in AMOUNTS and s.unit == total.unit]
    parts = [s for s in mine if level(earlier, s) and not is_rate(earlier, s)]
    if len(parts) < 2 or len(parts) != len(mine):
        return []
    period = document.periods.get(total.local)
    if any(document.periods.get(p.local) != period for p in parts):
        return []  # parts of other periods add to no total of this one
    for a, b in zip(parts, parts[1:]):
        between = [t.lower_ for t in earlier.doc[a.token + 1:b.token]]
        joins = [w for w in between if w in (",", "and")]
        if not joins or any(w in (";", ":", "(", ")", "than", "from", "to", "while",
                                  "whereas", "but", "today", "now") for w in between):
            return []
    if "and" not in (t.lower_ for t in earlier.doc[parts[-2].token:parts[-1].token]):
        return []
    return parts


#: the nouns that count the parts a whole is put together from: "from four sources"
_SOURCES = {"sources", "parts", "contributors", "funders", "streams", "pots", "partners",
            "backers", "donors"}


def _counted_first(sentence: Sentence, document: Document, parts: list[Slot]) -> Slot | None:
    """"… put together from four sources. The largest share, £9.6m, is a grant …. The
    council is contributing £3.1m, … £1.5m and … £0.8m": the list begins with the one level
    of its unit the sentence before states, where the sentence before that (or that one)
    counts the sources and the count is the parts with it."""
    if sentence.index == 0:
        return None
    before = document.sentences[sentence.index - 1]
    levels = [s for s in before.slots if s.unit == parts[0].unit and s.cls in AMOUNTS
              and level(before, s) and not is_rate(before, s)]
    if len(levels) != 1:
        return None
    for near in document.sentences[max(0, sentence.index - 2):sentence.index]:
        for n in near.slots:
            noun = near.doc[n.token + 1:n.token + 2]
            if n.cls == COUNT and n.value == len(parts) + 1 and len(noun) and \
                    noun[0].lower_ in _SOURCES:
                return levels[0]
    return None


def _list_goes_on(sentence: Sentence, document: Document, unit: str | None,
                  total: Slot) -> bool:
    """Whether the sentence right before a list (other than the total's own) or right after
    it states a level of the list's unit: the list may begin or go on there."""
    for i in (sentence.index - 1, sentence.index + 1):
        if not 0 <= i < len(document.sentences) or i == total.sentence:
            continue
        near = document.sentences[i]
        if any(s.unit == unit and s.cls in AMOUNTS and level(near, s) and
               not is_rate(near, s) for s in near.slots):
            return True
    return False


def _portion_before(sentence: Sentence, document: Document, rest: Slot) -> Slot | None:
    """The one level of the rest's unit the sentence before states, where it is the portion
    of a share ("1.72 million visits, or 69.9% of the total"): the part the rest completes."""
    if sentence.index == 0:
        return None
    before = document.sentences[sentence.index - 1]
    levels = [s for s in before.slots if s.unit == rest.unit and s.cls in AMOUNTS
              and level(before, s)]
    # "Our 4,000 members made 63,000 trips, or 70.0% of the total": of the sentence's
    # levels, the one its share sets off is the part; the members are no trips
    portions = [s for s in levels if is_portion(before, s)]
    return portions[0] if len(portions) == 1 else None


def _of_here(sentence: Sentence, parts: list[Slot], rest: int) -> Slot | None:
    """The whole a part before the rest is counted "of" in the sentence ("Six of the
    Committee's nine members …; the other three"): a figure right after "of" and at most
    three words (a name and its "'s"), with the one part before it and the rest after; or
    the figure "Of the" opens the sentence with, the part and the rest after it."""
    doc = sentence.doc
    opening = [t.lower_ for t in doc[:parts[0].token]] if parts else []
    if len(parts) == 3 and opening[:1] == ["of"] and 2 <= len(opening) <= 4 and \
            opening[1] in ("the", "our", "its", "their") and \
            all(t.is_alpha or t.lower_ in ("'s", "’s") for t in doc[1:parts[0].token]) and \
            parts[2].token > rest:
        # "Of the 214 boats, 131 were small and the remaining 83 larger": the whole opens
        # the sentence, its part and the rest follow
        return parts[0]
    for portion, whole in zip(parts, parts[1:]):
        between = doc[portion.token + 1:whole.token]
        if len(between) and between[0].lower_ == "of" and len(between) <= 4 and \
                all(t.is_alpha or t.lower_ in ("'s", "’s") for t in between[1:]) and \
                parts.index(portion) == 0 and len(parts) == 3 and parts[2].token > rest:
            return whole
    return None


def _counts_other(sentence: Sentence, slot: Slot, at: Sentence, total: Slot) -> bool:
    """Whether two counts name different things by the nouns right after them ("860
    scooters across 40 hubs"): the hubs are no part of the scooters."""
    if slot.cls != COUNT or total.cls != COUNT:
        return False
    mine, theirs = nouns_after(sentence, slot), nouns_after(at, total)
    if _CLASSIFIER & {_first_word(sentence, slot), _first_word(at, total)}:
        return False  # "6,842 head" of livestock: the word names no kind the horses are not
    return bool(mine) and bool(theirs) and not mine & theirs


#: nouns a count of animals uses for any kind ("6,842 head", "200 head of cattle")
_CLASSIFIER = {"head"}


def _first_word(sentence: Sentence, slot: Slot) -> str:
    after = sentence.doc[slot.token + 1:slot.token + 2]
    return after.text.lower() if len(after) else ""


def _of(sentence: Sentence) -> tuple[str, ...]:
    """The words after a sentence's "of" that name what the total counts ("of last year's
    passengers"), none where the "of" is "of those"."""
    for token in sentence.doc:
        if token.lower_ == "of":
            return of_words(sentence, token.i + 1)
    return ()


def _said_before(sentence: Sentence, document: Document, total: Slot, n: Slot) -> list[Slot]:
    """"Together the two departments …": the last ``n`` sentences before, each stating one
    level in the total's unit whose words name the noun after ``n`` ("The fire department
    gets $187.6 million")."""
    if n.value is None or n.value != int(n.value) or not 2 <= n.value <= 6:
        return []
    if sentence.index > 0:  # "… $412 million, … $298 million and … $137 million. Together,
        # those three …": the sentence before states exactly that many
        earlier = document.sentences[sentence.index - 1]
        # ("the gap between the two is 2,300": "the two" counts the parts, 2,300 is their gap)
        levels = [s for s in earlier.slots if s.unit == total.unit and level(earlier, s)
                  and not _named_gap(earlier, s) and any(c.isdigit() for c in s.text)]
        if len(levels) == n.value:
            return levels
    listed = _list_before(sentence, document, total, int(n.value))
    if listed:
        return listed
    noun = next((stem(t.text) for t in sentence.doc[n.token + 1:n.token + 3] if t.is_alpha),
                None)
    if noun is None or n.cls != COUNT:  # ("the two months": the spans name no part's words)
        return []
    parts = []
    for earlier in reversed(document.sentences[max(0, sentence.index - int(n.value)):
                                               sentence.index]):
        levels = [s for s in earlier.slots if s.unit == total.unit and level(earlier, s)]
        if len(levels) != 1 or noun not in name(earlier, levels[0]) | _content(earlier):
            return []
        parts.append(levels[0])
    return sorted(parts, key=lambda s: (s.sentence, s.token))


#: how a list's item opens
_ITEM = ("* ", "- ", "\u2022 ", "\u2013 ")


def _list_before(sentence: Sentence, document: Document, total: Slot, n: int) -> list[Slot]:
    """"- Foundation grant: US$250,000 / - Lottery: US$120,000 / - Carbon credits: US$82,500",
    then "Together the three sources cover …": a list of exactly ``n`` items right before
    the sentence (no item before them), each stating one level in the total's unit, is
    what "the three" counts."""
    if sentence.index < n or sentence.text.lstrip().startswith(_ITEM):
        return []
    items = document.sentences[sentence.index - n:sentence.index]
    if not all(item.text.lstrip().startswith(_ITEM) for item in items):
        return []
    if sentence.index > n and document.sentences[sentence.index - n - 1].text.lstrip() \
            .startswith(_ITEM):
        return []  # a longer list: which of its items, the words do not say
    parts = []
    for item in items:
        levels = [s for s in item.slots if s.unit == total.unit and level(item, s)
                  and any(c.isdigit() for c in s.text)]
        if len(levels) != 1:
            return []
        parts.append(levels[0])
    return parts


#: nouns that make the figure their clause states a gap between two others, not a part
_GAP_NOUNS = {"gap", "difference", "shortfall", "lead", "margin", "excess"}


def _named_gap(sentence: Sentence, slot: Slot) -> bool:
    """Whether the figure's clause names it a gap: "the gap between the two is 2,300"."""
    for token in reversed(sentence.doc[:slot.token]):
        if token.is_punct or token.norm_ in FIGURES and any(c.isdigit() for c in token.text):
            return False
        if token.lower_ in _GAP_NOUNS:
            return True
    return False


def _content(sentence: Sentence) -> set[str]:
    return {stem(t.text) for t in sentence.doc if t.is_alpha}


def _listed(sentence: Sentence, total: Slot, *, unit: str | None | bool = True) -> list[Slot]:
    """The parts a sentence lists after its total, the last after "and": levels in the
    total's unit (``unit=None``: in the unit of the first after it), none a span or a rate
    ("at least one day a week" is no part)."""
    after = [s for s in sentence.slots if s.token > total.token and s.cls in AMOUNTS]
    if unit is None:
        after = [s for s in after if after and s.unit == after[0].unit]
    else:
        after = _same(after, total, lambda s: True)
    parts = [s for s in after
             if level(sentence, s) and not is_rate(sentence, s)
             and not (sentence.doc[s.token + 1:s.token + 2].text.lower() in
                      ("day", "days", "week", "weeks", "month", "months", "year", "years"))]
    if len(parts) < 2 or not any(t.lower_ in ("and", "plus") for t in
                                 sentence.doc[parts[-2].token:parts[-1].token]):
        return []
    return parts


#: prepositions that make a figure qualify the noun of a figure before it: "1,206 adults from
#: 48 practices", "300 farms in 12 counties"
_QUALIFIES = ("from", "in", "across", "at", "among", "over")


def _qualifies_earlier(sentence: Sentence, total: Slot) -> bool:
    """The figure before a colon follows a preposition, after another figure of its unit in
    the same clause ("randomised 1,206 adults from 48 practices: 603 … and 603 …"): the words
    do not say which of the two the list splits, so neither is its total."""
    doc = sentence.doc
    if total.token == 0 or doc[total.token - 1].lower_ not in _QUALIFIES:
        return False
    return any(s.token < total.token and s.cls in AMOUNTS and s.unit == total.unit
               and not any(t.is_punct for t in doc[s.token + 1:total.token])
               for s in sentence.slots)


#: the verbs that send a trial's units to an arm: "603 were allocated to …"
_ALLOCATING = {"randomised", "randomized", "assigned", "allocated", "randomly", "were", "was"}


#: the verbs that say a trial took its units in, before it split them into arms
_TAKEN_IN = {"enrolled", "enrolling", "enrol", "enroll", "recruited", "recruiting",
             "included", "randomised", "randomized", "took", "participated"}


def _arms_first(sentence: Sentence, document: Document, first: Slot
                ) -> tuple[Slot, list[Slot]] | None:
    """"We enrolled 520 adults and randomly assigned 260 to the app and 260 to the clinic",
    "A total of 520 adults were enrolled. Participants were randomized 1:1, with 260
    assigned to …": a first arm's count sent "to" its arm and the arms after it are the
    parts; the total is the one count of their unit the words take in before (enrolled,
    recruited, randomised), in this sentence before the first arm, else in the sentence
    before; None where no such count, or several."""
    if _ratio_term(sentence, first):
        return None
    parts = [first] + _arms(sentence, first, least=1)
    if len(parts) < 2:
        return None
    for at in (sentence, document.sentences[sentence.index - 1] if sentence.index else None):
        if at is None:
            continue
        cut = first.token if at is sentence else len(at.doc)
        verb = next((t.i for t in at.doc[:cut] if t.lower_ in _TAKEN_IN), None)
        if verb is None:
            continue
        # the clause the verb stands in ("A total of 312 adults … were enrolled; 168 …
        # were women": not the count of the clause after the semicolon)
        start = max((t.i + 1 for t in at.doc[:verb] if t.text in (";", ":")), default=0)
        end = next((t.i for t in at.doc[verb:cut] if t.text in (";", ":", ".")), cut)
        counts = [s for s in at.slots if start <= s.token < end and s.unit == first.unit
                  and s.cls == first.cls and level(at, s) and not _ratio_term(at, s)]
        if len(counts) == 1:
            return counts[0], parts
        if counts:
            return None
    return None


def _arms(sentence: Sentence, total: Slot, least: int = 2) -> list[Slot]:
    """The arms a trial's allocated units go to, after them in their sentence: each a count
    of their unit written "(n = 455)" or sent "to" an arm ("24 to the intervention", "603
    were allocated to …"), the last after "and" or "or" ("from 48 practices" is no arm)."""
    doc = sentence.doc
    parts = []
    for slot in _same(sentence.slots, total, lambda s: s.token > total.token
                      and not _ratio_term(sentence, s)):
        before = [t.lower_ for t in doc[max(0, slot.token - 3):slot.token]]
        after = [t.lower_ for t in doc[slot.token + 1:slot.token + 5]]
        verbs = next((i for i, w in enumerate(after) if w not in _ALLOCATING), len(after))
        if before[-3:] == ["(", "n", "="] or (after[verbs:verbs + 1] == ["to"] and
                                               all(w in _ALLOCATING for w in after[:verbs])) \
                or _arm_in_brackets(sentence, slot, parts[-1] if parts else total,
                                    after_arm=bool(parts)):
            parts.append(slot)
    if len(parts) < least or not any(t.lower_ in ("and", "or") for t in
                                     doc[(parts[-2] if len(parts) > 1 else total).token:
                                         parts[-1].token]):
        return []
    return parts


def _ratio_term(sentence: Sentence, slot: Slot) -> bool:
    """A term of a ratio written with a colon ("randomised 1:1", "allocated 2:1"): a share of
    the split, no count of what is split."""
    doc = sentence.doc
    if _RATIO.match(doc[slot.token].text):  # the tokenizer keeps "1:1" whole
        return True
    after = doc[slot.token + 1:slot.token + 3]
    before = doc[max(0, slot.token - 2):slot.token]
    return (len(after) == 2 and after[0].text == ":" and after[1].like_num) or \
        (len(before) == 2 and before[1].text == ":" and before[0].like_num)


_RATIO = re.compile(r"^\d+(?::\d+)+$")


def _arm_in_brackets(sentence: Sentence, slot: Slot, previous: Slot,
                     after_arm: bool = False) -> bool:
    """"to the intervention (24 villages) or to usual care (24 villages)": a count alone in
    brackets (with at most its noun) after the arm "to" names since the figure before;
    ``after_arm``: the figure before is an arm's own count, so "or" or "and" opens the next
    arm, its "to" left out ("to a reading programme (206) or usual teaching (204)")."""
    doc = sentence.doc
    if slot.token < 1 or doc[slot.token - 1].text != "(":
        return False
    close = next((t.i for t in doc[slot.token + 1:slot.token + 3] if t.text == ")"), None)
    if close is None or any(not t.is_alpha for t in doc[slot.token + 1:close]):
        return False
    named = doc[previous.token + 1:slot.token - 1]
    # (the ratio of the split, "1:1", names no arm of its own)
    sent = any(t.lower_ == "to" for t in named) or after_arm and any(
        t.lower_ in ("or", "and") for t in named)
    # ("410 pupils at four schools to a 12-week programme (206)": a figure of the units'
    # own phrase before "to", or of another unit, is no count of this arm)
    to = max((t.i for t in named if t.lower_ == "to"), default=None)
    if not after_arm and to is not None:
        named = doc[to + 1:slot.token - 1]
    return sent and not any(
        t.i in sentence.by_token and not _ratio_term(sentence, sentence.by_token[t.i])
        and sentence.by_token[t.i].unit == slot.unit for t in named)


def _bracket_closing(sentence: Sentence, at: int) -> int | None:
    """The token that closes the brackets token ``at`` stands in, if it stands in any."""
    depth = 0
    for token in reversed(sentence.doc[:at]):
        if token.text in (")", "]"):
            depth += 1
        elif token.text in ("(", "["):
            if depth == 0:
                break
            depth -= 1
    else:
        return None
    depth = 0
    for token in sentence.doc[at:]:
        if token.text in ("(", "["):
            depth += 1
        elif token.text in (")", "]"):
            if depth == 0:
                return token.i
            depth -= 1
    return None


def _averaged(sentence: Sentence, slot: Slot) -> bool:
    """Whether the words give an amount as an average ("stayed 3.4 nights on average", "an
    average of 3.4 nights"): what each thing came to, never a part of a total."""
    doc = sentence.doc
    after = [t.lower_ for t in doc[slot.token + 1:slot.token + 4]]
    before = [t.lower_ for t in doc[max(0, slot.token - 3):slot.token]]
    return any(after[i:i + 2] == ["on", "average"] for i in range(2)) or \
        any(w in ("average", "averaged", "averaging", "mean") for w in before)


_EACH = re.compile(r"^(?:[\w-]+\s+){0,3}?(?:in|at|for|on)\s+(?:each|every)\b", re.I)


def _in_each(sentence: Sentence, slot: Slot) -> bool:
    """Whether a count is one for each of something, named a few words after it ("16
    surfaces in each ward", "3 samples at every site"): the total multiplies it, no sum
    has it as a part."""
    return bool(_EACH.match(sentence.doc[slot.token + 1:slot.token + 7].text))


#: the words right before a figure that make it the total of those said before it
_IN_ALL = re.compile(r"\b(?:in\s+all|in\s+total|altogether|all\s+told)\s*,?\s*$", re.I)


def _sum_said_here(sentence: Sentence) -> tuple[Slot, list[Slot]] | None:
    """(total, parts) a sentence states itself: a level right before a colon that opens two
    or more of its unit ("188 finished: 90 in one arm and 98 in the other"), or one "in all"
    opens after two or more of its unit ("612 …, a further 121 …; in all, 733 …")."""
    doc = sentence.doc
    slots = [s for s in sentence.slots if s.cls in AMOUNTS and level(sentence, s)]
    for colon in (t.i for t in doc if t.text == ":"):
        after = [s for s in slots if s.token > colon]
        # ("191 completed the 12-week course: …": the head is the last of the list's unit)
        before = [s for s in slots if s.token < colon and after and s.unit == after[0].unit]
        if not before:
            continue
        head = before[-1]
        after = [s for s in after if s.unit == head.unit]
        if len(after) >= 2 and not any(t.text in (";", ":") for t in doc[head.token + 1:colon]) \
                and all((s.value or 0) < (head.value or 0) for s in after) and \
                any(t.lower_ == "and" for t in doc[after[-2].token:after[-1].token]):
            return head, after
    for total in slots:
        if _IN_ALL.search(doc[max(0, total.token - 4):total.token].text):
            parts = [s for s in slots if s.token < total.token and s.unit == total.unit]
            if len(parts) >= 2:
                return total, parts
    return None


def _one_series(sentence: Sentence, parts: list[Slot], total: Slot) -> list[Slot]:
    """The parts a total "in all" adds up: never a part of one of them ("3,100 pupils, of
    whom 1,600 girls"), and where the list counts two things side by side ("Nine clinics
    (2,400 patients) and six clinics (1,900 patients), 4,300 patients in all"), only the
    counts of the thing the total counts; none where the total's noun is neither."""
    doc = sentence.doc
    parts = [p for p in parts if not (p.token >= 2 and doc[p.token - 2].lower_ == "of"
                                      and doc[p.token - 1].lower_ in ("whom", "which"))
             and not _whole_of_a_portion(sentence, p) and not _counts_periods(sentence, p, total)]
    series: dict[str, list[Slot]] = {}
    for p in parts:
        for noun in nouns_after(sentence, p, 1):
            series.setdefault(noun, []).append(p)
    if sum(len(group) >= 2 for group in series.values()) < 2:
        return parts
    counted = nouns_after(sentence, total, 1)
    return next((group for noun, group in series.items() if noun in counted), [])


def _whole_of_a_portion(sentence: Sentence, slot: Slot) -> bool:
    """The whole a fraction or share just before it is taken of ("one in five of the 3,000
    bulbs", "40% of its 2,500 members"): what the portion is of, never one of the parts
    its portion is summed with."""
    doc = sentence.doc
    at = slot.token - 1
    if at >= 0 and doc[at].lower_ in ("the", "its", "their", "our", "those", "these", "all"):
        at -= 1
    return at >= 1 and doc[at].lower_ == "of" and doc[at - 1].norm_ in (PERCENT, FRACTION)


def _counts_periods(sentence: Sentence, slot: Slot, total: Slot) -> bool:
    """A count of periods ("in the first three seasons", "over two years"): the span the
    other figures cover, never a part of a total of something else."""
    counted = nouns_after(sentence, slot, 1)
    return bool(counted & _PERIOD_NOUNS) and not counted & nouns_after(sentence, total, 1)


#: what a count of periods counts, as :func:`stem` writes it
_PERIOD_NOUNS = frozenset({"year", "quarter", "month", "week", "day", "season", "term",
                           "semester", "decade", "fortnight", "hour", "minute"})


#: the words that name a whole a part brings an amount to: "the total", "the full-year
#: dividend", "overall sales", "the combined tally" (not "the rate", "capacity": a level
#: that a change, no part, moves)
_WHOLE = frozenset({"total", "totals", "overall", "combined", "cumulative"})


def _names_whole(words_) -> bool:
    """Whether the words between "bringing" and "to" name a whole of parts: a word of
    ``_WHOLE``, or "full-year"/"whole year" (the year's parts added up)."""
    lowered = [t.lower_ for t in words_]
    return bool(_WHOLE & set(lowered)) or any(
        w in ("full", "whole") and "year" in lowered[i + 1:i + 3]
        for i, w in enumerate(lowered))


def _bracketed_other(sentence: Sentence, total: Slot) -> Slot | None:
    """The one amount in the total's unit that brackets right after it set out, with at
    most a label ("7.5 cents (interim: 3.0 cents)", "(first half 4.0 cents)"): the part
    besides the one the sentence brings to it; None where the brackets hold no such one
    amount or more words."""
    doc = sentence.doc
    # ("1,250 parcels (…)": a count's noun may stand between)
    opening = total.token + 2 if doc[total.token + 1:total.token + 2].text.isalpha() \
        else total.token + 1
    if doc[opening:opening + 1].text != "(":
        return None
    shut = next((t.i for t in doc[opening + 1:] if t.text == ")"), None)
    if shut is None:
        return None
    inside = [s for s in sentence.slots if opening < s.token < shut]
    if len(inside) != 1 or inside[0].unit != total.unit or not level(sentence, inside[0]):
        return None  # ("(up from 8.0 cents)": last year's whole, no part of this one)
    label = [t for t in doc[opening + 1:inside[0].token] if not t.is_punct]
    noun = doc[inside[0].token + 1:shut]
    return inside[0] if len(label) <= 3 and all(t.is_alpha for t in label) and \
        len(noun) <= (1 if opening > total.token + 1 else 0) and \
        noun.text == doc[total.token + 1:opening].text else None


def _same(slots: list[Slot], like: Slot, where) -> list[Slot]:
    return [s for s in slots if s is not like and s.cls in AMOUNTS and s.unit == like.unit
            and where(s)]


#: the words that name a span of a year from its start, and its months: "the first nine
#: months", "a half-year", "the full year"
_SPANS = ((re.compile(r"\bfirst\s+quarter\b", re.I), 3),
          (re.compile(r"\b(?:first|opening)\s+six\s+months\b|\bsix[- ]month|\bfirst\s+half\b|"
                      r"\bhalf[- ]year", re.I), 6),
          (re.compile(r"\b(?:first|opening)\s+nine\s+months\b|\bnine[- ]month", re.I), 9),
          (re.compile(r"\bfull[- ]year\b|\bwhole\s+year\b|\btwelve\s+months\b|\b12\s+months\b",
                      re.I), 12))
#: a label of a part of a year and the months it covers from the year's start (first, last)
_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                "dec")


def _months_of(label: str) -> tuple[int, int] | None:
    label = label.strip().lower()
    if re.fullmatch(r"q[1-4]", label):
        k = int(label[1])
        return 3 * k - 2, 3 * k
    if re.fullmatch(r"h[12]", label):
        k = int(label[1])
        return 6 * k - 5, 6 * k
    if label[:3] in _MONTH_NAMES and re.fullmatch(r"[a-z]{3,9}\.?", label):
        k = _MONTH_NAMES.index(label[:3]) + 1
        return k, k
    return None


def _periods_of_span(sentence: Sentence, total: Slot, start: int) -> list[Slot]:
    """The parts of a span the words name, listed in brackets by their periods: "in the
    first nine months revenue totalled €2.1bn (Q1: €0.7bn; Q2: €0.7bn; Q3: €0.7bn)". The
    labels must run from the span's first month to its last, one after another: a bracket
    that lists only some quarters of the span is no breakdown of it."""
    doc = sentence.doc
    end = next((t.i for t in doc[start:] if t.text == ")"), None)
    said = doc[:total.token].text
    span = next((months for words, months in _SPANS if words.search(said)), None)
    if end is None or span is None:
        return []
    slots = {s.token: s for s in sentence.slots}
    parts: list[Slot] = []
    covered, i = 0, start
    while i < end:
        label = doc[i].text
        i += 1 + (i + 1 < end and doc[i + 1].text == ":")
        months = _months_of(label)
        slot = slots.get(i)
        if months is None or months[0] != covered + 1 or slot is None or \
                slot.cls not in AMOUNTS or slot.unit != total.unit:
            return []
        parts.append(slot)
        covered = months[1]
        i += 1
        if i < end and doc[i].text not in (";", ","):
            return []
        i += 1
    return parts if len(parts) >= 2 and covered == span else []


def _bracketed(sentence: Sentence, total: Slot, start: int) -> list[Slot]:
    """The groups a bracket splits its total into: "(18 treated, 18 control)", "(1,100 urban
    and 1,300 rural)": only figures of the total's unit, each with at most one word, joined
    by commas and a last "and" (more words, "from Asia", may name a partial list)."""
    doc = sentence.doc
    end = next((t.i for t in doc[start:] if t.text == ")"), None)
    if end is None:
        return []
    slots = {s.token: s for s in sentence.slots}
    parts: list[Slot] = []
    i, joined = start, False
    while i < end:
        slot = slots.get(i)
        if slot is None or slot.cls not in AMOUNTS or slot.unit != total.unit:
            return []
        parts.append(slot)
        i += 1
        if i < end and doc[i].is_alpha and doc[i].lower_ != "and":
            i += 1
        if i == end:
            break
        if doc[i].text == ",":
            i += 1
        if i < end and doc[i].lower_ == "and":
            joined, i = True, i + 1
        elif doc[i - 1].text != ",":
            return []
    return parts if len(parts) >= 2 and (joined or len(parts) == 2) else []
