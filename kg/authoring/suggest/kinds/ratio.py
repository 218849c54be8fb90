"""Ratios written as fractions: "$3.6 billion, three quarters of revenue", "close to two
thirds of the 210,000 people …, about 140,000", "more than half of all patients", "63,680
consultations, one in five" (the whole counted before), "one in four participants (309 of
1,248)", "a student-to-staff ratio of 6.1" (the two counts the words name)."""

from __future__ import annotations

import re

from kg.authoring.suggest.kinds.portions import (introduced, is_base, is_change, is_earlier,
                                                 level, name, nouns_after, of_words,
                                                 portion_and_whole, resolve, stem)
from kg.authoring.suggest.suggestion import Suggestion, make, unclaimed
from kg.authoring.suggest.text import (AMOUNTS, COUNT, FACTOR, FIGURES, FILLER, FRACTION,
                                       MONEY, PERCENT, Document, Patterns, Sentence, Slot, figure,
                                       gap, words)

_HEDGE = {"LOWER": {"IN": ["about", "roughly", "nearly", "almost", "around", "some", "just",
                           "over", "under", "more", "less", "than", "close", "to"]}, "OP": "*"}
PATTERNS = Patterns({
    "of": [
        [figure(FRACTION, role="ratio"), words("of"), gap(3, filler=FILLER),
         figure(*AMOUNTS, role="whole")],
        [figure(FRACTION, role="ratio"), words("of")],
        # "one in six of the town's 20,100 homes": a whole its owner's name sets before it
        [figure(FRACTION, role="ratio"), words("of"), words("the", optional=True),
         {"IS_ALPHA": True, "NORM": {"NOT_IN": list(FIGURES)}, "OP": "{1,2}"},
         {"LOWER": {"IN": ["'s", "’s"]}}, figure(*AMOUNTS, role="whole")],
    ],
    # "one in four participants (309 of 1,248)", "one in five homes (972 of the 4,860 that
    # replied)": the whole may be named by words of its own before the bracket closes
    # ("three-quarters of all the samples tested (600 of 800)": up to five words between)
    "bracket": [[figure(FRACTION, role="ratio"), {"IS_ALPHA": True, "OP": "{1,5}"}, words("("),
                 figure(*AMOUNTS, role="portion"), words("of", "out"),
                 words("of", optional=True), words("the", "all", optional=True),
                 figure(*AMOUNTS, role="whole"), gap(5), words(")")],
                # "one in three bikes on the street: 490 of the 1,470", "a quarter of the
                # staff - 60 out of 240": the pair set off after the fraction's own words
                [figure(FRACTION, role="ratio"), gap(9), words(":", "-", "—", "–", ","),
                 (_HEDGE, None), figure(*AMOUNTS, role="portion"), words("of", "out"),
                 words("of", optional=True), words("the", "all", optional=True),
                 figure(*AMOUNTS, role="whole")]],
    # "9,000 volunteers joined, a third of them (3,000) under 25": the portion in brackets,
    # "them" the count before the fraction
    "of-them": [[figure(FRACTION, role="ratio"), words("of"), words("them", "those", "these"),
                 words("("), figure(*AMOUNTS, role="portion"), words(")")]],
    # "89,000 were unemployed: one in eight." / "63,680 consultations, one in five."
    # "…, of which €58 million went to clinics - about one in every seven euros."
    # "Nine of the 27 councils surveyed, or one in three, …": "or" may set it off too
    # "11 of the 14 sites run on solar (almost four in five)": a bracket sets it off too;
    # what follows it is punctuation or the sentence's end ("… out of 365, or three in ten")
    "apposed": [[{"IS_PUNCT": True, "LOWER": {"IN": [",", ":", "—", "–", "-", "("]}},
                 {"LOWER": "or", "OP": "?"}, _HEDGE,
                 figure(FRACTION, role="ratio"),
                 {"IS_ALPHA": True, "LOWER": {"NOT_IN": ["of", "in", "on", "at", "for"]},
                  "OP": "{0,2}"}, {"IS_PUNCT": True, "OP": "?"}]],
    # "Of the 900 members who voted, 610 agreed; one in six (150) abstained": the portion
    # in brackets right after the fraction, the whole the count the sentence opens with
    "bracketed": [[figure(FRACTION, role="ratio"), words("("), figure(*AMOUNTS, role="portion"),
                   words(")")]],
    # "Three in four visitors — about 39,000 people — came by train": the portion set off
    # right after the fraction and its noun, the whole the count of that noun said before
    "noun-first": [[figure(FRACTION, role="ratio"), {"IS_ALPHA": True, "OP": "{1,2}"},
                    words("—", "–", "-", ",", "("), _HEDGE, figure(*AMOUNTS, role="portion")]],
    # "One in four boardings (25.2 per cent) were made with a child fare, equivalent to
    # 40,100 boardings": the fraction's own percent in brackets, then its clause, the portion
    # set off at the clause's end; the whole the count of the things named, said before
    "noun-first-later": [[figure(FRACTION, role="ratio"),
                          {"TEXT": {"REGEX": r"^(?:[A-Za-z]+|-)$"},
                           "NORM": {"NOT_IN": list(FIGURES)}, "OP": "{1,3}"},
                          words("("), figure(PERCENT), words(")"), gap(14), words(","),
                          {"LOWER": {"IN": ["equivalent", "to", "some", "or", "about",
                                            "roughly", "around", "nearly", "almost",
                                            "an", "estimated"]}, "OP": "{0,3}"},
                          figure(*AMOUNTS, role="portion")]],
    # "Sessions numbered 600,000, so roughly one visit in four was for a lesson": what the
    # amount before comes to, as a fraction of the things the fraction names (counted
    # earlier)
    # "With the town's population at 38,200, that is about one in twelve residents": the
    # whole the clause opens with, the portion what "that" takes up from the sentence before
    "with-that": [[words("with"), {"NORM": {"NOT_IN": list(FIGURES)}, "IS_PUNCT": False,
                                   "OP": "{0,8}"},
                   figure(*AMOUNTS, role="whole"),
                   {"NORM": {"NOT_IN": list(FIGURES)}, "IS_PUNCT": False, "OP": "{0,8}"},
                   words(","), words("that", "this"),
                   words("is", "means", "represents", "equals", "makes"),
                   {"IS_ALPHA": True, "NORM": {"NOT_IN": list(FIGURES)},
                    "LOWER": {"NOT_IN": ["not", "no", "more", "less", "fewer", "than",
                                         "times", "twice", "double"]}, "OP": "{0,4}"},
                   _HEDGE, figure(FRACTION, role="ratio")]],
    "so": [[figure(*AMOUNTS), words(",", optional=True), words("so", "meaning", "thus"),
            _HEDGE, figure(FRACTION, role="ratio")],
           # "Of those flats, 1,080 were built for rent, meaning roughly two in three new
           # flats will be let": what the amount is said to be, then what it comes to
           # ("purpose-built": a hyphen joins the words, and figures are never words)
           [figure(*AMOUNTS), words("were", "was", "are", "is"),
            {"LOWER": {"REGEX": r"^(?:[a-z][a-z'’]*|-)$"}, "NORM": {"NOT_IN": list(FIGURES)},
             "OP": "{1,6}"},
            words(","), words("so", "meaning", "thus"), _HEDGE,
            figure(FRACTION, role="ratio")]],
    # "£3.25, half the adult price": a fraction right before the thing it is of, no "of"
    "bare": [[figure(FRACTION, role="ratio"), words("the", "its", "their", "our")]],
    # "a student-to-staff ratio of 6.1", "a pupil to teaching staff ratio of 14.2"
    # "118 (18.9%) in the treated group and 167 (26.8%) in the control group …, a relative
    # risk of 0.71": the risk of the group said first over the other's (a risk ratio by its
    # other name; an odds ratio is no ratio of the two percents)
    "relative-risk": [[words("relative", "risk"), words("risk", "rate", "ratio"),
                       {"LOWER": {"IN": ["of", "was", "is", "were", "stood", "at", "=", ":",
                                         ",", "("]}, "OP": "{0,2}"},
                       {"LOWER": {"IN": ["about", "roughly", "around", "approximately"]},
                        "OP": "?"},
                       figure(FRACTION, FACTOR, role="ratio")]],
    # "Net debt was $2.97 billion, or 4.2x adjusted EBITDA of $713.2 million", "…, or 1.5
    # times underlying EBITDA": debt over the earnings it is a multiple of (leverage: a
    # ratio by name), the earnings the figure the words give, here or before
    "leverage": [[figure(MONEY, role="numerator"),
                  # ("$212.5 million at quarter-end, or 1.4 times …": when the debt stood)
                  {"LOWER": {"REGEX": r"^(?:at|on|as|of|the|its|year|quarter|period|end|-)$"},
                   "OP": "{0,4}"},
                  words(","), words("or", "equal",
                                                                      "equivalent"),
                  words("to", optional=True), _HEDGE, figure(FRACTION, FACTOR, role="ratio"),
                  # ("or 1.4 times trailing twelve-month adjusted EBITDA": the earnings'
                  # words may run to a hyphened span of months)
                  {"LOWER": {"REGEX": r"^(?!(?:of|the|than)$)(?:[a-z]+|-|[a-z0-9]+-(?:month|year))$"},
                   "OP": "{0,6}"}, words("ebitda")]],
    # "With EBITDA of €195.1 million, leverage now stands at 1.1 times": the leverage named,
    # the debt the sentence before states
    "leverage-named": [[words("leverage"), {"LOWER": {"IN": [
        "ratio", "now", "stands", "stood", "was", "is", "at", "of", "fell", "rose", "to",
        "came", "in"]}, "OP": "{1,4}"}, _HEDGE, figure(FRACTION, FACTOR, role="ratio")]],
    # "Almost 79 out of every 100 euros went to programme work - €2.61 million in total":
    # the money set off after the clause is the portion, of what the sentence before says
    # was spent (or raised) in all
    "every-money": [[figure(FRACTION, role="ratio"),
                     words("euros", "pounds", "dollars", "francs", "kroner", "krona", "rand",
                           "rupees", "yen", "cents", "pence"),
                     {"NORM": {"NOT_IN": list(FIGURES)},
                      "LOWER": {"NOT_IN": [".", ";", ":", ",", "-", "—", "–", "("]},
                      "OP": "{1,10}"},
                     words("-", "—", "–", ",", "("), _HEDGE,
                     figure(MONEY, role="portion")]],
    "named": [[{"IS_ALPHA": True}, words("-", optional=True), words("to"),
               words("-", optional=True), {"IS_ALPHA": True, "OP": "{1,2}"}, words("ratio"),
               words("of", "was", "is", "stood"), words("at", optional=True),
               figure(FRACTION, FACTOR, role="ratio")]],
})

#: the patterns that set two amounts side by side as a named ratio does (a numerator and a
#: denominator, each as the words give it), not a fraction of a whole
_SIDE_BY_SIDE = ("named", "relative-risk", "leverage", "leverage-named")


def find(sentence: Sentence, document: Document, taken: list[Suggestion]) -> list[Suggestion]:
    out: list[Suggestion] = []
    for m, ratio in unclaimed(PATTERNS(sentence), "ratio", taken, out):
        restated = _restated_share(sentence, ratio, taken) if m.name == "apposed" else None
        if restated is not None:
            out.append(restated)
            continue
        found = _READINGS.get(m.name, _of)(sentence, document, m, ratio)
        if found is None or found[0].unit != found[1].unit:
            continue
        # (the whole a fraction is of, and both counts a named ratio sets side by side; a
        # portion is the amount the text says, as written)
        numerator, denominator = found
        if m.name not in _SIDE_BY_SIDE and denominator.sentence == sentence.index:
            # "one in five (12 of the 60)": "the 60" the count an earlier sentence brought in
            denominator = introduced(sentence, document, denominator)
        if m.name == "named":
            numerator = _exact(document, numerator)
        if m.name != "every-money":
            # (the amount the sentence before states is what "every 100 euros" are of, as
            # written: no whole "of the total" the fraction was worked from)
            denominator = _exact(document, denominator)
        label = (f"{numerator.text} to {denominator.text}: {ratio.text}"
                 if m.name in _SIDE_BY_SIDE
                 else f"{numerator.text} is {ratio.text} of {denominator.text}")
        out.append(make("RatioRelation", sentence.claim,
                        {"numerator": numerator, "denominator": denominator, "ratio": ratio},
                        m.evidence, label, across=True))
    return out


#: the marks that set a fraction off after a share it restates ("31.0% of the total - roughly
#: one in three", "1.2% of all trips, or roughly 1 in 83")
_SHARE_SET_OFF = (",", "-", "–", "—", "or", "(")
_HEDGES = ("about", "roughly", "nearly", "almost", "around", "some", "just", "close", "to",
           "over", "under", "more", "less", "than", "well", "or")


def _restated_share(sentence: Sentence, ratio: Slot, taken: list[Suggestion]
                    ) -> Suggestion | None:
    """"6,482 ceremonies, or 31.0% of the total - roughly one in three": a fraction in words
    set off right after a percent this sentence's share reads restates that share, so it is
    the ratio of the same portion to the same whole (wherever the share found them: the
    whole may be a table's total); None where another figure, or words that are no naming
    of the whole ("of the total", "of all trips"), stand between the two."""
    doc = sentence.doc
    k = ratio.token - 1
    while k >= 0 and doc[k].lower_ in _HEDGES and doc[k].lower_ != "or":
        k -= 1
    if k < 0 or doc[k].lower_ not in _SHARE_SET_OFF:
        return None
    while k >= 0 and doc[k].lower_ in _SHARE_SET_OFF:
        k -= 1
    # (the words naming the whole right after the percent: "of the total", "of all trips")
    end = k
    while k >= 0 and doc[k].is_alpha and doc[k].norm_ not in FIGURES and end - k < 6:
        k -= 1
    if k < end and doc[k + 1].lower_ != "of":
        return None
    share = sentence.by_token.get(k)
    if share is None or share.cls != PERCENT:
        return None
    for s in taken:
        roles = dict(s.roles)
        if s.kind == "ShareRelation" and roles.get("share") == (share.local,) and \
                len(roles.get("portion", ())) == 1 and len(roles.get("whole", ())) == 1:
            return Suggestion("RatioRelation", s.claim,
                              (("numerator", roles["portion"]),
                               ("denominator", roles["whole"]), ("ratio", (ratio.local,))),
                              " ".join(doc[share.token:ratio.token + 1].text.split()),
                              s.label.replace(share.text, ratio.text, 1)
                              if share.text in s.label else f"{share.text}: {ratio.text}",
                              across=s.across)
    return None


#: a percent that is a confidence level, not a risk: "(95% CI 0.58 to 0.87)"
_CONFIDENCE = ("ci", "confidence", "cl", "credible")


def _risks(sentence: Sentence, document: Document, m, ratio: Slot):
    """"… in 118 participants (18.9%) in the intervention group and in 167 (26.8%) in the
    usual-care group, a relative risk of 0.71": the two groups' risks are the two percents
    the sentence states before the ratio (else the sentence before, where this one states
    none), the first over the second as the words set them; None where there are not
    exactly two (a third group, or a share of something else, leaves the pair open)."""
    def risks(place: Sentence, before: int) -> list[Slot]:
        doc = place.doc
        return [s for s in place.slots if s.cls == PERCENT and s.token < before
                and not (s.token + 1 < len(doc) and doc[s.token + 1].lower_ in _CONFIDENCE)]

    found = risks(sentence, ratio.token)
    if not found and sentence.index > 0:
        earlier = document.sentences[sentence.index - 1]
        found = risks(earlier, len(earlier.doc))
    return (found[0], found[1]) if len(found) == 2 else None


def _leverage(sentence: Sentence, document: Document, m, ratio: Slot):
    """"Net debt … was $2.97 billion, or 4.2x adjusted EBITDA of $713.2 million": the debt
    the clause states over the earnings "of" gives right after; where no amount follows
    ("or 1.5 times underlying EBITDA"), the one figure of EBITDA in the debt's unit said
    before (a results table's row, an earlier sentence), the words naming it so; None where
    the clause names no debt, or the words leave the earnings open."""
    debt = m.roles["numerator"]
    if not {"debt", "borrowing", "borrowings", "liabilities"} & {
            t.lower_ for t in sentence.doc[:debt.token]}:
        return None
    doc = sentence.doc
    after = doc[m.end:m.end + 2]
    if len(after) == 2 and after[0].lower_ == "of":
        earnings = sentence.by_token.get(after[1].i)
        if earnings is None or earnings.unit != debt.unit:
            return None
        return debt, earnings
    if len(after) and sentence.by_token.get(after[0].i) is not None:
        return None
    named = [s for place in document.sentences[:sentence.index] for s in place.slots
             if s.unit == debt.unit and s.cls in AMOUNTS and "ebitda" in _label(place, s)
             and "margin" not in _label(place, s)]
    # the earnings of the debt's period, else of the year its date falls in ("net debt at 30
    # June 2026" of FY2026's): a results table gives the year before beside them
    period = document.periods.get(debt.local)
    same = [s for s in named if document.periods.get(s.local) == period] or \
        [s for s in named if _year(document.periods.get(s.local)) == _year(period) is not None]
    return (debt, same[-1]) if same and len({s.value for s in same}) == 1 else None


def _leverage_named(sentence: Sentence, document: Document, ratio: Slot):
    """"Net debt fell to €214.6 million. With EBITDA of €195.1 million, leverage now stands
    at 1.1 times": the one EBITDA figure this sentence gives before the ratio over the one
    level of net debt the sentence before states (or this one, before the ratio); None where
    the words leave either open."""
    earnings = [s for s in sentence.slots if s.token < ratio.token and s.cls == MONEY
                and "ebitda" in _label(sentence, s)]
    if len(earnings) != 1:
        return None
    places = [sentence] + ([document.sentences[sentence.index - 1]] if sentence.index else [])
    for place in places:
        if not re.search(r"\bdebt\b", place.text, re.I):
            continue
        debts = [s for s in place.slots if s.unit == earnings[0].unit and level(place, s)
                 and s is not earnings[0] and (place is not sentence or s.token < ratio.token)]
        return (debts[0], earnings[0]) if len(debts) == 1 else None
    return None


def _every_money(sentence: Sentence, document: Document, m, ratio: Slot):
    """"Riverlight spent €3.33 million in 2024. … Almost 79 out of every 100 euros went to
    programme work - €2.61 million in total": a fraction of every so many of a currency
    whose amount its clause sets off is that amount over the one level of its currency the
    sentence before states (what was spent or raised in all); None where that sentence
    states none or several, or the fraction names no "every"."""
    portion = m.roles["portion"]
    if "every" not in ratio.text.lower() or sentence.index == 0 or any(
            s.cls in AMOUNTS for s in sentence.slots if s.token < portion.token
            and s is not ratio):
        return None
    before = document.sentences[sentence.index - 1]
    levels = [s for s in before.slots if s.unit == portion.unit and level(before, s)]
    return (portion, levels[0]) if len(levels) == 1 else None


def _year(period: str | None) -> str | None:
    """The year a period is of, its first four digits: "FY2026", "2026-06-30": 2026."""
    found = re.search(r"\d{4}", period or "")
    return found.group() if found else None


def _label(place: Sentence, slot: Slot) -> set[str]:
    """The words of the clause a figure stands in, up to it, lowercased."""
    words_ = []
    for token in reversed(place.doc[:slot.token]):
        if token.text in (",", ";", ":") or token.norm_ in FIGURES:
            break
        words_.append(token.lower_)
    return set(words_)


def _exact(document: Document, slot: Slot) -> Slot:
    """"9.1 million, almost a quarter of the total", the total said as "37.2 million" in a
    sentence kg read ties to the table's total row (37.16): the whole is that row's cell,
    the exact figure the fraction was worked from (the tie checks the rounding); a figure
    tied to no total row stays as written."""
    cell = document.restated.get(slot.local)
    if cell is None or cell not in document.totals:
        return slot
    return next((s for place in document.sentences for s in place.slots
                 if s.local == cell and s.unit == slot.unit), slot)


def _apposed(sentence: Sentence, document: Document, ratio: Slot):
    """"Of the 712,000 …, 89,000 were unemployed: one in eight": the level before the
    fraction over the one "Of the" opens the sentence with; "63,680 consultations, one in
    five": over the count of the same noun an earlier sentence gives."""
    before = [s for s in sentence.slots if s.cls in AMOUNTS and s.token < ratio.token
              and level(sentence, s)]
    if not before:
        return None
    portion = before[-1]
    doc = sentence.doc
    pair = _pair(sentence, before)
    if pair is not None:
        return pair
    opened = [s for s in before[:-1] if doc[0].lower_ == "of" and s.token <= 2
              and s.unit == portion.unit]
    if opened:
        return portion, opened[0]
    if len(before) == 1 and doc[0].lower_ == "of" and \
            doc[1].lower_ in ("that", "this", "those", "these") and sentence.index > 0:
        # "Output is 3,150 tonnes and should reach 4,400 tonnes. Of that output, 1,320
        # tonnes - three in ten - …": the demonstrative takes up the last amount of the unit
        # the sentence before states, where that sentence names the things the opening does
        nouns = [stem(t.text) for t in doc[2:portion.token]
                 if t.is_alpha and t.norm_ not in FIGURES]
        earlier = document.sentences[sentence.index - 1]
        if not nouns or doc[portion.token - 1].text != "," or \
                nouns[-1] not in {stem(t.text) for t in earlier.doc}:
            return None
        those = [s for s in earlier.slots if s.cls in AMOUNTS and s.unit == portion.unit
                 and level(earlier, s)]
        return (portion, those[-1]) if those else None
    # "took 26,300 calls; around 6,600 of them, a quarter, came …": "them" is the count
    # before the portion
    follows = [t.lower_ for t in doc[portion.token + 1:portion.token + 4]]
    # ("them" names no things of its own: "58 of them in June alone" is of the count before)
    if follows[:2] in (["of", "them"], ["of", "those"], ["of", "these"]) and \
            (len(follows) < 3 or follows[1] == "them" or not doc[portion.token + 3].is_alpha):
        # ("500,000 of those visitors": the visitors an earlier sentence counts, below)
        whole = [s for s in before[:-1] if s.unit == portion.unit]
        if whole:
            return portion, whole[-1]
        if before[:-1] or sentence.index == 0:
            return None
        # "Surveys found 150 farms in the flood zone. The barrier will shield 125 of them,
        # or about five in six": "them" takes up the one count of the unit the sentence
        # before gives (of two, which the words leave open)
        earlier = document.sentences[sentence.index - 1]
        those = [s for s in earlier.slots if s.cls in AMOUNTS and s.unit == portion.unit
                 and level(earlier, s)]
        return (portion, those[0]) if len(those) == 1 else None
    # "spent €412 million, of which €58 million went to clinics": "of which" (or "of whom")
    # makes the level before it the whole the portion after it is taken from
    if portion.token >= 3 and doc[portion.token - 1].lower_ in ("which", "whom") and \
            doc[portion.token - 2].lower_ == "of":
        whole = [s for s in before[:-1] if s.unit == portion.unit
                 and not any(t.norm_.startswith("_") and t.norm_ != "_year_"
                             for t in doc[s.token + 1:portion.token - 2])]
        if whole:
            return portion, whole[-1]
    # "63,680 consultations, one in five": the count of the portion's own things said
    # before; "612 names on the list, one for every two plots": else the count of the things
    # the fraction names after it
    for noun, back in ((_noun_after(sentence, portion), 6), (_noun_after(sentence, ratio), 12)):
        if noun is None:
            continue
        whole = resolve(sentence, document, portion, before=0, hint=(noun,),
                        same_sentence=False, back=back, named=back > 6)
        if whole is not None and _AVERAGE_DAY.search(sentence.text) and \
                _ONE_DAY.search(document.sentences[whole.sentence].text):
            # "382 people on an average day, one in three" is never of "On a single day
            # last week, 214 people were held …": one day's count is no average day's
            return None
        if whole is not None and noun in name(document.sentences[whole.sentence], whole):
            return portion, whole
    return None


#: a count said of an average day, and one said of a single day, which no average day's
#: portion is of
#: a count of an average span and one of a single span ("on an average night", "on one day")
_SPAN = r"(?:day|night|week|shift)"
_AVERAGE_DAY = re.compile(rf"\b(?:on\s+an\s+average\s+{_SPAN}|a\s+{_SPAN}\s+on\s+average|average\s+"
                          r"(?:daily|nightly|weekly)|(?:daily|nightly|weekly)\s+average)\b", re.I)
_ONE_DAY = re.compile(rf"\bon\s+(?:a\s+single|one|a\s+given|a\s+particular)\s+{_SPAN}\b", re.I)


#: what sets a fraction off from the clause it restates: "…, or one in three", "(a third)"
_SET_OFF = (",", ":", "—", "–", "-", "(")


def _ends_set_off(sentence: Sentence, ratio: Slot) -> bool:
    """A fraction set off and closed: its own word or two ("one in five colonies") then
    punctuation or the sentence's end, never a clause that goes on about other things."""
    doc = sentence.doc
    at = ratio.token + 1
    while at < len(doc) and at - ratio.token <= 2 and doc[at].is_alpha and \
            doc[at].lower_ not in ("of", "in", "on", "at", "for"):
        at += 1
    if at < len(doc) and doc[at].text == "(":
        # "almost half (49%) of the nests were lost": past its own percent in brackets the
        # fraction goes on to name its whole, so it is no fraction set off after a figure
        close = next((k for k in range(at + 1, min(len(doc), at + 8)) if doc[k].text == ")"),
                     None)
        if close is not None and close + 1 < len(doc) and doc[close + 1].lower_ == "of":
            return False
    return at == len(doc) or doc[at].is_punct


def _pair(sentence: Sentence, before: list[Slot]) -> tuple[Slot, Slot] | None:
    """The two amounts right before a set-off fraction that the words make a part and its
    whole: "Nine of the 27 councils", "109 clear nights out of 365", "112 hours of live
    programming out of the 168 hours in a week" (the part's own noun phrase may stand
    before "out of"; a bare "of" joins them only directly: "40 of 120")."""
    if len(before) < 2 or before[-2].unit != before[-1].unit:
        return None
    part, whole = before[-2], before[-1]
    between = list(sentence.doc[part.token + 1:whole.token])
    if between and between[-1].lower_ in ("the", "our", "its", "their", "all"):
        between = between[:-1]
    said = [t.lower_ for t in between]
    if said == ["of"]:
        return part, whole
    if said[-2:] == ["out", "of"] and len(said) <= 7 and all(
            t.is_alpha and t.norm_ not in FIGURES for t in between):
        return part, whole
    return None


def _pair_set_off(sentence: Sentence, ratio: Slot) -> tuple[Slot, Slot] | None:
    """"present 112 hours … out of the 168 hours in a week, or two-thirds of the schedule":
    a fraction set off right after a part and its whole restates them, whatever its "of"
    goes on to name."""
    doc = sentence.doc
    at = ratio.token - 1
    while at >= 0 and doc[at].lower_ in _HEDGE["LOWER"]["IN"] + ["or"]:
        at -= 1
    if at < 0 or doc[at].text not in _SET_OFF:
        return None
    # (the words make the pair, whatever else they say of either: "out of the 168 hours in
    # a week" is a whole, though a rate's words follow it)
    before = [s for s in sentence.slots if s.cls in AMOUNTS and s.token < ratio.token]
    if not before or any(before[-1].token < s.token < ratio.token for s in sentence.slots):
        return None
    return _pair(sentence, before)


def _bracketed(sentence: Sentence, m) -> tuple[Slot, Slot] | None:
    """"Of the 900 members who voted, …; one in six (150) abstained": the count the
    sentence opens with is the whole of the portion the bracket gives."""
    portion = m.roles["portion"]
    doc = sentence.doc
    opened = [s for s in sentence.slots if doc[0].lower_ == "of" and s.token <= 2
              and s.cls in AMOUNTS and s.unit == portion.unit and s is not portion]
    return (portion, opened[0]) if opened else None


#: words before the noun a fraction is "of" that name nothing: "of our visitors"
_DETERMINERS = ("the", "our", "its", "their", "all", "his", "her", "this", "that", "these",
                "those", "your", "my")


def _of_then_portion(sentence: Sentence, document: Document, m, ratio: Slot):
    """"One in four of our visitors (103,150 people) came …", "made up a quarter of the list,
    21,150 people": the portion set off right after the things the fraction is of, the whole
    the count of those things an earlier sentence gives, named so."""
    doc = sentence.doc
    if m.roles.get("whole") is not None:
        return None
    at = ratio.token + 2  # past "of"
    while at < len(doc) and doc[at].lower_ in _DETERMINERS:
        at += 1
    nouns = []
    while at < len(doc) and len(nouns) < 3 and doc[at].is_alpha and \
            doc[at].norm_ not in FIGURES:
        nouns.append(doc[at])
        at += 1
    found = _set_off_amount(sentence, at) if nouns else None
    if found is None:
        return None
    portion = found[0]
    if [t.lower_ for t in nouns] in (["it"], ["that"], ["this"], ["which"]):
        # "The surplus was ₹18.62 crore. … half of it, ₹9.31 lakh, …": what "it" is, the
        # sentence before says (its level of the portion's unit), never a figure named so
        # ("The $600,000 in grants comes from the Fund; half of it ($300,000) …": an amount
        # of the unit earlier in the fraction's own sentence is what "it" takes up first;
        # "a roof costing £80,000, a quarter of which (£20,000) …": "which" takes it up too)
        which = nouns[0].lower_ == "which"
        # (a relative "which" takes up the amount its clause follows, whatever verb states
        # it, and only in its own sentence)
        here = [s for s in sentence.slots if s.token < ratio.token and s.unit == portion.unit
                and (which or level(sentence, s))]
        whole = here[-1] if here else None if which else \
            document.antecedent(sentence, portion.unit, back=1,
                                need=lambda s: level(document.sentences[s.sentence], s))
        return (portion, whole) if whole is not None else None
    noun = stem(nouns[-1].text)
    whole = resolve(sentence, document, portion, before=0, hint=(noun,), same_sentence=False,
                    back=6)
    # named by the things the fraction is of, or by the portion's own noun ("(103,150
    # people)" of "412,600 people visited")
    if whole is None or not ({noun} | nouns_after(sentence, portion, 1)) & \
            name(document.sentences[whole.sentence], whole):
        return None
    return portion, whole


def _set_off_amount(sentence: Sentence, at: int) -> tuple[Slot, int] | None:
    """The amount set off by a bracket, comma or dash at token ``at`` (a hedge may stand
    before it), and the token it starts at: "a quarter of the list, 21,150 people", "half
    the fare (about £9)"."""
    doc = sentence.doc
    if at >= len(doc) or doc[at].text not in ("(", ",", "—", "–", "-"):
        return None
    at += 1
    while at < len(doc) and doc[at].lower_ in _HEDGE["LOWER"]["IN"]:
        at += 1
    portion = sentence.by_token.get(at)
    return (portion, at) if portion is not None and portion.cls in AMOUNTS else None


def _bare(sentence: Sentence, document: Document, m, ratio: Slot):
    """"Children pay £3.25, half the adult price": as "half of the adult price", the whole
    the figure the words after the determiner name (here or before), never one they do not."""
    nouns = []
    for token in sentence.doc[m.end:m.end + 3]:
        if not token.is_alpha or token.norm_ in FIGURES:
            break
        nouns.append(token.text)
    if not nouns:
        return None
    found = _bare_set_off(sentence, document, m.end + len(nouns), nouns)
    if found is not None:
        return found
    found = portion_and_whole(sentence, document, m, ratio, hint=tuple(nouns))
    # ("the adult price" names "Adult tickets cost £6.50" by its qualifier: a price is what
    # any amount of money is)
    if found is None or not {stem(w) for w in nouns} & name(
            document.sentences[found[1].sentence], found[1]):
        return _price_named(sentence, document, ratio, nouns)
    return found


#: the nouns that name a price, whatever it is the price of: "the adult fare"
_PRICE_NOUNS = frozenset(stem(w) for w in ("price", "fare", "rate", "fee", "charge", "tariff"))


def _price_named(sentence: Sentence, document: Document, ratio: Slot,
                 nouns: list[str]) -> tuple[Slot, Slot] | None:
    """"Adults: €40 per person. Children: €20, half the adult price": a price is often said
    per person or per night, which makes it no level any whole is looked up among; the
    portion is the amount set off right before the fraction, the whole the one price of its
    unit, here before it or in the three sentences before, whose words name each qualifier
    of the price noun ("adult"); None where the words name no qualifier, no price, or
    prices of several values ("€40 for members and €48 for others")."""
    if len(nouns) < 2 or stem(nouns[-1]) not in _PRICE_NOUNS:
        return None
    doc = sentence.doc
    at = ratio.token - 1
    while at >= 0 and doc[at].lower_ in _HEDGE["LOWER"]["IN"]:
        at -= 1
    if at < 1 or doc[at].text not in (",", "-", "—", "–", "("):
        return None
    portion = sentence.by_token.get(at - 1)
    if portion is None or portion.cls != MONEY:
        return None
    qualifiers = {stem(w) for w in nouns[:-1] if w.lower() not in _DETERMINERS}
    if not qualifiers:
        return None
    found = [s for place in document.sentences[max(0, sentence.index - 3):sentence.index + 1]
             for s in place.slots
             if s is not portion and s.cls == MONEY and s.unit == portion.unit
             and (place is not sentence or s.token < portion.token)
             and not (is_base(place, s) or is_change(place, s) or is_earlier(place, s))
             and qualifiers <= name(place, s)]
    return (portion, found[-1]) if len({s.value for s in found}) == 1 else None


def _bare_set_off(sentence: Sentence, document: Document, at: int,
                  nouns: list[str]) -> tuple[Slot, Slot] | None:
    """"Children travel for half the adult fare, £9.25": the amount set off right after the
    fraction's noun phrase is the portion (as "a quarter of the list, 21,150 people" sets it
    off), the whole the figure of its unit those words name, said here before or earlier."""
    found = _set_off_amount(sentence, at)
    if found is None:
        return None
    portion, at = found
    whole = resolve(sentence, document, portion, before=at, hint=tuple(nouns), named=True)
    if whole is None or whole is portion or not {stem(w) for w in nouns} & name(
            document.sentences[whole.sentence], whole):
        return None
    return portion, whole


def _noun_first(sentence: Sentence, document: Document, m, ratio: Slot):
    """"Three in four visitors — about 39,000 people — …": the count of the noun after the
    fraction ("visitors") that an earlier sentence gives, named so, is the whole."""
    portion = m.roles["portion"]
    after = sentence.doc[ratio.token + 1:ratio.token + 3]
    nouns = [stem(t.text) for t in after if t.is_alpha and t.norm_ not in FIGURES]
    if not nouns or sentence.doc[ratio.token + 1].lower_ in ("of", "in", "on", "at", "for"):
        return None  # "a third of …" is the "of" pattern's
    noun = nouns[-1] if len(nouns) == len(after) and after[-1].is_alpha else nouns[0]
    whole = resolve(sentence, document, portion, before=0, hint=(noun,), same_sentence=False,
                    back=3)
    if whole is None or noun not in name(document.sentences[whole.sentence], whole):
        return None
    return portion, whole


def _counted_as_named(sentence: Sentence, document: Document, m, ratio: Slot, found):
    """"sold 100,000 tickets over 80 concerts, roughly a third of all tickets sold": the
    portion is the one amount before that counts the things "of all tickets" names, not the
    nearest amount where that counts other things (concerts); its whole then the count of
    those things said before, named so, and none where no count of them is said."""
    doc = sentence.doc
    if found is None or m.roles.get("whole") is not None or ratio.token + 2 >= len(doc) or \
            doc[ratio.token + 1].lower_ != "of":
        return found  # ("half of the 820 places": the whole the words give, with its amount)
    portion, whole = found
    of = set(of_words(sentence, ratio.token + 2))
    counted = nouns_after(sentence, portion, 2) if portion.sentence == sentence.index else set()
    if not of or not counted or of & counted:
        return found
    named = [s for s in sentence.slots if s.cls in AMOUNTS and s.token < ratio.token
             and s.unit == portion.unit and of & nouns_after(sentence, s, 2)]
    if len(named) != 1:
        return found  # no one amount counts them: the words leave the nearest one
    portion = named[0]
    # ("Sales across the seven stages reached 418,600": a count of other things, the
    # stages, is named by the words before it but counts none of them)
    others: list[Slot] = []
    while len(others) < 3:
        whole = resolve(sentence, document, portion, before=portion.token,
                        hint=tuple(sorted(of)), named=True, exclude=others)
        if whole is None or not of & name(document.sentences[whole.sentence], whole):
            return None
        counts = nouns_after(document.sentences[whole.sentence], whole, 2)
        if not counts or of & counts:
            return portion, whole
        others.append(whole)
    return None


def _noun_first_later(sentence: Sentence, document: Document, m, ratio: Slot):
    """"One in four boardings (25.2 per cent) …, equivalent to 40,100 boardings": the noun
    phrase the fraction counts ("boardings", "child-fare boardings") names the whole, the
    count of it said before, named so; the portion is the amount set off at the clause's
    end, in the whole's unit."""
    doc = sentence.doc
    bracket = next(t.i for t in doc[ratio.token + 1:m.end] if t.text == "(")
    nouns = [t for t in doc[ratio.token + 1:bracket] if t.is_alpha]
    if not nouns or nouns[0].lower_ in ("of", "in", "on", "at", "for"):
        return None  # "a third of …" is the "of" pattern's
    portion = m.roles["portion"]
    head = nouns[-1]
    # a compound names its things by either part: "skier-days" by "skier" too (as a figure
    # written "1,002,100 skier-days" is named)
    named = {stem(head.text)} | ({stem(doc[head.i - 2].text)} if head.i - 2 > ratio.token
                                 and doc[head.i - 1].text == "-" else set())
    whole = resolve(sentence, document, portion, before=0, hint=tuple(sorted(named)),
                    same_sentence=False, named=True, back=12)
    if whole is None or not named & name(document.sentences[whole.sentence], whole):
        return None
    return portion, whole


def _named(sentence: Sentence, document: Document, m, ratio: Slot):
    """"a student-to-staff ratio of 6.1": the count of each noun, here or before. A side of
    two words ("a student to academic staff ratio") is the count its words name together:
    the academic staff, never all the staff."""
    doc = sentence.doc
    to = next(t.i for t in doc[m.start:m.end] if t.lower_ == "to")
    head = next(t.i for t in doc[to:m.end] if t.lower_ == "ratio")
    sides = [[doc[to - 1] if doc[to - 1].is_alpha else doc[to - 2]],
             [t for t in doc[to + 1:head] if t.is_alpha]]
    sides = [[stem(t.text) for t in side] for side in sides]
    if not all(sides):
        return None
    found = []
    for side in sides:
        noun = side[-1]
        here = [s for s in sentence.slots if s.cls == COUNT and s is not ratio
                and set(side) <= (nouns_after(sentence, s, 4) if len(side) == 1
                                  else name(sentence, s))]
        if here:
            found.append(here[0])
            continue
        unit = next((s.unit for earlier in document.sentences[:sentence.index]
                     for s in earlier.slots if s.cls == COUNT), None)
        # (the academic staff may be counted as a part of all staff: "of whom 2,145 are
        # academic staff")
        slot = resolve(sentence, document, ratio, before=0, hint=side, unit=unit,
                       same_sentence=False, allow_portions=len(side) > 1)
        if slot is None or not set(side) <= name(document.sentences[slot.sentence], slot):
            return None
        found.append(slot)
    return found[0], found[1]


#: a fraction that names its things inside it: "one visit in four", "one household in five"
_NOUN_INSIDE = re.compile(r"\b(?:one|two|three|four|five|\d+)\s+([a-z]+)\s+in\s+(?:every\s+)?\w+$",
                          re.I)


def _so(sentence: Sentence, document: Document, m, ratio: Slot):
    """"Lessons numbered 600,000, so roughly one visit in four was for a lesson": the amount
    before "so" is the portion; the whole is the count of the things the fraction names
    ("one visit in four", "one in four visits") an earlier sentence gives, named so; None
    where the fraction names no things, or no earlier figure is named by them."""
    portion = sentence.by_token.get(m.start)
    inside = _NOUN_INSIDE.search(ratio.text)
    if inside is not None:
        noun = stem(inside.group(1))
    else:
        after = sentence.doc[ratio.token + 1:ratio.token + 2]
        if not len(after) or not after[0].is_alpha or after[0].norm_ in FIGURES or \
                after[0].lower_ in ("of", "in", "on", "at", "for", "the", "a", "an"):
            return None
        noun = stem(after[0].text)
    if portion is None:
        return None
    # "two in three new flats": a word that qualifies the noun may stand first; the noun
    # after it, where a word of its own, names the things counted before the qualifier does
    nouns = [noun]
    if inside is None:
        second = sentence.doc[ratio.token + 2:ratio.token + 3]
        if len(second) and second[0].is_alpha and second[0].norm_ not in FIGURES:
            nouns.insert(0, stem(second[0].text))
    for noun in nouns:
        whole = resolve(sentence, document, portion, before=0, hint=(noun,),
                        same_sentence=False, back=3, named=True)
        if whole is not None and noun in name(document.sentences[whole.sentence], whole):
            return portion, whole
    return None


#: words after a fraction that make it a change's size: "a third more", "a quarter down"
_MOVE_AFTER = ("more", "less", "fewer", "higher", "lower", "larger", "smaller", "up", "down",
               "above", "below", "over", "under", "bigger", "greater", "cheaper", "dearer")


def _with_that(sentence: Sentence, document: Document, m, ratio: Slot):
    """"A petition has gathered 3,184 signatures. With the borough's population at 38,200,
    that is about one in twelve residents": the whole is the amount the "With" clause
    opens the sentence on, the portion what "that" takes up, the one level of the whole's
    unit the sentence before states; None where the sentence opens on anything else, states
    another amount, or the sentence before states none or several."""
    whole = m.roles["whole"]
    doc = sentence.doc
    if m.start != 0 or sentence.index == 0 or doc[0].lower_ != "with" or any(
            s.cls in AMOUNTS for s in sentence.slots if s not in (whole, ratio)):
        return None
    if doc[ratio.token + 1:ratio.token + 2].text.lower() in _MOVE_AFTER:
        return None  # "that is a third more than last year": a change, no part of the whole
    earlier = document.sentences[sentence.index - 1]
    those = [s for s in earlier.slots if s.cls == whole.cls and s.unit == whole.unit
             and level(earlier, s)]
    return (those[0], whole) if len(those) == 1 else None


def _noun_after(sentence: Sentence, slot: Slot) -> str | None:
    doc = sentence.doc
    said = [t.lower_ for t in doc[slot.token + 1:slot.token + 3]]
    if said[:1] == ["of"] and said[1:] in (["those"], ["these"], ["the"], ["all"]):
        # "3.4 million of those travellers, roughly three in five": the noun after "of those"
        after = doc[slot.token + 3:slot.token + 4]
        return stem(after[0].text) if len(after) and after[0].is_alpha and \
            after[0].norm_ not in FIGURES else None
    for token in sentence.doc[slot.token + 1:slot.token + 2]:
        if token.is_alpha and token.norm_ not in FIGURES:
            return stem(token.text)
    return None


def _bracket(sentence: Sentence, document: Document, m, ratio: Slot):
    """"one in four participants (309 of 1,248)": the pair the pattern itself names."""
    return m.roles["portion"], m.roles["whole"]


def _of_them(sentence: Sentence, document: Document, m, ratio: Slot):
    """"9,000 volunteers joined, a third of them (3,000) under 25": the portion in brackets,
    the whole the last level in its unit before the fraction."""
    portion = m.roles["portion"]
    earlier = [s for s in sentence.slots if s.token < ratio.token
               and s.unit == portion.unit and level(sentence, s)]
    return (portion, earlier[-1]) if earlier else None


def _of(sentence: Sentence, document: Document, m, ratio: Slot):
    """"three quarters of revenue", "one in six of the town's 20,100 homes": a pair set off
    after the fraction, else the portion after "of", else the portion and whole the words
    give; then a whole the count names."""
    if _of_counted_before(sentence, ratio):
        return None
    found = _pair_set_off(sentence, ratio) or \
        _of_then_portion(sentence, document, m, ratio) or \
        portion_and_whole(sentence, document, m, ratio)
    return _counted_as_named(sentence, document, m, ratio, found)


#: the words that place the things "those" takes up, naming none of their own: "half of
#: those in the north"
_PLACED = ("in", "at", "on", "across", "along", "near", "outside", "inside")


def _of_counted_before(sentence: Sentence, ratio: Slot) -> bool:
    """"trained 3,200 nurses at 25 clinics, a fifth of them in the north": "them" takes up
    the things the amount right before counts (its noun said, then the fraction set off), so
    that amount is the whole, and no portion is stated where no amount follows "them" (the
    bracketed "a fifth of them (5)" is read by its own pattern)."""
    doc = sentence.doc
    at = ratio.token + 2
    if at >= len(doc) or doc[ratio.token + 1].lower_ != "of" or \
            doc[at].lower_ not in ("them", "those", "these"):
        return False
    # ("one in three of those who held an offer": "those" with words of their own names
    # other things, of which the amount before is the portion)
    if doc[at].lower_ != "them" and at + 1 < len(doc) and doc[at + 1].is_alpha and \
            doc[at + 1].lower_ not in _PLACED:
        return False
    if at + 1 < len(doc) and doc[at + 1].is_alpha is False and \
            sentence.by_token.get(at + 2) is not None:
        return False  # "a fifth of them, 5, …": the portion set off after "them"
    start = ratio.token - 1
    while start >= 0 and doc[start].lower_ in _HEDGES:
        start -= 1
    if start < 1 or doc[start].text not in (",", "—", "–", "-"):
        return False
    k = start - 1
    nouns = 0
    while k >= 0 and doc[k].is_alpha and doc[k].norm_ not in FIGURES:
        nouns += 1
        k -= 1
    before = sentence.by_token.get(k)
    return 1 <= nouns <= 3 and before is not None and before.cls in AMOUNTS


#: each pattern's reading of the pair a fraction is of: (numerator, denominator) or None
#: ("of" and any pattern not listed: :func:`_of`)
_READINGS = {
    "named": _named,
    "relative-risk": _risks,
    "leverage": _leverage,
    "every-money": _every_money,
    "leverage-named": lambda sentence, document, m, ratio:
        _leverage_named(sentence, document, ratio),
    "bracket": _bracket,
    "apposed": lambda sentence, document, m, ratio:
        _apposed(sentence, document, ratio) if _ends_set_off(sentence, ratio) else None,
    "bracketed": lambda sentence, document, m, ratio: _bracketed(sentence, m),
    "noun-first": _noun_first,
    "noun-first-later": _noun_first_later,
    "bare": _bare,
    "so": _so,
    "with-that": _with_that,
    "of-them": _of_them,
}
